"""The engine must stay headless: importing all of it loads no Qt and no pyqtgraph."""

import pkgutil
import subprocess
import sys

import engine


def test_engine_imports_no_qt():
    modules = sorted(
        m.name
        for m in pkgutil.walk_packages(engine.__path__, "engine.")
        if not m.name.endswith("__main__")
    )
    assert modules, "engine has no modules to import"
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules"
        " if m.split('.')[0] in ('PySide6', 'PyQt5', 'PyQt6', 'pyqtgraph', 'shiboken6', 'gui'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "", f"engine imported GUI modules: {out}"


def test_cli_help_exits_zero():
    proc = subprocess.run(
        [sys.executable, "-m", "engine", "--help"], capture_output=True, text=True
    )
    assert proc.returncode == 0
    assert "usage" in proc.stdout.lower()


def test_engine_layout_shows_the_architecture():
    """At most 8 modules at engine/'s top level, the rest in subpackages; no module shadows
    a standard-library module (an `inspect.py` once did)."""
    top = [m.name for m in pkgutil.iter_modules(engine.__path__) if not m.ispkg]
    assert len(top) <= 8, top
    names = [m.name.rsplit(".", 1)[-1] for m in pkgutil.walk_packages(engine.__path__, "engine.")]
    shadowing = sorted(set(names) & set(sys.stdlib_module_names))
    assert shadowing == [], f"engine modules named like standard-library modules: {shadowing}"
