"""Model files (`.bps`): one safe file holding a whole experiment, saved atomically.

A `.bps` file is a plain zip archive of a JSON manifest and `.npy` arrays:

    manifest.json             format name and version, architecture, training settings,
                              trainer progress (RNG state, epoch, batch), dataset, metrics,
                              and the shape and dtype of every array below
    network/W1.npy ...        weights W1 (sizes[0], sizes[1]), W2 (sizes[1], sizes[2]), ...
    network/b1.npy ...        biases b1 (sizes[1],), ...
    optimizer/<slot>/W1.npy   optimizer slots (velocity, m, v, ...), shaped like W1, b1, ...
    trainer/order.npy         this epoch's shuffled sample order (int64), when mid-epoch
    initial/W1.npy ...        the weights the run started from (format version 2), when known
    history/<curve>.npy       the training curves (float64 or int64)

Nothing is ever unpickled: every member's .npy header is checked against the manifest,
which is itself checked against the limits below and the memory budget
(engine.files.limits, BPS_MEMORY_BUDGET_MB) before any array is read; the zip's
directory is checked from its end record before it is parsed, and every member is read
in bounded pieces (the sizes the directory claims are never trusted). Any problem
raises `ModelFileError`: one line naming the file and what is wrong. See
docs/model-files.md for the full format.

    save("run.bps", network, trainer=trainer, dataset=dataset)
    model = load("run.bps")            # ModelFile: network, config, trainer_state, ...
    trainer = restore_trainer(model, dataset)
"""

from __future__ import annotations

import datetime as _dt
import json
import math
import os
import re
import zipfile
from dataclasses import dataclass, field, fields
from typing import Any, BinaryIO

import numpy as np

import engine
from engine.data.dataset import Dataset
from engine.files import limits, npyzip
from engine.files.atomic import atomic_write, check_target
from engine.nn import activations as act
from engine.nn import losses
from engine.nn.network import Network
from engine.train import optimizers, settings
from engine.train.trainer import TrainConfig, Trainer

FORMAT = "backprop-studio-model"
FORMAT_VERSION = 2  # 2 adds the optional initial/ weights; a file without them is written as 1
MANIFEST = "manifest.json"
EXTENSION = ".bps"

# Limits checked before anything is read: a hostile file cannot make us allocate more,
# and whatever is accepted opens in the window quickly (it draws every unit and layer).
# Besides these, all arrays together must fit the memory budget (limits.budget_bytes()).
MAX_FILE_BYTES = 1 << 30
MAX_MANIFEST_BYTES = 4 << 20
MAX_MEMBERS = 4096
MAX_LAYERS = 16  # weight layers (the network editor makes up to 9)
MAX_INPUTS = 10_000  # units of the input layer (a table of 10,000 columns)
MAX_UNITS = 1024  # units of every other layer (as the network editor)
MAX_PARAMS = 20_000_000
MAX_SAMPLES = 10_000_000  # length of the sample order
MAX_HISTORY_VALUES = 1_000_000  # all curves together (save thins per-batch curves to fit)
HISTORY_VALUE_BYTES = 40  # a value read into a Python list: the float object and its slot
MAX_DEPTH = 32  # nesting of tables and lists in the manifest (metadata included)
MAX_NPY_HEADER = npyzip.MAX_NPY_HEADER

WEIGHT_DTYPES = {"<f4": np.float32, "<f8": np.float64}
HISTORY_DTYPES = {"<f8": np.float64, "<i8": np.int64}
CURVE_NAME = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
SLOT_NAME = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


def check_settings(params: dict, what: str) -> None:
    """Raise ValueError if an optimizer or schedule setting is out of its range (the ranges
    are declared once, in engine.train.settings.HYPER).

    e.g. check_settings({"beta1": 1.0}, "adam") -> "adam: β₁ must be in [0, 1), not 1"
    """
    settings.check_params(params, None, what)


class ModelFileError(ValueError):
    """A model file cannot be read (or written); the message names the file and the problem."""


def architecture_problem(sizes: list[int]) -> str | None:
    """Why a network of these layer sizes cannot be kept in a model file, or None.

    e.g. [2, 100000, 1] -> "layers other than the input hold 1 to 1,024 units, not 100,000"
    """
    if not 2 <= len(sizes) <= MAX_LAYERS + 1:
        return f"a network has 1 to {MAX_LAYERS} layers of weights, not {len(sizes) - 1}"
    for i, s in enumerate(sizes):
        top = MAX_INPUTS if i == 0 else MAX_UNITS
        if not isinstance(s, int) or isinstance(s, bool) or not 1 <= s <= top:
            what = "the input layer holds" if i == 0 else "layers other than the input hold"
            return f"{what} 1 to {top:,} units, not {limits.short(repr(s), 40)}"
    n_params = sum(a * b + b for a, b in zip(sizes[:-1], sizes[1:], strict=True))
    if n_params > MAX_PARAMS:
        return f"the network has {n_params:,} parameters, more than {MAX_PARAMS:,}"
    return None


