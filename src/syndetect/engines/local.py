"""``scan()``: the stages of :mod:`.stages` on a corpus held in memory, in this process (with
``config.jobs > 1``, or a ``workers`` executor, hashing, candidates and alignment are spread over
processes)."""

from __future__ import annotations

from collections.abc import Iterable

from ..config import ScanConfig
from ..errors import ConfigError, CorpusTypeError
from ..types import ScanResult
from ..workers.collect import collection_paused
from ..workers.tasks import Executor
from .stages import (
    DocumentBlock,
    DocumentLike,
    ProgressCallback,
    StageClock,
    batch_features,
    coerce_document,
    coerce_documents,
    count_empty,
    find_candidates,
    find_families,
    scan_result,
    source_numbers,
    verify_block,
    with_provenance,
)

__all__ = [
    "DocumentLike",
    "ProgressCallback",
    "coerce_document",
    "coerce_documents",
    "scan",
    "source_numbers",
]


def scan(
    documents: Iterable[DocumentLike],
    config: ScanConfig | None = None,
    *,
    progress: ProgressCallback | None = None,
    workers: Executor | None = None,
    provenance: bool = True,
) -> ScanResult:
    """Find the documents that share text, the shared passages, the syndication families and, unless
    ``provenance=False``, who wrote and who copied the shared text (:attr:`ScanResult.provenance
    <syndetect.types.ScanResult.provenance>`: wire credits, family sources, pair relations, outlets).

    ``documents`` are :class:`Document` objects, mappings with ``id`` and ``text`` (plus optional
    ``source``, ``date``, ``url``), or plain strings (their position is their id). ``workers`` (a
    :class:`~syndetect.WorkerPool` or another :class:`~syndetect.workers.tasks.Executor`) runs the
    parallel stages instead of ``config.jobs`` forked processes; results are the same either way.

    Python's automatic garbage collection is paused while the scan runs when the calling thread is
    the process's only Python thread (:mod:`syndetect.workers.collect`), and restored as it was when
    it returns or raises: the scan itself makes no reference cycles.
    """
    _refuse_table(documents)
    if config is not None and not isinstance(config, ScanConfig):
        msg = (f"scan(config=...) takes a syndetect.ScanConfig, got {type(config).__name__}; "
               "build one with syndetect.ScanConfig(...) or leave it out for the defaults")
        raise ConfigError(msg)
    with collection_paused():
        return _scan(documents, config or ScanConfig(), progress, workers, provenance)


def _refuse_table(documents: object) -> None:
    """A pyarrow Table or a pandas or Polars DataFrame iterates over its columns, not its rows: say how
    to read one instead of scanning the column names."""
    kind = next((c.__module__.split(".")[0] for c in type(documents).__mro__
                 if c.__module__.split(".")[0] in ("pandas", "polars", "pyarrow")), None)
    if kind is not None:
        msg = (f"scan() takes documents, not a {kind}.{type(documents).__name__}: read its rows with "
               "syndetect.read_corpus(table, fields=Fields(text=..., id=...)) and scan the result's "
               ".documents (see docs/formats.md)")
        raise CorpusTypeError(msg)


def _scan(
    documents: Iterable[DocumentLike], cfg: ScanConfig, progress: ProgressCallback | None,
    workers: Executor | None, provenance: bool,
) -> ScanResult:
    report = progress or (lambda stage, done, total: None)
    clock = StageClock()
    docs, skipped = coerce_documents(documents)
    texts = [d.text for d in docs]
    ids = [d.id for d in docs]
    n = len(docs)
    report("hashing", 0, n)
    feats = batch_features(texts, cfg, jobs=workers, progress=lambda done: report("hashing", done, n))
    clock.lap("hashing")

    report("candidates", 0, 1)
    candidates, tally = find_candidates(feats, source_numbers(docs), cfg, jobs=workers)
    report("candidates", 1, 1)
    clock.lap("candidates")

    total = len(candidates)
    report("alignment", 0, total)
    block = DocumentBlock(None, texts, ids, [d.source for d in docs], feats.signatures)
    verified = verify_block(candidates, block, cfg, tally.recurring, jobs=workers,
                            progress=lambda done: report("alignment", done, total))
    clock.lap("alignment")

    fams = find_families(ids, [d.date for d in docs], verified, cfg)
    clock.lap("families")
    result = scan_result(verified, fams, skipped, documents=n, empty=count_empty(feats.n_tokens),
                         candidates=total, tally=tally, clock=clock)
    return with_provenance(result, docs, clock, cfg, jobs=workers) if provenance else result
