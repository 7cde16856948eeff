"""What happens to damaged model files, counted over many random damages (not a test).

    python bench/modelfile_damage.py [--flips 3000] [--mutations 6000]

1. Single bit flips anywhere in a saved 2-6-5-1 Adam model (mid-epoch): how many
   are refused with ModelFileError, how many load as exactly the saved model
   (the bit was zip bookkeeping such as a timestamp), and how many do anything
   else (should be 0).
2. Manifest values replaced by odd JSON values (wrong types, 1e308, "nan", ...)
   or removed, 1-2 at a time, with the zip CRCs intact: refused, or loaded and
   then trained one step, or anything else (should be 0).
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import random
import sys
import tempfile
import warnings

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "tests", "engine"))

from modelfile_helpers import (  # noqa: E402
    ODD_VALUES,
    manifest_leaves,
    members,
    moons,
    trainer,
    write_members,
)

from engine.files import modelfile  # noqa: E402


def same(m: modelfile.ModelFile, ref: modelfile.ModelFile) -> bool:
    pairs = zip(m.network.params, ref.network.params, strict=True)
    return all(np.array_equal(a, b) for a, b in pairs) and repr(m.history) == repr(ref.history)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--flips", type=int, default=3000)
    ap.add_argument("--mutations", type=int, default=6000)
    args = ap.parse_args()
    folder = tempfile.mkdtemp(prefix="bps-damage-")
    good, bad = os.path.join(folder, "good.bps"), os.path.join(folder, "bad.bps")
    t = trainer("adam")
    for _ in range(8):
        t.step()
    modelfile.save(good, t.network, trainer=t)
    ref = modelfile.load(good)
    with open(good, "rb") as f:
        data = f.read()
    rnd = random.Random(0)

    counts = collections.Counter()
    for _ in range(args.flips):
        damaged = bytearray(data)
        bit = rnd.randrange(8 * len(data))
        damaged[bit // 8] ^= 1 << (bit % 8)
        with open(bad, "wb") as f:
            f.write(damaged)
        try:
            m = modelfile.load(bad)
            counts["loaded, identical" if same(m, ref) else "LOADED A DIFFERENT MODEL"] += 1
        except modelfile.ModelFileError:
            counts["refused"] += 1
        except Exception as e:  # noqa: BLE001 - counting what should never happen
            counts[f"OTHER {type(e).__name__}"] += 1
    print(f"{args.flips} single bit flips of a {len(data):,}-byte file: {dict(counts)}")

    items = members(good)
    paths = [p for p in manifest_leaves(json.loads(items["manifest.json"])) if p]
    counts = collections.Counter()
    for _ in range(args.mutations):
        manifest = json.loads(items["manifest.json"])
        for _ in range(rnd.choice([1, 1, 2])):
            path = rnd.choice(paths)
            parent = manifest
            try:
                for k in path[:-1]:
                    parent = parent[k]
                if isinstance(parent, dict) and rnd.random() < 0.15:
                    del parent[path[-1]]
                else:
                    parent[path[-1]] = rnd.choice(ODD_VALUES)
            except (KeyError, IndexError, TypeError):
                pass
        write_members(bad, dict(items, **{"manifest.json": json.dumps(manifest).encode()}))
        try:
            m = modelfile.load(bad)
            trained = modelfile.restore_trainer(m, moons())
            with warnings.catch_warnings(), np.errstate(all="ignore"):
                warnings.simplefilter("ignore")
                trained.step()
            counts["loaded and trained a step"] += 1
        except modelfile.ModelFileError:
            counts["refused"] += 1
        except Exception as e:  # noqa: BLE001
            counts[f"OTHER {type(e).__name__}: {str(e)[:60]}"] += 1
    print(f"{args.mutations} manifest mutations: {dict(counts)}")


if __name__ == "__main__":
    main()
