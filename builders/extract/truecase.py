"""Filings written in capitals, read as if written in mixed case.

Plain-text filings of the 1990s often set a whole report in capitals ("THE COMPANY GRANTED TO
MITSUHARA AN EXCLUSIVE LICENSE ..."), and every rule that tells a name from a word by its
capital letter reads nothing there. :func:`truecase` rewrites such a text letter for letter
(the same length, so offsets stay the document's): words that filings write in lower case
(``common_words.txt``, made by ``tools/common_words.py``) become lower case, the rest are names
and keep a capital, and legal forms take their usual spelling ("CO., LTD." -> "Co., Ltd.").
"""

from __future__ import annotations

import re
import string
from bisect import bisect_right
from functools import lru_cache
from importlib.resources import files

from .names import ACADEMIC_WORDS, ORG_KEYWORDS, is_inn

# A document is read as capitals when this share of its letters are capitals.
SHOUTING = 0.8

_LEGAL = {"INC": "Inc", "CORP": "Corp", "LTD": "Ltd", "CO": "Co", "PLC": "plc", "LLC": "LLC", "LP": "LP", "LLP": "LLP",
          "AG": "AG", "SA": "SA", "NV": "NV", "BV": "BV", "GMBH": "GmbH", "KK": "KK", "AB": "AB", "SE": "SE", "PTY": "Pty"}
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday"}
# Words of a name that are also ordinary words: "COLDWATER STATE UNIVERSITY RESEARCH FOUNDATION".
_NAME_PARTS = ORG_KEYWORDS | ACADEMIC_WORDS | {
    "state", "research", "national", "medical", "general", "international", "global", "american", "pharmaceutical",
    "pharmaceuticals", "biosciences", "therapeutics", "laboratories", "sciences", "holdings", "biologics", "health",
    "life", "memorial", "children's", "cancer", "center", "centre", "communications", "partners", "capital",
}
_CONNECTORS = {"of", "and", "&", "for", "de", "the"}
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
_NEXT_WORD = re.compile(r"[\s,]*([A-Za-z]+)")


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    return frozenset(files("builders.extract").joinpath("common_words.txt").read_text().split())


_NO_UPPER = str.maketrans("", "", string.ascii_uppercase)
_NO_LOWER = str.maketrans("", "", string.ascii_lowercase)


def shouting(text: str) -> bool:
    """Whether ``text`` is set in capitals. Asked of every document: letters are counted by
    deleting them in C (str.translate), not one by one in Python (100 ms a megabyte)."""
    upper = len(text) - len(text.translate(_NO_UPPER))
    lower = len(text) - len(text.translate(_NO_LOWER))
    return upper + lower >= 200 and upper >= SHOUTING * (upper + lower)


def truecase(text: str) -> str:
    """``text`` in mixed case, letter for letter; a text not written in capitals comes back unchanged."""
    if not shouting(text):
        return text
    out = list(text)
    defined = _defined_spans(text)  # in order, not overlapping
    starts = [s for s, _ in defined]
    common = common_words()
    in_name = False  # the word before (connectors aside) was part of a name
    for m in _WORD.finditer(text):
        i = bisect_right(starts, m.start()) - 1
        if i >= 0 and m.start() < defined[i][1]:
            out[m.start() : m.end()], in_name = _title(m.group()), True
            continue
        cased, is_name = _case(m.group(), text, m.start(), common, in_name)
        out[m.start() : m.end()] = cased
        if m.group().lower() not in _CONNECTORS:
            in_name = is_name
    return "".join(out)


