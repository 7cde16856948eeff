"""Export a run as one readable, standalone PyTorch script that trains it again.

    files = export_pytorch(run_of(model_file, initial=True), "moons.py")
    # -> ["moons.py"] (small networks: weights written into the script)
    #    or ["mnist.py", "mnist.npz"] (the weights W1, b1, ... beside it)

The script rebuilds the network (sizes, activation per layer, loss), loads the exported
weights, regenerates the data (MNIST from its IDX files; a 2D dataset from its seed, with
the generator's own source copied in), and trains with the app's settings: optimizer and
hyperparameters, schedule, L1/L2, dropout, batch size, epochs and seed. Everything where
PyTorch's defaults differ from the app's is written out by hand:

    the layout     nn.Linear stores W transposed (weight is Wᵀ, (out, in)); z = a·W + b
    the losses     mean over the batch; softmax and sigmoid fused with cross-entropy,
                   δ = (a − y)/n; mse is ½·Σ(a − y)² per sample
    L1 / L2        added to ∂L/∂W of the weights only (not weight decay, not the biases);
                   the loss shown stays the data loss
    optimizers     the app's update rules and epsilons (torch.optim's Adam, RMSprop and
                   Adadelta put ε elsewhere or use other defaults)
    batch order    NumPy's default_rng(seed).permutation(n) each epoch, and dropout masks
                   drawn from the same generator in the same order as the app

Exported with the run's initial weights (`initial=True`, kept in model files from format
version 2), the script replays the app's run: its loss curve matches the app's to float
rounding (tests/engine/test_pytorch_export.py).
"""

from __future__ import annotations

import datetime as _dt
import inspect
import io
import json
import os
import textwrap
from dataclasses import dataclass, field

import numpy as np

import engine
from engine.data import classic, regression, toy2d
from engine.files.atomic import write_bytes
from engine.nn.network import Network
from engine.train.trainer import TrainConfig

EMBED_MAX_PARAMS = 1_000  # up to this many parameters, the weights go into the script itself
DELIMITERS = {"comma": ",", "semicolon": ";", "tab": "\t"}


@dataclass
class Run:
    """What an export needs: the network, its weights, how it was trained and on what.

    weights: [W1, b1, W2, b2, ...] in the app's layout (W: (inputs, outputs));
    weights_note: which weights these are, for the script's docstring.
    """

    network: Network
    config: TrainConfig
    dataset_name: str | None
    dataset_params: dict = field(default_factory=dict)
    weights: list[np.ndarray] | None = None
    weights_note: str = "the weights at export"
    dataset_info: dict = field(default_factory=dict)  # class_names, preprocessing (tables)


def run_of(model, initial: bool = False) -> Run:
    """A Run from a loaded ModelFile; `initial`: its initial weights (ValueError if absent)."""
    weights, note = list(model.network.params), "the weights at export"
    if model.epochs_trained:
        note += f" (after {model.epochs_trained} epochs)"
    if initial:
        if model.initial_weights is None:
            raise ValueError(
                f"{os.path.basename(model.path) or 'the model'} does not hold the weights its "
                "run started from (saved by an older version, or without its trainer); export "
                "the current weights instead"
            )
        weights, note = model.initial_weights, "the run's initial weights"
    return Run(
        model.network,
        model.config,
        model.dataset_name,
        dict(model.dataset_params),
        weights,
        note,
        dict(model.dataset_info),
    )


def run_of_workspace(
    network: Network,
    config: TrainConfig,
    dataset,
    initial_weights: list[np.ndarray] | None = None,
    epochs_done: int = 0,
) -> Run:
    """A Run from what the app has open: its network, settings and Dataset, starting from
    `initial_weights` (the run's start) if given, else from the current weights."""
    weights, note = list(network.params), "the weights at export"
    if epochs_done:
        note += f" (after {epochs_done} epochs)"
    if initial_weights is not None:
        weights, note = initial_weights, "the run's initial weights"
    info = {
        "class_names": dataset.class_names,
        "preprocessing": dataset.params.get("preprocessing"),
    }
    return Run(network, config, dataset.name, dict(dataset.params), weights, note, info)


def dataset_kind(run: Run) -> str | None:
    """How the script gets the data: "mnist", "toy" (2D), "regression", "table", or None."""
    name, p, n_in = run.dataset_name, run.dataset_params, run.network.sizes[0]
    if name == "mnist" and n_in == 784:
        return "mnist"
    if "dialect" in p and "target" in p and "features" in p:
        return "table"
    if name in toy2d.GENERATORS and n_in == 2:
        return "toy"
    if name in regression.GENERATORS:
        return "regression" if n_in == (1 if name in regression.FUNCTIONS_1D else 2) else None
    return None


def export_pytorch(run: Run, path: str, embed: bool | None = None) -> list[str]:
    """Write the script to `path` (and its weights to the .npz beside it unless embedded).

    embed: weights inside the script; by default when the network has at most
    EMBED_MAX_PARAMS parameters. A classic table (iris, ...) is copied beside it as a .csv.
    Returns the paths written. Raises ValueError naming what cannot be exported (a dataset
    the script cannot rebuild, a step activation).
    """
    net = run.network
    weights = [np.asarray(a, net.dtype) for a in (run.weights or net.params)]
    if [a.shape for a in weights] != [p.shape for p in net.params]:
        raise ValueError("the weights do not fit the network's layers")
    if embed is None:
        embed = net.n_params <= EMBED_MAX_PARAMS
    npz_path = os.path.splitext(path)[0] + ".npz"
    text = script_text(run, weights, None if embed else os.path.basename(npz_path), path)
    written = []
    if dataset_kind(run) == "table" and _builtin_table(run):
        csv_path = os.path.splitext(path)[0] + ".csv"
        with open(classic.path(run.dataset_name), "rb") as f:
            write_bytes(csv_path, f.read())
        written.append(csv_path)
    if not embed:
        buffer = io.BytesIO()
        names = [f"{k}{l}" for l in range(1, len(net.sizes)) for k in ("W", "b")]
        np.savez(buffer, **dict(zip(names, weights, strict=True)))
        write_bytes(npz_path, buffer.getvalue())
        written.append(npz_path)
    write_bytes(path, text.encode("utf-8"))
    return [path, *written]


