"""Mutated model files for the fuzz test and bench/modelfile_fuzz.py: every kind of damage
and every kind of lie issue 16 found, drawn from a seeded random.Random.

    base = base_members()                 # {member name: bytes} of a saved 2-6-5-1 Adam run
    name, data = mutate(base, rng)        # e.g. ("history blow-up", b"PK...")

The kinds (KINDS) are byte damage (bit flips, truncation, splices), manifest values
replaced by odd ones, architectures and curves scaled up (with arrays that match, as
deflated zeros: valid files that cost a lot), lying .npy headers, lying zip directories
(member sizes, entry counts, members that inflate past what they claim), and deeply
nested JSON.
"""

from __future__ import annotations

import io
import json
import random
import struct
import zipfile

import numpy as np
from modelfile_helpers import ODD_VALUES, manifest_leaves, npy_bytes, saved_mid_epoch


def base_members(folder) -> dict[str, bytes]:
    """The members of a small saved run (mid-epoch, Adam: every section present)."""
    path = folder / "fuzz-base.bps"
    saved_mid_epoch(path, "adam")
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def pack(items: dict[str, bytes], deflate: bool = False) -> bytes:
    buf = io.BytesIO()
    method = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
    with zipfile.ZipFile(buf, "w", method, compresslevel=1 if deflate else None) as zf:
        for name, data in items.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _manifest(items) -> dict:
    return json.loads(items["manifest.json"])


BIG_NUMBERS = [3, 100, 1025, 4096, 10_001, 65_536, 100_000, 10**6, 10**9, 2**31, 2**63, 10**30]


