"""Rebuild assets/default_digits.bps, the digit model the canvas reads with out of the box.

    /work/venv/bin/python scripts/build_default_model.py --data-dir /work/shared/data/mnist

1. Trains with the project's own command (printed before it runs):
       python -m engine train --dataset mnist --data-dir DIR --layers 784,512,256,10
         --activation relu --init he_normal --optimizer adam --lr 0.001
         --schedule cosine --lr-min 0.00001 --batch-size 128 --epochs 20
         --dropout 0.1 --seed 1 --augment --save <temporary .bps>
   (--augment uses engine.data.augment's defaults: shifts, rotations, scale, shear,
   stroke thickness and elastic distortion, so mouse- and pen-drawn digits are
   read, not only MNIST's own.) On 50,000 MNIST training images, validated on
   the other 10,000.
2. Keeps what the app needs and drops the rest: the file written by --save also
   holds Adam's moments and the training history (three times the weights);
   the shipped file keeps the network, its training settings, the validation
   accuracy and how it was built, written with engine.files.modelfile.save without a
   trainer (2.1 MB instead of ~6.5 MB).
3. Prints the validation accuracy read back from the written file.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from engine.data import mnist  # noqa: E402
from engine.files import modelfile  # noqa: E402

OUT = ROOT / "assets" / "default_digits.bps"
RECIPE = [
    "--dataset", "mnist",
    "--layers", "784,512,256,10",
    "--activation", "relu",
    "--init", "he_normal",
    "--optimizer", "adam",
    "--lr", "0.001",
    "--schedule", "cosine",
    "--lr-min", "0.00001",
    "--batch-size", "128",
    "--epochs", "20",
    "--dropout", "0.1",
    "--seed", "1",
    "--augment",
]  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True, help="folder with the MNIST IDX files")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--from-run", type=Path, help="skip training: slim this .bps written by the command"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        trained = args.from_run
        if trained is None:
            trained = Path(tmp) / "trained.bps"
            command = [sys.executable, "-m", "engine", "train", *RECIPE]
            command += ["--data-dir", args.data_dir, "--save", str(trained)]
            print("$", " ".join(command[1:]), flush=True)
            done = subprocess.run(command, cwd=ROOT)
            if done.returncode != 0:
                print(f"training failed (exit code {done.returncode})", file=sys.stderr)
                return done.returncode
        run = modelfile.load(str(trained))
        metadata = {
            "description": "Default digit model for the drawing canvas",
            "built_by": "scripts/build_default_model.py",
            "command": "python -m engine train " + " ".join(RECIPE),
            "training_data": "MNIST training images 1-50,000 (LeCun, Cortes, Burges; CC BY-SA 3.0)",
            "val_accuracy": run.metrics.get("val_accuracy"),
            "val_loss": run.metrics.get("val_loss"),
            "epochs": run.metrics.get("epochs"),
        }
        dataset = mnist.load(args.data_dir)  # named in the file, so the app can open it
        dataset.params = {
            "n_train": len(dataset.x_train),
            "n_val": len(dataset.x_val),
            "preprocessing": {
                "input": "28x28 grey image, flattened row by row, pixel values in [0, 1]",
                "augment": True,
                "drawings": (
                    "engine.data.preprocess.prepare (crop, fit 20x20, centre of mass at 14,14)"
                ),
            },
        }
        args.out.parent.mkdir(parents=True, exist_ok=True)
        modelfile.save(
            str(args.out), run.network, config=run.config, dataset=dataset, metadata=metadata
        )
    shipped = modelfile.load(str(args.out))
    size = args.out.stat().st_size
    acc = shipped.metadata.get("val_accuracy")
    print(f"wrote {args.out} ({size / 1e6:.1f} MB): {shipped.network.describe()}")
    print(
        f"validation accuracy (10,000 images): {acc:.2%}"
        if acc is not None
        else "validation accuracy: not recorded (the run stopped mid-epoch)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