# -- the script, block by block ---------------------------------------------------------------


def script_text(run: Run, weights: list[np.ndarray], weights_file: str | None, path: str) -> str:
    """The whole script as text (weights_file None: the weights are embedded)."""
    net, c = run.network, run.config
    if "step" in net.activations:
        raise ValueError(
            "a network with step units cannot be trained by backpropagation, here or in PyTorch"
        )
    kind = dataset_kind(run)
    if kind is None:
        raise ValueError(
            "the exported script rebuilds MNIST, the 2D and regression datasets and tables "
            f"read from CSV; this model was trained on {run.dataset_name or 'unnamed data'!r}"
            + (" with made input features" if run.dataset_name in toy2d.GENERATORS else "")
        )
    data = {"mnist": _data_mnist, "toy": _data_toy, "regression": _data_regression}
    blocks = [
        _header(run, weights_file, os.path.basename(path)),
        _settings(run, weights_file, path),
        _data_table(run) if kind == "table" else data[kind](run),
        _targets(net, _is_regression(run)),
        _network(net),
        _loss(net),
        _penalty(c),
        _optimizer(c),
        _schedule(c),
        _dropout(c),
        _weights(net, weights, weights_file),
        TRAIN,
        MAIN,
    ]
    text = "\n\n\n".join(b.strip("\n") for b in blocks if b) + "\n"
    if "os." not in text:  # only the .npz and the data files need paths
        text = text.replace("import os\n", "", 1)
    return text


def _is_regression(run: Run) -> bool:
    kind = dataset_kind(run)
    return kind == "regression" or (kind == "table" and run.dataset_params["task"] == "regression")


def _builtin_table(run: Run) -> bool:
    return bool(run.dataset_params.get("builtin")) and run.dataset_name in classic.TABLES


def _fill(template: str, **values: str) -> str:
    """`template` with each @@NAME@@ replaced by values[NAME]."""
    for key, value in values.items():
        template = template.replace(f"@@{key}@@", value)
    assert "@@" not in template, template[template.index("@@") : template.index("@@") + 30]
    return template


def _hyper(c: TrainConfig) -> dict[str, float]:
    from engine.train import optimizers

    return dict(optimizers.make(c.optimizer, c.lr, **c.optimizer_params).hyper)


def _training_note(c: TrainConfig) -> str:
    hyper = ", ".join(f"{k} {v:g}" for k, v in _hyper(c).items())
    parts = [f"{c.optimizer} (η = {c.lr:g}{', ' + hyper if hyper else ''})"]
    if c.schedule != "constant":
        parts.append(f"{c.schedule} schedule")
    parts.append(f"batch {c.batch_size}, {c.epochs} epochs, seed {c.seed}")
    if c.l1 or c.l2:
        parts.append(f"L1 {c.l1:g}, L2 {c.l2:g}")
    if c.dropout:
        parts.append(f"dropout {c.dropout:g}")
    return "; ".join(parts)


HEADER = '''
#!/usr/bin/env python3
"""@@TITLE@@: a network trained in Backprop Studio, as a PyTorch script.

Exported from Backprop Studio @@VERSION@@ on @@DATE@@. It rebuilds the network, loads
@@WEIGHTS_NOTE@@, and trains and evaluates it with the app's settings:

    network   @@DESCRIBE@@
    data      @@DATA_NOTE@@
    training  @@TRAIN_NOTE@@

The maths is the app's, written out by hand where PyTorch's defaults differ (the layout of
W, the losses, L1/L2, the optimizer's update rule, the batch order), so that started from
the run's initial weights this script reproduces the app's loss curve, batch by batch.
@@AUGMENT_NOTE@@
Needs NumPy and PyTorch. Weights: @@WEIGHTS_WHERE@@.

    python @@SCRIPT@@                 # train @@EPOCHS@@ epochs, one line per epoch
    python @@SCRIPT@@ --epochs 3 --json
    python @@SCRIPT@@ --evaluate      # only evaluate the loaded weights on the validation set
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys

import numpy as np
import torch
'''


def _data_note(run: Run) -> str:
    kind = dataset_kind(run)
    if kind == "mnist":
        return "MNIST from its IDX files (the first 50,000 training images train, 10,000 validate)"
    if kind == "table":
        p = run.dataset_params
        return (
            f"the table {p['source'].get('name', run.dataset_name)}: {p['task']} of "
            f"{p['target']!r} from {len(p['features'])} columns, {p['val_fraction']:g} held out"
        )
    if kind == "regression":
        p = _made_params(run, regression.make)
        return (
            f"{run.dataset_name} ({regression.FORMULAS[run.dataset_name]}), {p['n']} points, "
            f"noise {p['noise']:g}, seed {p['seed']}, {p['val_fraction']:g} held out to validate"
        )
    p = _toy_params(run)
    return (
        f"{run.dataset_name}, {p['n']} points, noise {p['noise']:g}, {p['classes']} classes, "
        f"seed {p['seed']}, {p['val_fraction']:g} held out to validate"
    )


def _note(text: str) -> str:
    """A line of the docstring's summary, wrapped under its label (14 columns in)."""
    return "\n".join(textwrap.wrap(text, 84, subsequent_indent=" " * 14))


def _header(run: Run, weights_file: str | None, script: str) -> str:
    title = os.path.splitext(script)[0]
    augment = ""
    if run.config.augment:
        augment = (
            "\nThe app distorted the training images (augmentation); this script trains on the\n"
            "images as they are, so from the first epoch on its curve differs from the app's.\n"
        )
    return _fill(
        HEADER,
        TITLE=title,
        VERSION=engine.__version__,
        DATE=_dt.date.today().isoformat(),
        WEIGHTS_NOTE=run.weights_note,
        DESCRIBE=run.network.describe() + f", {run.network.dtype.name}",
        DATA_NOTE=_note(_data_note(run)),
        TRAIN_NOTE=_note(_training_note(run.config)),
        AUGMENT_NOTE=augment,
        WEIGHTS_WHERE=f"{weights_file}, beside this script" if weights_file else "written below",
        SCRIPT=script,
        EPOCHS=str(run.config.epochs),
    )


