"""Small trained models and file surgery shared by the model-file tests."""

from __future__ import annotations

import io
import json
import zipfile

import numpy as np

from engine.data import toy2d
from engine.files import modelfile
from engine.nn.network import Network
from engine.train.trainer import TrainConfig, Trainer


def moons(n: int = 120, seed: int = 1):
    return toy2d.make("moons", n=n, noise=0.1, seed=seed)


def trainer(optimizer: str = "adam", epochs: int = 4, dropout: float = 0.0, seed: int = 3, **kw):
    """A Trainer for a 2-6-5-1 network on 120 moons points (90 train, batch 16: 6 batches)."""
    ds = moons()
    net = Network.create([2, 6, 5, 1], "tanh", loss="cross_entropy", seed=seed, **kw)
    lr = {"sgd": 0.5, "momentum": 0.1, "nesterov": 0.1, "adadelta": 1.0}.get(optimizer, 0.02)
    config = TrainConfig(
        optimizer=optimizer, lr=lr, batch_size=16, epochs=epochs, seed=seed, dropout=dropout
    )
    return Trainer(net, ds, config)


def saved_mid_epoch(path, optimizer: str = "adam", seed: int = 3, steps: int = 8):
    """Train `steps` batches (8: one epoch of 6 and two more, so mid-epoch with the
    optimizer's slots filled) and save the network with its trainer to `path`.
    Returns the trainer."""
    t = trainer(optimizer, seed=seed)
    for _ in range(steps):
        t.step()
    modelfile.save(path, t.network, trainer=t)
    return t


def members(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def write_members(path, items: dict[str, bytes]) -> None:
    """A zip with exactly these members (stored), for hand-made hostile files."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        for name, data in items.items():
            zf.writestr(name, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def edit_manifest(src, dst, change) -> None:
    """Copy the model file src to dst after change(manifest) edits its manifest in place."""
    items = members(src)
    manifest = json.loads(items["manifest.json"])
    change(manifest)
    items["manifest.json"] = json.dumps(manifest).encode()
    write_members(dst, items)


def npy_bytes(a: np.ndarray, allow_pickle: bool = False) -> bytes:
    buf = io.BytesIO()
    np.lib.format.write_array(buf, a, allow_pickle=allow_pickle)
    return buf.getvalue()


# Odd JSON values to put in a manifest in place of the real ones: wrong types, huge and
# negative numbers, strings that look like numbers or names, empty and small containers.
ODD_VALUES = [
    None,
    True,
    False,
    0,
    -1,
    1,
    2,
    10**30,
    2**63,
    1.5,
    -0.0,
    1e308,
    "nan",
    "inf",
    "",
    "x",
    "sgd",
    "PCG64",
    "float64",
    "<f8",
    [],
    {},
    [1],
    [2, 6],
    {"a": 1},
]


def manifest_leaves(obj, path=()):
    """Every path into a manifest: keys of tables, indexes of lists (the root is ())."""
    yield path
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from manifest_leaves(v, (*path, k))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from manifest_leaves(v, (*path, i))
