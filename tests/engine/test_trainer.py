"""The Trainer: learning XOR, reproducibility, stopping conditions, the divergence guard,
the step API, and resuming from state_dict bit for bit."""

import math

import numpy as np
import pytest

from engine.data.dataset import Dataset
from engine.nn.network import Network
from engine.train.records import BatchRecord, EpochRecord, Step
from engine.train.trainer import TrainConfig, Trainer

XOR_X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
XOR_Y = np.array([0, 1, 1, 0])


def xor_data():
    return Dataset("xor", XOR_X, XOR_Y, XOR_X, XOR_Y, n_classes=2)


def blobs(n=120, seed=0, classes=3, val=40):
    """Three gaussian clusters in 4D: tiny, fast, learnable."""
    rng = np.random.default_rng(seed)
    centres = rng.normal(0, 2, (classes, 4))
    y = rng.integers(0, classes, n + val)
    X = centres[y] + rng.normal(0, 0.7, (n + val, 4))
    return Dataset("blobs", X[:n], y[:n], X[n:], y[n:], n_classes=classes)


def small_trainer(seed=0, net_seed=0, dtype="float32", **config):
    net = Network.create([4, 6, 3], "tanh", "softmax", "cross_entropy", seed=net_seed, dtype=dtype)
    settings = dict(optimizer="sgd", lr=0.2, batch_size=16, epochs=3, seed=seed)
    settings.update(config)
    return Trainer(net, blobs(), TrainConfig(**settings))


def weights_of(trainer):
    return [p.copy() for p in trainer.network.params]


def test_xor_is_learned_by_a_2_4_1_network():
    net = Network.create([2, 4, 1], "tanh", "sigmoid", "cross_entropy", init="glorot_uniform")
    config = TrainConfig(optimizer="adam", lr=0.05, batch_size=4, epochs=2000, target_error=0.0)
    trainer = Trainer(net, xor_data(), config)
    trainer.fit()
    assert trainer.stopped_because.startswith("validation error 0.00% reached the target")
    np.testing.assert_array_equal(net.predict(XOR_X), XOR_Y)
    out = net.feedforward(XOR_X)[:, 0]
    assert out[[1, 2]].min() > 0.5 > out[[0, 3]].max()


def test_same_seed_same_weights_bit_for_bit_and_another_seed_differs():
    runs = []
    for seed in (3, 3, 4):
        trainer = small_trainer(seed=seed, net_seed=seed, dropout=0.2)
        trainer.fit()
        runs.append(weights_of(trainer))
    for a, b in zip(runs[0], runs[1], strict=True):
        assert a.tobytes() == b.tobytes()
    assert any(not np.array_equal(a, c) for a, c in zip(runs[0], runs[2], strict=True))


def test_shuffle_seed_alone_changes_the_run():
    a, b = small_trainer(seed=1), small_trainer(seed=2)
    a.fit()
    b.fit()
    assert not np.array_equal(a.network.weights[0], b.network.weights[0])


def test_float32_by_default_and_float64_on_request():
    t32 = small_trainer()
    assert t32.network.dtype == np.float32 and t32.x_train.dtype == np.float32
    t64 = small_trainer(dtype="float64")
    t64.fit()
    assert all(p.dtype == np.float64 for p in t64.network.params)
    assert t64.x_train.dtype == np.float64
    assert t64.history["val_accuracy"][-1] > 0.8
    with pytest.raises(ValueError, match="dtype must be float32 or float64"):
        Network.create([2, 1], dtype="float16")


# -- stopping conditions -------------------------------------------------------------------


def test_stops_at_max_epochs():
    trainer = small_trainer(epochs=3)
    step = trainer.fit()
    assert trainer.stopped_because == "reached 3 epochs" == step.stopped_because
    assert trainer.epoch == 3 and len(trainer.history["val_loss"]) == 3
    assert trainer.step() == Step(stopped_because="reached 3 epochs")  # nothing more runs


def test_stops_at_target_loss():
    trainer = small_trainer(epochs=200, target_loss=0.3)
    trainer.fit()
    assert "reached the target 0.3" in trainer.stopped_because
    assert trainer.history["loss"][-1] <= 0.3 < trainer.history["loss"][0]
    assert trainer.epoch < 200


def test_stops_at_target_error():
    trainer = small_trainer(epochs=200, target_error=0.1)
    trainer.fit()
    assert trainer.stopped_because.startswith("validation error")
    assert "reached the target 10.00%" in trainer.stopped_because
    assert 1 - trainer.history["val_accuracy"][-1] <= 0.1


