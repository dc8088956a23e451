"""License rules for agreements with a partner, as reports and releases tell them.

"... a license agreement with X, pursuant to which we obtained an exclusive license to P" (X the
licensor), "Under the X License Agreement, we obtained ...", "an agreement with Janssen to license out
P", "The agreement grants Orbis exclusive rights to P", "O has license agreements with A, B and C",
"We entered into an exclusive license agreement with X for the development of P" (a direction guessed,
``weak``, unless who is paid or responsible under it tells it), "We are obligated to pay X ...
royalties on net sales of P under the X license agreement".
"""

from __future__ import annotations

import re

from ...model import EventType, Fact, Kind, Ref
from ..context import Tagged
from ..rules import ASSET_GAP, GAP, HEDGES, asset, group_ref, org, refs_in, token_list
from .core import (
    _AGREEMENT_PARTY,
    _INSTITUTION,
    _REFERS_BACK,
    _SUPPOSED,
    CLAUSE,
    Claim,
    _asset_from,
    _asset_refs,
    _claims_for,
    _grant_in,
    _holder,
    _only_asset,
    _owner_in,
    _stated_grants,
    needs,
)

# What was obtained is a license or rights: "pursuant to which we received an upfront payment" is the other way.
_RIGHTS_FIRST = r"(?=(?:an?\s+|the\s+)?(?:[\w-]+,?\s+){0,4}?(?:licen[sc]e|rights?)\b)"


@needs(r"pursuant\s+to\s+which|under\s+which|whereby|developed\s+under")
def _obtained_under_agreements(tagged, state, facts, registry) -> list[Claim]:
    """'... a license agreement with X, pursuant to which we obtained an exclusive license to ... P' and
    'P is being developed under a license from X': X is the licensor."""
    obtained = (
        rf"\bagreement\b{CLAUSE}{{0,40}}?\bwith\s+(?:the\s+)?{org('lr')}{CLAUSE}{{0,60}}?\b(?:pursuant\s+to\s+which|under\s+which|whereby)\s+"
        rf"{org('le')}\s+(?:obtained|received|acquired|was\s+granted|were\s+granted)\s+{_RIGHTS_FIRST}(?P<mid>{CLAUSE}{{0,200}})"
    )
    # "... license agreement with X, under which we in-licensed P": the verb says the license itself
    in_licensed = (
        rf"\bagreement\b{CLAUSE}{{0,40}}?\bwith\s+(?:the\s+)?{org('lr')}{CLAUSE}{{0,60}}?\b(?:pursuant\s+to\s+which|under\s+which|whereby)\s+"
        rf"{org('le')}\s+(?:in-licensed|licensed|in-licenses|licenses)\s+(?![^.;]{{0,120}}?\bto\s+(?:the\s+)?\[\[O:)(?P<mid>{CLAUSE}{{0,200}})"
    )
    # ... "P is being developed under an exclusive license from X": the filer's, else its developer's
    # ... "P has been developed in Japan by Y utilizing technology under a license from X": Y the licensee
    developed = (
        rf"(?:{org('le')}'s\s+(?:[\w-]+\s+){{0,3}}?)?{asset('a')}[®™]?\s+(?:is|was|are|were|has\s+been|have\s+been)\s+(?:being\s+)?developed\s+"
        rf"(?:(?:in|for)\s+[^.;,\[\]]{{1,30}}?\s+)?(?:by\s+(?:the\s+)?{org('le_')}\s+(?:(?:utilizing|using|with|based\s+on)\s+(?:[\w-]+\s+){{0,3}}?)?)?"
        rf"under\s+(?:an?\s+)?(?:[\w-]+\s+){{0,2}}?licen[sc]e(?:\s+agreement)?\s+(?:from|with)\s+(?:the\s+)?{org('lr')}(?P<mid>)"
    )
    out = _stated_grants(tagged, state, obtained) + _stated_grants(tagged, state, in_licensed)
    for m in re.finditer(developed, tagged.template):
        lr = group_ref(tagged, m, "lr")
        le = group_ref(tagged, m, "le") or group_ref(tagged, m, "le_") or _holder(group_ref(tagged, m, "a"), facts) or registry.registrant
        if le is not None and lr != le:
            out.append(Claim(lr, le, group_ref(tagged, m, "a"), EventType.GRANT, tagged.evidence))
    return out


@needs(r"licen|right")
def _licenses_held_under_agreements_with(tagged, state, facts, registry) -> list[Claim]:
    """'We have a worldwide, exclusive license to P pursuant to a license agreement (dated ...) with X': X is the licensor."""
    pattern = (
        rf"{org('le')}\s+(?:also\s+)?(?:have|has|had|holds?|obtained|received|acquired)\s+(?:an?\s+|the\s+)?(?:[\w-]+,?\s+){{0,4}}?(?:licen[sc]e|rights?)"
        rf"(?:,\s+(?:excluding|except|other\s+than|outside)\b[^,.;\[\]]{{1,60}},)?\s+(?:to|for|under|in)\b(?P<mid>{ASSET_GAP})\b(?:pursuant\s+to|under|through)\s+(?!(?:[\w-]+,?\s+){{0,4}}?(?:supply|distribution|manufacturing|services)\b)(?:an?\s+|the\s+|its\s+|our\s+|\[\[O:\d+\]\]'s\s+)?(?:[\w-]+,?\s+){{0,3}}?"
        rf"(?:(?:licen[sc]e\s+)?agreement(?:\s+dated\s+(?:as\s+of\s+)?[\w ,]{{4,25}}?)?\s+with|licen[sc]e\s+granted\s+(?:in\s+[\w ,]{{3,25}}?\s+)?by)\s+(?:the\s+)?{org('lr')}"
    )
    return _stated_grants(tagged, state, pattern)


@needs(r"to\s+(?:acquire|obtain|in-license)\s")
def _agreements_to_acquire_rights(tagged, state, facts, registry) -> list[Claim]:
    """'We entered into an agreement with X to acquire the rights to ... P': X is the licensor."""
    pattern = (
        rf"{org('le')}(?:\s*\([^()]{{0,60}}\))?{GAP}\b(?:entered\s+into|signed|executed|announced)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,3}}?agreements?\s+with\s+{org('lr')}"
        rf"{CLAUSE}{{0,60}}?\bto\s+(?:acquire|obtain|in-license)\s+(?:the\s+|an?\s+)?(?:[\w-]+,?\s+){{0,4}}?(?:rights?|licen[sc]e)\b(?P<mid>[^.;]{{0,200}})"
    )
    return _stated_grants(tagged, state, pattern)


