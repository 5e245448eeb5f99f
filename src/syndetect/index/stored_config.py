"""The config an index is built with, kept in its meta table: the meta of a new index, the stored
config read back, and its reconciliation with the config a caller gives (only
``ScanConfig.RUNTIME_FIELDS`` may differ)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

from ..config import (
    AlignConfig,
    CandidateConfig,
    ClusterConfig,
    MinHashConfig,
    NormalizeConfig,
    ScanConfig,
    ShingleConfig,
)
from ..errors import ConfigError, FormatError
from .sqlite import FORMAT_NAME, SCHEMA_VERSION

__all__ = ["config_from_dict", "new_meta", "reconcile", "stored_config"]


def new_meta(initial: ScanConfig) -> dict[str, str]:
    """The meta table of a new index built with ``initial``."""
    from .. import __version__

    return {
        "format": FORMAT_NAME,
        "schema_version": str(SCHEMA_VERSION),
        "config": json.dumps(initial.as_dict(), sort_keys=True),
        "config_fingerprint": initial.fingerprint(),
        "created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "created_by": f"syndetect {__version__}",
        "documents": "0",
        "band_keys": "0",
        "fingerprints": "0",
    }


def stored_config(meta: dict[str, str], where: str) -> ScanConfig:
    """The config stored in an index's ``meta`` (``where`` names the file in errors)."""
    try:
        return config_from_dict(json.loads(meta["config"]), where)
    except (KeyError, ValueError) as exc:
        if isinstance(exc, FormatError):
            raise
        msg = f"{where}: the stored config is missing or not JSON; the file is damaged"
        raise FormatError(msg) from exc


def config_from_dict(data: dict[str, Any], where: str) -> ScanConfig:
    try:
        sh = dict(data["shingle"])
        sh["normalize"] = NormalizeConfig(**sh["normalize"])
        return ScanConfig(
            shingle=ShingleConfig(**sh),
            minhash=MinHashConfig(**data["minhash"]),
            candidates=CandidateConfig(**data["candidates"]),
            align=AlignConfig(**data["align"]),
            cluster=ClusterConfig(**data["cluster"]),
            jobs=data["jobs"],
            chunk_size=data["chunk_size"],
        )
    except (KeyError, TypeError, ConfigError) as exc:
        msg = (f"{where}: the stored config cannot be read ({exc!r}); the file is damaged or from "
               "another version")
        raise FormatError(msg) from exc


def reconcile(stored: ScanConfig, given: ScanConfig | None, where: str) -> ScanConfig:
    """The config to use: the stored one, with ``given``'s runtime fields; a conflict is an error."""
    if given is None:
        return stored
    a, b = stored.flat_dict(), given.flat_dict()
    diff = [k for k in sorted(a) if k not in ScanConfig.RUNTIME_FIELDS and a[k] != b.get(k)]
    if diff:
        details = ", ".join(f"{k}: index has {a[k]!r}, given {b.get(k)!r}" for k in diff)
        msg = (
            f"index {where} was built with another config ({details}); open it without a config to "
            "use the stored one, or build a new index with this config"
        )
        raise ConfigError(msg)
    return dataclasses.replace(stored, **{k: getattr(given, k) for k in ScanConfig.RUNTIME_FIELDS})
