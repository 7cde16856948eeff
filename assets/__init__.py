"""Data files shipped with the app (icons, the default digit model)."""

from pathlib import Path

ASSETS_DIR = Path(__file__).resolve().parent