def _too_deep(x: Any, limit: int = MAX_DEPTH) -> bool:
    """Whether tables and lists nest more than `limit` levels in x (checked without recursion)."""
    stack = [(x, 1)]
    while stack:
        v, depth = stack.pop()
        if isinstance(v, dict | list):
            if depth > limit:
                return True
            stack.extend((c, depth + 1) for c in (v.values() if isinstance(v, dict) else v))
    return False


@dataclass
class ModelFile:
    """What `load` returns.

    network: the Network with its weights; config: the TrainConfig it was trained with;
    trainer_state: a dict for Trainer.load_state_dict (None if saved without a trainer);
    dataset_name / dataset_params: how to rebuild the data, e.g. "moons", {"n": 400,
    "noise": 0.1, "seed": 0, ...}; history: the curves as lists (empty without a trainer);
    metadata: the caller's JSON data; path: the file it came from.
    """

    network: Network
    config: TrainConfig
    trainer_state: dict | None
    dataset_name: str | None
    dataset_params: dict
    history: dict
    metadata: dict
    path: str
    dataset_info: dict = field(default_factory=dict)  # n_inputs, n_classes, image_shape, ...
    metrics: dict = field(default_factory=dict)  # epochs, loss, accuracy, val_loss, ...
    format_version: int = FORMAT_VERSION
    app_version: str = ""
    created: str = ""
    saved: str = ""
    # the weights the run started from, [W1, b1, W2, b2, ...] (None: not stored, or unknown)
    initial_weights: list[np.ndarray] | None = None

    @property
    def epochs_trained(self) -> int:
        return int(self.trainer_state["epoch"]) if self.trainer_state else 0


# -- JSON with non-finite numbers spelled out ------------------------------------------


def _to_json(x: Any, where: str = "value") -> Any:
    """Plain JSON data from x; inf/nan become the strings "inf", "-inf", "nan"."""
    if x is None or isinstance(x, (bool, str)):
        return x
    if isinstance(x, (int, np.integer)):
        return int(x)
    if isinstance(x, (float, np.floating)):
        v = float(x)
        if math.isnan(v):
            return "nan"
        if math.isinf(v):
            return "inf" if v > 0 else "-inf"
        return v
    if isinstance(x, dict):
        out = {}
        for k, v in x.items():
            if not isinstance(k, str):
                raise ValueError(f"{where}: keys must be text, not {k!r}")
            out[k] = _to_json(v, f"{where}.{k}")
        return out
    if isinstance(x, (list, tuple)):
        return [_to_json(v, where) for v in x]
    if isinstance(x, np.ndarray) and x.size <= 10_000:
        return _to_json(x.tolist(), where)
    raise ValueError(f"{where}: cannot store a {type(x).__name__} in a model file")


def _number(x: Any) -> float:
    """A float from the manifest: a JSON number or "inf", "-inf", "nan"."""
    if isinstance(x, bool):
        raise ValueError(f"expected a number, found {x!r}")
    if isinstance(x, (int, float)):
        return float(x)
    if x in ("inf", "-inf", "nan"):
        return float(x)
    raise ValueError(f"expected a number, found {str(x)[:40]!r}")


# -- saving ----------------------------------------------------------------------------


def _now() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")


def _previous_created(path: str) -> str | None:
    """The `created` stamp of the model already at `path`, kept when it is overwritten."""
    try:
        with limits.open_regular(path, ModelFileError) as f:
            if os.fstat(f.fileno()).st_size > MAX_FILE_BYTES:
                return None
            npyzip.check_zip_directory(f, path, MAX_MEMBERS, ModelFileError)
            with zipfile.ZipFile(f) as zf:
                raw = npyzip.read_member(
                    zf, zf.getinfo(MANIFEST), MAX_MANIFEST_BYTES, path, ModelFileError
                )
            created = json.loads(raw).get("created")
        return created[:40] if isinstance(created, str) else None
    except Exception:  # an unreadable old file simply has no stamp worth keeping
        return None


def _le(a: np.ndarray, dtype) -> np.ndarray:
    """a as a C-contiguous little-endian array of `dtype`."""
    return np.ascontiguousarray(a, dtype=np.dtype(dtype).newbyteorder("<"))


def _descr(a: np.ndarray) -> str:
    return np.lib.format.dtype_to_descr(a.dtype)


def _dataset_section(dataset: Dataset | None, trainer: Trainer | None) -> dict | None:
    if dataset is None and trainer is not None:
        dataset = trainer.dataset
    if dataset is None:
        return None
    params = dict(dataset.params)
    preprocessing = params.pop("preprocessing", None)
    if preprocessing is None:
        if dataset.image_shape is not None:
            h, w = dataset.image_shape
            preprocessing = {
                "input": f"{h}x{w} grey image, flattened row by row, pixel values in [0, 1]",
                "augment": bool(trainer.config.augment) if trainer else False,
            }
        else:
            preprocessing = {"input": "the raw feature values, unscaled"}
    return {
        "name": dataset.name,
        "params": params,
        "preprocessing": preprocessing,
        "n_inputs": dataset.n_inputs,
        "n_classes": int(dataset.n_classes),
        "image_shape": None if dataset.image_shape is None else list(dataset.image_shape),
        "class_names": dataset.class_names,
        "n_train": int(len(dataset.x_train)),
        "task": dataset.task,  # "classification" or "regression"
        "feature_names": dataset.feature_names,
    }


