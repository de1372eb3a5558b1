"""A local stand-in for Microsoft Entra ID, Microsoft Graph and Webex (demo mode and tests)."""

from wizard.simulator.scenarios import SCENARIOS, STATES
from wizard.simulator.server import Simulator

__all__ = ["SCENARIOS", "STATES", "Simulator"]
