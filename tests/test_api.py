"""The top-level names: everything in ``__all__`` is there, and renamed names still work but warn."""

from __future__ import annotations

import pytest

import syndetect
from syndetect.sketch import minhash


def test_every_exported_name_exists() -> None:
    missing = [name for name in syndetect.__all__ if not hasattr(syndetect, name)]
    assert missing == []


@pytest.mark.parametrize(("old", "new"), [("jaccard", minhash.jaccard_estimate), ("EMPTY", minhash.EMPTY)])
def test_a_renamed_name_still_works_and_says_its_new_name(old: str, new: object) -> None:
    with pytest.warns(DeprecationWarning, match=f"syndetect.{old} is now syndetect."):
        value = getattr(syndetect, old)
    assert value is new
    assert old not in syndetect.__all__


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'jacard'"):
        _ = syndetect.jacard  # type: ignore[attr-defined]