@needs(r"licen[sc]e\s+(?:which|that)\s")
def _licenses_providing_rights(tagged, state, facts, registry) -> list[Claim]:
    """'two agreements with X: first, a license which provides us with exclusive global rights to co-develop P':
    X is the licensor."""
    pattern = (
        rf"\bagreements?\s+with\s+{org('lr')}{CLAUSE}{{0,80}}?\blicen[sc]e\s+(?:which|that)\s+(?:provides|provided|gives|gave|grants|granted)\s+"
        rf"{org('le')}\s+(?:with\s+)?(?:an?\s+|the\s+)?(?:[\w-]+,?\s+){{0,3}}?rights?\b(?P<mid>{CLAUSE}{{0,160}})"
    )
    return _stated_grants(tagged, state, pattern)


# "a collaboration and license agreement with X that gives exclusive access to Y's T": Y licensed its T to X.
_GIVES_ACCESS = re.compile(
    rf"\b[Aa]greements?\s+with\s+(?:the\s+)?{org('le')}(?:\s*\([^()]{{0,60}}\))?,?\s+(?:that|which)\s+(?:gives|gave|grants|granted|provides|provided)\s+"
    rf"(?:(?:it|them|\[\[O:(?P=le)\]\])\s+)?(?:with\s+)?(?:(?:exclusive|non-exclusive|worldwide|global),?\s+){{0,3}}(?:access|rights?)\s+to\s+"
    rf"(?:the\s+)?{org('lr')}'s?\s+(?:[\w-]+\s+){{0,3}}?{asset('a')}"
)


@needs(r"giv|gave|grant|provid")
def _agreements_giving_access(tagged, state, facts, registry) -> list[Claim]:
    out = []
    for m in _GIVES_ACCESS.finditer(tagged.template):
        lr, le = group_ref(tagged, m, "lr"), group_ref(tagged, m, "le")
        if lr != le:
            out.append(Claim(lr, le, group_ref(tagged, m, "a"), EventType.GRANT, tagged.evidence))
    return out


_PRONOUN_SUBJECT = re.compile(r"\b(?:which|whereby)\s+(it|we)\b")
_ENTERED_INTO = re.compile(r"\[\[O:(\d+)\]\](?:\s*\([^()]{0,60}\))?,?\s+(?:has\s+|had\s+)?(?:entered\s+into|signed|executed)\b")


# "X will have exclusive rights to develop and commercialize P": to have is a license only with exclusive rights
# to exploit the asset ("X has the right to terminate" is none).
_HAS_EXCLUSIVE = (r"(?:will\s+have|has|have)(?=\s+(?:the\s+)?(?:(?:exclusive|sole|worldwide|global|co-exclusive),?\s+(?:and\s+)?){1,3}"
                  r"rights?\s+to\s+(?:develop|commerciali|market|sell|manufactur))")


@needs(r"licen|right")
def _licenses_under_agreements(tagged, state, facts, registry) -> list[Claim]:
    """'Under the X License Agreement, we obtained an exclusive license to P': X is the licensor."""
    t, out = tagged.template, []
    pattern = (
        rf"{org('le')}{GAP}\b(?:obtained|received|acquired|(?:was|were)\s+granted|hold|holds|held|obtains|receives|gains|gained|"
        rf"will\s+(?:obtain|receive|acquire|hold|gain|be\s+granted)|{_HAS_EXCLUSIVE})\s+"
        # "an exclusive, worldwide (except as noted below), royalty-bearing license", "an exclusive sublicense"
        rf"(?P<mid>(?:an?\s+|the\s+)?(?:(?:[\w-]+|\([^()\[\]]{{1,60}}\)),?\s+){{0,6}}?(?:(?:sub)?licen[sc]e|rights?)\b{CLAUSE}{{0,260}})"
    )
    for m in re.finditer(pattern, t):
        # (an aside's "(including such patents licensed from Z)" tells where the grantor's rights came from)
        if re.search(r"\bfrom\s+\[\[O:", re.sub(r"\([^()]*\)", "", m.group("mid"))):
            continue  # stated outright: _in_licenses reads it
        party = None
        for pm in _AGREEMENT_PARTY.finditer(t, 0, m.start() + 1):
            party = group_ref(tagged, pm, "named") or group_ref(tagged, pm, "with")
        if re.search(r"\btitle\s+and\s+interest\b", m.group("mid")):
            continue  # "all rights, title and interest": a sale, not a license
        if party is None and _REFERS_BACK.search(t[: m.start()]) and state.since_partner <= 2:
            party = state.last_partner
        le = group_ref(tagged, m, "le")
        if pronoun := _PRONOUN_SUBJECT.search(t, m.end("le") + 2, m.start("mid")):
            # "entered into an agreement with X, under which it acquired a license": "it" is the subject
            # that entered into it, not X ("we": the filer)
            first = next(iter(refs_in(tagged, t[: m.start()], Kind.ORG)), None)
            # ... the one said to enter into it, past a heading that names the partner first ("License agreement
            # with X In June 2019, Y entered into a license agreement with X, pursuant to which it obtained")
            entered = [e.group(1) for e in _ENTERED_INTO.finditer(t, 0, m.start())]
            first = tagged.ref(entered[-1]) if entered else first
            le = registry.registrant if pronoun.group(1) == "we" or first is None else first
        licensees = _listed_before(tagged, t[: m.start()]) + [le]
        if party in licensees:
            # "Under the Incyte Collaboration Agreement, Incyte received ... rights": the filer granted them
            # (in a press release with no cover page, the one who entered into the agreement).
            others = [r for r in refs_in(tagged, t[: m.start()], Kind.ORG) if r not in licensees]
            party = registry.registrant or (others[0] if others else state.announcer)
        if party is None or party in licensees:
            continue
        found = _asset_from(tagged, m.group("mid"), state=state, allow_coref=False)
        if found is not None:
            out.extend(Claim(party, each, found, EventType.GRANT, tagged.evidence) for each in licensees)
    return out


_LISTED_BEFORE = re.compile(r"(?:\[\[O:\d+\]\](?:\s*,\s*(?:and\s+)?|\s+and\s+))+$")


