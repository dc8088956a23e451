"""License rules for roles and rights held.

"X is our exclusive licensee for P in Europe", "X, our licensor, has filed ...", "we are the exclusive
licensee of X's P", "X has exclusive rights to our product candidate P in Japan", "Commercial rights
to P are held by X under a license from us", "Our rights to P derive from a license agreement with X",
"X markets P under a license from Y".
"""

from __future__ import annotations

import re

from ...model import EventType, Ref
from ..context import Tagged
from ..rules import ASSET_GAP, HEDGES, asset, group_ref, org
from .core import (
    _OWNED_GAP,
    CLAUSE,
    Claim,
    _asset_refs,
    _claims_for,
    _grant_in,
    _holder,
    _only_asset,
    _token_of,
    needs,
)

# Who is whose licensee or licensor, said with the role noun: "X is our exclusive licensee for P in
# Europe", "X, our licensee for P", "X is our licensor for P", "we are the exclusive licensee of X's P",
# "X, from whom we license P", "an agreement with X, from which we license P", "X, our partner for P in China" (a partner for a territory holds its rights).
_ROLE_ADJ = r"(?:(?:exclusive|non-exclusive|sole|current|commercial|regional|[A-Z][a-z]+)\s+){0,2}"
_IS = r"(?:\s*\([^()]{0,60}\))?,?\s+(?:is|was|has\s+been|became|remains|acts\s+as)\s+(?:the\s+|an?\s+)?"
_LICENSEE_OF = re.compile(
    rf"{org('le')}(?:{_IS}|,\s+(?:the\s+)?){org('lr')}'s\s+{_ROLE_ADJ}(?:licensee|sublicensee)\s+(?:for|of)\s+(?P<mid>{ASSET_GAP}\[\[[PT]:\d+\]\])"
    rf"|{org('lr_')}(?:{_IS}|,\s+(?:the\s+)?){org('le_')}'s\s+{_ROLE_ADJ}licensor\s+(?:for|of)\s+(?P<mid_>{ASSET_GAP}\[\[[PT]:\d+\]\])"
    rf"|{org('le3')}(?:\s*\([^()]{{0,60}}\))?,\s+{org('lr3')}'s\s+{_ROLE_ADJ}partner\s+for\s+(?P<mid3>{ASSET_GAP}\[\[[PT]:\d+\]\])(?=\s+in\s+[A-Z])"
    rf"|{org('lr2')},\s+from\s+(?:whom|which)\s+{org('le2')}\s+(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?(?:in-)?licen[sc]e[sd]?\s+(?P<mid2>{ASSET_GAP}\[\[[PT]:\d+\]\])"
    # "Y, X's licensing partner for P", "Y, ... and X's P licensing partner outside the U.S.": a partner named by
    # the licensing itself needs no territory to be one
    rf"|{org('le4')}(?:\s*\([^()]{{0,60}}\))?,\s+(?:[^.;,\[\]]{{0,60}}?\s+and\s+)?{org('lr4')}'s\s+{_ROLE_ADJ}"
    rf"(?:licensing\s+partner\s+(?:for|of)\s+(?P<mid4>{ASSET_GAP}\[\[[PT]:\d+\]\])|(?P<mid5>\[\[[PT]:\d+\]\])[®™]?\s+licensing\s+partner\b)"
)
# "Our licensee Sarvo is conducting a Phase 2 trial of P", "P is marketed in Europe by our licensee, X":
# the one asset of the sentence.
# "X's exclusive licensee for P in Europe, Y, launched ...": the asset named with the role.
_LICENSEE_NAMED = re.compile(
    rf"{org('lr')}'s\s+{_ROLE_ADJ}(?:licensee|sublicensee)(?:\s+(?:for|of)\s+(?P<mid>{ASSET_GAP}\[\[[PT]:\d+\]\])[®™]?"
    rf"(?:\s+(?:in|for|outside(?:\s+of)?)\s+(?:the\s+)?[A-Z][^,\[\].;]{{0,40}})?)?,?\s+{org('le')}"
)
# "we are the exclusive licensee of P (under the agreement with X)", "we are the exclusive licensee of X's P".
# "X is the licensor of P": of its developer's, else the filer's.
_THE_LICENSOR = re.compile(rf"{org('lr')}\s+(?:is|was|has\s+been|remains)\s+the\s+{_ROLE_ADJ}licensor\s+(?:of|for)\s+(?P<mid>{ASSET_GAP}\[\[[PT]:\d+\]\])")
# "X, our licensee in Japan, is developing P": the one asset of the sentence.
# ... and "X, our licensor, has filed patent applications covering P".
_LICENSEE_APPOSITIVE = re.compile(
    rf"{org('le')}(?:\s*\([^()]{{0,60}}\))?,\s+(?:the\s+)?{org('lr')}'s\s+{_ROLE_ADJ}(?:licensee|sublicensee)(?:\s+(?:in|for|outside(?:\s+of)?)\s+(?:the\s+)?[A-Z][^,\[\].;]{{0,40}})?,"
    rf"|{org('lr_')}(?:\s*\([^()]{{0,60}}\))?,\s+(?:the\s+)?{org('le_')}'s\s+{_ROLE_ADJ}licensor,"
)
# "we are the exclusive licensee of X for P": the licensor named before the asset.
_THE_LICENSEE = re.compile(
    rf"{org('le')}\s+(?:is|are|was|were|became|remain|remains)\s+(?:the\s+|an?\s+)?{_ROLE_ADJ}licensee\s+(?:of|for|to)\s+"
    rf"(?:(?:the\s+)?{org('lr')}'s\s+|(?:the\s+)?{org('lr3')}\s+(?:for|of|with\s+respect\s+to)\s+)?(?P<mid>{ASSET_GAP}\[\[[PT]:\d+\]\])"
    rf"(?:\s+(?:in\s+[^.;,\[\]]{{1,30}}?\s+)?from\s+(?:the\s+)?{org('lr2')})?"  # "... licensee of P from X"
)


