"""The fine-tuned default model is kept in the data folder between sessions and can be removed."""

from __future__ import annotations

import numpy as np
import pytest

from engine.files import tuned_model
from engine.nn.network import Network


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("BPS_DATA_DIR", str(tmp_path))
    return tmp_path


def digit_net(seed: int) -> Network:
    return Network.create([784, 16, 10], "relu", init="he_normal", seed=seed)


def test_saved_tuned_model_comes_back_with_the_same_weights(data_dir):
    assert tuned_model.load() is None and not tuned_model.exists()
    net = digit_net(1)
    where = tuned_model.save(net, "Your 3 digits: 33% → 100%")
    assert where == data_dir / "models" / "default-digits-tuned.bps" == tuned_model.path()
    back = tuned_model.load()
    assert back is not None and back.sizes == [784, 16, 10]
    for W, W2 in zip(net.weights, back.weights, strict=True):
        np.testing.assert_array_equal(W, W2)
    x = np.random.default_rng(0).random((5, 784), dtype=np.float32)
    np.testing.assert_array_equal(net.feedforward(x), back.feedforward(x))


def test_saving_again_replaces_and_remove_restores_the_original(data_dir):
    tuned_model.save(digit_net(1))
    second = digit_net(2)
    tuned_model.save(second)
    np.testing.assert_array_equal(tuned_model.load().weights[0], second.weights[0])
    assert [p.name for p in (data_dir / "models").iterdir()] == ["default-digits-tuned.bps"]
    assert tuned_model.remove() is True
    assert tuned_model.load() is None and tuned_model.remove() is False


def test_a_damaged_file_gives_a_message_and_is_kept(data_dir):
    tuned_model.path().parent.mkdir(parents=True)
    tuned_model.path().write_bytes(b"not a model file")
    with pytest.raises(tuned_model.TunedModelError, match="could not be read"):
        tuned_model.load()
    assert tuned_model.path().read_bytes() == b"not a model file"
    assert tuned_model.remove() and tuned_model.load() is None


def test_only_digit_models_are_kept(data_dir):
    with pytest.raises(tuned_model.TunedModelError, match="784"):
        tuned_model.save(Network.create([2, 4, 1], "tanh", seed=0))
    assert not tuned_model.exists()
