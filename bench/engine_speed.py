"""Training speed: this engine vs a per-sample backprop loop vs PyTorch CPU, in one run.

    /work/venv/bin/python bench/engine_speed.py [--samples 6000] [--epochs 2] [--repeats 3]

Two cases, float32, on the same random MNIST-shaped data (inputs in [0, 1],
one-hot targets over 10 classes):

    (a) 784-30-10 sigmoid / mse, batch 10, plain SGD   (Nielsen's book, chapter 1)
    (b) 784-128-64-10 relu / softmax + cross-entropy, batch 64, plain SGD

Every contender trains the same number of epochs over the same samples in
mini-batches of the same size, shuffling each epoch, so each does the same
work; samples/s = samples processed / wall time. The per-sample loop is
written here in the style of Nielsen's network.py: column vectors, one sample
at a time, gradients summed over the mini-batch. PyTorch (if installed) runs
with 1 and with 2 intra-op threads; its best is the reference.

A fourth contender, "the NumPy floor" (`run_floor`), is not an engine: it is
the leanest step I could write by hand for these two cases, with the same
products and the same per-batch figures (loss, accuracy, gradient norms) but
none of the engine's generality, checks or logs. Its row says how far any
NumPy engine could go on this machine; the engine's row says how close this
one gets. For the matrix products alone, see bench/gemm_bound.py.

Every measurement runs in a fresh child process: NumPy's BLAS reads its thread
count once, when numpy is first imported, so each setting of
OPENBLAS_NUM_THREADS (1 and 2) gets its own children and its own table; and
PyTorch's OpenMP threads cannot linger into the next contender's run. Timings
on a shared machine are noisy: each figure is the best of --repeats rounds, in
which every contender runs once, interleaved.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

CASES = {
    "a": dict(
        sizes=[784, 30, 10],
        activation="sigmoid",
        output_activation="sigmoid",
        loss="mse",
        batch_size=10,
        lr=3.0,
        label="(a) 784-30-10 sigmoid/mse, batch 10",
    ),
    "b": dict(
        sizes=[784, 128, 64, 10],
        activation="relu",
        output_activation="softmax",
        loss="cross_entropy",
        batch_size=64,
        lr=0.1,
        label="(b) 784-128-64-10 relu/softmax-CE, batch 64",
    ),
}


def make_data(n, seed=0):
    import numpy as np

    rng = np.random.default_rng(seed)
    X = rng.random((n, 784), dtype=np.float32)
    y = rng.integers(0, 10, n)
    return X, y


# -- contender 1: this engine ---------------------------------------------------------


def run_engine(case, X, y, epochs):
    from engine.data.dataset import Dataset
    from engine.nn.network import Network
    from engine.train.trainer import TrainConfig, Trainer

    net = Network.create(
        case["sizes"],
        case["activation"],
        case["output_activation"],
        case["loss"],
        init="glorot_uniform",
        seed=1,
    )
    data = Dataset("bench", X, y, n_classes=10)
    config = TrainConfig(
        optimizer="sgd", lr=case["lr"], batch_size=case["batch_size"], epochs=epochs, seed=1
    )
    trainer = Trainer(net, data, config)
    t0 = time.perf_counter()
    trainer.fit()
    seconds = time.perf_counter() - t0
    assert trainer.stopped_because == f"reached {epochs} epochs", trainer.stopped_because
    return trainer.samples_seen / seconds


# -- contender 2: a per-sample loop in the style of Nielsen's network.py -----------------


def run_per_sample(case, X, y, epochs):
    """Backprop one column-vector sample at a time; SGD step per mini-batch."""
    import numpy as np

    rng = np.random.default_rng(1)
    sizes = case["sizes"]
    hidden = case["activation"]
    softmax_ce = case["loss"] == "cross_entropy"
    f32 = np.float32
    # Nielsen's layout: weights[l] is (sizes[l+1], sizes[l]), biases[l] is (sizes[l+1], 1).
    weights = [
        (rng.standard_normal((m, k)) / np.sqrt(k)).astype(f32)
        for k, m in zip(sizes[:-1], sizes[1:], strict=True)
    ]
    biases = [np.zeros((m, 1), f32) for m in sizes[1:]]
    inputs = [x.reshape(-1, 1) for x in X]
    targets = [np.eye(10, dtype=f32)[label].reshape(-1, 1) for label in y]
    eta = f32(case["lr"])

    def g(z):
        return 1 / (1 + np.exp(-z)) if hidden == "sigmoid" else np.maximum(z, 0)

    def g_prime(z, a):
        return a * (1 - a) if hidden == "sigmoid" else (z > 0).astype(f32)

    def backprop(x, t):
        activation, activations, zs = x, [x], []
        for w, b in zip(weights[:-1], biases[:-1], strict=True):
            z = w @ activation + b
            zs.append(z)
            activation = g(z)
            activations.append(activation)
        z = weights[-1] @ activation + biases[-1]
        zs.append(z)
        if softmax_ce:
            e = np.exp(z - z.max())
            out = e / e.sum()
            delta = out - t
        else:
            out = 1 / (1 + np.exp(-z))
            delta = (out - t) * out * (1 - out)
        activations.append(out)
        nabla_b = [None] * len(biases)
        nabla_w = [None] * len(weights)
        nabla_b[-1] = delta
        nabla_w[-1] = delta @ activations[-2].T
        for l in range(2, len(sizes)):
            delta = (weights[-l + 1].T @ delta) * g_prime(zs[-l], activations[-l])
            nabla_b[-l] = delta
            nabla_w[-l] = delta @ activations[-l - 1].T
        return nabla_b, nabla_w

    n, bs = len(inputs), case["batch_size"]
    order = list(range(n))
    t0 = time.perf_counter()
    for _ in range(epochs):
        rng.shuffle(order)
        for k in range(0, n, bs):
            batch = order[k : k + bs]
            sum_b = [np.zeros_like(b) for b in biases]
            sum_w = [np.zeros_like(w) for w in weights]
            for i in batch:
                delta_b, delta_w = backprop(inputs[i], targets[i])
                sum_b = [s + d for s, d in zip(sum_b, delta_b, strict=True)]
                sum_w = [s + d for s, d in zip(sum_w, delta_w, strict=True)]
            scale = eta / len(batch)
            weights = [w - scale * s for w, s in zip(weights, sum_w, strict=True)]
            biases = [b - scale * s for b, s in zip(biases, sum_b, strict=True)]
    return epochs * n / (time.perf_counter() - t0)


# -- contender 4: the floor under any NumPy engine ----------------------------------------


def run_floor(case, X, y, epochs):
    """The leanest NumPy mini-batch step I could write that still yields, per batch, what
    the issue asks of the engine: the loss, the accuracy and each layer's gradient norm.

    A bound, not an engine: hand-fused for the two cases here, with every trick that
    saves a NumPy call and none of the engine's generality (activations, losses and
    optimizers chosen by name, dropout, l1/l2), checks (finite gradients, the weight
    limit), logs or history:
    - the bias is a weight from a unit that is always 1: the inputs carry a column of
      ones and W (k+1, m) = [W; b], so z = [a, 1]·W has no separate bias add and
      [a, 1]ᵀ·δ gives ∂L/∂W and ∂L/∂b in one product;
    - every parameter lives in one flat array, −η/n is folded into the output δ, so
      the gradients come out as the updates and one in-place add applies them all;
    - batches are gathered into reused buffers; nothing is allocated per step except
      NumPy's small temporaries (softmax's row maxima and sums).
    """
    import numpy as np

    sizes, n_batch = case["sizes"], case["batch_size"]
    sigmoid = case["activation"] == "sigmoid"
    f32 = np.float32
    rng = np.random.default_rng(1)
    L = len(sizes) - 1
    shapes = [(k + 1, m) for k, m in zip(sizes[:-1], sizes[1:], strict=True)]
    flat = np.zeros(sum(k * m for k, m in shapes), f32)
    flat_update = np.empty_like(flat)
    W, U, start = [], [], 0
    for k, m in shapes:
        W.append(flat[start : start + k * m].reshape(k, m))  # [W; b]
        U.append(flat_update[start : start + k * m].reshape(k, m))  # −η·[∂L/∂W; ∂L/∂b]
        W[-1][:-1] = rng.standard_normal((k - 1, m)) / np.sqrt(k - 1)
        start += k * m
    X1 = np.hstack([X, np.ones((X.shape[0], 1), f32)])
    Y_all = np.eye(10, dtype=f32)[y]
    labels_all = y.astype(np.int64)
    xb = np.empty((n_batch, sizes[0] + 1), f32)
    yb = np.empty((n_batch, 10), f32)
    lb = np.empty(n_batch, np.int64)
    a = [xb] + [np.ones((n_batch, m + 1), f32) for m in sizes[1:-1]]  # [a, 1]
    z = [np.empty((n_batch, m), f32) for m in sizes[1:]]
    delta = [np.empty((n_batch, m), f32) for m in sizes[1:]]
    gprime = [np.empty((n_batch, m), f32) for m in sizes[1:]]
    out = np.empty((n_batch, 10), f32)
    eta = case["lr"]
    n = X.shape[0]
    scale = -eta / n_batch
    losses, correct, norms = [], 0, []

    def g(zl, into):
        if sigmoid:
            np.negative(zl, out=zl)
            np.exp(zl, out=zl)
            zl += 1
            return np.reciprocal(zl, out=into)
        return np.maximum(zl, 0, out=into)

    t0 = time.perf_counter()
    for _ in range(epochs):
        order = rng.permutation(n)
        for k in range(0, n - n_batch + 1, n_batch):
            idx = order[k : k + n_batch]
            X1.take(idx, axis=0, out=xb, mode="clip")
            Y_all.take(idx, axis=0, out=yb, mode="clip")
            labels_all.take(idx, out=lb, mode="clip")
            for l in range(L - 1):
                g(np.matmul(a[l], W[l], out=z[l]), a[l + 1][:, :-1])
            zL, d = np.matmul(a[L - 1], W[L - 1], out=z[L - 1]), delta[L - 1]
            if sigmoid:  # mse: δ = (a − y) ⊙ a(1 − a)
                g(zL, out)
                np.subtract(out, yb, out=d)
                flat_d = d.reshape(-1)
                losses.append(0.5 * float(np.dot(flat_d, flat_d)) / n_batch)
                np.subtract(1, out, out=gprime[L - 1])
                gprime[L - 1] *= out
                d *= gprime[L - 1]
            else:  # softmax + cross-entropy, stable: loss = log Σ e^(z − m) + m − z_y
                zL -= zL.max(axis=1, keepdims=True)
                np.exp(zL, out=out)
                s = out.sum(axis=1, keepdims=True)
                losses.append(float(np.log(s).sum() - np.einsum("ij,ij->", yb, zL)) / n_batch)
                out /= s
                np.subtract(out, yb, out=d)
            d *= scale  # from here on every gradient is −η times itself: an update
            correct += int(np.count_nonzero(out.argmax(axis=1) == lb))
            for l in range(L - 1, -1, -1):
                np.matmul(a[l].T, delta[l], out=U[l])
                if l > 0:
                    below = np.matmul(delta[l], W[l][:-1].T, out=delta[l - 1])
                    hidden = a[l][:, :-1]
                    if sigmoid:
                        np.subtract(1, hidden, out=gprime[l - 1])
                        gprime[l - 1] *= hidden
                    else:
                        np.greater(hidden, 0, out=gprime[l - 1], casting="unsafe")
                    below *= gprime[l - 1]
            for u in U:  # ‖ΔW‖² per layer; ‖∂L/∂W‖ = ‖ΔW‖ / η
                flat_u = u.reshape(-1)
                norms.append(float(np.dot(flat_u, flat_u)))
            flat += flat_update
    seconds = time.perf_counter() - t0
    assert np.isfinite(losses).all() and np.isfinite(flat).all() and correct > 0
    return epochs * (n - n % n_batch) / seconds


# -- contender 3: PyTorch CPU ------------------------------------------------------------


def run_torch(case, X, y, epochs, threads):
    import torch

    torch.set_num_threads(threads)
    torch.manual_seed(1)
    sizes = case["sizes"]
    layers = []
    for l, (k, m) in enumerate(zip(sizes[:-1], sizes[1:], strict=True)):
        layers.append(torch.nn.Linear(k, m))
        if l < len(sizes) - 2:
            sigmoid = case["activation"] == "sigmoid"
            layers.append(torch.nn.Sigmoid() if sigmoid else torch.nn.ReLU())
    softmax_ce = case["loss"] == "cross_entropy"
    if not softmax_ce:
        layers.append(torch.nn.Sigmoid())
    model = torch.nn.Sequential(*layers)
    opt = torch.optim.SGD(model.parameters(), lr=case["lr"])
    Xt = torch.from_numpy(X)
    yt = torch.from_numpy(y)
    Yt = torch.nn.functional.one_hot(yt, 10).float()
    n, bs = Xt.shape[0], case["batch_size"]
    gen = torch.Generator().manual_seed(1)
    t0 = time.perf_counter()
    for _ in range(epochs):
        order = torch.randperm(n, generator=gen)
        for k in range(0, n, bs):
            idx = order[k : k + bs]
            xb = Xt[idx]
            opt.zero_grad(set_to_none=True)
            out = model(xb)
            if softmax_ce:
                loss = torch.nn.functional.cross_entropy(out, yt[idx])
            else:  # ½‖a − y‖² summed over units, mean over the batch, as in the engine
                loss = 0.5 * ((out - Yt[idx]) ** 2).sum(dim=1).mean()
            loss.backward()
            opt.step()
    return epochs * n / (time.perf_counter() - t0)


# -- each measurement in its own process; the parent tabulates ------------------------------


def measure(contender: str, case_key: str, samples: int, epochs: int) -> float:
    """samples/s of one contender on one case (runs in a fresh child process)."""
    X, y = make_data(samples)
    case = CASES[case_key]
    if contender == "engine":
        return run_engine(case, X, y, epochs)
    if contender == "per_sample":
        return run_per_sample(case, X, y, epochs)
    if contender == "floor":
        return run_floor(case, X, y, epochs)
    return run_torch(case, X, y, epochs, threads=int(contender.split("_")[1]))


def torch_version() -> str | None:
    try:
        import torch
    except ImportError:
        return None
    return torch.__version__


def spawn(contender, case_key, args, blas_threads) -> float:
    """Run `measure` in a child with OPENBLAS_NUM_THREADS set before numpy loads.

    A child per measurement also keeps PyTorch's OpenMP threads (which spin for a while
    after each parallel region) from stealing a core from the next contender.
    """
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "OPENBLAS_NUM_THREADS": str(blas_threads)}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), env.get("PYTHONPATH")]))
    cmd = [sys.executable, __file__, "--child", contender, case_key]
    cmd += ["--samples", str(args.samples), "--epochs", str(args.epochs)]
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"{contender} on case {case_key} failed:\n{proc.stderr}")
    return float(proc.stdout.strip().splitlines()[-1])


def table(results: dict, blas_threads: int) -> str:
    """Per case: the engine's row, then the floor's row (see run_floor), with their ratios."""
    lines = [f"OPENBLAS_NUM_THREADS={blas_threads} (the NumPy contenders)"]
    head = (
        f"{'case':<45} {'samples/s':>10} {'per-sample':>11} {'torch 1t':>9} {'torch 2t':>9}"
        f" {'vs torch':>9} {'vs loop':>8}"
    )
    lines += [head, "-" * len(head)]

    def fmt(v):
        return f"{v:>9,.0f}" if v else f"{'-':>9}"

    for key, case in CASES.items():
        r = results[key]
        t1, t2 = r.get("torch_1"), r.get("torch_2")
        torch_best = max(t1 or 0, t2 or 0) or None
        for who, label in (("engine", case["label"]), ("floor", "  the NumPy floor (run_floor)")):
            if who not in r:
                continue
            vs_torch = f"{r[who] / torch_best:>8.1f}x" if torch_best else f"{'-':>9}"
            lines.append(
                f"{label:<45} {r[who]:>10,.0f} {r['per_sample']:>11,.0f} "
                f"{fmt(t1)} {fmt(t2)} {vs_torch} {r[who] / r['per_sample']:>7.1f}x"
            )
    lines.append("(best of the repeats; 'vs torch': against torch's best thread count)")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--samples", type=int, default=4000, help="training samples per epoch")
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--blas-threads", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--child", nargs=2, metavar=("CONTENDER", "CASE"), help=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true", help="print raw figures as JSON")
    args = parser.parse_args()
    if args.child:
        print(measure(args.child[0], args.child[1], args.samples, args.epochs))
        return 0
    version = torch_version()
    print(f"PyTorch {version} (CPU)" if version else "PyTorch is not installed: skipping it")
    print(f"{args.samples} samples x {args.epochs} epochs per run, float32, best of {args.repeats}")
    numpy_contenders = ["engine", "floor", "per_sample"]
    torch_contenders = ["torch_1", "torch_2"] if version else []
    results = {t: {k: {} for k in CASES} for t in args.blas_threads}
    for _ in range(args.repeats):  # rounds: every contender once per round, interleaved
        for key in CASES:
            for contender in torch_contenders:  # torch does not use numpy's BLAS threads
                value = spawn(contender, key, args, args.blas_threads[0])
                for threads in args.blas_threads:
                    best = results[threads][key]
                    best[contender] = max(best.get(contender, 0.0), value)
            for threads in args.blas_threads:
                for contender in numpy_contenders:
                    best = results[threads][key]
                    value = spawn(contender, key, args, threads)
                    best[contender] = max(best.get(contender, 0.0), value)
    if args.json:
        print(json.dumps({"torch_version": version, "results": results}))
        return 0
    for threads in args.blas_threads:
        print()
        print(table(results[threads], threads))
    return 0


if __name__ == "__main__":
    sys.exit(main())