# "P was originally discovered by X, from which we licensed exclusive worldwide rights in 2016": the rights
# the relative clause licenses are to the product the sentence began with.
_LICENSED_FROM_WHICH = re.compile(
    rf"{asset('a')}[^.;\[\]]{{0,80}}?\b(?:by|at|from)\s+(?:the\s+)?{org('lr')},\s+from\s+(?:whom|which)\s+{org('le')}\s+(?:has\s+|have\s+|had\s+)?"
    rf"(?:\w+ly\s+)?(?:in-)?licensed\s+(?:the\s+|an?\s+)?(?:[\w-]+,?\s+){{0,4}}?(?:rights|licen[sc]e)\b(?!\s+(?:to|for)\s+\[\[)"
)


def _roles(tagged, state, facts, registry) -> list[Claim]:
    t, out = tagged.template, []
    if "licens" not in t:
        return out
    for m in _LICENSED_FROM_WHICH.finditer(t):
        out += _claims_for(tagged, group_ref(tagged, m, "lr"), group_ref(tagged, m, "le"), _token_of(tagged, group_ref(tagged, m, "a")), m.group(0))
    for m in _LICENSEE_OF.finditer(t):
        for lr, le, mid in (("lr", "le", "mid"), ("lr_", "le_", "mid_"), ("lr2", "le2", "mid2"), ("lr3", "le3", "mid3"),
                            ("lr4", "le4", "mid4"), ("lr4", "le4", "mid5")):
            if m.group(mid) is not None:
                out += _claims_for(tagged, group_ref(tagged, m, lr), group_ref(tagged, m, le), m.group(mid), m.group(0))
    for m in _LICENSEE_NAMED.finditer(t):
        named = _asset_refs(tagged, m.group("mid") or "")
        found = named[0] if named else _only_asset(tagged, facts, not_of=group_ref(tagged, m, "le"))
        if found is not None and not HEDGES.search(t):
            out.append(Claim(group_ref(tagged, m, "lr"), group_ref(tagged, m, "le"), found, EventType.GRANT, tagged.evidence))
    for m in _THE_LICENSOR.finditer(t):
        found = _asset_refs(tagged, m.group("mid"))
        le = (_holder(found[0], facts) if found else None) or registry.registrant
        out += _claims_for(tagged, group_ref(tagged, m, "lr"), le, m.group("mid"), m.group(0))
    for m in _LICENSEE_APPOSITIVE.finditer(t):
        lr, le = (group_ref(tagged, m, "lr"), group_ref(tagged, m, "le")) if m.group("lr") else (group_ref(tagged, m, "lr_"), group_ref(tagged, m, "le_"))
        found = _only_asset(tagged, facts, not_of=le)
        if found is not None and not HEDGES.search(t) and lr != le:
            out.append(Claim(lr, le, found, EventType.GRANT, tagged.evidence))
    for m in _THE_LICENSEE.finditer(t):
        lr = group_ref(tagged, m, "lr") or group_ref(tagged, m, "lr2") or group_ref(tagged, m, "lr3") or _agreement_partner(tagged, t[: m.start()])
        if lr is None and group_ref(tagged, m, "le") != registry.registrant and (named := _asset_refs(tagged, m.group("mid"))):
            lr = _holder(named[0], facts) or registry.registrant  # "X is the exclusive licensee of P in China": ours
        out += _claims_for(tagged, lr, group_ref(tagged, m, "le"), m.group("mid"), m.group(0))
    return out


