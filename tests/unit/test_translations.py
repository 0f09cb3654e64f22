"""Chinese is the source language, English comes from resources/translations/crdesk_en.ts (.qm). These tests fail
when a string has no English translation, when the catalogue lags behind the code (run
``python -m crdesk.ui.i18n_build``), when a translation loses a ``{placeholder}``, or when a screen still shows
Chinese in English."""
from __future__ import annotations

import ast
import re
import types
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QToolBar,
)

from crdesk.ui import i18n, i18n_build
from crdesk.ui import i18n_catalog as catalog
from tests.ui import conftest as ui_fixtures

# the GUI fixtures of tests/ui (a signed-in AppContext on a fresh SQLite database)
prefs, gui_app, system_services = ui_fixtures.prefs, ui_fixtures.gui_app, ui_fixtures.system_services
add_user, make_context = ui_fixtures.add_user, ui_fixtures.make_context
reception_app, manager_app = ui_fixtures.reception_app, ui_fixtures.manager_app

HANZI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
# CJK punctuation and full-width forms; the ideographic space U+3000 is only whitespace
CHINESE = re.compile(r"[\u3001-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff60]")
REBUILD = "run `python -m crdesk.ui.i18n_build` and translate what it reports"


@pytest.fixture(scope="module")
def messages() -> list[catalog.Message]:
    return catalog.read(i18n_build.TS_FILE)


def test_catalogue_holds_exactly_the_strings_of_the_code(tmp_path, messages):
    fresh = tmp_path / "fresh.ts"
    i18n_build.lupdate(fresh, tmp_path)
    in_code = {m.key for m in catalog.read(fresh)}
    in_catalogue = {m.key for m in messages}
    assert not in_code - in_catalogue, f"strings missing from crdesk_en.ts ({REBUILD}): {sorted(in_code - in_catalogue)}"
    assert not in_catalogue - in_code, f"strings no longer in the code ({REBUILD}): {sorted(in_catalogue - in_code)}"


def test_every_context_exists_at_run_time(messages):
    """``self.tab.tr(…)`` is filed by lupdate under "self.tab", which no class is: never translated."""
    assert not i18n_build.suspicious_contexts(messages)


def test_every_message_has_a_finished_english_translation(messages):
    assert len(messages) > 1000
    missing = [m.key for m in messages if not m.finished or not m.translation.strip()]
    assert not missing, f"untranslated ({REBUILD} --todo todo.tsv, then --apply todo.tsv): {missing}"


def test_translations_keep_exactly_the_placeholders_of_their_source(messages):
    broken = [(m.key, m.translation) for m in messages
              if catalog.placeholders(m.source) != catalog.placeholders(m.translation)]
    assert not broken


def test_translations_keep_menu_accelerators_and_line_breaks(messages):
    for m in messages:
        assert ("(&" in m.source) <= ("&" in m.translation), m.key
        assert m.source.count("\n") == m.translation.count("\n"), m.key


def test_source_texts_are_chinese_so_the_chinese_screen_has_no_english(messages):
    """A source without Chinese (a date format, an arrow, a file filter) is fine; an English sentence is not."""
    allowed = {"crdesk", "KB", "MB", "kg", "yyyy", "MM", "dd", "HH", "mm", "pdf", "png", "jpg", "jpeg", "tif",
               "tiff", "csv", "xlsx", "txt", "db", "sqlite3", "id"}
    english = [m.source for m in messages if not HANZI.search(m.source)
               and set(re.findall(r"[A-Za-z]{2,}", re.sub(r"\{[^{}]*\}", "", m.source))) - allowed]
    assert not english


def test_compiled_catalogue_matches_its_source(tmp_path):
    compiled = tmp_path / "crdesk_en.qm"
    i18n_build.lrelease(i18n_build.TS_FILE, compiled)
    assert compiled.read_bytes() == i18n_build.QM_FILE.read_bytes(), f"crdesk_en.qm is stale: {REBUILD}"


