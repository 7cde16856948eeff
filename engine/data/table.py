"""Tables from CSV/TSV files, as people really save them, turned into a Dataset.

    table = read_table("flowers.csv")            # Table: columns, text cells, dialect, source
    d = to_dataset(table, target="species")      # Dataset, features standardised
    d = load_table("flowers.csv", target="species", features=["petal_length", "petal_width"])

What is understood: a header row or none (then the columns are called column 1,
column 2, ...); `,` `;` or tab between values; decimal commas (`2,5` in a `;` or tab
separated file); quoted fields ("a, b", with "" for a quote inside); a UTF-8 byte-order mark;
Windows line ends; blank lines (skipped). Rows are numbered as a spreadsheet numbers
them, so "row 8" is the file's 8th line.

The task follows the target column: classification when it holds text or a few whole
numbers (at most MAX_INTEGER_CLASSES distinct values), regression when it holds other
numbers; `task=` overrides it. Class names are the target's values as written, sorted
(whole numbers numerically). Features are standardised, z = (x - mean) / std, with the
mean and std of the training split only (validation rows must not leak into them); both
are kept in params["preprocessing"], so new rows are prepared the same way
(`prepare_rows`).

Every problem raises one TableError naming the file, the row and the column: a value
that is not a number, a missing value, a row with too few or too many values, a target
with a single class, an empty file, a file past the size limit. Nothing is returned
half-loaded: the Dataset exists only once every row has been checked.
"""

from __future__ import annotations

import csv
import hashlib
import io
import math
import os
import re
from dataclasses import dataclass, field

import numpy as np

from engine.data.dataset import Dataset

MAX_TABLE_BYTES = 64 << 20  # checked before reading
MAX_ROWS = 1_000_000
MAX_COLUMNS = 10_000
MAX_CLASSES = 100
MAX_INTEGER_CLASSES = 10  # a numeric target with at most this many whole values is a class
DELIMITERS = ("\t", ";", ",")  # preferred in this order when several fit
DELIMITER_NAMES = {"\t": "tab", ";": "semicolon", ",": "comma"}
MISSING = {"", "na", "n/a", "nan", "null", "none", "?", "-", "--"}
TASKS = ("classification", "regression")

_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
_DECIMAL_COMMA = re.compile(r"^[+-]?\d*,\d+([eE][+-]?\d+)?$")
_DECIMAL_POINT = re.compile(r"^[+-]?\d*\.\d+([eE][+-]?\d+)?$")


class TableError(ValueError):
    """A table that cannot be used; the message names the file, row and column."""


@dataclass
class Table:
    """A parsed table: every cell still text, with where it came from and how it was read.

    columns: one name per column; rows: lists of cells, all len(columns) long;
    lines: the spreadsheet row number (file line) of each row; source: name, size, sha256.
    """

    name: str
    columns: list[str]
    rows: list[list[str]]
    lines: list[int]
    delimiter: str
    decimal: str  # "." or ","
    header: bool
    source: dict = field(default_factory=dict)

    @property
    def n_rows(self) -> int:
        return len(self.rows)

    def preview(self, k: int = 10) -> list[list[str]]:
        """The first k rows as parsed (what an import dialog shows)."""
        return [list(r) for r in self.rows[:k]]

    def column_index(self, column: str | int) -> int:
        """Index of a column given by name (or by its 1-based position as a number or text)."""
        if isinstance(column, int) and not isinstance(column, bool):
            if 1 <= column <= len(self.columns):
                return column - 1
        elif column in self.columns:
            return self.columns.index(column)
        elif isinstance(column, str) and column.strip().isdigit():
            return self.column_index(int(column.strip()))
        known = ", ".join(self.columns[:20]) + (" ..." if len(self.columns) > 20 else "")
        raise TableError(f"{self.name}: there is no column {column!r}; the columns are {known}")

    def dialect(self) -> dict:
        return {
            "delimiter": DELIMITER_NAMES[self.delimiter],
            "decimal": self.decimal,
            "header": self.header,
        }


# -- reading ---------------------------------------------------------------------------


def read_table(
    path: str | os.PathLike,
    max_bytes: int = MAX_TABLE_BYTES,
    header: bool | None = None,
) -> Table:
    """Read and parse the file at `path` (size checked before reading). header=None guesses."""
    path = os.fspath(path)
    name = os.path.basename(path)
    try:
        size = os.path.getsize(path)
    except OSError as e:
        raise TableError(f"{name}: cannot be read ({e.strerror or e})") from None
    if os.path.isdir(path):
        raise TableError(f"{name}: is a folder, not a table")
    if size > max_bytes:
        raise TableError(f"{name}: is {size:,} bytes, more than the {max_bytes:,} a table may have")
    try:
        with open(path, "rb") as f:
            data = f.read(max_bytes + 1)
    except OSError as e:
        raise TableError(f"{name}: cannot be read ({e.strerror or e})") from None
    if len(data) > max_bytes:  # it grew while we looked
        raise TableError(f"{name}: is more than the {max_bytes:,} bytes a table may have")
    return parse_table(data, name, header=header)


