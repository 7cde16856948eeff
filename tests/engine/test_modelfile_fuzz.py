"""Fuzzing model files: truncated, bit-flipped and spliced files end in ModelFileError.

The only other acceptable outcome is that the damage missed everything that
matters (say a flipped bit in a zip timestamp) and the file loads as exactly
the model that was saved. Another exception, a different model, or a hang fails.
"""

from __future__ import annotations

import os

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from modelfile_helpers import ODD_VALUES, manifest_leaves, saved_mid_epoch
from timeouts import time_limit

from engine.files import modelfile
from engine.files.modelfile import ModelFileError

FUZZ = settings(
    max_examples=250,
    deadline=2000,  # ms per example: a slow parse is a failure, not a wait
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,
)


def fingerprint(m: modelfile.ModelFile) -> tuple:
    """What a model file means: weights, training state, config, dataset, history."""
    s = m.trainer_state
    return (
        tuple(p.tobytes() for p in m.network.params),
        tuple(m.network.sizes),
        tuple(m.network.activations),
        m.network.loss,
        repr(m.config),
        m.dataset_name,
        repr(sorted(m.dataset_params.items())),
        repr(s["rng"]) if s else None,
        s["epoch"] if s else None,
        s["batch"] if s else None,
        s["order"].tobytes() if s and s["order"] is not None else None,
        tuple(a.tobytes() for v in s["optimizer"]["slots"].values() for a in v) if s else (),
        repr(m.history),
    )


@pytest.fixture(scope="module")
def originals(tmp_path_factory):
    """Two valid files of the same architecture (different weights), and a scratch path."""
    folder = tmp_path_factory.mktemp("fuzz")
    out = []
    for seed in (3, 4):
        path = folder / f"model{seed}.bps"
        saved_mid_epoch(path, "adam", seed=seed)
        out.append((path.read_bytes(), fingerprint(modelfile.load(path))))
    return out, folder / "fuzzed.bps"


def check(data: bytes, scratch, allowed: list[tuple]) -> None:
    scratch.write_bytes(data)
    try:
        with time_limit(5):
            m = modelfile.load(scratch)
    except ModelFileError as e:
        msg = str(e)
        assert msg.startswith("fuzzed.bps: ") and "\n" not in msg
        return
    assert fingerprint(m) in allowed, "damaged file loaded as a different model"


@FUZZ
@given(data=st.data())
def test_truncated_files(originals, data):
    (a, fa), _ = originals[0]
    cut = data.draw(st.integers(0, len(a) - 1))
    check(a[:cut], originals[1], [fa])


@FUZZ
@given(data=st.data())
def test_bit_flipped_files(originals, data):
    (a, fa), _ = originals[0]
    flips = data.draw(st.lists(st.integers(0, 8 * len(a) - 1), min_size=1, max_size=4))
    damaged = bytearray(a)
    for bit in flips:
        damaged[bit // 8] ^= 1 << (bit % 8)
    check(bytes(damaged), originals[1], [fa])


@FUZZ
@given(data=st.data())
def test_spliced_files(originals, data):
    (a, fa), (b, fb) = originals[0]
    i = data.draw(st.integers(0, len(a)))
    j = data.draw(st.integers(0, len(b)))
    k = data.draw(st.integers(j, min(len(b), j + 4096)))
    how = data.draw(st.sampled_from(["prefix+suffix", "insert", "overwrite", "repeat"]))
    if how == "prefix+suffix":
        spliced = a[:i] + b[j:]
    elif how == "insert":
        spliced = a[:i] + b[j:k] + a[i:]
    elif how == "overwrite":
        spliced = a[:i] + b[j:k] + a[i + (k - j) :]
    else:
        spliced = a[:i] + a[j:k] + a[i:]
    check(spliced, originals[1], [fa, fb])


def test_the_fuzzed_originals_load(originals):
    """The fuzz tests start from files that do load (else they would prove nothing)."""
    (a, fa), (b, fb) = originals[0]
    scratch = originals[1]
    for data, fp in ((a, fa), (b, fb)):
        scratch.write_bytes(data)
        assert fingerprint(modelfile.load(scratch)) == fp
    assert fa != fb
    assert np.frombuffer(fa[0][0], np.float32).size == 12
    os.remove(scratch)


@FUZZ
@given(data=st.data())
def test_manifest_values_replaced_or_removed(originals, data):
    """Wrong types, out-of-range numbers and missing keys in a manifest whose CRC is intact:
    refused with ModelFileError, or the model loads and trains on without an error."""
    import json
    import zipfile

    from modelfile_helpers import members, moons, write_members

    (a, _), _ = originals[0]
    scratch = originals[1]
    scratch.write_bytes(a)
    items = members(scratch)
    manifest = json.loads(items["manifest.json"])
    paths = [p for p in manifest_leaves(manifest) if p]
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from(paths))
        parent = manifest
        try:
            for k in path[:-1]:
                parent = parent[k]
            if isinstance(parent, dict) and data.draw(st.booleans()):
                del parent[path[-1]]
            else:
                parent[path[-1]] = data.draw(st.sampled_from(ODD_VALUES))
        except (KeyError, IndexError, TypeError):
            pass  # an earlier change removed or replaced this path
    items["manifest.json"] = json.dumps(manifest).encode()
    write_members(scratch, items)
    assert zipfile.is_zipfile(scratch)
    try:
        with time_limit(5):
            model = modelfile.load(scratch)
    except ModelFileError as e:
        assert str(e).startswith("fuzzed.bps: ") and "\n" not in str(e)
        return
    try:
        trainer = modelfile.restore_trainer(model, moons())
    except ModelFileError:
        return
    with np.errstate(all="ignore"):
        trainer.step()
