"""Languages: Chinese source text; English from resources/translations/crdesk_en.qm (built by
``python -m crdesk.ui.i18n_build``). Qt's own dialog strings (qtbase_*.qm) are loaded for the chosen language too.

Labels of stored codes (statuses, kinds, roles) are translated once, in context "labels"; the build copies them
into every context of the UI, so ``self.tr(STATUS_LABELS[code])`` finds them in any class."""
from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from crdesk.paths import resource

LANGUAGES = {"zh_CN": "中文", "en": "English"}


def choose_language(preference: str = "", override: str | None = None) -> str:
    """--lang beats the saved preference beats the system locale: Chinese where the system is Chinese or names
    no language (the C/POSIX locale of a bare system: Chinese is crdesk's first language), else English."""
    for candidate in (override, preference):
        if candidate in LANGUAGES:
            return candidate
    system = QLocale.system().language()
    return "zh_CN" if system in (QLocale.Language.Chinese, QLocale.Language.C) else "en"


class Translations:
    # One language per application: installing replaces what any Translations object installed before.
    _installed: ClassVar[list[QTranslator]] = []

    def __init__(self):
        self.language = "zh_CN"

    def install(self, language: str) -> None:
        app = QCoreApplication.instance()
        for translator in Translations._installed:
            app.removeTranslator(translator)
        Translations._installed.clear()
        self.language = language
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates = [(f"qtbase_{language}", qt_dir)]
        if language != "zh_CN":
            candidates.append((f"crdesk_{language}", str(resource("translations"))))
        for name, folder in candidates:
            translator = QTranslator(app)
            if translator.load(name, folder):
                self._install(app, translator)

    @staticmethod
    def _install(app, translator: QTranslator) -> None:
        app.installTranslator(translator)
        Translations._installed.append(translator)


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
