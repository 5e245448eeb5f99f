"""scan(): sequences the stages. Nothing else happens here."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import numpy as np

from ..align.verify import family_edges, shared_chars, verify_pairs
from ..candidates.features import corpus_features
from ..candidates.lsh import boilerplate_cap, candidate_pairs, optimal_bands, unique_pairs
from ..config import ScanConfig
from ..errors import ConfigError
from ..families.cluster import families
from ..types import Document, ScanResult, ScanStats, Skipped

__all__ = [
    "DocumentLike",
    "ProgressCallback",
    "coerce_document",
    "coerce_documents",
    "scan",
    "source_numbers",
]

ProgressCallback = Callable[[str, int, int], None]
"""Called as ``progress(stage, done, total)``; stages: "hashing", "candidates", "alignment"."""

DocumentLike = Document | Mapping[str, Any] | str


def coerce_document(item: object, i: int) -> Document | Skipped:
    """Item ``i`` of a scan's input as a Document, or why it is skipped."""
    if isinstance(item, Document):
        doc = item
    elif isinstance(item, str):
        doc = Document(id=str(i), text=item)
    elif isinstance(item, Mapping):
        text = item.get("text")
        ident = item.get("id", i)
        if not isinstance(text, str):
            return Skipped(str(ident), f"item {i}: field 'text' is {type(text).__name__}, expected str")
        extra = {k: v for k, v in item.items() if k not in ("id", "text", "source", "date", "url")}
        opt = {k: (None if item.get(k) is None else str(item.get(k))) for k in ("source", "date", "url")}
        doc = Document(id=str(ident), text=text, meta=extra, **opt)
    else:
        return Skipped(str(i), f"item {i} is {type(item).__name__}; expected Document, mapping or str")
    if not isinstance(doc.text, str):
        return Skipped(str(doc.id), f"item {i}: text is {type(doc.text).__name__}, expected str")
    return doc


def coerce_documents(documents: Iterable[DocumentLike]) -> tuple[list[Document], list[Skipped]]:
    """Documents from what the user gave; bad items and repeated ids are skipped with a reason."""
    docs: list[Document] = []
    skipped: list[Skipped] = []
    seen: set[str] = set()
    for i, item in enumerate(documents):
        doc = coerce_document(item, i)
        if isinstance(doc, Skipped):
            skipped.append(doc)
        elif doc.id in seen:
            skipped.append(Skipped(doc.id, f"item {i}: duplicate id {doc.id!r}; the first one was kept"))
        else:
            seen.add(doc.id)
            docs.append(doc)
    return docs, skipped


def source_numbers(docs: list[Document]) -> np.ndarray | None:
    """A number per document for its ``source`` (-1 when unknown), or None when no source is known."""
    if all(d.source is None for d in docs):
        return None
    codes: dict[str, int] = {}
    return np.array([-1 if d.source is None else codes.setdefault(d.source, len(codes)) for d in docs],
                    dtype=np.int64)


def scan(
    documents: Iterable[DocumentLike],
    config: ScanConfig | None = None,
    *,
    progress: ProgressCallback | None = None,
) -> ScanResult:
    """Find the documents that share text, the shared passages, and the syndication families.

    ``documents`` are :class:`Document` objects, mappings with ``id`` and ``text`` (plus optional
    ``source``, ``date``, ``url``), or plain strings (their position is their id).

    Python's automatic garbage collection is paused while the scan runs (for the whole process) and
    restored as it was when it returns or raises: the scan itself makes no reference cycles.
    """
    if config is not None and not isinstance(config, ScanConfig):
        msg = (f"scan(config=...) takes a syndetect.ScanConfig, got {type(config).__name__}; "
               "build one with syndetect.ScanConfig(...) or leave it out for the defaults")
        raise ConfigError(msg)
    with _gc_paused():
        return _scan(documents, config or ScanConfig(), progress)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Automatic garbage collection off for the duration (and restored after, as it was).

    A scan builds hundreds of thousands of acyclic objects (documents, pairs, passages): each batch of
    allocations set off a collection that walked every live object, 0.7 s of a 10 s scan of 100k
    articles. Nothing a scan keeps forms a reference cycle, so nothing waits on the collector.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _scan(
    documents: Iterable[DocumentLike], cfg: ScanConfig, progress: ProgressCallback | None
) -> ScanResult:
    report = progress or (lambda stage, done, total: None)
    seconds: dict[str, float] = {}
    t0 = time.perf_counter()
    docs, skipped = coerce_documents(documents)
    texts = [d.text for d in docs]
    ids = [d.id for d in docs]
    n = len(docs)

    report("hashing", 0, n)
    feats = corpus_features(texts, cfg.shingle, cfg.minhash, window=cfg.candidates.window,
                            fingerprint_k=cfg.candidates.fingerprint_k,
                            chunk_size=cfg.chunk_size, jobs=cfg.jobs,
                            progress=lambda done: report("hashing", done, n))
    seconds["hashing"] = time.perf_counter() - t0

    t1 = time.perf_counter()
    cc = cfg.candidates
    report("candidates", 0, 1)
    bands, rows = optimal_bands(cc.threshold, cfg.minhash.num_perm, cc.bands)
    empty = feats.n_tokens == 0
    doc_pairs, capped_buckets, fps = candidate_pairs(
        feats.signatures, bands, rows, cc.max_bucket, empty, feats.fp_hash, feats.fp_doc,
        source_numbers(docs), cap=boilerplate_cap(n, cc.boilerplate_df, cc.boilerplate_fraction),
        source_cap=cc.boilerplate_source_df, all_pairs_limit=cc.all_pairs_limit, min_shared=cc.min_shared,
        jobs=cfg.jobs,
    )
    candidates = unique_pairs(np.concatenate([doc_pairs, fps.pairs]))
    report("candidates", 1, 1)
    seconds["candidates"] = time.perf_counter() - t1

    t2 = time.perf_counter()
    total = len(candidates)
    report("alignment", 0, total)
    verified = verify_pairs(
        candidates, texts, ids, feats.signatures, cfg.shingle, cfg.align, cc.window,
        fingerprint_k=cc.fingerprint_k, sources=[d.source for d in docs], recurring=fps.recurring,
        jobs=cfg.jobs,
        progress=lambda done: report("alignment", done, total),
    )
    seconds["alignment"] = time.perf_counter() - t2

    t3 = time.perf_counter()
    fams = families(ids, [d.date for d in docs], shared_chars(n, verified), family_edges(verified),
                    cfg.cluster)
    seconds["families"] = time.perf_counter() - t3
    seconds["total"] = time.perf_counter() - t0
    stats = ScanStats(
        documents=n,
        empty_documents=int(empty.sum()),
        candidate_pairs=total,
        pairs=len(verified),
        families=len(fams),
        boilerplate_fingerprints=int(fps.boilerplate.size),
        capped_buckets=capped_buckets + fps.capped,
        seconds=seconds,
    )
    return ScanResult(tuple(v.pair for v in verified), tuple(fams), stats, tuple(skipped))
