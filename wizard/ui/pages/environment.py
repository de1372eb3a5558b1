"""Environment: which Microsoft cloud and Webex environment, plus advanced overrides.

Values are validated with :func:`wizard.core.endpoints.validate` (the same rules as the config
file), live, with the message under the field; Next stays disabled while a value is invalid,
so ``validatePage`` never has to refuse. Every endpoint that no public source confirms for the
chosen environment is listed, so the admin knows which value to question if a step fails.
"""

from __future__ import annotations

from wizard.core.endpoints import GRAPH_CLI_CLIENT_ID, Endpoints
from wizard.core.errors import QT_TRANSLATE_NOOP, ConfigError
from wizard.ui.page_ids import PageId
from wizard.ui.pages.base import BasePage
from wizard.ui.qt import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    Qt,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from wizard.ui.widgets import column_box, label, tr_error

ENTRA_CLOUDS = ("global", "usgov", "usgov-dod", "china")
WEBEX_ENVS = ("commercial", "fedramp")
#: Cisco, "Create a FedRAMP Integration" (https://developer.webex.com/docs/api/guides/create-a-fedramp-integration).
FEDRAMP_TOKEN_NOTE = QT_TRANSLATE_NOOP(
    "EnvironmentPage",
    "Webex for Government: Cisco says admin tokens last no longer than 12 hours. Entra ID keeps "
    "using the token the wizard gives it, so provisioning stops when it expires unless the token "
    "is renewed (repair mode). Ask Cisco how to keep provisioning running for Webex for "
    "Government.",
)


