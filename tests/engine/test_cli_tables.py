"""The command line with tables, classic datasets and regression: train, evaluate, predict."""

from __future__ import annotations

import json

import pytest

from engine.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


@pytest.fixture
def plants(tmp_path):
    rows = ["\ufeffplant;width;height;kind"]
    for i in range(40):
        k = i % 2
        rows.append(
            f'"p {i}, x";{1 + 2 * k + (i % 5) / 10:.1f};{3 + k + (i % 3) / 10:.1f};{"ab"[k]}'
        )
    path = tmp_path / "plants.csv"
    path.write_text("\n".join(r.replace(".", ",") for r in rows) + "\n\n", encoding="utf-8")
    return path


def test_train_evaluate_predict_a_table(capsys, tmp_path, plants):
    model = str(tmp_path / "p.bps")
    code, out, _ = run(
        capsys, "train", "--data", str(plants), "--target", "kind", "--activation", "tanh",
        "--optimizer", "adam", "--lr", "0.05", "--epochs", "20", "--save", model, "--json",
    )  # fmt: skip
    assert code == 0
    last = lines(out)[-1]
    assert last["val_accuracy"] == 1.0 and "rmse" not in lines(out)[0]
    code, out, _ = run(capsys, "evaluate", "--model", model, "--data", str(plants), "--json")
    result = lines(out)[0]
    assert code == 0 and result["same_file"] is True and result["n"] == 8
    code, _, err = run(capsys, "evaluate", "--model", model)
    assert code == 2 and "give the file with --data" in err
    new = tmp_path / "new.csv"
    new.write_text("kind,height,width\n?,3.1,1.2\n?,4.2,3.3\n")
    code, out, _ = run(capsys, "predict", "--model", model, str(new), "--json")
    assert [r["label"] for r in lines(out)] == ["a", "b"]
    code, _, err = run(capsys, "train", "--resume", model, "--epochs", "21", "--data", str(plants))
    assert code == 0


def test_a_bad_table_is_one_line(capsys, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b,y\n1,2,0\n3,4\n")
    code, out, err = run(capsys, "train", "--data", str(bad))
    assert code == 2 and out == ""
    assert (
        err.strip() == "error: bad.csv: row 3 has 2 values, but the header has 3 (delimiter: comma)"
    )
    code, _, err = run(capsys, "train", "--dataset", "moons", "--target", "y")
    assert code == 2 and "--target chooses columns of a table" in err


def test_regression_json_lines_and_evaluate(capsys, tmp_path):
    model = str(tmp_path / "s.bps")
    code, out, _ = run(
        capsys, "train", "--dataset", "sine", "--points", "100", "--layers", "1,8,1",
        "--activation", "tanh", "--optimizer", "adam", "--lr", "0.02", "--epochs", "3",
        "--save", model, "--json",
    )  # fmt: skip
    epochs = lines(out)[:-1]
    assert code == 0 and len(epochs) == 3
    for key in ("rmse", "val_rmse", "mae", "val_mae", "r2", "val_r2"):
        assert isinstance(epochs[-1][key], float)
    assert epochs[-1]["accuracy"] is None and lines(out)[-1]["val_rmse"] == epochs[-1]["val_rmse"]
    code, out, _ = run(capsys, "evaluate", "--model", model, "--json")
    result = lines(out)[0]
    assert result["rmse"] == pytest.approx(epochs[-1]["val_rmse"], rel=1e-5)
    assert result["accuracy"] is None
    code, out, _ = run(capsys, "evaluate", "--model", model)
    assert out.startswith("sine val: rmse ")
    points = tmp_path / "x.csv"
    points.write_text("0.5\n-0.5\n")
    code, out, _ = run(capsys, "predict", "--model", model, str(points), "--json")
    assert code == 0 and [r["row"] for r in lines(out)] == [0, 1]
    assert all(isinstance(r["value"], float) for r in lines(out))


def test_classic_dataset_and_input_features(capsys, tmp_path):
    code, out, _ = run(capsys, "train", "--dataset", "wine", "--epochs", "1", "--json")
    assert code == 0 and lines(out)[-1]["epochs"] == 1
    model = str(tmp_path / "c.bps")
    code, out, _ = run(
        capsys, "train", "--dataset", "circles", "--input-features", "x1^2,x2^2", "--layers",
        "2,1", "--optimizer", "adam", "--lr", "0.1", "--epochs", "20", "--save", model, "--json",
    )  # fmt: skip
    trained = lines(out)[-1]["val_accuracy"]
    assert code == 0 and trained > 0.9  # a circle is a line in x1², x2²
    code, out, _ = run(capsys, "evaluate", "--model", model, "--json")
    assert lines(out)[0]["accuracy"] == pytest.approx(trained)  # the same inputs made again
    code, _, err = run(capsys, "train", "--dataset", "moons", "--input-features", "x3")
    assert code == 2 and "unknown input feature 'x3'" in err