def _chinese_literals(path: Path):
    """Chinese string constants of a module, leaving out docstrings and the pieces of f-strings."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = {id(node.value) for node in ast.walk(tree)
               if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)}
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            skipped.update(id(part) for part in node.values)
    for node in ast.walk(tree):
        if (isinstance(node, ast.Constant) and isinstance(node.value, str) and HANZI.search(node.value)
                and id(node) not in skipped):
            yield node.lineno, node.value


def _module_of(path: Path) -> str:
    return ".".join(path.relative_to(i18n_build.PACKAGE.parent).with_suffix("").parts)


def test_chinese_text_in_ui_code_goes_through_the_catalogue(messages):
    """Chinese in a UI module must be a source text of the catalogue: a tr() argument, a wrapper's argument or
    a label table. Exceptions: the sample glyph for column widths and language names."""
    sources = {m.source for m in messages}
    not_text = {"中", *i18n.LANGUAGES.values()}
    package = i18n_build.PACKAGE / "ui"
    stray = [f"{path.relative_to(package)}:{line}: {text!r}"
             for path in sorted(package.rglob("*.py")) if not _module_of(path).startswith(i18n_build.SKIPPED_MODULES)
             for line, text in _chinese_literals(path) if text not in sources and text not in not_text]
    assert not stray, f"Chinese UI text that cannot be translated (wrap it in self.tr()): {stray}"


@pytest.fixture
def english(gui_app):
    gui_app.install("en")
    yield gui_app
    gui_app.install("zh_CN")


def test_labels_are_found_from_any_class_and_unknown_text_stays(english):
    assert QCoreApplication.translate("ScheduleBoard", "已发车") == "Dispatched"  # self.tr(RUN_STATUS_LABELS[…])
    assert QCoreApplication.translate("ClientsTab", "没有这句") == "没有这句"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_tr_in_a_base_class_method_finds_the_base_class_translation(qtbot, english, reception_app):
    """AreaTab.export_to_file calls self.tr() on a ClientsTab; lupdate files the text under AreaTab."""
    from crdesk.ui.tabs.clients import ClientsTab

    tab = ClientsTab(reception_app)
    qtbot.addWidget(tab)
    assert tab.tr("正在导出…") == "Exporting…"


def _visible_texts(widget) -> list[str]:
    texts = []
    for child in widget.findChildren(QLabel):
        texts.append(child.text())
    for child in widget.findChildren(QAbstractButton):
        texts += [child.text(), child.toolTip()]
    for child in widget.findChildren(QGroupBox):
        texts.append(child.title())
    for child in widget.findChildren(QLineEdit):
        texts.append(child.placeholderText())
    for child in widget.findChildren(QComboBox):
        texts += [child.itemText(i) for i in range(child.count())]
    for child in widget.findChildren(QTabWidget):
        texts += [child.tabText(i) for i in range(child.count())]
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if model is not None:
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())]
    return texts


def test_main_window_in_english_shows_no_chinese(qtbot, english, manager_app):
    from crdesk.ui.main_window import MainWindow

    window = MainWindow(manager_app)
    qtbot.addWidget(window)
    window.show()
    texts = [window.windowTitle()]
    for menu_action in window.menuBar().actions():
        texts.append(menu_action.text())
        texts += [a.text() for a in menu_action.menu().actions() if a.text() not in i18n.LANGUAGES.values()]
    texts += [window.tabs.tabText(i) for i in range(window.tabs.count())]
    texts += [action.text() for action in window.findChild(QToolBar, "main_toolbar").actions()]
    window.select_tab("clients")
    texts += _visible_texts(window.current_tab())
    assert window.tabs.count() >= 5 and "Client files" in texts
    chinese = sorted({text for text in texts if CHINESE.search(text)})
    assert not chinese, f"not translated: {chinese}"


def test_qt_standard_buttons_follow_the_language(gui_app):
    def texts():
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        return {box.button(b).text().replace("&", "") for b in (QDialogButtonBox.StandardButton.Save,
                                                                  QDialogButtonBox.StandardButton.Cancel)}

    assert texts() == {"保存", "取消"}  # qtbase_zh_CN
    gui_app.install("en")
    try:
        assert texts() == {"Save", "Cancel"}
    finally:
        gui_app.install("zh_CN")
    assert texts() == {"保存", "取消"}


@pytest.mark.parametrize("system, preference, override, expected", [
    (QLocale.Language.Chinese, "", None, "zh_CN"),
    (QLocale.Language.C, "", None, "zh_CN"),
    (QLocale.Language.English, "", None, "en"),
    (QLocale.Language.German, "", None, "en"),
    (QLocale.Language.English, "zh_CN", None, "zh_CN"),
    (QLocale.Language.Chinese, "en", None, "en"),
    (QLocale.Language.Chinese, "en", "zh_CN", "zh_CN"),
])
def test_language_is_chinese_where_the_system_is_chinese_unless_chosen(monkeypatch, system, preference, override,
                                                                       expected):
    monkeypatch.setattr(i18n, "QLocale", types.SimpleNamespace(Language=QLocale.Language,
                                                             system=lambda: QLocale(system)))
    assert i18n.choose_language(preference, override) == expected


def test_import_dialog_in_english_names_kinds_and_fields_in_english(qtbot, english, manager_app, tmp_path):
    from crdesk.ui.dialogs.import_dialog import ImportDialog

    path = tmp_path / "clients.csv"
    path.write_text("客户名称,电话\n上海华联超市,13812345678\n", encoding="utf-8-sig")
    dialog = ImportDialog(manager_app)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load(path)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    combos = [dialog.ui.kind_combo, dialog.ui.mapping_table.cellWidget(0, 1)]
    texts = [combo.itemText(i) for combo in combos for i in range(combo.count())]
    assert "Client name *" in texts and not [text for text in texts if CHINESE.search(text)], texts
