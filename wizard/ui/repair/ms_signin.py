"""The repair page's Microsoft sign-in: silent from the saved sign-in of the stored tenant, the
embedded browser only when that is not possible. The steps are :mod:`wizard.flows.signin`'s (the
same as the setup's sign-in page), pinned to the tenant repair works on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from wizard.core.errors import WizardError
from wizard.flows import signin
from wizard.ui.ops import run_in_thread
from wizard.ui.qt import QCoreApplication

log = logging.getLogger("wizard.ui.repair")


class MicrosoftSignIn:
    """Mixin of :class:`~wizard.ui.repair.page.RepairPage` (it provides ``ctx``, ``target``,
    ``graph``, ``set_progress`` and ``_pending_error``)."""

    ctx: Any
    target: Any
    graph: Any
    _pending_error: WizardError | None
    set_progress: Callable[[str], None]

    async def _ensure_graph(self, *, interactive: bool) -> None:
        """Silent from the saved cache; the embedded browser only when that is not possible."""
        if self.graph is not None:
            return
        self.set_progress(
            QCoreApplication.translate(
                "RepairPage", "Signing in to Microsoft with your saved sign-in…"
            )
        )
        try:
            signed = await run_in_thread(self._silent_sign_in)
        except WizardError as err:
            if err.transient:
                return  # Entra is unreachable: check 4 reports the outage; no window opens
            log.info("saved Microsoft sign-in not usable: %s", err.code)
            signed = None
        if signed is None and interactive:
            self.set_progress(
                QCoreApplication.translate(
                    "RepairPage", "Sign in to Microsoft in the window that opened…"
                )
            )
            try:
                signed = await self._interactive_sign_in()
            except WizardError as err:
                self._pending_error = err  # shown under the report; check 4 offers Sign in
                return
        if signed is not None:
            self._adopt(signed)

    def _prepare(self) -> signin.Prepared:  # worker thread (keyring)
        # The stored tenant ID is the authority (not "organizations"): repair knows the tenant.
        return signin.prepare(self.ctx.services, self.target.tenant_id, pin_authority=True)

    def _silent_sign_in(self) -> signin.SignedIn | None:  # worker thread
        # remember=False: repair signs in to the tenant it was given; it does not change which
        # tenant the setup's sign-in page offers next time.
        return signin.silent(self.ctx.services, self._prepare(), remember=False)

    async def _interactive_sign_in(self) -> signin.SignedIn | None:
        """The Microsoft sign-in page's embedded flow: MSAL's auth URL in the browser."""
        from wizard.ui.browser import capture

        services = self.ctx.services
        prepared = await run_in_thread(self._prepare)
        flow = await run_in_thread(signin.begin_embedded, prepared)
        url = await capture(
            self,  # type: ignore[arg-type] - the page is the dialog's parent
            flow.auth_uri,
            flow.redirect_uri,
            trusted_fingerprint=self.ctx.trusted_fingerprint(),
            title=QCoreApplication.translate("MicrosoftSignInPage", "Sign in to Microsoft"),
        )
        if url is None:
            return None  # check 4 then says a sign-in is needed, with Sign in as its fix
        return await run_in_thread(
            signin.finish_embedded, services, prepared, flow, url, remember=False
        )

    def _adopt(self, signed: signin.SignedIn) -> None:
        self.graph = signed.client
        ctx = self.ctx
        # The setup pages (Re-create) then reuse this sign-in: same endpoints, same tenant.
        ctx.endpoints = self.target.endpoints
        ctx.graph_auth, ctx.ms_signin, ctx.graph = signed.auth, signed.sign_in, signed.client
        ctx.ms_tenant = signed.tenant
