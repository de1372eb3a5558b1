"""The words Microsoft Graph answers with that the admin reads, in the UI language.

Layers below the UI keep Graph's own values (``Active``, ``Quarantine``, ``Succeeded``, ISO 8601
times) so logs, the CLI's JSON and the state file stay stable; the UI phrases them here, where
it fills a translated sentence's parameters. Graph's values are listed on Microsoft Learn:
https://learn.microsoft.com/en-us/graph/api/resources/synchronization-synchronizationstatus
(synchronizationStatusCode, synchronizationTaskExecutionResult) and
https://learn.microsoft.com/en-us/graph/api/synchronization-synchronizationjob-provisionondemand
(the provision-on-demand result's status).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from wizard.core.errors import QT_TRANSLATE_NOOP
from wizard.ui.qt import QCoreApplication, QDateTime, QLocale, Qt

#: Graph's value (lower case, without spaces) -> its English word, translated in context
#: "GraphStatus".
STATUS_WORDS: dict[str, str] = {
    "active": QT_TRANSLATE_NOOP("GraphStatus", "Active"),
    "paused": QT_TRANSLATE_NOOP("GraphStatus", "Paused"),
    "quarantine": QT_TRANSLATE_NOOP("GraphStatus", "Quarantine"),
    "notrun": QT_TRANSLATE_NOOP("GraphStatus", "Not run"),
    "notconfigured": QT_TRANSLATE_NOOP("GraphStatus", "Not configured"),
    "succeeded": QT_TRANSLATE_NOOP("GraphStatus", "Succeeded"),
    "failed": QT_TRANSLATE_NOOP("GraphStatus", "Failed"),
    "entrylevelerrors": QT_TRANSLATE_NOOP("GraphStatus", "Finished with errors for some users"),
    "success": QT_TRANSLATE_NOOP("GraphStatus", "Success"),
    "failure": QT_TRANSLATE_NOOP("GraphStatus", "Failure"),
    "skipped": QT_TRANSLATE_NOOP("GraphStatus", "Skipped"),
    "warning": QT_TRANSLATE_NOOP("GraphStatus", "Warning"),
    "unknown": QT_TRANSLATE_NOOP("GraphStatus", "Unknown"),
}
_DURATION = re.compile(r"^PT(?:(\d+)H)?(?:(\d+)M)?$")  # a job's schedule interval ("PT40M")
_ISO_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")


def status_word(value: str) -> str:
    """A Graph status value in the UI language; a value we do not know comes back as it is."""
    source = STATUS_WORDS.get(re.sub(r"[\s_-]", "", str(value)).lower())
    return QCoreApplication.translate("GraphStatus", source) if source else str(value)


def local_time(iso: str) -> str:
    """An ISO 8601 time (Graph's are UTC) in the admin's time zone and locale."""
    moment = QDateTime.fromString(iso.replace("Z", "+00:00"), Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        moment = QDateTime.fromString(iso.replace("Z", "+00:00"), Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


def phrase(value: Any) -> str:
    """A parameter as the admin should read it: status words translated, times local."""
    text = str(value)
    if _ISO_TIME.match(text):
        return local_time(text)
    duration = _DURATION.match(text)
    if duration and any(duration.groups()):
        hours, minutes = (int(g or 0) for g in duration.groups())
        return QCoreApplication.translate("GraphStatus", "every {minutes} minutes").format(
            minutes=hours * 60 + minutes
        )
    return status_word(text)


def phrase_in(context: str) -> Callable[[Any], str]:
    """:func:`phrase`, after the words *context* marks for translation (on, off, a scope)."""

    def word(value: Any) -> str:
        text = str(value)
        translated = QCoreApplication.translate(context, text) if text else text
        return translated if translated != text else phrase(text)

    return word


def translator(context: str) -> Callable[[str], str]:
    return lambda text: QCoreApplication.translate(context, text)
