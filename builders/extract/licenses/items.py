"""License rules for deals as 8-K items and older filings tell them.

"Y markets P in Europe under a license from the Company", "X has agreed to fund development of P in
exchange for exclusive marketing rights in Europe", "the Company notified X that it was exercising its
option to obtain an exclusive license to P", "the Company entered into an Exclusive License Agreement
with X for the exclusive worldwide rights to P", "the License Agreement ... between the Company and Y,
under which Y holds an exclusive license to develop P", "we are the exclusive licensee of patents related
to P owned by X".
"""

from __future__ import annotations

import re

from ...model import Kind
from ..rules import ASSET_GAP, GAP, group_ref, org, refs_in
from .core import CLAUSE, Claim, _claims_for, _grant_in, _stated_grants, needs
from .holdings import _ROLE_ADJ
from .releases import _GAINED, _SUPPOSING, _grantor, _not_a_grant, option_exercise

# The one who sells P under a license names the license's grantor: "Y markets P in Europe under a license from the
# Company", "pursuant to which Y will market P in Japan under an exclusive license from the Company", "Y has the
# right to manufacture and sell P under a license granted by X", "we distribute P pursuant to a license agreement with X".
_WORKS_UNDER_LICENSE = re.compile(
    rf"{org('le')}(?:\s*\([^()]{{0,60}}\))?\s+(?:will\s+|(?:has|have)\s+the\s+(?:exclusive\s+)?right\s+to\s+)?"
    r"(?:(?:markets?|sells?|distributes?|commerciali[sz]es?|manufactures?|develops?)(?:\s+and\s+|,\s+|\s+or\s+)?)+\s*"
    rf"(?P<mid>{ASSET_GAP}\[\[[PT]:\d+\]\]){CLAUSE}{{0,60}}?\b(?:under|pursuant\s+to)\s+(?:an?\s+|the\s+)?(?:exclusive\s+|non-exclusive\s+)?"
    rf"(?:licen[sc]e|sublicen[sc]e)(?:\s+agreement)?\s+(?:from|with|granted\s+by)\s+(?:the\s+)?{org('lr')}"
)


@needs(r"licen[sc]e(?:\s+agreement)?\s+(?:from|with|granted)\s")
def _worked_under_licenses(tagged, state, facts, registry) -> list[Claim]:
    """Who works P under a license holds it; whom the license is "from" granted it (an older filing's usual way to
    tell an out-license, with no grant verb)."""
    t, out = tagged.template, []
    if _not_a_grant(t):
        return out
    for m in _WORKS_UNDER_LICENSE.finditer(t):
        out += _grant_in(tagged, m)
    return out


# A partner pays a product's way for the right to sell it: "X has agreed to fund development of P in exchange for
# exclusive marketing rights in Europe", "X will fund the clinical development of P in return for the exclusive
# right to commercialize it". The grantor is the sentence's other company, else the filer whose product it is.
_FUNDS_FOR_RIGHTS = re.compile(
    rf"{org('le')}(?:\s*\([^()]{{0,60}}\))?\s+(?:has\s+|had\s+)?(?:agreed\s+to\s+fund|will\s+fund|funds|funded|is\s+funding|will\s+finance|agreed\s+to\s+finance)\s+"
    rf"(?:the\s+|all\s+|further\s+)*(?:[\w-]+\s+){{0,2}}?(?:development|clinical\s+trials?|research)\s+(?:costs\s+)?(?:of|for)\s+(?P<mid>\[\[[PT]:\d+\]\])"
    r"[^.;\[\]]{0,40}?\bin\s+(?:exchange|return)\s+for\s+(?:the\s+|an?\s+)?(?:exclusive\s+|worldwide\s+|[\w-]+\s+){0,3}(?:marketing\s+|commercial(?:ization)?\s+|distribution\s+)?"
    r"(?:rights?|licen[sc]e)\b"
)


@needs(r"fund|financ")
def _funded_for_rights(tagged, state, facts, registry) -> list[Claim]:
    t, out = tagged.template, []
    if _not_a_grant(t):
        return out
    for m in _FUNDS_FOR_RIGHTS.finditer(t):
        le = group_ref(tagged, m, "le")
        others = [r for r in dict.fromkeys(refs_in(tagged, t, Kind.ORG)) if r != le]
        lr = others[0] if len(others) == 1 else (registry.registrant or state.announcer) if not others else None
        out += _claims_for(tagged, lr, le, m.group("mid"), m.group(0))
    return out