def _metrics(trainer: Trainer | None) -> dict:
    if trainer is None:
        return {}
    h = trainer.history
    out = {"epochs": trainer.epoch, "samples_seen": trainer.samples_seen}
    for key in ("loss", "accuracy", "val_loss", "val_accuracy", "rmse", "val_rmse", "val_r2"):
        if h.get(key):
            out[key] = float(h[key][-1])
    if trainer.stopped_because:
        out["stopped_because"] = trainer.stopped_because
    return out


def _thin_batch_curves(curves: dict[str, np.ndarray]) -> int:
    """Keep every k-th value of the per-batch curves if all curves would exceed the limit
    a reader accepts (a run of millions of batches); returns k (1 = nothing dropped)."""
    total = sum(a.size for a in curves.values())
    if total <= MAX_HISTORY_VALUES:
        return 1
    batch_keys = [k for k in curves if k.startswith("batch_")]
    per_batch = sum(curves[k].size for k in batch_keys)
    room = MAX_HISTORY_VALUES - (total - per_batch)
    k = math.ceil(per_batch / max(room, 1))
    for key in batch_keys:
        curves[key] = np.ascontiguousarray(curves[key][k - 1 :: k])
    return k


def save(
    path: str,
    network: Network,
    config: TrainConfig | None = None,
    trainer: Trainer | None = None,
    dataset: Dataset | None = None,
    metadata: dict | None = None,
) -> None:
    """Write `network` (and, with a trainer, everything needed to resume) to `path` atomically.

    With `trainer`, its state_dict() (optimizer slots, RNG, progress, history) and
    trainer.config are saved, and its dataset unless `dataset` is given. The file is
    written to a temporary file in the same folder, fsynced, then moved into place:
    a crash at any moment leaves the old file or the new one, never a broken one.
    Raises ModelFileError if the network cannot be saved (e.g. non-finite weights).
    """
    path = os.fspath(path)
    name = os.path.basename(path)
    try:
        check_target(path)
    except ValueError as e:
        raise ModelFileError(limits.short(f"cannot save {e}")) from None
    if trainer is not None:
        config = trainer.config
    if config is None:
        config = TrainConfig()
    problem = architecture_problem(list(network.sizes))
    if problem is None and trainer is not None and trainer.x_train.shape[0] > MAX_SAMPLES:
        problem = f"model files hold up to {MAX_SAMPLES:,} training samples"
    if problem is None and _too_deep(metadata or {}, MAX_DEPTH - 2):
        problem = f"its metadata nests more than {MAX_DEPTH - 2} levels deep"
    if problem:  # what load would refuse is not written either
        raise ModelFileError(limits.short(f"cannot save {name}: {problem}"))
    dtype = network.dtype
    arrays: dict[str, np.ndarray] = {}
    param_names = []
    for l, (W, b) in enumerate(zip(network.weights, network.biases, strict=True), start=1):
        for key, a in ((f"W{l}", W), (f"b{l}", b)):
            if not np.all(np.isfinite(a)):
                raise ModelFileError(f"cannot save {name}: {key} contains infinite or NaN values")
            arrays[f"network/{key}"] = _le(a, dtype)
            param_names.append(key)
    trainer_section = None
    history_keys: list[str] = []
    if trainer is not None:
        state = trainer.state_dict()
        opt = state["optimizer"]
        if not all(np.all(np.isfinite(a)) for v in opt["slots"].values() for a in v):
            # a run that diverged inside the optimizer: its state is meaningless, and
            # dropping it keeps the file loadable (the optimizer restarts from zeros)
            opt = {**opt, "slots": {}, "t": 0}
        for slot, values in opt["slots"].items():
            for key, a in zip(param_names, values, strict=True):
                arrays[f"optimizer/{slot}/{key}"] = _le(a, dtype)
        if state["order"] is not None:
            arrays["trainer/order"] = _le(state["order"], np.int64)
        curves = {}
        for key, values in state["history"].items():
            a = np.asarray(values)
            curves[key] = _le(a, np.int64) if a.dtype.kind in "iu" else _le(a, np.float64)
        thinned = _thin_batch_curves(curves)
        for key, a in curves.items():
            arrays[f"history/{key}"] = a
            history_keys.append(key)
        rng = state["rng"]
        trainer_section = {
            "epoch": state["epoch"],
            "batch": state["batch"],
            "samples_seen": state["samples_seen"],
            "elapsed": state["elapsed"],
            "best_val_loss": state["best_val_loss"],
            "epochs_without_improvement": state["epochs_without_improvement"],
            "stopped_because": state["stopped_because"],
            "n_train": int(trainer.x_train.shape[0]),
            "rng": {
                "bit_generator": rng["bit_generator"],
                "state": {k: str(v) for k, v in rng["state"].items()},
                "has_uint32": int(rng["has_uint32"]),
                "uinteger": int(rng["uinteger"]),
            },
            "optimizer": {
                "name": opt["name"],
                "lr": opt["lr"],
                "hyper": opt["hyper"],
                "t": opt["t"],
                "slots": list(opt["slots"]),
            },
            "history": history_keys,
            "history_thinned": thinned,
            "epoch_stats": state.get("epoch_stats"),
        }
        initial = getattr(trainer, "initial_weights", None)  # what the run started from
        shapes_fit = initial is not None and [np.shape(a) for a in initial] == [
            p.shape for p in network.params
        ]
        if shapes_fit and all(np.all(np.isfinite(a)) for a in initial):
            for key, a in zip(param_names, initial, strict=True):
                arrays[f"initial/{key}"] = _le(a, dtype)
            trainer_section["initial_weights"] = True
    now = _now()
    with_initial = trainer_section is not None and trainer_section.get("initial_weights")
    manifest = {
        "format": FORMAT,
        # version 1 readers read everything but the initial/ weights: only those make it 2
        "format_version": FORMAT_VERSION if with_initial else 1,
        "app_version": engine.__version__,
        "created": _previous_created(path) or now,
        "saved": now,
        "network": {
            "sizes": list(network.sizes),
            "activations": list(network.activations),
            "loss": network.loss,
            "dtype": np.dtype(dtype).name,
        },
        "config": config.to_dict(),
        "trainer": trainer_section,
        "dataset": _dataset_section(dataset, trainer),
        "metrics": _metrics(trainer),
        "metadata": metadata or {},
        "arrays": {k: {"shape": list(a.shape), "dtype": _descr(a)} for k, a in arrays.items()},
    }
    try:
        text = json.dumps(_to_json(manifest, "manifest"), indent=1, allow_nan=False)
    except ValueError as e:
        raise ModelFileError(f"cannot save {name}: {e}") from None
    stamp = _dt.datetime.now().timetuple()[:6]

    try:
        with atomic_write(path) as f, zipfile.ZipFile(f, "w", zipfile.ZIP_STORED) as zf:
            zf.writestr(zipfile.ZipInfo(MANIFEST, stamp), text.encode("utf-8"))
            for key, a in arrays.items():
                with zf.open(zipfile.ZipInfo(f"{key}.npy", stamp), "w") as member:
                    np.lib.format.write_array(member, a, allow_pickle=False)
    except OSError as e:  # e.g. the disk is full: the old file is still there
        raise ModelFileError(
            limits.short(f"cannot save {name}: {limits.describe(e)} (nothing was changed)")
        ) from None