def flips(base, rng: random.Random) -> bytes:
    data = bytearray(pack(base, deflate=rng.random() < 0.5))
    for _ in range(rng.randint(1, 4)):
        bit = rng.randrange(8 * len(data))
        data[bit // 8] ^= 1 << (bit % 8)
    return bytes(data)


def truncation(base, rng) -> bytes:
    data = pack(base, deflate=rng.random() < 0.5)
    return data[: rng.randrange(len(data))]


def splice(base, rng) -> bytes:
    data = pack(base, deflate=rng.random() < 0.5)
    i, j = sorted(rng.randrange(len(data)) for _ in range(2))
    k = rng.randrange(len(data))
    how = rng.choice(["repeat", "drop", "move"])
    if how == "repeat":
        return data[:k] + data[i:j] + data[k:]
    if how == "drop":
        return data[:i] + data[j:]
    return data[:k] + data[i:j] + data[k + (j - i) :]


def manifest_values(base, rng) -> bytes:
    items = dict(base)
    manifest = _manifest(items)
    paths = [p for p in manifest_leaves(manifest) if p]
    odd = [*ODD_VALUES, *BIG_NUMBERS, -(10**9), "x" * 5000, [[[[[]]]]], 1e300, -1e300]
    for _ in range(rng.randint(1, 3)):
        path = rng.choice(paths)
        parent = manifest
        try:
            for k in path[:-1]:
                parent = parent[k]
            if isinstance(parent, dict) and rng.random() < 0.15:
                del parent[path[-1]]
            else:
                parent[path[-1]] = rng.choice(odd)
        except (KeyError, IndexError, TypeError):
            pass
    text = json.dumps(manifest)
    if rng.random() < 0.2:  # JSON's non-standard constants, as a hostile writer may use
        text = text.replace('"inf"', "Infinity", 1).replace("0.02", rng.choice(["NaN", "1e999"]))
    items["manifest.json"] = text.encode()
    return pack(items)


def _rebuild(items, manifest, arrays: dict[str, np.ndarray], deflate=True) -> bytes:
    """A consistent file: the manifest's array table and the members made to match."""
    manifest["arrays"] = {
        k: {"shape": list(a.shape), "dtype": np.lib.format.dtype_to_descr(a.dtype)}
        for k, a in arrays.items()
    }
    out = {"manifest.json": json.dumps(manifest).encode()}
    out.update({f"{k}.npy": npy_bytes(a) for k, a in arrays.items()})
    return pack(out, deflate=deflate)


def _weights_only(manifest) -> None:
    manifest["trainer"] = None
    manifest["metrics"] = {}


def architecture(base, rng) -> bytes:
    """A valid file whose network is scaled up: wider, deeper, or both (deflated zeros)."""
    items = dict(base)
    manifest = _manifest(items)
    _weights_only(manifest)
    depth = rng.choice([1, 2, 3, 8, 15, 16, 17, 63, 64])
    width = rng.choice([1, 3, 64, 512, 1024, 1025, 2048, 100_000])
    inputs = rng.choice([2, 784, 10_000, 10_001, 50_000])
    sizes = [inputs] + [width] * (depth - 1) + [1]
    if sum(a * b for a, b in zip(sizes[:-1], sizes[1:], strict=True)) > 40_000_000:
        sizes = [inputs, width, 1]  # (over the limits anyway: refused from the manifest)
    manifest["network"]["sizes"] = sizes
    manifest["network"]["activations"] = ["tanh"] * (len(sizes) - 2) + ["sigmoid"]
    dtype = rng.choice(["<f4", "<f8"])
    manifest["network"]["dtype"] = "float32" if dtype == "<f4" else "float64"
    params = sum(a * b + b for a, b in zip(sizes[:-1], sizes[1:], strict=True))
    if params > 25_000_000 or len(sizes) > 18 or max(sizes[1:]) > 1024 or inputs > 10_000:
        arrays = {f"network/W{l}": np.zeros((1, 1), dtype) for l in range(1, len(sizes))}
        manifest["arrays"] = {  # the table tells the truth, the members are never reached
            f"network/{p}{l}": {
                "shape": [sizes[l - 1], sizes[l]] if p == "W" else [sizes[l]],
                "dtype": dtype,
            }
            for l in range(1, len(sizes))
            for p in "Wb"
        }
        out = {"manifest.json": json.dumps(manifest).encode()}
        out.update({f"{k}.npy": npy_bytes(a) for k, a in arrays.items()})
        return pack(out)
    arrays = {}
    for l in range(1, len(sizes)):
        arrays[f"network/W{l}"] = np.zeros((sizes[l - 1], sizes[l]), dtype)
        arrays[f"network/b{l}"] = np.zeros(sizes[l], dtype)
    return _rebuild(items, manifest, arrays)


def history(base, rng) -> bytes:
    """A curve of millions of values, or 2-D and wide (consistent, deflated zeros)."""
    items = dict(base)
    manifest = _manifest(items)
    n = rng.choice([10, 1000, 999_000, 1_000_001, 9_998_000])
    shape = rng.choice([(n,), (n, 1), (n, 3), (10, 5000), (n // 2, 2)])
    arrays = {}
    for name in items:
        if name.endswith(".npy"):
            key = name[:-4]
            raw = io.BytesIO(items[name])
            arrays[key] = np.lib.format.read_array(raw)
    key = "history/" + rng.choice(manifest["trainer"]["history"])
    if np.prod(shape) <= 1_500_000:
        arrays[key] = np.zeros(shape)
        return _rebuild(items, manifest, arrays)
    arrays[key] = np.zeros(1)  # over the limit: the table says the big shape
    manifest["arrays"] = {
        k: {"shape": list(a.shape), "dtype": np.lib.format.dtype_to_descr(a.dtype)}
        for k, a in arrays.items()
    }
    manifest["arrays"][key]["shape"] = list(shape)
    out = {"manifest.json": json.dumps(manifest).encode()}
    out.update({f"{k}.npy": npy_bytes(a) for k, a in arrays.items()})
    return pack(out)


def npy_headers(base, rng) -> bytes:
    """One member's .npy header rewritten: malformed, or lying about shape or dtype."""
    items = dict(base)
    name = rng.choice([n for n in items if n.endswith(".npy")])
    data = items[name]
    head_len = struct.unpack("<H", data[8:10])[0]
    header = data[10 : 10 + head_len].decode("latin1")
    choices = [
        header[: rng.randrange(len(header))],  # cut: unbalanced brackets (TokenError)
        header.replace("(", "((", 1),
        header.replace("'shape': (", "'shape': (1000000000, ", 1),
        header.replace("'shape': (", "'shape': (-1, ", 1),
        header.replace("<f4", "|O", 1).replace("<f8", "|O", 1).replace("<i8", "|O", 1),
        header.replace("<f4", ">f4", 1).replace("<f8", ">f8", 1),
        header.replace("False", "True", 1),
        header.replace("{", "{'x': " + "[" * 200, 1),
        "{" + "(" * 3000,
        "__import__('os')",
    ]
    text = rng.choice(choices).encode("latin1")
    text = text[:head_len].ljust(head_len - 1) + b"\n" if len(text) < head_len else text + b"\n"
    new = data[:8] + struct.pack("<H", len(text)) + text + data[10 + head_len :]
    items[name] = new
    return pack(items, deflate=rng.random() < 0.5)


def zip_lies(base, rng) -> bytes:
    """The zip's directory lies: member sizes, the entry count, or a member that inflates
    to far more than the directory says (a zip bomb in the manifest or an array)."""
    how = rng.choice(["sizes", "count", "bomb", "many"])
    if how == "bomb":
        items = dict(base)
        target = rng.choice(["manifest.json", "network/W1.npy"])
        items[target] = items[target] + b" " * rng.choice([10 << 20, 60 << 20])
        data = bytearray(pack(items, deflate=True))
        _set_sizes(data, target.encode(), rng.choice([100, 4096, 2**32 - 1]))
        return bytes(data)
    if how == "many":  # a directory of tens of thousands of (empty) entries
        n = rng.choice([4097, 20_000, 65_535])
        fields = (20, 20, 0, 0, 0, 0) + (0, 0, 0) + (1, 0, 0, 0, 0) + (0, 0)
        entry = struct.pack("<4s6H3L5H2L", b"PK\x01\x02", *fields) + b"a"
        directory = entry * n
        end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, n, n, len(directory), 0, 0)
        return directory + end
    data = bytearray(pack(base, deflate=rng.random() < 0.5))
    end = data.rfind(b"PK\x05\x06")
    if how == "count":
        struct.pack_into("<HH", data, end + 8, *([rng.choice([0, 1, 5000, 65_535])] * 2))
        if rng.random() < 0.5:
            struct.pack_into("<L", data, end + 12, rng.choice([0, 10**6, 2**32 - 1]))
        return bytes(data)
    names = [n.encode() for n in base]
    _set_sizes(data, rng.choice(names), rng.choice([0, 1, 2**31, 2**32 - 1]))
    return bytes(data)


def _set_sizes(data: bytearray, name: bytes, size: int) -> None:
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        n = struct.unpack("<H", data[at + 28 : at + 30])[0]
        if data[at + 46 : at + 46 + n] == name:
            struct.pack_into("<I", data, at + 24, size)
            local = struct.unpack("<I", data[at + 42 : at + 46])[0]
            if local + 26 <= len(data):
                struct.pack_into("<I", data, local + 22, size)
        at = data.find(b"PK\x01\x02", at + 4)


def deep_json(base, rng) -> bytes:
    items = dict(base)
    manifest = _manifest(items)
    depth = rng.choice([30, 33, 100, 600, 900, 5000, 100_000])
    if depth > 900:  # past what json.dumps itself nests: written by hand
        text = json.dumps(manifest)[:-1] + ', "metadata": ' + "[" * depth + "]" * depth + "}"
    else:
        deep: list = []
        for _ in range(depth):
            deep = [deep]
        manifest[rng.choice(["metadata", "metrics", "dataset"])] = {"x": deep}
        text = json.dumps(manifest)
    items["manifest.json"] = text.encode()
    return pack(items)


KINDS = {
    "bit flips": flips,
    "truncation": truncation,
    "splice": splice,
    "manifest values": manifest_values,
    "architecture": architecture,
    "history": history,
    ".npy headers": npy_headers,
    "zip lies": zip_lies,
    "deep JSON": deep_json,
}
WEIGHTS = {
    "bit flips": 20,
    "truncation": 8,
    "splice": 8,
    "manifest values": 25,
    "architecture": 6,
    "history": 4,
    ".npy headers": 15,
    "zip lies": 8,
    "deep JSON": 6,
}


def mutate(base: dict[str, bytes], rng: random.Random, kind: str | None = None):
    """(kind, bytes of a mutated model file)."""
    if kind is None:
        kind = rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]
    return kind, KINDS[kind](base, rng)
