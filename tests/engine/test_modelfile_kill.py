"""Atomic saves: a process saving over and over is SIGKILLed at random moments, 50 times.

After every kill the file must load, and hold either the last model the process
reported saved or the one it was writing — never a mix, never a broken file —
and the temporary files of killed writers must not pile up.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from engine.files import atomic, modelfile
from engine.nn.network import Network

ROOT = Path(__file__).resolve().parents[2]
KILLS = 50

# A small server that forks one saving process per request, so that 50 savers cost 50
# forks rather than 50 interpreter start-ups. Each saver fills every weight with its
# version number, saves, reports "saved N", and goes on until it is killed.
SPAWNER = r"""
import os, sys
from engine.files import modelfile
from engine.nn.network import Network

net = Network.create([64, 128, 64, 10], "relu", "softmax", seed=0, dtype="float64")
path = sys.argv[1]
def say(text):
    os.write(1, (text + "\n").encode())
say("spawner ready")
for line in sys.stdin:
    version = int(line)
    pid = os.fork()
    if pid == 0:
        say("ready")
        while True:
            version += 1
            for p in net.params:
                p.fill(version)
            modelfile.save(path, net, metadata={"version": version})
            say(f"saved {version}")
    say(f"pid {pid}")
    os.waitpid(pid, 0)
    say("dead")
"""


def saved_version(path: Path) -> int:
    """The version in the file, after checking that every weight agrees with it."""
    m = modelfile.load(path)
    version = m.metadata["version"]
    for p in m.network.params:
        assert np.all(p == version), "the file mixes two saves"
    return version


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")
def test_save_killed_at_random_moments_leaves_old_or_new_file(tmp_path):
    target = tmp_path / "model.bps"
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    spawner = subprocess.Popen(
        [sys.executable, "-c", SPAWNER, str(target)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=env,
        cwd=str(ROOT),
    )
    rnd = random.Random(1234)
    last = 0  # the newest version known to be completely saved
    kills_mid_write = 0
    max_leftovers = 0
    try:
        assert spawner.stdout.readline() == b"spawner ready\n"
        for kill in range(KILLS):
            spawner.stdin.write(f"{last}\n".encode())
            spawner.stdin.flush()
            seen, pid = set(), None
            while not ({"ready", "pid"} <= seen):
                word, _, rest = spawner.stdout.readline().decode().strip().partition(" ")
                seen.add(word)
                if word == "pid":
                    pid = int(rest)
            time.sleep(rnd.uniform(0.0, 0.05))
            os.kill(pid, signal.SIGKILL)
            reported = []
            while True:
                line = spawner.stdout.readline().decode().strip()
                if line == "dead" or not line:
                    break
                if line.startswith("saved "):
                    reported.append(int(line.split()[1]))
            if reported:
                last = reported[-1]
            leftover = atomic.leftovers(target)
            kills_mid_write += bool(leftover)
            max_leftovers = max(max_leftovers, len(leftover))
            if not target.exists():
                assert last == 0, f"kill {kill}: the file vanished"
                continue
            on_disk = saved_version(target)
            assert on_disk in (last, last + 1), (
                f"kill {kill}: file holds version {on_disk}, the writer had saved {last}"
            )
            last = on_disk
    finally:
        spawner.kill()
        spawner.wait()
        spawner.stdin.close()
        spawner.stdout.close()
    assert last > 0, "no save ever completed: the test killed too early to prove anything"
    assert kills_mid_write > 0, "no kill landed during a write: the test proved nothing"
    # leftovers of dead writers are removed by the next save, so they never pile up
    assert max_leftovers <= 2
    modelfile.save(target, Network.create([2, 2, 1]), metadata={"version": -1})
    assert sorted(os.listdir(tmp_path)) == ["model.bps"]
    print(f"{KILLS} kills, {kills_mid_write} mid-write, last version {last}")


def test_a_live_writers_temporary_file_is_left_alone(tmp_path):
    target = tmp_path / "m.bps"
    mine = tmp_path / f".m.bps.{os.getpid()}.x1y2.part"  # this (living) process's
    mine.write_bytes(b"half")
    dead = tmp_path / f".m.bps.{2**22 + 12345}.abcd.part"  # above Linux's largest pid
    dead.write_bytes(b"half")
    other = tmp_path / ".other.bps.99999999.abcd.part"  # another file's: not ours to touch
    other.write_bytes(b"half")
    assert sorted(atomic.leftovers(target)) == sorted([mine, dead])
    assert atomic.clean_leftovers(target) == (1 if os.name == "posix" else 0)
    assert mine.exists() and other.exists()
    modelfile.save(target, Network.create([2, 2, 1]))
    assert mine.exists() and modelfile.load(target).network.sizes == [2, 2, 1]
