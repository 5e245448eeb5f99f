"""The hashing core on real prose: the same results as the plain-Python oracle and as pinned digests.

The real-text corpora are read from ``../shared/eval`` (or ``$SYNDETECT_EVAL_DIR``) and never copied
into the project; the tests that need them skip when they are absent. The hand-written cases below
(numbers with separators, currency, acronyms, quotes, scripts) always run.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import numpy as np
import pytest

import oracle
import syndetect
from syndetect.config import NormalizeConfig, ShingleConfig
from syndetect.text.shingle import shingle_batch

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import realtext

CONFIGS: dict[str, NormalizeConfig] = {
    "default": NormalizeConfig(),
    "fold_digits": NormalizeConfig(fold_digits=True),
    "strip_diacritics": NormalizeConfig(strip_diacritics=True),
    "no_acronyms": NormalizeConfig(fold_acronyms=False),
}

REAL_TEXT_CASES = [
    'Shares rose $2.94, or 3.5%, to $87.10 on volume of 1,200,000; the S&P 500 added 0.4 per cent.',
    'The U.S. Treasury\'s 10-year note yielded 4.25% (up 0.03) at 9:30 a.m. EDT on Oct. 7, 2003.',
    '"We\'re not going to comment," said Mr. O\'Neill, 53, of Washington, D.C.--the F.B.I. declined.',
    "U.S.A. e.g. i.e. Ph.D. p.m. A. B. C. end. 1.5.2 x.y.z .5 5. a..b U.S",
    "“Quoted” ‘single’ «guillemets» — dash – en-dash … ellipsis ¿qué? ¡sí! 1 000 000 1 000",
    "ISBN 978-0-306-40615-7, tel. +44 (0)20 7946 0958, 3½ 2² H₂O 10¹⁰ ① Ⅻ ﬁnance straße",
    "بنگلہ دیش نے 24.3 اوورز میں 5 وکٹوں کے نقصان پر ہدف حاصل کر لیا۔ ۲۰۱۹ (اے پی پی)",
    "Presiden RI, Dr. H. Susilo Bambang Yudhoyono, M.A., tiba pukul 10.30 WIB; Rp 1.250.000,00.",
    "Москва, 12 окт. — Ὀδυσσεύς, שָׁלוֹם 東京都 の タワー ไทย 123 ４５６ ＡＢＣ",
]


def _signature_oracle(text: str, k: int, unit: str, config: NormalizeConfig, scheme: str) -> list[int]:
    return oracle.signature(oracle.shingles(text, k, unit, config), 128, scheme, 1)


@pytest.mark.parametrize("config_name", sorted(CONFIGS))
@pytest.mark.parametrize("unit", ["word", "char"])
def test_hand_written_real_text_agrees_with_oracle(config_name: str, unit: str) -> None:
    config = CONFIGS[config_name]
    texts = [*REAL_TEXT_CASES, " ".join(REAL_TEXT_CASES), ""]
    for scheme in ("oph", "kperm"):
        sigs = syndetect.signatures(texts, unit=unit, normalize=config, scheme=scheme)  # type: ignore[arg-type]
        for text, row in zip(texts, sigs, strict=True):
            assert row.tolist() == _signature_oracle(text, 5, unit, config, scheme), text


@pytest.mark.parametrize("config_name", sorted(CONFIGS))
def test_hand_written_real_text_tokens_and_spans(config_name: str) -> None:
    config = CONFIGS[config_name]
    batch = shingle_batch(REAL_TEXT_CASES, ShingleConfig(k=3, normalize=config), spans=True)
    for d, text in enumerate(REAL_TEXT_CASES):
        toks = oracle.tokens(text, config)
        sl = batch.doc_tokens(d)
        assert batch.token_hash[sl].tolist() == [oracle.token_hash(t.text) for t in toks]
        assert batch.token_start[sl].tolist() == [t.start for t in toks]
        assert batch.token_end[sl].tolist() == [t.end for t in toks]
        expected = oracle.word_shingles(text, 3, config)
        sh = batch.doc_shingles(d)
        assert batch.shingle_hash[sh].tolist() == [h for h, _, _ in expected]
        assert batch.shingle_start[sh].tolist() == [s for _, s, _ in expected]
        assert batch.shingle_end[sh].tolist() == [e for _, _, e in expected]


# ------------------------------------------------------------------------------------------------------
# The real-text corpora (skipped when ../shared/eval is absent)


def _corpus(name: str, n_docs: int) -> tuple[str, ...]:
    texts = realtext.real_corpus(name, n_docs)
    if texts is None:
        pytest.skip(f"real-text corpus {name!r} not found under {realtext.eval_dir()}")
    return texts


@pytest.mark.parametrize("name", sorted(realtext.PIECES))
def test_real_corpus_agrees_with_oracle(name: str) -> None:
    texts = _corpus(name, 12)
    for config_name in ("default", "fold_digits"):
        config = CONFIGS[config_name]
        sigs = syndetect.signatures(texts, normalize=config, chunk_size=5)
        for text, row in zip(texts, sigs, strict=True):
            assert row.tolist() == _signature_oracle(text, 5, "word", config, "oph")


def _digest(*arrays: np.ndarray) -> str:
    h = hashlib.sha256()
    for a in arrays:
        h.update(np.ascontiguousarray(a).tobytes())
    return h.hexdigest()[:16]


def corpus_digests(name: str, n_docs: int = 250) -> dict[str, str]:
    """Digests of everything the hashing core computes on a real-text corpus, per configuration."""
    texts = list(_corpus(name, n_docs))
    out: dict[str, str] = {}
    for config_name, config in CONFIGS.items():
        for unit in ("word", "char"):
            for scheme in ("oph", "kperm"):
                sigs = syndetect.signatures(texts, unit=unit, normalize=config, scheme=scheme)  # type: ignore[arg-type]
                out[f"{config_name}/{unit}/{scheme}"] = _digest(sigs)
            b = shingle_batch(texts[:100], ShingleConfig(unit=unit, normalize=config), spans=True)  # type: ignore[arg-type]
            out[f"{config_name}/{unit}/spans"] = _digest(
                b.token_hash, b.token_start, b.token_end, b.token_offsets, b.shingle_hash, b.shingle_offsets,
                b.shingle_start, b.shingle_end,
            )
    return out


# Recorded with the code before the real-text speed work (issue 18) and checked against the oracle
# above; every later change must give the same bits.
GOLDEN: dict[str, dict[str, str]] = {
    "indonesian": {
        "default/word/oph": "074eff308a02a7dc",
        "default/word/kperm": "236f5963570f7733",
        "default/word/spans": "3bdc6336d4a51fd3",
        "default/char/oph": "624a45909bbd6d9f",
        "default/char/kperm": "bf08df0195fdfd92",
        "default/char/spans": "73c4f1b5fc371ff9",
        "fold_digits/word/oph": "eb60ff254b727722",
        "fold_digits/word/kperm": "13aae8877580add8",
        "fold_digits/word/spans": "c76c61e7cea41ede",
        "fold_digits/char/oph": "38278895881964f7",
        "fold_digits/char/kperm": "e8bea8139d71a222",
        "fold_digits/char/spans": "ec9522c7cbfcc540",
        "strip_diacritics/word/oph": "fa5128b7837e5622",
        "strip_diacritics/word/kperm": "a188ae9027d14d48",
        "strip_diacritics/word/spans": "86c38d73dd37c9fc",
        "strip_diacritics/char/oph": "2de1e445cca10fb5",
        "strip_diacritics/char/kperm": "e80b8279d7948963",
        "strip_diacritics/char/spans": "115d8951cdf2f93b",
        "no_acronyms/word/oph": "3617e3901f71aa2b",
        "no_acronyms/word/kperm": "afcc12baeefcc5ff",
        "no_acronyms/word/spans": "706ee7a31eb42b4d",
        "no_acronyms/char/oph": "7282eaa62530114a",
        "no_acronyms/char/kperm": "bf08df0195fdfd92",
        "no_acronyms/char/spans": "970f65e3a6facaf4",
    },
    "news": {
        "default/word/oph": "70fdd1f1d68bfa3e",
        "default/word/kperm": "9bc17534fc16abf3",
        "default/word/spans": "b0cfd248479d245c",
        "default/char/oph": "ff05cb9bf6dfd36e",
        "default/char/kperm": "2d756c221bc4a894",
        "default/char/spans": "07921a9d740505da",
        "fold_digits/word/oph": "260177ba69b47dc4",
        "fold_digits/word/kperm": "7c22f19294c1781e",
        "fold_digits/word/spans": "6c0b414a3f2eff1f",
        "fold_digits/char/oph": "a13b057f71959078",
        "fold_digits/char/kperm": "8a4e4e4fdb034654",
        "fold_digits/char/spans": "e32c7ada730a2ae8",
        "strip_diacritics/word/oph": "61d30f38677778bd",
        "strip_diacritics/word/kperm": "37e2532b6f672c33",
        "strip_diacritics/word/spans": "dcf61abfef0675af",
        "strip_diacritics/char/oph": "06ca495f5a97d4af",
        "strip_diacritics/char/kperm": "bca5b4315d22fb75",
        "strip_diacritics/char/spans": "8c82dcee2acc4fd1",
        "no_acronyms/word/oph": "52dcdfcfdc4d3382",
        "no_acronyms/word/kperm": "b5cb3a585e2eccf1",
        "no_acronyms/word/spans": "49526414ac2e4250",
        "no_acronyms/char/oph": "527c0fa6022b8e05",
        "no_acronyms/char/kperm": "2b02659955d808e2",
        "no_acronyms/char/spans": "1e18270d6806a809",
    },
    "pan": {
        "default/word/oph": "fc19a92ae2e03bff",
        "default/word/kperm": "02c3efb33d042c05",
        "default/word/spans": "8d518fc76bcdbc2a",
        "default/char/oph": "171feb324b8f412f",
        "default/char/kperm": "c81042481fb89019",
        "default/char/spans": "eb44050a60822a6f",
        "fold_digits/word/oph": "d32dd80a58cf66f1",
        "fold_digits/word/kperm": "95ff4cc4d2341589",
        "fold_digits/word/spans": "d489d7b056e98156",
        "fold_digits/char/oph": "6b25eed9f9c5b03c",
        "fold_digits/char/kperm": "37345bcf2dc79dae",
        "fold_digits/char/spans": "0c88431b118cbfad",
        "strip_diacritics/word/oph": "fc19a92ae2e03bff",
        "strip_diacritics/word/kperm": "02c3efb33d042c05",
        "strip_diacritics/word/spans": "8d518fc76bcdbc2a",
        "strip_diacritics/char/oph": "171feb324b8f412f",
        "strip_diacritics/char/kperm": "c81042481fb89019",
        "strip_diacritics/char/spans": "eb44050a60822a6f",
        "no_acronyms/word/oph": "0c15a8e9c6282571",
        "no_acronyms/word/kperm": "02cbf81705d40142",
        "no_acronyms/word/spans": "40770c9a29ba2d89",
        "no_acronyms/char/oph": "3128ae76c7daf24a",
        "no_acronyms/char/kperm": "53892abe32cf63ca",
        "no_acronyms/char/spans": "400d8d55b6f5ba22",
    },
    "urdu": {
        "default/word/oph": "e1dd4cfef04b6495",
        "default/word/kperm": "d1553f2b7f5078b8",
        "default/word/spans": "131846844b61678d",
        "default/char/oph": "febfe822646e8b55",
        "default/char/kperm": "438ad0ed72590749",
        "default/char/spans": "a0cdae491b4ac317",
        "fold_digits/word/oph": "7dc0df2ee0c367d6",
        "fold_digits/word/kperm": "f8f7d050beb92e14",
        "fold_digits/word/spans": "25e75561759fa5f9",
        "fold_digits/char/oph": "5565ed02ca083c06",
        "fold_digits/char/kperm": "816d3bb81459ebcb",
        "fold_digits/char/spans": "ea041cf354f4492e",
        "strip_diacritics/word/oph": "d860aab69e37e373",
        "strip_diacritics/word/kperm": "2345306535cf6abd",
        "strip_diacritics/word/spans": "93c5695968e41cc3",
        "strip_diacritics/char/oph": "369cce2c34c37a52",
        "strip_diacritics/char/kperm": "985f2335ee0d6d92",
        "strip_diacritics/char/spans": "6f36b36772e3de78",
        "no_acronyms/word/oph": "e1dd4cfef04b6495",
        "no_acronyms/word/kperm": "d1553f2b7f5078b8",
        "no_acronyms/word/spans": "131846844b61678d",
        "no_acronyms/char/oph": "febfe822646e8b55",
        "no_acronyms/char/kperm": "438ad0ed72590749",
        "no_acronyms/char/spans": "a0cdae491b4ac317",
    },
}


@pytest.mark.parametrize("name", sorted(realtext.PIECES))
def test_real_corpus_digests_are_pinned(name: str) -> None:
    assert corpus_digests(name) == GOLDEN[name]
