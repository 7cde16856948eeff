"""The floor under any NumPy training step: only its matrix products, nothing else.

    OPENBLAS_NUM_THREADS=1 python bench/gemm_bound.py

For the two cases of bench/engine_speed.py, times a "step" made of nothing but the
matrix products a forward and backward pass need (preallocated outputs, no
activation, loss, optimizer or metric; for case (a) also the two in-place weight
updates), so the engine's figures can be read against what BLAS itself allows.
"""

from __future__ import annotations

import os
import time

import numpy as np

CASES = {
    "(a) 784-30-10, batch 10": ([784, 30, 10], 10),
    "(b) 784-128-64-10, batch 64": ([784, 128, 64, 10], 64),
}


def products_only(sizes: list[int], n: int, repeats: int = 5) -> float:
    """Best seconds per step over `repeats` rounds of a products-only step."""
    rng = np.random.default_rng(0)
    f32 = np.float32
    a = [rng.random((n, k), dtype=f32) * 0.01 for k in sizes]  # a[0] = X, then activations
    W = [rng.random((i, o), dtype=f32) * 0.01 for i, o in zip(sizes[:-1], sizes[1:], strict=True)]
    delta = [rng.random((n, k), dtype=f32) * 0.01 for k in sizes[1:]]
    dW = [np.empty_like(w) for w in W]
    L = len(W)
    sign = [1]

    def step():
        for l in range(L):
            np.matmul(a[l], W[l], out=a[l + 1])
        for l in range(L - 1, -1, -1):
            np.matmul(a[l].T, delta[l], out=dW[l])
            if l > 0:
                np.matmul(delta[l], W[l].T, out=delta[l - 1])
        if n == 10:
            # the in-place update; its sign alternates so the weights stay bounded (no
            # overflow, whose inf/NaN would make the timing meaningless), at the same cost
            update = np.subtract if sign[0] > 0 else np.add
            sign[0] = -sign[0]
            for w, g in zip(W, dW, strict=True):
                update(w, g, out=w)

    rounds = max(200, 20_000 // n)
    for _ in range(rounds // 5):
        step()
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        for _ in range(rounds):
            step()
        best = min(best, (time.perf_counter() - t0) / rounds)
    return best


def main() -> None:
    threads = os.environ.get("OPENBLAS_NUM_THREADS", "default")
    print(f"matrix products only, OPENBLAS_NUM_THREADS={threads}")
    for name, (sizes, n) in CASES.items():
        t = products_only(sizes, n)
        print(f"{name:<30} {t * 1e6:7.1f} us per batch  -> at most {n / t:>10,.0f} samples/s")


if __name__ == "__main__":
    main()
