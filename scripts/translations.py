"""Regenerate the window's translations: the sources (.ts) from the code, then the .qm files.

    python scripts/translations.py            # lupdate (gui/ → .ts), then lrelease (.ts → .qm)
    python scripts/translations.py --release  # only lrelease (after editing the .ts files)

Uses the tools that come with PySide6 (pyside6-lupdate, pyside6-lrelease, next to the
Python that runs this script or on PATH). lupdate scans every .py file under gui/ for
translate(context, text), QCoreApplication.translate, self.tr and QT_TRANSLATE_NOOP, and
updates gui/i18n/backprop_studio_zh_CN.ts and _zh_TW.ts: new texts arrive unfinished,
texts no longer in the code are dropped, translations already made are kept. Translate
the unfinished ones (Qt Linguist: `pyside6-linguist gui/i18n/backprop_studio_zh_TW.ts`, or
any text editor), keeping to docs/glossary.md, and run the script again; the .qm files
(shipped in the package, gui/i18n/*.qm) are what the app loads.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "gui" / "i18n"
LANGS = ("zh_CN", "zh_TW")


def tool(name: str) -> str:
    """The PySide6 tool `name`, next to this Python first (a venv), else on PATH."""
    here = Path(sys.executable).parent / name
    if here.exists():
        return str(here)
    found = shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found: install PySide6 (it comes with it)")
    return found


def ts_files() -> list[Path]:
    return [I18N / f"backprop_studio_{lang}.ts" for lang in LANGS]


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "gui").rglob("*.py"))


def update() -> None:
    I18N.mkdir(exist_ok=True)
    cmd = [tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none", "-ts"]
    subprocess.run([*cmd, *map(str, ts_files())], cwd=ROOT, check=True)


def release() -> None:
    for ts in ts_files():
        qm = ts.with_suffix(".qm")
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], cwd=ROOT, check=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--release", action="store_true", help="only compile the .ts files")
    args = ap.parse_args(argv)
    if not args.release:
        update()
    release()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