SETTINGS = """
# -- the settings the app trained with (its Network and Training settings panels) ----------


SIZES = @@SIZES@@  # units per layer, the inputs first
ACTIVATIONS = @@ACTIVATIONS@@  # g of each layer after the input
LOSS = @@LOSS@@
DTYPE, NP_DTYPE = torch.@@DTYPE@@, np.@@DTYPE@@  # the app's network computes in @@DTYPE@@
OPTIMIZER = @@OPTIMIZER@@
LR = @@LR@@  # η₀, the base learning rate (the schedule scales it)
HYPER = @@HYPER@@
SCHEDULE = @@SCHEDULE@@
SCHEDULE_PARAMS = @@SCHEDULE_PARAMS@@
BATCH_SIZE = @@BATCH_SIZE@@
EPOCHS = @@EPOCHS@@
L1, L2 = @@L1@@, @@L2@@  # penalties l1·Σ|W| and ½·l2·Σ W² on the weights (not the biases)
DROPOUT = @@DROPOUT@@  # probability that a hidden unit is dropped in a training pass
SEED = @@SEED@@  # seeds the generator that shuffles the samples (and draws dropout masks)
DATASET = @@DATASET@@
WEIGHTS_FILE = @@WEIGHTS_FILE@@
"""


def _settings(run: Run, weights_file: str | None, path: str) -> str:
    net, c = run.network, run.config
    schedule_params = {}
    if c.schedule != "constant":  # the app's defaults, then what the run set (period: epochs)
        defaults = {
            "step": {"drop": 0.5, "every": 10},
            "exponential": {"gamma": 0.95},
            "cosine": {"period": c.epochs, "lr_min": 0.0},
        }[c.schedule]
        schedule_params = {**defaults, **c.schedule_params}
        schedule_params = {k: v for k, v in schedule_params.items() if k in defaults}
    dataset = {"name": run.dataset_name}
    kind = dataset_kind(run)
    if kind == "mnist":
        source = run.dataset_params.get("source")
        dataset["data_dir"] = source if isinstance(source, str) else None
    elif kind == "table":
        dataset.update(_table_settings(run, path))
    elif kind == "regression":
        dataset.update(_made_params(run, regression.make))
    else:
        dataset.update(_toy_params(run))
    return _fill(
        SETTINGS,
        SIZES=_py(list(net.sizes)),
        ACTIVATIONS=_py(list(net.activations)),
        LOSS=_py(net.loss),
        DTYPE=net.dtype.name,
        OPTIMIZER=_py(c.optimizer),
        LR=_py(float(c.lr)),
        HYPER=_py({k: float(v) for k, v in _hyper(c).items()}),
        SCHEDULE=_py(c.schedule),
        SCHEDULE_PARAMS=_py({k: float(v) for k, v in schedule_params.items()}),
        BATCH_SIZE=str(int(c.batch_size)),
        EPOCHS=str(int(c.epochs)),
        L1=_py(float(c.l1)),
        L2=_py(float(c.l2)),
        DROPOUT=_py(float(c.dropout)),
        SEED=str(int(c.seed)),
        DATASET=_py(dataset),
        WEIGHTS_FILE=_py(weights_file),
    )


def _py(x, indent: int = 0) -> str:
    """x as Python source, strings in double quotes, a dict or list too long for one line
    spread over several (as a formatter would write them)."""
    if isinstance(x, str):
        return json.dumps(x, ensure_ascii=False)
    if isinstance(x, dict):
        inline = "{" + ", ".join(f"{_py(k)}: {_py(v)}" for k, v in x.items()) + "}"
        if len(inline) + indent <= 80:
            return inline
        pad = " " * (indent + 4)
        items = "".join(f"{pad}{_py(k)}: {_py(v, indent + 4)},\n" for k, v in x.items())
        return "{\n" + items + " " * indent + "}"
    if isinstance(x, list):
        inline = "[" + ", ".join(_py(v) for v in x) + "]"
        if len(inline) + indent <= 80:
            return inline
        return "[\n" + _wrapped([_py(v) for v in x], indent + 4) + "\n" + " " * indent + "]"
    return repr(x)


def _wrapped(items: list[str], indent: int, width: int = 96) -> str:
    """items, each followed by a comma, in lines of at most `width` characters."""
    lines, line = [], ""
    for item in items:
        if line and indent + len(line) + len(item) + 2 > width:
            lines.append(line.rstrip())
            line = ""
        line += item + ", "
    lines.append(line.rstrip())
    return "\n".join(" " * indent + ln for ln in lines)


def _made_params(run: Run, make) -> dict:
    """The generated dataset's parameters (n, noise, seed, ...) with `make`'s defaults."""
    signature = inspect.signature(make).parameters
    p = {k: v.default for k, v in signature.items() if k != "name"}
    p.update({k: v for k, v in run.dataset_params.items() if k in p})
    return p


def _toy_params(run: Run) -> dict:
    """The 2D dataset's parameters with toy2d.make's defaults filled in."""
    p = _made_params(run, toy2d.make)
    if p["classes"] is None:
        p["classes"] = toy2d.DEFAULT_CLASSES[run.dataset_name]
    return p


def _table_settings(run: Run, path: str) -> dict:
    """What the script needs to read the table's CSV file as the app did."""
    p = run.dataset_params
    pre = run.dataset_info.get("preprocessing") or p.get("preprocessing") or {}
    source = p.get("source") if isinstance(p.get("source"), dict) else {}
    builtin = _builtin_table(run)
    return {
        "file": os.path.splitext(os.path.basename(path))[0] + ".csv"
        if builtin
        else source.get("name", run.dataset_name + ".csv"),
        "sha256": source.get("sha256"),
        "delimiter": DELIMITERS[p["dialect"]["delimiter"]],
        "decimal": p["dialect"]["decimal"],
        "header": bool(p["dialect"]["header"]),
        "columns": list(p["columns"]),
        "target": p["target"],
        "features": list(p["features"]),
        "task": p["task"],
        "val_fraction": p["val_fraction"],
        "seed": p["seed"],
        "standardise": "mean" in pre,
        "class_names": run.dataset_info.get("class_names"),
    }


