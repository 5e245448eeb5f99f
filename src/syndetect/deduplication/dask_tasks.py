"""The worker side of :func:`syndetect.dedup_dask` (:mod:`.dask_run`): the functions its tasks run,
at module level so that workers unpickle them by name. None of them needs dask.

* load: an input partition is parsed where it lives (:func:`~syndetect.engines.dask_tasks.parse`)
  and summarised without its texts (:func:`partition_facts`), then the first record of each raw text
  is hashed into a :class:`SetShard` that stays on the worker (:func:`hash_shard`,
  :func:`shard_summary`);
* candidates: band keys and fingerprints of the representatives, split by reducer
  (:func:`map_band_keys`, :func:`map_fingerprints`), and the pairs each reducer's buckets and
  fingerprint groups make (:func:`bucket_pairs_of`, :func:`fingerprint_groups`);
* verification: the sets of a block's documents fetched from their shards (:func:`fetch_sets`) and
  the shingles each pair shares (:func:`count_shared`);
* output: a partition of the input with the decisions applied (:func:`apply_decisions`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from ..candidates.groups import unique_pairs
from ..config import CandidateConfig
from ..engines.dask_tasks import Parsed, parse, records
from ..engines.stages import coerce_document, furniture_cap, group_fingerprints
from ..io.records import Fields
from ..types import Document, Skipped
from .config import DedupConfig, lsh_shape
from .judge import RecordFacts
from .near import Hashed, all_bucket_pairs, hash_texts, intersections
from .result import MarkArrays

__all__ = [
    "Fetched",
    "PartitionMarks",
    "SetShard",
    "apply_decisions",
    "bucket_pairs_of",
    "count_shared",
    "fetch_sets",
    "fingerprint_groups",
    "hash_shard",
    "map_band_keys",
    "map_fingerprints",
    "parse_records",
    "partition_facts",
    "shard_summary",
]

I64 = NDArray[np.int64]
U64 = NDArray[np.uint64]
Fetched = tuple[I64, U64, I64]
"""Sets of some documents: ``(docs, values, offsets)``, document ``docs[i]``'s set being
``values[offsets[i]:offsets[i + 1]]``."""


def parse_records(raw: Any, start: int, fields: Fields) -> Parsed:
    """An input partition parsed into documents (:func:`~syndetect.engines.dask_tasks.parse`), the
    fields of mapping items (and dataframe rows) read by ``fields``' names."""
    if fields == Fields():
        return parse(raw, start)
    names = {"id": fields.id, "text": fields.text, "source": fields.source, "date": fields.date,
             "url": fields.url}
    items = [{k: item.get(v) for k, v in names.items()} if isinstance(item, Mapping) else item
             for item in records(raw)]
    return parse(items, start)


def partition_facts(part: Parsed, key: Callable[[Document], Any] | None
                    ) -> tuple[RecordFacts, list[int], list[tuple[int, Skipped]]]:
    """What the driver keeps of a parsed partition: its records' facts (no text), the input position
    of each record and the items that were not documents."""
    return RecordFacts.of(part.docs, key), part.items, part.skipped


@dataclass(frozen=True, slots=True)
class SetShard:
    """The hashed records of one input partition (the first record of each raw text)."""

    index: I64
    """Record numbers, ascending."""
    hashed: Hashed


def hash_shard(part: Parsed | list[Document], index: I64, todo: I64, cfg: DedupConfig) -> SetShard:
    """Shingle sets, band keys, token-sequence hashes and (with containment) fingerprints of the
    documents at positions ``todo`` of the partition (or list), numbered ``index``."""
    bands, rows = lsh_shape(cfg)
    docs = part.docs if isinstance(part, Parsed) else part
    texts = [docs[i].text for i in todo.tolist()]
    h = hash_texts(texts, cfg.shingle, cfg.minhash, bands, rows, sequences=cfg.exact == "normalized",
                   fingerprints=cfg.containment is not None, jobs=1)
    return SetShard(index[todo], h)


def shard_summary(shard: SetShard) -> tuple[I64, U64, U64, I64]:
    """What :meth:`~.judge.Judge.hashed` needs: token counts, token-sequence hashes, set sizes."""
    h = shard.hashed
    return h.n_tokens, h.seq_hi, h.seq_lo, np.diff(h.set_offsets)


def _split(keys: U64, docs: I64, reducers: int) -> list[tuple[U64, I64]]:
    part = keys % np.uint64(reducers)
    return [(keys[part == r], docs[part == r]) for r in range(reducers)]


def map_band_keys(shard: SetShard, rep: NDArray[np.bool_], reducers: int) -> list[tuple[U64, I64]]:
    """``(band key, record)`` postings of the representatives with a token (``rep`` over the shard's
    records), split by reducer; records ascend within each key."""
    h = shard.hashed
    lsh = rep & (h.n_tokens > 0)
    return _split(h.keys[lsh].ravel(), np.repeat(shard.index[lsh], h.keys.shape[1]), reducers)


