"""Families (groups of documents linked by verified pairs) and their origins.

``mode="components"`` is the plain connected components of the verified pairs.

``mode="verified"`` (default) guards against chaining: edges are taken strongest first (by the share
of the smaller document they cover); a document joins a group through one edge, but two groups that
already have several members merge only when verified edges connect at least two different members
of *each* group. One article quoting two different wire stories therefore joins one family and does not
weld the two families into one. In both modes a pair of only short, loosely matched passages
(:func:`loose`: paraphrases, not copies) links no family.

A family's id is derived from its members' ids (``fam-`` + 12 hex digits of xxh64), so the same
result always gets the same ids. Its origin is the member with the earliest ``date`` when any member
has a parseable ISO 8601 date, else the member whose text is most covered by the family's shared
passages; ``origin_reason`` says which rule decided.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import xxhash

from ..align.verify import VerifiedPair
from ..config import ClusterConfig
from ..types import Family, Pair

__all__ = ["LOOSE_SCORE", "LOOSE_WORDS", "Edge", "families", "family_edges", "family_id", "loose"]


@dataclass(frozen=True, slots=True)
class Edge:
    """A verified pair by document index, with the share of the smaller document it covers."""

    a: int
    b: int
    strength: float


LOOSE_WORDS = 25
"""A pair whose every passage is shorter than this (in words) ..."""
LOOSE_SCORE = 0.8
"""... and matches less than this share of its words links no family (:func:`loose`)."""


def loose(pair: Pair) -> bool:
    """Whether ``pair`` is only short, loosely matched passages: two independently written sentences
    on the same event (paraphrases matched through their replaced words) look like that; a quoted or
    copied sentence is matched nearly word for word. Such a pair is reported, but it joins no
    documents into a family: one such sentence would otherwise weld two stories' families together
    and give them the wrong origin. A pair with no passage (found by its shingles) is not loose."""
    return bool(pair.passages) and all(p.words < LOOSE_WORDS and p.score < LOOSE_SCORE for p in pair.passages)


def family_edges(verified: Sequence[VerifiedPair]) -> list[Edge]:
    """Family edges of verified pairs that are not :func:`loose`, weighted by the share of the smaller
    document covered."""
    return [Edge(v.a, v.b, max(v.pair.containment_a, v.pair.containment_b)) for v in verified
            if not loose(v.pair)]


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.size = [1] * n

    def find(self, x: int) -> int:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: int, b: int) -> int:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        if self.size[ra] < self.size[rb] or (self.size[ra] == self.size[rb] and rb < ra):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        return ra


def family_id(members: Sequence[str]) -> str:
    """Stable id of a family: a hash of its sorted member ids."""
    blob = "\x00".join(sorted(members)).encode("utf-8", "surrogatepass")
    return "fam-" + xxhash.xxh64_hexdigest(blob)[:12]


def _parse_date(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return parsed


def _groups(n: int, edges: Sequence[Edge], config: ClusterConfig) -> list[list[int]]:
    uf = _UnionFind(n)
    usable = [e for e in edges if e.strength >= config.min_containment]
    if config.mode == "components":
        for e in usable:
            uf.union(e.a, e.b)
    else:
        deferred: list[Edge] = []
        for e in sorted(usable, key=lambda e: (-e.strength, e.a, e.b)):
            ra, rb = uf.find(e.a), uf.find(e.b)
            if ra == rb:
                continue
            if uf.size[ra] >= 2 and uf.size[rb] >= 2:
                deferred.append(e)
            else:
                uf.union(ra, rb)
        changed = True
        while changed and deferred:
            changed = False
            ends: dict[tuple[int, int], tuple[set[int], set[int]]] = {}
            for e in deferred:
                ra, rb = uf.find(e.a), uf.find(e.b)
                if ra == rb:
                    continue
                (lo, x), (hi, y) = sorted(((ra, e.a), (rb, e.b)))
                side_lo, side_hi = ends.setdefault((lo, hi), (set(), set()))
                side_lo.add(x)
                side_hi.add(y)
            for (ra, rb), (side_a, side_b) in sorted(ends.items()):
                if uf.find(ra) != ra or uf.find(rb) != rb:
                    continue  # one side merged already this round; recount next round
                if len(side_a) >= 2 and len(side_b) >= 2:
                    uf.union(ra, rb)
                    changed = True
    members: dict[int, list[int]] = defaultdict(list)
    touched = {e.a for e in usable} | {e.b for e in usable}
    for d in sorted(touched):
        members[uf.find(d)].append(d)
    return sorted((m for m in members.values() if len(m) >= 2), key=lambda m: m[0])


def families(
    ids: Sequence[str],
    dates: Sequence[str | None],
    shared_chars: Sequence[int],
    edges: Sequence[Edge],
    config: ClusterConfig,
) -> list[Family]:
    """Families of documents (by index into ``ids``) linked by ``edges``.

    ``shared_chars[d]`` is how many characters of document ``d`` its verified passages cover; it
    decides the origin when no member has a date.
    """
    out: list[Family] = []
    groups = _groups(len(ids), edges, config)
    group_of = {d: g for g, members in enumerate(groups) for d in members}
    inside = [0] * len(groups)
    for e in edges:
        g = group_of.get(e.a)
        if g is not None and group_of.get(e.b) == g:
            inside[g] += 1
    for group, n_pairs in zip(groups, inside, strict=True):
        dated = [(p, d) for d in group if (p := _parse_date(dates[d])) is not None]
        if dated:
            first = min(dated, key=lambda pd: (pd[0], -shared_chars[pd[1]], pd[1]))
            origin = first[1]
            reason = (
                f"earliest date {dates[origin]} ({len(dated)} of {len(group)} members dated)"
            )
        else:
            origin = min(group, key=lambda d: (-shared_chars[d], d))
            reason = (
                f"no dates; contains the most shared text ({shared_chars[origin]} characters)"
            )
        member_ids = tuple(ids[d] for d in group)
        out.append(Family(family_id(member_ids), member_ids, ids[origin], reason, n_pairs))
    return out