def _listed_before(tagged: Tagged, before: str) -> list[Ref]:
    """The subjects listed before a verb's last one: 'X and Y obtained the exclusive rights' are both licensees."""
    m = _LISTED_BEFORE.search(before)
    return refs_in(tagged, m.group(0), Kind.ORG) if m else []


_TO_LICENSE_OUT = re.compile(
    rf"\b(?:agreement|deal|contract)\s+with\s+{org('le')}(?:\s*\([^()]{{0,60}}\))?\s+to\s+(?:exclusively\s+)?(?:license\s+out|out-\s?license)\s+"
    rf"(?P<mid>(?:[^.;\[\]]|\[\[[PT]:\d+\]\]){{0,80}})"
)


# ... and 'Zorbix entered into a license agreement with X to in-license P': the other way round.
_TO_LICENSE_IN = re.compile(
    rf"\b(?:agreement|deal|contract)\s+with\s+(?:the\s+)?{org('lr')}(?:\s*\([^()]{{0,60}}\))?,?\s+to\s+(?:exclusively\s+)?(?:in-\s?license|license\s+in)\s+"
    rf"(?P<mid>(?:[^.;\[\]]|\[\[[PT]:\d+\]\]){{0,80}})"
)


# "entered into an agreement to out-license P to X", "... an agreement to in-license P from X": the partner after the asset.
_TO_LICENSE_P_TO = re.compile(
    rf"\b(?:agreement|deal|contract)\s+to\s+(?:exclusively\s+)?(?:out-license|license\s+out|license|sublicense)\s+"
    rf"(?P<mid>(?:[^.;\[\]]|\[\[[PT]:\d+\]\]){{0,80}}?)\s+to\s+(?:the\s+)?{org('le')}"
)
_TO_LICENSE_P_FROM = re.compile(
    rf"\b(?:agreement|deal|contract)\s+to\s+(?:exclusively\s+)?(?:in-license|license\s+in|license)\s+"
    rf"(?P<mid>(?:[^.;\[\]]|\[\[[PT]:\d+\]\]){{0,80}}?)\s+from\s+(?:the\s+)?{org('lr')}"
)


@needs(r"(?:agreement|deal|contract)\s+(?:with|to)\s")
def _deals_to_license_out(tagged, state, facts, registry) -> list[Claim]:
    """'Yuhan said that it has signed a deal with Janssen to license out P': the one who signed it
    (the sentence's other company, else the filer) is the licensor; one signed 'to in-license P' makes
    its signer the licensee."""
    out = []
    t = tagged.template
    for pattern, signer_role in ((_TO_LICENSE_OUT, "lr"), (_TO_LICENSE_P_TO, "lr"), (_TO_LICENSE_IN, "le"), (_TO_LICENSE_P_FROM, "le")):
        for m in pattern.finditer(t):
            if _SUPPOSED.search(t[: m.start()]):
                continue  # "would enter into an agreement to license P to X"
            named = group_ref(tagged, m, "le" if signer_role == "lr" else "lr")
            signer = next((r for r in refs_in(tagged, t[: m.start()], Kind.ORG) if r != named), None) or registry.registrant
            lr, le = (signer, named) if signer_role == "lr" else (named, signer)
            found = _asset_from(tagged, m.group("mid"), state=state, allow_coref=False)
            if signer not in (None, named) and found is not None:
                out.append(Claim(lr, le, found, EventType.GRANT, tagged.evidence))
    return out


# "a license agreement with X, under which X will develop and commercialize P in Japan", "... that allows X to
# commercialize P": the partner who is to exploit the asset is the licensee, not the licensor a bare "license
# agreement with X for P" is guessed to name.
_PARTNER_TO_EXPLOIT = re.compile(
    rf"\b[Ll]icen[sc](?:e|ing)\s+(?:and\s+\w+\s+)?[Aa]greement\s+with\s+(?:the\s+)?{org('le')}(?:\s*\([^()]{{0,60}}\))?,?\s+"
    rf"(?:(?:under|pursuant\s+to)\s+which|whereby|(?:that|which)\s+(?:allows|allowed|permits|permitted|enables|enabled)|allowing|permitting)\s+"
    rf"(?:for\s+)?\[\[O:(?P=le)\]\]\s+(?:will\s+|shall\s+|to\s+|is\s+to\s+)?(?:exclusively\s+)?(?:develop|commerciali[sz]e|market|sell|manufacture)\b"
    rf"(?P<mid>{CLAUSE}{{0,160}})"
)


@needs(r"licen[sc](?:e|ing)\s+(?:and\s+\w+\s+)?agreement\s+with\s")
def _partners_to_exploit(tagged, state, facts, registry) -> list[Claim]:
    t, out = tagged.template, []
    for m in _PARTNER_TO_EXPLOIT.finditer(t):
        le = group_ref(tagged, m, "le")
        signer = next((r for r in refs_in(tagged, t[: m.start()], Kind.ORG) if r != le), None) or registry.registrant
        found = _asset_from(tagged, m.group("mid"), state=state, allow_coref=False)
        if signer not in (None, le) and found is not None and not _SUPPOSED.search(t[: m.start()]):
            out.append(Claim(signer, le, found, EventType.GRANT, tagged.evidence))
    return out


@needs(r"grant|provid|giv|gave")
def _agreement_grants(tagged, state, facts, registry) -> list[Claim]:
    """'The agreement grants Orbis exclusive rights to P': the grantor is the agreement's other party,
    the filer or, in a press release, its announcer (or the one other company named before)."""
    t, out = tagged.template, []
    # ... or "the June 2021 license agreement, which granted Orbis exclusive right to develop and commercialize P",
    # "The license grants us exclusive worldwide rights to P"
    # ("The Brisk License provides us with an exclusive license to P": the company naming it grants)
    pattern = (rf"\b(?:[Tt]he|[Tt]his)\s+(?:[\w-]+\s+|\[\[O:(?P<named>\d+)\]\]\s+){{0,3}}?(?:agreement|licen[sc]e|Agreement|License)(?:,?\s+(?:which|that))?\s+(?:grants|granted|provides|provided|gives|gave)\s+"
               rf"{org('le')}\s+(?:with\s+)?{_RIGHTS_FIRST}(?P<mid>{CLAUSE}{{0,200}})")
    for m in re.finditer(pattern, t):
        le = group_ref(tagged, m, "le")
        before = set(refs_in(tagged, t[: m.start()], Kind.ORG)) - {le}
        named = before.pop() if len(before) == 1 else None
        lr = next((r for r in (group_ref(tagged, m, "named") if m.group("named") else None, registry.registrant, state.announcer, named,
                              state.last_partner) if r not in (None, le)), None)
        found = _asset_from(tagged, m.group("mid"), state=state, allow_coref=False)
        if lr is not None and found is not None:
            out.append(Claim(lr, le, found, EventType.GRANT, tagged.evidence))
    return out


