"""Files written atomically get the permissions a plain open() would give them (issue 15:
saved and imported files were 0600, the temporary file's mode)."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from engine.files.atomic import atomic_write, write_bytes

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")


@pytest.fixture
def umask():
    """Set the umask for one test and put the old one back."""
    old = os.umask(0o022)
    yield lambda mask: os.umask(mask)
    os.umask(old)


@pytest.mark.parametrize("mask", [0o022, 0o002, 0o077])
def test_a_new_file_follows_the_umask(tmp_path, umask, mask):
    umask(mask)
    path = tmp_path / "model.bps"
    write_bytes(path, b"data")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o666 & ~mask
    plain = tmp_path / "plain"
    plain.write_bytes(b"x")  # what open() gives, for comparison
    assert stat.S_IMODE(os.stat(path).st_mode) == stat.S_IMODE(os.stat(plain).st_mode)


def test_a_replaced_file_keeps_its_mode(tmp_path, umask):
    umask(0o022)
    path = tmp_path / "shared.bps"
    path.write_bytes(b"old")
    os.chmod(path, 0o664)
    with atomic_write(path) as f:
        f.write(b"new")
    assert path.read_bytes() == b"new"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o664
