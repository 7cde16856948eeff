"""The user's fine-tuned copy of the default digit model, kept between sessions.

    tuned_model.save(network, "Your 12 digits: 83% → 100%; ...")   # after teach mode
    net = tuned_model.load()          # Network, or None when the user has none
    tuned_model.remove()              # "Restore the original model": True if one was removed

The file is data_dir()/models/default-digits-tuned.bps (engine.files.paths; BPS_DATA_DIR
moves it, as it moves everything the app keeps), an ordinary model file written
atomically by engine.files.modelfile.save: a crash mid-write leaves the previous tuned
model or none, never half a file. The shipped model in assets/ is never written.

A file that cannot be read raises TunedModelError with a readable message; it is left
where it is (remove() deletes it), so nothing the user made disappears unseen.
"""

from __future__ import annotations

import os
from pathlib import Path

from engine.files import modelfile, paths
from engine.nn.network import Network

FILE_NAME = "default-digits-tuned.bps"


class TunedModelError(ValueError):
    """The tuned model cannot be read or written; the message says why."""


def path() -> Path:
    """Where the tuned default model lives (it may not exist)."""
    return paths.data_dir() / "models" / FILE_NAME


def exists() -> bool:
    return path().is_file()


def save(network: Network, summary: str = "") -> Path:
    """Keep `network` (784 inputs, 10 outputs) as the user's tuned default model."""
    if network.sizes[0] != 784 or network.sizes[-1] != 10:
        raise TunedModelError(f"a digit model reads 784 pixels into 10 digits, not {network.sizes}")
    target = path()
    metadata = {
        "description": "The default digit model, fine-tuned on the user's own digits",
        "fine_tuned": summary,
    }
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        modelfile.save(str(target), network, metadata=metadata)
    except OSError as exc:
        raise TunedModelError(
            f"could not keep the fine-tuned model in {target.parent} ({exc.strerror or exc})"
        ) from None
    return target


def load() -> Network | None:
    """The tuned default model, or None when there is none."""
    target = path()
    if not target.is_file():
        return None
    try:
        net = modelfile.load(str(target)).network
    except (OSError, ValueError) as exc:
        raise TunedModelError(f"your fine-tuned digit model could not be read: {exc}") from None
    if net.sizes[0] != 784 or net.sizes[-1] != 10:
        raise TunedModelError(
            f"your fine-tuned digit model is {net.describe()}, not a digit model (784 -> 10)"
        )
    return net


def remove() -> bool:
    """Forget the tuned model (the original is used again). True if there was one."""
    try:
        os.remove(path())
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise TunedModelError(
            f"could not remove the fine-tuned model {path()} ({exc.strerror or exc})"
        ) from None
    return True