# -- loading ---------------------------------------------------------------------------


class _Reader:
    """Reads and checks one file; every failure becomes ModelFileError naming the file."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.name = os.path.basename(path)

    def fail(self, what: str) -> ModelFileError:
        return ModelFileError(limits.short(f"{self.name}: {what}"))

    # small typed getters for the manifest
    def get(self, d: dict, key: str, kind, where: str, optional: bool = False):
        if not isinstance(d, dict):
            raise self.fail(f"the manifest's {where} is not a table")
        if key not in d:
            if optional:
                return None
            raise self.fail(f"the manifest has no {where}.{key}")
        v = d[key]
        if optional and v is None:
            return None
        ok = isinstance(v, kind) and not (isinstance(v, bool) and kind in (int, (int, float)))
        if not ok:
            raise self.fail(f"the manifest's {where}.{key} has the wrong type")
        return v

    def whole_number(self, d: dict, key: str, where: str, lo: int, hi: int) -> int:
        v = self.get(d, key, int, where)
        if not lo <= v <= hi:
            raise self.fail(f"the manifest's {where}.{key} = {v} is outside {lo}..{hi}")
        return v


def _read_manifest(r: _Reader, zf: zipfile.ZipFile) -> dict:
    try:
        info = zf.getinfo(MANIFEST)
    except KeyError:
        raise r.fail("not a Backprop Studio model (the zip has no manifest.json)") from None
    if info.file_size > MAX_MANIFEST_BYTES:
        raise r.fail(f"manifest.json is {info.file_size:,} bytes, more than a model file holds")
    raw = npyzip.read_member(zf, info, MAX_MANIFEST_BYTES, r.name, ModelFileError)
    try:
        manifest = json.loads(raw.decode("utf-8"), parse_constant=_refuse_constant)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise r.fail("manifest.json is not valid JSON") from None
    if _too_deep(manifest):
        raise r.fail(f"manifest.json nests more than {MAX_DEPTH} levels deep")
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise r.fail("not a Backprop Studio model (manifest.json names another format)")
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise r.fail("the manifest has no valid format_version")
    if version > FORMAT_VERSION:
        app = manifest.get("app_version")
        by = f" by Backprop Studio {app}" if isinstance(app, str) else ""
        raise r.fail(
            f"format version {version}{by} is newer than this version reads ({FORMAT_VERSION}); "
            "update Backprop Studio to open it"
        )
    return manifest


def _refuse_constant(word: str):
    """JSON's Infinity and NaN are not JSON: the format spells them "inf", "nan"."""
    raise ValueError(f"{word} is not a JSON number")


