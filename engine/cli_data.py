"""The command line's data side for tables, classic datasets and regression.

    python -m engine train --dataset iris --layers 4,8,3 ...
    python -m engine train --dataset sine --layers 1,16,1 --activation tanh ...
    python -m engine train --data plants.csv --target kind [--features a,b] [--task ...]
    python -m engine train --dataset circles --input-features x1,x2,x1^2,x2^2 ...
    python -m engine evaluate --model plants.bps --data plants.csv
    python -m engine predict --model plants.bps new_rows.csv

engine/cli.py calls these: `add_train_flags`, `wants(args)` / `train_dataset(args)` for
`train`, `split(model, name, split, table_path)` for `evaluate` and `--resume`,
`table_rows(path, model)` for `predict`, `regression_metrics(...)` for the JSON lines.
Every refusal is a ValueError with one line to print.
"""

from __future__ import annotations

import os

import numpy as np

from engine.data import classic, features, regression, table
from engine.data.dataset import Dataset
from engine.data.rebuild import rebuild, same_file
from engine.nn import metrics

REGRESSION_DEFAULTS = {"points": 200, "noise": 0.0}
TEST_SEED_OFFSET = 1_000_003  # a generated test split: a fresh draw with seed + this


def add_train_flags(group) -> None:
    """The flags of `train` that choose a table or shape the inputs."""
    group.add_argument("--data", metavar="FILE", help="a CSV/TSV table to learn from")
    group.add_argument("--target", metavar="COLUMN", help="--data: the column to predict (last)")
    group.add_argument(
        "--features", metavar="A,B,...", help="--data: the input columns (every other one)"
    )
    group.add_argument(
        "--task",
        choices=list(table.TASKS),
        help="--data: (automatic: text or few values = classes)",
    )
    group.add_argument(
        "--input-features",
        metavar="F,...",
        help=f"2D data: inputs made from each point ({', '.join(features.FEATURES)})",
    )


def wants(args) -> bool:
    """Whether this module builds the training data (a table, classic set, regression or
    extra input features), rather than cli.py's MNIST / 2D path."""
    return bool(
        getattr(args, "data", None)
        or args.dataset in classic.TABLES
        or args.dataset in regression.GENERATORS
    )


def _columns(text: str | None) -> list[str] | None:
    if text is None:
        return None
    names = [c.strip() for c in text.split(",") if c.strip()]
    if not names:
        raise ValueError("--features takes column names separated by commas")
    return names


def check_flags(args) -> None:
    """Refuse table flags without --data, and --data together with --dataset."""
    if getattr(args, "data", None) and args.dataset is not None:
        raise ValueError("give either --dataset NAME or --data FILE, not both")
    if not getattr(args, "data", None):
        for flag in ("target", "features", "task"):
            if getattr(args, flag, None) is not None:
                raise ValueError(f"--{flag} chooses columns of a table: give --data FILE too")


def train_dataset(args, val_fraction: float | None, seed: int) -> Dataset:
    """The training data the flags ask for (see `wants`)."""
    check_flags(args)
    share = 0.25 if val_fraction is None else val_fraction
    if args.data:
        return table.load_table(
            args.data,
            target=args.target,
            features=_columns(args.features),
            task=args.task,
            val_fraction=0.2 if val_fraction is None else val_fraction,
            seed=seed,
        )
    if args.dataset in classic.TABLES:
        for flag in ("points", "noise", "classes"):
            if getattr(args, flag, None) is not None:
                raise ValueError(f"--{flag} does not apply to the table {args.dataset}")
        return classic.load(args.dataset, val_fraction=share, seed=seed)
    if args.classes is not None:
        raise ValueError(f"--classes does not apply to {args.dataset} (a regression)")
    n = args.points if args.points is not None else REGRESSION_DEFAULTS["points"]
    noise = args.noise if args.noise is not None else REGRESSION_DEFAULTS["noise"]
    return regression.make(args.dataset, n=n, noise=noise, seed=seed, val_fraction=share)


def with_input_features(dataset: Dataset, text: str | None) -> Dataset:
    """`dataset` with --input-features applied (2D points only)."""
    if not text:
        return dataset
    names = [n.strip() for n in text.split(",") if n.strip()]
    return features.with_features(dataset, names)


def default_head(dataset: Dataset) -> tuple[str | None, str | None]:
    """(output activation, loss) when the flags do not say: linear + mse for regression."""
    return ("linear", "mse") if dataset.is_regression else (None, None)


def split(model, name: str, which: str, table_path: str | None) -> Dataset:
    """The dataset of a saved model, made again as its file records (for `evaluate` and
    `--resume`); for which == "test", a fresh draw of generated data (all of it held out).

    The returned Dataset's x_val/y_val are the split asked for."""
    params = dict(model.dataset_params) if name == model.dataset_name else {}
    pre = (model.dataset_info or {}).get("preprocessing")
    if pre is not None and name == model.dataset_name:
        params["preprocessing"] = pre
    where = os.path.basename(model.path)
    if params.get("source") is not None and not params.get("builtin") and table_path is None:
        file = params["source"].get("name", "its table")
        raise ValueError(f"{where} was trained on the table {file}: give the file with --data")
    if which == "test":
        if params.get("source") is not None:
            raise ValueError(
                f"{name} is a table: it has no separate test split (use --split val, or "
                "--data with a file of new rows)"
            )
        params["seed"] = int(params.get("seed", 0)) + TEST_SEED_OFFSET
        params["val_fraction"] = 0.0
    d = rebuild(name, params, table_path=table_path, where=where)
    if which in ("test", "train"):  # the whole fresh draw, or the training rows
        d.x_val, d.y_val = d.x_train, d.y_train
    return d


def file_note(model, table_path: str | None) -> bool | None:
    """True/False: whether --data is the very file the model was trained on; None: no table."""
    if table_path is None or not model.dataset_params.get("source"):
        return None
    return same_file(model.dataset_params, table_path)


def regression_metrics(network, X: np.ndarray, Y: np.ndarray) -> dict:
    """{"loss", "rmse", "mae", "r2"} of the network on (X, Y)."""
    return metrics.evaluate_regression(network, np.asarray(X, network.dtype), Y)


def is_table_file(path: str, model) -> bool:
    """Whether `predict` should read `path` as a table with the model's columns."""
    pre = (model.dataset_info or {}).get("preprocessing") or {}
    ext = os.path.splitext(path)[1].lower()
    return ext in (".csv", ".tsv", ".txt") and bool(pre.get("columns"))


def table_rows(path: str, model) -> np.ndarray:
    """Feature rows from a table with the model's columns (by header name), prepared with
    the model's standardisation."""
    pre = model.dataset_info["preprocessing"]
    t = table.read_table(path)
    return table.prepare_rows(t, pre)
