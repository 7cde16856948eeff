"""Rebuild assets/default_digits.bps, the digit model the canvas reads with out of the box.

    QT_QPA_PLATFORM=offscreen OPENBLAS_NUM_THREADS=1 python scripts/build_default_model.py \
        --data-dir ../shared/data/mnist --unipen ../shared/data/unipen-digits/strokes.jsonl.gz

A 784-512-256-10 ReLU network trained on MNIST *and on real pen strokes drawn on the
canvas*:

1. The UNIPEN digits of the *training* writers (engine.data.pendigits: every writer not
   in the held-out fifth; the held-out writers are only ever measured) are drawn on the
   canvas's own DrawCanvas — begin_stroke / extend_stroke / end_stroke, the methods the
   mouse and the tablet pen call — at a random size and position (pendigits.place), a
   random pen width and screen scale (points rounded to screen pixels, as a mouse
   reports them), and prepared by engine.data.preprocess.prepare exactly as the live
   canvas prepares them. Each digit is drawn VARIANTS times (3: ~34,700 drawings).
2. A fresh network (He-normal, seed 1) trains on the 50,000 MNIST training images
   together with these drawings, every batch augmented with engine.data.augment's
   defaults (shift, rotation, scale, slant, elastic warp, stroke thickness): Adam,
   learning rate 1e-3 with a cosine decay to 1e-5 over 16 epochs, batch 128, dropout 0.1.
   Validation: MNIST's other 10,000 training images.

--start-from FILE instead continues training an existing model (e.g. the previous,
MNIST-only default model) with Adam from 3e-4 for --epochs (4 is enough there).
--renders FILE caches the drawings between runs (drawing them is most of a run).

The shipped file keeps the network, its training settings, the validation figures and
how it was built (no optimizer state or history: ~2 MB). At the end the script prints
the MNIST validation accuracy read back from the file and the accuracy on the held-out
writers' digits drawn the same way (bench/unipen_canvas.py measures the latter through
real mouse events), and its run time.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from engine.data import augment, mnist, pendigits, preprocess  # noqa: E402
from engine.data.dataset import Dataset  # noqa: E402
from engine.files import modelfile  # noqa: E402
from engine.nn.network import Network  # noqa: E402
from engine.train.trainer import TrainConfig, Trainer  # noqa: E402

OUT = ROOT / "assets" / "default_digits.bps"
TRAINING = {  # TrainConfig of the shipped model (with epochs=16, seed=1)
    "optimizer": "adam",
    "lr": 1e-3,
    "schedule": "cosine",
    "schedule_params": {"lr_min": 1e-5},
    "batch_size": 128,
    "dropout": 0.1,
    "augment": True,
    "init": "he_normal",
}
CONTINUED = {**TRAINING, "lr": 3e-4}  # --start-from: an existing model trained further
LAYERS = [784, 512, 256, 10]
VARIANTS = 3  # drawings of each training writer's digit
PEN = (12.0, 26.0)  # pen widths drawn with (the canvas's default is 18)
SCREEN = (1.0, 2.2)  # screen pixels per canvas pixel (points are rounded to screen pixels)


def draw(canvas, strokes: list[np.ndarray], pen: float, screen: float) -> np.ndarray | None:
    """Draw strokes (canvas pixels) on a DrawCanvas as the mouse would; -> x (784,) or None."""
    canvas.clear()
    canvas.set_pen_width(pen)
    for stroke in strokes:
        pts = np.round(stroke * screen) / screen  # the screen pixels a mouse reports
        canvas.begin_stroke(*pts[0])
        for x, y in pts[1:]:
            canvas.extend_stroke(x, y)
        canvas.end_stroke()
    return preprocess.prepare(canvas.array(copy=False)).x


def render(digits: list, variants: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """X (n·variants, 784) float32, y int64: each digit drawn `variants` times on the canvas."""
    from PySide6 import QtWidgets

    from gui.panels.canvas import DrawCanvas

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])  # noqa: F841
    canvas = DrawCanvas()
    X = np.zeros((len(digits) * variants, 784), np.float32)
    y = np.zeros(len(digits) * variants, np.int64)
    k = 0
    for i, d in enumerate(digits):
        for v in range(variants):
            rng = np.random.default_rng([seed, i, v])
            pen, screen = rng.uniform(*PEN), rng.uniform(*SCREEN)
            x = draw(canvas, pendigits.place(d.strokes, rng), pen, screen)
            if x is not None:
                X[k], y[k] = x, d.label
                k += 1
    return X[:k], y[:k]


def accuracy(network, X: np.ndarray, y: np.ndarray) -> float:
    return float(np.mean(np.argmax(network.feedforward(X), axis=1) == y))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True, help="folder with the MNIST IDX files")
    parser.add_argument("--unipen", required=True, type=Path, help="UNIPEN strokes.jsonl.gz")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--epochs", type=int, default=16)
    parser.add_argument(
        "--start-from", type=Path, help="continue training this .bps (Adam from 3e-4)"
    )
    parser.add_argument("--variants", type=int, default=VARIANTS)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--renders", type=Path, help="cache the drawings in this .npz")
    args = parser.parse_args()
    started = time.perf_counter()
    digits = pendigits.load(args.unipen)
    train_digits = [d for d in digits if not pendigits.held_out(d.writer_id)]
    check_digits = [d for d in digits if pendigits.held_out(d.writer_id)]
    train_writers = {d.writer_id for d in train_digits}
    print(
        f"UNIPEN: {len(train_digits)} digits of {len(train_writers)} training writers, "
        f"{len(check_digits)} of {len({d.writer_id for d in check_digits})} held-out writers",
        flush=True,
    )
    from_cache = args.renders is not None and args.renders.exists()
    if from_cache:
        with np.load(args.renders) as z:
            Xu, yu, Xc, yc = z["Xu"], z["yu"], z["Xc"], z["yc"]
    else:
        t = time.perf_counter()
        Xu, yu = render(train_digits, args.variants, args.seed)
        Xc, yc = render(check_digits, 1, args.seed + 1000)  # measured only
        print(f"drew {len(Xu) + len(Xc)} digits on the canvas in {time.perf_counter() - t:.0f} s")
        if args.renders is not None:
            np.savez(args.renders, Xu=Xu, yu=yu, Xc=Xc, yc=yc)
    mn = mnist.load(args.data_dir)
    if args.start_from is None:
        net = Network.create(LAYERS, "relu", init="he_normal", seed=args.seed)
        settings = TRAINING
    else:
        net = modelfile.load(str(args.start_from)).network
        settings = CONTINUED
    print(
        f"start: MNIST validation {accuracy(net, mn.x_val, mn.y_val):.2%}, "
        f"held-out writers drawn on the canvas {accuracy(net, Xc, yc):.2%}",
        flush=True,
    )
    data = Dataset(
        name="mnist",
        x_train=np.concatenate([mn.x_train, Xu]),
        y_train=np.concatenate([mn.y_train, yu]),
        x_val=mn.x_val,
        y_val=mn.y_val,
        n_classes=10,
        image_shape=(28, 28),
    )
    config = TrainConfig(**settings, epochs=args.epochs, seed=args.seed)
    trainer = Trainer(net, data, config, transform=augment.transform())
    t = time.perf_counter()
    while not trainer.finished:
        record = trainer.run_epoch().epoch
        print(
            f"epoch {trainer.epoch}/{args.epochs}: MNIST validation "
            f"{record.val_accuracy if record else float('nan'):.2%}, held-out writers "
            f"{accuracy(net, Xc, yc):.2%} ({time.perf_counter() - t:.0f} s)",
            flush=True,
        )
    val_acc, val_loss = trainer.evaluate_validation()[::-1]
    metadata = {
        "description": "Default digit model for the drawing canvas",
        "built_by": "scripts/build_default_model.py",
        "command": "python scripts/build_default_model.py --data-dir MNIST --unipen UNIPEN "
        + (f"--start-from {args.start_from.name} " if args.start_from else "")
        + f"--epochs {args.epochs} --variants {args.variants} --seed {args.seed}",
        "drawings": {
            "unipen_training_digits_drawn": len(yu),
            "variants": args.variants,
            "pen": list(PEN),
            "screen_scale": list(SCREEN),
            "held_out": "writers with int(sha256(writer_id)[:8], 16) % 5 == 0, never trained on",
        },
        "training_data": (
            "MNIST training images 1-50,000 (LeCun, Cortes, Burges; CC BY-SA 3.0); "
            f"UNIPEN isolated digits of {len(train_writers)} writers drawn on the canvas "
            "(International Unipen Foundation, CC BY 4.0), held-out writers excluded"
        ),
        "val_accuracy": float(val_acc),
        "val_loss": float(val_loss),
        "unipen_held_out_accuracy": accuracy(net, Xc, yc),
        "epochs": args.epochs,
    }
    mn.params = {
        "n_train": len(mn.x_train),
        "n_val": len(mn.x_val),
        "extra_train": f"{len(yu)} UNIPEN drawings (training writers)",
        "preprocessing": {
            "input": "28x28 grey image, flattened row by row, pixel values in [0, 1]",
            "augment": True,
            "drawings": "engine.data.preprocess.prepare (crop, fit 20x20, centre of mass at 14,14)",
        },
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    modelfile.save(str(args.out), net, config=config, dataset=mn, metadata=metadata)
    shipped = modelfile.load(str(args.out))
    size = args.out.stat().st_size
    print(f"wrote {args.out} ({size / 1e6:.1f} MB): {shipped.network.describe()}")
    net = shipped.network
    print(f"MNIST validation accuracy (10,000 images): {accuracy(net, mn.x_val, mn.y_val):.2%}")
    print(f"held-out UNIPEN writers drawn on the canvas: {accuracy(net, Xc, yc):.2%}")
    seconds = time.perf_counter() - started
    print(f"run time: {seconds:.0f} s" + (" (drawings from the cache)" if from_cache else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