@needs(r"licen[sc]e\s+agreement\s")
def _agreements_covering_owned_assets(tagged, state, facts, registry) -> list[Claim]:
    """'terminate the February 2011 license agreement covering X's proprietary compound P': X licensed P to the
    one other company of the sentence."""
    out = []
    pattern = rf"\blicen[sc]e\s+agreement\s+(?:covering|for|relating\s+to|regarding)\s+{org('lr')}(?:'s|')\s+(?:[\w-]+\s+){{0,4}}?{asset('a')}"
    for m in re.finditer(pattern, tagged.template):
        lr = group_ref(tagged, m, "lr")
        others = {r for r in refs_in(tagged, tagged.template, Kind.ORG) if r != lr}
        if len(others) == 1:
            out.append(Claim(lr, others.pop(), group_ref(tagged, m, "a"), EventType.GRANT, tagged.evidence))
    return out


@needs(r"entered\s+into|signed|executed|party\s+to|parties\s+to")
def _institutions_licenses(tagged, state, facts, registry) -> list[Claim]:
    """'We entered into license and sponsored research agreements with the University of X for P', 'a
    Technology License Agreement with the Y Foundation with respect to the licensing of rights to P': where
    the text gives no direction, the institution is the licensor."""
    out = []
    for m in re.finditer(_WITH_INSTITUTION, tagged.template):
        lr, le = group_ref(tagged, m, "lr"), group_ref(tagged, m, "le")
        if lr == le or not _INSTITUTION.search(registry.mentions[lr].name) or _INSTITUTION.search(registry.mentions[le].name):
            continue
        for a in _asset_refs(tagged, m.group("mid")):
            out.append(Claim(lr, le, a, EventType.GRANT, tagged.evidence))
    # "X and the University of Y entered into a license agreement for P" (either first): the one institution licenses
    for m in re.finditer(_PAIR_LICENSE_AGREEMENT, tagged.template):
        a, b = group_ref(tagged, m, "a"), group_ref(tagged, m, "b")
        institutions = [p for p in (a, b) if _INSTITUTION.search(registry.mentions[p].name)]
        if a == b or len(institutions) != 1:
            continue
        lr = institutions[0]
        out.extend(Claim(lr, b if lr == a else a, x, EventType.GRANT, tagged.evidence) for x in _asset_refs(tagged, m.group("mid")))
    return out


_LICENSE_AGREEMENT_ENTERED = (r"(?:an?\s+|the\s+|that\s+certain\s+)?(?:[\w-]+,?\s+){0,5}?[Ll]icen[sc]e\s+(?:[\w-]+\s+){0,4}?[Aa]greements?"
                              r"(?:\s*\([^()]{0,60}\))?")
_WITH_INSTITUTION = (
    rf"{org('le')}(?:\s*\([^()]{{0,60}}\))?{GAP}\b(?:entered\s+into|signed|executed|(?:is|are)\s+(?:a\s+)?party\s+to)\s+"
    rf"{_LICENSE_AGREEMENT_ENTERED}\s+with\s+(?:the\s+)?{org('lr')}(?:\s*\([^()]{{0,60}}\))?(?P<mid>{CLAUSE}{{0,200}})"
)
_PAIR_LICENSE_AGREEMENT = (
    rf"{org('a')}(?:\s*\([^()]{{0,60}}\))?\s+and\s+(?:the\s+)?{org('b')}(?:\s*\([^()]{{0,60}}\))?,?{GAP}\b"
    rf"(?:entered\s+into|signed|executed|are\s+(?:the\s+)?parties\s+to)\s+{_LICENSE_AGREEMENT_ENTERED}(?P<mid>{CLAUSE}{{0,200}})"
)


@needs(r"agreements?\s+with\s")
def _agreement_lists(tagged, state, facts, registry) -> list[Claim]:
    """'O has license agreements with A, B and C': licenses of O's asset (named, or O's only platform)."""
    t, out = tagged.template, []
    pattern = (
        rf"{org('lr')}{GAP}\b(?:has|have|had|holds?|entered\s+into|signed|maintains?)\s+(?:[\w-]+\s+){{0,3}}?"
        rf"(?:licen[sc]e|licensing|multitarget|multi-target|option)\s+agreements?\s+with\s+{token_list('O', 'les')}(?P<tail>[^.;]{{0,120}})"
    )
    for m in re.finditer(pattern, t):
        lr = group_ref(tagged, m, "lr")
        # Only the licensor's own asset ("its TAP technology", or its one platform) fixes the direction.
        own = re.search(rf"\b(?:its|our|their)\s+(?:[\w-]+\s+){{0,3}}?{asset('a')}", m.group("tail"))
        if own is None and refs_in(tagged, t[m.end("les") :], Kind.PRODUCT):
            continue  # a product named later in the sentence is the asset: see _grants, _license_agreements_with
        found = group_ref(tagged, own, "a") if own else _sole_platform(lr, facts)
        for le in refs_in(tagged, m.group("les"), Kind.ORG):
            if found is None:
                out.append(Claim(lr, le, None, EventType.GRANT, tagged.evidence, ordered=False))
            else:
                out.append(Claim(lr, le, found, EventType.GRANT, tagged.evidence))
    return out


def _sole_platform(owner: Ref | None, facts: list[Fact]) -> Ref | None:
    owned = {f.subject for f in facts if f.prop == "owner" and f.value == owner}
    return next(iter(owned)) if len(owned) == 1 else None


@needs(r"'s\s+\[\[t:")
def _platform_partners(tagged, state, facts, registry) -> list[Claim]:
    """'... products that use O's T ...: A (P1), B (P2)' — each partner licensed T from O."""
    t, out = tagged.template, []
    m = re.search(rf"\b(?:use|uses|using|based\s+on|built\s+on|incorporat\w+|employ\w*)\s+{org('lr')}'s\s+\[\[T:(?P<t>\d+)\]\]", t)
    if not m:
        return out
    plat = tagged.ref(m.group("t"))
    for pm in re.finditer(rf"{org('le')}\s+\(\[\[P:\d+\]\]\)", t[m.end() :]):
        out.append(Claim(group_ref(tagged, m, "lr"), tagged.ref(pm.group("le")), plat, EventType.GRANT, tagged.evidence))
    return out


