"""A local stand-in for Microsoft Entra ID, Microsoft Graph and Webex (demo mode and tests).

``server`` runs one HTTPS port for all three; ``entra``, ``graph`` and ``webex`` are the
simulated services, each adding its routes with ``register(router)``; ``state`` is the
simulated world, ``scenarios`` bends it, ``routing`` holds the router and the error shapes,
``tls`` makes the certificates. The scenario and state names are in
:mod:`wizard.core.demo_names`, so the CLI offers them without importing any of this.

``Simulator`` is imported lazily, so importing one module of the package (a test's helper, the
TLS generator) does not start werkzeug, cryptography and scim2-server all at once.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wizard.simulator.server import Simulator

__all__ = ["Simulator"]


def __getattr__(name: str) -> Any:
    if name == "Simulator":
        from wizard.simulator.server import Simulator

        return Simulator
    raise AttributeError(name)
