"""Gallery app: reuse the tenant's "Cisco Webex" app, let the admin pick one, or plan to add it.

This page only reads and chooses; nothing is written here (Review is the first write). Three
situations, decided by the pre-flight look-up (the steps are :mod:`wizard.flows.gallery`):
- one existing app: reused (pre-flight normally skips this page; coming Back shows it);
- several: the admin picks one, with what tells them apart (job, single sign-on, creation date);
- none: the admin names the new app (default "Cisco Webex") and chooses whether to hide it from
  My Apps. Adding it becomes the first step of the plan Review lists and Apply runs
  (:class:`wizard.flows.setup.NewApp`; Apply looks the tenant up again right before adding,
  waits for Entra ID to finish creating it and never adds it twice).
"""

from __future__ import annotations

import logging

from wizard.core.errors import WizardError
from wizard.flows import gallery
from wizard.flows.gallery import Candidate, Lookup
from wizard.flows.setup import NewApp
from wizard.ui.page_ids import PageId
from wizard.ui.pages.base import BasePage, LocalizedErrors
from wizard.ui.qt import (
    QButtonGroup,
    QCheckBox,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from wizard.ui.widgets import column_box, label, push_button, tr_error
from wizard.ui.words import status_word

log = logging.getLogger("wizard.ui.pages.gallery")

#: The app role assignments of a new app get (its roles are not known before it exists);
#: Microsoft's tutorial assigns users with "User":
#: https://learn.microsoft.com/entra/identity/saas-apps/cisco-webex-provisioning-tutorial
NEW_APP_ROLE = "User"


class GalleryPage(LocalizedErrors, BasePage):
    page_id = PageId.GALLERY

    def build(self) -> None:
        self._lookup: Lookup | None = None
        self.state_text = self.add_label(hidden=True)
        self.body.addWidget(self._build_pick())
        self.body.addWidget(self._build_add())
        self.look_again = push_button(self.tr("&Look again"), "LookAgain", self._run_lookup)
        self.look_again.hide()
        self.add_row(self.look_again)

    def _build_pick(self) -> QWidget:
        box, column = column_box("PickApp", spacing=6)
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
        box, column = column_box("AddAppBox")
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
        self.hide_box.toggled.connect(lambda *_: self._plan_new_app())
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
        self.add_box = box
        box.hide()
        return box

    # ------------------------------------------------------------------ QWizardPage
    def on_enter(self) -> None:
        self._reset_view()
        signin_first = self.tr("Sign in to Microsoft first: go Back to the sign-in page.")
        if self.lacks_microsoft_signin(self.state_text, signin_first):
            return
        report = self.ctx.preflight
        if report is None:
            self._run_lookup()
        else:
            self._decide(report.lookup)

    def _reset_view(self) -> None:
        self.pick_box.hide()
        self.add_box.hide()
        self.look_again.hide()
        self._say("")

    def _say(self, text: str) -> None:
        self.state_text.setText(text)
        self.state_text.setVisible(bool(text))

    def _run_lookup(self) -> None:
        self.read_tenant(
            gallery.lookup,
            self.tr("Looking for the Cisco Webex app…"),
            self._decide,
            before=self._reset_view,
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
            self._show_add()

    # ------------------------------------------------------------------ reuse / pick
    def _show_reuse(self, candidate: Candidate) -> None:
        app = candidate.app
        self.ctx.webex_app, self.ctx.new_app = app, None
        self._say(
            self.tr(
                'Your tenant already has the "{name}" app (object ID {id}). The wizard uses it; '
                "nothing is added, and its visibility in My Apps is left as it is."
            ).format(name=app.display_name, id=app.id)
        )
        self.set_complete(True)
        self.focus_next()

    def _describe(self, candidate: Candidate) -> str:
        app = candidate.app
        job = (
            self.tr("provisioning job: {status}").format(status=status_word(candidate.jobs[0].status))
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
                self.ctx.new_app = None
                self.set_complete(True)
                return
        self.set_complete(False)

    # ------------------------------------------------------------------ add (planned)
    def _show_add(self) -> None:
        self._say(
            self.tr(
                "Your tenant has no Cisco Webex app yet. The wizard adds it from the Entra "
                "gallery when you click Apply on the Review page: nothing is added before then. "
                "Entra ID then needs a little while (usually under a minute) before the app can "
                "be configured; Apply waits for it."
            )
        )
        self.add_box.show()
        self.ctx.webex_app = None
        self._name_changed(self.name_edit.text())
        self.focus_later(self.name_edit)

    def _name_changed(self, text: str) -> None:
        try:
            gallery.check_display_name(text)
        except WizardError as err:
            self.name_error.setText(tr_error(err.what, err) + " " + tr_error(err.why, err))
            self.name_error.show()
            self.ctx.new_app = None
            self.set_complete(False)
            return
        self.name_error.hide()
        self._plan_new_app()

    def _plan_new_app(self) -> None:
        """The choices become the first step of the plan (nothing is added here)."""
        template = self._lookup.template if self._lookup is not None else None
        if template is None or self.add_box.isHidden():
            return
        try:
            name = gallery.check_display_name(self.name_edit.text())
        except WizardError:
            return
        self.ctx.new_app = NewApp(template.id, name, NEW_APP_ROLE, self.hide_box.isChecked())
        self.set_complete(True)

    # ------------------------------------------------------------------ tests and diagnostics
    @property
    def new_app(self) -> NewApp | None:
        return self.ctx.new_app