@needs(r"grant")
def _granting_agreements(tagged, state, facts, registry) -> list[Claim]:
    """'A and B entered into an agreement granting B an exclusive license to develop P'."""
    t, out = tagged.template, []
    pattern = (
        rf"{org('a')}(?:\s+\(\"[^\"]*\"\))?\s+and\s+{org('b')}(?:\s+\(\"[^\"]*\"\))?\s+(?:entered\s+into|signed|executed)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,3}}?"
        rf"agreements?\s+(?:granting|that\s+grant(?:s|ed)|under\s+which\s+\S+\s+granted)\s+{org('le')}(?P<tail>[^.;]{{0,200}})"
    )
    for m in re.finditer(pattern, t):
        a, b, le = (group_ref(tagged, m, k) for k in ("a", "b", "le"))
        if le not in (a, b):
            continue
        lr = b if le == a else a
        out.append(Claim(lr, le, _asset_from(tagged, m.group("tail"), state=state), EventType.GRANT, tagged.evidence))
    return out


# "A and B announced that the two companies have signed a license agreement on P originally discovered by B": the
# two sign, and the one that made P (the sentence says so, or the filing) licenses it to the other.
_PAIR_SIGNED_LICENSE = re.compile(
    rf"{org('a')}(?:\s+\(\"[^\"]*\"\))?\s+and\s+{org('b')}(?:\s+\(\"[^\"]*\"\))?{GAP}\b(?:signed|entered\s+into|concluded|executed)\s+(?:an?\s+|the\s+)?"
    rf"(?i:(?:exclusive\s+|worldwide\s+|global\s+)*(?:licen[sc](?:e|ing)|option\s+and\s+license)\s+agreement)\s+(?:on|for|covering|regarding|concerning)\s+"
    rf"(?P<mid>(?:[^.;\[\]]|\[\[[PTO]:\d+\]\]){{0,120}})"
)
_MADE_BY = re.compile(r"\b(?:discovered|developed|invented|synthesi[sz]ed|created|originated)\s+(?:and\s+\w+\s+)?by\s+\[\[O:(\d+)\]\]")


@needs(r"signed|entered|concluded|executed")
def _pairs_signing_licenses(tagged, state, facts, registry) -> list[Claim]:
    out = []
    for m in _PAIR_SIGNED_LICENSE.finditer(tagged.template):
        a, b = group_ref(tagged, m, "a"), group_ref(tagged, m, "b")
        found = _asset_from(tagged, m.group("mid"), state=state, allow_coref=False)
        if found is None or a == b:
            continue
        made = _MADE_BY.search(m.group("mid"))
        maker = tagged.ref(made.group(1)) if made else _holder(found, facts) or _owner_in(tagged, found)
        if maker in (a, b):
            out.append(Claim(maker, b if maker == a else a, found, EventType.GRANT, tagged.evidence))
    return out


@needs(r"develop|commerciali")
def _codevelopment_of_partners_products(tagged, state, facts, registry) -> list[Claim]:
    """'we entered into a collaboration with X to co-develop and co-commercialize X's P': rights to X's
    product, so X is the licensor."""
    pattern = (
        rf"{org('le')}{GAP}\b(?:collaboration|agreement|partnership|alliance)s?\b{CLAUSE}{{0,40}}?\bwith\s+{org('lr')}"
        rf"{CLAUSE}{{0,80}}?\bto\s+(?:co-)?(?:develop|commercialize|commercialise)\w*(?:\s+and\s+(?:co-)?\w+)?\s+"
        rf"\[\[O:(?P=lr)\]\]'s\s+(?P<mid>(?:[^.;\[\]]|\[\[[PT]:\d+\]\]){{0,80}})"
    )
    return _stated_grants(tagged, state, pattern)


@needs(r"develop|commerciali")
def _codevelopment_of_own_products(tagged, state, facts, registry) -> list[Claim]:
    """'X entered into a strategic agreement with Y to develop and commercialize P, X's investigational
    therapeutic' ('to develop, manufacture and market P, X's novel antibiotic'): rights to X's own product, so X is the
    licensor. Headlines too ('X Announces
    Partnership with Y to Co-Develop and Co-Commercialize P')."""
    out = []
    pattern = (
        rf"{org('lr')}{GAP}\b(?i:collaboration|agreement|partnership|alliance)s?\b{CLAUSE}{{0,40}}?\bwith\s+{org('le')}"
        # ("with Y ("Y") a subsidiary of Z, a Swedish company to develop": what the partner is may stand between)
        rf"(?:\s+\([^()]{{0,60}}\))?(?:,?\s+(?:an?|the)\s+(?:[^.;()\[\]]|\[\[O:\d+\]\]){{0,60}}?)?\s+to\s+(?i:(?:co-)?(?:develop|commerciali[sz]e))(?:,?\s+(?:and\s+)?(?i:(?:co-)?(?:develop|commerciali[sz]e|manufacture|market)))*\s+"
        rf"(?:(?P<before>{org('owner_')}'s\s+(?:[\w-]+\s+){{0,3}}?))?{asset('a')}(?P<after>,\s+{org('owner')}'s\b)?"
    )
    for m in re.finditer(pattern, tagged.template):
        lr, le, a = group_ref(tagged, m, "lr"), group_ref(tagged, m, "le"), group_ref(tagged, m, "a")
        owner = (group_ref(tagged, m, "owner") if m.group("after") else group_ref(tagged, m, "owner_") if m.group("before")
                 else _holder(a, facts))
        if lr != le and owner == lr:
            out.append(Claim(lr, le, a, EventType.GRANT, tagged.evidence))
    return out


@needs(r"partner")
def _partners_products(tagged, state, facts, registry) -> list[Claim]:
    """'Leqvio (inclisiran), which is being developed and commercialized by X's partner, Y': X licensed P to Y."""
    out = []
    pattern = (
        rf"{asset('a')}[^.;\[\]]{{0,60}}?\b(?:is|are)\s+(?:being\s+)?(?:developed|commercialized|marketed|sold)"
        rf"(?:\s+and\s+(?:developed|commercialized|marketed|sold))?\s+by\s+(?:{org('lr')}'s|(?P<our>our|its))\s+(?:[\w-]+\s+)?partners?,?\s+{org('le')}"
    )
    for m in re.finditer(pattern, tagged.template):
        lr = registry.registrant if m.group("our") else group_ref(tagged, m, "lr")
        le, a = group_ref(tagged, m, "le"), group_ref(tagged, m, "a")
        if lr is not None and lr != le:
            out.append(Claim(lr, le, a, EventType.GRANT, tagged.evidence))
    return out


