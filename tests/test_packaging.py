"""The installed app must hold every package and the shipped model, not only the source tree.

The tests import the source tree (pytest runs from the repository), so a package
missing from the distribution — e.g. `gui.panels` left out of pyproject's package
list — would pass every other test and still break `backprop-studio` for users.
"""

import fnmatch
import importlib.metadata
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def source_packages() -> list[str]:
    names = []
    for top in ("engine", "gui", "assets"):
        for folder, _dirs, files in os.walk(ROOT / top):
            if "__init__.py" in files and "__pycache__" not in folder:
                names.append(".".join(Path(folder).relative_to(ROOT).parts))
    return sorted(names)


def test_pyproject_packages_every_source_package():
    packages = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"][
        "packages"
    ]
    for name in source_packages():
        if isinstance(packages, list):
            assert name in packages, f"{name} is not in [tool.setuptools] packages"
        else:
            patterns = packages["find"]["include"]
            assert any(fnmatch.fnmatch(name, p) for p in patterns), (
                f"{name} is not matched by [tool.setuptools.packages.find] include"
            )


def _installed() -> bool:
    try:
        importlib.metadata.distribution("backprop-studio")
    except importlib.metadata.PackageNotFoundError:
        return False
    return True


@pytest.mark.skipif(not _installed(), reason="backprop-studio is not installed in this environment")
def test_installed_app_imports_outside_the_source_tree(tmp_path):
    code = (
        "import os, gui, gui.panels.canvas, gui.panels.topology, engine.cli, assets\n"
        "from gui import MainWindow\n"
        "if os.path.dirname(gui.__file__) == os.path.join(os.environ['REPO'], 'gui'):\n"
        "    print('editable')\n"
        "else:\n"
        "    assert os.path.exists(os.path.join(assets.ASSETS_DIR, 'default_digits.bps'))\n"
        "    print('ok')\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["REPO"] = str(ROOT)
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr[-2000:]
    if out.stdout.strip() == "editable":
        pytest.skip("installed in editable mode: the installed copy is the source tree")
    assert out.stdout.strip() == "ok"
