"""Optimizers: small objects that own their state and turn gradients into updates.

Each optimizer sees the parameters as one flat list `[W1, b1, W2, b2, ...]`
and keeps, per parameter, arrays of the same shape ("slots": velocities,
running averages, Adam's moments). One call does one step:

    updates = optimizer.updates(grads)     # list of ΔW, same shapes as params
    for p, u in zip(params, updates): p += u

`updates` advances the optimizer's state (Adam's t, the velocities); the
caller applies the returned ΔW (the trainer checks they are finite first).
`state_dict()` / `load_state_dict()` give and take plain data (floats, ints
and arrays) so model files can store it without pickle.
"""

from __future__ import annotations

import numpy as np


class Optimizer:
    name = ""
    rule = ""  # the update rule as written in the textbooks, for the step-through panel
    slot_names: tuple[str, ...] = ()
    defaults: dict[str, float] = {}

    def __init__(self, lr: float, **hyper: float) -> None:
        unknown = set(hyper) - set(self.defaults)
        if unknown:
            raise ValueError(f"{self.name} has no setting {', '.join(sorted(unknown))}")
        self.lr = float(lr)
        self.hyper = {**self.defaults, **{k: float(v) for k, v in hyper.items()}}
        self.t = 0
        self.slots: dict[str, list[np.ndarray]] = {}
        self._out: list[np.ndarray] = []

    def _ensure(self, grads: list[np.ndarray]) -> None:
        if len(self._out) != len(grads):
            self._out = [np.empty_like(g) for g in grads]
        for name in self.slot_names:
            if len(self.slots.get(name, ())) != len(grads):
                self.slots[name] = [np.zeros_like(g) for g in grads]

    def updates(self, grads: list[np.ndarray]) -> list[np.ndarray]:
        """One step: advance the state, return ΔW for each parameter (reused buffers)."""
        self._ensure(grads)
        self.t += 1
        for i, g in enumerate(grads):
            self._update(i, g, self._out[i])
        return self._out

    def _update(self, i: int, g: np.ndarray, out: np.ndarray) -> None:
        raise NotImplementedError

    def state_dict(self) -> dict:
        return {
            "name": self.name,
            "lr": self.lr,
            "hyper": dict(self.hyper),
            "t": self.t,
            "slots": {k: [a.copy() for a in v] for k, v in self.slots.items()},
        }

    def load_state_dict(self, state: dict) -> None:
        if state.get("name") != self.name:
            raise ValueError(f"optimizer state is for {state.get('name')!r}, not {self.name!r}")
        self.lr = float(state["lr"])
        self.hyper = {**self.defaults, **{k: float(v) for k, v in state["hyper"].items()}}
        self.t = int(state["t"])
        self.slots = {k: [np.array(a) for a in v] for k, v in state["slots"].items()}
        self._out = []


class SGD(Optimizer):
    name = "sgd"
    rule = "W ← W − η·∂L/∂W"

    def _update(self, i, g, out):
        np.multiply(g, -self.lr, out=out)


class Momentum(Optimizer):
    name = "momentum"
    rule = "v ← μ·v − η·∂L/∂W;  W ← W + v"
    slot_names = ("velocity",)
    defaults = {"momentum": 0.9}

    def _update(self, i, g, out):
        v = self.slots["velocity"][i]
        v *= self.hyper["momentum"]
        v -= self.lr * g
        out[...] = v


class Nesterov(Optimizer):
    name = "nesterov"
    rule = "v ← μ·v − η·∂L/∂W;  W ← W + μ·v − η·∂L/∂W"
    slot_names = ("velocity",)
    defaults = {"momentum": 0.9}

    def _update(self, i, g, out):
        mu = self.hyper["momentum"]
        v = self.slots["velocity"][i]
        v *= mu
        v -= self.lr * g
        np.multiply(v, mu, out=out)
        out -= self.lr * g


