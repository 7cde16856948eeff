# ruff: noqa: E501  (a catalogue: each pattern reads best on one line)
"""The engine's messages as the window shows them, in the window's language.

The engine never imports Qt and speaks English (the command line stays English). Where the
window shows one of its texts — a refused setting, why training stopped, the settings'
names and help, the step-through's explanations — gui.i18n.engine_text() looks it up here:
each entry is a regular expression matching one of the engine's message templates and the
template's English text with {1}, {2}, … for the groups (numbers and names, put back as
they are; a group that is itself a known text is translated too). The English templates
are what lupdate collects (context "Engine") and translators translate.

tests/gui/test_translations.py checks that every training setting's label, help and range
are here, so a new setting cannot appear in the window untranslated.
"""

from __future__ import annotations

import re

from gui.i18n import QT_TRANSLATE_NOOP

N = r"([-+]?[0-9][0-9.,eE+\-×⁰¹²³⁴⁵⁶⁷⁸⁹⁻]*|[-+]?inf|nan|∞)"  # a number as the engine writes it
S = r"(\S+)"  # a symbol such as z¹ or δ²


def _plain(text: str) -> tuple[str, str]:
    return re.escape(text), text


ENGINE_MESSAGES: list[tuple[str, str]] = [
    # -- a diverging run's reason ends with the likely cure (engine/train/divergence.py)
    (
        r"(.+) — the learning rate is probably too large: lower it \(e\.g\. ÷10\) and reset",
        QT_TRANSLATE_NOOP(
            "Engine",
            "{1} — the learning rate is probably too large: lower it (e.g. ÷10) and reset",
        ),
    ),
    # -- the training settings (engine/train/settings.py): names, help, ranges
    _plain(QT_TRANSLATE_NOOP("Engine", "optimizer")),
    _plain(QT_TRANSLATE_NOOP("Engine", "how each gradient becomes a weight update")),
    _plain(QT_TRANSLATE_NOOP("Engine", "learning rate η")),
    _plain(QT_TRANSLATE_NOOP("Engine", "step size of the optimizer, e.g. 0.03")),
    _plain(QT_TRANSLATE_NOOP("Engine", "> 0")),
    _plain(QT_TRANSLATE_NOOP("Engine", "schedule")),
    _plain(
        QT_TRANSLATE_NOOP("Engine", "how η changes with the epoch (cosine decays over the run)")
    ),
    _plain(QT_TRANSLATE_NOOP("Engine", "batch size")),
    _plain(
        QT_TRANSLATE_NOOP(
            "Engine", "samples per mini-batch; at most the number of training samples"
        )
    ),
    _plain(QT_TRANSLATE_NOOP("Engine", "a whole number >= 1")),
    _plain(QT_TRANSLATE_NOOP("Engine", "epochs (total)")),
    _plain(
        QT_TRANSLATE_NOOP(
            "Engine",
            "training stops when this many epochs have run in all (Train after it stopped adds this many more and shows the new total)",
        )
    ),
    _plain(QT_TRANSLATE_NOOP("Engine", "L1 penalty λ₁")),
    _plain(QT_TRANSLATE_NOOP("Engine", "λ₁ · Σ|W| is added to the loss (0 = off)")),
    _plain(QT_TRANSLATE_NOOP("Engine", ">= 0")),
    _plain(QT_TRANSLATE_NOOP("Engine", "L2 penalty λ₂")),
    _plain(QT_TRANSLATE_NOOP("Engine", "λ₂/2 · Σ W² is added to the loss (0 = off)")),
    _plain(QT_TRANSLATE_NOOP("Engine", "dropout")),
    _plain(QT_TRANSLATE_NOOP("Engine", "probability of dropping each hidden unit during training")),
    _plain(QT_TRANSLATE_NOOP("Engine", "a probability in [0, 1)")),
    _plain(QT_TRANSLATE_NOOP("Engine", "seed")),
    _plain(
        QT_TRANSLATE_NOOP(
            "Engine", "seeds the weights, the shuffling and dropout (same seed, same run)"
        )
    ),
    _plain(QT_TRANSLATE_NOOP("Engine", "a whole number >= 0")),
    _plain(QT_TRANSLATE_NOOP("Engine", "initializer")),
    _plain(QT_TRANSLATE_NOOP("Engine", "how the weights start")),
    _plain(QT_TRANSLATE_NOOP("Engine", "augmentation")),
    _plain(
        QT_TRANSLATE_NOOP(
            "Engine", "distort training images (shift, rotate, scale, thicken); digits only"
        )
    ),
    _plain(QT_TRANSLATE_NOOP("Engine", "stop at training loss ≤")),
    _plain(
        QT_TRANSLATE_NOOP(
            "Engine", "stop when the epoch's training loss reaches this (empty = not used)"
        )
    ),
    _plain(QT_TRANSLATE_NOOP("Engine", "stop at error ≤")),
    _plain(
        QT_TRANSLATE_NOOP(
            "Engine",
            "stop when the validation error rate (training, without validation data) reaches this share, 0..1 (empty = not used)",
        )
    ),
    _plain(QT_TRANSLATE_NOOP("Engine", "in [0, 1]")),
    _plain(QT_TRANSLATE_NOOP("Engine", "stop if ‖ΔW‖ <")),
    _plain(
        QT_TRANSLATE_NOOP(
            "Engine", "stop when the last update's size falls below this (empty = not used)"
        )
    ),
    _plain(QT_TRANSLATE_NOOP("Engine", "early-stopping patience")),
    _plain(
        QT_TRANSLATE_NOOP(
            "Engine",
            "stop after this many epochs without a better validation loss (empty = not used)",
        )
    ),
    _plain(QT_TRANSLATE_NOOP("Engine", "time limit (s)")),
    _plain(
        QT_TRANSLATE_NOOP(
            "Engine", "stop after this much training time, in seconds (empty = not used)"
        )
    ),
    # -- a refused setting
    (r"(.+) must be (.+), not (.+)", QT_TRANSLATE_NOOP("Engine", "{1} must be {2}, not {3}")),
    (r"(.+) takes a number, not (.+)", QT_TRANSLATE_NOOP("Engine", "{1} takes a number, not {2}")),
    (
        r"(.+) takes a whole number, not (.+)",
        QT_TRANSLATE_NOOP("Engine", "{1} takes a whole number, not {2}"),
    ),
    (r"(.+) needs a value", QT_TRANSLATE_NOOP("Engine", "{1} needs a value")),
    (r"(.+) is yes or no, not (.+)", QT_TRANSLATE_NOOP("Engine", "{1} is yes or no, not {2}")),
    (
        r"(.+) is true or false, not (.+)",
        QT_TRANSLATE_NOOP("Engine", "{1} is true or false, not {2}"),
    ),
    (
        r"unknown (.+?) ('[^']*'); known: (.+)",
        QT_TRANSLATE_NOOP("Engine", "unknown {1} {2}; known: {3}"),
    ),
    # -- why training stopped (engine/train/trainer.py, divergence.py)
    (r"reached (\d+) epochs?", QT_TRANSLATE_NOOP("Engine", "reached {1} epochs")),
    (
        r"time limit of (\S+) s reached",
        QT_TRANSLATE_NOOP("Engine", "time limit of {1} s reached"),
    ),
    (
        r"early stopping: validation loss has not improved for (\d+) epochs \(best (\S+)\)",
        QT_TRANSLATE_NOOP(
            "Engine", "early stopping: validation loss has not improved for {1} epochs (best {2})"
        ),
    ),
    (
        r"diverging: the weights of layer (\d+) exploded \(root mean square (\S+), above (\S+)\)",
        QT_TRANSLATE_NOOP(
            "Engine",
            "diverging: the weights of layer {1} exploded (root mean square {2}, above {3})",
        ),
    ),
    (
        r"diverging: the epoch's loss is (\S+)",
        QT_TRANSLATE_NOOP("Engine", "diverging: the epoch's loss is {1}"),
    ),
    (
        r"diverging: the loss \((\S+)\) has stayed more than (\S+) its best \((\S+)\) for (\d+) epochs",
        QT_TRANSLATE_NOOP(
            "Engine",
            "diverging: the loss ({1}) has stayed more than {2} its best ({3}) for {4} epochs",
        ),
    ),
    (
        r"diverging: the loss \((\S+)\) has stayed above the untrained network's \((\S+)\) for (\d+) epochs",
        QT_TRANSLATE_NOOP(
            "Engine",
            "diverging: the loss ({1}) has stayed above the untrained network's ({2}) for {3} epochs",
        ),
    ),
    (
        r"diverging: (.+) at epoch (\d+), batch (\d+) \(learning rate (\S+)\); the weights are the last finite ones — lower the learning rate and reset",
        QT_TRANSLATE_NOOP(
            "Engine",
            "diverging: {1} at epoch {2}, batch {3} (learning rate {4}); the weights are the last "
            "finite ones — lower the learning rate and reset",
        ),
    ),
    (r"the loss became (\S+)", QT_TRANSLATE_NOOP("Engine", "the loss became {1}")),
    (r"the weights grew past (\S+)", QT_TRANSLATE_NOOP("Engine", "the weights grew past {1}")),
    (r"stopped", QT_TRANSLATE_NOOP("Engine", "stopped")),
    # -- the step-through (engine/teach/tracing.py)
    (
        r"(\d+) values from (\S+) to (\S+)",
        QT_TRANSLATE_NOOP("Engine", "{1} values from {2} to {3}"),
    ),
    (r"The one unit", QT_TRANSLATE_NOOP("Engine", "The one unit")),
    (r"Each of the (\d+) units", QT_TRANSLATE_NOOP("Engine", "Each of the {1} units")),
    (r"the value", QT_TRANSLATE_NOOP("Engine", "the value")),
    (r"the (\d+) values", QT_TRANSLATE_NOOP("Engine", "the {1} values")),
    (r"the input", QT_TRANSLATE_NOOP("Engine", "the input")),
    (r"layer (\d+)", QT_TRANSLATE_NOOP("Engine", "layer {1}")),
    (
        r"(The one unit|Each of the \d+ units) of layer (\d+) adds up (the value|the \d+ values) "
        r"of (the input|layer \d+), (?:times its|each times its) weight, plus its bias: "
        r"(\S+) = (.+)\.",
        QT_TRANSLATE_NOOP(
            "Engine",
            "{1} of layer {2} adds up {3} of {4}, each times its weight, plus its bias: {5} = {6}.",
        ),
    ),
    (r"squashes each z into \(0, 1\)", QT_TRANSLATE_NOOP("Engine", "squashes each z into (0, 1)")),
    (
        r"squashes each z into \(−1, 1\)",
        QT_TRANSLATE_NOOP("Engine", "squashes each z into (−1, 1)"),
    ),
    (
        r"keeps each positive z and turns each negative one into 0",
        QT_TRANSLATE_NOOP("Engine", "keeps each positive z and turns each negative one into 0"),
    ),
    (
        r"keeps each positive z and scales each negative one by (\S+)",
        QT_TRANSLATE_NOOP("Engine", "keeps each positive z and scales each negative one by {1}"),
    ),
    (
        r"passes each z through unchanged",
        QT_TRANSLATE_NOOP("Engine", "passes each z through unchanged"),
    ),
    (
        r"turns the scores z into probabilities that add up to 1",
        QT_TRANSLATE_NOOP("Engine", "turns the scores z into probabilities that add up to 1"),
    ),
    (
        r"The activation (\w+) (.+?): (\S+) = (.+?)\. The network predicts class (\d+) \(output (\S+) ([>≤]) 0\.5\)\.",
        QT_TRANSLATE_NOOP(
            "Engine",
            "The activation {1} {2}: {3} = {4}. The network predicts class {5} (output {6} {7} 0.5).",
        ),
    ),
    (
        r"The activation (\w+) (.+?): (\S+) = (.+?)\. The network predicts class (\d+) \(output (\S+)\)\.",
        QT_TRANSLATE_NOOP(
            "Engine",
            "The activation {1} {2}: {3} = {4}. The network predicts class {5} (output {6}).",
        ),
    ),
    (
        r"The activation (\w+) (.+?): (\S+) = (.+)\.",
        QT_TRANSLATE_NOOP("Engine", "The activation {1} {2}: {3} = {4}."),
    ),
    (
        r"half the squared distance between the output and the target",
        QT_TRANSLATE_NOOP("Engine", "half the squared distance between the output and the target"),
    ),
    (
        r"minus the log of the probability the network gave the right class",
        QT_TRANSLATE_NOOP(
            "Engine", "minus the log of the probability the network gave the right class"
        ),
    ),
    (
        r"(.+), averaged over the (\d+) samples",
        QT_TRANSLATE_NOOP("Engine", "{1}, averaged over the {2} samples"),
    ),
    (
        r"The loss measures how wrong the output is for the target \(class (\S+)\): (.+), here L = (\S+)\.",
        QT_TRANSLATE_NOOP(
            "Engine",
            "The loss measures how wrong the output is for the target (class {1}): {2}, here L = {3}.",
        ),
    ),
    (
        r"for cross-entropy with (\w+) outputs it is simply output minus target",
        QT_TRANSLATE_NOOP(
            "Engine", "for cross-entropy with {1} outputs it is simply output minus target"
        ),
    ),
    (
        r"for mse with linear outputs it is simply output minus target",
        QT_TRANSLATE_NOOP("Engine", "for mse with linear outputs it is simply output minus target"),
    ),
    (
        r"for mse through softmax, the error a − y goes through softmax's Jacobian",
        QT_TRANSLATE_NOOP(
            "Engine", "for mse through softmax, the error a − y goes through softmax's Jacobian"
        ),
    ),
    (
        r"for mse it is output minus target, times the slope of (\w+)",
        QT_TRANSLATE_NOOP("Engine", "for mse it is output minus target, times the slope of {1}"),
    ),
    (
        r"Backpropagation starts at the output: (\S+) tells how much the loss changes when each output z changes; (.+): (\S+) = (.+)\.",
        QT_TRANSLATE_NOOP(
            "Engine",
            "Backpropagation starts at the output: {1} tells how much the loss changes when each "
            "output z changes; {2}: {3} = {4}.",
        ),
    ),
    (
        r"The error flows back: each unit of layer (\d+) collects the δ of the units it feeds, weighted by the same weights, times the slope of its activation: (\S+) = (.+)\.",
        QT_TRANSLATE_NOOP(
            "Engine",
            "The error flows back: each unit of layer {1} collects the δ of the units it feeds, "
            "weighted by the same weights, times the slope of its activation: {2} = {3}.",
        ),
    ),
    (
        r"Each weight's gradient is the δ of the unit it feeds times the activation that flows through it(.*?); the largest is (\S+) = (\S+)\. Each bias's gradient is the δ of its unit\.",
        QT_TRANSLATE_NOOP(
            "Engine",
            "Each weight's gradient is the δ of the unit it feeds times the activation that flows "
            "through it{1}; the largest is {2} = {3}. Each bias's gradient is the δ of its unit.",
        ),
    ),
    (
        r", plus λ₂·W = (\S+)·W from L2 regularisation",
        QT_TRANSLATE_NOOP("Engine", ", plus λ₂·W = {1}·W from L2 regularisation"),
    ),
    (
        r", plus λ₁·sign\(W\) = (\S+)·sign\(W\) from L1 regularisation",
        QT_TRANSLATE_NOOP("Engine", ", plus λ₁·sign(W) = {1}·sign(W) from L1 regularisation"),
    ),
    (
        r"No update: (.+), so the weights stay as they were\.",
        QT_TRANSLATE_NOOP("Engine", "No update: {1}, so the weights stay as they were."),
    ),
    (
        r"Gradient descent moves every weight a small step against its gradient, W ← W − η·∂L/∂W with η = (\S+); the largest change in (\S+) is (\S+)\.",
        QT_TRANSLATE_NOOP(
            "Engine",
            "Gradient descent moves every weight a small step against its gradient, "
            "W ← W − η·∂L/∂W with η = {1}; the largest change in {2} is {3}.",
        ),
    ),
    (
        r"(.+) applies its rule at step t = (\d+) with (.+), using its running values \((.*)\); the largest change in (\S+) is (\S+)\.",
        QT_TRANSLATE_NOOP(
            "Engine",
            "{1} applies its rule at step t = {2} with {3}, using its running values ({4}); the "
            "largest change in {5} is {6}.",
        ),
    ),
    (r"Gradient descent", QT_TRANSLATE_NOOP("Engine", "Gradient descent")),
    (r"Momentum", QT_TRANSLATE_NOOP("Engine", "Momentum")),
    (r"Nesterov momentum", QT_TRANSLATE_NOOP("Engine", "Nesterov momentum")),
    (
        r"chain rule on each edge: upstream gradient × local gradient = downstream gradient",
        QT_TRANSLATE_NOOP(
            "Engine",
            "chain rule on each edge: upstream gradient × local gradient = downstream gradient",
        ),
    ),
    (r"… and (\d+) more weights", QT_TRANSLATE_NOOP("Engine", "… and {1} more weights")),
    (r"\[(\d+) smaller terms: (\S+)\]", QT_TRANSLATE_NOOP("Engine", "[{1} smaller terms: {2}]")),
    (r"and (\d+) smaller ones", QT_TRANSLATE_NOOP("Engine", "and {1} smaller ones")),
    (
        r"unit (\d+) of layer (\d+) \((\w+)\)",
        QT_TRANSLATE_NOOP("Engine", "unit {1} of layer {2} ({3})"),
    ),
    (r"input", QT_TRANSLATE_NOOP("Engine", "input")),
    (r"output", QT_TRANSLATE_NOOP("Engine", "output")),
    (r"hidden", QT_TRANSLATE_NOOP("Engine", "hidden")),
    (r"new (\S+)", QT_TRANSLATE_NOOP("Engine", "new {1}")),
    (r"(\S+) of (\S+)", QT_TRANSLATE_NOOP("Engine", "{1} of {2}")),
    (
        r"this network takes (\d+) inputs, got (\d+)",
        QT_TRANSLATE_NOOP("Engine", "this network takes {1} inputs, got {2}"),
    ),
    # -- the space view (engine/teach/space.py)
    (r"2 units, shown exactly", QT_TRANSLATE_NOOP("Engine", "2 units, shown exactly")),
    (r"1 unit, shown on a line", QT_TRANSLATE_NOOP("Engine", "1 unit, shown on a line")),
    (r"(\S+) % of the variance", QT_TRANSLATE_NOOP("Engine", "{1} % of the variance")),
    (
        r"(\d+) units, showing units (\d+) and (\d+) \((.+)\)",
        QT_TRANSLATE_NOOP("Engine", "{1} units, showing units {2} and {3} ({4})"),
    ),
    (
        r"(\d+) units: across, the direction the output reads; up, the first principal component across it \((.+)\)",
        QT_TRANSLATE_NOOP(
            "Engine",
            "{1} units: across, the direction the output reads; up, the first principal "
            "component across it ({2})",
        ),
    ),
    (
        r"(\d+) units, first two principal components \((.+)\)",
        QT_TRANSLATE_NOOP("Engine", "{1} units, first two principal components ({2})"),
    ),
]