# "X will receive an upfront payment ... and is eligible to receive milestones and royalties": who is
# paid for an agreement's rights is who granted them.
RECEIVES = re.compile(
    # ("X will receive from Y an upfront payment": the payer may be named first)
    rf"{org('x')}{GAP}\b(?:(?:is|are|will\s+be|was|were|becomes?)\s+(?:also\s+)?(?:eligible|entitled)\s+to\s+receive|will\s+receive|received|receives)"
    # (not "X will receive from Y exclusive rights ... and will make an upfront payment": the money is X's to pay)
    rf"\b(?:\s+from\s+\[\[O:\d+\]\])?(?:(?!\brights?\b|\blicen[sc]e\b|\bwill\s+(?:make|pay)\b)[^.;\[]){{0,200}}?\b(?:milestones?|royalt(?:y|ies)|upfront|up-front)\b"
)


# "We receive royalties from X on sales of P in Japan": X sells P under a license from us.
_ROYALTIES_FROM_SALES = re.compile(
    rf"{org('lr')}\s+(?:receives?|received|earns?|earned|(?:is|are)\s+entitled\s+to\s+receive)\s+(?:[\w-]+\s+){{0,2}}?royalt(?:y|ies)\s+from\s+(?:the\s+)?{org('le')}"
    rf"\s+(?:on|based\s+on)\s+(?:its\s+|their\s+)?(?:net\s+)?sales\s+of\s+(?P<mid>{ASSET_GAP}\[\[[PT]:\d+\]\])"
)
# What makes royalties a supposition ("we would be entitled to royalties if X commercializes P"); "potential
# milestones" and royalties "upon the commercialization" are the terms of a license.
_SUPPOSED_TERMS = re.compile(r"\b(?:if|would|might|could|should|(?-i:may)|unless|whether)\b")
# ... and a note's "we are entitled to milestones, as well as tiered royalties on annual net sales by X ranging from
# ... upon the successful commercialization of P": the royalties are on X's sales of P.
_ROYALTIES_ON_SALES_BY = re.compile(
    rf"{org('lr')}\s+(?:is|are)\s+(?:currently\s+|also\s+)?(?:eligible|entitled)\s+to\s+(?:[^.;\[\]]|\.(?=\d)){{0,200}}?\broyalt(?:y|ies)\s+"
    rf"(?:on|based\s+on)\s+(?:[\w-]+\s+){{0,2}}?sales\s+by\s+(?:the\s+)?{org('le')}[^.;\[\]]{{0,120}}?\b(?:of|commerciali[sz]ation\s+of)\s+"
    rf"(?P<mid>{ASSET_GAP}\[\[[PT]:\d+\]\])"
)


@needs(r"royalt|milestone|upfront|up-front")
def _payment_receivers(tagged, state, facts, registry) -> list[Claim]:
    """The party paid under the agreement just told licensed its asset to the other (a guess: any
    stated direction wins)."""
    said = [c for m in _ROYALTIES_FROM_SALES.finditer(tagged.template) if not HEDGES.search(m.group(0))
            for c in _grant_in(tagged, m)]
    if "sales by" in tagged.template:
        said += [c for m in _ROYALTIES_ON_SALES_BY.finditer(tagged.template) if not _SUPPOSED_TERMS.search(m.group(0))
                 for c in _grant_in(tagged, m)]
    return said + _paid_as_partner(tagged, state, facts, registry)


def _paid_as_partner(tagged, state, facts, registry) -> list[Claim]:
    home = registry.registrant or state.announcer
    partner = state.last_partner if state.since_partner <= 3 and state.partner_licensing else None
    if home is None or partner is None or home == partner:
        return []
    out = []
    for m in RECEIVES.finditer(tagged.template):
        x = group_ref(tagged, m, "x")
        if x not in (home, partner):
            continue
        lr, le = (partner, home) if x == partner else (home, partner)
        assets = [a for a, owner in state.partner_assets if owner != le] if state.partner_assets else [_only_asset(tagged, facts, not_of=le)]
        out += [Claim(lr, le, a, EventType.GRANT, tagged.evidence, weak=True) for a in assets if a is not None]
    return out


# What a license agreement lets its licensee do, what the licensee would lose without it, what it
# pays under it: "The X license agreement permits us to use P", "If the X license agreement is
# terminated, we would not be able to develop ... P", "We are obligated to pay X ... royalties on net
# sales of P ... under the X license agreement". The agreement's named party is the licensor.
_AGREEMENT_OF = rf"(?i:the|our|its)\s+{org('lr')}\s+(?:[\w-]+\s+){{0,2}}?licen[sc]e\s+agreements?"
_AGREEMENT_PERMITS = re.compile(
    rf"\b{_AGREEMENT_OF}(?:,\s+as\s+amended,)?\s+(?:permits|permitted|allows|allowed|grants|granted|gives|gave|provides|provided)\s+"
    rf"{org('le')}\s+(?:with\s+)?(?:the\s+)?(?:[\w-]+,?\s+){{0,3}}?(?:rights?\s+)?to\s+(?P<mid>[^.;\[\]]{{0,160}}?\[\[[PT]:\d+\]\])"
)
_AGREEMENT_NEEDED = re.compile(
    rf"\b(?i:if)\s+{_AGREEMENT_OF}\s+(?:is|were|was)\s+(?:\w+\s+)?terminated,\s+{org('le')}\s+(?:would|could|will|may|might)\s+"
    rf"(?:not\s+be\s+able\s+to|no\s+longer\s+be\s+able\s+to|lose\s+(?:the\s+)?(?:ability|right|rights)\s+to)\b(?P<mid>[^.;\[\]]{{0,160}}?\[\[[PT]:\d+\]\])"
)
_PAID_UNDER = re.compile(
    rf"{org('le')}\s+(?:are|is|will\s+be|was|were)\s+(?:also\s+)?(?:obligated|required)\s+to\s+pay\s+(?:to\s+)?{org('lr')}\s+"
    rf"(?P<mid>{CLAUSE}{{0,300}}?\b(?:royalt(?:y|ies)|milestones?)\b{CLAUSE}{{0,200}}?)\bunder\s+{_AGREEMENT_OF.replace('lr', 'named')}"
)


