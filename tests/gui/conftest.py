"""Fixtures the window's tests share."""

from __future__ import annotations

import types

import pytest
from PySide6 import QtWidgets


@pytest.fixture
def answers(monkeypatch):
    """Scripted replies to the window's questions (`answers.question`, Yes unless a test
    sets another button); records the questions and warnings instead of showing them."""
    B = QtWidgets.QMessageBox.StandardButton
    log = types.SimpleNamespace(question=B.Yes, questions=[], warnings=[])

    def question(parent, title, text, *args, **kwargs):
        log.questions.append((title, text))
        return log.question

    def warning(parent, title, text, *args, **kwargs):
        log.warnings.append((title, text))
        return B.Ok

    monkeypatch.setattr(QtWidgets.QMessageBox, "question", question)
    monkeypatch.setattr(QtWidgets.QMessageBox, "warning", warning)
    return log


@pytest.fixture
def shown_window(qtbot, answers):
    """The main window in its default layout, shown and exposed, with the questions
    answered (`answers`); its threads are joined at the end."""
    from gui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.shutdown()
