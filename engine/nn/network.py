"""A fully-connected network (multilayer perceptron): forward pass and backpropagation.

sizes=[2, 3, 1] is a network with 2 inputs, one hidden layer of 3 units and
1 output unit. Layer l (1-based, as in the books) has

    W[l-1]  shape (sizes[l-1], sizes[l])     e.g. (2, 3) then (3, 1)
    b[l-1]  shape (sizes[l],)
    z = a_prev @ W + b,   a = g(z)

for a batch `a_prev` of shape (n, sizes[l-1]). Backpropagation, from the
output layer down:

    δ_L   = ∂L/∂z_L                       (losses.value_and_delta)
    ∂L/∂W = a_prevᵀ · δ,   ∂L/∂b = Σ_rows δ
    δ_prev = (δ · Wᵀ) ⊙ g'(z_prev)

`forward` and `backward` write into buffers the network keeps per batch size,
so training allocates nothing per step; the arrays in the returned `Pass` are
overwritten by the next call. Copy them (`Pass.copy()`) to keep them.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from engine.nn import activations as act
from engine.nn import initializers, losses


@dataclass
class Pass:
    """Everything one forward (+ backward) pass computed, layer by layer.

    For sizes [784, 30, 10] and a batch of n: zs[0] (n, 30), zs[1] (n, 10);
    activations[0] is the input x (n, 784), activations[1] (n, 30), activations[2] (n, 10);
    inputs[l] is what layer l+1 actually received (activations[l] after dropout);
    masks[l] the dropout mask applied to activations[l] (None without dropout);
    deltas[l] = ∂L/∂zs[l]; nabla_w[l], nabla_b[l] the gradients of W[l], b[l].
    """

    zs: list[np.ndarray]
    activations: list[np.ndarray]
    inputs: list[np.ndarray]
    masks: list[np.ndarray | None]
    deltas: list[np.ndarray]
    nabla_w: list[np.ndarray]
    nabla_b: list[np.ndarray]
    loss: float = float("nan")

    def copy(self) -> Pass:
        def dup(arrays):
            return [None if a is None else a.copy() for a in arrays]

        return Pass(
            dup(self.zs),
            dup(self.activations),
            dup(self.inputs),
            dup(self.masks),
            dup(self.deltas),
            dup(self.nabla_w),
            dup(self.nabla_b),
            self.loss,
        )

    @property
    def output(self) -> np.ndarray:
        return self.activations[-1]

    def gradients(self) -> list[np.ndarray]:
        """[∂L/∂W1, ∂L/∂b1, ∂L/∂W2, ...], in the order of Network.params.

        A network's own workspace returns the same list object every time (its arrays
        are overwritten in place), so callers may recognise it cheaply.
        """
        cached = getattr(self, "grad_list", None)
        if cached is not None:
            return cached
        return [g for pair in zip(self.nabla_w, self.nabla_b, strict=True) for g in pair]


class Network:
    """A multilayer perceptron with one activation per layer and a loss.

    `activations` names g for each non-input layer, e.g. ["relu", "softmax"] for
    sizes [784, 30, 10]. Build a fresh one with `Network.create`.
    """

    def __init__(
        self,
        sizes: list[int],
        activations: list[str],
        loss: str,
        weights: list[np.ndarray],
        biases: list[np.ndarray],
    ) -> None:
        sizes = [int(s) for s in sizes]
        if len(sizes) < 2:
            raise ValueError("a network needs at least an input and an output layer")
        if min(sizes) < 1:
            raise ValueError(f"every layer needs at least one unit, got sizes {sizes}")
        if len(activations) != len(sizes) - 1:
            raise ValueError(
                f"{len(sizes) - 1} layers need {len(sizes) - 1} activations, got {len(activations)}"
            )
        for name in activations:
            act.check_name(name)
        if "softmax" in activations[:-1]:
            raise ValueError("softmax is only available for the output layer")
        losses.check(loss, activations[-1], sizes[-1])
        for l, (W, b) in enumerate(zip(weights, biases, strict=True)):
            if W.shape != (sizes[l], sizes[l + 1]) or b.shape != (sizes[l + 1],):
                raise ValueError(
                    f"layer {l + 1}: W {W.shape} and b {b.shape} do not fit sizes {sizes}"
                )
        self.sizes = sizes
        self.activations = list(activations)
        self.loss = loss
        self._adopt(weights, biases)
        self._workspaces: dict[int, Pass] = {}

    def _adopt(self, weights: list[np.ndarray], biases: list[np.ndarray]) -> None:
        """Keep copies of the given arrays as views of one flat array, W1, b1, W2, b2, ...

        `weights` and `biases` stay ordinary lists of ordinary arrays; the flat array lets
        a training step update every parameter in one NumPy call.
        """
        dtype = np.asarray(weights[0]).dtype
        arrays = [a for pair in zip(weights, biases, strict=True) for a in pair]
        self._flat = np.empty(sum(np.size(a) for a in arrays), dtype)
        views, start = [], 0
        for a in arrays:
            view = self._flat[start : start + np.size(a)].reshape(np.shape(a))
            view[...] = a
            views.append(view)
            start += np.size(a)
        self.weights = views[0::2]
        self.biases = views[1::2]

    def flat_params(self) -> np.ndarray:
        """Every parameter in one 1-D array [W1.ravel(), b1, W2.ravel(), b2, ...].

        The arrays in `weights` and `biases` are views of it, so changing one changes the
        other. If someone has put a new array into those lists, it is adopted here first.
        """
        flat = self._flat
        for W, b in zip(self.weights, self.biases, strict=True):
            if W.base is not flat or b.base is not flat:
                self._adopt(list(self.weights), list(self.biases))
                return self._flat
        return flat

    @classmethod
    def create(
        cls,
        sizes: list[int],
        activation: str = "sigmoid",
        output_activation: str | None = None,
        loss: str = "cross_entropy",
        init: str = "glorot_uniform",
        seed: int | None = 0,
        dtype: str | np.dtype = "float32",
    ) -> Network:
        """A freshly initialised network.

        activation: g of every hidden layer. output_activation: g of the output
        layer; by default softmax for several output units, sigmoid for one.
        """
        if output_activation is None:
            output_activation = "softmax" if sizes[-1] > 1 else "sigmoid"
        if init not in initializers.INITIALIZERS:
            known = ", ".join(initializers.INITIALIZERS)
            raise ValueError(f"unknown initializer {init!r}; known: {known}")
        dtype = np.dtype(dtype)
        if dtype not in (np.float32, np.float64):
            raise ValueError(f"dtype must be float32 or float64, not {dtype}")
        rng = np.random.default_rng(seed)
        fn = initializers.INITIALIZERS[init]
        weights, biases = [], []
        for fan_in, fan_out in zip(sizes[:-1], sizes[1:], strict=True):
            weights.append(fn(fan_in, fan_out, rng, dtype))
            biases.append(initializers.initial_bias(init, fan_out, rng, dtype))
        acts = [activation] * (len(sizes) - 2) + [output_activation]
        return cls(sizes, acts, loss, weights, biases)

    # -- description ------------------------------------------------------------------

    @property
    def dtype(self) -> np.dtype:
        return self.weights[0].dtype

    @property
    def params(self) -> list[np.ndarray]:
        """[W1, b1, W2, b2, ...] — the arrays themselves, updated in place by training."""
        return [p for pair in zip(self.weights, self.biases, strict=True) for p in pair]

    @property
    def n_params(self) -> int:
        return sum(p.size for p in self.params)

    def describe(self) -> str:
        """e.g. '784-30-10 sigmoid/softmax, cross_entropy'."""
        hidden = sorted(set(self.activations[:-1]))
        acts = "/".join(hidden + [self.activations[-1]])
        return f"{'-'.join(map(str, self.sizes))} {acts}, {self.loss}"

    def copy(self) -> Network:
        """An independent copy (weights copied): safe to read while the original trains."""
        return Network(
            self.sizes,
            self.activations,
            self.loss,
            [W.copy() for W in self.weights],
            [b.copy() for b in self.biases],
        )

    def check_trainable(self) -> None:
        """Raise ValueError if backpropagation cannot run through this network."""
        if "step" in self.activations:
            raise ValueError(act.STEP_REFUSAL)

    # -- inference --------------------------------------------------------------------

    def feedforward(self, X: np.ndarray, all_layers: bool = False):
        """Output (n, sizes[-1]) for inputs X (n, sizes[0]), in fresh arrays.

        With all_layers=True, returns [a0=X, a1, ..., aL] instead (for drawing activations).
        Safe to call from any thread on a network nobody is training.
        """
        a = np.asarray(X, dtype=self.dtype)
        if a.ndim == 1:
            a = a[None, :]
        if a.shape[1] != self.sizes[0]:
            raise ValueError(f"this network takes {self.sizes[0]} inputs, got {a.shape[1]}")
        layers = [a]
        for W, b, g in zip(self.weights, self.biases, self.activations, strict=True):
            z = a @ W
            z += b
            a = act.ACTIVATIONS[g](z, z)  # in place: z is not needed any more
            layers.append(a)
        return layers if all_layers else a

    def predict(self, X: np.ndarray) -> np.ndarray:
        """Predicted class labels (n,)."""
        return self.classes(self.feedforward(X))

    @staticmethod
    def classes(output: np.ndarray) -> np.ndarray:
        """Class labels (n,) from outputs (n, units): threshold 0.5 for one unit, else argmax."""
        if output.shape[1] == 1:
            return (output[:, 0] > 0.5).astype(np.int64)
        return output.argmax(axis=1)

    def evaluate(self, X: np.ndarray, Y: np.ndarray, batch: int = 2048) -> tuple[float, float]:
        """(mean loss, accuracy) on inputs X (n, d) and targets Y (n, units), in chunks."""
        n = X.shape[0]
        if n == 0:
            return float("nan"), float("nan")
        total_loss, correct = 0.0, 0
        for start in range(0, n, batch):
            x, y = X[start : start + batch], Y[start : start + batch]
            p = self.forward(x)
            total_loss += self.loss_of(p, y) * x.shape[0]
            correct += int((self.classes(p.output) == self.classes_of_targets(y)).sum())
        return total_loss / n, correct / n

    @staticmethod
    def classes_of_targets(Y: np.ndarray) -> np.ndarray:
        return (Y[:, 0] > 0.5).astype(np.int64) if Y.shape[1] == 1 else Y.argmax(axis=1)

    # -- training: forward and backward through reusable buffers ----------------------

    def _workspace(self, n: int) -> Pass:
        ws = self._workspaces.get(n)
        if ws is None:
            if len(self._workspaces) > 4:  # a full batch, a last partial batch, evaluation
                self._workspaces.clear()
            dt = self.dtype
            outs = self.sizes[1:]
            ws = Pass(
                zs=[np.empty((n, k), dt) for k in outs],
                activations=[None] + [np.empty((n, k), dt) for k in outs],
                inputs=[None] + [np.empty((n, k), dt) for k in outs[:-1]],
                masks=[None] * len(self.sizes),
                deltas=[np.empty((n, k), dt) for k in outs],
                nabla_w=[],
                nabla_b=[],
            )
            # the gradients, like the parameters, are views of one flat array
            ws.flat_grad = np.empty(self.n_params, dt)
            start = 0
            for W, b in zip(self.weights, self.biases, strict=True):
                ws.nabla_w.append(ws.flat_grad[start : start + W.size].reshape(W.shape))
                start += W.size
                ws.nabla_b.append(ws.flat_grad[start : start + b.size])
                start += b.size
            ws.grad_list = [g for pair in zip(ws.nabla_w, ws.nabla_b, strict=True) for g in pair]
            ws.grad_parts = [g.reshape(-1) for g in ws.grad_list]  # 1-D views, for norms
            ws.scratch = [np.empty((n, k), dt) for k in outs]  # g'(z) per layer
            ws.dropped = [None] + [np.empty((n, k), dt) for k in outs[:-1]]  # a ⊙ mask
            ws.reg = [np.empty_like(W) for W in self.weights]  # l1/l2 gradient terms
            self._workspaces[n] = ws
        return ws

    def forward(
        self, X: np.ndarray, dropout: float = 0.0, rng: np.random.Generator | None = None
    ) -> Pass:
        """Forward pass over a batch X (n, sizes[0]), keeping every z and a.

        With dropout p > 0 (training only), each hidden activation is kept with
        probability 1 − p and scaled by 1/(1 − p) (inverted dropout); `rng` draws the masks.
        """
        p = self._workspace(X.shape[0])
        p.activations[0] = X
        p.inputs[0] = X
        a_in = X
        zs, outs, inputs, masks = p.zs, p.activations, p.inputs, p.masks
        last = len(self.weights) - 1
        for l, W in enumerate(self.weights):
            z = zs[l]
            np.matmul(a_in, W, out=z)
            z += self.biases[l]
            a = act.ACTIVATIONS[self.activations[l]](z, outs[l + 1])
            if l < last:
                if dropout > 0.0:
                    mask = masks[l + 1]
                    if mask is None:
                        mask = masks[l + 1] = np.empty_like(a)
                    keep = rng.random(a.shape, dtype=a.dtype) >= dropout
                    np.multiply(keep, 1.0 / (1.0 - dropout), out=mask)
                    a_in = np.multiply(a, mask, out=p.dropped[l + 1])
                else:
                    masks[l + 1] = None
                    a_in = a
                inputs[l + 1] = a_in
        return p

    def loss_of(self, p: Pass, Y: np.ndarray) -> float:
        """Mean data loss (no regularisation term) of the forward pass p against targets Y."""
        return losses.value(self.loss, self.activations[-1], p.zs[-1], p.activations[-1], Y)

    def penalty(self, l1: float = 0.0, l2: float = 0.0) -> float:
        """The regularisation term l1·Σ|W| + ½·l2·Σ W² over all weights (biases excluded)."""
        total = 0.0
        for W in self.weights:
            flat = W.reshape(-1)
            if l1:
                total += l1 * float(np.abs(flat).sum())
            if l2:
                total += 0.5 * l2 * float(np.dot(flat, flat))
        return total

    def backward(self, p: Pass, Y: np.ndarray, l1: float = 0.0, l2: float = 0.0) -> Pass:
        """Backpropagate targets Y (n, sizes[-1]) through the forward pass p.

        Fills p.deltas, p.nabla_w, p.nabla_b and p.loss (the mean data loss, without
        the penalty). Regularisation adds l2·W (from ½·l2·‖W‖²) and l1·sign(W)
        (from l1·|W|) to ∂L/∂W, the gradients of `loss + penalty(l1, l2)`.
        """
        self.check_trainable()
        acts, zs, deltas, scratch = self.activations, p.zs, p.deltas, p.scratch
        nabla_w, nabla_b, inputs, masks = p.nabla_w, p.nabla_b, p.inputs, p.masks
        p.loss = losses.value_and_delta(
            self.loss, acts[-1], zs[-1], p.activations[-1], Y, deltas[-1], scratch[-1]
        )
        delta = deltas[-1]
        for l in range(len(self.weights) - 1, -1, -1):
            W = self.weights[l]
            np.matmul(inputs[l].T, delta, out=nabla_w[l])
            np.add.reduce(delta, axis=0, out=nabla_b[l])
            if l2:
                nabla_w[l] += np.multiply(W, l2, out=p.reg[l])
            if l1:
                nabla_w[l] += np.multiply(np.sign(W, out=p.reg[l]), l1, out=p.reg[l])
            if l > 0:
                below = np.matmul(delta, W.T, out=deltas[l - 1])
                below *= act.DERIVATIVES[acts[l - 1]](zs[l - 1], p.activations[l], scratch[l - 1])
                if masks[l] is not None:
                    below *= masks[l]
                delta = below
        return p
