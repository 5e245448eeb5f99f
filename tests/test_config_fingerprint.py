"""A config's fingerprint names what can change a result: every such field moves it, the fields that
only change speed (``RUNTIME_FIELDS``) do not."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from syndetect import ScanConfig
from syndetect.errors import ConfigError


def _with(cfg: Any, dotted: str, value: object) -> Any:
    head, _, rest = dotted.partition(".")
    if not rest:
        return dataclasses.replace(cfg, **{head: value})
    return dataclasses.replace(cfg, **{head: _with(getattr(cfg, head), rest, value)})


def _other_values(value: object) -> list[object]:
    """Values of the same type to try in place of ``value`` (the first valid one is used)."""
    if isinstance(value, bool):
        return [not value]
    if isinstance(value, int):
        return [value + 1, value - 1, value * 2]
    if isinstance(value, float):
        return [value * 0.5 if value else 0.25, value + 0.01, value - 0.01]
    if isinstance(value, str):
        return ["word", "char", "oph", "kperm", "components", "verified"]
    if value is None:
        return [1, 0.5, "x"]
    return []


def _changed(cfg: ScanConfig, dotted: str, value: object) -> ScanConfig | None:
    for other in _other_values(value):
        if other == value:
            continue
        try:
            return _with(cfg, dotted, other)
        except (ConfigError, TypeError):
            continue
    return None


FIELDS = sorted(ScanConfig().flat_dict().items())


@pytest.mark.parametrize(("dotted", "value"), FIELDS, ids=[f for f, _ in FIELDS])
def test_each_field_moves_the_fingerprint_unless_it_is_runtime(dotted: str, value: object) -> None:
    base = ScanConfig()
    changed = _changed(base, dotted, value)
    assert changed is not None, f"no other valid value found for {dotted}={value!r}"
    if dotted in ScanConfig.RUNTIME_FIELDS:
        assert changed.fingerprint() == base.fingerprint()
    else:
        assert changed.fingerprint() != base.fingerprint()


def test_the_runtime_fields_are_fields_of_the_config() -> None:
    assert set(ScanConfig.RUNTIME_FIELDS) == {"jobs", "chunk_size"}
    names = {f.name for f in dataclasses.fields(ScanConfig)}
    assert set(ScanConfig.RUNTIME_FIELDS) <= names
    assert set(ScanConfig().result_dict()) == names - {"jobs", "chunk_size"}
