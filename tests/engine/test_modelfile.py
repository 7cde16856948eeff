"""Model files: round trips, exact resume, and every kind of refusal with a clear message."""

from __future__ import annotations

import json
import os
import zipfile

import numpy as np
import pytest
from modelfile_helpers import (
    edit_manifest,
    members,
    moons,
    npy_bytes,
    saved_mid_epoch,
    trainer,
    write_members,
)

from engine.data import toy2d
from engine.files import modelfile
from engine.files.modelfile import ModelFileError
from engine.nn.network import Network
from engine.train import optimizers
from engine.train.trainer import TrainConfig, Trainer


def weights(net):
    return [p.copy() for p in net.params]


def assert_same_params(a, b):
    assert len(a) == len(b)
    for x, y in zip(a, b, strict=True):
        assert x.dtype == y.dtype and x.shape == y.shape
        assert np.array_equal(x, y)


# -- round trips --------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(optimizers.OPTIMIZERS))
def test_every_optimizer_state_round_trips_and_the_next_step_is_identical(tmp_path, name):
    path = tmp_path / "m.bps"
    t = saved_mid_epoch(path, name)  # one full epoch (6 batches) and two more
    model = modelfile.load(path)

    saved = t.optimizer.state_dict()
    loaded = model.trainer_state["optimizer"]
    assert loaded["name"] == name and loaded["t"] == saved["t"] == 8
    assert loaded["hyper"] == saved["hyper"] and loaded["lr"] == saved["lr"]
    assert set(loaded["slots"]) == set(saved["slots"]) == set(t.optimizer.slot_names)
    for slot in saved["slots"]:
        assert_same_params(loaded["slots"][slot], saved["slots"][slot])

    t2 = modelfile.restore_trainer(model, moons())
    step1, step2 = t.step(), t2.step()
    assert step1.batch.loss == step2.batch.loss
    assert_same_params(t.network.params, t2.network.params)


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_network_only_round_trip_keeps_dtype_and_values(tmp_path, dtype):
    net = Network.create([3, 4, 5], "relu", "softmax", seed=7, dtype=dtype)
    path = tmp_path / "plain.bps"
    modelfile.save(path, net, config=TrainConfig(optimizer="momentum", lr=0.05))
    m = modelfile.load(path)
    assert m.network.sizes == [3, 4, 5]
    assert m.network.activations == ["relu", "softmax"]
    assert m.network.dtype == np.dtype(dtype)
    assert_same_params(m.network.params, net.params)
    assert m.config.optimizer == "momentum" and m.config.lr == 0.05
    assert m.trainer_state is None and m.history == {} and m.dataset_name is None
    assert m.path == os.fspath(path)


def test_manifest_records_dataset_history_metrics_and_metadata(tmp_path):
    t = trainer("sgd", epochs=3)
    t.fit()
    path = tmp_path / "m.bps"
    modelfile.save(path, t.network, trainer=t, metadata={"note": "first try", "tags": [1, 2]})
    m = modelfile.load(path)
    assert m.dataset_name == "moons"
    assert m.dataset_params == {
        "n": 120,
        "noise": 0.1,
        "seed": 1,
        "val_fraction": 0.25,
        "classes": 2,
    }
    assert m.dataset_info["n_inputs"] == 2 and m.dataset_info["n_classes"] == 2
    assert m.dataset_info["preprocessing"]
    assert m.metadata == {"note": "first try", "tags": [1, 2]}
    assert m.history["loss"] == t.history["loss"]
    assert m.history["epoch"] == [1, 2, 3]
    assert m.history["grad_norms"] == t.history["grad_norms"]
    assert m.metrics["epochs"] == 3 and m.metrics["val_accuracy"] == t.history["val_accuracy"][-1]
    assert m.metrics["stopped_because"] == "reached 3 epochs"
    assert m.epochs_trained == 3
    assert m.created and m.saved and m.app_version