DATA_TOY = '''
# -- the data: the app's 2D dataset, made again from its seed (engine/data/toy2d.py) --------


@@CONSTANTS@@@@GENERATOR@@


def load_data(data_dir=None):
    """x_train, y_train, x_val, y_val exactly as the app made them: points and labels from
    the generator, shuffled once by the same seeded generator, the last share held out."""
    p = DATASET
    rng = np.random.default_rng(p["seed"])
    X, y = @@NAME@@(p["n"], p["noise"], rng, p["classes"])
    order = rng.permutation(p["n"])
    X, y = X[order].astype(np.float32), y[order]
    n_val = int(round(p["n"] * p["val_fraction"]))
    n_train = p["n"] - n_val
    return X[:n_train], y[:n_train], X[n_train:], y[n_train:]
'''


def _data_toy(run: Run) -> str:
    name = run.dataset_name
    source = inspect.getsource(toy2d.GENERATORS[name])
    constants = ""
    if "SPIRAL_TURNS" in source:
        constants = f"SPIRAL_TURNS = {toy2d.SPIRAL_TURNS!r}\n\n\n"
    return _fill(DATA_TOY, CONSTANTS=constants, GENERATOR=source.strip("\n"), NAME=name)


DATA_REGRESSION = '''
# -- the data: the app's regression dataset, made again from its seed (engine/data/regression.py)


@@CONSTANTS@@@@FUNCTION@@


def load_data(data=None):
    """x_train, y_train, x_val, y_val exactly as the app made them: inputs uniform in
    [-1, 1], targets @@FORMULA@@ (plus noise), the last share held out."""
    p = DATASET
    rng = np.random.default_rng(p["seed"])
    X = rng.uniform(-1, 1, (p["n"], @@DIM@@))
    y = @@TARGET@@
    if p["noise"]:
        y = y + rng.normal(0, p["noise"], p["n"])
    n_val = int(round(p["n"] * p["val_fraction"]))
    n_train = p["n"] - n_val
    X, y = X.astype(np.float32), y.astype(np.float32).reshape(-1, 1)
    return X[:n_train], y[:n_train], X[n_train:], y[n_train:]
'''


def _data_regression(run: Run) -> str:
    name = run.dataset_name
    fn = regression.GENERATORS[name]
    source = inspect.getsource(fn).strip("\n")
    constants = ""
    for const in ("BUMPS", "BUMP_WIDTH", "HILLS", "HILL_WIDTH"):
        if const in source:
            constants += f"{const} = {getattr(regression, const)!r}\n"
    one_d = name in regression.FUNCTIONS_1D
    return _fill(
        DATA_REGRESSION,
        CONSTANTS=constants + ("\n\n" if constants else ""),
        FUNCTION=source,
        FORMULA=regression.FORMULAS[name],
        DIM="1" if one_d else "2",
        TARGET=f"{fn.__name__}(X[:, 0])" if one_d else f"{fn.__name__}(X)",
    )


DATA_TABLE = '''
# -- the data: the table from its CSV file, read and prepared as the app did (engine/data/table.py)

NUMBER = r"^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?$"  # what the app counts as a number


def read_rows(path):
    """The rows of the CSV file as lists of text cells, read as the app read them."""
    import csv
    import hashlib
    import io

    with open(path, "rb") as f:
        raw = f.read()
    if DATASET["sha256"] and hashlib.sha256(raw).hexdigest() != DATASET["sha256"]:
        print(f"note: {path} is not the file the app trained on", file=sys.stderr)
    try:
        text = raw.decode("utf-8-sig")  # drops a byte-order mark
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=DATASET["delimiter"], skipinitialspace=True
    )
    rows = [[c.strip() for c in cells] for cells in reader if any(c.strip() for c in cells)]
    return rows[1:] if DATASET["header"] else rows


def number(cell):
    return float(cell.replace(",", ".") if DATASET["decimal"] == "," else cell)


def class_labels(cells):
    """Labels 0, 1, ... of the target's values: the classes sorted (whole numbers by value)."""
    import re

    comma = DATASET["decimal"] == ","
    if all(re.match(NUMBER, c.replace(",", ".") if comma else c) for c in cells):
        keys = [f"{number(c):g}" for c in cells]  # "1", "1.0" and "01" are one class
        names = [f"{v:g}" for v in sorted({number(c) for c in cells})]
    else:
        keys, names = cells, sorted(set(cells))
    if DATASET["class_names"] and names != DATASET["class_names"]:
        print(f"note: the classes are {names}, the app had {DATASET['class_names']}")
    index = {name: k for k, name in enumerate(names)}
    return np.array([index[k] for k in keys], np.int64)


def load_data(path=None):
    """x_train, y_train, x_val, y_val as the app made them: the feature columns as numbers,
    the rows split by a permutation from the seed, then (if the app did) each feature
    standardised, z = (x − mean) / std, with the training rows' mean and std."""
    p = DATASET
    path = path or os.path.join(os.path.dirname(os.path.abspath(__file__)), p["file"])
    if not os.path.isfile(path):
        sys.exit(f"{path} not found: give the table's CSV file with --data")
    rows = read_rows(path)
    where = [p["columns"].index(c) for c in p["features"]]
    X = np.array([[number(row[j]) for j in where] for row in rows], np.float64)
    target = [row[p["columns"].index(p["target"])] for row in rows]
    if p["task"] == "classification":
        y = class_labels(target)
    else:
        y = np.array([number(c) for c in target], np.float64).reshape(-1, 1)
    n = len(rows)
    n_val = int(round(n * p["val_fraction"]))
    order = np.random.default_rng(p["seed"]).permutation(n)
    train, val = order[: n - n_val], order[n - n_val :]
    if p["standardise"]:
        mean, std = X[train].mean(axis=0), X[train].std(axis=0)
        std[std == 0] = 1.0  # a constant column stays 0
        X = (X - mean) / std
    X = X.astype(np.float32)
    if p["task"] == "regression":
        y = y.astype(np.float32)
    return X[train], y[train], X[val], y[val]
'''


def _data_table(run: Run) -> str:
    return DATA_TABLE