class EnvironmentPage(BasePage):
    page_id = PageId.ENVIRONMENT

    def build(self) -> None:
        self._candidate: Endpoints | None = self.ctx.endpoints

        cloud_names = {
            "global": self.tr("Global (login.microsoftonline.com)"),
            "usgov": self.tr("US Government (GCC High)"),
            "usgov-dod": self.tr("US Government DoD (dod-graph.microsoft.us)"),
            "china": self.tr("China (operated by 21Vianet)"),
        }
        webex_names = {
            "commercial": self.tr("Commercial"),
            "fedramp": self.tr("Webex for Government (FedRAMP)"),
        }
        # Two columns side by side: both choices visible at once without scrolling.
        columns = QGridLayout()
        columns.setHorizontalSpacing(32)
        columns.setVerticalSpacing(4)
        self.cloud_group, self.cloud_buttons = self._radios(
            columns, 0, self.tr("Microsoft Entra cloud"), ENTRA_CLOUDS, cloud_names
        )
        self.webex_group, self.webex_buttons = self._radios(
            columns, 1, self.tr("Webex"), WEBEX_ENVS, webex_names
        )
        columns.setColumnStretch(2, 1)
        columns.setRowStretch(len(ENTRA_CLOUDS) + 1, 1)
        self.body.addLayout(columns)

        self.cloud_buttons[self.ctx.endpoints.entra_cloud].setChecked(True)
        self.webex_buttons[self.ctx.endpoints.webex_env].setChecked(True)

        self.advanced_toggle = QToolButton()
        self.advanced_toggle.setObjectName("AdvancedToggle")
        self.advanced_toggle.setText(self.tr("Advanced"))
        self.advanced_toggle.setCheckable(True)
        self.advanced_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_toggle.setAutoRaise(True)
        self.advanced_toggle.toggled.connect(self._toggle_advanced)
        self.body.addWidget(self.advanced_toggle)
        self.advanced = self._build_advanced()
        self.body.addWidget(self.advanced)
        # Open it when the config already overrides something, so the admin sees what is in force.
        self.advanced_toggle.setChecked(
            bool({"entra_client_id", "entra_tenant"} & set(self.ctx.explicit))
        )
        self._toggle_advanced(self.advanced_toggle.isChecked())

        self.unconfirmed_note = self.add_note([])
        self.fedramp_note = self.add_note([])

        for group in (self.cloud_group, self.webex_group):
            group.buttonToggled.connect(lambda *_: self._revalidate())
        self._revalidate()

    def _radios(
        self,
        grid: QGridLayout,
        column: int,
        title: str,
        keys: tuple[str, ...],
        names: dict[str, str],
    ) -> tuple[QButtonGroup, dict[str, QRadioButton]]:
        grid.addWidget(label(title, name="SectionTitle"), 0, column)
        group = QButtonGroup(self)
        buttons: dict[str, QRadioButton] = {}
        for row, key in enumerate(keys, start=1):
            button = QRadioButton(names[key])
            button.setObjectName(f"choice_{key}")
            group.addButton(button)
            buttons[key] = button
            grid.addWidget(button, row, column)
        return group, buttons

    def _build_advanced(self) -> QWidget:
        box, column = column_box("AdvancedPanel", left=22, spacing=3)
        explicit = self.ctx.explicit
        self.client_id_edit, self.client_id_error = self._field(
            column,
            self.tr("Application (client) ID"),
            str(explicit.get("entra_client_id", "")),
            GRAPH_CLI_CLIENT_ID,
            self.tr(
                'Leave empty to use Microsoft\'s own "Microsoft Graph Command Line Tools" app, '
                "or enter your organization's app registration."
            ),
            "ClientId",
        )
        column.addSpacing(6)
        self.tenant_edit, self.tenant_error = self._field(
            column,
            self.tr("Tenant"),
            str(explicit.get("entra_tenant", "")),
            "organizations",
            self.tr(
                "Leave empty to sign in to any organization, or enter a tenant ID or a verified "
                "domain such as contoso.onmicrosoft.com."
            ),
            "Tenant",
        )
        for edit in (self.client_id_edit, self.tenant_edit):
            edit.textChanged.connect(lambda *_: self._revalidate())
        return box

    def _field(
        self,
        column: QVBoxLayout,
        title: str,
        value: str,
        placeholder: str,
        help_text: str,
        name: str,
    ) -> tuple[QLineEdit, QLabel]:
        """Label, input, inline error (hidden until needed) and help, stacked."""
        caption = label(title)
        edit = QLineEdit(value)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setMaximumWidth(520)
        caption.setBuddy(edit)
        error = label(name="InlineError")
        error.hide()
        column.addWidget(caption)
        column.addWidget(edit)
        column.addWidget(error)
        column.addWidget(label(help_text, name="Muted"))
        return edit, error

    def _toggle_advanced(self, open_: bool) -> None:
        self.advanced.setVisible(open_)
        self.advanced_toggle.setArrowType(
            Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow
        )

    # ------------------------------------------------------------------ state
    def selected_cloud(self) -> str:
        return next(k for k, b in self.cloud_buttons.items() if b.isChecked())

    def selected_webex(self) -> str:
        return next(k for k, b in self.webex_buttons.items() if b.isChecked())

    def _revalidate(self) -> None:
        if not hasattr(self, "tenant_edit"):
            return  # still building
        self.client_id_error.hide()
        self.tenant_error.hide()
        try:
            self._candidate = self.ctx.with_environment(
                self.selected_cloud(),
                self.selected_webex(),
                client_id=self.client_id_edit.text(),
                tenant=self.tenant_edit.text(),
            )
        except ConfigError as err:
            self._candidate = None
            self._show_inline(err)
        self._update_notes()
        self.set_complete(self._candidate is not None)

    def _show_inline(self, err: ConfigError) -> None:
        key = err.params.get("key")
        reason = tr_error(err.why, err)
        if key == "entra_tenant":
            self.tenant_error.setText(
                self.tr("This is not a valid tenant. {reason}").format(reason=reason)
            )
            self.tenant_error.show()
        else:
            self.client_id_error.setText(
                self.tr("This is not a valid application (client) ID. {reason}").format(
                    reason=reason
                )
            )
            self.client_id_error.show()
        self.advanced_toggle.setChecked(True)

    def _field_names(self) -> dict[str, str]:
        return {
            "entra_client_id": self.tr("Application (client) ID"),
            "webex_idbroker": self.tr("Webex sign-in host"),
            "webex_rest_base": self.tr("Webex API address"),
            "webex_scim_tenant_url": self.tr("Webex tenant URL given to Entra ID"),
            "webex_scim2_base": self.tr("Webex SCIM 2 address"),
            "webex_client_id": self.tr("Webex sign-in client ID"),
            "entra_authority_host": self.tr("Microsoft sign-in host"),
            "graph_base": self.tr("Microsoft Graph address"),
        }

    def _update_notes(self) -> None:
        endpoints = self._candidate
        self.fedramp_note.set_lines(
            [self.tr(FEDRAMP_TOKEN_NOTE)] if self.selected_webex() == "fedramp" else []
        )
        if endpoints is None or not endpoints.unconfirmed:
            self.unconfirmed_note.set_lines([])
            return
        names = self._field_names()
        lines = [
            self.tr(
                "Not confirmed by a public Microsoft or Cisco source for this environment. If a "
                "later step fails, ask your Microsoft or Cisco contact for the right value and "
                "set it in the configuration file:"
            )
        ]
        for key in sorted(endpoints.unconfirmed):
            lines.append(
                self.tr("• {name}: {value}").format(
                    name=names.get(key, key), value=getattr(endpoints, key)
                )
            )
        self.unconfirmed_note.set_lines(lines)

    def unconfirmed_lines(self) -> list[str]:
        return self.unconfirmed_note.texts()

    # ------------------------------------------------------------------ QWizardPage
    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        if self._candidate is None:
            return False
        if self._candidate != self.ctx.endpoints:
            # Another cloud: the same run (profile, store) against other hosts and a new session.
            self.ctx.services = self.ctx.services.for_endpoints(self._candidate)
        return True
