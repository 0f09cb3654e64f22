"""``crdesk --self-test``: does this installation work? Meant for a frozen bundle on a machine without
Python (CI runs it on the Linux bundle) and for support ("run crdesk --self-test and send me the output").

It touches nothing of the user's: the database, backups and preferences live in a temporary directory, and
the windows render offscreen unless ``QT_QPA_PLATFORM`` says otherwise. Each check prints one line,
``ok`` or ``FAIL`` with the reason; the exit status is 0 when every check passed, 1 otherwise.

What the checks catch is what frozen builds typically lose: the bundled font (boxes instead of Chinese),
translations (Qt's own and crdesk's), qtawesome's icon fonts, Qt plugins (platform, image formats, SVG
icons), the DB migrations and dynamically imported modules (tabs, PDF forms).
"""
from __future__ import annotations

import os
import re
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from crdesk import __version__

CJK = re.compile(r"[\u4e00-\u9fff]")
SLIP_TEXT = "送货单"  # printed by the slip itself; read back from the PDF
LANGUAGES = ("zh_CN", "en")


class CheckFailed(Exception):
    """A check found something wrong; the message is the one line shown after FAIL."""


@dataclass
class State:
    """What the checks share: the temporary directory, and the services once the database is open."""

    tmp: Path
    url: str = ""
    services: object = None
    app: object = None
    translations: object = None  # one Translations for every check, so a language never lingers
    failed: list[str] = field(default_factory=list)


def check_resources(state: State) -> str:
    from crdesk import paths

    wanted = [paths.font_path(), paths.resource("translations", "crdesk_en.qm"),
              paths.resource("icons", "crdesk.svg")]
    missing = [str(path) for path in wanted if not path.is_file()]
    if missing:
        raise CheckFailed("missing " + ", ".join(missing))
    size = paths.font_path().stat().st_size / 1e6
    return f"{paths.resources_dir()} (font {paths.font_path().name} {size:.1f} MB, translations, icons)"


def check_database(state: State) -> str:
    from crdesk.db.setup import init_database
    from crdesk.services import Services
    from crdesk.services.context import Actor

    state.url = "sqlite:///" + str(state.tmp / "selftest.sqlite3")
    db, applied = init_database(state.url)
    if not applied:
        raise CheckFailed("no migration ran on a new database")
    state.services = Services(db, Actor(None, "selftest", "自检", "manager"))
    last = applied[-1]
    return f"temporary SQLite, {len(applied)} migrations applied (up to {last.number:04d}_{last.name})"


def sample_slip() -> bytes:
    from crdesk.pdf import delivery_slip as slip

    line = slip.SlipLine("CP0001", "纯净水 550ml", "24瓶/箱", "箱", "12")
    doc = slip.SlipDoc(number="SD2026000001", client="上海永兴食品有限公司", address="上海市浦东新区张江路 88 号",
                       contact="王建国", phone="021-5080 1234", date="2026-03-02", window="09:00–11:00",
                       order_number="SH2026000001", run="PC2026000001", vehicle="沪A·12345", driver="李师傅",
                       clerk="赵配送", lines=[line], total_quantity="12")
    return slip.render([doc], slip.SlipOptions())


def pdf_text(data: bytes) -> str:
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    try:
        return "".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def check_pdf(state: State) -> str:
    data = sample_slip()
    embedded = re.findall(rb"/BaseFont\s*/([A-Z]{6}\+[\w-]*MicroHei[\w-]*)", data)  # a subset: ABCDEF+name
    if not embedded or b"/FontFile2" not in data:
        raise CheckFailed("the bundled font WenQuanYi Micro Hei is not embedded in the slip PDF")
    if SLIP_TEXT not in pdf_text(data):
        raise CheckFailed(f"the slip PDF does not contain the text {SLIP_TEXT!r}")
    return (f"delivery slip {len(data) // 1024} KB, font embedded as {embedded[0].decode()}, "
            f"Chinese text {SLIP_TEXT!r} read back")


OFFSCREEN_NOISE = ("This plugin does not support propagateSizeHints", "This plugin does not support raise")


def quiet_offscreen_noise() -> None:
    """The offscreen platform warns about window-manager hints it cannot honour; the rest is shown."""
    from PySide6.QtCore import qInstallMessageHandler

    qInstallMessageHandler(lambda mode, context, message: None if message.startswith(OFFSCREEN_NOISE)
                           else print(message, file=sys.stderr))


def application():
    from crdesk.ui.app import ensure_application

    return ensure_application([sys.argv[0] if sys.argv else "crdesk"])


def check_translations(state: State) -> str:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from crdesk.paths import resource
    from crdesk.ui.i18n import Translations

    state.app = application()
    state.translations = translations = Translations()
    translations.install("zh_CN")
    cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
    if cancel != "取消":
        raise CheckFailed(f"Qt's own dialogs are not in Chinese (Cancel → {cancel!r}): qtbase_zh_CN.qm missing")
    translations.install("en")
    english = QTranslator()
    if not english.load("crdesk_en", str(resource("translations"))) or english.isEmpty():
        raise CheckFailed("crdesk_en.qm cannot be loaded")
    return f"zh_CN (Qt's dialogs: Cancel → {cancel}) and en ({Path(english.filePath()).name}) load"