def _agreement_partner(tagged: Tagged, before: str) -> Ref | None:
    """'... agreement with X, under which we are ...': X."""
    m = re.search(rf"\bagreement\b{CLAUSE}{{0,60}}?\bwith\s+(?:the\s+)?{org('x')}{CLAUSE}{{0,80}}?\b(?:under|pursuant\s+to)\s+which\s+$", before)
    return group_ref(tagged, m, "x") if m else None


# Rights held, received or to be received, with the license they come under: "X has exclusive rights to
# our product candidate P in Japan", "X will acquire exclusive worldwide rights to P under a license
# agreement signed today", "Commercial rights to P are held by X under a license from us", "X holds the
# rights to P pursuant to a license we granted".
_RIGHTS = r"(?:the\s+|all\s+)?(?:(?:exclusive|non-exclusive|sole|worldwide|global|commercial|full|development|commercialization|and|[\w-]+,)\s+){0,4}rights?"
# ("X will receive exclusive commercialization rights in Europe to our product candidate P")
_HOLDS_OWNED = re.compile(
    rf"{org('le')}(?:\s*\([^()]{{0,60}}\))?\s+(?:has|have|holds?|had|retains?|(?:will\s+)?(?:receive|obtain|acquire)|received|obtained|acquired)\s+{_RIGHTS}"
    rf"(?:\s+(?:in|for)\s+(?:the\s+)?[A-Z][\w ]{{1,30}}?)?\s+(?:to|for|in)\s+(?:the\s+)?{org('lr')}'s\s+"
    rf"(?P<mid>(?:[\w-]+\s+){{0,4}}?\[\[[PT]:\d+\]\])"
)
# "X's partner, Y, holds exclusive rights to P in China", "Y, X's partner, has the commercial rights to P", "Our partner Y
# holds exclusive rights to P in Korea": a partner
# holding rights to the asset holds them from X.
_PARTNER_HOLDS = re.compile(
    rf"(?:{org('lr')}'s\s+{_ROLE_ADJ}partner,?\s+{org('le')}|{org('le_')},\s+(?:the\s+)?{org('lr_')}'s\s+{_ROLE_ADJ}partner)"
    rf"(?:\s*\([^()]{{0,60}}\))?,?\s+(?:has|holds|retains|owns)\s+{_RIGHTS}\s+(?:to|for|in)\s+(?P<mid>{ASSET_GAP}\[\[[PT]:\d+\]\])"
)
_RIGHTS_UNDER_LICENSE = re.compile(
    rf"{org('le')}(?:\s*\([^()]{{0,60}}\))?\s+(?:will\s+)?(?:acquire[sd]?|receive[sd]?|obtain(?:s|ed)?|holds?|has|have|had)\s+{_RIGHTS}\s+(?:to|for|in)\s+"
    rf"(?P<mid>{ASSET_GAP}\[\[[PT]:\d+\]\]){CLAUSE}{{0,80}}?\b(?:under|pursuant\s+to)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?licen[sc]e"
    rf"(?:\s+agreement)?(?P<how>\s+(?:from|with)\s+{org('lr')}|\s+{org('lr_')}\s+granted)?"
)
# "X has the exclusive right to commercialize P in Japan under our agreement with X", "... under its license
# agreement with us": the party whose agreement it is (or the one it is with) granted the rights. A supply or
# distribution agreement is no license.
_RIGHTS_UNDER_AGREEMENT = re.compile(
    rf"{org('le')}(?:\s*\([^()]{{0,60}}\))?\s+(?:has|have|holds?|had|received|obtained|acquired)\s+{_RIGHTS}\s+(?:to|for|in)\s+"
    rf"(?P<mid>{ASSET_GAP}\[\[[PT]:\d+\]\]){CLAUSE}{{0,80}}?\b(?:under|pursuant\s+to)\s+{org('lr')}'s\s+"
    rf"(?!(?:[\w-]+\s+){{0,3}}?(?:supply|distribution|manufacturing|services)\b)(?:[\w-]+\s+){{0,3}}?agreement\s+with\s+\[\[O:(?P=le)\]\]"
    rf"|{org('le_')}(?:\s*\([^()]{{0,60}}\))?\s+(?:has|have|holds?|had|received|obtained|acquired)\s+{_RIGHTS}\s+(?:to|for|in)\s+"
    rf"(?P<mid_>{ASSET_GAP}\[\[[PT]:\d+\]\]){CLAUSE}{{0,80}}?\b(?:under|pursuant\s+to)\s+(?:its|their)\s+"
    rf"(?!(?:[\w-]+\s+){{0,3}}?(?:supply|distribution|manufacturing|services)\b)(?:[\w-]+\s+){{0,3}}?agreement\s+with\s+{org('lr_')}"
)
# ("Under such license, we have the exclusive right to develop and commercialize P", "Under a sublicense from X, we have ...")
_UNDER_THE_LICENSE = re.compile(
    rf"^\s*Under\s+(?:the|such|this|that|an?)\s+(?:[\w-]+\s+){{0,2}}?(?:sub)?licen[sc]e(?:\s+agreement)?(?:\s+(?:from|with)\s+(?:the\s+)?{org('lr')})?,\s+{org('le')}(?:\s*\([^()]{{0,60}}\))?\s+(?:received|obtained|acquired|"
    rf"(?:was|were)\s+granted|will\s+(?:receive|obtain|acquire)|has|have|holds?)\s+{_RIGHTS}\s+(?:to|for|in)\s+(?P<mid>{ASSET_GAP}\[\[[PT]:\d+\]\])"
)
_RIGHTS_HELD_BY = re.compile(
    rf"\brights?\s+to\s+(?P<mid>{ASSET_GAP}\[\[[PT]:\d+\]\]){CLAUSE}{{0,60}}?\b(?:are|is|were|was)\s+held\s+by\s+{org('le')}"
    rf"(?:\s*\([^()]{{0,60}}\))?\s+(?:under|pursuant\s+to|through)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?licen[sc]e(?:\s+agreement)?\s+(?:from|with)\s+{org('lr')}"
)