def test_created_stamp_survives_a_resave(tmp_path):
    path = tmp_path / "m.bps"
    net = Network.create([2, 2, 1], seed=0)
    modelfile.save(path, net)
    created = json.loads(members(path)["manifest.json"])["created"]
    edit_manifest(path, path, lambda m: m.update(created="2001-01-01T00:00:00+00:00"))
    modelfile.save(path, net)
    assert modelfile.load(path).created == "2001-01-01T00:00:00+00:00"
    assert created


def test_file_is_a_plain_zip_numpy_can_read(tmp_path):
    t = trainer("adam")
    t.step()
    path = tmp_path / "m.bps"
    modelfile.save(path, t.network, trainer=t)
    with np.load(path, allow_pickle=False) as d:
        assert np.array_equal(d["network/W1"], t.network.weights[0])
        assert np.array_equal(d["optimizer/m/b3"], t.optimizer.slots["m"][5])
        assert d["trainer/order"].dtype == np.int64
    manifest = json.loads(members(path)["manifest.json"])
    assert manifest["format"] == "backprop-studio-model" and manifest["format_version"] == 2
    with np.load(path, allow_pickle=False) as d:  # the weights the run started from
        assert np.array_equal(d["initial/W1"], t.initial_weights[0])
    assert manifest["arrays"]["network/W2"] == {"shape": [6, 5], "dtype": "<f4"}


# -- resume equality ----------------------------------------------------------------------


@pytest.mark.parametrize("split_after", ["epochs", "mid-epoch"])
@pytest.mark.parametrize("optimizer,dropout", [("sgd", 0.0), ("adam", 0.2), ("nesterov", 0.1)])
def test_two_plus_two_epochs_equal_four_bit_for_bit(tmp_path, split_after, optimizer, dropout):
    straight = trainer(optimizer, epochs=4, dropout=dropout)
    straight.fit()

    first = trainer(optimizer, epochs=4, dropout=dropout)
    first.run_epoch()
    first.run_epoch()
    if split_after == "mid-epoch":
        for _ in range(3):
            first.step()
        assert first.batch == 3
    path = tmp_path / "half.bps"
    modelfile.save(path, first.network, trainer=first)
    del first

    second = modelfile.restore_trainer(modelfile.load(path), moons())
    second.fit()
    assert second.stopped_because == straight.stopped_because == "reached 4 epochs"
    assert_same_params(second.network.params, straight.network.params)
    for key in ("loss", "accuracy", "val_loss", "val_accuracy", "batch_loss", "grad_norms"):
        assert second.history[key] == straight.history[key], key
    assert second.samples_seen == straight.samples_seen


def test_resume_extends_a_finished_run(tmp_path):
    straight = trainer("momentum", epochs=5)
    straight.fit()
    t = trainer("momentum", epochs=2)
    t.fit()
    path = tmp_path / "m.bps"
    modelfile.save(path, t.network, trainer=t)
    resumed = modelfile.restore_trainer(modelfile.load(path), moons())
    assert resumed.finished
    resumed.extend(3)
    resumed.fit()
    assert_same_params(resumed.network.params, straight.network.params)


# -- fitting a dataset ----------------------------------------------------------------------


def test_check_fits_names_both_sides(tmp_path):
    net = Network.create([784, 30, 10], "sigmoid", "softmax", seed=0)
    path = tmp_path / "model.bps"
    modelfile.save(path, net)
    m = modelfile.load(path)
    with pytest.raises(ModelFileError) as e:
        modelfile.check_fits(m, moons())
    assert str(e.value) == (
        "model.bps takes 784 inputs and has 10 outputs; moons has 2 features and 2 classes"
    )
    with pytest.raises(ModelFileError, match="moons has 2 features"):
        modelfile.restore_trainer(m, moons())
    modelfile.check_fits(modelfile.load(_saved_small(tmp_path)), moons())  # fits: no error


def _saved_small(tmp_path):
    t = trainer("sgd")
    path = tmp_path / "small.bps"
    modelfile.save(path, t.network, trainer=t)
    return path


def test_resume_on_different_sized_data_is_refused(tmp_path):
    t = trainer("sgd")
    t.step()
    path = tmp_path / "m.bps"
    modelfile.save(path, t.network, trainer=t)
    other = toy2d.make("moons", n=200, seed=1)
    with pytest.raises(ModelFileError, match="trained on 90 samples"):
        modelfile.restore_trainer(modelfile.load(path), other)


