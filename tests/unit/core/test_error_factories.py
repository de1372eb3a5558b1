"""Error constructors declared with ``factory``: the signature a method would have, the same error."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from wizard.core.errors import (
    ErrorKind,
    NetworkError,
    WizardError,
    factory,
    listed,
    whole_seconds,
)
from wizard.entra.gallery import GALLERY_NAME, GalleryError
from wizard.entra.sync.errors import ProvisioningError
from wizard.storage.statefile import StateFileError
from wizard.webex.errors import WebexScimError
from wizard.webex.network import WebexNetworkError

PLAIN = ErrorKind("test.plain", "Nothing happened.", "No reason.", "Do nothing.")
WITH_PARAMS = ErrorKind(
    "test.params", "{path} failed.", "Because {detail}.", "Retry {path}.", transient=True
)


class SampleError(WizardError):
    status: int = 0

    plain = factory(PLAIN)
    two = factory(WITH_PARAMS, "path", "detail")
    answered = factory(WITH_PARAMS, "path", "detail", correlation="required", status=503)
    maybe_ids = factory(WITH_PARAMS, "path", "detail", correlation="optional")
    defaulted = factory(WITH_PARAMS, "path", "detail", defaults={"detail": "no detail"})
    converted = factory(WITH_PARAMS, "path", "detail", convert={"path": str, "detail": listed})


class SampleSubError(SampleError):
    pass


def test_positional_and_keyword_arguments_fill_the_named_parameters() -> None:
    for err in (
        SampleError.two("/a", "busy"),
        SampleError.two(path="/a", detail="busy"),
        SampleError.two("/a", detail="busy"),
    ):
        assert type(err) is SampleError
        assert err.params == {"path": "/a", "detail": "busy"}
        assert (err.code, err.transient, err.correlation) == ("test.params", True, {})
        assert (err.what, err.why, err.fix) == (WITH_PARAMS.what, WITH_PARAMS.why, WITH_PARAMS.fix)
        assert err.summary() == "/a failed."
    plain = SampleError.plain()
    assert (plain.code, plain.params, plain.transient) == ("test.plain", {}, False)


@pytest.mark.parametrize(
    ("make", "args", "kwargs"),
    [
        (SampleError.two, ("/a",), {}),
        (SampleError.two, ("/a", "busy", "extra"), {}),
        (SampleError.two, ("/a",), {"details": "typo"}),
        (SampleError.two, ("/a", "busy"), {"path": "/b"}),
        (SampleError.plain, ("unexpected",), {}),
        (SampleError.answered, ("/a", "busy"), {}),
        (SampleError.maybe_ids, ("/a", "busy", {}, "extra"), {}),
    ],
)
def test_a_wrong_call_is_a_type_error_as_for_a_method(make, args, kwargs) -> None:
    with pytest.raises(TypeError):
        make(*args, **kwargs)


def test_correlation_and_status_travel_with_the_error() -> None:
    ids = {"request-id": "r-1"}
    err = SampleError.answered("/a", "busy", ids)
    assert err.correlation == ids and err.correlation is not ids
    assert err.status == 503
    assert SampleError.answered("/a", "busy", correlation=ids).correlation == ids
    assert SampleError.maybe_ids("/a", "busy").correlation == {}
    assert SampleError.maybe_ids("/a", "busy", ids).correlation == ids
    assert "status" not in vars(SampleError.two("/a", "busy"))  # no status unless declared
    assert err.params == {"path": "/a", "detail": "busy"}  # correlation is not a parameter


def test_defaults_and_conversions() -> None:
    assert SampleError.defaulted("/a").params == {"path": "/a", "detail": "no detail"}
    assert SampleError.defaulted("/a", "x").params == {"path": "/a", "detail": "x"}
    err = SampleError.converted(Path("/a/b"), iter(["one", "two"]))
    assert err.params == {"path": "/a/b", "detail": "one, two"}
    assert whole_seconds(12.6) == "13" and listed([]) == ""


def test_read_from_a_subclass_it_makes_the_subclass_error() -> None:
    assert type(SampleSubError.two("/a", "b")) is SampleSubError
    assert type(WebexNetworkError.timeout("h", {})) is WebexNetworkError  # inherited from NetworkError
    assert type(NetworkError.timeout("h", {})) is NetworkError


def test_it_reads_like_the_method_it_replaces() -> None:
    assert str(inspect.signature(SampleError.answered)) == "(path, detail, correlation)"
    assert str(inspect.signature(SampleError.maybe_ids)) == "(path, detail, correlation=None)"
    assert str(inspect.signature(SampleError.defaulted)) == "(path, detail='no detail')"
    assert SampleError.two.__name__ == "two"
    assert SampleSubError.two.__qualname__ == "SampleSubError.two"


def test_a_declaration_a_method_could_not_have_is_refused() -> None:
    with pytest.raises(ValueError, match="detial"):
        factory(WITH_PARAMS, "path", "detail", convert={"detial": str})
    with pytest.raises(ValueError, match="pth"):
        factory(WITH_PARAMS, "path", defaults={"pth": "/"})
    with pytest.raises(ValueError):  # a required argument after one with a default
        factory(WITH_PARAMS, "path", "detail", defaults={"path": "/"})
    with pytest.raises(ValueError):
        factory(WITH_PARAMS, "path", "path")


def test_declared_product_errors_keep_their_signature_and_result() -> None:
    ids = {"trackingid": "t-1"}
    scim = WebexScimError.unauthorized("idbroker", "expired", ids)
    assert (scim.code, scim.status, scim.correlation) == ("webex.scim.unauthorized", 401, ids)
    assert scim.params == {"host": "idbroker", "detail": "expired"}
    assert str(inspect.signature(NetworkError.unreachable)) == "(host, detail, correlation)"

    throttled = ProvisioningError.throttled(4.6)
    assert (throttled.params, throttled.correlation, throttled.transient) == (
        {"seconds": "5"},
        {},
        True,
    )

    corrupt = StateFileError.corrupt(Path("/d/state.json"), Path("/d/state.bad"), "not JSON")
    assert corrupt.params == {
        "path": "/d/state.json",
        "kept_as": "/d/state.bad",
        "detail": "not JSON",
    }
    assert GalleryError.template_not_found("graph.example").params == {
        "host": "graph.example",
        "name": GALLERY_NAME,
    }
