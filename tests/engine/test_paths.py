"""The per-user data folder on each platform, and the BPS_DATA_DIR override."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.files import paths


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.delenv("BPS_DATA_DIR", raising=False)
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: tmp_path / "home"))
    return tmp_path / "home"


def test_linux_default_and_xdg(home, monkeypatch):
    monkeypatch.setattr(paths.sys, "platform", "linux")
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    assert paths.data_dir() == home / ".local" / "share" / "backprop-studio"
    monkeypatch.setenv("XDG_DATA_HOME", "/srv/xdg")
    assert paths.data_dir() == Path("/srv/xdg/backprop-studio")
    monkeypatch.setenv("XDG_DATA_HOME", "relative/ignored")  # the XDG spec says: ignore it
    assert paths.data_dir() == home / ".local" / "share" / "backprop-studio"


def test_macos(home, monkeypatch):
    monkeypatch.setattr(paths.sys, "platform", "darwin")
    assert paths.data_dir() == home / "Library" / "Application Support" / "Backprop Studio"


def test_windows(home, monkeypatch):
    monkeypatch.setattr(paths.sys, "platform", "win32")
    monkeypatch.setenv("LOCALAPPDATA", str(home / "AppData" / "Local"))
    assert paths.data_dir() == home / "AppData" / "Local" / "Backprop Studio"
    monkeypatch.delenv("LOCALAPPDATA")
    assert paths.data_dir() == home / "AppData" / "Local" / "Backprop Studio"


def test_override_replaces_everything(home, monkeypatch, tmp_path):
    monkeypatch.setenv("BPS_DATA_DIR", str(tmp_path / "elsewhere"))
    for platform in ("linux", "darwin", "win32"):
        monkeypatch.setattr(paths.sys, "platform", platform)
        assert paths.data_dir() == tmp_path / "elsewhere"
    assert paths.mnist_dir() == tmp_path / "elsewhere" / "mnist"
    assert paths.mydigits_dir() == tmp_path / "elsewhere" / "my-digits"
    assert not (tmp_path / "elsewhere").exists()  # looking up a folder creates nothing


def test_tests_never_use_the_real_home():
    assert paths.data_dir() != Path.home() / ".local" / "share" / "backprop-studio"
