"""Two threads never write the weights at once: Apply update, Undo and fine-tuning while
training runs, 100 times over, with every write recorded.

Every change of the weights is recorded with when it started and ended and a digest of
the weights before and after: the training thread's batches (`Trainer.train_on_batch`
in that thread) and the GUI thread's writes (`Workspace._write_weights`, the one place
the GUI thread changes them: Apply update, Undo, adopting a fine-tune). Afterwards the
writes must not overlap in time, and they must form one chain — each one starts from
the weights the previous one left — ending at the weights the network holds. An Undo
must give back exactly the weights from before its Apply update.
"""

from __future__ import annotations

import hashlib
import threading
import time

import numpy as np
from test_main_window_training import fake_mnist

from gui.workspace import Workspace


def digest(network) -> str:
    h = hashlib.blake2b(digest_size=16)
    for p in network.params:
        h.update(p.tobytes())
    return h.hexdigest()


def test_apply_undo_and_fine_tune_never_write_while_a_batch_runs(qtbot, monkeypatch, tmp_path):
    monkeypatch.setenv("BPS_DATA_DIR", str(tmp_path))
    mnist = fake_mnist(monkeypatch, available=True)
    mnist.load_split = lambda split, data_dir=None: (_ for _ in ()).throw(OSError("no MNIST"))
    ws = Workspace()
    ws.new()
    assert ws.change_dataset("mnist")  # a digit network (784-8-8-10): it can be fine-tuned
    ws.set_speed(0)
    assert ws.change_setting("epochs", 1_000_000) is None  # the run outlasts the test
    net = ws.network
    trainer = ws.ensure_trainer()
    events: list[tuple[float, float, str, str, str]] = []  # start, end, what, before, after

    train_on_batch = trainer.train_on_batch

    def recorded_batch(*args, **kwargs):
        if threading.current_thread() is threading.main_thread():
            return train_on_batch(*args, **kwargs)  # Apply update: recorded as a GUI write
        t0, before = time.perf_counter(), digest(net)
        out = train_on_batch(*args, **kwargs)
        events.append((t0, time.perf_counter(), "batch", before, digest(net)))
        return out

    write_weights = ws._write_weights

    def recorded_write(cause, write):
        assert threading.current_thread() is threading.main_thread()
        t0, before = time.perf_counter(), digest(net)
        out = write_weights(cause, write)
        events.append((t0, time.perf_counter(), cause, before, digest(net)))
        return out

    trainer.train_on_batch = recorded_batch
    ws._write_weights = recorded_write

    x, target = ws.dataset.x_val[0], int(ws.dataset.y_val[0])
    rng = np.random.default_rng(0)
    X_mine, y_mine = rng.random((6, 784), dtype=np.float32), np.arange(6) % 10
    finished = []
    ws.fineTuneFinished.connect(lambda result, message: finished.append((result, message)))

    def writes(cause: str) -> int:
        return sum(1 for e in events if e[2] == cause)

    def run_a_little() -> None:
        seen = trainer.samples_seen
        ws.train()
        # the worker trains, and the window knows it does (its "running" may still be on
        # its way while the first batch already counted: the refusals below ask the window)
        qtbot.waitUntil(lambda: trainer.samples_seen > seen and ws.training, timeout=10_000)

    for i in range(100):
        run_a_little()
        kind = i % 4
        if kind in (0, 1):  # Apply update while training runs: it pauses first
            applied = writes("apply update")
            assert ws.apply_update(x, target) is None
            qtbot.waitUntil(lambda n=applied: writes("apply update") == n + 1, timeout=10_000)
            assert not ws.training
            if kind == 1:  # ... and Undo gives back the weights from before it
                before_apply = events[-1][3]
                assert ws.undo_update() is None
                assert digest(net) == before_apply
        elif kind == 2:  # fine-tuning is refused while training runs; started when paused,
            assert "Pause training first" in ws.fine_tune(net, X_mine, y_mine)
            ws.pause()
            qtbot.waitUntil(lambda: not ws.training, timeout=10_000)
            n = len(finished)
            assert ws.fine_tune(net, X_mine, y_mine) is None
            run_a_little()  # training moves the weights while it runs: not adopted then
            qtbot.waitUntil(lambda n=n: len(finished) == n + 1, timeout=30_000)
            result, message = finished[-1]
            assert result is None and "not applied" in message
        else:  # fine-tuned while nobody trains: the weights take the result
            ws.pause()
            qtbot.waitUntil(lambda: not ws.training, timeout=10_000)
            adopted = writes("fine-tune")
            assert ws.fine_tune(net, X_mine, y_mine) is None
            qtbot.waitUntil(lambda n=adopted: writes("fine-tune") == n + 1, timeout=30_000)
    ws.pause()
    qtbot.waitUntil(lambda: not ws.training, timeout=10_000)
    ws.shutdown()

    assert writes("apply update") == 50 and writes("undo") == 25 and writes("fine-tune") == 25
    assert writes("batch") > 100
    events.sort()
    for previous, event in zip(events, events[1:], strict=False):
        assert event[0] >= previous[1], f"{event[2]} began while {previous[2]} ran"
        assert event[3] == previous[4], f"{event[2]} did not start from what {previous[2]} left"
    assert events[-1][4] == digest(net)
