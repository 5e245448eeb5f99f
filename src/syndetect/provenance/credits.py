"""Credit lines and datelines that attribute a text to a news agency or a press-release wire.

:func:`find_credits` finds, in a raw text, the places where the text says whose it is, in the forms
credits really take, and returns them as :class:`Credit` (half-open raw character offsets, the
agency's canonical name and the kind of credit):

* ``dateline``: a place (and date) followed by the agency in brackets or slashes, at the start of a
  line or after a headline in capitals: ``BAGHDAD, Jan 5 (Reuters) –``, ``WASHINGTON (AP) —``,
  ``Madrid, 5 ene (EFE).-``, ``New Delhi [India], Jan 5 (ANI):``, ``MOSCOW, January 5. /TASS/.``,
  ``(ANSA) - ROMA``; in Chinese, Japanese and Korean ``新华社北京1月5日电``, ``【ワシントン共同】``,
  ``(서울=연합뉴스)``;
* ``inline``: the agency alone in brackets inside or at the end of the text: ``... he said. (AFP)``;
* ``attribution``: an attribution verb or preposition with the agency, in English, French, Spanish,
  Italian, German, Portuguese, Dutch, Indonesian/Malay, Russian, Chinese, Japanese and Korean:
  ``according to the Associated Press``, ``Reuters reports:``, ``Reuters has the story:``,
  ``selon l'AFP``, ``según EFE``, ``berichtet dpa``, ``informa ANSA``, ``menurut Antara``,
  ``сообщает ТАСС``, ``据新华社报道``, Turkish, Urdu and Hindi postpositions (``AP'nin haberine göre``,
  ``رائٹرز کے مطابق``, ``एएफपी के मुताबिक``), and a quote given to the agency (``told Reuters``,
  ``dijo a EFE``, ``a déclaré à l'AFP``, ``AA muhabirine``); descriptors may stand between them
  (``the state news agency Xinhua``, ``l'agence sud-coréenne Yonhap``, ``die Nachrichtenagentur dpa``),
  and a descriptor lifts the checks on an acronym; ``said`` credits an agency only with a descriptor
  (``South Korea's Yonhap news agency said``) or closing an inverted clause (``..., Xinhua said.``);
  verbs of announcing after the agency are not credits (``Reuters a annoncé la nomination ...``);
* ``signoff``: ``— Reuters`` ending a paragraph, Reuters' ``(Reporting by ...; Editing by ...)``,
  ``... contributed to this report``, ``With inputs from PTI``, ``Source: AFP``, ``© 2024 AFP``,
  ``— with AP``, ``(Com AFP)``, ``Con información de Reuters y AFP``, ``lmb/dpa/AFP``, the agency alone
  closing the text after a sentence (``... nach Zeugen. dpa``; an acronym only on its own line);
* ``byline``: a line ``By Reuters Staff``, ``By JANE DOE Associated Press``, ``Agencia EFE | Quito``;
* ``newswire``: any dateline or bracket credit of a press-release wire: ``/PRNewswire/``,
  ``NEW YORK--(BUSINESS WIRE)--``, ``(GLOBE NEWSWIRE) --``.

Brackets and lists may name several agencies (``(AFP/Reuters)``, ``(ANSA-AFP)``): one credit each.
The agency's name alone is never a credit: a sentence *about* an agency ("Reuters journalists were
detained", "the AP stylebook", "AFP's photographer"), a name inside a URL or an e-mail address, a
possessive, or an acronym being defined ("Andhra Pradesh (AP)", "Australian Federal Police (AFP)")
are not. Names match case-sensitively (``Reuters`` and ``REUTERS``, not ``reuters``) at word
boundaries. An agency's *acronyms* (:attr:`Agency.acronyms`: ``AP``, ``AFP``, ``AA``, ``APP``, ``ANI``,
``PTI``, ``UPI``, and the capitalised form of a short name such as ``DPA``) are common words or
abbreviations elsewhere (Andhra Pradesh, AP exams, the Australian Federal Police, AA batteries, UPI
payments, Pakistan's PTI party), so they count only in the strictest forms: a dateline, a bracket at
the start or end of a line or sentence, a sign-off, or an attribution whose agency ends the clause
("according to AP, ...").

Photo credits (``Credit: AP``, ``REUTERS/Jane Doe``, ``(AP Photo/...)``, ``Photo: AFP``) are left out:
they say who took a picture, not who wrote the text.

The matching itself is :class:`~syndetect.provenance.matcher.Matcher`'s; the agencies, why these and how
to add one are in :mod:`syndetect.provenance.agencies`.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence

from ..errors import ConfigTypeError, CorpusTypeError
from .agencies import DEFAULT_AGENCIES, KINDS, Agency, Credit
from .matcher import Matcher

__all__ = [
    "DEFAULT_AGENCIES", "KINDS", "Agency", "Credit", "compiled_matcher", "find_credits", "find_credits_batch",
]


@functools.lru_cache(maxsize=16)
def _matcher(agencies: tuple[Agency, ...]) -> Matcher:
    return Matcher(agencies)


def _agencies(agencies: Sequence[Agency]) -> tuple[Agency, ...]:
    if isinstance(agencies, (str, bytes)) or not isinstance(agencies, Iterable):
        raise ConfigTypeError(
            f"agencies must be a sequence of Agency, got {type(agencies).__name__}; "
            "pass DEFAULT_AGENCIES or a tuple like (*DEFAULT_AGENCIES, Agency('Lusa', ('Lusa',)))"
        )
    return tuple(agencies)


def compiled_matcher(agencies: Sequence[Agency] = DEFAULT_AGENCIES) -> Matcher:
    """The matcher of ``agencies``' credits, compiled once per process and set of agencies."""
    return _matcher(_agencies(agencies))


def find_credits(text: str, agencies: Sequence[Agency] = DEFAULT_AGENCIES) -> tuple[Credit, ...]:
    """The credits in ``text`` that attribute it to one of ``agencies``, sorted by start.

    Offsets are half-open raw character offsets into ``text``. See the module docstring for the forms
    recognised and the ones deliberately left out.
    """
    if not isinstance(text, str):
        raise CorpusTypeError(
            f"find_credits: text must be str, got {type(text).__name__}; decode bytes first "
            "(e.g. data.decode('utf-8'))"
        )
    return compiled_matcher(agencies).find(text)


def find_credits_batch(
    texts: Iterable[str], agencies: Sequence[Agency] = DEFAULT_AGENCIES
) -> list[tuple[Credit, ...]]:
    """:func:`find_credits` for every text of ``texts`` (patterns compiled once), in order.
    (:func:`syndetect.provenance.documents.document_facts` finds credits near given passages only,
    over several processes.)"""
    if isinstance(texts, (str, bytes)):
        raise CorpusTypeError(
            "find_credits_batch: texts must be an iterable of str, got one "
            f"{type(texts).__name__}; use find_credits for a single text or wrap it in a list"
        )
    matcher = compiled_matcher(agencies)
    out: list[tuple[Credit, ...]] = []
    for i, text in enumerate(texts):
        if not isinstance(text, str):
            raise CorpusTypeError(
                f"find_credits_batch: texts[{i}] is {type(text).__name__}, not str; decode bytes first"
            )
        out.append(matcher.find(text))
    return out