DATA_MNIST = '''
# -- the data: MNIST from the standard IDX files, split as the app splits it -----------------


IDX_TYPES = {0x08: np.uint8}  # MNIST's images and labels are unsigned bytes


def read_idx(path):
    """The array in an IDX file (gzip-compressed or not): magic 0 0 type ndim, then ndim
    big-endian uint32 sizes, then the values."""
    import gzip

    with open(path, "rb") as f:
        raw = f.read()
    if raw[:2] == b"\\x1f\\x8b":
        raw = gzip.decompress(raw)
    if raw[:2] != b"\\0\\0" or raw[2] not in IDX_TYPES:
        sys.exit(f"{path}: not an IDX file of unsigned bytes")
    ndim = raw[3]
    shape = tuple(int.from_bytes(raw[4 + 4 * i : 8 + 4 * i], "big") for i in range(ndim))
    values = np.frombuffer(raw, IDX_TYPES[raw[2]], offset=4 + 4 * ndim)
    return values.reshape(shape)


def find(folder, name):
    """The file `name` in `folder`, under any of the names people give MNIST's files."""
    dotted = name.replace("-idx", ".idx")
    for candidate in (name + ".gz", name, dotted + ".gz", dotted):
        for entry in os.listdir(folder):
            if entry.lower() == candidate:
                return os.path.join(folder, entry)
    sys.exit(f"{folder} has no {name}: give the folder with MNIST's files with --data-dir")


def load_data(data_dir=None):
    """x_train (n, 784) float32 in [0, 1], y_train, x_val, y_val: the training files' first
    images train and the last sixth (10,000 of 60,000) validates, as in the app."""
    folder = data_dir or DATASET["data_dir"]
    if not folder or not os.path.isdir(folder):
        sys.exit(f"MNIST folder {folder!r} not found: give it with --data-dir")
    images = read_idx(find(folder, "train-images-idx3-ubyte"))
    labels = read_idx(find(folder, "train-labels-idx1-ubyte")).astype(np.int64)
    x = images.reshape(len(images), -1) / np.float32(255)  # pixels 0..255 -> [0, 1], row by row
    n_val = max(1, round(len(labels) / 6)) if len(labels) > 1 else 0
    n_train = len(labels) - n_val
    return x[:n_train], labels[:n_train], x[n_train:], labels[n_train:]
'''


def _data_mnist(run: Run) -> str:
    return DATA_MNIST


ACCURACY = '''

METRIC = "accuracy"


def answers(labels):
    return torch.from_numpy(np.asarray(labels, np.int64))


def tally(a, labels):
    """How many of a batch's predicted classes are right."""
    return int((classes(a) == labels).sum())


def metric(total, n):
    return total / n
'''

TARGETS_ONE = (
    '''
def targets(labels):
    """Class labels (n,) -> targets y (n, 1): one sigmoid unit learns the label itself, 0 or 1."""
    return torch.from_numpy(labels.astype(NP_DTYPE).reshape(-1, 1))


def classes(a):
    """Predicted classes from the outputs a (n, 1): 1 where a > 0.5."""
    return (a[:, 0] > 0.5).long()
'''
    + ACCURACY
)

TARGETS_ONE_HOT = (
    '''
def targets(labels):
    """Class labels (n,) -> one-hot targets y (n, units), e.g. 3 -> [0, 0, 0, 1, 0, ...]."""
    y = np.zeros((len(labels), SIZES[-1]), NP_DTYPE)
    y[np.arange(len(labels)), labels] = 1
    return torch.from_numpy(y)


def classes(a):
    """Predicted classes from the outputs a (n, units): the unit with the largest output."""
    return a.argmax(dim=1)
'''
    + ACCURACY
)

TARGETS_NUMBERS = '''
METRIC = "rmse"  # regression: the root mean squared error, in the targets' units


def targets(y):
    """Regression targets (n, k) are the numbers to predict, as they are."""
    return torch.from_numpy(np.ascontiguousarray(y, NP_DTYPE).reshape(len(y), -1))


def answers(y):
    return targets(y)


def tally(a, y):
    """Σ (a − y)² over a batch."""
    return float(((a - y) ** 2).sum())


def metric(total, n):
    """RMSE = √(Σ (a − y)² / (n·k))."""
    return math.sqrt(total / (n * SIZES[-1]))
'''


def _targets(net: Network, regression: bool) -> str:
    if regression:
        body = TARGETS_NUMBERS
    else:
        body = TARGETS_ONE if net.sizes[-1] == 1 else TARGETS_ONE_HOT
    title = "# -- targets: how the app encodes the labels for the output layer "
    return title + "-" * (94 - len(title)) + "\n\n" + body


ACTIVATION_CODE = {
    "sigmoid": (
        "def sigmoid(z):\n"
        '    """σ(z) = 1 / (1 + e^(−z)), computed as the app does: ½·(1 + tanh(z/2)), never '
        'overflows."""\n'
        "    return 0.5 * (1 + torch.tanh(0.5 * z))\n",
        '"sigmoid": sigmoid',
    ),
    "tanh": ("", '"tanh": torch.tanh'),
    "relu": ("", '"relu": torch.relu  # max(0, z); g\'(0) = 0 as in the app'),
    "leaky_relu": (
        "",
        '"leaky_relu": lambda z: torch.nn.functional.leaky_relu(z, @@SLOPE@@)'
        "  # max(@@SLOPE@@·z, z)",
    ),
    "linear": ("", '"linear": lambda z: z'),
    "softmax": ("", '"softmax": lambda z: torch.softmax(z, dim=1)  # e^(z_j) / Σ_k e^(z_k)'),
}

NETWORK = '''
# -- the network: for each layer z = a·W + b, then a = g(z) ----------------------------------


@@FUNCTIONS@@G = {
@@TABLE@@
}


class MLP(torch.nn.Module):
    """The app's network. PyTorch's Linear keeps the app's W transposed: layer.weight is
    Wᵀ, shaped (outputs, inputs), so layer(a) = a·weightᵀ + b = a·W + b."""

    def __init__(self):
        super().__init__()
        self.layers = torch.nn.ModuleList(
            torch.nn.Linear(n_in, n_out, dtype=DTYPE) for n_in, n_out in zip(SIZES, SIZES[1:])
        )

    def load_app_weights(self, arrays):
        """Copy the app's W1, b1, W2, ... (W: (inputs, outputs)) into the layers."""
        with torch.no_grad():
            for l, layer in enumerate(self.layers, start=1):
                layer.weight.copy_(torch.from_numpy(np.ascontiguousarray(arrays[f"W{l}"].T)))
                layer.bias.copy_(torch.from_numpy(arrays[f"b{l}"]))

    def params_in_app_order(self):
        """[W1, b1, W2, b2, ...] as the app lists them (each W as PyTorch stores it, Wᵀ)."""
        return [p for layer in self.layers for p in (layer.weight, layer.bias)]

    def forward(self, x, masks=None):
        """z and a of the output layer for a batch x (n, SIZES[0]).

        masks: dropout masks of the hidden layers (training only), applied to their a."""
        a = x
        for l, (layer, g) in enumerate(zip(self.layers, ACTIVATIONS)):
            z = layer(a)  # z = a·W + b: each unit's weighted sum of the layer below
            a = G[g](z)  # a = g(z): the activation the app draws in the unit
            if masks is not None and l < len(self.layers) - 1:
                a = a * masks[l]
        return z, a
'''