# -- refusals -------------------------------------------------------------------------------


@pytest.fixture
def good(tmp_path):
    path = tmp_path / "good.bps"
    saved_mid_epoch(path, "adam")
    return path


def refused(path, *fragments):
    with pytest.raises(ModelFileError) as e:
        modelfile.load(path)
    msg = str(e.value)
    assert msg.startswith(os.path.basename(path) + ": "), msg
    assert "\n" not in msg
    for f in fragments:
        assert f in msg, msg
    return msg


def test_missing_file_and_folder(tmp_path):
    refused(tmp_path / "nope.bps", "no such file")
    (tmp_path / "dir.bps").mkdir()
    refused(tmp_path / "dir.bps", "folder")


def test_not_a_zip_and_empty_file(tmp_path):
    (tmp_path / "text.bps").write_text("hello, I am not a model\n")
    refused(tmp_path / "text.bps", "not a zip")
    (tmp_path / "empty.bps").write_bytes(b"")
    refused(tmp_path / "empty.bps", "not a zip")


def test_foreign_zip(tmp_path):
    write_members(tmp_path / "other.bps", {"readme.txt": b"hi"})
    refused(tmp_path / "other.bps", "no manifest.json")
    write_members(tmp_path / "npz.bps", {"manifest.json": b'{"format": "something-else"}'})
    refused(tmp_path / "npz.bps", "another format")
    write_members(tmp_path / "bad.bps", {"manifest.json": b"{not json"})
    refused(tmp_path / "bad.bps", "not valid JSON")
    deep = b"[" * 100_000 + b"]" * 100_000
    write_members(tmp_path / "deep.bps", {"manifest.json": deep})
    refused(tmp_path / "deep.bps", "not valid JSON")


def test_newer_format_version(good, tmp_path):
    dst = tmp_path / "future.bps"
    edit_manifest(good, dst, lambda m: m.update(format_version=3, app_version="9.0"))
    refused(dst, "format version 3 by Backprop Studio 9.0 is newer", "update")


