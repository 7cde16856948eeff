"""The window's languages: English, Simplified Chinese (zh_CN) and Traditional Chinese (zh_TW).

    from gui.i18n import translate
    translate("Menus", "&File")          # the text in the chosen language (English if none)

    i18n.install(app)                    # at start: the saved language, else the system's
    i18n.add_language_menu(window, view) # View → Language: English / 简体中文 / 繁體中文

Every user-visible string of the window goes through `translate(context, text)` (the
same as QCoreApplication.translate, and found by `pyside6-lupdate`). Module-level texts
(dock titles, help texts) are marked with QT_TRANSLATE_NOOP and translated where shown.
The translations live in gui/i18n/backprop_studio_<lang>.ts (sources, in the repository)
and are compiled to .qm files next to them (shipped in the package); regenerate both with
`python scripts/translations.py` (docs/glossary.md keeps the terms consistent).

The engine never imports Qt and speaks English; where the window shows one of its
messages, `engine_text(message)` translates it with a catalogue of the engine's message
templates (ENGINE_MESSAGES: regular expressions whose groups, numbers and names, are put
back into the translated template). The command line stays English.

The language is chosen in the settings ("language"); at first start it follows the system
locale (zh_CN, zh_SG → Simplified; zh_TW, zh_HK, zh_MO → Traditional; else English).
Changing it asks to restart the app (the window is rebuilt with every text in the new
language; unsaved work is offered for saving first).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

LANGUAGES: list[tuple[str, str]] = [("en", "English"), ("zh_CN", "简体中文"), ("zh_TW", "繁體中文")]
SETTINGS_KEY = "language"
HERE = Path(__file__).resolve().parent / "i18n"
QM_NAME = "backprop_studio_{lang}.qm"

# CJK fonts per platform, tried after the application's own family: Linux (Debian/Ubuntu:
# fonts-noto-cjk), macOS, Windows. The variant of the chosen script comes first so that
# shared code points (e.g. 层/層 differ anyway, but 直, 骨 are drawn differently) look right.
CJK_FONTS = {
    "zh_CN": [
        "Noto Sans CJK SC",
        "Source Han Sans SC",
        "PingFang SC",
        "Heiti SC",
        "Microsoft YaHei",
        "Microsoft YaHei UI",
        "SimHei",
        "WenQuanYi Micro Hei",
        "Noto Sans SC",
    ],
    "zh_TW": [
        "Noto Sans CJK TC",
        "Source Han Sans TC",
        "PingFang TC",
        "Heiti TC",
        "Microsoft JhengHei",
        "Microsoft JhengHei UI",
        "PMingLiU",
        "WenQuanYi Zen Hei",
        "Noto Sans TC",
    ],
}
CJK_FONTS["en"] = CJK_FONTS["zh_CN"]  # English text may still show a Chinese file name

_installed: list[QtCore.QTranslator] = []
_current = "en"


def translate(context: str, text: str) -> str:
    """`text` in the installed language (QCoreApplication.translate; lupdate finds it)."""
    return QtCore.QCoreApplication.translate(context, text)


def dataset_name(name: str) -> str:
    """A dataset's name (the engine's identifier, e.g. "moons", "sine") as the window shows
    it in the chosen language (gui.engine_messages lists them, context "Datasets")."""
    return translate("Datasets", name)


def language() -> str:
    """The language the window shows now ("en", "zh_CN" or "zh_TW")."""
    return _current


def system_language(name: str | None = None) -> str:
    """The app's language for a locale name such as "zh_CN", "zh_Hant_TW", "zh-HK", "de_DE"
    (default: the system's locale)."""
    if name is None:
        locale = QtCore.QLocale.system()
        name = locale.name()
        if locale.language() == QtCore.QLocale.Language.Chinese:
            if locale.script() == QtCore.QLocale.Script.TraditionalChineseScript:
                return "zh_TW"
            if locale.script() == QtCore.QLocale.Script.SimplifiedChineseScript:
                return "zh_CN"
    parts = re.split(r"[_\-.@]", name)
    if not parts or parts[0].lower() != "zh":
        return "en"
    rest = {p.lower() for p in parts[1:]}
    if rest & {"tw", "hk", "mo", "hant"}:
        return "zh_TW"
    return "zh_CN"


def settings() -> QtCore.QSettings:
    return QtCore.QSettings("Backprop Studio", "Backprop Studio")


def saved_language() -> str | None:
    """The language chosen in View → Language, if any (and known)."""
    value = settings().value(SETTINGS_KEY)
    return value if value in dict(LANGUAGES) else None


def save_language(lang: str) -> None:
    s = settings()
    s.setValue(SETTINGS_KEY, lang)
    s.sync()


def chosen_language() -> str:
    """The saved language, else (first start) the system's, which is then remembered."""
    lang = saved_language()
    if lang is None:
        lang = system_language()
        save_language(lang)
    return lang


def qm_file(lang: str) -> Path:
    return HERE / QM_NAME.format(lang=lang)


def install(app: QtCore.QCoreApplication | None = None, lang: str | None = None) -> str:
    """Load the translations of `lang` (default: chosen_language()) into the application,
    with Qt's own (standard buttons such as Yes/No/Cancel), and set the CJK font fallback.
    Replaces translations installed before. Returns the language in use ("en" if the
    .qm file is missing: the window then shows English rather than nothing)."""
    global _current
    app = app or QtCore.QCoreApplication.instance()
    lang = lang or chosen_language()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _current = "en"
    if lang != "en":
        ours = QtCore.QTranslator(app)
        if ours.load(str(qm_file(lang))):
            app.installTranslator(ours)
            _installed.append(ours)
            _current = lang
            qt = QtCore.QTranslator(app)
            qt_dir = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(f"qtbase_{lang}", qt_dir):
                app.installTranslator(qt)
                _installed.append(qt)
    if isinstance(app, QtGui.QGuiApplication):
        apply_font(app, _current)
    return _current


def font_families(lang: str, base: str) -> list[str]:
    """`base` first (Latin letters and digits keep the platform's font), then the CJK
    fonts of `lang`'s script, then those of the other script."""
    other = "zh_TW" if lang == "zh_CN" else "zh_CN"
    families = [base] + CJK_FONTS.get(lang, CJK_FONTS["zh_CN"]) + CJK_FONTS[other]
    return list(dict.fromkeys(families))


def apply_font(app: QtGui.QGuiApplication, lang: str) -> None:
    """The application font with a CJK fallback that exists on Linux, macOS and Windows."""
    font = app.font()
    base = font.family()
    font.setFamilies(font_families(lang, base))
    app.setFont(font)


# -- View → Language -----------------------------------------------------------------------


def add_language_menu(window: QtWidgets.QMainWindow, view: QtWidgets.QMenu) -> QtWidgets.QMenu:
    """View → Language: one checkable entry per language (each named in its own script).
    Choosing another one saves it and offers to restart the app."""
    menu = view.addMenu(translate("Language", "&Language"))
    menu.setObjectName("languageMenu")
    group = QtGui.QActionGroup(menu)
    for code, name in LANGUAGES:
        action = menu.addAction(name)
        action.setCheckable(True)
        action.setChecked(code == _current)
        action.setData(code)
        group.addAction(action)
        action.triggered.connect(lambda _checked=False, c=code: choose_language(window, c))
    window.language_menu = menu
    return menu


def choose_language(window: QtWidgets.QMainWindow, lang: str) -> bool:
    """Save `lang`; if it differs from the one shown, offer to restart now (the window is
    closed as by File → Quit, which asks about unsaved changes). True if restarting."""
    if lang == saved_language() and lang == _current:
        return False
    save_language(lang)
    if lang == _current:
        return False
    # asked in the new language: that is the one the user reads best
    translator = QtCore.QTranslator()
    if lang != "en":
        translator.load(str(qm_file(lang)))

    def t(text: str) -> str:
        return translator.translate("Language", text) or text if lang != "en" else text

    B = QtWidgets.QMessageBox.StandardButton
    answer = QtWidgets.QMessageBox.question(
        window,
        t(QT_TRANSLATE_NOOP("Language", "Language")),
        t(
            QT_TRANSLATE_NOOP(
                "Language",
                "The new language is used from the next start. Restart Backprop Studio now?",
            )
        ),
        B.Yes | B.No,
        B.Yes,
    )
    if answer != B.Yes:
        return False
    return restart(window)


def restart(window: QtWidgets.QMainWindow) -> bool:
    """Close the window (it may ask to save, and may be cancelled) and start the app again."""
    if not window.close():
        return False
    args = [a for a in sys.argv[1:]]
    if getattr(sys, "frozen", False):
        program = sys.executable
    else:
        program, args = sys.executable, ["-m", "gui", *args]
    QtCore.QProcess.startDetached(program, args)
    QtCore.QCoreApplication.quit()
    return True


# -- the engine's messages -------------------------------------------------------------------

# The catalogue is gui.engine_messages.ENGINE_MESSAGES (context "Engine").


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's name, for lupdate)
    return text


def engine_text(message: str) -> str:
    """An engine message in the window's language: its known templates translated (the
    numbers and names kept), anything unknown left as it is. Messages joined with ": "
    (e.g. "file.bps: cannot read …") are translated part by part."""
    if _current == "en" or not message:
        return message
    if not _COMPILED:
        _compile()
    parts = message.split(": ")
    out = []
    i = 0
    while i < len(parts):
        # the longest run of parts that a template matches
        for j in range(len(parts), i, -1):
            piece = ": ".join(parts[i:j])
            done = _translate_one(piece)
            if done is not None:
                out.append(done)
                i = j
                break
        else:
            out.append(parts[i])
            i += 1
    text = ": ".join(out)
    for pattern, template in _INLINE:  # pieces inside formulas, e.g. "[3 smaller terms: 0.1]"
        text = pattern.sub(lambda m, t=template: _fill(translate("Engine", t), m), text)
    return text


def _fill(result: str, m: re.Match) -> str:
    for k, group in enumerate(m.groups(), start=1):
        result = result.replace(f"{{{k}}}", _value(group or ""))
    return result


def _translate_one(text: str) -> str | None:
    if not _COMPILED:
        _compile()
    for pattern, template in _COMPILED:
        m = pattern.fullmatch(text.strip())
        if m:
            return _fill(translate("Engine", template), m)
    return None


def _value(group: str) -> str:
    """A template's group as shown: itself, or translated if it is a known word."""
    inner = _translate_one(group) if group and not _NUMBER.fullmatch(group) else None
    return inner if inner is not None else group


_NUMBER = re.compile(r"[-+0-9.eE∞]+")
_COMPILED: list[tuple[re.Pattern, str]] = []
_INLINE: list[tuple[re.Pattern, str]] = []


def _compile() -> None:
    from gui.engine_messages import ENGINE_INLINE, ENGINE_MESSAGES

    _COMPILED.clear()
    _INLINE.clear()
    for pattern, template in ENGINE_MESSAGES:
        _COMPILED.append((re.compile(pattern, re.S), template))
    for pattern, template in ENGINE_INLINE:
        _INLINE.append((re.compile(pattern), template))