_PAID_AS_AGREED = re.compile(
    rf"\b(?i:under)\s+(?:the\s+|our\s+|its\s+|\[\[O:\d+\]\]'s\s+)(?:[\w-]+\s+){{0,2}}?licen[sc]e\s+agreement\s+with\s+{org('lr')}(?:\s*\([^()]{{0,60}}\))?,\s+"
    rf"{org('le')}\s+(?:are|is|will\s+be|was|were)\s+(?:also\s+)?(?:obligated|required)\s+to\s+pay\s+(?:to\s+)?\[\[O:(?P=lr)\]\]\s+"
    rf"(?P<mid>{CLAUSE}{{0,300}}?\b(?:royalt(?:y|ies)|milestones?)\b{CLAUSE}{{0,200}}?\[\[[PT]:\d+\]\])"
)


@needs(r"licen[sc]e\s+agreement")
def _agreement_terms(tagged, state, facts, registry) -> list[Claim]:
    out = _stated_grants(tagged, state, _AGREEMENT_PERMITS.pattern) + _stated_grants(tagged, state, _AGREEMENT_NEEDED.pattern)
    for m in _PAID_AS_AGREED.finditer(tagged.template):
        out += _grant_in(tagged, m)
    for m in _PAID_UNDER.finditer(tagged.template):
        lr, le = group_ref(tagged, m, "lr"), group_ref(tagged, m, "le")
        found = _asset_refs(tagged, m.group("mid"))
        if lr == group_ref(tagged, m, "named") and lr != le and found:
            out.append(Claim(lr, le, found[0], EventType.GRANT, tagged.evidence))
    return out


# A press release's noun for the deal: "announced an exclusive out-licensing agreement with X for P"
# (the announcer licenses P out), "... an in-licensing agreement with X for P" (in).
_LICENSING_DEAL = re.compile(
    rf"{org('a')}(?:\s*\([^()]{{0,60}}\))?{GAP}\b(?:announced|entered\s+into|signed|executed|completed)\s+(?:an?\s+|the\s+)?(?:(?:exclusive|non-exclusive|worldwide|global|strategic),?\s+)*"
    rf"(?P<way>out|in)-licen[sc]ing\s+(?:agreement|deal|transaction)\s+with\s+{org('b')}(?:\s*\([^()]*\))?\s+(?:for|covering|of|on)\s+"
    rf"(?P<mid>{ASSET_GAP}\[\[[PT]:\d+\]\])"
)


@needs(r"-licen[sc]ing")
def _licensing_deals(tagged, state, facts, registry) -> list[Claim]:
    out = []
    for m in _LICENSING_DEAL.finditer(tagged.template):
        a, b = group_ref(tagged, m, "a"), group_ref(tagged, m, "b")
        lr, le = (a, b) if m.group("way") == "out" else (b, a)
        out += _claims_for(tagged, lr, le, m.group("mid"), m.group(0))
    return out


# "a collaboration and license agreement", "an option, collaboration and license agreement".
_AGREEMENT_KIND = r"(?:(?:collaboration|option|research|development|co-development|commercialization|patent)(?:,\s+|\s+and\s+|\s+))*"
# What an agreement or a party is called from then on: ', or the "X Agreement",', ' ("Incyte")'.
_DEFINED_AS = r"(?:,\s+or\s+(?:the\s+)?[^,;.]{1,80},|\s+\((?:the\s+|each\s+a\s+)?\"[^\"]*\"\)|\s+\(\[\[O:\d+\]\]\))?"
# ... and what else it is called: " (a/k/a [[O:2]])".
_ALSO_CALLED = r"(?:\s+\((?:a/k/a|f/k/a|formerly)\s+[^()]{1,80}\))?"


# What the agreement does tells the direction the guess would get wrong: "... with X to grant X exclusive rights
# to P", "..., granting X a license to P" (the subject licenses out); "If our license agreement with X is
# terminated, we would lose our rights to P" (the subject holds P's rights from X, whoever P's developer is).
# ("... with X in 2017, granting exclusive development and commercialization rights for P": the grantee left unsaid is X)
_GRANTS_PARTNER = re.compile(r"^(?:\s*\([^()]*\))?(?:\s+(?:in|on)\s+[\w ,]{4,20}?)?,?\s+(?:to\s+grant|granting)\s+(?:to\s+)?"
                             r"(?:\[\[O:(\d+)\]\]|(?:an?\s+|the\s+)?(?:[\w-]+,?\s+(?:and\s+)?){0,4}?(?:rights?|licen[sc]e)\s+(?:to|for|in)\b)")
# "Under our license agreement with X, X is responsible for the development and commercialization of P": the
# party that develops P under it is the licensee.
_RESPONSIBLE = re.compile(r"\[\[O:(\d+)\]\]\s+(?:is|are|will\s+be)\s+(?:solely\s+)?responsible\s+for\s+(?:the\s+|all\s+)?(?:further\s+)?(?:development|commerciali[sz]ation|developing|commerciali[sz]ing)\b")
_LOSES_RIGHTS = re.compile(r"\blose\s+(?:\[\[O:\d+\]\]'s\s+|all\s+|the\s+|its\s+|our\s+)*(?:[\w-]+\s+){0,2}?(?:rights?|licen[sc]e)\b")


# ... or in the sentence after it: "Under the license agreement, X is responsible for all development and
# commercialization activities in Europe" (X the partner of the agreement just told, for its product).
# ("Under the X Agreement, X is responsible, at its own cost, for the development of P")
_UNDER_IT_RESPONSIBLE = re.compile(r"^\W*Under\s+(?:the\s+(?:terms|provisions)\s+of\s+)?(?:the|this|such|that)\s+(?:\[\[O:\d+\]\]\s+)?(?:(?i:licen[sc]e)\s+)?(?i:agreement|licen[sc]e),\s+"
                                   r"\[\[O:(\d+)\]\]\s+(?:is|are|will\s+be)\s+(?:solely\s+)?responsible,?(?:\s+at\s+its\s+(?:own\s+|sole\s+)*(?:cost|expense)(?:\s+and\s+expense)?,)?"
                                   r"\s+for\s+(?:the\s+|all\s+)?(?:development|commerciali[sz]ation)\b")