# The datasets' names as the engine and the command line spell them (engine.data.catalog),
# shown in the window through gui.i18n.dataset_name().
DATASET_NAMES = [
    QT_TRANSLATE_NOOP("Datasets", "mnist"),
    QT_TRANSLATE_NOOP("Datasets", "xor"),
    QT_TRANSLATE_NOOP("Datasets", "circles"),
    QT_TRANSLATE_NOOP("Datasets", "moons"),
    QT_TRANSLATE_NOOP("Datasets", "spiral"),
    QT_TRANSLATE_NOOP("Datasets", "blobs"),
    QT_TRANSLATE_NOOP("Datasets", "iris"),
    QT_TRANSLATE_NOOP("Datasets", "wine"),
    QT_TRANSLATE_NOOP("Datasets", "breast_cancer"),
    QT_TRANSLATE_NOOP("Datasets", "sine"),
    QT_TRANSLATE_NOOP("Datasets", "abs"),
    QT_TRANSLATE_NOOP("Datasets", "step"),
    QT_TRANSLATE_NOOP("Datasets", "bumps"),
    QT_TRANSLATE_NOOP("Datasets", "poly"),
    QT_TRANSLATE_NOOP("Datasets", "plane"),
    QT_TRANSLATE_NOOP("Datasets", "gaussians"),
]

