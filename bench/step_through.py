"""How long the step-through takes, next to one training step measured in the same run.

    QT_QPA_PLATFORM=offscreen python bench/step_through.py [--repeats 50]

Prints, for a 2-3-2 and a 784-30-10 network and one sample: the median time of
`Trainer.train_on_batch` (the reference), of `engine.teach.tracing.trace`, of a unit's
formulas (`Trace.neuron`), of one move of the panel (`Panel.go`), per step: on the
first visit after a new trace (its tables are built) and on a later visit (kept), and
of a new sample arriving (e.g. from the canvas) while the panel is shown.
"""

from __future__ import annotations

import argparse
import copy
import os
import statistics
import sys
import time
from pathlib import Path

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # as the app does (gui/__init__.py), before NumPy loads

import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from engine.data.dataset import Dataset, encode_targets  # noqa: E402
from engine.nn.network import Network  # noqa: E402
from engine.teach.tracing import trace  # noqa: E402
from engine.train.trainer import TrainConfig, Trainer  # noqa: E402


def median_ms(fn, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return 1000 * statistics.median(times)


def setup(sizes):
    rng = np.random.default_rng(0)
    X = rng.random((64, sizes[0])).astype(np.float32)
    y = rng.integers(0, sizes[-1], 64)
    data = Dataset("random", X, y, X[:8], y[:8], n_classes=sizes[-1])
    net = Network.create(sizes, seed=0)
    trainer = Trainer(net, data, TrainConfig(optimizer="adam", lr=0.001))
    return data, net, trainer, X[0], int(y[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=50)
    args = parser.parse_args()

    from PySide6 import QtWidgets

    from gui.panels.step_through import StepThrough as Panel
    from gui.state import AppState, Sample

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    print(
        f"{'network':<12} {'train_on_batch':>15} {'trace':>9} {'neuron':>9} "
        f" {'step, 1st visit':>15} {'step, again':>11} {'new sample':>11}"
    )
    for sizes in ([2, 3, 2], [784, 30, 10]):
        data, net, trainer, x, label = setup(sizes)
        Y = encode_targets(np.array([label]), sizes[-1], net.dtype)
        spare = Trainer(net.copy(), data, copy.deepcopy(trainer.config))
        reference = median_ms(
            lambda spare=spare, x=x, Y=Y: spare.train_on_batch(x[None], Y, use_dropout=False),
            args.repeats,
        )
        traced = median_ms(
            lambda net=net, x=x, label=label, trainer=trainer: trace(
                net, x, label, trainer.optimizer, trainer.config
            ),
            args.repeats,
        )
        t = trace(net, x, label, trainer.optimizer, trainer.config)
        neuron = median_ms(lambda t=t: t.neuron(1, 0), args.repeats)
        state = AppState()
        state.network, state.dataset, state.config = net, data, trainer.config
        state.trainer = trainer
        state.sample = Sample(x, label, "bench")
        panel = Panel(state)
        panel.resize(1200, 520)
        panel.show()
        app.processEvents()

        def walk(panel=panel):
            for i in range(len(panel.trace.steps)):
                panel.go(i)
            app.processEvents()

        def first_walk(panel=panel, walk=walk):
            panel.refresh()  # a new trace: every step's tables are built on the first visit
            walk()

        built = median_ms(first_walk, max(3, args.repeats // 10))
        walk()
        kept = median_ms(walk, max(3, args.repeats // 10))
        samples = iter(data.x_train[1:])

        def new_sample(state=state, samples=samples):
            state.set_sample(Sample(next(samples), None, "bench"))  # re-trace, tables kept
            app.processEvents()

        resampled = median_ms(new_sample, min(args.repeats, 60))
        panel.close()
        name = "-".join(map(str, sizes))
        steps = len(t.steps)
        print(
            f"{name:<12} {reference:>12.3f} ms {traced:>6.3f} ms {neuron:>6.3f} ms "
            f"{built / steps:>12.1f} ms {kept / steps:>8.1f} ms {resampled:>8.1f} ms"
        )


if __name__ == "__main__":
    main()
