"""No panel changes the workspace itself: an AST walk over every module in gui/panels.

Panels read the workspace (`state.network`, `state.trainer`, ...) and call its methods;
they never assign to what it owns, nor to the attributes of its network, trainer or
settings (`state.trainer.lr = ...`, `self.state.network.weights[0][...] = ...`,
`trainer.config.l2 = ...`), nor use setattr on them.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PANELS = Path(__file__).resolve().parents[2] / "gui" / "panels"
# what the workspace owns (gui.workspace.Workspace): only its own methods assign to these
OWNED = {"network", "dataset", "config", "trainer", "sample", "selected", "snapshot"}
OWNED |= {"training", "path", "modified", "settings"}
# objects of the workspace whose attributes nobody else assigns
INSIDE = {"network", "net", "trainer", "config", "settings", "optimizer"}
WORKSPACE_NAMES = {"state", "workspace", "ws"}


def chain(node: ast.AST) -> list[str]:
    """`self.state.trainer.config.lr` -> ["self", "state", "trainer", "config", "lr"];
    subscripts are looked through (`net.weights[0][...]` -> ["net", "weights"])."""
    names: list[str] = []
    while True:
        if isinstance(node, ast.Attribute):
            names.append(node.attr)
            node = node.value
        elif isinstance(node, ast.Subscript):
            node = node.value
        elif isinstance(node, ast.Name):
            names.append(node.id)
            return names[::-1]
        else:  # a call's result, a literal, ...: name what is known
            names.append("?")
            return names[::-1]


def offence(names: list[str]) -> str | None:
    """Why assigning to this chain changes the workspace, or None."""
    if len(names) < 2:
        return None  # a plain local variable
    start = 1 if names[0] == "self" else 0
    owned = len(names) > start + 1 and names[start + 1] in OWNED
    if names[start] in WORKSPACE_NAMES and owned:
        return f"assigns to the workspace's {names[start + 1]}"
    for name in names[:-1]:
        if name in INSIDE:
            return f"assigns inside the {name}"
    return None


def targets(node: ast.AST) -> list[ast.AST]:
    if isinstance(node, ast.Assign):
        out = []
        for t in node.targets:
            out.extend(t.elts if isinstance(t, ast.Tuple | ast.List) else [t])
        return out
    if isinstance(node, ast.AugAssign | ast.AnnAssign):
        return [node.target]
    return []


def offences(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        for target in targets(node):
            if isinstance(target, ast.Attribute | ast.Subscript):
                why = offence(chain(target))
                if why:
                    found.append(f"line {node.lineno}: {ast.unparse(target)} — {why}")
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "setattr"
            and node.args
        ):
            names = chain(node.args[0])
            if offence([*names, "?"]) or names[-1] in OWNED | INSIDE:
                found.append(f"line {node.lineno}: setattr on {ast.unparse(node.args[0])}")
    return found


@pytest.mark.parametrize("path", sorted(PANELS.glob("*.py")), ids=lambda p: p.name)
def test_no_panel_assigns_to_the_workspace(path):
    assert offences(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(
    "line",
    [
        "self.state.network = net",
        "state.trainer = None",
        "self.state.training = True",
        "self.state.sample = s",
        "self.state.config.lr = 0.1",
        "self.state.trainer.lr = 0.1",
        "trainer.config.l2 = 0.01",
        "self.state.network.weights[0][...] = W",
        "net.weights[0] += dW",
        "self.state.trainer.optimizer.lr: float = 2.0",
        "setattr(self.state.trainer.config, 'l1', 0.1)",
        "a, self.state.snapshot = 1, snap",
    ],
)
def test_the_walk_catches_each_kind_of_assignment(line):
    assert offences(line), line


@pytest.mark.parametrize(
    "line",
    [
        "self.model = model",
        "self.trace = trace(net, x, target, opt, config, lr=lr)",
        "x = self.state.network.weights[0]",
        "self.images[k] = image",
        "self.state.apply_update(x, 3)",
    ],
)
def test_the_walk_leaves_reading_and_own_attributes_alone(line):
    assert offences(line) == [], line


def test_panel_classes_are_named_for_what_they_show():
    """One convention: the docked classes are named for their view, no "Panel" suffix."""
    from gui.main_window import PANELS

    names = [cls.__name__ for cls, _title, _area in PANELS]
    assert len(set(names)) == len(names)
    for name in names:
        assert name[0].isupper() and "_" not in name and not name.endswith("Panel"), name