def _network(net: Network) -> str:
    from engine.nn.activations import LEAKY_SLOPE

    functions, table = "", []
    for name in dict.fromkeys(net.activations):
        code, entry = ACTIVATION_CODE[name]
        functions += code + ("\n\n" if code else "")
        entry, _, comment = entry.replace("@@SLOPE@@", repr(LEAKY_SLOPE)).partition("  # ")
        table.append(f"    {entry}," + (f"  # {comment}" if comment else ""))
    return _fill(NETWORK, FUNCTIONS=functions, TABLE="\n".join(table))


LOSS_HEAD = '''
# -- the loss: the mean over the batch, so δ = ∂L/∂z already carries the 1/n -----------------


def data_loss(z, a, y):
    """The app's @@LOSS@@ of the output layer's z and a against the targets y (n, units).

'''

LOSS_BODIES = {
    "mse": '''
    L = (1/n) Σ ½‖a − y‖² (the quadratic cost); δ = (a − y)/n ⊙ g'(z), by autograd."""
    return 0.5 * ((a - y) ** 2).sum() / z.shape[0]
''',
    "softmax": '''
    Softmax and cross-entropy fused: L = −(1/n) Σ Σ_j y_j·log a_j, taken from z with the
    log-sum-exp (never log 0), and δ = ∂L/∂z = (a − y)/n: the softmax Jacobian cancels."""
    return (torch.logsumexp(z, dim=1) - (y * z).sum(dim=1)).sum() / z.shape[0]
''',
    "sigmoid": '''
    Sigmoid and binary cross-entropy fused, per output unit:
    L = −(1/n) Σ [y·log a + (1 − y)·log(1 − a)], taken from z (never log 0), δ = (a − y)/n."""
    per_unit = torch.nn.functional.binary_cross_entropy_with_logits(z, y, reduction="none")
    return per_unit.sum() / z.shape[0]
''',
}


def _loss(net: Network) -> str:
    key = "mse" if net.loss == "mse" else net.activations[-1]
    head = _fill(LOSS_HEAD, LOSS=net.loss).rstrip("\n")
    return head + "\n\n" + LOSS_BODIES[key].strip("\n")


PENALTY = '''
# -- L1 and L2, as the app adds them: to ∂L/∂W of the weights, not to the loss shown ----------


def add_penalty_gradients(model):
    """∂/∂W of l1·Σ|W| + ½·l2·Σ W² is l1·sign(W) + l2·W; biases are not penalised (unlike
    weight decay in torch.optim, which also shrinks the biases)."""
    with torch.no_grad():
        for layer in model.layers:
            W = layer.weight
            if L2:
                W.grad += L2 * W
            if L1:
                W.grad += L1 * torch.sign(W)
'''

NO_PENALTY = '''
def add_penalty_gradients(model):
    """This run used no L1 or L2 penalty: ∂L/∂W is the data loss's gradient alone."""
'''


def _penalty(c: TrainConfig) -> str:
    return PENALTY if (c.l1 or c.l2) else NO_PENALTY


OPTIMIZER_HEAD = '''
# -- the optimizer: the app's update rule, by hand (not torch.optim's defaults) ---------------


class Optimizer:
    """@@NAME@@, as in the app (engine/train/optimizers.py):

        @@RULE@@

    One step turns every parameter's gradient g = ∂L/∂W into an update ΔW and adds it."""

    def __init__(self, params@@ARGS@@):
        self.params = params
        self.t = 0  # steps taken@@INIT@@

    @torch.no_grad()
    def step(self, lr):
        self.t += 1
@@STEP@@
'''

