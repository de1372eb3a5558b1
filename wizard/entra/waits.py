"""Waiting without blocking Cancel: bounded exponential backoff for eventual consistency.

A directory object just created can read as 404 ``Request_ResourceNotFound`` for a while
(https://learn.microsoft.com/en-us/graph/best-practices-concept#handling-expected-errors); only
calls that say so retry on it, with the backoff here, and give up with
:class:`ConsistencyTimeout`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from wizard.entra.graph_errors import GraphError


@dataclass(frozen=True)
class Backoff:
    """Exponential backoff with a cap and a total limit (no fixed sleeps, nothing unbounded).

    Start fast (most replications finish in seconds), double up to 8 s, give up after
    5 minutes so the admin can decide.
    """

    initial: float = 0.5
    factor: float = 2.0
    cap: float = 8.0
    limit: float = 300.0

    def delays(self) -> Iterator[float]:
        """Successive waits; their sum never exceeds ``limit``."""
        delay, spent = self.initial, 0.0
        while spent < self.limit:
            step = min(delay, self.cap, self.limit - spent)
            yield step
            spent += step
            delay = min(delay * self.factor, self.cap)

    @classmethod
    def flat(cls, interval: float, limit: float) -> Backoff:
        """Poll every *interval* seconds until *limit* seconds of waiting have passed.

        For objects that appear after a delay we cannot predict (replication, consent): a
        doubling schedule overshoots the moment they appear by up to its last step (0.5 + 1 +
        2 + 4 s ends 3.5 s late for a 4 s delay), a flat one by at most *interval*.
        """
        return cls(initial=interval, factor=1.0, cap=interval, limit=limit)


class StopWaiting(Exception):
    """Raised inside a wait when ``should_stop()`` turned true (the caller maps it)."""


def interruptible_sleep(seconds: float, should_stop: Callable[[], bool], tick: float = 0.1) -> None:
    """Sleep in small steps so Cancel is honoured within ``tick`` seconds."""
    end = time.monotonic() + seconds
    while True:
        if should_stop():
            raise StopWaiting
        left = end - time.monotonic()
        if left <= 0:
            return
        time.sleep(min(tick, left))


class ConsistencyTimeout(Exception):
    """The object stayed unreadable for the whole backoff; carries the last Graph error."""

    def __init__(self, waited: float, last: GraphError) -> None:
        super().__init__(f"still not readable after {waited:.0f}s ({last.graph_code})")
        self.waited = waited
        self.last = last
