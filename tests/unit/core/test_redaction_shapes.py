"""Each redaction rule on its own: a secret that only one rule recognises is still masked."""

from __future__ import annotations

import pytest

from wizard.core.logs import redact

#: Opaque (no JWT, no Webex token shape), never registered: only the bearer rule knows it.
OPAQUE = "Zx9opaqueAccessValue_0123456789"


@pytest.mark.parametrize(
    "text",
    [
        f"Authorization: Bearer {OPAQUE}",
        f"authorization: bearer {OPAQUE}",
        f"Proxy-Authorization: Basic {OPAQUE}",
    ],
)
def test_an_opaque_bearer_or_basic_credential_is_masked(text: str) -> None:
    cleaned = redact(text)
    assert OPAQUE not in cleaned
    assert "[REDACTED]" in cleaned
