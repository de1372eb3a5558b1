"""A local stand-in for Microsoft Entra ID, Microsoft Graph and Webex (demo mode and tests).

``Simulator`` is imported lazily: the CLI needs only the scenario names to build its options,
and the server pulls in werkzeug, cryptography and scim2-server, which a normal start never uses.
"""

from typing import TYPE_CHECKING, Any

from wizard.simulator.scenarios import SCENARIOS, STATES

if TYPE_CHECKING:
    from wizard.simulator.server import Simulator

__all__ = ["SCENARIOS", "STATES", "Simulator"]


def __getattr__(name: str) -> Any:
    if name == "Simulator":
        from wizard.simulator.server import Simulator

        return Simulator
    raise AttributeError(name)
