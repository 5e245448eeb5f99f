"""One exception hierarchy for everything syndetect raises on purpose.

Each subclass also inherits the matching builtin, so ``except ValueError`` keeps working. Messages say
what is wrong, where (parameter, file, field or value) and how to fix it.
"""

from __future__ import annotations

__all__ = [
    "ClusterError",
    "ConfigError",
    "CorpusError",
    "FormatError",
    "IndexStoreError",
    "SyndetectError",
    "WorkerError",
]


class SyndetectError(Exception):
    """Base class of every error syndetect raises deliberately."""


class ConfigError(SyndetectError, ValueError):
    """A configuration value is out of range or inconsistent with another one."""


class CorpusError(SyndetectError, ValueError):
    """An input document or file cannot be read or is malformed."""


class FormatError(SyndetectError, ValueError):
    """A persisted artefact (signature file, index) has the wrong format, version or config."""


class IndexStoreError(SyndetectError, RuntimeError):
    """The persistent index cannot be opened or written."""


class WorkerError(SyndetectError, RuntimeError):
    """A worker process failed (the message carries its traceback), would not start, or a
    :class:`~syndetect.WorkerPool` was used after ``close()`` or from another process."""


class ClusterError(SyndetectError, ConnectionError):
    """A Dask scheduler cannot be reached (wrong address, not running, or too slow to answer)."""
