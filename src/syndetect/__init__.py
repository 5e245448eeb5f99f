"""syndetect: find syndicated and near-duplicate texts and the exact passages they share."""

from typing import TYPE_CHECKING, Any

from .config import (
    AlignConfig,
    CandidateConfig,
    ClusterConfig,
    MinHashConfig,
    NormalizeConfig,
    ScanConfig,
    ShingleConfig,
)
from .deduplication import DedupConfig, DedupResult, dedup, dedup_dask
from .engines.dask_engine import scan_dask
from .engines.local import scan
from .engines.stream import scan_stream
from .errors import (
    ClusterError,
    ConfigError,
    ConfigTypeError,
    CorpusError,
    CorpusTypeError,
    FormatError,
    FormatTypeError,
    IndexStoreError,
    OverwriteError,
    SyndetectError,
    WorkerError,
)
from .index.api import Index
from .io.corpus import iter_corpus, read_corpus
from .io.frames import ResultFrames, to_frames
from .io.records import Fields
from .io.tables import TableBatch, TableWritten, iter_table_batches, write_table
from .sketch.files import load_signatures, save_signatures
from .sketch.interop import from_datasketch, to_datasketch
from .sketch.minhash import jaccard_estimate
from .sketch.signatures import signatures
from .types import Document, Family, Pair, Passage, ScanResult, ScanStats, Skipped
from .workers.pool import WorkerPool

__version__ = "0.1.0"  # the only place the version is written; pyproject.toml reads it from here

__all__ = [
    "AlignConfig",
    "CandidateConfig",
    "ClusterConfig",
    "ClusterError",
    "ConfigError",
    "ConfigTypeError",
    "CorpusError",
    "CorpusTypeError",
    "DedupConfig",
    "DedupResult",
    "Document",
    "Family",
    "Fields",
    "FormatError",
    "FormatTypeError",
    "Index",
    "IndexStoreError",
    "MinHashConfig",
    "NormalizeConfig",
    "OverwriteError",
    "Pair",
    "Passage",
    "ResultFrames",
    "ScanConfig",
    "ScanResult",
    "ScanStats",
    "ShingleConfig",
    "Skipped",
    "SyndetectError",
    "TableBatch",
    "TableWritten",
    "WorkerError",
    "WorkerPool",
    "__version__",
    "dedup",
    "dedup_dask",
    "from_datasketch",
    "iter_corpus",
    "iter_table_batches",
    "jaccard_estimate",
    "load_signatures",
    "read_corpus",
    "save_signatures",
    "scan",
    "scan_dask",
    "scan_stream",
    "signatures",
    "to_datasketch",
    "to_frames",
    "write_table",
]



_RENAMED = {"jaccard": "jaccard_estimate", "EMPTY": "sketch.minhash.EMPTY"}

if not TYPE_CHECKING:  # type checkers see only the current names

    def __getattr__(name: str) -> Any:
        """The old names of renamed objects still work, with a DeprecationWarning."""
        if name not in _RENAMED:
            msg = f"module 'syndetect' has no attribute {name!r}"
            raise AttributeError(msg)
        import warnings

        from .sketch import minhash

        warnings.warn(f"syndetect.{name} is now syndetect.{_RENAMED[name]}", DeprecationWarning, stacklevel=2)
        return minhash.jaccard_estimate if name == "jaccard" else minhash.EMPTY
