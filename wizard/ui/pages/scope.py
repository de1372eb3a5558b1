"""Scope and assignment: who is provisioned, with which app role, and who hears about failures.

What the admin decides here (the reads are :mod:`wizard.flows.scope`; Microsoft's guide to the
Cisco Webex app: https://learn.microsoft.com/entra/identity/saas-apps/cisco-webex-provisioning-tutorial):
- scope: "Sync only assigned users and groups" (default; Cisco and Microsoft recommend it) or
  all users;
- who to assign: a picker searching the tenant's users and groups. Searching is debounced
  (~300 ms after the last key), runs off the UI thread, asks Graph for the top N only, and a
  newer search makes an older answer stale (it is dropped, never shown over the newer one);
- the app role: a real role from the service principal's ``appRoles`` — never the all-zero
  "Default Access", because users assigned with it are skipped by provisioning;
- the failure-notification email (prefilled with the signed-in admin) and its checkbox;
- the attribute mappings, shown (effective next to recommended), not changed.

Nothing is written here: the choices become a :class:`wizard.flows.setup.SetupInputs` that the Review
page plans and the Apply page applies.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from wizard.flows import scope
from wizard.flows.scope import Assignment, Chosen, Loaded, Principal, valid_email
from wizard.flows.setup import SetupInputs
from wizard.ui.ops import Op, as_wizard_error, run_in_thread
from wizard.ui.page_ids import PageId
from wizard.ui.pages.base import BasePage, LocalizedErrors
from wizard.ui.pages.scope_mappings import NULL_VALUES, MappingsView, make_tree
from wizard.ui.qt import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QEvent,
    QObject,
    QPushButton,
    QRadioButton,
    Qt,
    QTimer,
    QTreeWidget,
    QTreeWidgetItem,
    is_alive,
)
from wizard.ui.widgets import label, line_edit, named, push_button

log = logging.getLogger("wizard.ui.pages.scope")

#: Milliseconds after the last keystroke before searching (one request per pause, not per key).
DEBOUNCE_MS = 300
#: Results asked of Graph per search: enough to find someone, small enough to stay fast.
SEARCH_TOP = 20
#: Fewer characters than this match half the tenant; not worth a request.
MIN_SEARCH = 2
ROLE_ID = Qt.ItemDataRole.UserRole


class ScopePage(LocalizedErrors, BasePage):
    page_id = PageId.SCOPE

    def build(self) -> None:
        self._loaded: Loaded | None = None
        self._chosen = Chosen()
        self._search_gen = 0
        self._search_task: asyncio.Task[Any] | None = None
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._search_now)
        #: Every search text sent to Graph, for tests (debounce: one per pause).
        self.searches: list[str] = []
        self._build_scope()
        self._build_role()  # above the fold: Next needs it
        self._build_assign()
        self._build_notifications()
        self._build_mappings()
        self._build_why_not()
        self._update_complete()

    def _build_scope(self) -> None:
        self.add_section(self.tr("Scope"))
        self.scope_group = QButtonGroup(self)
        self.assigned_radio = QRadioButton(
            self.tr("Sync only assigned users and groups (recommended by Cisco and Microsoft)")
        )
        self.assigned_radio.setObjectName("ScopeAssigned")
        self.all_radio = QRadioButton(self.tr("Sync all users and groups in the tenant"))
        self.all_radio.setObjectName("ScopeAll")
        self.assigned_radio.setChecked(True)
        for button in (self.assigned_radio, self.all_radio):
            self.scope_group.addButton(button)
            self.body.addWidget(button)
        self.scope_group.buttonToggled.connect(lambda *_: self._update_complete())

    def _build_assign(self) -> None:
        self.add_section(self.tr("Assign users and groups"))
        self.add_paragraph(
            self.tr(
                "Start with one test user: assign a single person, check that they arrive in "
                "Webex, then come back to add groups. The first user you add is provisioned on "
                "demand right after Apply."
            ),
            muted=True,
        )
        search = self.tr("Search users and groups by name or email")
        self.search_edit = named(line_edit("PrincipalSearch", placeholder=search), search)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._search_text_changed)
        # Enter adds the highlighted result (instead of pressing the wizard's default button).
        self.search_edit.installEventFilter(self)
        self.body.addWidget(self.search_edit)
        self.search_state = self.add_label(name="Muted")
        self.results = named(make_tree(
            "SearchResults", [self.tr("Type"), self.tr("Name"), self.tr("User name or email")]
        ), self.tr("Search results"))
        self.results.itemDoubleClicked.connect(lambda *_: self._add_selected())
        self.results.itemSelectionChanged.connect(self._selection_changed)
        self.body.addWidget(self.results)
        self.add_button = self._button(
            self.tr("&Add to the assignment list"), "AddPrincipal", self._add_selected
        )

        self.chosen_title = self.add_label(self.tr("To be assigned"), name="SectionTitle")
        self.chosen_tree = named(make_tree(
            "ChosenPrincipals", [self.tr("Type"), self.tr("Name"), self.tr("User name or email")]
        ), self.chosen_title.text(), self.chosen_title)
        self.chosen_tree.itemSelectionChanged.connect(self._selection_changed)
        self.body.addWidget(self.chosen_tree)
        self.remove_button = self._button(
            self.tr("&Remove from the list"), "RemovePrincipal", self._remove_selected
        )
        self.test_user_label = self.add_label(name="TestUser")
        self.current_label = self.add_label(name="CurrentAssignments")

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        """A button on its own row, disabled until something is selected."""
        button = push_button(text, name, slot)
        button.setEnabled(False)
        self.add_row(button)
        return button

    def _build_role(self) -> None:
        self.role_combo = QComboBox()
        named(self.role_combo, self.tr("App role"), self.add_section(self.tr("App role")))
        self.role_combo.setObjectName("AppRole")
        self.role_combo.setMinimumWidth(260)
        self.role_combo.currentIndexChanged.connect(lambda *_: self._update_complete())
        self.add_row(self.role_combo)
        self.role_note = self.add_paragraph(
            self.tr(
                '"Default Access" is not offered: Entra ID skips users assigned with it, so '
                "they would never reach Webex."
            ),
            muted=True,
        )

    def _build_notifications(self) -> None:
        heading = self.add_section(self.tr("Notifications"))
        email = self.tr("Notification email")
        self.email_edit = named(
            line_edit("NotificationEmail", placeholder=email, max_width=420), email, heading
        )
        self.email_edit.textChanged.connect(lambda *_: self._update_complete())
        self.body.addWidget(self.email_edit)
        self.email_error = self.add_label(
            self.tr("Enter a valid email address."), name="InlineError", hidden=True
        )
        self.notify_box = QCheckBox(self.tr("Email me when a failure occurs"))
        self.notify_box.setObjectName("NotifyOnFailure")
        self.notify_box.setChecked(True)
        self.body.addWidget(self.notify_box)

    def _build_mappings(self) -> None:
        self.add_section(self.tr("Attribute mappings"))
        self.add_paragraph(
            self.tr(
                "Shown for review, not changed: the wizard keeps the mappings of the Cisco "
                "Webex app. Change them in the Entra admin center if you need to."
            ),
            muted=True,
        )
        self.mappings = MappingsView()
        self.body.addWidget(self.mappings)
        #: The table and its note (tests read them).
        self.mapping_tree, self.mapping_note = self.mappings.tree, self.mappings.note
        # The matching pitfall, always shown: even with the default mapping, a user whose UPN
        # is not their Control Hub email gets a second Webex account.
        self.upn_warning = self.add_note(
            [QCoreApplication.translate("flows", scope.MATCHING_PITFALL), self.tr(NULL_VALUES)]
        )

    def _build_why_not(self) -> None:
        """Why Next is disabled, under the page (outside the scrolling body: always seen)."""
        self.why_not = label(name="NextDisabledReason")
        outer = self.layout()
        outer.insertWidget(outer.indexOf(self.error_panel), self.why_not)

    # ------------------------------------------------------------------ keyboard
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            watched is self.search_edit
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.results.selectedItems()
        ):
            self._add_selected()
            self.results.clearSelection()  # the next Enter goes on (Next)
            return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ QWizardPage
    def on_enter(self) -> None:
        ctx = self.ctx
        if ctx.graph is None or (ctx.webex_app is None and ctx.new_app is None):
            self.set_complete(False)
            self.search_edit.setEnabled(False)
            self.search_state.setText(
                self.tr("Sign in to Microsoft and choose the Cisco Webex app first: go Back.")
            )
            return
        self.search_edit.setEnabled(True)
        if not self.email_edit.text():
            self.email_edit.setText(self._admin_email())
        self.load()
        self.focus_later(self.search_edit)

    def on_back(self) -> None:
        self._cancel_search()

    def cancel_running(self) -> None:
        self._cancel_search()
        super().cancel_running()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return super().isComplete() and self._ready()

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        if not self._ready():
            return False
        self.ctx.setup_inputs = self.inputs()
        self.ctx.setup_assigned = self.assigned_lines()
        self.ctx.choices.update(
            {
                "sync_all": self.all_radio.isChecked(),
                "app_role": self.role_combo.currentText(),
                "principals": [p.id for p in self._chosen.items],
                "notification_email": self.email_edit.text().strip(),
                "notify_on_failure": self.notify_box.isChecked(),
            }
        )
        return True

    def _admin_email(self) -> str:
        sign_in = self.ctx.ms_signin
        return str(getattr(sign_in, "username", "") or "")

    # ------------------------------------------------------------------ loading
    def load(self) -> None:
        ctx = self.ctx
        if ctx.webex_app is None and ctx.new_app is not None:
            self._show_loaded(scope.for_new_app(ctx.new_app.role_name))  # nothing to read yet
            return
        op: Op[Loaded] = Op(self, scope.read_app, ctx.graph, ctx.webex_app.id)
        op.with_progress(self.tr("Reading the app's roles, assignments and mappings…"))
        op.success(self._show_loaded)
        op.run()

    def _show_loaded(self, loaded: Loaded) -> None:
        self._loaded = loaded
        previous = self.role_combo.currentData(ROLE_ID)
        self.role_combo.blockSignals(True)
        self.role_combo.clear()
        self.role_combo.addItem(self.tr("Choose a role…"), None)
        for role in loaded.roles:
            self.role_combo.addItem(role.display_name, role.id)
            if role.description and role.description != role.display_name:
                self.role_combo.setItemData(
                    self.role_combo.count() - 1, role.description, Qt.ItemDataRole.ToolTipRole
                )
        index = self.role_combo.findData(previous, ROLE_ID) if previous else -1
        if index < 0 and len(loaded.roles) == 1:
            index = 1  # the only real role: nothing to choose
        self.role_combo.setCurrentIndex(max(index, 0))
        self.role_combo.blockSignals(False)
        if loaded.role_error is not None:
            self.show_error(loaded.role_error)
        self._show_current(loaded.assignments)
        self.mappings.display(loaded)
        self._update_complete()
        if not self._chosen.items:
            self.focus_later(self.search_edit)  # the busy panel's Cancel had the focus

    def _show_current(self, assignments: list[Assignment]) -> None:
        if not assignments:
            self.current_label.setText(self.tr("Nobody is assigned to the app yet."))
            return
        names = ", ".join(a.display_name for a in assignments)
        self.current_label.setText(
            self.tr("Already assigned ({count}): {names}").format(
                count=len(assignments), names=names
            )
        )

    # ------------------------------------------------------------------ search
    def _search_text_changed(self, _text: str) -> None:
        # Every keystroke restarts the timer: one request once the admin pauses.
        self._debounce.start()

    def _cancel_search(self) -> None:
        self._debounce.stop()
        self._search_gen += 1
        task, self._search_task = self._search_task, None
        if task is not None and not task.done():
            task.cancel()

    def _search_now(self) -> None:
        text = self.search_edit.text().strip()
        self._cancel_search()  # a newer search makes the older answer stale
        if len(text) < MIN_SEARCH or self.ctx.graph is None:
            self.results.clear()
            self.search_state.setText("")
            return
        gen = self._search_gen
        self.searches.append(text)
        self.search_state.setText(self.tr("Searching…"))
        self._search_task = asyncio.ensure_future(self._search(text, gen))

    async def _search(self, text: str, gen: int) -> None:
        try:
            found = await run_in_thread(scope.search, self.ctx.graph, text, top=SEARCH_TOP)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # shown, never lost
            if gen == self._search_gen and is_alive(self):
                self.search_state.setText("")
                self.show_error(as_wizard_error(exc))
            return
        if gen != self._search_gen or not is_alive(self):
            return  # stale: the admin typed on
        self._show_results(found)

    def _fill(self, tree: QTreeWidget, principals: list[Principal]) -> None:
        tree.clear()
        for principal in principals:
            item = QTreeWidgetItem(
                [self._type_text(principal.type), principal.display_name, principal.detail or ""]
            )
            item.setData(0, ROLE_ID, principal)
            tree.addTopLevelItem(item)

    def _show_results(self, found: list[Principal]) -> None:
        self._fill(self.results, found)
        if found:
            self.search_state.setText(
                self.tr("{count} found. Select one and click Add, or double-click it.").format(
                    count=len(found)
                )
            )
            self.results.setCurrentItem(self.results.topLevelItem(0))
        else:
            self.search_state.setText(self.tr("No users or groups match."))

    def _type_text(self, kind: str) -> str:
        return self.tr("Group") if kind == "Group" else self.tr("User")

    # ------------------------------------------------------------------ choosing
    def _selection_changed(self) -> None:
        self.add_button.setEnabled(bool(self.results.selectedItems()))
        self.remove_button.setEnabled(bool(self.chosen_tree.selectedItems()))

    def _add_selected(self) -> None:
        for item in self.results.selectedItems():
            self._chosen.add(item.data(0, ROLE_ID))
        self._show_chosen()

    def _remove_selected(self) -> None:
        gone = {item.data(0, ROLE_ID).id for item in self.chosen_tree.selectedItems()}
        self._chosen.items = [p for p in self._chosen.items if p.id not in gone]
        self._show_chosen()

    def choose(self, principal: Principal) -> None:
        """Add *principal* to the list (what Add does for a selected search result)."""
        self._chosen.add(principal)
        self._show_chosen()

    def _show_chosen(self) -> None:
        self._fill(self.chosen_tree, self._chosen.items)
        test_user = self.test_user()
        if test_user is None:
            self.test_user_label.setText("")
        else:
            self.test_user_label.setText(
                self.tr("Test user (provisioned on demand after Apply): {name}").format(
                    name=f"{test_user.display_name} ({test_user.detail})"
                    if test_user.detail
                    else test_user.display_name
                )
            )
        self._selection_changed()
        self._update_complete()

    def test_user(self) -> Principal | None:
        return self._chosen.test_user()

    @property
    def chosen(self) -> list[Principal]:
        return list(self._chosen.items)

    # ------------------------------------------------------------------ completion
    def _ready(self) -> bool:
        loaded = self._loaded
        return loaded is not None and not self._missing()

    def _missing(self) -> str:
        """What still keeps Next disabled, in words ("" when nothing)."""
        loaded = self._loaded
        if loaded is None or (self.ctx.webex_app is None and self.ctx.new_app is None):
            return ""
        if self.role_combo.currentData(ROLE_ID) is None:
            return self.tr("To continue, choose an app role.")
        if not (self.all_radio.isChecked() or self._chosen.items or loaded.assignments):
            return self.tr("To continue, add at least one user or group to the assignment list.")
        if not valid_email(self.email_edit.text()):
            return self.tr("To continue, enter a valid notification email.")
        return ""

    def _update_complete(self) -> None:
        text = self.email_edit.text()
        self.email_error.setVisible(bool(text.strip()) and not valid_email(text))
        if hasattr(self, "why_not"):
            self.why_not.setText(self._missing())
            self.why_not.setVisible(bool(self.why_not.text()))
        self.completeChanged.emit()

    # ------------------------------------------------------------------ result
    def inputs(self) -> SetupInputs:
        ctx = self.ctx
        role_id = self.role_combo.currentData(ROLE_ID)
        assignments = [
            Assignment(p.id, p.type, p.display_name, role_id) for p in self._chosen.items
        ]
        token = ctx.webex_token
        test_user = self.test_user()
        return SetupInputs(
            tenant_id=getattr(ctx.ms_signin, "tenant_id", "") or "",
            sp_id=ctx.webex_app.id if ctx.webex_app is not None else "",
            tenant_url=ctx.webex_tenant_url or "",
            webex_token=getattr(token, "access_token", "") or "",
            notification_email=self.email_edit.text().strip(),
            notify_on_failure=self.notify_box.isChecked(),
            sync_all=self.all_radio.isChecked(),
            assignments=assignments,
            test_user_id=test_user.id if test_user is not None else None,
        )

    def assigned_lines(self) -> list[str]:
        role = self.role_combo.currentText()
        lines = [
            self.tr("{name} ({detail}), {kind}, role {role}").format(
                name=p.display_name,
                detail=p.detail or "–",
                kind=self._type_text(p.type),
                role=role,
            )
            for p in self._chosen.items
        ]
        loaded = self._loaded
        chosen = set(self._chosen.ids())
        if loaded is not None:
            lines += [
                self.tr("{name}, already assigned").format(name=a.display_name)
                for a in loaded.assignments
                if a.principal_id not in chosen
            ]
        return lines
