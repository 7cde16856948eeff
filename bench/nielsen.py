"""Reproduce chapter 1 of Nielsen's "Neural Networks and Deep Learning" with the engine's CLI.

    /work/venv/bin/python bench/nielsen.py [--data-dir /work/shared/data/mnist] [--epochs 30]

Runs exactly

    python -m engine train --dataset mnist --data-dir DIR --layers 784,30,10
        --activation sigmoid --output-activation sigmoid --loss mse --init gaussian
        --optimizer sgd --lr 3.0 --batch-size 10 --epochs 30 --seed 1 --json

reads its JSON lines (one per epoch, then one with `stopped_because`), and prints
the validation accuracy after each epoch and the final figure against the book's
result: the target is >= 94.5% on the 10,000 validation images (the book reports
about 95%).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

TARGET = 0.945
ROOT = Path(__file__).resolve().parent.parent


def command(data_dir: str, epochs: int) -> list[str]:
    return [
        sys.executable, "-m", "engine", "train",
        "--dataset", "mnist", "--data-dir", data_dir,
        "--layers", "784,30,10", "--activation", "sigmoid", "--output-activation", "sigmoid",
        "--loss", "mse", "--init", "gaussian", "--optimizer", "sgd", "--lr", "3.0",
        "--batch-size", "10", "--epochs", str(epochs), "--seed", "1", "--json",
    ]  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", default="/work/shared/data/mnist")
    parser.add_argument("--epochs", type=int, default=30, help="30 as in the book")
    args = parser.parse_args()
    cmd = command(args.data_dir, args.epochs)
    print("$", " ".join(cmd[1:]), flush=True)
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    epochs, last = [], {}
    print(f"{'epoch':>5} {'loss':>8} {'val_accuracy':>12} {'seconds':>8} {'samples/s':>10}")
    for line in proc.stdout:
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue  # not one of the JSON lines (the CLI prints only those with --json)
        last = record
        if "val_accuracy" in record and "epoch" in record:
            epochs.append(record)
            print(
                f"{record['epoch']:>5} {record['loss']:>8.4f} {record['val_accuracy']:>12.2%} "
                f"{record['seconds']:>8.1f} {record['samples_per_second']:>10,.0f}",
                flush=True,
            )
    if proc.wait() != 0 or not epochs:
        print(f"the CLI failed (exit code {proc.returncode}); nothing to report", file=sys.stderr)
        return 1
    final = epochs[-1]["val_accuracy"]
    best = max(e["val_accuracy"] for e in epochs)
    verdict = "reached" if final >= TARGET else "MISSED"
    print(f"stopped because: {last.get('stopped_because', '?')}")
    print(
        f"final validation accuracy {final:.2%} (best {best:.2%}) — {verdict} the target "
        f"{TARGET:.1%} (Nielsen's book: about 95%)"
    )
    return 0 if final >= TARGET else 2


if __name__ == "__main__":
    sys.exit(main())
