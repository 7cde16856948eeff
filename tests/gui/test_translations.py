"""The window in Simplified and Traditional Chinese: no English word left where a user reads.

The test builds the main window with each language installed, walks every widget (labels,
buttons, tool tips, window and dock titles, menus and their actions, combo box items,
placeholders, group boxes, tabs, table headers, the texts drawn in the plots), every
panel's "What am I looking at?" help and the step-through's texts after stepping forward
and backward, and fails on any English word left. Proper names, symbols, units and code
identifiers (ALLOWED) are the documented exceptions.
"""

from __future__ import annotations

import inspect
import re

import pytest
from PySide6 import QtCore, QtWidgets

from engine.nn import activations, losses
from engine.train import schedules
from engine.train.settings import SETTINGS
from gui import i18n

# Words that stay as they are in every language: proper names, file formats, identifiers
# shown as code (activation, optimizer and loss names the engine and the CLI use), units
# and the letters of formulas. Lower case; a word is checked lower-cased.
ALLOWED = {
    # proper names, products, formats
    "backprop",
    "studio",
    "mnist",
    "onnx",
    "pytorch",
    "numpy",
    "python",
    "qt",
    "xor",
    "csv",
    "tsv",
    "npz",
    "npy",
    "bps",
    "py",
    "png",
    "idx",
    "uci",
    "iris",
    "wine",
    "adam",
    "adamw",
    "adagrad",
    "adadelta",
    "rmsprop",
    "nesterov",
    "sgd",
    "momentum",
    "relu",
    "leaky",
    "leaky_relu",
    "elu",
    "gelu",
    "selu",
    "tanh",
    "sigmoid",
    "softmax",
    "softplus",
    "linear",
    "identity",
    "swish",
    "mse",
    "mae",
    "rmse",
    "cross",
    "entropy",
    "cross_entropy",
    "bce",
    "he",
    "xavier",
    "glorot",
    "lecun",
    "uniform",
    "normal",
    "rosenbrock",
    "pca",
    "lr",
    "argmax",
    "exp",
    "log",
    "sin",
    "cos",
    "max",
    "min",
    "sqrt",
    "abs",
    "sign",
    "tan",
    "ln",
    # units and symbols
    "px",
    "ms",
    "kb",
    "mb",
    "gb",
    "fps",
    "ok",
    # keys
    "ctrl",
    "shift",
    "alt",
    "space",
    "esc",
    "enter",
    "del",
    "backspace",
    "tab",
    "home",
    "end",
    "pgup",
    "pgdown",
    "left",
    "right",
    "up",
    "down",
    "meta",
    "cmd",
    "return",
    "delete",
    "insert",
    "pause",
    "print",
    "menu",
}
# Identifiers a user picks or types as the engine and the command line spell them (choices
# of the settings, activations, losses, schedule parameters): shown as code, not translated.
CODE = {
    *(c for s in SETTINGS.values() for c in s.choices),
    *activations.ACTIVATIONS,
    *losses.LOSSES,
    *(  # the schedule's settings, typed as key=value (drop, every, gamma, ...)
        n
        for n, p in inspect.signature(schedules.learning_rate).parameters.items()
        if p.kind is p.KEYWORD_ONLY
    ),
}
ALLOWED |= {c.lower() for c in CODE} | {"english"}  # English: the language's own name
WORD = re.compile(r"[A-Za-z][A-Za-z_']*")
TAG = re.compile(r"<[^>]+>|&[a-z]+;")


def english_words(text: str) -> list[str]:
    """The English words in `text`: runs of two or more Latin letters, not ALLOWED (a
    single letter is a symbol: x, W, b, z, η's neighbours)."""
    text = TAG.sub(" ", text or "")
    text = re.sub(r"(\S*/)?[\w.-]+\.(bps|onnx|py|npz|npy|csv|png)\b", " ", text)  # files
    text = re.sub(r"\(&[A-Za-z]\)|&(?=[A-Za-z])", " ", text)  # mnemonics: 文件(&F)
    words = []
    for w in WORD.findall(text):
        core = w.strip("'_")
        if len(core) < 2 or core.lower() in ALLOWED:
            continue
        if re.fullmatch(r"[a-zA-Z]\d*|[A-Z]{1,2}[a-z]?|[a-z][A-Z]", core):  # W, dW, Wx: symbols
            continue
        words.append(core)
    return words