def _read_network_spec(r: _Reader, manifest: dict) -> tuple[list[int], list[str], str, str]:
    net = r.get(manifest, "network", dict, "manifest")
    sizes = r.get(net, "sizes", list, "network")
    problem = architecture_problem(sizes)
    if problem:
        raise r.fail(problem)
    acts = r.get(net, "activations", list, "network")
    if len(acts) != len(sizes) - 1 or not all(isinstance(a, str) for a in acts):
        raise r.fail(f"the network needs {len(sizes) - 1} activation names")
    for a in acts:
        if a not in act.ACTIVATIONS:
            raise r.fail(f"unknown activation {a[:40]!r}; known: {', '.join(act.ACTIVATIONS)}")
    loss = r.get(net, "loss", str, "network")
    if loss not in losses.LOSSES:
        raise r.fail(f"unknown loss {loss[:40]!r}; known: {', '.join(losses.LOSSES)}")
    dtype = r.get(net, "dtype", str, "network")
    if dtype not in ("float32", "float64"):
        raise r.fail(f"weights must be float32 or float64, not {dtype[:40]!r}")
    return sizes, acts, loss, dtype


def _expected_arrays(r: _Reader, manifest: dict, sizes: list[int], dtype: str) -> dict:
    """name -> (shape, descr) that the manifest's architecture and trainer section imply."""
    descr = "<f4" if dtype == "float32" else "<f8"
    expected: dict[str, tuple[tuple[int, ...], str | None]] = {}
    params = []
    for l in range(1, len(sizes)):
        params += [(f"W{l}", (sizes[l - 1], sizes[l])), (f"b{l}", (sizes[l],))]
    for key, shape in params:
        expected[f"network/{key}"] = (shape, descr)
    tr = manifest.get("trainer")
    if tr is None:
        return expected
    opt = r.get(tr, "optimizer", dict, "trainer")
    slots = r.get(opt, "slots", list, "trainer.optimizer")
    if len(slots) > 8:
        raise r.fail("the optimizer has more state slots than any optimizer uses")
    for slot in slots:
        if not isinstance(slot, str) or not SLOT_NAME.match(slot):
            raise r.fail(f"bad optimizer slot name {str(slot)[:40]!r}")
        for key, shape in params:
            expected[f"optimizer/{slot}/{key}"] = (shape, descr)
    if r.get(tr, "initial_weights", bool, "trainer", optional=True):
        for key, shape in params:
            expected[f"initial/{key}"] = (shape, descr)
    n_train = r.whole_number(tr, "n_train", "trainer", 1, MAX_SAMPLES)
    batch = r.whole_number(tr, "batch", "trainer", 0, MAX_SAMPLES)
    if batch > 0 or "trainer/order" in r.arrays:
        expected["trainer/order"] = ((n_train,), "<i8")
    keys = r.get(tr, "history", list, "trainer")
    if len(keys) > 64:
        raise r.fail("the history has more curves than a model file holds")
    for key in keys:
        if not isinstance(key, str) or not CURVE_NAME.match(key):
            raise r.fail(f"bad history curve name {str(key)[:40]!r}")
        expected[f"history/{key}"] = (None, None)  # shape and dtype checked on their own
    return expected


def _check_array_table(r: _Reader, expected: dict) -> None:
    """The manifest's array table agrees with what the architecture implies, within limits."""
    if set(r.arrays) != set(expected):
        missing = sorted(set(expected) - set(r.arrays))
        extra = sorted(set(r.arrays) - set(expected))
        what = f"missing {missing[0]}" if missing else f"unexpected {extra[0]}"
        raise r.fail(f"the manifest's array table does not fit the architecture ({what})")
    total_bytes = total_history = 0
    for key, (shape, descr) in expected.items():
        entry = r.arrays[key]
        got_shape = r.get(entry, "shape", list, f"arrays.{key}")
        got_descr = r.get(entry, "dtype", str, f"arrays.{key}")
        if len(got_shape) > 2 or not all(
            isinstance(s, int) and not isinstance(s, bool) and 0 <= s <= MAX_SAMPLES
            for s in got_shape
        ):
            raise r.fail(f"{key} has a bad shape in the manifest")
        if shape is None:  # a history curve: values, or (epochs, layers), float64 or int64
            wide = len(got_shape) == 2 and not 1 <= got_shape[1] <= MAX_LAYERS
            if len(got_shape) not in (1, 2) or wide or got_descr not in HISTORY_DTYPES:
                raise r.fail(
                    f"{key} must be float64/int64 values or (epochs, up to {MAX_LAYERS} layers)"
                )
            total_history += math.prod(got_shape)
            if total_history > MAX_HISTORY_VALUES:
                raise r.fail(f"the history holds more than {MAX_HISTORY_VALUES:,} values")
        elif tuple(got_shape) != shape or got_descr != descr:
            raise r.fail(
                f"{key} is {got_descr} {tuple(got_shape)} in the manifest, "
                f"but the architecture needs {descr} {shape}"
            )
        total_bytes += math.prod(got_shape) * np.dtype(got_descr).itemsize
    # what reading costs: every array once, the curves again as Python lists
    cost = total_bytes + total_history * HISTORY_VALUE_BYTES
    limits.check_budget(cost, r.name, "reading its arrays", ModelFileError)


