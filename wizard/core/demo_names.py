"""The names of the demo's starting states and fault scenarios (``--demo-state``, ``--demo-scenario``).

Kept apart from the simulator so the CLI can offer them as choices without importing it (the
simulator pulls in werkzeug, cryptography and scim2-server, which a normal start never uses).
``wizard.simulator.scenarios`` implements one function per name.
"""

STATES = ("fresh", "configured")

SCENARIOS = (
    "deleted-consent",
    "expired-token",
    "revoked-token",
    "quarantine",
    "throttling",
    "replication-delay",
    "non-admin",
    "webex-outage",
    "consent-declined",
    "token-expiry-refused",
)