def widget_texts(window: QtWidgets.QWidget) -> list[tuple[str, str]]:
    """(where, text) of everything a user can read in the window and its children."""
    out: list[tuple[str, str]] = [("window title", window.windowTitle())]

    def where(w: QtCore.QObject) -> str:
        return f"{type(w).__name__} {w.objectName() or ''}".strip()

    widgets = [window, *window.findChildren(QtWidgets.QWidget)]
    for w in widgets:
        if w.toolTip():
            out.append((where(w) + " tooltip", w.toolTip()))
        if isinstance(w, QtWidgets.QLabel | QtWidgets.QAbstractButton):
            out.append((where(w), w.text()))
        elif isinstance(w, QtWidgets.QGroupBox):
            out.append((where(w), w.title()))
        elif isinstance(w, QtWidgets.QDockWidget):
            out.append((where(w), w.windowTitle()))
        elif isinstance(w, QtWidgets.QLineEdit):
            out.append((where(w) + " placeholder", w.placeholderText()))
        elif isinstance(w, QtWidgets.QComboBox):
            for i in range(w.count()):
                out.append((f"{where(w)} item {i}", w.itemText(i)))
                tip = w.itemData(i, QtCore.Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str):
                    out.append((f"{where(w)} item {i} tooltip", tip))
        elif isinstance(w, QtWidgets.QTabBar):
            for i in range(w.count()):
                out.append((f"{where(w)} tab {i}", w.tabText(i)))
                out.append((f"{where(w)} tab {i} tooltip", w.tabToolTip(i)))
        elif isinstance(w, QtWidgets.QAbstractSpinBox):
            out.append((where(w) + " special", getattr(w, "specialValueText", str)()))
        elif isinstance(w, (QtWidgets.QTextEdit, QtWidgets.QPlainTextEdit)):
            out.append((where(w), w.toPlainText()))
        elif isinstance(w, QtWidgets.QListWidget):
            for i in range(w.count()):
                out.append((f"{where(w)} row {i}", w.item(i).text()))
        elif isinstance(w, QtWidgets.QAbstractItemView) and w.model() is not None:
            m = w.model()
            Or = QtCore.Qt.Orientation
            for c in range(m.columnCount()):
                h = m.headerData(c, Or.Horizontal)
                if isinstance(h, str):
                    out.append((f"{where(w)} header {c}", h))
        for action in w.actions():
            out.append((f"{where(w)} action", action.text()))
            out.append((f"{where(w)} action tooltip", action.toolTip()))
        if isinstance(w, QtWidgets.QGraphicsView) and w.scene() is not None:
            for item in w.scene().items():
                text = _item_text(item)
                if text and item.isVisible():
                    out.append((f"{where(w)} {type(item).__name__}", text))
    menus = window.menuBar().findChildren(QtWidgets.QMenu) if hasattr(window, "menuBar") else []
    for menu in menus:
        out.append((f"menu {menu.objectName()}", menu.title()))
        for action in menu.actions():
            out.append((f"menu {menu.title()} action", action.text()))
    return out


def _item_text(item) -> str:
    if isinstance(item, QtWidgets.QGraphicsTextItem):
        return item.toPlainText()
    if isinstance(item, QtWidgets.QGraphicsSimpleTextItem):
        return item.text()
    return ""


def english_left(texts: list[tuple[str, str]]) -> list[str]:
    found = []
    for place, text in texts:
        words = english_words(text)
        if words:
            found.append(f"{place}: {text[:100]!r} ({', '.join(sorted(set(words))[:6])})")
    return sorted(set(found))


@pytest.fixture(params=["zh_CN", "zh_TW"])
def chinese_window(request, qtbot, monkeypatch):
    from gui import MainWindow

    B = QtWidgets.QMessageBox.StandardButton
    monkeypatch.setattr(QtWidgets.QMessageBox, "question", lambda *a, **k: B.Discard)
    app = QtWidgets.QApplication.instance()
    assert i18n.install(app, request.param) == request.param
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        yield window
        window.shutdown()
    finally:
        i18n.install(app, "en")


def test_english_words_are_found_and_names_symbols_are_not():
    assert english_words("Learning rate η") == ["Learning", "rate"]
    assert english_words("学习率 η = 0.03, Adam, ReLU, MNIST, 28×28 px") == []
    assert english_words("文件(&F)") == []
    assert english_words("z = W·a + b, dW, δ") == []
    assert english_words("<b>权重</b> of") == ["of"]


def test_every_text_of_the_window_is_translated(chinese_window):
    window = chinese_window
    texts = widget_texts(window)
    for dock in window.docks.values():  # every tab's contents as well
        dock.show()
        dock.raise_()
    QtWidgets.QApplication.processEvents()
    texts += widget_texts(window)
    left = english_left(texts)
    assert not left, f"{len(left)} English texts left:\n" + "\n".join(left)


def test_the_help_of_every_panel_is_translated(chinese_window):
    from gui.help_texts import HELP, help_for

    left = []
    for name in HELP:
        title, text = help_for(name)
        left += english_left([(f"help {name} title", title), (f"help {name}", text)])
    assert not left, "\n".join(left)


