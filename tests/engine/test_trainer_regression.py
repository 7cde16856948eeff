"""Training a regression: linear output + mse, RMSE / MAE / R² per epoch, no accuracy."""

from __future__ import annotations

import math

import numpy as np
import pytest

from engine.data import regression
from engine.files import modelfile
from engine.nn import metrics
from engine.nn.network import Network
from engine.train.trainer import REGRESSION_CURVES, TrainConfig, Trainer


def sine_trainer(epochs=5, seed=0):
    d = regression.make("sine", n=200, noise=0.0, seed=seed)
    net = Network.create([1, 16, 1], "tanh", "linear", "mse", seed=seed)
    config = TrainConfig(optimizer="adam", lr=0.01, batch_size=16, epochs=epochs, seed=seed)
    return Trainer(net, d, config)


def test_epoch_records_carry_the_regression_figures():
    t = sine_trainer(epochs=3)
    step = t.step()
    assert math.isnan(step.batch.accuracy)
    while not t.finished:
        step = t.step()
        if step.epoch is not None:
            record = step.epoch
    assert math.isnan(record.accuracy) and math.isnan(record.val_accuracy)
    out = t.network.feedforward(t.x_val)
    assert record.val_rmse == pytest.approx(metrics.rmse(out, t.y_val), rel=1e-6)
    assert record.val_mae == pytest.approx(metrics.mae(out, t.y_val), rel=1e-6)
    assert record.val_r2 == pytest.approx(metrics.r2(out, t.y_val), rel=1e-6)
    assert record.rmse == pytest.approx(metrics.rmse(t.network.feedforward(t.x_train), t.y_train))
    for key in REGRESSION_CURVES:
        assert len(t.history[key]) == 3 and t.history[key][-1] == getattr(record, key)


def test_classification_records_have_no_regression_figures():
    from engine.data import toy2d

    d = toy2d.make("moons", n=40)
    t = Trainer(Network.create([2, 4, 1], "tanh"), d, TrainConfig(epochs=1, batch_size=8))
    t.fit()
    assert "rmse" not in t.history and math.isfinite(t.history["val_accuracy"][-1])


def test_a_sine_is_learnt():
    t = sine_trainer(epochs=60)
    first = None
    while not t.finished:
        step = t.step()
        if step.epoch is not None and first is None:
            first = step.epoch.val_rmse
    assert t.history["val_rmse"][-1] < 0.5 * first and t.history["val_r2"][-1] > 0.9


def test_save_and_resume_keep_the_curves(tmp_path):
    t = sine_trainer(epochs=2)
    t.fit()
    modelfile.save(str(tmp_path / "s.bps"), t.network, trainer=t)
    m = modelfile.load(str(tmp_path / "s.bps"))
    assert m.history["val_rmse"] == pytest.approx(t.history["val_rmse"])
    again = modelfile.restore_trainer(m, regression.make("sine", n=200, noise=0.0, seed=0))
    again.extend(1)
    again.fit()
    assert len(again.history["rmse"]) == 3
    assert np.isfinite(again.history["val_r2"]).all()
