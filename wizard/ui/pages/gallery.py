"""Gallery app: reuse the tenant's "Cisco Webex" app, let the admin pick one, or add it.

Three situations, decided by the pre-flight look-up (the steps are :mod:`wizard.flows.gallery`):
- one existing app: reused (pre-flight normally skips this page; coming Back shows it);
- several: the admin picks one, with what tells them apart (job, single sign-on, creation date);
- none: the admin names the new app (default "Cisco Webex") and clicks Add. The wizard looks up
  once more right before instantiating, records the new object ID the moment Graph answers 201
  (a Retry, Back/Next or "Keep waiting" then only waits, never adds a second one), polls the app
  and its provisioning templates with exponential backoff showing the elapsed seconds with a
  Cancel button, and finally — if the box is checked — hides the app from My Apps.
"""

from __future__ import annotations

import logging
import threading
import time

from wizard.core.errors import WizardError
from wizard.flows import gallery
from wizard.flows.gallery import (
    Backoff,
    Candidate,
    Instantiated,
    Lookup,
    Outcome,
    ReadyApp,
    WebexApp,
)
from wizard.ui.ops import Op, run_in_thread
from wizard.ui.page_ids import PageId
from wizard.ui.pages.base import BasePage, LocalizedErrors
from wizard.ui.qt import (
    QButtonGroup,
    QCheckBox,
    QCoreApplication,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from wizard.ui.widgets import label, tr_error

log = logging.getLogger("wizard.ui.pages.gallery")


class GalleryPage(LocalizedErrors, BasePage):
    page_id = PageId.GALLERY
    next_page = PageId.WEBEX_SIGNIN

    def build(self) -> None:
        self.set_header(
            self.tr("Cisco Webex enterprise app"),
            self.tr(
                "Find the Cisco Webex app in your tenant, or add it from the Entra app gallery."
            ),
        )
        #: Replication wait policy; tests shorten the limit.
        self.backoff: Backoff = gallery.REPLICATION_BACKOFF
        self._lookup: Lookup | None = None
        self._ready_id: str | None = None
        self._pending: WebexApp | None = None
        self._wait_origin: float | None = None
        self._outcome: Outcome | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_elapsed)

        self.state_text = self.add_paragraph("")
        self.state_text.hide()
        self.body.addWidget(self._build_pick())
        self.body.addWidget(self._build_add())
        self.result = label()
        self.result.setObjectName("GalleryResult")
        self.result.hide()
        self.body.addWidget(self.result)
        self.hide_result = label()
        self.hide_result.setObjectName("HideResult")
        self.hide_result.hide()
        self.body.addWidget(self.hide_result)
        row = QHBoxLayout()
        self.look_again = QPushButton(self.tr("Look again"))
        self.look_again.setObjectName("LookAgain")
        self.look_again.clicked.connect(self._run_lookup)
        self.look_again.hide()
        row.addWidget(self.look_again)
        row.addStretch(1)
        self.body.addLayout(row)

    def _build_pick(self) -> QWidget:
        box = QWidget()
        box.setObjectName("PickApp")
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        self.pick_intro = label()
        column.addWidget(self.pick_intro)
        self.pick_list = QVBoxLayout()
        self.pick_list.setSpacing(4)
        column.addLayout(self.pick_list)
        self.pick_group = QButtonGroup(self)
        self.pick_group.buttonToggled.connect(self._picked)
        self.pick_buttons: dict[str, QRadioButton] = {}
        self._candidates: dict[str, Candidate] = {}
        self._pick_widgets: list[QWidget] = []
        self.pick_box = box
        box.hide()
        return box

    def _build_add(self) -> QWidget:
        box = QWidget()
        box.setObjectName("AddAppBox")
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        caption = label(self.tr("Name of the app in your tenant"))
        self.name_edit = QLineEdit(gallery.DEFAULT_DISPLAY_NAME)
        self.name_edit.setObjectName("AppName")
        self.name_edit.setMaxLength(gallery.MAX_DISPLAY_NAME)
        self.name_edit.setMaximumWidth(420)
        caption.setBuddy(self.name_edit)
        self.name_edit.textChanged.connect(self._name_changed)
        self.name_error = label(name="InlineError")
        self.name_error.hide()
        column.addWidget(caption)
        column.addWidget(self.name_edit)
        column.addWidget(self.name_error)
        column.addSpacing(6)
        self.hide_box = QCheckBox(
            self.tr("Hide the app from users' My Apps portal (recommended by Cisco)")
        )
        self.hide_box.setObjectName("HideFromMyApps")
        self.hide_box.setChecked(True)
        column.addWidget(self.hide_box)
        self.hide_note = label(
            self.tr(
                "Users do not need a Webex tile in My Apps; provisioning works either way. The "
                "wizard adds the HideApp tag to the app, which is believed to be what the Entra "
                'admin center\'s "Visible to users? No" sets. Microsoft does not document this, '
                "so check the app's Properties page if it matters to you."
            ),
            name="Muted",
        )
        self.hide_note.setStyleSheet("font-size: 9pt;")
        column.addWidget(self.hide_note)
        column.addSpacing(6)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add Cisco Webex to my tenant"))
        self.add_button.setObjectName("AddApp")
        self.add_button.clicked.connect(self.add_app)
        row.addWidget(self.add_button)
        row.addStretch(1)
        column.addLayout(row)
        self.add_box = box
        box.hide()
        return box

    # ------------------------------------------------------------------ errors
    def show_error(self, err: WizardError, retry: object = None) -> None:
        super().show_error(err, retry)
        keep_waiting = err.code == "gallery.replication_timeout"
        self.error_panel.retry_button.setText(
            self.tr("Keep waiting")
            if keep_waiting
            else QCoreApplication.translate("ErrorPanel", "Retry")
        )

    # ------------------------------------------------------------------ QWizardPage
    def on_enter(self) -> None:
        ctx = self.ctx
        self._reset_view()
        if ctx.graph is None or ctx.ms_signin is None:
            self.set_complete(False)
            self._say(self.tr("Sign in to Microsoft first: go Back to the sign-in page."))
            return
        if ctx.created_sp_id and self._ready_id != ctx.created_sp_id:
            # Added earlier in this run but not confirmed readable yet: only wait, never re-add.
            self._show_add(adding=True)
            self.add_app()
            return
        if ctx.webex_app is not None and self._ready_id == ctx.webex_app.id and self._outcome:
            self._show_outcome(self._outcome)
            return
        report = ctx.preflight
        if report is None:
            self._run_lookup()
        else:
            self._decide(report.lookup)

    def _reset_view(self) -> None:
        self.pick_box.hide()
        self.add_box.hide()
        self.result.hide()
        self.hide_result.hide()
        self.look_again.hide()
        self._say("")

    def _say(self, text: str) -> None:
        self.state_text.setText(text)
        self.state_text.setVisible(bool(text))

    def _run_lookup(self) -> None:
        client = self.ctx.graph
        if client is None:
            return
        self._reset_view()
        self.set_complete(False)
        self.start(
            Op(self, gallery.lookup, client)
            .with_progress(self.tr("Looking for the Cisco Webex app…"))
            .success(self._decide)
        )

    def _decide(self, found: Lookup) -> None:
        self._lookup = found
        candidates = found.candidates
        if len(candidates) > 1:
            self._show_pick(candidates)
        elif len(candidates) == 1:
            self._show_reuse(candidates[0])
        elif found.template is None:
            self.set_complete(False)
            self._say(self.tr("The Cisco Webex app cannot be added."))
            self.look_again.show()
            if found.template_error is not None:
                self.show_error(found.template_error)
        else:
            self._show_add(adding=False)

    # ------------------------------------------------------------------ reuse / pick
    def _show_reuse(self, candidate: Candidate) -> None:
        app = candidate.app
        self.ctx.webex_app = app
        self._say(
            self.tr(
                'Your tenant already has the "{name}" app (object ID {id}). The wizard uses it; '
                "nothing is added, and its visibility in My Apps is left as it is."
            ).format(name=app.display_name, id=app.id)
        )
        self.set_complete(True)

    def _describe(self, candidate: Candidate) -> str:
        app = candidate.app
        job = (
            self.tr("provisioning job: {status}").format(status=candidate.jobs[0].status)
            if candidate.jobs
            else self.tr("no provisioning job")
        )
        sso = (
            self.tr("single sign-on: {mode}").format(mode=app.sso_mode)
            if app.sso_mode
            else self.tr("no single sign-on mode set")
        )
        created = (
            self.tr("created {date}").format(date=candidate.created[:10])
            if candidate.created
            else self.tr("creation date not reported by Microsoft Graph")
        )
        return self.tr("Object ID {id} · {job} · {sso} · {created}").format(
            id=app.id, job=job, sso=sso, created=created
        )

    def _show_pick(self, candidates: tuple[Candidate, ...]) -> None:
        for widget in self._pick_widgets:
            widget.hide()
            widget.deleteLater()
        for button in list(self.pick_group.buttons()):
            self.pick_group.removeButton(button)
        self._pick_widgets, self.pick_buttons = [], {}
        self.pick_intro.setText(
            self.tr(
                'Your tenant has {count} "Cisco Webex" apps. Only one should provision users to '
                "Webex. Pick the one that already has a provisioning job, or the one your single "
                "sign-on uses; the others are left unchanged."
            ).format(count=len(candidates))
        )
        with_job = [c for c in candidates if c.has_job]
        preferred = with_job[0] if len(with_job) == 1 else None
        self._candidates = {c.app.id: c for c in candidates}
        for candidate in candidates:
            text = candidate.app.display_name
            if candidate is preferred:
                text = self.tr("{name} (has the provisioning job)").format(name=text)
            button = QRadioButton(text)
            button.setObjectName(f"pick_{candidate.app.id}")
            detail = label(self._describe(candidate), name="Muted")
            detail.setContentsMargins(22, 0, 0, 4)
            self.pick_group.addButton(button)
            self.pick_list.addWidget(button)
            self.pick_list.addWidget(detail)
            self._pick_widgets += [button, detail]
            self.pick_buttons[candidate.app.id] = button
        self.pick_box.show()
        chosen = self.ctx.webex_app.id if self.ctx.webex_app is not None else None
        if chosen not in self.pick_buttons:
            chosen = (preferred or candidates[0]).app.id
        self.pick_buttons[chosen].setChecked(True)
        self._picked()

    def _picked(self, *_args: object) -> None:
        for app_id, button in self.pick_buttons.items():
            if button.isChecked():
                self.ctx.webex_app = self._candidates[app_id].app
                self.set_complete(True)
                return
        self.set_complete(False)

    # ------------------------------------------------------------------ add
    def _show_add(self, *, adding: bool) -> None:
        self._say(
            self.tr(
                "Your tenant has no Cisco Webex app yet. Adding it creates one enterprise app "
                "from the Entra gallery; Entra ID then needs a little while (usually under a "
                "minute) before it can be configured."
            )
        )
        self.add_box.show()
        self.name_edit.setEnabled(not adding)
        self.add_button.setEnabled(not adding)
        self.set_complete(False)

    def _name_changed(self, text: str) -> None:
        try:
            gallery.check_display_name(text)
        except WizardError as err:
            self.name_error.setText(tr_error(err.what, err) + " " + tr_error(err.why, err))
            self.name_error.show()
            self.add_button.setEnabled(False)
            return
        self.name_error.hide()
        self.add_button.setEnabled(self.ctx.created_sp_id is None)

    def add_app(self) -> None:
        self.start(
            Op.coroutine(self, self._add)
            .with_progress(self.tr("Adding the Cisco Webex app…"))
            .success(self._added)
        )

    def _record_created(self, made: Instantiated) -> None:
        """Worker thread, the moment Graph answered 201: remember the new app (plain data only)."""
        self.ctx.created_sp_id = made.app.id
        self._pending = made.app
        self._wait_origin = time.monotonic()
        self.ctx.applied.append(
            f'Added the enterprise app "{made.app.display_name}" (object ID {made.app.id}) '
            "from the Entra app gallery"
        )

    async def _add(self) -> Outcome:
        ctx = self.ctx
        client = ctx.graph
        created_id = ctx.created_sp_id
        if created_id is None:
            name = gallery.check_display_name(self.name_edit.text())
            self.name_edit.setEnabled(False)
            self.add_button.setEnabled(False)
            template = self._lookup.template if self._lookup is not None else None
            app, created = await run_in_thread(
                gallery.ensure_app, client, template, name, self._record_created
            )
            if not created:
                return Outcome(app, created=False)
            self._say_waiting(app)
        else:
            app = (
                self._pending
                if self._pending is not None and self._pending.id == created_id
                else None
            )
            if app is None:
                app = gallery.placeholder(created_id, self.name_edit.text())
            self._say_waiting(app)
        ready = await self._wait(app)
        hide = None
        if self.hide_box.isChecked():
            self.busy.status.setText(self.tr("Hiding the app from My Apps…"))
            hide = await run_in_thread(gallery.hide, client, ready.app)
        return Outcome(ready.app, created=True, waited=ready.waited, hide=hide)

    def _say_waiting(self, app: WebexApp) -> None:
        self._say(
            self.tr(
                'Added "{name}" to your tenant (object ID {id}). Entra ID is still finishing '
                "it; the wizard waits until the app can be configured and never adds it twice."
            ).format(name=app.display_name, id=app.id)
        )

    async def _wait(self, app: WebexApp) -> ReadyApp:
        if self._wait_origin is None:
            self._wait_origin = time.monotonic()
        self._show_elapsed()
        self._tick.start()
        stop = threading.Event()
        try:
            return await run_in_thread(
                gallery.wait_until_ready,
                self.ctx.graph,
                app,
                backoff=self.backoff,
                should_stop=stop.is_set,
            )
        finally:
            stop.set()  # Cancel or Back: the polling thread stops at its next tick
            self._tick.stop()

    def _show_elapsed(self) -> None:
        if self._wait_origin is None or not self.is_busy():
            return
        seconds = int(time.monotonic() - self._wait_origin)
        self.busy.status.setText(
            self.tr(
                "Waiting for Entra ID to finish creating the app… {seconds} s (usually under a "
                "minute; the wizard waits up to {minutes} minutes)"
            ).format(seconds=seconds, minutes=int(self.backoff.limit // 60) or 1)
        )

    def _added(self, outcome: Outcome) -> None:
        self._outcome = outcome
        self.ctx.webex_app = outcome.app
        self._ready_id = outcome.app.id
        self._wait_origin = None
        self._show_outcome(outcome)

    def _show_outcome(self, outcome: Outcome) -> None:
        app = outcome.app
        self.add_box.hide()
        self.pick_box.hide()
        if outcome.created:
            self._say(self.tr("The Cisco Webex app is ready."))
            self.result.setText(
                self.tr(
                    'Added "{name}" to your tenant (object ID {id}). Entra ID finished creating '
                    "it after {seconds} seconds."
                ).format(name=app.display_name, id=app.id, seconds=int(round(outcome.waited)))
            )
        else:
            self._say(self.tr("The Cisco Webex app is ready."))
            self.result.setText(
                self.tr(
                    'Found the existing app "{name}" (object ID {id}) just before adding one, '
                    "so nothing was added."
                ).format(name=app.display_name, id=app.id)
            )
        self.result.show()
        self.hide_result.setText(self._hide_text(outcome))
        self.hide_result.setVisible(bool(self.hide_result.text()))
        self.set_complete(True)

    def _hide_text(self, outcome: Outcome) -> str:
        if not outcome.created:
            return ""
        hide = outcome.hide
        if hide is None:
            return self.tr("Left visible in users' My Apps portal, as you chose.")
        if hide.done and hide.already:
            return self.tr("Already hidden from users' My Apps portal.")
        if hide.done:
            return self.tr("Hidden from users' My Apps portal (HideApp tag added).")
        reason = tr_error(hide.error.what, hide.error) if hide.error else ""
        return self.tr(
            "Not hidden from My Apps: {reason} The app works anyway; to hide it, set "
            '"Visible to users?" to No in its Properties in the Entra admin center.'
        ).format(reason=reason)

    # ------------------------------------------------------------------ tests and diagnostics
    @property
    def outcome(self) -> Outcome | None:
        return self._outcome