def _decode(data: bytes, name: str) -> str:
    if b"\x00" in data[:4096]:
        raise TableError(f"{name}: is a binary file, not a text table")
    try:
        return data.decode("utf-8-sig")  # drops a byte-order mark
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")  # what spreadsheets on Windows write


def _records(text: str, delimiter: str) -> list[tuple[int, list[str]]]:
    """(line number, cells) of every non-blank record, quotes understood."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, skipinitialspace=True)
    out = []
    start = 1
    try:
        for cells in reader:
            line = start
            start = reader.line_num + 1
            if not cells or all(not c.strip() for c in cells):
                continue
            out.append((line, [c.strip() for c in cells]))
            if len(out) > MAX_ROWS + 1:
                raise TableError(f"has more than {MAX_ROWS:,} rows")
    except csv.Error as e:
        raise TableError(f"row {reader.line_num}: {e}") from None
    return out


def _guess_delimiter(text: str) -> str:
    """The delimiter that splits the most of the first 50 lines into the same number (> 1)
    of fields; tab, then semicolon, then comma on a tie (a `;` file with decimal commas
    also splits evenly at the commas). csv.Sniffer decides when none splits a line."""
    sample = "\n".join([ln for ln in text.splitlines() if ln.strip()][:50])
    best, best_share = None, 0.0
    for d in DELIMITERS:
        widths = [len(r) for r in csv.reader(io.StringIO(sample), delimiter=d) if r]
        if not widths:
            continue
        modal = max(set(widths), key=widths.count)
        share = widths.count(modal) / len(widths)
        if modal > 1 and share > best_share:
            best, best_share = d, share
    if best is not None:
        return best
    try:
        return csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        return ","


def _guess_decimal(rows: list[list[str]], delimiter: str) -> str:
    if delimiter == ",":
        return "."
    commas = points = 0
    for cells in rows[:200]:
        for c in cells:
            if _DECIMAL_COMMA.match(c):
                commas += 1
            elif _DECIMAL_POINT.match(c):
                points += 1
    return "," if commas > points else "."


def _is_number(cell: str, decimal: str) -> bool:
    if decimal == ",":
        cell = cell.replace(",", ".")
    return bool(_NUMBER.match(cell))


def _guess_header(rows: list[list[str]], decimal: str) -> bool:
    """A header when the first row has text in a column whose other values are numbers,
    or when every first-row cell is text and they are all different."""
    first, rest = rows[0], rows[1:51]
    if not rest:
        return not any(_is_number(c, decimal) for c in first)
    for j, cell in enumerate(first):
        if cell.lower() in MISSING or _is_number(cell, decimal):
            continue
        below = [r[j] for r in rest if j < len(r) and r[j].lower() not in MISSING]
        if below and all(_is_number(c, decimal) for c in below):
            return True
    all_text = all(not _is_number(c, decimal) and c.lower() not in MISSING for c in first)
    if all_text and len(set(first)) == len(first):
        return not any(r == first for r in rest)
    return False


def parse_table(data: bytes | str, name: str = "table", header: bool | None = None) -> Table:
    """Parse the bytes (or text) of a CSV/TSV file into a Table; see the module docstring."""
    raw = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    source = {"name": name, "size": len(raw), "sha256": hashlib.sha256(raw).hexdigest()}
    text = _decode(raw, name)
    if not text.strip():
        raise TableError(f"{name}: is empty")
    delimiter = _guess_delimiter(text)
    try:
        records = _records(text, delimiter)
    except TableError as e:
        raise TableError(f"{name}: {e}") from None
    if not records:
        raise TableError(f"{name}: is empty")
    decimal = _guess_decimal([cells for _, cells in records[1:]] or [records[0][1]], delimiter)
    if header is None:
        header = _guess_header([cells for _, cells in records], decimal)
    width = len(records[0][1])
    if width > MAX_COLUMNS:
        raise TableError(f"{name}: has {width:,} columns, more than {MAX_COLUMNS:,}")
    if header:
        names = [c or f"column {j + 1}" for j, c in enumerate(records[0][1])]
        seen: dict[str, int] = {}
        for j, c in enumerate(names):  # duplicate names become "x", "x (2)", ...
            seen[c] = seen.get(c, 0) + 1
            if seen[c] > 1:
                names[j] = f"{c} ({seen[c]})"
        body = records[1:]
    else:
        names = [f"column {j + 1}" for j in range(width)]
        body = records
    if not body:
        raise TableError(f"{name}: has a header row but no rows of data")
    first = "the header has" if header else f"row {records[0][0]} has"
    for line, cells in body:
        if len(cells) != width:
            raise TableError(
                f"{name}: row {line} has {len(cells)} values, but {first} {width} "
                f"(delimiter: {DELIMITER_NAMES[delimiter]})"
            )
    return Table(
        name=name,
        columns=names,
        rows=[cells for _, cells in body],
        lines=[line for line, _ in body],
        delimiter=delimiter,
        decimal=decimal,
        header=bool(header),
        source=source,
    )


# -- from text cells to numbers ----------------------------------------------------------


def _where(table: Table, i: int, j: int) -> str:
    return f"{table.name}: row {table.lines[i]}, column {table.columns[j]!r}"


def _numbers(table: Table, j: int, what: str) -> np.ndarray:
    """Column j as float64; a missing value or a non-number raises TableError naming it."""
    out = np.empty(table.n_rows, np.float64)
    comma = table.decimal == ","
    for i, cells in enumerate(table.rows):
        cell = cells[j]
        if cell.lower() in MISSING:
            raise TableError(f"{_where(table, i, j)}: missing value")
        text = cell.replace(",", ".") if comma else cell
        if not _NUMBER.match(text):
            hint = " (exclude the column, or pick it as the target)" if what == "feature" else ""
            raise TableError(f"{_where(table, i, j)}: {cell[:40]!r} is not a number{hint}")
        out[i] = float(text)
        if not math.isfinite(out[i]):
            raise TableError(f"{_where(table, i, j)}: {cell[:40]!r} is too large")
    return out


def numeric_columns(table: Table) -> list[bool]:
    """For each column, whether it holds numbers: at least half of its values (missing ones
    aside) are numbers. These are the default features; a number column with a stray word
    stays one, so the word is reported (row and column) rather than the column dropped."""
    out = []
    for j in range(len(table.columns)):
        values = [row[j] for row in table.rows if row[j].lower() not in MISSING]
        numbers = sum(_is_number(v, table.decimal) for v in values)
        out.append(2 * numbers >= len(values))
    return out


def infer_task(table: Table, target: str | int) -> str:
    """ "classification" when the target holds text or a few whole numbers, else "regression"."""
    return _task_of_column(table, table.column_index(target))


def _task_of_column(table: Table, j: int) -> str:
    values = set()
    comma = table.decimal == ","
    for cells in table.rows:
        cell = cells[j]
        if cell.lower() in MISSING:
            continue
        text = cell.replace(",", ".") if comma else cell
        if not _NUMBER.match(text):
            return "classification"
        v = float(text)
        if v != int(v):
            return "regression"
        values.add(v)
        if len(values) > MAX_INTEGER_CLASSES:
            return "regression"
    return "classification"


def _class_labels(table: Table, j: int) -> tuple[np.ndarray, list[str]]:
    cells = []
    for i, row in enumerate(table.rows):
        if row[j].lower() in MISSING:
            raise TableError(f"{_where(table, i, j)}: missing value")
        cells.append(row[j])
    comma = table.decimal == ","
    numeric = all(_NUMBER.match(c.replace(",", ".") if comma else c) for c in cells)
    if numeric:  # "1", "1.0" and "01" are the same class
        values = [float(c.replace(",", ".") if comma else c) for c in cells]
        distinct = sorted(set(values))
        names = [f"{v:g}" for v in distinct]
        keys = [f"{v:g}" for v in values]
    else:
        names = sorted(set(cells))
        keys = cells
    if len(names) < 2:
        raise TableError(
            f"{table.name}: column {table.columns[j]!r} holds a single class "
            f"({names[0][:40]!r}); classification needs at least two"
        )
    if len(names) > MAX_CLASSES:
        raise TableError(
            f"{table.name}: column {table.columns[j]!r} holds {len(names)} different values, "
            f"more than {MAX_CLASSES} classes; is it a regression target?"
        )
    index = {n: k for k, n in enumerate(names)}
    return np.array([index[k] for k in keys], np.int64), names


def to_dataset(
    table: Table,
    target: str | int | None = None,
    features: list[str | int] | None = None,
    task: str | None = None,
    val_fraction: float = 0.2,
    seed: int = 0,
    standardise: bool = True,
    name: str | None = None,
) -> Dataset:
    """A Dataset from `table`: `target` (default: the last column) is what to predict,
    `features` (default: every other column that holds numbers) the inputs. See the
    module docstring."""
    if task is not None and task not in TASKS:
        raise TableError(f"task must be classification or regression, not {task!r}")
    if not 0 <= val_fraction < 1:
        raise TableError(f"the validation share must be in [0, 1), not {val_fraction}")
    if isinstance(seed, bool) or not isinstance(seed, int | np.integer) or seed < 0:
        raise TableError(f"seed must be a whole number >= 0, not {seed!r}")
    jt = table.column_index(len(table.columns) if target is None else target)
    if features is None:  # every other column that holds numbers (text columns stay out)
        numeric = numeric_columns(table)
        jf = [j for j in range(len(table.columns)) if j != jt and numeric[j]]
    else:
        jf = [table.column_index(f) for f in features]
        if len(set(jf)) != len(jf):
            raise TableError(f"{table.name}: a feature column is named twice")
    if not jf:
        raise TableError(f"{table.name}: there is no feature column besides the target")
    if jt in jf:
        raise TableError(
            f"{table.name}: column {table.columns[jt]!r} cannot be the target and a feature"
        )
    task = task or _task_of_column(table, jt)
    X = np.column_stack([_numbers(table, j, "feature") for j in jf])
    if task == "classification":
        y, class_names = _class_labels(table, jt)
        n_classes = len(class_names)
    else:
        y = _numbers(table, jt, "target").reshape(-1, 1)
        class_names, n_classes = None, 0
    n = table.n_rows
    n_val = int(round(n * val_fraction))
    if n - n_val < 2:
        raise TableError(
            f"{table.name}: {n} rows with a validation share of {val_fraction:g} leave "
            f"{n - n_val} to train on; use a smaller share or more rows"
        )
    order = np.random.default_rng(seed).permutation(n)
    train, val = order[: n - n_val], order[n - n_val :]
    feature_names = [table.columns[j] for j in jf]
    if standardise:
        mean = X[train].mean(axis=0)
        std = X[train].std(axis=0)
        std[std == 0] = 1.0  # a constant feature stays 0 instead of dividing by zero
        pre = {
            "input": "standardised table columns: z = (x - mean) / std (training split)",
            "columns": feature_names,
            "mean": mean.tolist(),
            "std": std.tolist(),
        }
    else:
        mean, std = np.zeros(len(jf)), np.ones(len(jf))
        pre = {"input": "the raw table columns, unscaled", "columns": feature_names}
    Z = ((X - mean) / std).astype(np.float32)
    yt = y.astype(np.float32) if task == "regression" else y
    params = {
        "source": dict(table.source),
        "dialect": table.dialect(),
        "columns": list(table.columns),
        "target": table.columns[jt],
        "features": feature_names,
        "task": task,
        "val_fraction": val_fraction,
        "seed": int(seed),
        "n_rows": n,
        "preprocessing": pre,
    }
    return Dataset(
        name=name or os.path.splitext(table.name)[0],
        x_train=Z[train],
        y_train=yt[train],
        x_val=Z[val],
        y_val=yt[val],
        n_classes=n_classes,
        params=params,
        class_names=class_names,
        task=task,
        feature_names=feature_names,
    )


def load_table(
    path: str | os.PathLike,
    target: str | int | None = None,
    features: list[str | int] | None = None,
    task: str | None = None,
    val_fraction: float = 0.2,
    seed: int = 0,
    max_bytes: int = MAX_TABLE_BYTES,
    header: bool | None = None,
    name: str | None = None,
) -> Dataset:
    """read_table + to_dataset in one call."""
    table = read_table(path, max_bytes=max_bytes, header=header)
    return to_dataset(table, target, features, task, val_fraction, seed, name=name)


def prepare_rows(table: Table, preprocessing: dict) -> np.ndarray:
    """Feature rows (n, d) float32 from a table of new rows, prepared as a model was trained:
    the columns named in `preprocessing["columns"]` (by header name, or by position when
    the table has no header and exactly that many columns), standardised with the stored
    mean and std."""
    names = list(preprocessing.get("columns") or [])
    if not names:
        raise TableError(f"{table.name}: the model does not name its input columns")
    if table.header:
        missing = [c for c in names if c not in table.columns]
        if missing:
            raise TableError(f"{table.name}: has no column {missing[0]!r} (the model needs it)")
        jf = [table.columns.index(c) for c in names]
    elif len(table.columns) == len(names):
        jf = list(range(len(names)))
    else:
        raise TableError(
            f"{table.name}: rows of {len(table.columns)} values without a header; the model "
            f"takes the {len(names)} columns {', '.join(names)} (add a header row naming them)"
        )
    X = np.column_stack([_numbers(table, j, "feature") for j in jf])
    mean = np.asarray(preprocessing.get("mean", np.zeros(len(jf))), np.float64)
    std = np.asarray(preprocessing.get("std", np.ones(len(jf))), np.float64)
    if mean.shape != (len(jf),) or std.shape != (len(jf),) or np.any(std <= 0):
        raise TableError("the model's standardisation does not fit its columns")
    return ((X - mean) / std).astype(np.float32)
