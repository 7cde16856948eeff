"""Epochs is the total, everywhere: the field, the trainer and a Train after a stop."""

from gui import MainWindow


def test_train_after_a_stop_adds_a_run_and_the_field_shows_the_new_total(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    ws = window.workspace
    ws.set_speed(0)  # full speed: the point is the totals, not watching
    field = window.panels["hyperparameters"].fields["epochs"]
    field.setText("2")
    assert window.panels["hyperparameters"].commit("epochs")
    assert ws.config.epochs == 2
    ws.train()
    qtbot.waitUntil(lambda: not ws.training and ws.trainer.epoch == 2, timeout=20_000)
    assert ws.trainer.stopped_because == "reached 2 epochs"
    ws.train()  # adds 2 more epochs: the total is now 4
    qtbot.waitUntil(lambda: not ws.training and ws.trainer.epoch == 4, timeout=20_000)
    assert ws.trainer.stopped_because == "reached 4 epochs"
    qtbot.waitUntil(lambda: field.text() == "4", timeout=5_000)
    assert ws.config.epochs == 4
    ws.set_modified(False)  # closing asks nothing


def test_a_drawing_the_network_cannot_read_is_not_made_the_current_sample(qtbot):
    """In a 2-input workspace the canvas reads with the default digit model; its 784
    pixels must not become the sample the step-through traces."""
    import numpy as np

    from gui.workspace import Sample

    window = MainWindow()
    qtbot.addWidget(window)
    ws = window.workspace
    before = ws.sample
    assert not ws.set_sample(Sample(np.zeros(784, np.float32), None, "canvas"))
    assert ws.sample is before
    step = window.panels["stepThrough"]
    assert "784" not in step.explanation.text()
    assert ws.set_sample(Sample(np.zeros(2, np.float32), None, "plane (0, 0)"))
    assert ws.sample.source == "plane (0, 0)"
