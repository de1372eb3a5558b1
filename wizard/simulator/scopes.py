"""Scopes of seeded tokens, and the Webex scope check.

A token seeded without scopes (the ``configured`` state, tests' shortcuts) carries, for Webex,
the scopes of the documented authorize URL (docs/webex.md#token, from Microsoft's provisioning
tutorial https://learn.microsoft.com/en-us/entra/identity/saas-apps/cisco-webex-provisioning-tutorial),
and for Graph the delegated permissions an admin consents to for setup
(docs/entra-graph.md#permissions-and-roles). Pass ``scopes=`` to seed a narrower token.

Webex routes name what Cisco's API reference requires as alternatives, each a set of scopes the
token must hold *all* of (no token passes for holding one scope of a set, none for holding none).
"""

from __future__ import annotations

from collections.abc import Iterable

SEEDED_SCOPES: dict[str, tuple[str, ...]] = {
    "webex": ("spark:people_read", "spark:people_write", "Identity:SCIM"),
    "graph": (
        "Application.ReadWrite.All",
        "Synchronization.ReadWrite.All",
        "AppRoleAssignment.ReadWrite.All",
        "User.Read.All",
        "Group.Read.All",
    ),
}


def holds(scopes: Iterable[str], alternatives: Iterable[frozenset[str]]) -> bool:
    """True when *scopes* include every scope of at least one alternative."""
    held = set(scopes)
    return any(alt <= held for alt in alternatives)
