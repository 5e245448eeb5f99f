"""Near-duplicate removal for data pipelines: :func:`dedup` reads a corpus and writes it back without
its exact and near duplicates, or with each record marked (docs/dedup.md).

* :mod:`.config`: :class:`DedupConfig`, the threshold, keep policy and the rest;
* :mod:`.exact`: content hashes, raw and normalised;
* :mod:`.near`: shingle sets, MinHash LSH proposals, exact verification;
* :mod:`.policy`: families, survivors, containment, reasons;
* :mod:`.records`: reading records in batches and writing them back, by format;
* :mod:`.result`: :class:`DedupResult`, :class:`Decision`, :class:`DedupStats`;
* :mod:`.tables`: Parquet and Arrow files and in-memory tables written back, with the mark columns;
* :mod:`.run`: the two-pass driver :func:`dedup`.
"""

from .config import DedupConfig
from .result import Decision, DedupResult, DedupStats
from .run import dedup

__all__ = ["Decision", "DedupConfig", "DedupResult", "DedupStats", "dedup"]
