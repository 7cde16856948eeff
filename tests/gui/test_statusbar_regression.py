"""The status bar of a regression: RMSE, MAE and R² of the last epoch."""

from __future__ import annotations


def test_status_bar_tells_the_regression_figures(qtbot):
    from PySide6 import QtWidgets

    from gui.snapshot import make_snapshot
    from gui.statusbar import StatusBar
    from gui.workspace import Workspace

    ws = Workspace()
    ws.new()
    bar = QtWidgets.QStatusBar()
    qtbot.addWidget(bar)
    status = StatusBar(bar, ws)
    ws.change_dataset("sine")
    trainer = ws.ensure_trainer()
    trainer.extend(2)
    trainer.fit()
    status.show_progress(make_snapshot(trainer, 1))
    r = trainer.history
    expected = f"validation RMSE {r['val_rmse'][-1]:.4g}, MAE {r['val_mae'][-1]:.4g}"
    assert status.labels["fit"].text().startswith(expected)
    ws.change_dataset("moons")
    status.show_progress(make_snapshot(ws.ensure_trainer(), 2))
    assert status.labels["fit"].text() == ""
