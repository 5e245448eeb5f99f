"""Near-duplicate removal for data pipelines: :func:`dedup` reads a corpus and writes it back without
its exact and near duplicates, or with each record marked (docs/dedup.md).

* :mod:`.config`: :class:`DedupConfig`, the threshold, keep policy and the rest;
* :mod:`.exact`: content hashes, raw and normalised;
* :mod:`.near`: shingle sets, MinHash LSH proposals, exact verification;
* :mod:`.policy`: families, survivors, containment, reasons;
* :mod:`.judge`: the decisions, from a few numbers per record and a holder of the shingle sets;
* :mod:`.records`: reading records in batches and writing them back, by format;
* :mod:`.result`: :class:`DedupResult`, :class:`Decision`, :class:`DedupStats`;
* :mod:`.tables`: Parquet and Arrow files and in-memory tables written back, with the mark columns;
* :mod:`.dask_tasks`: what the Dask engine's tasks run on the workers;
* :mod:`.run`: the two-pass driver :func:`dedup`;
* :mod:`.dask_run`: :func:`dedup_dask`, the same decisions on a Dask collection.
"""

from .config import DedupConfig
from .dask_run import dedup_dask
from .result import Decision, DedupResult, DedupStats
from .run import dedup

__all__ = ["Decision", "DedupConfig", "DedupResult", "DedupStats", "dedup", "dedup_dask"]
