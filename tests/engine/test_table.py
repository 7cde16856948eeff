"""Tables from CSV files: every dialect people save, every bad table and its one message."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest

from engine.data import classic, table
from engine.data.catalog import load_dataset
from engine.data.table import TableError, load_table, parse_table, read_table, to_dataset


def write(tmp_path, name: str, content: str | bytes):
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def flowers(rows: int = 12) -> str:
    """A small table with a header, two numeric features and a text target."""
    lines = ["length,width,kind"]
    for i in range(rows):
        kind = ("small", "large")[i % 2]
        lines.append(f"{1 + i % 2 + 0.1 * i:.1f},{0.5 + i % 3},{kind}")
    return "\n".join(lines) + "\n"


# -- dialects -----------------------------------------------------------------------------


def test_comma_header_text_labels(tmp_path):
    d = load_table(write(tmp_path, "f.csv", flowers()), target="kind", val_fraction=0.25)
    assert d.task == "classification" and d.class_names == ["large", "small"]
    assert d.feature_names == ["length", "width"] and d.n_classes == 2
    assert d.x_train.shape == (9, 2) and d.x_val.shape == (3, 2)
    assert d.x_train.dtype == np.float32 and d.y_train.dtype == np.int64
    assert d.params["dialect"] == {"delimiter": "comma", "decimal": ".", "header": True}


def test_utf8_bom_and_windows_line_ends(tmp_path):
    content = "\ufeff" + flowers().replace("\n", "\r\n")
    t = read_table(write(tmp_path, "bom.csv", content))
    assert t.columns == ["length", "width", "kind"]  # no BOM glued to the first name
    assert t.rows[0] == ["1.0", "0.5", "small"]


def test_semicolon_with_decimal_commas(tmp_path):
    content = "a;b;y\n1,5;2,25;0,5\n-0,5;3;1,75\n2;1,0;2,5\n0,25;0,5;3,5\n"
    t = read_table(write(tmp_path, "eu.csv", content))
    assert t.delimiter == ";" and t.decimal == "," and t.header
    d = to_dataset(t, target="y", val_fraction=0, standardise=False)
    assert d.task == "regression"
    assert np.allclose(np.sort(d.y_train[:, 0]), [0.5, 1.75, 2.5, 3.5])
    assert np.allclose(np.sort(d.x_train[:, 0]), [-0.5, 0.25, 1.5, 2.0])


def test_tab_separated_without_header(tmp_path):
    content = "1.0\t2.0\t0\n2.0\t1.0\t1\n3.0\t0.5\t0\n0.5\t3.5\t1\n"
    t = read_table(write(tmp_path, "t.tsv", content))
    assert t.delimiter == "\t" and not t.header
    assert t.columns == ["column 1", "column 2", "column 3"]
    d = to_dataset(t, val_fraction=0)  # the last column is the target by default
    assert d.task == "classification" and d.class_names == ["0", "1"]


def test_quoted_fields_with_delimiters_and_quotes_inside(tmp_path):
    content = (
        'x,"y, in cm",label\n'
        '1,2,"red, dark"\n'
        '2,3,"say ""blue"""\n'
        '3,4,"red, dark"\n'
        '4,5,"say ""blue"""\n'
    )
    d = load_table(write(tmp_path, "q.csv", content), target="label", val_fraction=0)
    assert d.feature_names == ["x", "y, in cm"]
    assert d.class_names == ["red, dark", 'say "blue"']


def test_blank_trailing_and_middle_lines_are_skipped(tmp_path):
    content = "a,b,y\n1,2,0\n\n3,4,1\n5,6,0\n7,8,1\n\n\n   \n"
    t = read_table(write(tmp_path, "blank.csv", content))
    assert t.n_rows == 4 and t.lines == [2, 4, 5, 6]  # spreadsheet row numbers


def test_integer_target_with_few_values_is_classification_else_regression(tmp_path):
    few = "x,y\n" + "".join(f"{i},{i % 3}\n" for i in range(30))
    many = "x,y\n" + "".join(f"{i},{i * 7}\n" for i in range(30))
    assert to_dataset(parse_table(few, "few.csv")).task == "classification"
    assert to_dataset(parse_table(many, "many.csv")).task == "regression"
    forced = to_dataset(parse_table(few, "few.csv"), task="regression")
    assert forced.task == "regression" and forced.y_train.shape[1] == 1


def test_standardisation_uses_training_rows_only():
    rows = "x,y\n" + "".join(f"{v},{i % 2}\n" for i, v in enumerate(range(0, 200, 10)))
    d = to_dataset(parse_table(rows, "s.csv"), val_fraction=0.25, seed=3)
    pre = d.preprocessing
    assert np.allclose(d.x_train.mean(axis=0), 0, atol=1e-6)
    assert np.allclose(d.x_train.std(axis=0), 1, atol=1e-6)
    raw_train = d.x_train[:, 0] * pre["std"][0] + pre["mean"][0]
    assert np.isclose(pre["mean"][0], raw_train.mean())  # the statistics of the train split
    assert not np.isclose(d.x_val.mean(), 0, atol=1e-3)  # validation rows were not used


