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
        # Each slot (and the returned ΔW) lives in one flat array holding every parameter
        # end to end, so a step over parameters that are themselves views of one flat
        # array (as the trainer's are) is a single call per operation.
        self._shapes: list[tuple[int, ...]] = []
        self._seen: list[np.ndarray] | None = None  # the grads list last checked by _ensure
        self._flat_slots: dict[str, np.ndarray] = {}
        self._flat_out: np.ndarray | None = None

    # -- storage ---------------------------------------------------------------------------

    def _views(self, flat: np.ndarray) -> list[np.ndarray]:
        views, start = [], 0
        for shape in self._shapes:
            size = int(np.prod(shape, dtype=np.int64))
            views.append(flat[start : start + size].reshape(shape))
            start += size
        return views

    def _ensure(self, grads: list[np.ndarray]) -> None:
        if grads is self._seen and self._flat_out is not None:
            return  # the trainer passes its workspace's list, unchanged: shapes and dtype too
        self._seen = None
        shapes = [g.shape for g in grads]
        dtype = grads[0].dtype
        if shapes == self._shapes and self._flat_out is not None and self._flat_out.dtype == dtype:
            self._seen = grads
            return
        self._shapes = shapes
        total = sum(g.size for g in grads)
        self._flat_out = np.empty(total, dtype)
        self._flat_slots = {name: np.zeros(total, dtype) for name in self.slot_names}
        self._out = self._views(self._flat_out)
        self._slot_views = {k: self._views(v) for k, v in self._flat_slots.items()}
        self._seen = grads

    @property
    def slots(self) -> dict[str, list[np.ndarray]]:
        """Per parameter state, e.g. {"m": [m_W1, m_b1, ...], "v": [...]} for Adam (views)."""
        return {k: self._views(v) for k, v in self._flat_slots.items()}

    def __getstate__(self) -> dict:  # copies (deepcopy, pickle) rebuild their views
        state = dict(self.__dict__)
        state.pop("_out", None)
        state.pop("_slot_views", None)
        state["_seen"] = None  # someone else's gradient arrays: not part of the state
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._seen = None
        if self._flat_out is not None:
            self._out = self._views(self._flat_out)
            self._slot_views = {k: self._views(v) for k, v in self._flat_slots.items()}

    # -- one step ----------------------------------------------------------------------------

    def updates(self, grads: list[np.ndarray], flat: np.ndarray | None = None) -> list[np.ndarray]:
        """One step: advance the state, return ΔW for each parameter (reused buffers).

        flat: optionally, one 1-D array of which `grads` are consecutive views, in order
        (the trainer's gradient buffer); the step then runs over it in one go, with the
        same numbers as parameter by parameter.
        """
        self._ensure(grads)
        self.t += 1
        if flat is not None and flat.shape == self._flat_out.shape:
            slots = self._flat_slots
            self._step(flat, self._flat_out, *(slots[name] for name in self.slot_names))
        else:
            views = self._slot_views
            for i, g in enumerate(grads):
                self._step(g, self._out[i], *(views[name][i] for name in self.slot_names))
        return self._out

    @property
    def flat_updates(self) -> np.ndarray | None:
        """The last updates as one flat array (the list `updates` returned are views of it)."""
        return self._flat_out

    def _step(self, g: np.ndarray, out: np.ndarray, *slots: np.ndarray) -> None:
        """Write ΔW for gradient g into out, advancing the slot arrays (same shape as g)."""
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
        slots = {k: [np.asarray(a) for a in v] for k, v in state["slots"].items()}
        self._shapes, self._flat_out, self._flat_slots = [], None, {}
        if not slots:
            return
        missing = set(self.slot_names) - set(slots)
        if missing:
            raise ValueError(f"{self.name} state lacks {', '.join(sorted(missing))}")
        first = slots[self.slot_names[0]]
        self._ensure(first)
        for name in self.slot_names:
            arrays = slots[name]
            if [a.shape for a in arrays] != self._shapes:
                raise ValueError(f"{self.name} state {name!r} does not fit the parameters")
            for view, a in zip(self._slot_views[name], arrays, strict=True):
                view[...] = a


class SGD(Optimizer):
    name = "sgd"
    rule = "W ← W − η·∂L/∂W"

    def _step(self, g, out):
        np.multiply(g, -self.lr, out=out)


class Momentum(Optimizer):
    name = "momentum"
    rule = "v ← μ·v − η·∂L/∂W;  W ← W + v"
    slot_names = ("velocity",)
    defaults = {"momentum": 0.9}

    def _step(self, g, out, v):
        v *= self.hyper["momentum"]
        np.multiply(g, self.lr, out=out)
        v -= out
        out[...] = v


class Nesterov(Optimizer):
    name = "nesterov"
    rule = "v ← μ·v − η·∂L/∂W;  W ← W + μ·v − η·∂L/∂W"
    slot_names = ("velocity",)
    defaults = {"momentum": 0.9}

    def _step(self, g, out, v):
        mu = self.hyper["momentum"]
        v *= mu
        v -= self.lr * g
        np.multiply(v, mu, out=out)
        out -= self.lr * g


class Adagrad(Optimizer):
    name = "adagrad"
    rule = "G ← G + (∂L/∂W)²;  W ← W − η·∂L/∂W / (√G + ε)"
    slot_names = ("sum_sq",)
    defaults = {"epsilon": 1e-8}

    def _step(self, g, out, G):
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

    def _step(self, g, out, E):
        rho = self.hyper["rho"]
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

    def _step(self, g, out, Eg, Ed):
        rho, eps = self.hyper["rho"], self.hyper["epsilon"]
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

    def _step(self, g, out, m, v):
        b1, b2, eps = self.hyper["beta1"], self.hyper["beta2"], self.hyper["epsilon"]
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