OPTIMIZER_PARTS = {
    "sgd": ("", "", "        for p in self.params:\n            p += p.grad * -lr  # ΔW = −η·g"),
    "momentum": (
        "momentum",
        "        self.momentum = momentum  # μ\n"
        "        self.velocity = [torch.zeros_like(p) for p in params]  # v",
        "        for p, v in zip(self.params, self.velocity):\n"
        "            v *= self.momentum\n"
        "            v -= p.grad * lr  # v ← μ·v − η·g\n"
        "            p += v  # W ← W + v",
    ),
    "nesterov": (
        "momentum",
        "        self.momentum = momentum  # μ\n"
        "        self.velocity = [torch.zeros_like(p) for p in params]  # v",
        "        mu = self.momentum\n"
        "        for p, v in zip(self.params, self.velocity):\n"
        "            v *= mu\n"
        "            v -= lr * p.grad  # v ← μ·v − η·g\n"
        "            p += v * mu - lr * p.grad  # W ← W + μ·v − η·g",
    ),
    "adagrad": (
        "epsilon",
        "        self.epsilon = epsilon  # ε, added to √G\n"
        "        self.sum_sq = [torch.zeros_like(p) for p in params]  # G = Σ g²",
        "        for p, G in zip(self.params, self.sum_sq):\n"
        "            G += p.grad * p.grad  # G ← G + g²\n"
        "            p += p.grad / (torch.sqrt(G) + self.epsilon) * -lr  # W ← W − η·g/(√G + ε)",
    ),
    "rmsprop": (
        "rho, epsilon",
        "        self.rho = rho  # ρ\n"
        "        self.epsilon = epsilon  # ε, added to √E (torch.optim.RMSprop: ρ = 0.99)\n"
        "        self.mean_sq = [torch.zeros_like(p) for p in params]  # E, running mean of g²",
        "        rho = self.rho\n"
        "        for p, E in zip(self.params, self.mean_sq):\n"
        "            E *= rho\n"
        "            E += (1 - rho) * (p.grad * p.grad)  # E ← ρ·E + (1−ρ)·g²\n"
        "            p += p.grad / (torch.sqrt(E) + self.epsilon) * -lr  # W ← W − η·g/(√E + ε)",
    ),
    "adadelta": (
        "rho, epsilon",
        "        self.rho, self.epsilon = rho, epsilon  # ρ, ε (inside both square roots)\n"
        "        self.mean_sq_grad = [torch.zeros_like(p) for p in params]  # E_g\n"
        "        self.mean_sq_delta = [torch.zeros_like(p) for p in params]  # E_Δ",
        "        rho, eps = self.rho, self.epsilon\n"
        "        for p, Eg, Ed in zip(self.params, self.mean_sq_grad, self.mean_sq_delta):\n"
        "            g = p.grad\n"
        "            Eg *= rho\n"
        "            Eg += (1 - rho) * (g * g)  # E_g ← ρ·E_g + (1−ρ)·g²\n"
        "            delta = -torch.sqrt(Ed + eps) / torch.sqrt(Eg + eps) * g  # Δ\n"
        "            Ed *= rho\n"
        "            Ed += (1 - rho) * (delta * delta)  # E_Δ ← ρ·E_Δ + (1−ρ)·Δ²\n"
        "            p += delta * lr  # W ← W + η·Δ",
    ),
    "adam": (
        "beta1, beta2, epsilon",
        "        self.beta1, self.beta2 = beta1, beta2  # β₁, β₂\n"
        "        self.epsilon = epsilon  # ε, added to √v̂ (after the bias correction)\n"
        "        self.m = [torch.zeros_like(p) for p in params]  # first moment\n"
        "        self.v = [torch.zeros_like(p) for p in params]  # second moment",
        "        b1, b2, eps = self.beta1, self.beta2, self.epsilon\n"
        "        m_hat_scale = 1 / (1 - b1**self.t)  # m̂ = m/(1 − β₁ᵗ)\n"
        "        v_hat_scale = 1 / (1 - b2**self.t)  # v̂ = v/(1 − β₂ᵗ)\n"
        "        for p, m, v in zip(self.params, self.m, self.v):\n"
        "            g = p.grad\n"
        "            m *= b1\n"
        "            m += (1 - b1) * g  # m ← β₁·m + (1−β₁)·g\n"
        "            v *= b2\n"
        "            v += (1 - b2) * (g * g)  # v ← β₂·v + (1−β₂)·g²\n"
        "            # W ← W − η·m̂/(√v̂ + ε)\n"
        "            p += m / (torch.sqrt(v * v_hat_scale) + eps) * (-lr * m_hat_scale)",
    ),
}


def _optimizer(c: TrainConfig) -> str:
    from engine.train import optimizers

    args, init, step = OPTIMIZER_PARTS[c.optimizer]
    rule = optimizers.OPTIMIZERS[c.optimizer].rule
    return _fill(
        OPTIMIZER_HEAD,
        NAME=c.optimizer,
        RULE=rule.replace(";  ", ";\n        "),
        ARGS=", " + args if args else "",
        INIT="\n" + init if init else "",
        STEP=step,
    )


SCHEDULES = {
    "constant": ("η(e) = η₀", "return LR"),
    "step": (
        "η(e) = η₀ · drop^⌊e / every⌋",
        "p = SCHEDULE_PARAMS\n"
        '    return LR * p["drop"] ** math.floor(epoch / max(p["every"], 1e-12))',
    ),
    "exponential": ("η(e) = η₀ · gamma^e", 'return LR * SCHEDULE_PARAMS["gamma"] ** epoch'),
    "cosine": (
        "η(e) = η_min + ½(η₀ − η_min)(1 + cos(π·e/period))",
        "p = SCHEDULE_PARAMS\n"
        '    progress = min(epoch / max(p["period"], 1e-12), 1.0)\n'
        '    return p["lr_min"] + 0.5 * (LR - p["lr_min"]) * (1 + math.cos(math.pi * progress))',
    ),
}

SCHEDULE = '''
# -- the learning-rate schedule (engine/train/schedules.py) -----------------------------------


def learning_rate(epoch):
    """η at a fractional epoch e = epoch + batches done / batches per epoch:

        @@FORMULA@@
    """
    @@BODY@@
'''


def _schedule(c: TrainConfig) -> str:
    formula, body = SCHEDULES[c.schedule]
    return _fill(SCHEDULE, FORMULA=formula, BODY=body)


DROPOUT_CODE = '''
# -- dropout: the app's inverted dropout, its masks drawn from the shuffling generator ---------


def dropout_masks(rng, n):
    """One mask per hidden layer for a batch of n: each unit kept with probability 1 − p and
    then scaled by 1/(1 − p). Drawn with NumPy from the run's generator, layer by layer, as
    the app draws them, so the same units drop out."""
    masks = []
    for units in SIZES[1:-1]:
        keep = rng.random((n, units), dtype=NP_DTYPE) >= DROPOUT
        masks.append(torch.from_numpy((keep * (1.0 / (1.0 - DROPOUT))).astype(NP_DTYPE)))
    return masks
'''

NO_DROPOUT = '''
def dropout_masks(rng, n):
    """This run used no dropout: every hidden unit takes part in every pass."""
    return None
'''


def _dropout(c: TrainConfig) -> str:
    return DROPOUT_CODE if c.dropout else NO_DROPOUT


WEIGHTS_NPZ = '''
# -- the weights -------------------------------------------------------------------------------


def load_weights(path=None):
    """The app's arrays W1, b1, W2, ... (W: (inputs, outputs)) from the .npz beside this script."""
    path = path or os.path.join(os.path.dirname(os.path.abspath(__file__)), WEIGHTS_FILE)
    with np.load(path, allow_pickle=False) as f:
        return {k: f[k].astype(NP_DTYPE) for k in f.files}
'''

WEIGHTS_EMBEDDED = '''
# -- the weights (@@NOTE@@), in the app's layout: W has shape (inputs, outputs) ------------


WEIGHTS = {
@@ARRAYS@@
}


def load_weights(path=None):
    """The app's arrays W1, b1, W2, ...: from `path` (a .npz) if given, else the ones above."""
    if path:
        with np.load(path, allow_pickle=False) as f:
            return {k: f[k].astype(NP_DTYPE) for k in f.files}
    return {k: np.array(v, NP_DTYPE) for k, v in WEIGHTS.items()}
'''