def _responsible_partners(tagged, state, facts, registry) -> list[Claim]:
    m = _UNDER_IT_RESPONSIBLE.match(tagged.template)
    home, partner = registry.registrant, state.last_partner
    if m is None or home is None or partner in (None, home) or state.since_partner > 1 or partner not in state.agreement_assets:
        return []
    le = tagged.ref(m.group(1))
    lr = home if le == partner else partner if le == home else None
    return [Claim(lr, le, state.agreement_assets[partner], EventType.GRANT, tagged.evidence, weak=True, cued=True)] if lr else []


# "Y, part of Z, is responsible for the clinical development and commercialization of P under the terms of a licensing
# agreement with X": what Y does under an agreement with X is its licence from X.
_RESPONSIBLE_UNDER = re.compile(
    # (selling it: a licensor may stay responsible for development alone, or "remain" so)
    r"\[\[O:(?P<le>\d+)\]\](?:,[^,;\[\]]{1,80},)?\s+(?:is|are|will\s+be)\s+(?:solely\s+|primarily\s+)?responsible\s+for\s+"
    r"(?:the\s+|all\s+)?(?:further\s+|clinical\s+|global\s+)*(?:development\s+and\s+commerciali[sz]ation|commerciali[sz]ation(?:\s+and\s+development)?)\s+of\s+"
    rf"{asset('a')}(?:\s*\([^()]{{1,40}}\))?(?:\s+(?:in|outside)\s+[^,;\[\]]{{1,40}}?)?,?\s+under\s+(?:the\s+terms\s+of\s+)?"
    r"(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}?licen[sc](?:e|ing)\s+agreement\s+with\s+\[\[O:(?P<lr>\d+)\]\]"
)


@needs(r"responsib")
def _responsible_under_licenses(tagged, state, facts, registry) -> list[Claim]:
    out = []
    for m in _RESPONSIBLE_UNDER.finditer(tagged.template):
        le, lr = group_ref(tagged, m, "le"), group_ref(tagged, m, "lr")
        if le != lr:
            # (weak: a grant the paragraph states outright wins)
            out.append(Claim(lr, le, group_ref(tagged, m, "a"), EventType.GRANT, tagged.evidence, weak=True))
    return out


# "... agreements with X, a top 20 pharmaceutical company, for the development of its novel compound, P": the
# subject's own product (a pronoun binds to the sentence's subject), licensed out.
# ("... for commercialising its novel nasal spray, P in China")
_FOR_ITS_OWN = re.compile(r"\bfor\s+(?:(?:the\s+)?(?:development|commerciali[sz]ation)(?:\s+and\s+\w+)?\s+of|(?:developing|commerciali[sz]ing|marketing)(?:\s+and\s+\w+)?)"
                          r"\s+its\s+(?:[\w-]+\s+){0,6}?(?:[\w-]+,\s+)?\[\[[PT]:\d+\]\]")


@needs(r"licen")
def _license_agreements_with(tagged, state, facts, registry) -> list[Claim]:
    """'We entered into an exclusive license agreement with X for the development of P' (in-licensing); 'In connection
    with the acquisition of Y, we assumed an exclusive license agreement with X for P' (the acquirer is the licensee now)."""
    t, out = tagged.template, []
    pattern = (
        # ("has closed on its previously announced licensing and stock purchase agreements with X", "an exclusive
        # worldwide1 license agreement": a footnote's mark glued to the word)
        # ("X has announced today a licensing agreement with Y": a tense and a day between)
        rf"{org('le')}(?:'s\s+|{GAP}\b(?:(?:(?:has|have|had)\s+)?(?:entered\s+into|signed|executed|closed(?:\s+on)?|completed|announced|assumed)"
        rf"(?:\s+today)?|has|have|had)\s+"
        # ("a License and Commercialization Agreement with X (a/k/a Y) ("Y")": a report capitalizes the agreement's title)
        rf"(?:an?\s+|the\s+|two\s+|three\s+|its\s+(?=previously))?(?:previously\s+announced\s+)?)(?i:(?:exclusive|non-exclusive|worldwide|global|royalty-bearing)\d?,?\s+)*"
        rf"(?i:{_AGREEMENT_KIND}licen[sc](?:e|ing)(?:\s+and\s+\w+(?:\s+purchase)?)?\s+agreements?){_DEFINED_AS}\s+with\s+{org('lr')}{_ALSO_CALLED}{_DEFINED_AS}(?P<tail>[^.;]{{0,220}})"
    )
    for m in re.finditer(pattern, t):
        tail = m.group("tail")
        if not re.search(r"\b(?:develop\w*|commerciali\w+|rights?\s+to|license\s+to|to\s+use|relat(?:ed|ing)\s+to|covering)\b|^\s*for\s+\[\[[PT]:", tail):
            continue  # ("... with Pelham for KTX-180, an oral inhibitor": the agreement is for the product itself)
        found = _asset_from(tagged, tail, state=state, allow_coref=False)
        if found is None:
            continue
        subject, partner = group_ref(tagged, m, "le"), group_ref(tagged, m, "lr")
        for_a_license = re.match(r"\s*(?:,[^,]*,\s*)?for\s+(?:an?\s+|the\s+)?(?:[\w-]+,?\s+){0,4}licen[sc]e\b", tail)
        # "... with Y for P, which the Company in-licensed from Z": the subject holds P, so licenses it out.
        held = re.search(rf"\[\[O:{tagged.refs.index(subject)}\]\]\s+(?:had\s+|has\s+)?(?:in-licensed|licensed|acquired|obtained)\b", tail) or _FOR_ITS_OWN.search(tail)
        responsible = _RESPONSIBLE.search(tail)
        if responsible and tagged.ref(responsible.group(1)) in (subject, partner):
            le = tagged.ref(responsible.group(1))
            out.append(Claim(subject if le == partner else partner, le, found, EventType.GRANT, tagged.evidence, weak=True, cued=True))
            continue
        if _LOSES_RIGHTS.search(tail):
            out.append(Claim(partner, subject, found, EventType.GRANT, tagged.evidence, weak=True, cued=True))
            continue
        grants = _GRANTS_PARTNER.match(tail)
        if (grants and (grants.group(1) is None or tagged.ref(grants.group(1)) == partner)) or ((_holder(found, facts) == subject or held or _owner_in(tagged, found) == subject) and not for_a_license):
            # The subject's own product: it licenses it out ("with Incyte for ... axatilimab").
            subject, partner = partner, subject
        out.append(Claim(partner, subject, found, EventType.GRANT, tagged.evidence, weak=True))
    return out
