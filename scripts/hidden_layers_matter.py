"""Does the default workspace show why hidden layers matter? Validation accuracy of the
default network (2-8-8-1 tanh) against one without hidden layers, after N epochs.

    python scripts/hidden_layers_matter.py                       # the default two moons
    python scripts/hidden_layers_matter.py --dataset circles --noise 0.1

Same settings as the window's default workspace (Adam, η = 0.03, batches of 16, Glorot
uniform); the mean over --seeds seeds (the seed draws both the data and the weights).
This is how gui/workspace.py's TOY_PARAMS were chosen (issue 15).
"""

from __future__ import annotations

import argparse

import numpy as np

from engine.data.catalog import load_dataset
from engine.nn.network import Network
from engine.train.trainer import TrainConfig, Trainer


def accuracies(name, n, noise, val_fraction, hidden, epochs, seeds) -> dict[int, float]:
    """{epoch: mean validation accuracy over the seeds} for a 2-hidden-1 tanh network."""
    out: dict[int, list[float]] = {e: [] for e in epochs}
    for seed in seeds:
        ds = load_dataset(name, n=n, noise=noise, seed=seed, val_fraction=val_fraction)
        sizes = [ds.n_inputs, *hidden, 1]
        net = Network.create(sizes, "tanh", "sigmoid", "cross_entropy", "glorot_uniform", seed)
        config = TrainConfig(
            optimizer="adam", lr=0.03, batch_size=16, epochs=max(epochs), seed=seed
        )
        trainer = Trainer(net, ds, config)
        for e in range(1, max(epochs) + 1):
            trainer.run_epoch()
            if e in out:
                out[e].append(trainer.evaluate_validation()[1])
    return {e: float(np.mean(v)) for e, v in out.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dataset", default="moons")
    ap.add_argument("--points", type=int, default=400)
    ap.add_argument("--noise", type=float, default=0.1)
    ap.add_argument("--val-fraction", type=float, default=0.25)
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--epochs", default="5,10,20,50")
    args = ap.parse_args()
    epochs = [int(e) for e in args.epochs.split(",")]
    print(f"{args.dataset}, {args.points} points, noise {args.noise}, mean of {args.seeds} seeds")
    for hidden in ([], [8, 8]):
        acc = accuracies(
            args.dataset,
            args.points,
            args.noise,
            args.val_fraction,
            hidden,
            epochs,
            range(args.seeds),
        )
        name = "-".join(map(str, [2, *hidden, 1]))
        print(f"{name:8s} " + "  ".join(f"{e} epochs {100 * a:5.1f} %" for e, a in acc.items()))


if __name__ == "__main__":
    main()
