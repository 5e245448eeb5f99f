"""One exception hierarchy for everything syndetect raises on purpose.

Each subclass also inherits the matching builtin, so ``except ValueError`` (or ``TypeError``,
``FileExistsError``...) keeps working. Messages say what is wrong, where (parameter, file, field or
value) and how to fix it.
"""

from __future__ import annotations

__all__ = [
    "ClusterError",
    "ConfigError",
    "ConfigTypeError",
    "CorpusError",
    "CorpusTypeError",
    "FormatError",
    "FormatTypeError",
    "IndexStoreError",
    "OverwriteError",
    "SyndetectError",
    "WorkerError",
]


class SyndetectError(Exception):
    """Base class of every error syndetect raises deliberately."""


class ConfigError(SyndetectError, ValueError):
    """A configuration value or option is out of range or inconsistent with another one."""


class ConfigTypeError(ConfigError, TypeError):
    """A configuration argument has the wrong type (e.g. not a config object)."""


class CorpusError(SyndetectError, ValueError):
    """An input document, file or collection cannot be read or is malformed."""


class CorpusTypeError(CorpusError, TypeError):
    """The input texts or collection have the wrong type (e.g. ``bytes`` where ``str`` is needed)."""


class FormatError(SyndetectError, ValueError):
    """Signatures (a matrix, a row, a file) or an index have the wrong format, shape, version or
    config, or do not match each other."""


class FormatTypeError(FormatError, TypeError):
    """A signature or sketch has the wrong type (non-integer values, not a datasketch MinHash)."""


class OverwriteError(SyndetectError, FileExistsError):
    """Saving would replace an existing file and ``overwrite=True`` was not given."""


class IndexStoreError(SyndetectError, RuntimeError):
    """The persistent index cannot be opened or written."""


class WorkerError(SyndetectError, RuntimeError):
    """A worker process failed (the message carries its traceback), would not start, or a
    :class:`~syndetect.WorkerPool` was used after ``close()`` or from another process."""


class ClusterError(SyndetectError, ConnectionError):
    """A Dask scheduler cannot be reached (wrong address, not running, or too slow to answer)."""