def test_the_step_through_texts_are_translated_after_stepping(chinese_window, qtbot):
    window = chinese_window
    dock = window.docks["stepThrough"]
    dock.show()
    dock.raise_()
    panel = window.panels["stepThrough"]
    QtWidgets.QApplication.processEvents()
    texts = []
    steps = panel.step_list.count()
    assert steps > 4
    for _ in range(steps):  # forward, then backward through the whole pass
        panel.next()
        QtWidgets.QApplication.processEvents()
        texts += widget_texts(panel)
    for _ in range(steps):
        panel.previous()
        texts += widget_texts(panel)
    left = english_left(texts)
    assert not left, f"{len(left)} English texts left:\n" + "\n".join(left)


def test_the_language_follows_the_system_then_the_setting(qtbot):
    assert i18n.system_language("zh_CN") == "zh_CN"
    assert i18n.system_language("zh_Hans_SG") == "zh_CN"
    assert i18n.system_language("zh_TW") == "zh_TW"
    assert i18n.system_language("zh_HK") == "zh_TW"
    assert i18n.system_language("zh-Hant") == "zh_TW"
    assert i18n.system_language("de_DE") == "en"
    i18n.save_language("zh_TW")
    try:
        assert i18n.chosen_language() == "zh_TW"
    finally:
        i18n.save_language("en")


@pytest.mark.parametrize(
    ("lang", "file", "save"), [("zh_CN", "文件(&F)", "保存"), ("zh_TW", "檔案(&F)", "儲存")]
)
def test_the_shipped_translations_load(qtbot, lang, file, save):
    app = QtWidgets.QApplication.instance()
    try:
        assert i18n.qm_file(lang).exists()
        assert i18n.install(app, lang) == lang
        assert i18n.translate("Menus", "&File") == file
        assert save in i18n.translate("Menus", "&Save")
        families = app.font().families()
        assert families[1].startswith("Noto Sans CJK " + ("SC" if lang == "zh_CN" else "TC"))
        assert "Microsoft JhengHei" in families and "PingFang SC" in families
    finally:
        i18n.install(app, "en")
    assert i18n.translate("Menus", "&File") == "&File"


def test_engine_messages_are_translated_where_the_window_shows_them(qtbot):
    app = QtWidgets.QApplication.instance()
    try:
        i18n.install(app, "zh_CN")
        text = i18n.engine_text("reached 200 epochs")
        assert "200" in text and not english_words(text)
    finally:
        i18n.install(app, "en")
    assert i18n.engine_text("reached 200 epochs") == "reached 200 epochs"


def test_choosing_a_language_is_remembered_and_offers_a_restart(qtbot, monkeypatch):
    from gui import MainWindow

    asked = []
    B = QtWidgets.QMessageBox.StandardButton

    def question(*args, **kwargs):
        asked.append(args[2])
        return B.No

    monkeypatch.setattr(QtWidgets.QMessageBox, "question", question)
    window = MainWindow()
    qtbot.addWidget(window)
    menu = window.language_menu
    names = [a.text() for a in menu.actions()]
    assert names == ["English", "简体中文", "繁體中文"]
    try:
        menu.actions()[2].trigger()
        assert i18n.saved_language() == "zh_TW"
        assert asked and "重新啟動" in asked[0]  # asked in the language chosen
    finally:
        i18n.save_language("en")
        window.shutdown()


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW"])
def test_the_dialogs_are_translated(qtbot, tmp_path, lang):
    """The dialogs a user opens from the menus and panels: keyboard shortcuts, importing a
    table (with a file chosen), My digits (with a digit in it)."""
    import numpy as np

    from engine.data.mydigits import MyDigits
    from gui import dialogs
    from gui.import_table import ImportTableDialog
    from gui.panels.my_digits import MyDigitsDialog

    app = QtWidgets.QApplication.instance()
    table = tmp_path / "plants.csv"
    rows = "1.0,2.0,a\n1.5,2.5,b\n2.0,1.0,a\n2.5,1.5,b\n" * 5
    table.write_text("高度,宽度,种类\n" + rows)  # the user's own column names
    try:
        i18n.install(app, lang)
        store = MyDigits(tmp_path / "mydigits")
        store.add(np.zeros((28, 28), np.float32), 3)
        opened = [
            dialogs.ShortcutsDialog(),
            ImportTableDialog(None, str(table)),
            MyDigitsDialog(store),
        ]
        texts = []
        for dialog in opened:
            qtbot.addWidget(dialog)
            texts += [("dialog title", dialog.windowTitle()), *widget_texts(dialog)]
        left = english_left(texts)
        assert not left, f"{len(left)} English texts left:\n" + "\n".join(left)
    finally:
        i18n.install(app, "en")
