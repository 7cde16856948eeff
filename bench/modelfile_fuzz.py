"""Ten thousand mutated model files, each loaded in a watched child process (not a test).

    nice -n 10 python bench/modelfile_fuzz.py [--files 10000] [--seed 16]

Every file comes from tests/engine/fuzz_files.py (bit flips, truncations, splices, odd
manifest values, scaled-up architectures and curves with matching deflated arrays,
lying .npy headers, lying zip directories and zip bombs, deeply nested JSON), seeded.
A worker process loads each one with engine.files.modelfile.load and reports its
outcome and its peak memory (resource.getrusage's ru_maxrss, the whole process); the
parent kills a worker that takes more than 10 s. A worker whose peak has passed 1 GB is
replaced, so each later file is measured from a fresh process. Printed: how many
loaded, were refused (ModelFileError), raised anything else, took over 10 s, or peaked
over 1 GB, per kind and in total; the target for the last three is 0 / 0 / 0.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import multiprocessing as mp
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "engine"))

GB = 1 << 30
TIME_LIMIT = 10.0


def peak_bytes() -> int:
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024  # Linux reports kB


def worker(conn, scratch: str) -> None:
    """Load each file sent; answer (outcome, seconds, peak bytes, detail)."""
    from engine.files import modelfile

    path = os.path.join(scratch, f"fuzzed-{os.getpid()}.bps")
    conn.send("ready")  # started and imported: the first file's time is the load's alone
    while True:
        data = conn.recv_bytes()
        if not data:
            return
        with open(path, "wb") as f:
            f.write(data)
        t = time.perf_counter()
        try:
            modelfile.load(path)
            outcome, detail = "loaded", ""
        except modelfile.ModelFileError as e:
            outcome, detail = "refused", str(e)
            if len(detail) > 320 or "\n" in detail:
                outcome = "other"  # the error contract: one line, ~300 characters
                detail = f"message of {len(detail)} characters"
        except BaseException as e:  # noqa: BLE001 - counting what must not happen
            outcome, detail = "other", f"{type(e).__name__}: {str(e)[:100]}"
        conn.send((outcome, time.perf_counter() - t, peak_bytes(), detail))


class Worker:
    def __init__(self, ctx, scratch: str) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=worker, args=(child, scratch), daemon=True)
        self.proc.start()
        child.close()
        if not self.conn.poll(300) or self.conn.recv() != "ready":
            raise RuntimeError("the worker process did not start")

    def load(self, data: bytes):
        """(outcome, seconds, peak, detail), or ("timeout", ...) after TIME_LIMIT s."""
        self.conn.send_bytes(data)
        if not self.conn.poll(TIME_LIMIT):
            self.proc.kill()
            self.proc.join()
            return "timeout", TIME_LIMIT, 0, ""
        return self.conn.recv()

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self.conn.send_bytes(b"")
        self.proc.join(5)
        if self.proc.is_alive():
            self.proc.kill()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=16)
    args = ap.parse_args()

    from fuzz_files import KINDS, base_members, mutate

    scratch = Path(tempfile.mkdtemp(prefix="bps-fuzz-"))
    base = base_members(scratch)
    rng = random.Random(args.seed)
    ctx = mp.get_context("spawn")
    w = Worker(ctx, str(scratch))
    table = {k: collections.Counter() for k in KINDS}
    others: collections.Counter = collections.Counter()
    slowest = (0.0, "")
    highest = (0, "")
    start = time.perf_counter()
    for i in range(args.files):
        kind, data = mutate(base, rng)
        outcome, seconds, peak, detail = w.load(data)
        row = table[kind]
        if outcome == "timeout":
            row["over 10 s"] += 1
            others[f"{kind} #{i}: no answer in {TIME_LIMIT:g} s"] += 1
            w = Worker(ctx, str(scratch))
            continue
        row[outcome] += 1
        if outcome == "other":
            others[f"{kind}: {detail}"] += 1
        if seconds > slowest[0]:
            slowest = (seconds, f"{kind} #{i} ({outcome}: {detail[:90]})")
        if peak > highest[0]:
            highest = (peak, f"{kind} #{i} ({outcome}: {detail[:90]})")
        if peak > GB:
            row["over 1 GB"] += 1
        if peak > GB / 2:  # measure the next files from a fresh process
            w.stop()
            w = Worker(ctx, str(scratch))
        if (i + 1) % 1000 == 0:
            print(f"  {i + 1:,} files, {time.perf_counter() - start:.0f} s", file=sys.stderr)
    w.stop()

    cols = ["loaded", "refused", "other", "over 10 s", "over 1 GB"]
    print(f"{args.files:,} mutated model files (seed {args.seed}), one child process watching:")
    print(f"{'kind':<17}" + "".join(f"{c:>11}" for c in ["files", *cols]))
    total = collections.Counter()
    for kind, row in table.items():
        n = sum(row[c] for c in ("loaded", "refused", "other", "over 10 s"))
        total.update(row)
        total["files"] += n
        print(f"{kind:<17}{n:>11,}" + "".join(f"{row[c]:>11,}" for c in cols))
    print(f"{'total':<17}{total['files']:>11,}" + "".join(f"{total[c]:>11,}" for c in cols))
    print(f"slowest load {slowest[0]:.2f} s: {slowest[1]}")
    print(f"highest peak {highest[0] / 2**20:,.0f} MB (whole process): {highest[1]}")
    print(f"wall time {time.perf_counter() - start:.0f} s")
    for what, n in others.most_common(10):
        print(f"  not loaded or refused: {n} x {what}")


if __name__ == "__main__":
    main()