class Adagrad(Optimizer):
    name = "adagrad"
    rule = "G ← G + (∂L/∂W)²;  W ← W − η·∂L/∂W / (√G + ε)"
    slot_names = ("sum_sq",)
    defaults = {"epsilon": 1e-8}

    def _update(self, i, g, out):
        G = self.slots["sum_sq"][i]
        G += g * g
        np.sqrt(G, out=out)
        out += self.hyper["epsilon"]
        np.divide(g, out, out=out)
        out *= -self.lr


class RMSprop(Optimizer):
    name = "rmsprop"
    rule = "E ← ρ·E + (1−ρ)·(∂L/∂W)²;  W ← W − η·∂L/∂W / (√E + ε)"
    slot_names = ("mean_sq",)
    defaults = {"rho": 0.9, "epsilon": 1e-8}

    def _update(self, i, g, out):
        rho = self.hyper["rho"]
        E = self.slots["mean_sq"][i]
        E *= rho
        E += (1 - rho) * (g * g)
        np.sqrt(E, out=out)
        out += self.hyper["epsilon"]
        np.divide(g, out, out=out)
        out *= -self.lr


class Adadelta(Optimizer):
    name = "adadelta"
    rule = (
        "E_g ← ρ·E_g + (1−ρ)·g²;  Δ = −√(E_Δ + ε)/√(E_g + ε)·g;  "
        "E_Δ ← ρ·E_Δ + (1−ρ)·Δ²;  W ← W + η·Δ"
    )
    slot_names = ("mean_sq_grad", "mean_sq_delta")
    defaults = {"rho": 0.95, "epsilon": 1e-6}

    def _update(self, i, g, out):
        rho, eps = self.hyper["rho"], self.hyper["epsilon"]
        Eg = self.slots["mean_sq_grad"][i]
        Ed = self.slots["mean_sq_delta"][i]
        Eg *= rho
        Eg += (1 - rho) * (g * g)
        delta = -np.sqrt(Ed + eps) / np.sqrt(Eg + eps) * g
        Ed *= rho
        Ed += (1 - rho) * (delta * delta)
        np.multiply(delta, self.lr, out=out)


class Adam(Optimizer):
    name = "adam"
    rule = (
        "m ← β₁·m + (1−β₁)·g;  v ← β₂·v + (1−β₂)·g²;  "
        "W ← W − η·m̂ / (√v̂ + ε),  m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ)"
    )
    slot_names = ("m", "v")
    defaults = {"beta1": 0.9, "beta2": 0.999, "epsilon": 1e-8}

    def _update(self, i, g, out):
        b1, b2, eps = self.hyper["beta1"], self.hyper["beta2"], self.hyper["epsilon"]
        m = self.slots["m"][i]
        v = self.slots["v"][i]
        m *= b1
        m += (1 - b1) * g
        v *= b2
        v += (1 - b2) * (g * g)
        m_hat_scale = 1 / (1 - b1**self.t)
        v_hat_scale = 1 / (1 - b2**self.t)
        np.multiply(v, v_hat_scale, out=out)
        np.sqrt(out, out=out)
        out += eps
        np.divide(m, out, out=out)
        out *= -self.lr * m_hat_scale


OPTIMIZERS: dict[str, type[Optimizer]] = {
    cls.name: cls for cls in (SGD, Momentum, Nesterov, Adagrad, RMSprop, Adadelta, Adam)
}


def make(name: str, lr: float, **hyper: float) -> Optimizer:
    """Build the optimizer called `name` (a key of OPTIMIZERS)."""
    if name not in OPTIMIZERS:
        raise ValueError(f"unknown optimizer {name!r}; known: {', '.join(OPTIMIZERS)}")
    if not np.isfinite(lr) or lr <= 0:
        raise ValueError(f"learning rate must be a positive number, not {lr}")
    return OPTIMIZERS[name](lr, **hyper)