# "We sublicensed P to Y under our license from X": the sublicensor holds P under X's license.
_SUBLICENSED_UNDER = re.compile(
    rf"{org('le')}\s+(?:has\s+|have\s+|had\s+)?sublicensed\s+(?P<mid>{ASSET_GAP}\[\[[PT]:\d+\]\]){ASSET_GAP}\bto\s+(?:the\s+)?\[\[O:\d+\]\]"
    rf"[^.;\[\]]{{0,40}}?\bunder\s+(?:its|our|their|\[\[O:(?P=le)\]\]'s)\s+(?:[\w-]+\s+){{0,2}}?licen[sc]e(?:\s+agreement)?\s+(?:from|with)\s+(?:the\s+)?{org('lr')}"
)


@needs(r"right|sublicensed")
def _held_rights(tagged, state, facts, registry) -> list[Claim]:
    t, out = tagged.template, []
    for m in _SUBLICENSED_UNDER.finditer(t):
        out += _grant_in(tagged, m)
    if "right" not in t or HEDGES.search(t.split("[[", 1)[0]):
        return out
    for m in _HOLDS_OWNED.finditer(t):
        out += _grant_in(tagged, m)
    for m in _RIGHTS_HELD_BY.finditer(t):
        out += _grant_in(tagged, m)
    for m in _RIGHTS_UNDER_AGREEMENT.finditer(t):
        lr, le, mid = ("lr", "le", "mid") if m.group("le") else ("lr_", "le_", "mid_")
        out += _claims_for(tagged, group_ref(tagged, m, lr), group_ref(tagged, m, le), m.group(mid), m.group(0))
    for m in _PARTNER_HOLDS.finditer(t):
        lr, le = ("lr", "le") if m.group("lr") is not None else ("lr_", "le_")
        out += _claims_for(tagged, group_ref(tagged, m, lr), group_ref(tagged, m, le), m.group("mid"), m.group(0))
    home = registry.registrant or state.announcer
    for m in [*_RIGHTS_UNDER_LICENSE.finditer(t), *_UNDER_THE_LICENSE.finditer(t)]:
        le = group_ref(tagged, m, "le")
        lr = next((group_ref(tagged, m, g) for g in ("lr", "lr_") if m.groupdict().get(g)), None)
        if lr is None and not m.groupdict().get("how"):
            lr = home if le != home else (state.last_partner if state.since_partner <= 2 else None)
        out += _claims_for(tagged, lr, le, m.group("mid"), m.group(0))
    return out