ENGINE_MESSAGES += [
    # -- the loss landscape (engine/teach/landscape.py) and the optimizer race's surfaces
    (
        r"two random directions \(seed (\d+)\), scaled to each unit's weights \((\w+) normalisation, Li et al\. 2018\); biases held",
        QT_TRANSLATE_NOOP(
            "Engine",
            "two random directions (seed {1}), scaled to each unit's weights ({2} normalisation, "
            "Li et al. 2018); biases held",
        ),
    ),
    (
        r"two random directions \(seed (\d+)\), scaled to each layer's weights \((\w+) normalisation, Li et al\. 2018\); biases held",
        QT_TRANSLATE_NOOP(
            "Engine",
            "two random directions (seed {1}), scaled to each layer's weights ({2} normalisation, "
            "Li et al. 2018); biases held",
        ),
    ),
    (r"filter", QT_TRANSLATE_NOOP("Engine", "filter")),
    (r"layer", QT_TRANSLATE_NOOP("Engine", "layer")),
    (
        r"the first two principal directions of (\d+) trajectory points \((\S+) and (\S+) of their spread\)",
        QT_TRANSLATE_NOOP(
            "Engine",
            "the first two principal directions of {1} trajectory points ({2} and {3} of their spread)",
        ),
    ),
    (r"all ([\d,]+) training samples", QT_TRANSLATE_NOOP("Engine", "all {1} training samples")),
    (
        r"([\d,]+) of ([\d,]+) training samples \(random, seed (\d+)\)",
        QT_TRANSLATE_NOOP("Engine", "{1} of {2} training samples (random, seed {3})"),
    ),
    (
        r"principal directions need a trajectory of at least two points away from the current weights: train a little first \(or use random directions\)",
        QT_TRANSLATE_NOOP(
            "Engine",
            "principal directions need a trajectory of at least two points away from the current "
            "weights: train a little first (or use random directions)",
        ),
    ),
    (
        r"the trajectory moved along a single line: there is no second direction",
        QT_TRANSLATE_NOOP(
            "Engine", "the trajectory moved along a single line: there is no second direction"
        ),
    ),
    (r"saddle", QT_TRANSLATE_NOOP("Engine", "saddle")),
    (r"rosenbrock", QT_TRANSLATE_NOOP("Engine", "rosenbrock")),
]