def map_fingerprints(shard: SetShard, rep: NDArray[np.bool_], reducers: int) -> list[tuple[U64, I64]]:
    """``(fingerprint, record)`` postings of the representatives, split by reducer."""
    h = shard.hashed
    use = rep[h.fp_doc]
    return _split(h.fp_hash[use], shard.index[h.fp_doc[use]], reducers)


def _joined(pieces: tuple[tuple[U64, I64], ...]) -> tuple[U64, I64]:
    return (np.concatenate([np.zeros(0, np.uint64), *(p[0] for p in pieces)]),
            np.concatenate([np.zeros(0, np.int64), *(p[1] for p in pieces)]))


def bucket_pairs_of(n: int, limit: int, *pieces: tuple[U64, I64]) -> I64:
    """The distinct pairs of one reducer's LSH buckets (:func:`~.near.all_bucket_pairs`); the pieces
    come in shard order, so records ascend within each key."""
    keys, docs = _joined(pieces)
    return unique_pairs(all_bucket_pairs(keys, docs, n, limit))


def fingerprint_groups(n: int, *pieces: tuple[U64, I64]) -> tuple[I64, I64, I64]:
    """The pairs sharing fingerprints of one reducer, with how many they share in it
    (:func:`~syndetect.engines.stages.group_fingerprints`, as the local engine groups them)."""
    keys, docs = _joined(pieces)
    cc = CandidateConfig()
    fi = group_fingerprints(keys, docs, None, furniture_cap(n, cc), cc)
    return fi.pairs[:, 0], fi.pairs[:, 1], fi.support


def fetch_sets(shard: SetShard, docs: I64) -> Fetched:
    """The sets of records ``docs`` (ascending, all in this shard)."""
    h = shard.hashed
    at = np.searchsorted(shard.index, docs)
    lo, hi = h.set_offsets[at], h.set_offsets[at + 1]
    sizes = hi - lo
    offsets = np.zeros(docs.size + 1, dtype=np.int64)
    np.cumsum(sizes, out=offsets[1:])
    take = np.repeat(lo - offsets[:-1], sizes) + np.arange(offsets[-1], dtype=np.int64)
    return docs, h.sets[take], offsets


def sets_by_document(fetched: tuple[Fetched, ...]) -> dict[int, U64]:
    """The fetched sets by record number."""
    out: dict[int, U64] = {}
    for docs, values, offsets in fetched:
        cuts = offsets.tolist()
        for i, d in enumerate(docs.tolist()):
            out[d] = values[cuts[i] : cuts[i + 1]]
    return out


def count_shared(pairs: I64, *fetched: Fetched) -> I64:
    """How many shingles each pair of records shares, given their sets."""
    return intersections(pairs, sets_by_document(fetched).__getitem__)


@dataclass(frozen=True, slots=True)
class PartitionMarks:
    """The marks of one input partition's items, and the names they go under."""

    names: tuple[str, ...]
    arrays: MarkArrays

    def row(self, j: int) -> dict[str, Any]:
        m = self.arrays
        sim = float(m.similarity[j])
        values = (int(m.family[j]), bool(m.kept[j]), m.reason[j], m.kept_id[j], None if sim != sim else sim)
        return dict(zip(self.names, values, strict=True))

    def frame_columns(self) -> dict[str, Any]:
        """As pandas columns of nullable types (missing where an item was not read)."""
        import pandas as pd

        m = self.arrays
        strings = [pd.array(col, dtype="string") for col in (m.reason, m.kept_id)]  # None: missing
        columns = [pd.arrays.IntegerArray(m.family, m.unread.copy()),
                   pd.arrays.BooleanArray(m.kept, m.unread.copy()), *strings,
                   pd.array(m.similarity, dtype="Float64")]
        return dict(zip(self.names, columns, strict=True))


def apply_decisions(raw: Any, start: int, keep: NDArray[np.bool_] | None,
                    marks: PartitionMarks | None) -> Any:
    """An input partition (a pandas DataFrame, or the items of a bag partition) with the decisions
    applied: without the dropped items (``keep``), or with the marks added (``marks``): as columns of
    a frame, as keys of a mapping item, and to any other item as the mapping of its document's
    fields. ``start`` is the input position of the partition's first item."""
    if hasattr(raw, "iloc"):
        if marks is None:
            assert keep is not None
            return raw[keep]
        frame = raw.copy()
        for name, column in marks.frame_columns().items():
            frame[name] = column
        return frame
    items = records(raw)
    if marks is None:
        assert keep is not None
        return [item for item, k in zip(items, keep.tolist(), strict=True) if k]
    out: list[Any] = []
    for j, item in enumerate(items):
        if marks.arrays.unread[j]:
            out.append(item)
        elif isinstance(item, Mapping):
            out.append({**item, **marks.row(j)})
        else:
            doc = coerce_document(item, start + j)
            assert isinstance(doc, Document)
            out.append({"id": doc.id, "text": doc.text, "source": doc.source, "date": doc.date,
                        "url": doc.url, **marks.row(j)})
    return out
