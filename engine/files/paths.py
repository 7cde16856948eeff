"""Where Backprop Studio keeps a user's data: the MNIST cache and "My digits".

    data_dir()   Linux    $XDG_DATA_HOME/backprop-studio  (default ~/.local/share/backprop-studio)
                 macOS    ~/Library/Application Support/Backprop Studio
                 Windows  %LOCALAPPDATA%\\Backprop Studio
    mnist_dir()  data_dir() / "mnist"
    mydigits_dir() data_dir() / "my-digits"

The environment variable BPS_DATA_DIR, when set, replaces data_dir() entirely
(tests point it at a temporary folder). Nothing here creates a folder: writers do
that when they first write.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Backprop Studio"
APP_SLUG = "backprop-studio"
DATA_DIR_ENV = "BPS_DATA_DIR"


def data_dir() -> Path:
    """The per-user data folder of the app (see the module docstring)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    home = Path.home()
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(home / "AppData" / "Local")
        return Path(base) / APP_NAME
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / APP_NAME
    xdg = os.environ.get("XDG_DATA_HOME")
    # The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
    base = Path(xdg) if xdg and os.path.isabs(xdg) else home / ".local" / "share"
    return base / APP_SLUG


def mnist_dir() -> Path:
    """The MNIST cache: where Download and Import put the four IDX files."""
    return data_dir() / "mnist"


def mydigits_dir() -> Path:
    """Where the "My digits" store lives."""
    return data_dir() / "my-digits"