def test_stops_when_updates_become_tiny():
    trainer = small_trainer(epochs=50, lr=1e-6, min_update_norm=1e-3)
    trainer.fit()
    assert trainer.stopped_because.startswith("weight updates became tiny")
    assert trainer.epoch == 1


def test_early_stopping_with_patience(monkeypatch):
    trainer = small_trainer(epochs=50, patience=2)
    val_losses = iter([1.0, 0.8, 0.9, 0.85, 0.7])  # best at epoch 2, then no better twice

    def fake_validation():
        return next(val_losses), 0.5

    monkeypatch.setattr(trainer, "evaluate_validation", fake_validation)
    trainer.fit()
    assert trainer.epoch == 4
    assert trainer.stopped_because == (
        "early stopping: validation loss has not improved for 2 epochs (best 0.8)"
    )


def test_stops_at_the_time_limit():
    trainer = small_trainer(epochs=10_000, max_seconds=1e-9)
    step = trainer.step()
    assert step.stopped_because == "time limit of 1e-09 s reached"
    assert step.batch is not None and step.epoch is None
    assert trainer.finished and trainer.batch == 1


# -- divergence guard ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("hidden", "output", "loss", "optimizer"),
    [
        ("relu", "linear", "mse", "sgd"),
        ("relu", "softmax", "cross_entropy", "sgd"),
        ("tanh", "linear", "mse", "momentum"),
    ],
)
def test_divergence_stops_and_keeps_the_last_finite_weights(hidden, output, loss, optimizer):
    units = 1 if loss == "mse" and output == "linear" else 3
    net = Network.create([4, 6, units], hidden, output, loss, init="gaussian", seed=0)
    data = blobs()
    if units == 1:
        data = Dataset("reg", data.x_train, data.y_train % 2, n_classes=2)
    config = TrainConfig(optimizer=optimizer, lr=1e12, batch_size=8, epochs=100)
    trainer = Trainer(net, data, config)
    before = weights_of(trainer)
    with np.errstate(over="ignore", invalid="ignore"):  # the overflow is the point here
        while not trainer.finished:
            before = weights_of(trainer)
            step = trainer.step()
    assert trainer.stopped_because.startswith("diverging: "), trainer.stopped_because
    assert "lower the learning rate" in trainer.stopped_because
    assert step.stopped_because == trainer.stopped_because
    for a, b in zip(weights_of(trainer), before, strict=True):
        assert np.isfinite(a).all()
        assert a.tobytes() == b.tobytes()


# -- the step API: pause, single-step, change the learning rate, stop ------------------------


def test_step_api_pause_step_set_lr_and_stop():
    trainer = small_trainer(epochs=5)
    first = trainer.step().batch
    assert first.batch == 1 and first.epoch == 1 and first.progress == pytest.approx(1 / 8)
    assert first.lr == 0.2 and first.samples_per_second > 0 and 0 <= first.accuracy <= 1
    assert len(first.grad_norms) == 2 and all(g > 0 for g in first.grad_norms)
    assert len(first.update_norms) == 2
    paused = weights_of(trainer)  # not calling step() is pausing: nothing changes
    assert all(np.array_equal(a, b) for a, b in zip(paused, weights_of(trainer), strict=True))
    trainer.lr = 0.05
    second = trainer.step().batch
    assert second.lr == 0.05 and second.batch == 2
    with pytest.raises(ValueError, match="learning rate η must be > 0, not -1"):
        trainer.lr = -1
    trainer.stop()
    before = weights_of(trainer)
    assert trainer.step() == Step(stopped_because="stopped by the user")
    assert all(np.array_equal(a, b) for a, b in zip(before, weights_of(trainer), strict=True))
    trainer.extend(1)
    assert not trainer.finished
    trainer.fit()
    assert trainer.stopped_because == "reached 1 epoch"


def test_generator_run_yields_every_batch_and_epoch_metrics():
    trainer = small_trainer(epochs=2)
    steps = list(trainer.run())
    assert len(steps) == 2 * trainer.batches_per_epoch
    assert all(isinstance(s.batch, BatchRecord) for s in steps)
    assert [s.batch.epoch for s in steps[:2]] == [1, 1] and steps[-1].batch.epoch == 2
    ends = [s.epoch for s in steps if s.epoch is not None]
    assert [e.epoch for e in ends] == [1, 2]
    for e in ends:
        assert isinstance(e, EpochRecord)
        for key in ("loss", "accuracy", "val_loss", "val_accuracy", "seconds"):
            assert math.isfinite(getattr(e, key))
        assert e.samples_per_second > 0
        assert len(e.grad_norms) == 2 and len(e.update_ratios) == 2
        assert all(0 < r < 1 for r in e.update_ratios)
    assert steps[-1].stopped_because == "reached 2 epochs"
    assert [s.stopped_because for s in steps[:-1]] == [None] * (len(steps) - 1)
    assert len(trainer.history["batch_loss"]) == len(steps)