# An option exercise told in the progressive or by notice: "the Company notified X that it was exercising its option
# to obtain an exclusive license to P", "X is exercising its option to acquire a license to P".
_EXERCISING = re.compile(
    rf"{org('le')}(?:\s*\([^()]{{0,60}}\))?\s+(?:(?:notified|informed)\s+(?:the\s+)?{org('lr')}(?:\s*\([^()]{{0,60}}\))?\s+that\s+(?:it|they)\s+)?"
    r"(?:is|was|were|are)\s+exercising\s+(?:its|the|their)\s+(?:exclusive\s+)?option\s+(?:to\s+(?:obtain|acquire|license|in-license)\s+|for\s+|with\s+respect\s+to\s+)?"
    rf"(?P<mid>{ASSET_GAP}\[\[[PT]:\d+\]\])"
)


def _exercising_options(tagged, state, facts, registry) -> list[Claim]:
    return [c for m in _EXERCISING.finditer(tagged.template)
            if not _SUPPOSING.search(m.group(0)) and (c := option_exercise(tagged, state, registry, m))]


# The filer's agreement "for" rights names what it takes: "On May 3, 2021, the Company entered into an Exclusive License
# Agreement with X for the exclusive worldwide rights to P" (X is the licensor; "an agreement with X for P", with no
# rights, could go either way and is left).
_AGREEMENT_FOR_RIGHTS = (
    rf"{org('le')}(?:\s*\([^()]{{0,60}}\))?{GAP}\b(?:entered\s+into|signed|executed)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,3}}?"
    rf"(?i:licen[sc]e|licensing)\s+(?i:agreements?)\s+with\s+(?:the\s+)?{org('lr')}(?:\s*\([^()]{{0,60}}\))?,?\s+for\s+(?:the\s+|an?\s+)?"
    rf"(?:[\w-]+,?\s+){{0,4}}?(?:rights?|licen[sc]e)\s+(?:to|for|in)\s+(?P<mid>{ASSET_GAP}\[\[[PT]:\d+\]\])"
)


@needs(r"licen[sc](?:e|ing)\s+agreements?\s+with\s")
def _agreements_for_rights(tagged, state, facts, registry) -> list[Claim]:
    return [] if _not_a_grant(tagged.template) else _stated_grants(tagged, state, _AGREEMENT_FOR_RIGHTS)


# An 8-K names the agreement by its parties, then the license it holds: "Amendment No. 2 to the License Agreement
# dated January 5, 2018 between the Company and Y, under which Y holds an exclusive license to develop P". The
# grantor is the agreement's other named party (else the deal's other party). A license agreement only: "a Supply
# Agreement ..., under which Y has the exclusive right to manufacture P" is no license.
_HELD_UNDER_WHICH = re.compile(
    rf"\b(?i:licen[sc]e|licensing|collaboration)(?:\s+and\s+\w+)?\s+(?i:agreement)\b(?P<parties>{CLAUSE}{{0,120}}?),?\s+(?:under|pursuant\s+to)\s+which\s+{org('le')}\s+"
    rf"(?:holds|held|has|had|have|(?:has\s+)?(?:received|obtained|acquired)|(?:was|were|has\s+been)\s+granted)\s+{_GAINED}"
)


@needs(r"under\s+which|pursuant\s+to\s+which")
def _licenses_held_under_which(tagged, state, facts, registry) -> list[Claim]:
    t, out = tagged.template, []
    if _not_a_grant(t):
        return out
    for m in _HELD_UNDER_WHICH.finditer(t):
        le = group_ref(tagged, m, "le")
        parties = [r for r in dict.fromkeys(refs_in(tagged, m.group("parties"), Kind.ORG)) if r != le]
        lr = parties[0] if len(parties) == 1 else None if parties else _grantor(tagged, state, registry, le)
        out += _claims_for(tagged, lr, le, m.group("mid"), m.group(0))
    return out


# The licensee of patents on a product another company owns: "we are the exclusive licensee of US, European and other
# patents related to P owned by X", "Y is the licensee of patents covering P held by X".
_LICENSEE_OF_OWNED = re.compile(
    rf"{org('le')}\s+(?:is|are|was|were|remains?|has\s+been|have\s+been)\s+(?:the\s+|an?\s+)?{_ROLE_ADJ}licensee\s+of\s+"
    rf"(?P<mid>{ASSET_GAP}\[\[[PT]:\d+\]\])[®™]?\s+(?:owned|held|controlled)\s+by\s+(?:the\s+)?{org('lr')}"
)


def _licensees_of_owned_patents(tagged, state, facts, registry) -> list[Claim]:
    t = tagged.template
    if "licensee" not in t:
        return []
    return [c for m in _LICENSEE_OF_OWNED.finditer(t)
            for c in _grant_in(tagged, m)]