# "Our rights to P derive from a license agreement with X", "We derive our rights to P through an
# exclusive license from X", "We market P in the United States under a license from X".
_LICENSE_FROM = r"(?:an?\s+|the\s+)?(?:[\w-]+,?\s+){0,3}?licen[sc]e(?:\s+agreement)?\s+(?:with|from)\s+(?:the\s+)?"
_RIGHTS_DERIVED = re.compile(
    rf"{org('le')}'s\s+rights\s+(?:to|in)\s+(?P<mid>{_OWNED_GAP}\[\[[PT]:\d+\]\]){CLAUSE}{{0,40}}?\b(?:derive|derives|are\s+derived|come|stem)\s+"
    rf"(?:from|through|under)\s+{_LICENSE_FROM}{org('lr')}"
    rf"|{org('le_')}\s+(?:derive|derives|obtained|hold|holds)\s+\[\[O:(?P=le_)\]\]'s\s+rights\s+(?:to|in)\s+(?P<mid_>{_OWNED_GAP}\[\[[PT]:\d+\]\]){CLAUSE}{{0,40}}?"
    rf"\b(?:through|from|under|pursuant\s+to)\s+{_LICENSE_FROM}{org('lr_')}"
)
_EXPLOITS = r"(?:market|sell|commerciali[sz]e|distribute|manufacture|develop)"
_EXPLOITED = r"(?:marketed|sold|commerciali[sz]ed|distributed|manufactured|developed)"
_EXPLOITING = r"(?:marketing|selling|commerciali[sz]ing|distributing|manufacturing|developing)"
# "X markets P under a license from Y", "X is developing P under a license from Y", and in the passive "P is being
# developed by X under license from Y"
_SOLD_UNDER_LICENSE = re.compile(
    rf"{org('le')}\s+(?:\w+\s+)?(?:{_EXPLOITS}s?|{_EXPLOITED}|(?:is|are)\s+{_EXPLOITING})\s+"
    rf"(?P<mid>{ASSET_GAP}\[\[[PT]:\d+\]\]){CLAUSE}{{0,60}}?\bunder\s+{_LICENSE_FROM}{org('lr')}"
    rf"|(?P<mid_>\[\[[PT]:\d+\]\])[®™]?\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:being\s+)?{_EXPLOITED}\s+"
    rf"(?:[^.;\[\]]{{0,40}}?\s+)?by\s+(?:the\s+)?{org('le_')}{CLAUSE}{{0,60}}?\bunder\s+{_LICENSE_FROM}{org('lr_')}"
)


@needs(r"licen[sc]e(?:\s+agreement)?\s+(?:with|from)\s")
def _rights_from_licenses(tagged, state, facts, registry) -> list[Claim]:
    t, out = tagged.template, []
    for m in _RIGHTS_DERIVED.finditer(t):
        lr, le, mid = ("lr", "le", "mid") if m.group("mid") is not None else ("lr_", "le_", "mid_")
        out += _claims_for(tagged, group_ref(tagged, m, lr), group_ref(tagged, m, le), m.group(mid), m.group(0))
    for m in _SOLD_UNDER_LICENSE.finditer(t):
        lr, le, mid = ("lr", "le", "mid") if m.group("mid") is not None else ("lr_", "le_", "mid_")
        if not HEDGES.search(t[: m.start(mid)]):
            out += _claims_for(tagged, group_ref(tagged, m, lr), group_ref(tagged, m, le), m.group(mid), m.group(0))
    return out