def check_icons(state: State) -> str:
    import qtawesome
    from PySide6.QtGui import QIcon

    from crdesk.paths import resource
    from crdesk.ui.icons import GLYPHS, icon

    state.app = state.app or application()
    blank = [role for role in GLYPHS if icon(role).pixmap(32, 32).isNull()]
    if blank:
        raise CheckFailed("qtawesome icons do not render: " + ", ".join(blank))
    app_icon = QIcon(str(resource("icons", "crdesk.svg")))
    if app_icon.pixmap(64, 64).isNull():
        raise CheckFailed("the app icon crdesk.svg does not render (Qt's SVG icon plugin missing?)")
    return f"{len(GLYPHS)} qtawesome {qtawesome.__version__} icons and the app icon (SVG) render"


def render_main_window(state: State, language: str) -> str:
    from PySide6.QtCore import QSettings

    from crdesk.settings import Preferences
    from crdesk.ui.context import AppContext
    from crdesk.ui.main_window import MainWindow
    from crdesk.ui.screenshots import settle
    from crdesk.ui.tasks import DbWorker

    if state.services is None or state.translations is None:
        raise CheckFailed("not run: needs the database and translations checks")
    translations = state.translations
    translations.install(language)
    errors: list[BaseException] = []
    worker = DbWorker(state.services, default_error_handler=errors.append)
    prefs = Preferences(QSettings(str(state.tmp / f"prefs-{language}.ini"), QSettings.Format.IniFormat))
    window = MainWindow(AppContext(worker, prefs, translations, state.url))
    try:
        window.resize(1280, 800)
        window.show()
        settle(worker, seconds=0.2)
        image = window.grab().toImage()
        texts = [window.windowTitle()] + [action.text() for action in window.menuBar().actions()]
        tabs = [window.tabs.tabText(index) for index in range(window.tabs.count())]
    finally:
        window.hide()
        window.deleteLater()
        worker.stop()
    return describe_window(language, image, texts + tabs, tabs, errors)


def describe_window(language: str, image, texts: list[str], tabs: list[str], errors: list) -> str:
    if errors:
        raise CheckFailed(f"a tab failed to load its data: {errors[0]!r}")
    if image.isNull() or not tabs:
        raise CheckFailed("the main window did not render")
    texts = [text.replace("&&", "&") for text in texts]
    if language == "zh_CN" and [text for text in texts if not CJK.search(text)]:
        raise CheckFailed("not in Chinese: " + ", ".join(text for text in texts if not CJK.search(text)))
    if language == "en" and [text for text in texts if CJK.search(text)]:
        raise CheckFailed("untranslated in English: " + ", ".join(text for text in texts if CJK.search(text)))
    return f"{image.width()}×{image.height()}, {len(tabs)} tabs: " + ", ".join(tab.replace("&&", "&") for tab in tabs)


CHECKS: list[tuple[str, Callable[[State], str]]] = [
    ("resources", check_resources),
    ("database", check_database),
    ("pdf", check_pdf),
    ("translations", check_translations),
    ("icons", check_icons),
] + [(f"window {language}", lambda state, language=language: render_main_window(state, language))
     for language in LANGUAGES]


def run_check(state: State, name: str, check: Callable[[State], str], out) -> None:
    try:
        detail = check(state)
    except CheckFailed as failure:
        state.failed.append(name)
        print(f"FAIL  {name:<13} {failure}", file=out, flush=True)
    except Exception as error:  # noqa: BLE001 (any crash is a failed check with its reason, then the next)
        state.failed.append(name)
        print(f"FAIL  {name:<13} {type(error).__name__}: {error}", file=out, flush=True)
    else:
        print(f"ok    {name:<13} {detail}", file=out, flush=True)


def where() -> str:
    frozen = getattr(sys, "_MEIPASS", None)
    return f"bundle {Path(sys.executable).parent}" if frozen else f"Python {sys.version.split()[0]}, {Path(__file__).parent}"


def run_self_test(out=None) -> int:
    out = out or sys.stdout
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    quiet_offscreen_noise()
    started = time.monotonic()
    print(f"crdesk {__version__} self-test ({where()})", file=out, flush=True)
    with tempfile.TemporaryDirectory(prefix="crdesk-selftest-") as tmp:
        previous = os.environ.get("CRDESK_DATA_DIR")
        os.environ["CRDESK_DATA_DIR"] = tmp  # backups and logs of this run stay in the temporary directory
        state = State(Path(tmp))
        try:
            for name, check in CHECKS:
                run_check(state, name, check, out)
        finally:
            close_database(state)
            restore_env("CRDESK_DATA_DIR", previous)
    seconds = time.monotonic() - started
    if state.failed:
        print(f"self-test FAILED: {len(state.failed)} of {len(CHECKS)} checks ({', '.join(state.failed)})", file=out)
        return 1
    print(f"self-test passed: {len(CHECKS)} checks in {seconds:.1f} s", file=out)
    return 0


def close_database(state: State) -> None:
    if state.services is not None and not state.services.ctx.db.is_closed():
        state.services.ctx.db.close()


def restore_env(name: str, value: str | None) -> None:
    if value is None:
        os.environ.pop(name, None)
    else:
        os.environ[name] = value
