"""The main window: a tab per area the user's role may use, menus, toolbar, shortcuts, status bar."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget

from crdesk import __version__
from crdesk.db.urls import describe
from crdesk.services import permissions as P
from crdesk.ui.context import AppContext
from crdesk.ui.i18n import LANGUAGES, tr
from crdesk.ui.icons import icon
from crdesk.ui.labels import role
from crdesk.ui.tabs import TABS

TAB_ACTIONS = {
    "new": ("新建", QKeySequence.StandardKey.New, "new_record"),
    "find": ("查找", QKeySequence.StandardKey.Find, "find"),
    "print": ("打印预览…", QKeySequence.StandardKey.Print, "print_current"),
    "refresh": ("刷新", QKeySequence.StandardKey.Refresh, "refresh"),
    "export": ("导出…", QKeySequence("Ctrl+E"), "export"),
}


class MainWindow(QMainWindow):
    sign_out_requested = Signal()
    language_requested = Signal(str)
    database_requested = Signal(str)  # open this database (a new connection, or the same after a restore)

    def __init__(self, app: AppContext):
        super().__init__()
        self.app = app
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("crdesk 客户服务中心"))
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("main_tabs")
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.tab_actions: dict[str, QAction] = {}
        self._build_tabs()
        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self.tabs.currentChanged.connect(self._tab_changed)
        self._restore_layout()
        self._tab_changed(self.tabs.currentIndex())

    # --- construction
    def _build_tabs(self) -> None:
        for spec in TABS:
            if spec.visible_for(self.app.can):
                widget = spec.create(self.app, self)
                widget.setObjectName(f"tab_{spec.key}")
                self.tabs.addTab(widget, icon(spec.icon), tr("tabs", spec.title))

    def _action(self, text: str, icon_role: str | None, slot, shortcut=None) -> QAction:
        action = QAction(icon(icon_role) if icon_role else None, text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        for name, (text, shortcut, method) in TAB_ACTIONS.items():
            action = self._action(self.tr(text), name if name != "new" else "new",
                                  lambda _=False, m=method: self._dispatch(m), shortcut)
            action.setObjectName(f"action_{name}")
            self.tab_actions[name] = action
        toolbar = self.addToolBar(self.tr("工具栏"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in self.tab_actions.values():
            toolbar.addAction(action)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("文件(&F)"))
        for name in ("new", "print", "export"):
            file_menu.addAction(self.tab_actions[name])
        file_menu.addSeparator()
        self._add_data_actions(file_menu)
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("切换用户…"), "sign_out", self.sign_out_requested.emit))
        file_menu.addAction(self._action(self.tr("退出"), "quit", self.close, QKeySequence.StandardKey.Quit))
        edit_menu = bar.addMenu(self.tr("编辑(&E)"))
        edit_menu.addAction(self.tab_actions["find"])
        edit_menu.addAction(self.tab_actions["refresh"])
        if any(self.app.can(p) for p in (P.USERS_MANAGE, P.AUDIT_READ, P.SETTINGS_EDIT, P.PRODUCTS_EDIT)):
            admin = bar.addMenu(self.tr("管理(&M)"))
            if self.app.can(P.USERS_MANAGE):
                admin.addAction(self._action(self.tr("用户管理…"), "users", self._open_users))
            if self.app.can(P.AUDIT_READ):
                admin.addAction(self._action(self.tr("审计日志…"), "audit", self._open_audit))
            if self.app.can(P.SETTINGS_EDIT):
                admin.addAction(self._action(self.tr("业务设置…"), "settings", self._open_settings))
            if self.app.can(P.PRODUCTS_EDIT):
                admin.addAction(self._action(self.tr("产品目录…"), "fa5s.boxes", self._open_products))
        language_menu = bar.addMenu(self.tr("语言(&L)"))
        for code, label in LANGUAGES.items():
            action = language_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(code == self.app.translations.language)
            action.triggered.connect(lambda _=False, c=code: self.language_requested.emit(c))
        help_menu = bar.addMenu(self.tr("帮助(&H)"))
        help_menu.addAction(self._action(self.tr("关于 crdesk"), None, self._about))

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        actor = self.app.actor
        self.user_label = QLabel(self.tr("用户：{name}（{role}）").format(name=actor.display_name,
                                                                        role=role(actor.role)))
        self.db_label = QLabel(self.tr("数据库：{db}").format(db=describe(self.app.db_url)))
        self.connection_label = QLabel(self.tr("已连接"))
        self.connection_label.setObjectName("connection_label")
        for label in (self.user_label, self.db_label, self.connection_label):
            status.addPermanentWidget(label)
        self.app.worker.connection_state.connect(self._connection_changed)
        self.app.worker.busy_changed.connect(
            lambda busy: self.connection_label.setText(self.tr("处理中…") if busy else self._connection_text()))
        self._connected = True
        self._reconnect_text = ""
        self._start_live_data()

    def _connection_text(self) -> str:
        return self.tr("已连接") if self._connected else (self._reconnect_text or self.tr("连接中断，将自动重试"))

    def _connection_changed(self, connected: bool) -> None:
        self._connected = connected
        self.connection_label.setText(self._connection_text())
        self.connection_label.setStyleSheet("" if connected else "color: #b52b27; font-weight: bold;")

    # --- behaviour
    def current_tab(self):
        return self.tabs.currentWidget()

    def _dispatch(self, method: str) -> None:
        tab = self.current_tab()
        if tab is not None:
            getattr(tab, method)()

    def _tab_changed(self, _index: int) -> None:
        tab = self.current_tab()
        supported = getattr(tab, "supported_actions", frozenset())
        for name, action in self.tab_actions.items():
            action.setEnabled(name in supported)

    def select_tab(self, key: str) -> None:
        for index in range(self.tabs.count()):
            if self.tabs.widget(index).objectName() == f"tab_{key}":
                self.tabs.setCurrentIndex(index)
                return

    def _open_users(self) -> None:
        from crdesk.ui.dialogs.users import UsersDialog
        UsersDialog(self.app, self).open()

    def _open_audit(self) -> None:
        from crdesk.ui.dialogs.audit import AuditDialog
        AuditDialog(self.app, self).open()

    def _open_settings(self) -> None:
        from crdesk.ui.dialogs.business_settings import BusinessSettingsDialog
        BusinessSettingsDialog(self.app, self).open()

    def _open_products(self) -> None:
        from crdesk.ui.dialogs.products import ProductsDialog
        ProductsDialog(self.app, self).open()

    # --- several workstations: reconnect, live refresh, import, connection, backup (ui/data_actions.py)
    def _start_live_data(self) -> None:
        from crdesk.ui.live_refresh import LiveRefresh
        from crdesk.ui.reconnect import Reconnector

        self.reconnector = Reconnector(self.app.worker, self)
        self.reconnector.status_changed.connect(self._reconnect_status)
        self.live_refresh = LiveRefresh(self.app.worker, self.app.prefs.get("live_refresh/seconds"), self)
        self.live_refresh.tables_changed.connect(self._tables_changed)
        self.live_refresh.start()

    def _reconnect_status(self, text: str) -> None:
        self._reconnect_text = text
        self.connection_label.setText(self._connection_text())

    def _tables_changed(self, tables: set) -> None:
        for index in range(self.tabs.count()):
            self.tabs.widget(index).data_changed(tables)

    def _add_data_actions(self, menu) -> None:
        from crdesk.ui.data_actions import add_data_actions

        add_data_actions(self, menu)

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("关于 crdesk"), self.tr(
            "crdesk {version}\n客户服务中心桌面系统：客户档案、拜访回访、来访登记、投诉退换货、生产与包装物采购计划、"
            "配送与车辆管理。").format(version=__version__))

    # --- remembered layout
    def _restore_layout(self) -> None:
        geometry = self.app.prefs.state("main_window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = self.app.prefs.state("main_window/state")
        if state is not None:
            self.restoreState(state)

    def save_layout(self) -> None:
        self.app.prefs.save_state("main_window/geometry", self.saveGeometry())
        self.app.prefs.save_state("main_window/state", self.saveState())
        for index in range(self.tabs.count()):
            self.tabs.widget(index).save_state()
        self.app.prefs.sync()

    def closeEvent(self, event) -> None:
        self.save_layout()
        super().closeEvent(event)
