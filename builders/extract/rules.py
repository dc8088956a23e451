"""Building blocks for rules written against sentence templates (see :mod:`context`)."""

from __future__ import annotations

import re

from ..model import Kind, Ref
from .context import LETTER_KIND, TOKEN, Tagged


def org(name: str) -> str:
    return rf"\[\[O:(?P<{name}>\d+)\]\]"


def product(name: str) -> str:
    return rf"\[\[P:(?P<{name}>\d+)\]\]"


def platform(name: str) -> str:
    return rf"\[\[T:(?P<{name}>\d+)\]\]"


def asset(name: str) -> str:
    return rf"\[\[[PT]:(?P<{name}>\d+)\]\]"


def token_list(letters: str, name: str) -> str:
    """A list of tokens: ``A``, ``A and B``, ``A, B, and C``, ``A, B and C``."""
    one = rf"\[\[[{letters}]:\d+\]\][®™]?(?:\s*\([^()]{{1,60}}\))?"
    return rf"(?P<{name}>{one}(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+){one})*)"


# An abbreviation's full stops inside a clause: "licensed U.S. rights", "X, of Lexington, Mass., licensed". Only before a
# word in small letters (the segmenter does not end a sentence after "U.S.", so "... in the U.S. The university granted"
# is two sentences to a rule), and a state's only before the verb of the company it places ("Newark, Del., and the
# university granted" goes on to another clause).
ABBREVIATION = r"(?:(?<![\w.])[A-Z]\.(?:[A-Z]\.)+(?=\s+[a-z])|(?<=\s)[A-Z][a-z]+,\s[A-Z][a-z]{1,4}\.,(?=\s+[a-z]+ed\b))"
# A short stretch of the same clause: no sentence or clause break.
GAP = rf"(?:[^.;:\[\]]|{ABBREVIATION}){{0,60}}?"
LONG_GAP = r"[^.;\[\]]{0,160}?"
# Like LONG_GAP, but products and platforms may stand in it ("licensed [[P:1]] to"), organizations not.
ASSET_GAP = r"(?:[^.;\[\]]|\[\[[PT]:\d+\]\]){0,160}?"
ANY_GAP = r"[^.;]{0,200}?"  # may cross other names


def refs_in(tagged: Tagged, text: str, kind: Kind | None = None) -> list[Ref]:
    """The refs of the tokens inside ``text`` (a group of a template match), in order."""
    out = []
    for letter, index in TOKEN.findall(text or ""):
        ref = tagged.ref(index)
        if (kind is None or LETTER_KIND[letter] is kind) and ref not in out:
            out.append(ref)
    return out


def group_ref(tagged: Tagged, m: re.Match, name: str) -> Ref | None:
    value = m.groupdict().get(name)
    return tagged.ref(value) if value is not None else None


HEDGES = re.compile(
    r"\b(?:if|would|will|(?-i:may)|might|could|should|plan(?:s|ned)?|intend(?:s|ed)?|expect(?:s|ed)?|"
    r"anticipate[sd]?|seek(?:s|ing)?|potential(?:ly)?|prior to|in order to|into|dependent|upon|"
    r"intended|designed|proposed|future|once|subject to|unless|until|whether|hope|aim)\b",
    re.I,
)
NEGATION = re.compile(r"\b(?:not|no|never|neither|nor|without)\b", re.I)
