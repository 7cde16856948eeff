"""A message bar across the top of the window for what must be read whole.

The status bar cuts a long message off; a dialog interrupts. `MessageBar` is a strip
under the toolbar that wraps its text over as many lines as it needs, with buttons
for what to do about it and ✕ to dismiss it. The window uses it when training
stops because it diverged: the reason, and "Lower the learning rate and reset".

    bar.show_message("Training stopped: diverging: ...", [("Lower η ×0.1 and reset", fn)])
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtCore, QtWidgets

from gui.i18n import translate

WARNING_STYLE = (
    "QFrame#messageBar { background: #fff4e5; border: 1px solid #e0a040; border-radius: 3px; }"
)


class MessageBar(QtWidgets.QFrame):
    """Object name `messageBar`; its text `messageText`, its buttons `messageAction0`, ...,
    and `messageClose`."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setStyleSheet(WARNING_STYLE)
        policy = QtWidgets.QSizePolicy.Policy
        self.setSizePolicy(policy.Expanding, policy.Preferred)  # the width of its row
        self.text = QtWidgets.QLabel()
        self.text.setObjectName("messageText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setSizePolicy(policy.Ignored, policy.Preferred)  # wraps, never widens
        self.close_button = QtWidgets.QToolButton()
        self.close_button.setObjectName("messageClose")
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(translate("MessageBar", "Dismiss"))
        self.close_button.clicked.connect(self.dismiss)
        self._row = QtWidgets.QHBoxLayout(self)
        self._row.setContentsMargins(8, 4, 4, 4)
        self._row.addWidget(self.text, 1)
        self._buttons: list[QtWidgets.QPushButton] = []
        self._row.addWidget(self.close_button)
        self.host: QtWidgets.QWidget | None = None  # shown and hidden with the bar (a row)
        self.hide()

    def show_message(
        self, text: str, actions: list[tuple[str, Callable[[], None]]] | None = None
    ) -> None:
        """Show `text` whole, with a button per (label, callback); a button also dismisses."""
        for b in self._buttons:
            self._row.removeWidget(b)
            b.deleteLater()
        self._buttons = []
        for i, (label, callback) in enumerate(actions or []):
            b = QtWidgets.QPushButton(label)
            b.setObjectName(f"messageAction{i}")
            b.clicked.connect(lambda _checked=False, fn=callback: (self.dismiss(), fn()))
            self._row.insertWidget(self._row.count() - 1, b)
            self._buttons.append(b)
        self.text.setText(text)
        if self.host is not None:
            self.host.show()
        self.show()
        self._fit_height()

    def message(self) -> str:
        return self.text.text() if self.isVisible() else ""

    def buttons(self) -> list[QtWidgets.QPushButton]:
        return list(self._buttons)

    def dismiss(self) -> None:
        self.hide()
        if self.host is not None:
            self.host.hide()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as the wrapped text needs at the bar's width (a toolbar row does not ask
        its widgets' height for a width)."""
        width = max(100, self.width() - 40 - sum(b.sizeHint().width() for b in self._buttons))
        lines = self.text.fontMetrics().boundingRect(
            0, 0, width, 10_000, QtCore.Qt.TextFlag.TextWordWrap, self.text.text()
        )
        self.setFixedHeight(max(lines.height(), self.close_button.sizeHint().height()) + 12)