def name_case(name: str) -> str:
    """A name written in capitals, in the case its owner writes it: "QUARRA PHARMA INC." -> "Quarra Pharma
    Inc.", "THE BOARD OF TRUSTEES OF HALVORSEN UNIVERSITY" -> "The Board of Trustees of Halvorsen University";
    short words that are no English word stay acronyms ("ABC BIOTECH")."""
    common = common_words()

    def case(m: re.Match) -> str:
        word, lower = m.group(), m.group().lower()
        if word.upper() in _LEGAL:
            return _LEGAL[word.upper()]
        if lower in _CONNECTORS and m.start() > 0:
            return lower
        return word if len(word) <= 3 and lower not in common else _title(word)

    return _WORD.sub(case, name)


def _defined_spans(text: str) -> list[tuple[int, int]]:
    """Where the text uses its defined terms: (THE "FOUNDATION") ... THE FOUNDATION HAS CONSENTED."""
    terms = {" ".join(t.split()) for t in re.findall(r"[\"\u201c]([A-Z][A-Z '\-\s]{1,60}?)[\"\u201d]", text)}
    terms = {t for t in terms if t.lower() not in ("the", "a", "an")}
    if not terms:
        return []
    pattern = re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, t.split())) for t in sorted(terms, key=len, reverse=True)) + r")\b")
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def _case(word: str, text: str, start: int, common: frozenset[str], in_name: bool) -> tuple[str, bool]:
    """The word's casing, and whether it is part of a name."""
    lower = word.lower()
    before, after = text[max(0, start - 4) : start], text[start + len(word) : start + len(word) + 3]
    if word.upper() in _LEGAL and in_name:
        return _LEGAL[word.upper()], True
    if word == "S" and before.endswith("/") and after.startswith("/"):
        return "s", False  # "/S/ JANE DOE": a signature
    if re.sub(r"'s$", "", lower) in {"company", "registrant", "corporation"} and re.search(r"\bTHE\s$", before.upper()):
        return word.capitalize(), False  # "THE COMPANY": the registrant's pronoun
    if lower in _MONTHS and (lower != "may" or re.match(r"\s+\d", after)):
        return word.capitalize(), False
    if before.endswith(('"', "\u201c")):
        return _title(word), True  # a defined term: (THE "FOUNDATION")
    if len(word) == 1 and after.startswith("."):
        return word, True  # an initial: "MARGARET A. O'DAY"
    following = _NEXT_WORD.match(text, start + len(word))  # matched in place: a slice would copy the rest of the text
    next_word = following.group(1) if following else ""
    if is_inn(lower) and next_word.upper() not in _LEGAL and next_word.lower() not in _NAME_PARTS:
        return lower, False  # "DORAVISTAT", not "HALVORSEN BIOSCIENCES"
    if lower in common and not (in_name and lower in _NAME_PARTS):
        return (word.capitalize() if _sentence_start(text, start) else lower), False
    if len(word) <= 3 and not in_name:
        return word, True  # an acronym: FDA, NIH
    return _title(word), True


def _title(word: str) -> str:
    """'O'DAY' -> "O'Day", 'MCDONALD' -> 'McDonald', 'JEAN-PIERRE' -> 'Jean-Pierre'."""
    out = re.sub(r"[A-Za-z]+", lambda p: p.group().capitalize(), word.lower())
    out = re.sub(r"^(Mc|O'|D')([a-z])", lambda p: p.group(1) + p.group(2).upper(), out)
    return re.sub(r"'S\b", "'s", out)


def _sentence_start(text: str, start: int) -> bool:
    """After a sentence's end, at a paragraph's start, or at a line's start after a line that ended one."""
    before = text[max(0, start - 200) : start].rstrip(" \t\"'\u201c")
    if not before or re.search(r"\n[ \t]*\n[\s\"'\u201c]*$", text[max(0, start - 200) : start]):
        return True  # a paragraph's first word
    if re.search(r"\b(?:INC|CORP|CO|LTD|NO|MR|MRS|MS|DR|ST)\.$|\b[A-Z]\.$", before, re.I):
        return False  # "HALVORSEN BIOSCIENCES, INC. (THE ...": an abbreviation, not a sentence's end
    return before[-1] in ".!?:"
