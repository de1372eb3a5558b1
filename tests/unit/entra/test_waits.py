"""The polling schedules of the waits for objects Entra ID creates after a delay we cannot predict."""

from __future__ import annotations

import pytest

from wizard.entra.consent import CONSENT_BACKOFF
from wizard.entra.gallery import REPLICATION_BACKOFF
from wizard.entra.waits import Backoff


def test_flat_schedule_polls_at_one_interval_until_the_limit() -> None:
    delays = list(Backoff.flat(1.0, 5.5).delays())
    assert delays == [1.0, 1.0, 1.0, 1.0, 1.0, 0.5]


@pytest.mark.parametrize("schedule", [REPLICATION_BACKOFF, CONSENT_BACKOFF], ids=["replication", "consent"])
def test_waits_look_again_at_least_every_second(schedule: Backoff) -> None:
    """The wait ends at most one interval after the object appears: a doubling schedule
    (0.5 + 1 + 2 + 4 s) looked 3.5 s late for an app that took 4 s to replicate."""
    delays = list(schedule.delays())
    assert max(delays) <= 1.0
    assert sum(delays) == pytest.approx(300.0)  # still gives up after 5 minutes