def test_split_follows_seed_and_share():
    rows = "x,y\n" + "".join(f"{i},{i % 2}\n" for i in range(40))
    t = parse_table(rows, "s.csv")
    a, b = to_dataset(t, seed=1, val_fraction=0.3), to_dataset(t, seed=1, val_fraction=0.3)
    c = to_dataset(t, seed=2, val_fraction=0.3)
    assert len(a.x_val) == 12 and np.array_equal(a.x_val, b.x_val)
    assert not np.array_equal(a.x_val, c.x_val)


def test_feature_choice_and_source_recorded(tmp_path):
    content = flowers()
    path = write(tmp_path, "f.csv", content)
    d = load_table(path, target="kind", features=["width"])
    assert d.n_inputs == 1 and d.feature_names == ["width"]
    src = d.params["source"]
    assert src["name"] == "f.csv" and src["size"] == len(content.encode())
    assert src["sha256"] == hashlib.sha256(content.encode()).hexdigest()
    assert d.params["columns"] == ["length", "width", "kind"] and d.params["target"] == "kind"


def test_prepare_rows_applies_the_stored_standardisation(tmp_path):
    d = load_table(write(tmp_path, "f.csv", flowers()), target="kind")
    new = parse_table("kind,width,length\nsmall,0.5,1.0\n", "new.csv", header=True)
    X = table.prepare_rows(new, d.preprocessing)
    pre = d.preprocessing
    expected = (np.array([1.0, 0.5]) - pre["mean"]) / pre["std"]
    assert np.allclose(X[0], expected)


# -- bad tables: one clear message each -------------------------------------------------------


@pytest.mark.parametrize(
    "content, kwargs, message",
    [
        ("a,b,y\n1,2,0\n3,x7,1\n5,6,0\n", {}, "row 3, column 'b': 'x7' is not a number"),
        ("a,b,y\n1,2,0\n3,,1\n5,6,0\n", {}, "row 3, column 'b': missing value"),
        ("a,b,y\n1,2,0\n3,4,NA\n5,6,1\n", {}, "row 3, column 'y': missing value"),
        ("a,b,y\n1,2,0\n3,4\n5,6,1\n", {}, "row 3 has 2 values, but the header has 3"),
        ("a,b,y\n1,2,0\n3,4,0,9\n5,6,1\n", {}, "row 3 has 4 values, but the header has 3"),
        ("a,b,y\n1,2,cat\n3,4,cat\n5,6,cat\n", {}, "column 'y' holds a single class ('cat')"),
        ("", {}, "t.csv: is empty"),
        ("\n\n  \n", {}, "t.csv: is empty"),
        ("a,b,y\n", {}, "has a header row but no rows of data"),
        ("a,b,y\n1,2,0\n3,4,1\n", {"target": "z"}, "there is no column 'z'"),
        ("a,b,y\n1,2,x\n3,4,z\n", {"task": "regression"}, "row 2, column 'y': 'x' is not a number"),
    ],
)
def test_bad_table_gets_one_message(tmp_path, content, kwargs, message):
    path = write(tmp_path, "t.csv", content)
    with pytest.raises(TableError) as info:
        load_table(path, val_fraction=0, **kwargs)
    text = str(info.value)
    assert message in text and text.startswith("t.csv") and "\n" not in text


def test_over_limit_file_is_refused_before_reading(tmp_path, monkeypatch):
    path = write(tmp_path, "big.csv", flowers(200))
    opened = []
    monkeypatch.setattr("builtins.open", lambda *a, **k: opened.append(a) or 1 / 0)
    with pytest.raises(TableError, match=r"big.csv: is [\d,]+ bytes, more than the 1,000"):
        read_table(path, max_bytes=1000)
    assert opened == []


def test_binary_file_is_refused(tmp_path):
    with pytest.raises(TableError, match="binary file"):
        read_table(write(tmp_path, "x.csv", b"PK\x03\x04\x00\x00\x01"))


def test_nothing_half_loaded_a_bad_last_row_fails_the_whole_table(tmp_path):
    good = "".join(f"{i},{i + 1},{i % 2}\n" for i in range(50))
    path = write(tmp_path, "late.csv", "a,b,y\n" + good + "1,oops,0\n")
    with pytest.raises(TableError, match="row 52, column 'b'"):
        load_table(path)


# -- the classic tables --------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, rows, features, classes",
    [("iris", 150, 4, 3), ("wine", 178, 13, 3), ("breast_cancer", 569, 30, 2)],
)
def test_classic_tables_ship_and_load(name, rows, features, classes):
    d = load_dataset(name, val_fraction=0.2, seed=0)
    assert len(d.x_train) + len(d.x_val) == rows
    assert d.n_inputs == features and d.n_classes == classes and d.task == "classification"
    assert len(d.class_names) == classes and d.params["builtin"]
    counts = np.bincount(np.concatenate([d.y_train, d.y_val]))
    assert counts.min() >= 37  # every class is there (iris has 50 of each)
    assert classic.path(name).endswith(".csv")


def test_text_columns_are_not_default_features():
    t = parse_table('name,w,y\n"a, 1",1,0\n"b",2,1\n"c",x,0\n"d",4,1\n', "n.csv")
    assert table.numeric_columns(t) == [False, True, True]
    with pytest.raises(TableError, match="row 4, column 'w': 'x' is not a number"):
        to_dataset(t, target="y")  # a stray word in a number column is reported
    t = parse_table('name,w,y\n"a, 1",1,0\n"b",2,1\n"c",3,0\n"d",4,1\n', "n.csv")
    assert to_dataset(t, target="y", val_fraction=0).feature_names == ["w"]