def _numbers(a: np.ndarray, indent: int) -> str:
    """The values of a 1-D array as exact Python floats (repr of the double round-trips),
    as the lines of a list."""
    items = [repr(float(x)) for x in a]
    inline = "[" + ", ".join(items) + "]"
    if indent + len(inline) <= 94:
        return inline
    return "[\n" + _wrapped(items, indent + 4) + "\n" + " " * indent + "]"


def _weights(net: Network, weights: list[np.ndarray], weights_file: str | None) -> str:
    if weights_file is not None:
        return WEIGHTS_NPZ
    lines = []
    for l in range(1, len(net.sizes)):
        W, b = weights[2 * (l - 1)], weights[2 * l - 1]
        rows = "\n".join(f"        {_numbers(row, 8)}," for row in W)
        lines.append(f'    "W{l}": [  # {W.shape[0]} x {W.shape[1]}\n{rows}\n    ],')
        lines.append(f'    "b{l}": {_numbers(b, 4)},')
    return _fill(WEIGHTS_EMBEDDED, NOTE="embedded", ARRAYS="\n".join(lines))


TRAIN = '''
# -- training: the app's loop, one mini-batch at a time ----------------------------------------


@torch.no_grad()
def evaluate(model, x, y):
    """Mean loss and METRIC over (x, y), in chunks of 2,048 as the app does."""
    if len(x) == 0:
        return float("nan"), float("nan")
    total, score = 0.0, 0
    for start in range(0, len(x), 2048):
        xb = torch.from_numpy(np.ascontiguousarray(x[start : start + 2048], NP_DTYPE))
        yb = y[start : start + 2048]
        z, a = model(xb)
        total += float(data_loss(z, a, targets(yb))) * len(xb)
        score += tally(a, answers(yb))
    return total / len(x), metric(score, len(x))


def train(model, data, epochs, report):
    """Train `epochs` epochs on data = (x_train, y_train, x_val, y_val); report(record) after
    each. Shuffling and dropout draw from NumPy's default_rng(SEED), in the app's order: at the
    start of each epoch a permutation of the training samples, then in each batch the dropout
    masks (when used), so the batches are the app's batches."""
    x_train, y_train, x_val, y_val = data
    X = torch.from_numpy(np.ascontiguousarray(x_train, NP_DTYPE))
    Y = targets(y_train)
    truth = answers(y_train)
    rng = np.random.default_rng(SEED)
    optimizer = Optimizer(model.params_in_app_order(), **HYPER)
    n = len(X)
    batches = math.ceil(n / BATCH_SIZE)
    for epoch in range(epochs):
        order = rng.permutation(n)  # the app's shuffle, a fresh one each epoch
        total_loss, score, batch_losses = 0.0, 0, []
        for k in range(batches):
            idx = torch.from_numpy(order[k * BATCH_SIZE : (k + 1) * BATCH_SIZE])
            x, y = X[idx], Y[idx]
            z, a = model(x, dropout_masks(rng, len(idx)))  # forward: z = a·W + b, a = g(z)
            loss = data_loss(z, a, y)
            model.zero_grad()
            loss.backward()  # backpropagation: δ_L = ∂L/∂z, δ_below = (δ·Wᵀ) ⊙ g'(z),
            #                  ∂L/∂W = a_belowᵀ·δ, ∂L/∂b = Σ_rows δ
            add_penalty_gradients(model)
            optimizer.step(learning_rate(epoch + k / batches))  # W ← W + ΔW
            value = loss.item()
            if not math.isfinite(value):
                sys.exit(f"diverged: the loss became {value} at epoch {epoch + 1}, batch {k + 1}")
            batch_losses.append(value)
            total_loss += value * len(idx)
            score += tally(a.detach(), truth[idx])
        val_loss, val_score = evaluate(model, x_val, y_val)
        report(
            {
                "epoch": epoch + 1,
                "loss": total_loss / n,
                METRIC: metric(score, n),
                "val_loss": val_loss,
                "val_" + METRIC: val_score,
                "lr": learning_rate(epoch + 1),
                "batch_loss": batch_losses,
            }
        )
'''

MAIN = """
def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=EPOCHS, help=f"epochs to train ({EPOCHS})")
    parser.add_argument("--data-dir", help="folder with the MNIST IDX files (MNIST only)")
    parser.add_argument("--data", help="the table's CSV file (tables only)")
    parser.add_argument("--weights", help="a .npz with W1, b1, ... to start from instead")
    parser.add_argument("--evaluate", action="store_true", help="evaluate only, do not train")
    parser.add_argument("--json", action="store_true", help="one JSON object per epoch")
    args = parser.parse_args(argv)
    model = MLP()
    model.load_app_weights(load_weights(args.weights))
    data = load_data(args.data if DATASET["name"] != "mnist" else args.data_dir)

    def report(record):
        if args.json:
            print(json.dumps(record), flush=True)
        else:
            print(
                f"epoch {record['epoch']}/{args.epochs}  loss {record['loss']:.4f}  "
                f"{METRIC} {record[METRIC]:.4f}  val_loss {record['val_loss']:.4f}  "
                f"val_{METRIC} {record['val_' + METRIC]:.4f}",
                flush=True,
            )

    if args.evaluate:
        val_loss, val_score = evaluate(model, data[2], data[3])
        if args.json:
            print(json.dumps({"val_loss": val_loss, "val_" + METRIC: val_score}))
        else:
            print(f"validation: loss {val_loss:.4f}, {METRIC} {val_score:.4f}")
        return 0
    train(model, data, args.epochs, report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
"""


def describe_export(files: list[str], run: Run) -> str:
    """One line for the CLI and the status bar, e.g. 'wrote moons.py (weights embedded) ...'."""
    where = f"weights in {os.path.basename(files[1])}" if len(files) > 1 else "weights embedded"
    return (
        f"wrote {files[0]} ({where}): {run.network.describe()}, {run.weights_note}; "
        f"run it with: python {os.path.basename(files[0])}"
    )