def test_truncated_file(good, tmp_path):
    data = good.read_bytes()
    for cut in (10, len(data) // 2, len(data) - 30):
        p = tmp_path / f"cut{cut}.bps"
        p.write_bytes(data[:cut])
        refused(p)


def test_missing_and_unexpected_members(good, tmp_path):
    items = members(good)
    del items["network/W2.npy"]
    write_members(tmp_path / "missing.bps", items)
    refused(tmp_path / "missing.bps", "missing member network/W2.npy")
    items = members(good)
    items["extra/evil.npy"] = npy_bytes(np.zeros(3))
    write_members(tmp_path / "extra.bps", items)
    refused(tmp_path / "extra.bps", "unexpected member extra/evil.npy")


@pytest.mark.parametrize(
    "change,fragment",
    [
        (
            lambda m: m["network"].update(activations=["tanh", "swish", "sigmoid"]),
            "unknown activation 'swish'",
        ),
        (lambda m: m["network"].update(loss="hinge"), "unknown loss 'hinge'"),
        (lambda m: m["network"].update(dtype="float16"), "float32 or float64"),
        (lambda m: m["config"].update(optimizer="lion"), "unknown optimizer 'lion'"),
        (lambda m: m["config"].update(lr=-1), "learning rate"),
        (lambda m: m["config"].update(lr="fast"), "config.lr"),
        (lambda m: m["config"].update(warp_speed=9), "unknown training setting 'warp_speed'"),
        (lambda m: m["network"].update(sizes=[2, 6, 5, 1, 1]), "activation names"),
        (lambda m: m["network"].update(sizes=[2, 100_000, 100_000, 1]), "1 to 1,024 units"),
        (lambda m: m["network"].update(sizes=[10_000] + [1024] * 12 + [1]), "parameters"),
        (lambda m: m["network"].update(sizes=[2, 10**9, 1]), "1 to 1,024 units, not 1000000000"),
        (lambda m: m["network"].update(sizes=[2] * 500), "layers"),
        (lambda m: m["arrays"]["network/W1"].update(shape=[3, 6]), "network/W1"),
        (lambda m: m["arrays"]["network/W1"].update(dtype="|O"), "network/W1"),
        (lambda m: m["trainer"]["optimizer"].update(name="sgd"), "optimizer state is for 'sgd'"),
        (lambda m: m["trainer"]["optimizer"]["hyper"].update(beta1=1.0), "beta1 must be in [0, 1)"),
        (lambda m: m["trainer"]["optimizer"]["hyper"].update(beta1=1e308), "beta1 must be"),
        (lambda m: m["config"]["optimizer_params"].update(epsilon=0), "epsilon must be in (0, 1]"),
        (
            lambda m: m["config"].update(schedule="exponential", schedule_params={"gamma": 1e300}),
            "the exponential schedule: gamma must be a factor in (0, 1]",
        ),
        (lambda m: m["trainer"]["rng"].update(bit_generator="MT19937"), "random generator"),
        (lambda m: m["trainer"]["rng"]["state"].update(state="12abc"), "128-bit"),
        (lambda m: m["trainer"].update(batch=50), "batch 50"),
        (lambda m: m["trainer"].update(n_train=10**12), "n_train"),
        (lambda m: m["trainer"].update(epoch="two"), "trainer.epoch"),
        (lambda m: m.pop("network"), "no manifest.network"),
        (lambda m: m["arrays"]["history/loss"].update(shape=[3_000_000]), "history holds more"),
        (lambda m: m["arrays"]["history/loss"].update(shape=[30_000_000]), "bad shape"),
        (lambda m: m["arrays"]["history/loss"].update(shape=[5000, 5000]), "up to 16 layers"),
        (
            lambda m: m["arrays"].update({"history/../../x": {"shape": [1], "dtype": "<f8"}}),
            "array table",
        ),
    ],
)
def test_manifest_lies_are_refused(good, tmp_path, change, fragment):
    dst = tmp_path / "edited.bps"
    edit_manifest(good, dst, change)
    refused(dst, fragment)


def test_array_that_disagrees_with_its_manifest_entry(good, tmp_path):
    items = members(good)
    items["network/W1.npy"] = npy_bytes(np.zeros((6, 2), np.float32))  # transposed
    write_members(tmp_path / "t.bps", items)
    refused(tmp_path / "t.bps", "network/W1.npy holds float32 (6, 2)")
    items["network/W1.npy"] = npy_bytes(np.zeros((2, 6), np.float64))  # wrong dtype
    write_members(tmp_path / "d.bps", items)
    refused(tmp_path / "d.bps", "network/W1.npy")


@pytest.mark.parametrize("value", [np.nan, np.inf, -np.inf])
def test_non_finite_weights_and_optimizer_slots_are_refused(good, tmp_path, value):
    items = members(good)
    with np.load(good) as d:
        W = d["network/W2"].copy()
        m = d["optimizer/m/W1"].copy()
    W[1, 1] = value
    bad = dict(items, **{"network/W2.npy": npy_bytes(W)})
    write_members(tmp_path / "w.bps", bad)
    refused(tmp_path / "w.bps", "W2 contains infinite or NaN")
    m[0, 0] = value
    bad = dict(items, **{"optimizer/m/W1.npy": npy_bytes(m)})
    write_members(tmp_path / "m.bps", bad)
    refused(tmp_path / "m.bps", "optimizer/m/W1 contains infinite or NaN")


def test_bad_sample_order_is_refused(good, tmp_path):
    items = members(good)
    with np.load(good) as d:
        order = d["trainer/order"].copy()
    order[0] = order[1]
    write_members(tmp_path / "dup.bps", dict(items, **{"trainer/order.npy": npy_bytes(order)}))
    refused(tmp_path / "dup.bps", "not a permutation")
    order[0] = 10**6
    write_members(tmp_path / "out.bps", dict(items, **{"trainer/order.npy": npy_bytes(order)}))
    refused(tmp_path / "out.bps", "outside the training set")


def central_entry(data: bytes, name: bytes) -> int:
    """Offset of the zip central-directory entry for member `name`."""
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        if data[at + 46 : at + 46 + len(name)] == name:
            return at
        at = data.find(b"PK\x01\x02", at + 4)
    raise AssertionError(f"no central directory entry for {name!r}")


def test_member_claiming_a_huge_size_is_refused_before_reading(good, tmp_path):
    """A zip entry may claim any size: it is checked against the manifest first."""
    data = bytearray(good.read_bytes())
    entry = central_entry(bytes(data), b"network/W1.npy")
    data[entry + 24 : entry + 28] = (3 * 10**9).to_bytes(4, "little")  # uncompressed size
    p = tmp_path / "huge.bps"
    p.write_bytes(bytes(data))
    refused(p, "network/W1.npy is 3,000,000,000 bytes")


MARKER_CODE = "open({marker!r}, 'w').write('pwned')"


class Bomb:
    """Unpickling this would run code that creates a marker file."""

    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (exec, (MARKER_CODE.format(marker=self.marker),))


def test_pickle_payload_is_refused_and_never_executed(good, tmp_path):
    marker = tmp_path / "PWNED"
    bomb = np.empty((2, 6), dtype=object)
    bomb[...] = Bomb(str(marker))
    payload = npy_bytes(bomb, allow_pickle=True)
    assert b"exec" in payload
    items = members(good)
    # as the weights the manifest announces (float32): the header check refuses it
    write_members(tmp_path / "a.bps", dict(items, **{"network/W1.npy": payload}))
    refused(tmp_path / "a.bps", "network/W1.npy")
    # with the manifest also claiming an object array
    edit_manifest(
        tmp_path / "a.bps",
        tmp_path / "b.bps",
        lambda m: m["arrays"]["network/W1"].update(dtype="|O"),
    )
    refused(tmp_path / "b.bps")
    # as a history curve, whose dtype is checked on its own
    edit_manifest(
        good,
        tmp_path / "c.bps",
        lambda m: m["arrays"]["history/loss"].update(dtype="|O", shape=[2, 6]),
    )
    items_c = members(tmp_path / "c.bps")
    items_c["history/loss.npy"] = payload
    write_members(tmp_path / "c.bps", items_c)
    refused(tmp_path / "c.bps", "history/loss")
    # and a whole pickle instead of the zip
    import pickle

    (tmp_path / "d.bps").write_bytes(pickle.dumps(Bomb(str(marker))))
    refused(tmp_path / "d.bps", "not a zip")
    assert not marker.exists()


def test_saving_non_finite_weights_is_refused_and_keeps_the_old_file(tmp_path):
    path = tmp_path / "m.bps"
    net = Network.create([2, 3, 1], seed=0)
    modelfile.save(path, net)
    before = path.read_bytes()
    net.weights[0][0, 0] = np.nan
    with pytest.raises(ModelFileError, match="W1 contains infinite or NaN"):
        modelfile.save(path, net)
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["m.bps"]


def test_non_finite_optimizer_state_after_divergence_is_not_saved(tmp_path):
    t = trainer("adam")
    t.step()
    t.optimizer.slots["v"][2][0, 0] = np.inf  # as if an update overflowed
    path = tmp_path / "diverged.bps"
    modelfile.save(path, t.network, trainer=t)
    m = modelfile.load(path)
    assert m.trainer_state["optimizer"]["slots"] == {} and m.trainer_state["optimizer"]["t"] == 0
    assert_same_params(m.network.params, t.network.params)
    modelfile.restore_trainer(m, moons()).step()  # the optimizer restarts from zeros


def test_a_very_long_batch_history_is_thinned_to_what_load_accepts(tmp_path, monkeypatch):
    monkeypatch.setattr(modelfile, "MAX_HISTORY_VALUES", 400)
    t = trainer("sgd", epochs=20)
    t.fit()  # 3 batch curves x 120 values, 7 epoch curves x 20, 2 x (20, 3): 620 in all
    path = tmp_path / "long.bps"
    modelfile.save(path, t.network, trainer=t)
    m = modelfile.load(path)
    assert m.history["loss"] == t.history["loss"]  # per-epoch curves are kept whole
    assert len(m.history["batch_loss"]) < 120
    assert m.history["batch_loss"] == t.history["batch_loss"][2::3]
    assert sum(np.size(v) for v in m.history.values()) <= 400


def test_what_load_would_refuse_is_not_saved(tmp_path):
    net = Network.create([2, 3, 1], seed=0)
    net.sizes = [2, modelfile.MAX_UNITS + 1, 1]  # as if it were that wide
    with pytest.raises(ModelFileError, match="cannot save big.bps: layers other than the input"):
        modelfile.save(tmp_path / "big.bps", net)
    assert os.listdir(tmp_path) == []


def test_save_creates_a_missing_folder_and_fails_cleanly_where_it_cannot(tmp_path):
    modelfile.save(tmp_path / "new" / "m.bps", Network.create([2, 2, 1]))
    assert modelfile.load(tmp_path / "new" / "m.bps").network.sizes == [2, 2, 1]
    (tmp_path / "file").write_text("x")
    with pytest.raises(ModelFileError, match="is a file, not a folder"):
        modelfile.save(tmp_path / "file" / "m.bps", Network.create([2, 2, 1]))


def test_trainer_state_loads_into_a_trainer_built_by_hand(good):
    m = modelfile.load(good)
    t = Trainer(m.network, moons(), m.config)
    t.load_state_dict(m.trainer_state)
    assert t.epoch == 1 and t.batch == 2 and t.optimizer.t == 8


def test_format_can_be_read_with_zipfile_json_and_numpy_alone(tmp_path):
    """What docs/model-files.md promises: no engine code is needed to use a .bps file."""
    path = tmp_path / "m.bps"
    t = saved_mid_epoch(path, "momentum")

    with zipfile.ZipFile(path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        assert set(zf.namelist()) == {"manifest.json"} | {f"{k}.npy" for k in manifest["arrays"]}
    arrays = np.load(path, allow_pickle=False)
    sizes = manifest["network"]["sizes"]
    X = moons().x_val
    a = X
    for l, g in enumerate(manifest["network"]["activations"], start=1):
        z = a @ arrays[f"network/W{l}"] + arrays[f"network/b{l}"]
        a = {"tanh": np.tanh, "sigmoid": lambda z: 1 / (1 + np.exp(-z))}[g](z)
    assert a.shape == (len(X), sizes[-1])
    np.testing.assert_allclose(a, t.network.feedforward(X), atol=1e-6)
    tr = manifest["trainer"]
    assert tr["epoch"] == 1 and tr["batch"] == 2 and tr["optimizer"]["t"] == 8
    assert np.array_equal(arrays["optimizer/velocity/W1"], t.optimizer.slots["velocity"][0])
    order = arrays["trainer/order"]
    assert sorted(order.tolist()) == list(range(tr["n_train"]))
    assert np.array_equal(order, t.order)
    state = {k: int(v) for k, v in tr["rng"]["state"].items()}
    assert state == t.rng.bit_generator.state["state"]
    assert list(arrays["history/batch_loss"]) == t.history["batch_loss"]
    arrays.close()


def test_resume_is_exact_with_a_random_transform(tmp_path):
    """Augmentation draws from the trainer's generator, so it resumes exactly too."""

    def jitter(X, rng):
        return X + rng.normal(0, 0.05, X.shape).astype(X.dtype)

    def make():
        ds = moons()
        net = Network.create([2, 6, 1], "tanh", loss="cross_entropy", seed=3)
        config = TrainConfig(optimizer="rmsprop", lr=0.01, batch_size=16, epochs=3, augment=True)
        return Trainer(net, ds, config, transform=jitter)

    straight = make()
    straight.fit()
    first = make()
    first.run_epoch()
    first.step()
    modelfile.save(tmp_path / "aug.bps", first.network, trainer=first)
    second = modelfile.restore_trainer(modelfile.load(tmp_path / "aug.bps"), moons(), jitter)
    second.fit()
    assert_same_params(second.network.params, straight.network.params)
