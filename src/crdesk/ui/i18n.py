"""Languages: Chinese source text; English from resources/translations/crdesk_en.qm. Qt's own dialog strings
(qtbase_*.qm) are loaded for the chosen language too."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from crdesk.paths import resource

LANGUAGES = {"zh_CN": "中文", "en": "English"}


def choose_language(preference: str = "", override: str | None = None) -> str:
    """--lang beats the saved preference beats the system locale (Chinese where the system is Chinese)."""
    for candidate in (override, preference):
        if candidate in LANGUAGES:
            return candidate
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


class Translations:
    def __init__(self):
        self._installed: list[QTranslator] = []
        self.language = "zh_CN"

    def install(self, language: str) -> None:
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        self.language = language
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates = [(f"qtbase_{language}", qt_dir)]
        if language != "zh_CN":
            candidates.append((f"crdesk_{language}", str(resource("translations"))))
        for name, folder in candidates:
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                self._installed.append(translator)


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