def test_a_batch_record_is_always_the_batch_and_an_epoch_record_always_the_epoch():
    """The old logs dict overwrote `loss`, `epoch` and `grad_norms` with the epoch's values
    at an epoch's end; the records keep both, each meaning one thing."""
    trainer = small_trainer(epochs=1, batch_size=50)  # batches of 50, 50, 20
    last = list(trainer.run())[-1]
    assert last.batch.loss == trainer.history["batch_loss"][-1]
    assert last.epoch.loss == trainer.history["loss"][-1] != last.batch.loss
    assert last.batch.epoch == 1 and last.batch.batch == 3 and last.batch.progress == 1.0


def test_epoch_loss_is_the_sample_weighted_mean_of_batch_losses():
    trainer = small_trainer(epochs=1, batch_size=50)  # 120 samples: batches of 50, 50, 20
    steps = list(trainer.run())
    sizes = [50, 50, 20]
    batch_losses = trainer.history["batch_loss"]
    mean = sum(loss * n for loss, n in zip(batch_losses, sizes, strict=True)) / 120
    assert steps[-1].epoch.loss == trainer.history["loss"][0]
    assert trainer.history["loss"][0] == pytest.approx(mean)


def test_resume_from_state_dict_mid_epoch_is_bit_identical():
    config = dict(optimizer="adam", lr=0.01, dropout=0.3, epochs=3, batch_size=16)
    a = small_trainer(**config)
    for _ in range(11):  # into the second epoch (8 batches per epoch)
        a.step()
    saved_weights = weights_of(a)
    state = a.state_dict()
    for _ in range(9):
        a.step()

    b = small_trainer(net_seed=99, **config)
    for p, w in zip(b.network.params, saved_weights, strict=True):
        p[...] = w
    b.load_state_dict(state)
    for _ in range(9):
        b.step()
    assert (a.epoch, a.batch) == (b.epoch, b.batch) == (2, 4)
    for x, y in zip(weights_of(a), weights_of(b), strict=True):
        assert x.tobytes() == y.tobytes()
    assert a.history["batch_loss"] == b.history["batch_loss"]
    # epoch 2 ended after the resume: its metrics include the batches from before it
    assert a.history["loss"] == b.history["loss"] and len(a.history["loss"]) == 2
    assert a.history["grad_norms"] == b.history["grad_norms"]


def test_bad_settings_are_refused_with_a_message():
    with pytest.raises(ValueError, match="batch size must be a whole number"):
        small_trainer(batch_size=0)
    with pytest.raises(ValueError, match=r"dropout must be a probability in \[0, 1\), not 1"):
        small_trainer(dropout=1.0)
    net = Network.create([3, 2], "sigmoid", "sigmoid", "mse")
    with pytest.raises(ValueError, match="the network takes 3 inputs but blobs has 4"):
        Trainer(net, blobs(), TrainConfig())


def test_parameters_are_views_of_one_flat_array_even_after_replacement():
    trainer = small_trainer()
    net = trainer.network
    flat = net.flat_params()
    assert all(p.base is flat for p in net.params)
    net.weights[0][0, 0] = 5.0  # writing through a view writes the flat array
    assert flat[0] == 5.0
    replacement = np.full_like(net.weights[0], 0.01)
    net.weights[0] = replacement  # someone puts a new array in: training must still use it
    trainer.step()
    assert not np.array_equal(net.weights[0], replacement)
    assert net.weights[0].base is net.flat_params()
    assert (replacement == np.float32(0.01)).all()  # the given array itself is not trained


def test_an_update_that_would_blow_the_weights_up_is_refused():
    """Loss and gradients finite, but ΔW would push a weight past WEIGHT_LIMIT (1e18)."""
    from engine.train.trainer import WEIGHT_LIMIT

    net = Network.create([2, 1], "linear", "linear", "mse", init="zeros", dtype="float64")
    X = np.ones((4, 2))
    data = Dataset("d", X, np.ones(4, dtype=np.int64), n_classes=2)
    trainer = Trainer(net, data, TrainConfig(lr=1e19, batch_size=4, epochs=5))
    before = weights_of(trainer)
    trainer.step()
    assert trainer.stopped_because.startswith(
        f"diverging: the weights grew past {WEIGHT_LIMIT:g} at epoch 1, batch 1"
    )
    for a, b in zip(weights_of(trainer), before, strict=True):
        assert a.tobytes() == b.tobytes()
