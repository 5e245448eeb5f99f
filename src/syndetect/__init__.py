"""syndetect: find syndicated and near-duplicate texts and the exact passages they share."""

from .config import (
    AlignConfig,
    CandidateConfig,
    ClusterConfig,
    MinHashConfig,
    NormalizeConfig,
    ScanConfig,
    ShingleConfig,
)
from .engines.local import scan
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
from .sketch.files import load_signatures, save_signatures
from .sketch.interop import from_datasketch, to_datasketch
from .sketch.minhash import EMPTY, jaccard
from .sketch.signatures import signatures
from .types import Document, Family, Pair, Passage, ScanResult, ScanStats, Skipped
from .workers.pool import WorkerPool

__version__ = "0.1.0"  # the only place the version is written; pyproject.toml reads it from here

__all__ = [
    "EMPTY",
    "AlignConfig",
    "CandidateConfig",
    "ClusterConfig",
    "ClusterError",
    "ConfigError",
    "ConfigTypeError",
    "CorpusError",
    "CorpusTypeError",
    "Document",
    "Family",
    "FormatError",
    "FormatTypeError",
    "Index",
    "IndexStoreError",
    "MinHashConfig",
    "NormalizeConfig",
    "OverwriteError",
    "Pair",
    "Passage",
    "ScanConfig",
    "ScanResult",
    "ScanStats",
    "ShingleConfig",
    "Skipped",
    "SyndetectError",
    "WorkerError",
    "WorkerPool",
    "__version__",
    "from_datasketch",
    "jaccard",
    "load_signatures",
    "save_signatures",
    "scan",
    "signatures",
    "to_datasketch",
]