def _read_array(r: _Reader, zf: zipfile.ZipFile, key: str) -> np.ndarray:
    """One member, its .npy header checked against the manifest before the data is read
    (in bounded pieces, into one buffer of the size the manifest allowed)."""
    entry = r.arrays[key]
    shape, descr = tuple(entry["shape"]), entry["dtype"]
    dtype = np.dtype(descr)
    nbytes = math.prod(shape) * dtype.itemsize
    member = f"{key}.npy"
    try:
        info = zf.getinfo(member)
    except KeyError:
        raise r.fail(f"the member {member} is missing") from None
    if info.file_size > nbytes + MAX_NPY_HEADER or info.file_size < nbytes:
        raise r.fail(f"{member} is {info.file_size:,} bytes; {shape} {descr} needs {nbytes:,}")
    where = f"{r.name}: {member}"
    with zf.open(info) as f:
        h_shape, h_dtype = npyzip.npy_header(f, where, ModelFileError)
        if h_dtype != dtype or h_shape != shape:
            raise r.fail(
                f"{member} holds {h_dtype} {h_shape}, but the manifest says {descr} {shape}"
            )
        return npyzip.npy_data(f, shape, dtype, where, ModelFileError)


def _read_config(r: _Reader, manifest: dict) -> TrainConfig:
    raw = r.get(manifest, "config", dict, "manifest")
    known = {f.name: f for f in fields(TrainConfig)}
    unknown = sorted(set(raw) - set(known))
    if unknown:
        raise r.fail(f"unknown training setting {unknown[0][:40]!r}")
    defaults = TrainConfig()
    values = {}
    for key, v in raw.items():
        default = getattr(defaults, key)
        declared = settings.SETTINGS.get(key)
        optional = v is None and declared is not None and declared.optional
        if optional:
            values[key] = None
        elif isinstance(default, bool):
            values[key] = r.get(raw, key, bool, "config")
        elif isinstance(default, str):
            values[key] = r.get(raw, key, str, "config")
        elif isinstance(default, dict):
            d = r.get(raw, key, dict, "config")
            if len(d) > 16:
                raise r.fail(f"config.{key} has too many entries")
            try:
                values[key] = {str(k): _number(x) for k, x in d.items()}
            except ValueError as e:
                raise r.fail(f"config.{key}: {e}") from None
        elif declared is not None and declared.kind == "int":
            values[key] = r.whole_number(raw, key, "config", 0, 2**63 - 1)
        else:
            try:
                values[key] = _number(v)
            except ValueError as e:
                raise r.fail(f"config.{key}: {e}") from None
    config = TrainConfig(**values)
    try:
        config.validate()
        check_settings(config.optimizer_params, config.optimizer)
        check_settings(config.schedule_params, f"the {config.schedule} schedule")
        optimizers.make(config.optimizer, config.lr, **config.optimizer_params)
    except ValueError as e:
        raise r.fail(f"bad training settings: {e}") from None
    return config


def _read_rng(r: _Reader, raw: dict) -> dict:
    name = r.get(raw, "bit_generator", str, "trainer.rng")
    if name != "PCG64":
        raise r.fail(f"unknown random generator {name[:40]!r} (expected PCG64)")
    st = r.get(raw, "state", dict, "trainer.rng")
    state = {}
    for key in ("state", "inc"):
        text = r.get(st, key, str, "trainer.rng.state")
        if not text.isdigit() or len(text) > 40 or int(text) >= 1 << 128:
            raise r.fail(f"trainer.rng.state.{key} is not a 128-bit number")
        state[key] = int(text)
    return {
        "bit_generator": name,
        "state": state,
        "has_uint32": r.whole_number(raw, "has_uint32", "trainer.rng", 0, 1),
        "uinteger": r.whole_number(raw, "uinteger", "trainer.rng", 0, 2**32 - 1),
    }


def _read_epoch_stats(r: _Reader, tr: dict, L: int) -> dict | None:
    raw = r.get(tr, "epoch_stats", dict, "trainer", optional=True)
    if raw is None:
        return None
    try:
        stats = {
            "loss": _number(raw["loss"]),
            "correct": _number(raw["correct"]),
            "n": r.whole_number(raw, "n", "trainer.epoch_stats", 0, MAX_SAMPLES),
            "batches": r.whole_number(raw, "batches", "trainer.epoch_stats", 0, MAX_SAMPLES),
        }
        for key in ("grad_norms", "update_norms"):
            values = r.get(raw, key, list, "trainer.epoch_stats")
            if len(values) != L:
                raise ValueError(f"{key} has {len(values)} values for {L} layers")
            stats[key] = [_number(v) for v in values]
    except (KeyError, ValueError) as e:
        raise r.fail(f"bad trainer.epoch_stats ({str(e)[:80]})") from None
    return stats


