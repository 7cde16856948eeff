"""Confusion matrix on the validation set after each epoch; misclassified gallery loads samples."""

import numpy as np
from panel_helpers import set_workspace, shown_panel, train_and_emit
from PySide6 import QtCore

from engine.teach import figures
from gui.panels.confusion import Confusion


def make(qtbot, kind):
    return shown_panel(qtbot, Confusion, kind, size=(600, 700))


def test_matrix_is_the_validation_confusion(qtbot):
    w = make(qtbot, "images")
    assert w.objectName() == "confusionMatrix"
    net, ds = w.state.network, w.state.dataset
    expected = figures.confusion_matrix(ds.y_val, net.predict(ds.x_val), 10)
    np.testing.assert_array_equal(w.report.confusion, expected)
    assert [t.toPlainText() for t in w.texts[:3]] == [str(v) for v in expected[0, :3]]
    assert w.plot.getAxis("left").labelText == "true"
    assert w.plot.getAxis("bottom").labelText == "predicted"
    assert "before the first epoch ended" in w.title.text()


def test_hover_tells_a_cells_count(qtbot):
    w = make(qtbot, "images")
    vb = w.plot.vb
    qtbot.wait(200)  # let the first layout settle (20 ms was not always enough under load)
    scene = vb.mapViewToScene(QtCore.QPointF(2.5, 1.5))  # true 1, predicted 2
    assert w.cell_at(scene) == (1, 2)
    qtbot.mouseMove(w.canvas.viewport(), pos=w.canvas.mapFromScene(scene))
    assert w.info.text().startswith(f"true 1, predicted 2: {int(w.report.confusion[1, 2])}")
    # a narrow panel hides the counts in the cells rather than letting them overlap
    w.resize(140, 500)
    qtbot.waitUntil(lambda: not w.texts[0].isVisible(), timeout=3_000)
    w.resize(900, 900)
    qtbot.waitUntil(lambda: w.texts[0].isVisible(), timeout=3_000)


def test_updates_after_each_epoch(qtbot):
    w = make(qtbot, "images")
    first = w.report
    train_and_emit(w.state, 2)  # mid-epoch: no re-evaluation
    assert w.report is first
    trainer = w.state.trainer
    train_and_emit(w.state, trainer.batches_per_epoch * 3)
    assert w.report is not first and "after epoch 3" in w.title.text()
    expected = figures.confusion_matrix(
        w.state.dataset.y_val, w.state.network.predict(w.state.dataset.x_val), 10
    )
    np.testing.assert_array_equal(w.report.confusion, expected)
    # the worker may hand the report over in the snapshot instead
    snap = train_and_emit(w.state, 1, validation=True)
    assert w.report is snap.extras["validation"]


def test_gallery_click_sets_sample(qtbot):
    w = make(qtbot, "images")
    wrong = w.report.misclassified
    assert w.gallery.count() == min(len(wrong), 60) > 0
    item = w.gallery.item(0)
    i = int(wrong[0])
    rect = w.gallery.visualItemRect(item)
    qtbot.mouseClick(w.gallery.viewport(), QtCore.Qt.MouseButton.LeftButton, pos=rect.center())
    s = w.state.sample
    assert s is not None and s.source == f"validation set #{i}"
    assert s.label == int(w.state.dataset.y_val[i])
    np.testing.assert_array_equal(s.x, w.state.dataset.x_val[i])
    assert not item.icon().isNull()


def test_2d_dataset_and_switching(qtbot):
    w = make(qtbot, "moons")
    assert w.report.confusion.shape == (2, 2)
    assert len(w.texts) == 4
    if w.gallery.count():
        assert "(" in w.gallery.item(0).text()
    set_workspace(w.state, "images")
    assert w.report.confusion.shape == (10, 10) and len(w.texts) == 100
    set_workspace(w.state, "blobs")
    assert w.report.confusion.shape == (3, 3)


def test_snapshots_carry_one_validation_report_per_epoch(qtbot):
    from gui.snapshot import make_snapshot

    w = make(qtbot, "moons")
    trainer = w.state.trainer
    assert "validation" not in make_snapshot(trainer, 0).extras  # no epoch finished yet
    trainer.run_epoch()
    a = make_snapshot(trainer, 1).extras["validation"]
    trainer.step()
    b = make_snapshot(trainer, 2).extras["validation"]
    assert a is b  # evaluated once for the epoch, not per snapshot
    np.testing.assert_array_equal(
        a.confusion.sum(axis=1), np.bincount(w.state.dataset.y_val, minlength=2)
    )
    trainer.run_epoch()
    assert make_snapshot(trainer, 3).extras["validation"] is not a
    assert "validation" not in make_snapshot(trainer, 4, validation=False).extras