# Pieces the engine puts inside a longer line (a neuron's formula): replaced wherever they
# occur, after the whole-message templates above.
ENGINE_INLINE: list[tuple[str, str]] = [
    (r"\[(\d+) smaller terms: (\S+)\]", QT_TRANSLATE_NOOP("Engine", "[{1} smaller terms: {2}]")),
    (r"… and (\d+) more weights", QT_TRANSLATE_NOOP("Engine", "… and {1} more weights")),
    (r"\band (\d+) smaller ones\b", QT_TRANSLATE_NOOP("Engine", "and {1} smaller ones")),
]

ENGINE_MESSAGES += [
    # -- more reasons for stopping (engine/train/trainer.py)
    (r"reached 1 epoch", QT_TRANSLATE_NOOP("Engine", "reached 1 epoch")),
    (
        r"training loss (\S+) reached the target (\S+)",
        QT_TRANSLATE_NOOP("Engine", "training loss {1} reached the target {2}"),
    ),
    (
        r"validation error (\S+) reached the target (\S+)",
        QT_TRANSLATE_NOOP("Engine", "validation error {1} reached the target {2}"),
    ),
    (
        r"training error (\S+) reached the target (\S+)",
        QT_TRANSLATE_NOOP("Engine", "training error {1} reached the target {2}"),
    ),
    (
        r"weight updates became tiny \(‖ΔW‖ = (\S+) < (\S+)\)",
        QT_TRANSLATE_NOOP("Engine", "weight updates became tiny (‖ΔW‖ = {1} < {2})"),
    ),
]

ENGINE_MESSAGES += [
    # -- tables (engine/data/table.py), as the import dialog shows them
    (r"comma", QT_TRANSLATE_NOOP("Engine", "comma")),
    (r"semicolon", QT_TRANSLATE_NOOP("Engine", "semicolon")),
    (r"tab", QT_TRANSLATE_NOOP("Engine", "tab")),
    (r"column (\d+)", QT_TRANSLATE_NOOP("Engine", "column {1}")),
    (r"row (\d+), column (.+)", QT_TRANSLATE_NOOP("Engine", "row {1}, column {2}")),
    (r"missing value", QT_TRANSLATE_NOOP("Engine", "missing value")),
    (
        r"(.+) is not a number \(exclude the column, or pick it as the target\)",
        QT_TRANSLATE_NOOP(
            "Engine", "{1} is not a number (exclude the column, or pick it as the target)"
        ),
    ),
    (r"(.+) is not a number", QT_TRANSLATE_NOOP("Engine", "{1} is not a number")),
]
