"""The planted-credit truth of the scrape generator (``scrape_corpus(credits=...)``, ``credits-8``)."""

from __future__ import annotations

import hashlib

import pytest

from syndetect.errors import ConfigError
from syndetect.provenance.agencies import DEFAULT_AGENCIES
from syndetect.testing.scrape import preset, scrape_corpus

CANONICAL = {a.name for a in DEFAULT_AGENCIES}
NAMES = {a.name: a.aliases + a.acronyms for a in DEFAULT_AGENCIES}


def _digest(documents: list) -> str:
    h = hashlib.sha256()
    for d in documents:
        h.update(repr((d.id, d.text, d.source, d.date, d.url)).encode())
    return h.hexdigest()


@pytest.mark.parametrize("seed", [0, 100])
def test_planted_offsets_point_at_the_credit(seed: int) -> None:
    corpus = preset("credits-8", seed)
    planted = 0
    for copy in corpus.copies:
        assert copy.agency in CANONICAL
        assert copy.credited == bool(copy.credits)
        text = corpus.text(copy.doc)
        for c in copy.credits:
            assert c.agency == copy.agency
            assert c.form in ("dateline", "attribution", "signoff")
            span = text[c.start : c.end]
            assert span
            assert span == span.strip()
            names = (c.agency, *NAMES[c.agency])
            assert any(n in span for n in names) or span.startswith(("Reporting by", "(Reporting by"))
            # a credit is never page furniture
            assert not any(s < c.end and c.start < e for s, e in corpus.furniture[copy.doc])
            planted += c.planted
    assert planted > 50


def test_off_is_byte_identical_and_on_changes_only_text() -> None:
    for name in ("scrape-8", "templates-12"):
        for seed in (0, 1):
            assert _digest(preset(name, seed).documents) == _digest(
                scrape_corpus(seed, **_args(name)).documents
            )
    plain, credited = preset("scrape-8", 3), preset("credits-8", 3)
    assert [d.id for d in plain.documents] == [d.id for d in credited.documents]
    assert [(c.doc, c.story, c.lo, c.hi) for c in plain.copies] == [
        (c.doc, c.story, c.lo, c.hi) for c in credited.copies
    ]
    assert not any(c.planted for copy in plain.copies for c in copy.credits)
    assert plain.credit_rate is None
    assert credited.credit_rate == 0.6


def _args(name: str) -> dict[str, object]:
    return (
        {"n_outlets": 8, "name": name}
        if name == "scrape-8"
        else {"n_outlets": 12, "n_themes": 3, "name": name}
    )


def test_known_digest_with_option_off() -> None:
    # sha256 of the documents of scrape_corpus(7) before the credits option existed
    assert (
        _digest(scrape_corpus(7).documents)
        == "9751f23e09f80e6ce40349998a4498e49d3a8b50d0357b7ba6fd256e02efe69b"
    )


# sha256 of the documents of every preset before the provenance option existed (seed 5, and seed 6
# with declared sources and URLs): with provenance and versions off, every corpus is byte for byte
# the one made before
BEFORE_PROVENANCE = {
    ("scrape-8", 5, False): "29235c2fc752e499ddbee3175daeca6bd46d209a06ff947df0ab16061ecd44fb",
    ("templates-12", 5, False): "c4ca5929e64dcff8b8e0e70daee31f2b0788760d6d289c3fb584af731d1a3175",
    ("wide-60", 5, False): "89ba9dc870b18981f105504dcddc12a9f6323acd3cdf84b94f6c62d3d298e274",
    ("wide-500", 5, False): "a239faa3e5107978274532bdcc6cee79887ae8674e7cc600442dad5da07798c5",
    ("identical-3000", 5, False): "89685a1d32a14d92790c24d1a60893858dcc5feead38e6d186b3f489742d3d5e",
    ("credits-8", 5, False): "9d635b39ed65054b93eaeff68e08cfaa4006f5c26a6fc80fa9cc9c19022f2b0a",
    ("scrape-8", 6, True): "f591dbebfdaab1a7fa1ddec74ab6c23749698e69bee89ee926c1dbd72147b8eb",
    ("credits-8", 6, True): "f99a6f307b7d076b3393dab5e5057f73b75fdf8a4778a4f7e2ec947f56463d8a",
}


@pytest.mark.parametrize(("name", "seed", "declared"), sorted(BEFORE_PROVENANCE))
def test_presets_are_byte_identical_to_before_the_provenance_option(
    name: str, seed: int, declared: bool
) -> None:
    corpus = preset(name, seed, declare_sources=declared, urls=declared)
    assert _digest(corpus.documents) == BEFORE_PROVENANCE[(name, seed, declared)]
    assert not corpus.provenance
    assert not (corpus.versions)
    assert not (corpus.version_passages)
    assert not (corpus.relations)
    assert not (corpus.edits)


def test_bad_rate() -> None:
    with pytest.raises(ConfigError):
        scrape_corpus(0, credits=1.5)
