"""Make a dataset again from what a model file says about it (`Dataset.params`).

    d = rebuild("sine", {"n": 200, "noise": 0.0, "seed": 0, "val_fraction": 0.25})
    d = rebuild("flowers", params, table_path="flowers.csv")   # an imported table

Generated data (the 2D sets, the regression functions) comes back from its seed; a
classic table from the package; an imported table from its file, split with the stored
seed and share and standardised with the *stored* mean and spread (so a model sees its
inputs prepared exactly as in training, even on a new file with the same columns); extra
input features are made again. `same_file(params, path)` tells whether a file is the one
the model was trained on (size and SHA-256). Every problem is a ValueError in one line.
"""

from __future__ import annotations

import hashlib
import os

import numpy as np

from engine.data import classic, features, regression, table, toy2d
from engine.data.dataset import Dataset

WHOLE = ("n", "seed", "classes")


def _number(params: dict, key: str, where: str):
    v = params[key]
    if isinstance(v, bool) or not isinstance(v, int | float):
        raise ValueError(f"{where}: the dataset setting {key} = {v!r} is not a number")
    if key in WHOLE:
        if int(v) != v:
            raise ValueError(f"{where}: the dataset setting {key} = {v!r} is not whole")
        return int(v)
    return float(v)


def _settings(params: dict, keys: tuple[str, ...], where: str) -> dict:
    return {k: _number(params, k, where) for k in keys if params.get(k) is not None}


def same_file(params: dict, path: str) -> bool:
    """Whether the file at `path` has the size and SHA-256 the params record."""
    source = params.get("source") or {}
    try:
        if os.path.getsize(path) != source.get("size"):
            return False
        digest = hashlib.sha256()
        with open(path, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return False
    return digest.hexdigest() == source.get("sha256")


def table_dataset(name: str, params: dict, path: str) -> Dataset:
    """An imported table made again from `path` with the stored choices and statistics."""
    where = os.path.basename(path)
    target, columns = params.get("target"), params.get("features")
    pre = params.get("preprocessing") or {}
    if not isinstance(target, str) or not isinstance(columns, list):
        raise ValueError(f"{where}: the model does not record its target and feature columns")
    t = table.read_table(path)
    d = table.to_dataset(
        t,
        target=target,
        features=columns,
        task=params.get("task"),
        val_fraction=_number(params, "val_fraction", where),
        seed=_number(params, "seed", where),
        standardise=False,
        name=name,
    )
    if "mean" in pre:
        mean = np.asarray(pre["mean"], np.float64)
        std = np.asarray(pre["std"], np.float64)
        if mean.shape != (d.n_inputs,) or std.shape != mean.shape or np.any(std <= 0):
            raise ValueError(f"{where}: the model's standardisation does not fit its columns")
        d.x_train = ((d.x_train - mean) / std).astype(np.float32)
        d.x_val = ((d.x_val - mean) / std).astype(np.float32)
        d.params["preprocessing"] = dict(pre)
    return d


def rebuild(name: str, params: dict, table_path: str | None = None, where: str = "") -> Dataset:
    """Dataset `name` made again from its recorded `params` (see the module docstring)."""
    where = where or name
    if not isinstance(params, dict):
        raise ValueError(f"{where}: the dataset settings are not a table")
    if params.get("source") is not None and not params.get("builtin"):
        if table_path is None:
            file = (params.get("source") or {}).get("name", "the table")
            raise ValueError(f"{where} was trained on the table {file}: give its file (--data)")
        d = table_dataset(name, params, table_path)
    elif name in toy2d.GENERATORS:
        keys = ("n", "noise", "seed", "val_fraction", "classes")
        d = toy2d.make(name, **_settings(params, keys, where))
    elif name in regression.GENERATORS:
        d = regression.make(
            name, **_settings(params, ("n", "noise", "seed", "val_fraction"), where)
        )
    elif name in classic.TABLES:
        d = classic.load(name, **_settings(params, ("val_fraction", "seed"), where))
    else:
        raise ValueError(f"{where}: unknown dataset {name!r}")
    chosen = params.get("input_features")
    if chosen:
        if not isinstance(chosen, list) or not all(isinstance(c, str) for c in chosen):
            raise ValueError(f"{where}: the input features are not a list of names")
        d = features.with_features(d, chosen)
    return d
