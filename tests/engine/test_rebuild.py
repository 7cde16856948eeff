"""Datasets made again from a model file's record: generated, classic, imported tables."""

from __future__ import annotations

import numpy as np
import pytest

from engine.data import features, regression, table
from engine.data.catalog import load_dataset
from engine.data.rebuild import rebuild, same_file
from engine.files import modelfile
from engine.nn.network import Network


def test_generated_and_classic_come_back_identical():
    for name, params in [
        ("sine", {"n": 50, "noise": 0.1, "seed": 3, "val_fraction": 0.2}),
        ("spiral", {"n": 60, "noise": 0.1, "seed": 1, "val_fraction": 0.25, "classes": 3}),
    ]:
        d = load_dataset(name, **params)
        again = rebuild(name, dict(d.params))
        assert np.array_equal(d.x_val, again.x_val) and np.array_equal(d.y_val, again.y_val)
    iris = load_dataset("iris", val_fraction=0.2, seed=5)
    again = rebuild("iris", dict(iris.params))
    assert np.array_equal(iris.x_train, again.x_train) and again.class_names == iris.class_names


def test_extra_features_come_back():
    d = features.with_features(load_dataset("circles", n=40, seed=2), ["x1^2", "x2^2"])
    again = rebuild("circles", dict(d.params))
    assert again.n_inputs == 2 and np.array_equal(d.x_train, again.x_train)


def test_table_uses_the_stored_statistics_and_knows_its_file(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("a;b;y\n" + "".join(f"{i},5;{i % 4};{i},25\n" for i in range(30)))
    d = table.load_table(path, target="y")
    assert same_file(d.params, str(path))
    again = rebuild(d.name, dict(d.params), table_path=str(path))
    assert np.allclose(d.x_val, again.x_val) and again.task == "regression"
    other = tmp_path / "other.csv"  # new rows, same columns: the model's statistics apply
    other.write_text("y;b;a\n1;0;2,5\n2;1;3,5\n3;2;4,5\n4;3;5,5\n5;0;6,5\n")
    assert not same_file(d.params, str(other))
    new = rebuild(d.name, dict(d.params), table_path=str(other))
    pre = d.preprocessing
    raw = np.concatenate([new.x_train, new.x_val]) * pre["std"] + pre["mean"]
    assert set(np.round(raw[:, 0], 4)) == {2.5, 3.5, 4.5, 5.5, 6.5}
    with pytest.raises(ValueError, match="give its file"):
        rebuild(d.name, dict(d.params))


def test_model_file_records_table_source_columns_classes_and_standardisation(tmp_path):
    path = tmp_path / "flowers.csv"
    path.write_text("w,h,kind\n" + "".join(f"{i},{i % 3},{'ab'[i % 2]}\n" for i in range(20)))
    d = table.load_table(path, target="kind")
    net = Network.create([2, 4, 1], "tanh", seed=0)
    modelfile.save(str(tmp_path / "m.bps"), net, dataset=d)
    m = modelfile.load(str(tmp_path / "m.bps"))
    assert m.dataset_name == "flowers" and m.dataset_info["class_names"] == ["a", "b"]
    assert m.dataset_params["source"]["sha256"] == d.params["source"]["sha256"]
    assert m.dataset_params["columns"] == ["w", "h", "kind"]
    assert m.dataset_info["preprocessing"]["mean"] == pytest.approx(d.preprocessing["mean"])
    assert m.dataset_info["task"] == "classification"
    params = {**m.dataset_params, "preprocessing": m.dataset_info["preprocessing"]}
    again = rebuild(m.dataset_name, params, table_path=str(path))
    assert np.allclose(again.x_train, d.x_train)
    modelfile.check_fits(m, again)


def test_regression_model_fits_check():
    d = regression.make("sine", n=20)
    m = modelfile.ModelFile(
        Network.create([1, 3, 1], "tanh", "linear", "mse"), None, None, "sine", {}, {}, {}, ""
    )
    modelfile.check_fits(m, d)
    m.network = Network.create([1, 3, 2], "tanh", "linear", "mse")
    with pytest.raises(modelfile.ModelFileError, match="1 target"):
        modelfile.check_fits(m, d)