def _read_trainer_state(r, zf, manifest, config, params) -> tuple[dict | None, dict]:
    tr = manifest.get("trainer")
    if tr is None:
        return None, {}
    if not isinstance(tr, dict):
        raise r.fail("the manifest's trainer section is not a table")
    opt = r.get(tr, "optimizer", dict, "trainer")
    opt_name = r.get(opt, "name", str, "trainer.optimizer")
    if opt_name != config.optimizer:
        raise r.fail(
            f"the optimizer state is for {opt_name[:40]!r}, the settings say {config.optimizer!r}"
        )
    hyper_raw = r.get(opt, "hyper", dict, "trainer.optimizer")
    try:
        hyper = {str(k): _number(v) for k, v in hyper_raw.items()}
        lr = _number(opt["lr"]) if "lr" in opt else math.nan
        check_settings(hyper, opt_name)
        probe = optimizers.make(opt_name, lr, **hyper)
    except ValueError as e:
        raise r.fail(f"bad optimizer state: {e}") from None
    slots = {}
    for slot in opt["slots"]:
        if slot not in probe.slot_names:
            raise r.fail(f"{opt_name} has no state slot {slot!r}")
        slots[slot] = []
        for key, _ in params:
            a = _read_array(r, zf, f"optimizer/{slot}/{key}")
            if not np.all(np.isfinite(a)):
                raise r.fail(f"optimizer/{slot}/{key} contains infinite or NaN values")
            slots[slot].append(a)
    n_train = tr["n_train"]
    batch = tr["batch"]
    order = None
    if "trainer/order" in r.arrays:
        order = _read_array(r, zf, "trainer/order")
        if order.size and (order.min() < 0 or order.max() >= n_train):
            raise r.fail("the sample order points outside the training set")
        if np.unique(order).size != n_train:
            raise r.fail("the sample order is not a permutation of the training set")
    if batch and (batch * config.batch_size >= n_train or order is None):
        raise r.fail(f"the trainer is at batch {batch}, past the end of its epoch")
    history = {}
    for key in tr["history"]:
        history[key] = _read_array(r, zf, f"history/{key}").tolist()
    best = r.get(tr, "best_val_loss", (int, float, str), "trainer")
    stopped = r.get(tr, "stopped_because", str, "trainer", optional=True)
    try:
        best = _number(best)
        elapsed = _number(r.get(tr, "elapsed", (int, float), "trainer"))
    except ValueError as e:
        raise r.fail(f"trainer: {e}") from None
    state = {
        "epoch_stats": _read_epoch_stats(r, tr, len(params) // 2),
        "epoch": r.whole_number(tr, "epoch", "trainer", 0, 10**9),
        "batch": batch,
        "order": order,
        "samples_seen": r.whole_number(tr, "samples_seen", "trainer", 0, 2**62),
        "elapsed": elapsed,
        "rng": _read_rng(r, r.get(tr, "rng", dict, "trainer")),
        "best_val_loss": best,
        "epochs_without_improvement": r.whole_number(
            tr, "epochs_without_improvement", "trainer", 0, 10**9
        ),
        "stopped_because": None if stopped is None else stopped[:2000],
        "history": history,
        "optimizer": {
            "name": opt_name,
            "lr": lr,
            "hyper": hyper,
            "t": r.whole_number(opt, "t", "trainer.optimizer", 0, 2**62),
            "slots": slots,
        },
    }
    return state, history


def _read_dataset(r: _Reader, manifest: dict) -> tuple[str | None, dict, dict]:
    ds = manifest.get("dataset")
    if ds is None:
        return None, {}, {}
    name = r.get(ds, "name", str, "dataset")[:200]
    params = r.get(ds, "params", dict, "dataset")
    info = {k: v for k, v in ds.items() if k not in ("name", "params")}
    return name, params, info


def load(path: str | os.PathLike) -> ModelFile:
    """Read and check the model file at `path`. Raises ModelFileError naming what is wrong:
    one line of at most ~300 characters, whatever the file holds."""
    path = os.fspath(path)
    r = _Reader(path)
    try:
        with limits.open_regular(path, ModelFileError) as f:
            size = os.fstat(f.fileno()).st_size
            if size > MAX_FILE_BYTES:
                raise r.fail(f"is {size:,} bytes, larger than any model file ({MAX_FILE_BYTES:,})")
            if f.read(2) != b"PK":
                raise r.fail("not a Backprop Studio model (not a zip archive)")
            npyzip.check_zip_directory(f, r.name, MAX_MEMBERS, ModelFileError)
            return _parse(r, f)
    except ModelFileError:
        raise
    except limits.READ_ERRORS as e:
        raise r.fail(f"damaged or not a Backprop Studio model ({limits.describe(e)})") from None


def _parse(r: _Reader, f: BinaryIO) -> ModelFile:
    with zipfile.ZipFile(f) as zf:
        npyzip.check_members(zf, r.name, MAX_MEMBERS, ModelFileError)
        manifest = _read_manifest(r, zf)
        sizes, acts, loss, dtype = _read_network_spec(r, manifest)
        r.arrays = r.get(manifest, "arrays", dict, "manifest")
        expected = _expected_arrays(r, manifest, sizes, dtype)
        _check_array_table(r, expected)
        members = {i.filename for i in zf.infolist()} - {MANIFEST}
        wanted = {f"{k}.npy" for k in expected}
        if members != wanted:
            extra = sorted(members - wanted)
            missing = sorted(wanted - members)
            what = f"missing member {missing[0]}" if missing else f"unexpected member {extra[0]}"
            raise r.fail(f"the archive does not match its manifest ({what[:100]})")
        params = []
        weights, biases = [], []
        for l in range(1, len(sizes)):
            W = _read_array(r, zf, f"network/W{l}")
            b = _read_array(r, zf, f"network/b{l}")
            for key, a in ((f"W{l}", W), (f"b{l}", b)):
                if not np.all(np.isfinite(a)):
                    raise r.fail(f"{key} contains infinite or NaN values")
            weights.append(W)
            biases.append(b)
            params += [(f"W{l}", W), (f"b{l}", b)]
        try:
            network = Network(sizes, acts, loss, weights, biases)
        except ValueError as e:
            raise r.fail(f"bad architecture: {e}") from None
        config = _read_config(r, manifest)
        trainer_state, history = _read_trainer_state(r, zf, manifest, config, params)
        initial = None
        if "initial/W1" in r.arrays:
            initial = [_read_array(r, zf, f"initial/{key}") for key, _ in params]
            if not all(np.all(np.isfinite(a)) for a in initial):
                raise r.fail("the initial weights contain infinite or NaN values")
        dataset_name, dataset_params, dataset_info = _read_dataset(r, manifest)
        metrics = manifest.get("metrics")
        metadata = manifest.get("metadata")
        return ModelFile(
            network=network,
            config=config,
            trainer_state=trainer_state,
            dataset_name=dataset_name,
            dataset_params=dataset_params,
            history=history,
            metadata=metadata if isinstance(metadata, dict) else {},
            path=r.path,
            dataset_info=dataset_info,
            metrics=metrics if isinstance(metrics, dict) else {},
            format_version=manifest["format_version"],
            app_version=str(manifest.get("app_version", ""))[:40],
            created=str(manifest.get("created", ""))[:40],
            saved=str(manifest.get("saved", ""))[:40],
            initial_weights=initial,
        )


# -- using a loaded model ----------------------------------------------------------------


def check_fits(model: ModelFile, dataset: Dataset) -> None:
    """Raise ModelFileError if the model's input and output layers do not fit `dataset`.

    e.g. "model.bps takes 784 inputs and has 10 outputs; moons has 2 features and 2 classes".
    """
    sizes = model.network.sizes
    n_in, n_out = sizes[0], sizes[-1]
    if n_in != dataset.n_inputs or not dataset.fits_outputs(n_out):
        name = os.path.basename(model.path) if model.path else "the model"
        targets = (
            f"{dataset.output_units()} target(s)"
            if dataset.is_regression
            else f"{dataset.n_classes} classes"
        )
        raise ModelFileError(
            f"{name} takes {n_in} inputs and has {n_out} outputs; {dataset.name} has "
            f"{dataset.n_inputs} features and {targets}"
        )


def restore_trainer(model: ModelFile, dataset: Dataset, transform=None) -> Trainer:
    """A Trainer that continues the saved run exactly (same batches, RNG, optimizer state).

    Trains model.network in place. Without saved trainer state, a fresh Trainer with the
    saved settings.
    """
    check_fits(model, dataset)
    trainer = Trainer(model.network, dataset, model.config, transform=transform)
    state = model.trainer_state
    if state is not None:
        name = os.path.basename(model.path) if model.path else "the model"
        if state["order"] is not None and len(state["order"]) != trainer.x_train.shape[0]:
            raise ModelFileError(
                f"{name} was trained on {len(state['order'])} samples of {dataset.name}, "
                f"this one has {trainer.x_train.shape[0]}: the run cannot be resumed exactly"
            )
        try:
            trainer.load_state_dict(state)
        except (ValueError, KeyError, TypeError) as e:
            raise ModelFileError(f"{name}: cannot resume training ({e})") from None
        if model.initial_weights is not None:  # so that saving again keeps them
            trainer.initial_weights = [a.copy() for a in model.initial_weights]
        elif state["samples_seen"]:  # trained before, from weights nobody kept
            trainer.initial_weights = None
    return trainer
