"""License rules for grant clauses and license-from/to sentences.

"X granted Y an exclusive license to P" (and its passive, "Y was granted by X ..."), "We in-licensed P
from X", "P, which we licensed to X in 2018", "P is licensed from X", "eplontersen (in-licensed from
Ionis in 2021)", "the grant of an exclusive license to P by X to Y", "X assigned to Y its license ...
from Z", "The Company holds the exclusive rights to ... P from X pursuant to a license agreement",
"the Group obtained an exclusive license under certain patents and know-how of X to develop P", and sales of rights
("X sold its rights to P in the US to Y").
"""

from __future__ import annotations

import re

from ...model import EventType, Kind, PartialDate, Ref
from ..context import Tagged
from ..dates import find_dates
from ..rules import ASSET_GAP, GAP, NEGATION, asset, group_ref, org, refs_in, token_list
from .agreements import _agreement_term
from .core import (
    _ASSET_TOKEN,
    _DENIED,
    _OWNED_GAP,
    _SUPPOSED,
    CLAUSE,
    CONDITIONAL,
    COUNTRYS,
    LICENSED,
    Claim,
    _asset_from,
    _asset_list,
    _asset_refs,
    _claims_for,
    _conditional,
    _grant_in,
    _holder,
    _term_assets,
    _token_of,
    code_owner,
    needs,
)

# A right of reference to a regulatory file (a drug master file, an IND): leave to cite it in a submission.
_REFERENCE_RIGHT = re.compile(r"\b(?:rights?\s+of\s+(?:cross-)?reference|(?:cross-)?reference\s+rights?|rights?\s+to\s+(?:cross-)?reference)\b", re.I)
# A grant clause, up to another grant with its own subject: "..., and in 2020 we granted Y a license to P".
_ONE_GRANT = r"(?:(?!,?\s+and\s+(?:(?:in|on)\s+[^,\[\]]{1,30}?\s+)?\[\[O:\d+\]\]\s+(?:granted|grants|licensed))(?:[^.]|\.(?=\d)))"
# "hereby grants, and shall cause its Affiliates to grant, to Licensee": an aside between the grant and its grantee.
_ASIDE = r"(?:\s+(?:and|or)\s+(?:shall|will|agrees\s+to)\s+cause\s+its\s+Affiliates\s+to\s+grant,)?"
# An agreement's grant in its longer forms: "shall grant, and hereby does grant,", "does hereby grant".
_DOES_GRANT = r"(?:shall\s+grant,?\s+and\s+)?(?:hereby\s+does|does\s+hereby)\s+grant"


@needs(r"licen|grant|rights")
def _grants(tagged, state, facts, registry) -> list[Claim]:
    t, out = tagged.template, []
    # ("X licenses the same toxin to Y": the present tense only right after its subject, not the noun of "X has two licenses")
    patterns = [
        rf"{org('lr')}(?:'s)?{GAP}\b(?:has\s+|had\s+|have\s+)?(?:\w+ly\s+)?(?:{LICENSED}|(?:(?<=\]\]\s)|(?<=ly\s))licenses|agreed\s+to\s+license|hereby\s+(?:\w+ly\s+)?licenses|(?P<will>will\s+(?:out-)?license(?:\s+and\s+option)?))\b(?P<mid>{_OWN_GAP})\bto\s+(?:the\s+|{COUNTRYS})?{org('le')}(?P<tail>[^.;]{{0,160}})",
        rf"{org('lr')}{GAP}\b(?:hereby\s+)?(?:granted|grants|has\s+granted|had\s+granted|(?:agreed|agrees|desires|wishes|continues|continued)\s+to\s+grant|(?:is|are)\s+willing\s+to\s+grant|will\s+grant|{_DOES_GRANT}),?"
        rf"{_ASIDE}\s+(?:to\s+)?(?:the\s+)?{org('le')}(?P<mid>{_ONE_GRANT}{{0,600}})(?P<tail>)",
        # "Licensee is hereby granted an exclusive license by Licensor to ...", "we were granted by X an exclusive
        # license to P": the grant in the passive
        rf"{org('le')}\s+(?:(?:is|are)\s+hereby|was|were|has\s+been|have\s+been)\s+granted\s+(?P<mid>(?:[^.;\[\]]){{0,120}}?\b(?:licen[sc]e|rights?)\b[^.;\[\]]{{0,60}}?)\bby\s+(?:the\s+)?{org('lr')}(?P<tail>[^.;]{{0,200}})",
        rf"{org('le')}\s+(?:was|were|has\s+been|have\s+been)\s+granted\s+by\s+(?:the\s+)?{org('lr')}\s+(?P<mid>(?:[^.;\[\]]|\[\[[PT]:\d+\]\]){{0,60}}?\b(?:licen[sc]e|rights?)\b(?:[^.;\[\]]|\[\[[PT]:\d+\]\]){{0,160}})(?P<tail>)",
        # "... entered into (announced) an exclusive license agreement granting X the rights to develop P": the agreement's
        # subject grants
        rf"{org('lr')}{GAP}\b(?:entered\s+into|signed|executed|announced)\b[^.;\[\]]{{0,80}}?\b(?i:agreement)\b(?:\s+with\s+(?:[\w-]+\s+){{0,2}}?\[\[O:\d+\]\])?"
        rf"(?:\s*\([^()]{{0,60}}\))?,?\s+(?:granting|which\s+grants|that\s+grants)\s+(?:to\s+)?(?:the\s+)?{org('le')}(?P<mid>(?:[^.;\[\]]|\[\[[PT]:\d+\]\]|\[\[O:\d+\]\]'s\s){{0,200}})(?P<tail>)",
        # "X granted (agreed to grant) an exclusive license to P to Y", and a recital's "X is willing to grant a license to Y" (its
        # asset, named in no word of it, is what X's recitals say X brings)
        rf"{org('lr')}{GAP}\b(?:granted|grants|has\s+granted|(?:is|are)\s+willing\s+to\s+grant|(?:agreed|desires|wishes)\s+to\s+grant)\b(?P<mid>{ASSET_GAP}\b(?:licen[sc]e|rights?|option)\b{ASSET_GAP})\bto\s+(?:the\s+)?{org('le')}(?P<tail>[^.;]{{0,160}})",
        # "Lilly discovered P and licensed it to Y in 2005": the pronoun is what the subject discovered or developed
        rf"{org('lr')}\s+(?:originally\s+)?(?:discovered|developed|invented|created)\s+(?P<mid>{asset('a')})(?:\s*\([^()]{{1,40}}\))?\s+and\s+"
        rf"(?:later\s+|subsequently\s+|then\s+)?(?:out-)?licensed\s+(?:it|them)\s+to\s+(?:the\s+)?{org('le')}(?P<tail>)",
        # "X provided us with an exclusive license to develop P": the license is what is provided
        rf"{org('lr')}{GAP}\b(?:has\s+|had\s+)?(?:provided|provides|gave|gives)\s+(?:the\s+)?{org('le')}\s+with\s+(?P<mid>(?:an?\s+|the\s+)?(?:[\w-]+,?\s+){{0,4}}?(?:licen[sc]e|rights)\b{ASSET_GAP})(?P<tail>)(?=[.;]|$)",
    ]
    for pattern in patterns:
        for m in re.finditer(pattern, t):
            mid, tail = m.group("mid"), m.group("tail")
            if pattern is patterns[1] and not re.search(r"licen[sc]e|rights?|option", mid):
                continue
            if group_ref(tagged, m, "lr") == group_ref(tagged, m, "le"):
                continue  # "we entered into an agreement with X granting us ...": no grant to oneself
            if re.search(r"\b(?:not|no|never)\b", mid if pattern in (patterns[2], patterns[3]) else t[m.start() : m.start("mid")]):
                continue  # "Licensee is hereby granted no license": the passive's denial is in what is granted
            # "we regained the rights we had licensed to X" tells an ending; "we licensed P to X in 2019, and X
            # returned the rights in 2022" a grant, then its ending (what follows the licensee is another clause)
            if re.search(r"\b(?:regain|reacquir|re-acquir|return(?!\s+for\b)|terminat)", t[m.start() : m.end("le")] + mid):
                continue
            if re.search(r"\bright\s+of\s+first\s+(?:negotiation|refusal|offer)", mid):
                continue  # a right to negotiate a license is not one
            if _REFERENCE_RIGHT.search(mid) and not re.search(r"licen[sc]e|\brights?\b", _REFERENCE_RIGHT.sub(" ", mid)):
                continue  # "grants to Y reference rights to the DMFs": a regulator may read a file, nothing is licensed
            if (buy := _RIGHT_TO_BUY_PHRASE.search(mid)) and not _LICENSE_BESIDE.search(mid[: buy.start()] + " " + mid[buy.end() :]):
                continue  # "granted Y the exclusive right, but not the obligation, to acquire our rights to P": an option to buy
            if _ONLY_AN_OPTION.search(mid) and not _ASSET_TOKEN.search(mid + tail):
                continue  # "is willing to grant to Y an option to obtain a license" (of what the recitals name): no license yet
            if (pattern is patterns[5] and "agreed" in t[m.start() : m.start("mid")] or m.groupdict().get("will")) and _CONTINGENT.search(mid + tail):
                # "agreed to grant (will license) ... if Y exercises its option": a promise, not yet a license ("GSK will
                # out-license two programs to Y: P1, ..." unconditionally is a deal announced)
                continue
            found = _asset_from(tagged, mid, tail, state=state)
            if found is not None and found in tagged.refs and _token_of(tagged, found) not in mid and not _licensed_in_tail(tagged, tail, found, m.group("le"), mid):
                found = None  # "... to Y for use in combination with Y's P": what the licensee brings is not licensed to it
            if pattern is patterns[0] and not _ASSET_TOKEN.search(mid):
                # "P, which we licensed to X in 2018, ...": the asset stands before the relative clause
                found = _asset_before_which(tagged, t[: m.start()]) or found
            # (the assets listed where the first stands: "... a license to Y under rights related to P1 and P2")
            where = next((x for x in (mid, tail) if found in tagged.refs and _token_of(tagged, found) in x), "")
            listed = _asset_list(tagged, where[where.find(_token_of(tagged, found)):]) if where else []
            if found is not None and found not in tagged.refs:
                listed = list(_term_assets((mid, tail), state))  # "grants ... a license to ... Products": each one
            listed += [p for p in _products_included(tagged, mid, found) if p not in listed]
            if where is tail and (counted := _COUNTED_ASSETS.search(mid)):
                listed += [p for p in _counted_list(tagged, tail, counted.group(0)) if p not in listed]
            when = _clause_date(t[: m.start()])
            # ... "hereby grants to X an exclusive option, under the Patent Rights": an option, no license of them
            option = re.search(r"\boption\b", mid) and not re.search(r"licen[sc]e", mid)
            term = _agreement_term(mid + " " + tail, t, state, m.group("lr")) if found is None and not option else None
            for licensee in [group_ref(tagged, m, "le"), *_also_to(tagged, tail)]:
                for asset_ref in listed or [found]:
                    out.append(Claim(group_ref(tagged, m, "lr"), licensee, asset_ref, EventType.GRANT, tagged.evidence, date=when, term=term))
            if pattern is patterns[0] and found is not None:
                out.extend(Claim(group_ref(tagged, m, "lr"), le, a, EventType.GRANT, tagged.evidence, date=when)
                           for a, le in _another_to(tagged, t[m.end("le") + 2 :]))
            if found is not None and (back := _RETURNED_AFTER.match(t, m.end("le") + 2)) and back.group("le") == m.group("le"):
                # "... licensed P to X in 2019, and X returned the rights in 2022": the grant, then its ending
                ended = find_dates(re.sub(r"\[\[\w:\d+\]\]", " ", back.group("when")))
                out.extend(Claim(group_ref(tagged, m, "lr"), group_ref(tagged, m, "le"), a, EventType.RIGHTS_RETURNED, tagged.evidence,
                                 date=ended[0][2] if ended else None) for a in listed or [found])
    out.extend(_grants_under_agreements(tagged, state))
    return out


_CONTINGENT = re.compile(r"\b(?:if|once|unless|subject\s+to|upon\s+(?:the\s+)?(?:exercise|approval|achievement)|following\s+(?:the\s+)?exercise|in\s+the\s+event)\b")
# What the words after the licensee say an asset is to the license: what it is under or related to ("... to Y under patents
# related to P"), not what the licensee uses the license with ("for use in combination with P", "P, a product owned by Y").
_LICENSED_AFTER = re.compile(r"\b(?:under|related\s+to|relating\s+to|covering|concerning|directed\s+to|to|for)\b")
_USED_WITH = re.compile(r"\b(?:combination|together|with|alongside)\b")


# What a grant counts before its licensee, to name after it: "licensed two programs to Y: P1, a ..., and P2".
_COUNTED_ASSETS = re.compile(r"\b(?:two|three|four|five|six|several|the\s+following)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:programs?|compounds?|products?|candidates?|assets?|molecules?|antibodies)\s*$")


_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _counted_list(tagged: Tagged, tail: str, counted: str) -> list[Ref]:
    """The assets a count announced, each perhaps with a description: ": P1, a monoclonal antibody ..., and P2, a small
    molecule" (as many as counted, in the clause)."""
    clause = re.sub(r"\([^()]*\)", " ", re.split(r"[;]|\.\s", tail, maxsplit=1)[0])  # (not "P1 (and its backup P3)")
    refs = [tagged.ref(n.group(1)) for n in _ASSET_TOKEN.finditer(clause)]
    return refs[: _NUMBERS.get(counted.split()[0].lower(), len(refs))]


def _licensed_in_tail(tagged: Tagged, tail: str, asset_ref: Ref, licensee: str, mid: str = "") -> bool:
    at = tail.find(_token_of(tagged, asset_ref))
    before, after = tail[:at], tail[at:]
    if _COUNTED_ASSETS.search(mid) and re.fullmatch(r"\s*[:,]\s*(?:namely\s+)?", before):
        return True
    if not _LICENSED_AFTER.search(before) or _USED_WITH.search(before) or f"[[O:{licensee}]]'s" in before:
        return False
    return not re.match(rf"\[\[[PT]:\d+\]\](?:,\s+(?:a|an|the)\s+[^,;.]{{0,40}}?)?\s*(?:owned|developed|held)\s+by\s+\[\[O:{licensee}\]\]", after)


# An option on a license, or rights to evaluate or negotiate one: no license (until the option is exercised).
# (beside a license granted in the same breath: "an exclusive license to P and the right to acquire Q")
# (a license of its own, "an exclusive license to P": not one the right to buy is of, "the right to acquire an exclusive license to
# Q", nor another's, "including Halvex's license")
_LICENSE_BESIDE = re.compile(r"(?:^\s*|\band\s+|,\s+|as\s+well\s+as\s+)(?:an?|the)\s+(?:[\w-]+,?\s+){0,4}?licen[sc]e\b")
# The right to buy and what it is of, up to the next granted object
_RIGHT_TO_BUY_PHRASE = re.compile(r"\b(?:the\s+|an?\s+)?(?:[\w-]+,?\s+){0,3}?right,?\s+(?:but\s+not\s+the\s+obligation,?\s+)?to\s+(?:acquire|purchase|buy)\b"
                                  r"(?:[^,;]|\[\[[PT]:\d+\]\]){0,160}?(?=\s+and\s+(?:an?|the)\s|,|$)")
_ONLY_AN_OPTION = re.compile(r"\boptions?\s+to\s+(?:obtain|acquire|negotiate|license|enter)|\brights?\s+(?:to|for)\s+(?:evaluat|negotiat)")


_INCLUDING = re.compile(rf"\bincluding\s+(?:the\s+)?{token_list('P', 'products')}")


def _products_included(tagged: Tagged, mid: str, found: Ref | None) -> list[Ref]:
    """'rights under X's FACT platform technology to develop ADC product candidates ..., including PYX-201 and
    PYX-203': a grant of a platform to make products also licenses the products it names."""
    if found is None or found.kind is not Kind.PLATFORM or not (m := _INCLUDING.search(mid)):
        return []
    return [found, *refs_in(tagged, m.group("products"), Kind.PRODUCT)]


# Like ASSET_GAP, but the licensor's own possessive may stand in it too: "we sublicensed our rights to P to X".
_OWN_GAP = r"(?:[^.;\[\]]|\[\[[PT]:\d+\]\]|\[\[O:(?P=lr)\]\]'s\s){0,160}?"
# "... to A for Greater China and to B for Japan", "... to A and B": more licensees of the same grant.
_ALSO_TO = re.compile(r"^(?:\s+(?:for|in)\s+[^\[\].;,]{1,40}?)?,?\s+and\s+(?:to\s+)?(?:the\s+)?\[\[O:(\d+)\]\]")


def _clause_date(before: str) -> PartialDate | None:
    """The date that opens a grant's own clause: "In 2019, we granted ..., and in 2020 we granted ..."."""
    lead = re.split(r",\s+and\s+|;\s+", before)[-1]
    dates = find_dates(re.sub(r"\[\[\w:\d+\]\]", " ", lead)) if len(lead) < 80 else []
    return dates[-1][2] if dates else None


def _also_to(tagged: Tagged, tail: str) -> list[Ref]:
    m = _ALSO_TO.match(tail)
    return [tagged.ref(m.group(1))] if m else []


_RETURNED_AFTER = re.compile(
    r"[^.;\[\]]{0,80}?,?\s+and\s+(?:the\s+)?\[\[O:(?P<le>\d+)\]\]\s+(?:later\s+|subsequently\s+)?returned\s+(?:all\s+|the\s+|its\s+)*"
    r"(?:[\w-]+\s+){0,2}?rights\b(?P<when>[^.;]{0,40})"
)
# "we have out-licensed P1, a Btk inhibitor, to X and P2, an FP/EP3 dual receptor agonist, to Y": another
# asset to another licensee, in the same clause.
_ANOTHER_TO = re.compile(rf"^(?:\s*\([^()]{{1,30}}\))?,?\s+and\s+{asset('a')}[®™]?(?:,\s+(?:an?\s+|the\s+)?[^,\[\].;]{{1,60}}?,?)?\s+to\s+(?:the\s+)?{org('le')}")


def _another_to(tagged: Tagged, tail: str) -> list[tuple[Ref, Ref]]:
    m = _ANOTHER_TO.match(tail)
    return [(group_ref(tagged, m, "a"), group_ref(tagged, m, "le"))] if m else []


def _grants_under_agreements(tagged, state) -> list[Claim]:
    """'... agreement with X, pursuant to which we granted an exclusive license for P': X is the licensee; 'Y established
    an agreement with X under which it granted X the exclusive right to market its P': "it" is the agreement's subject."""
    t, out = tagged.template, []
    pattern = (
        rf"(?:{org('subject')}{GAP})?\bagreement\b{CLAUSE}{{0,80}}?\bwith\s+{org('le')}{CLAUSE}{{0,80}}?\b(?:pursuant\s+to\s+which|under\s+which|whereby)\s+"
        rf"(?:{org('lr')}|(?P<it>it))\s+(?:granted|grants|has\s+granted)\s+(?:(?:to\s+)?\[\[O:(?P=le)\]\]\s+)?(?!{org('other')})(?P<mid>{CLAUSE}{{0,200}})"
    )
    for m in re.finditer(pattern, t):
        lr, le = group_ref(tagged, m, "subject" if m.group("it") else "lr"), group_ref(tagged, m, "le")
        if lr is None:
            continue
        if lr != le and re.search(r"licen[sc]e|rights?", m.group("mid")):
            # the grant this agreement makes: from the agreement's own date
            out.append(Claim(lr, le, _asset_from(tagged, m.group("mid"), state=state), EventType.GRANT, tagged.evidence,
                             date=state.agreement_date))
    return out


# "The collaboration grants X a license to P", "The agreement gives X exclusive rights to P": the deal grants, and the
# grantor is the other party, the filer (or the company whose release it is).
_DEAL_GRANTS = re.compile(
    rf"^\W*(?:(?:In\s+addition|Under\s+the\s+terms(?:\s+of\s+the\s+(?:agreement|collaboration))?),?\s+)?[Tt]he\s+(?:[\w-]+\s+){{0,3}}?"
    rf"(?:agreement|collaboration|alliance|deal|transaction|partnership)\s+(?:grants|gives|provides)\s+{org('le')}\s+(?:with\s+)?"
    rf"(?P<mid>(?:an?\s+|the\s+)?(?:[\w-]+,?\s+){{0,4}}?(?:licen[sc]e|rights)\b{ASSET_GAP})(?=[.;]|$|\s+and\s+)"
)


@needs(r"grants|gives|provides")
def _deal_grants(tagged, state, facts, registry) -> list[Claim]:
    grantor, out = registry.registrant or state.announcer, []
    for m in _DEAL_GRANTS.finditer(tagged.template):
        le = group_ref(tagged, m, "le")
        others = {o for o in (state.recent_orgs[-1] if state.recent_orgs else ()) if o not in (grantor, le)}
        if others or "sublicen" in m.group("mid"):
            continue  # "Our partner X entered into a collaboration with Y. The collaboration grants Y ...": X's deal
        out += _claims_for(tagged, grantor, le, m.group("mid"))
    return out


# "X, a Y company, licensed Z's P in 2014": the company the possessive names owns what is licensed.
_LICENSED_OWNED = re.compile(
    rf"{org('le')}(?:,\s+(?:an?\s+)?(?:[^,;.\[\]]|\[\[O:\d+\]\]){{1,60}},|,)?\s+(?:has\s+|had\s+)?(?:in-)?licensed\s+(?:the\s+)?"
    rf"{org('lr')}['\u2019]s\s+(?P<mid>(?:[\w-]+\s+){{0,3}}?\[\[[PT]:\d+\]\])(?![^.;]{{0,80}}\bto\s+(?:the\s+)?\[\[O:)"
)  # (not "X licensed Z's P to W": X licensed it out, whatever it holds from Z)


@needs(r"licensed\s")
def _licensed_owned_assets(tagged, state, facts, registry) -> list[Claim]:
    return [c for m in _LICENSED_OWNED.finditer(tagged.template)
            for c in _claims_for(tagged, group_ref(tagged, m, "lr"), group_ref(tagged, m, "le"), m.group("mid"), m.group(0))]


# A license named right after its grantor: "received from X an exclusive, worldwide, sublicensable
# (subject to certain conditions) license".
_LICENSE_NEXT = re.compile(r"\s+(?:an?\s+|the\s+)?(?:(?:[\w-]+|\([^()]{1,60}\)),?\s+){0,8}?(?:licen[sc]e|rights?)\b")


@needs(r"from\s")
def _in_licenses(tagged, state, facts, registry) -> list[Claim]:
    t, out = tagged.template, []
    pattern = (
        # ("We have in-licensed our lead product candidate, P, from X")
        rf"{org('le')}{GAP}\b(?P<verb>(?i:in-licensed|in-licenses?)|licensed|licenses?|obtained|acquired|received|holds?|has|have|had|was\s+granted|were\s+granted)\b"
        rf"(?P<mid>{_OWNED_GAP})\bfrom\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){{0,2}}?(?:[\w-]+-based\s+)?{org('lr')}(?P<tail>[^.;]{{0,160}})"
    )
    for m in re.finditer(pattern, t):
        mid, tail = m.group("mid"), m.group("tail")
        if "licens" not in m.group("verb").lower() and not re.search(r"\blicen[sc]e|\brights?\b", mid):
            # "we received from X an exclusive, worldwide, royalty-bearing (...) license to ... P"
            after = m.end("lr") + 2  # past the tag's "]]"
            if mid.strip() or not _LICENSE_NEXT.match(t, after):
                continue
            tail = t[after : after + 360].split(".")[0]
        if re.search(r"\b(?:regained|reacquired|return)", t[m.start() : m.end()]):
            continue
        if re.search(r"\bright\s+of\s+reference\b", mid):
            continue  # "received a right of reference to X's filings for P from X": a regulator may read X's data, no license
        if m.group("verb") == "acquired" and "licens" not in t and re.search(r"\bpurchase\s+agreement\b|\bpurchased\b", t):
            continue  # "we acquired all rights to P from X under an asset purchase agreement": bought, not licensed
        if "[[O:" in mid and not _ASSET_TOKEN.search(mid):
            continue  # a possessive only for "our lead product candidate, P": "received the rights ... upon our spinoff from X" is none
        before_verb = t[m.start() : m.start("verb")]
        if re.search(r"\b(?:may|might|could|would|intend\s+to|plan\s+to|seek\s+to)\s+(?:[\w-]+,?\s+){0,4}$", before_verb):
            continue  # "We may acquire an exclusive license to P from X if we exercise our option"
        if re.search(r"\bwill\s+(?:[\w-]+,?\s+){0,4}$", before_verb) and re.search(r"\b(?:if|unless|upon\s+(?:the\s+)?exercise)\b", t):
            continue  # "... will acquire a license to P from X if ..." (but "Under the agreement, Y will license P from X" is the deal)
        # "... for P, which we in-licensed from X": the asset stands before the relative clause.
        # ... or "P is an anti-CD19 monoclonal antibody of which X obtained license from Y"
        which = _asset_before_which(tagged, t[: m.start()])
        found = which if which and not re.search(r"\[\[[PT]:", mid) else _asset_from(tagged, mid, tail, state=state)
        # "exclusive licenses from X to P1 and P2": each asset listed with the first
        # (not "P1 from X and P2 from Y": a list after the licensor is another license's)
        # (an asset of an earlier sentence, "these rights", stands in neither)
        token = _token_of(tagged, found) if found in tagged.refs else None
        said = mid if token and token in mid else tail
        listed = _asset_list(tagged, said[said.find(token) :]) if token and token in said else [found]
        for each in listed:
            claim = Claim(group_ref(tagged, m, "lr"), group_ref(tagged, m, "le"), each, EventType.GRANT, tagged.evidence)
            if when := re.match(r"\s+in\s+((?:[A-Z][a-z]+\s+)?\d{4})\b", m.group("tail")):
                claim.date = next((d for _, _, d in find_dates(when.group(1))), None)  # "... from X in 2016"
            out.append(claim)
    return out


# ("the rights to P that we license from X", "P, for which we hold an exclusive license from X")
# ("P, our lead product candidate, is a small-molecule inhibitor of PI3K-delta that we in-licensed from X")
_BEFORE_WHICH = re.compile(r"\[\[[PT]:(\d+)\]\](?:(?:\s*\([^()]*\))?,\s+(?:for\s+)?which|\s+that|\s+is\s+an?\s+(?:[\w-]+\s+){0,6}?of\s+which"
                           r"|(?:,\s+(?:[^,.;\[\]]|\[\[O:\d+\]\]'s\s){1,60},)?\s+is\s+an?\s+[^.;\[\]]{0,80}?\s+(?:that|which))\s+$")


def _asset_before_which(tagged: Tagged, before: str) -> Ref | None:
    """The asset a relative clause is about: 'P, which we licensed ...', 'P is an antibody of which X obtained ...'."""
    m = _BEFORE_WHICH.search(before)
    return tagged.ref(m.group(1)) if m else None


@needs(r"licen|right")
def _licenses_to_owned_assets(tagged, state, facts, registry) -> list[Claim]:
    """'We have a non-exclusive license to certain transgenic rodents of OMT's OmniAb platform', 'we obtained a
    license to X's T platform', 'we acquired a license to X's proprietary P', 'Y has rights to use X's T', 'X will
    receive a license to our P', 'we have licensed X's T platform': the owner licensed it."""
    t, out = tagged.template, []
    pattern = (
        rf"{org('le')}\s+(?:also\s+)?(?:have|has|had|holds?|obtained|received|receives|obtains|acquired|acquires|will\s+(?:receive|obtain))\s+"
        # "a license to", "rights to use": the grant; "Seattle Genetics' ADC technology": a name's possessive without s
        rf"(?:an?\s+)?(?:[\w-]+,?\s+){{0,3}}?(?:licen[sc]es?\s+(?:to|under|for)|rights?\s+to\s+use)\s+"
        rf"(?:(?:[\w-]+\s+){{0,6}}?(?:of|from)\s+)?(?:the\s+)?{org('lr')}'s?\s+(?:[\w-]+\s+){{0,2}}?{asset('a')}"
        rf"|{org('le_')}\s+(?:has\s+|have\s+|had\s+)?(?:in-)?licensed\s+(?:the\s+)?{org('lr_')}'s\s+(?:[\w,-]+\s+|\([\w-]{{1,12}}\)\s+){{0,8}}?{asset('a_')}(?![®™]?\s+(?:\([^()]*\)\s+)?to\s+\[\[O:)"
    )
    for m in re.finditer(pattern, t):
        lr, le, a = (group_ref(tagged, m, k + ("" if m.group("le") else "_")) for k in ("lr", "le", "a"))
        if lr != le:
            out.append(Claim(lr, le, a, EventType.GRANT, tagged.evidence))
    return out


@needs(r"licensed\s+from")
def _bracketed_in_licenses(tagged, state, facts, registry) -> list[Claim]:
    """'eplontersen (in-licensed from Ionis in 2021)': the filer's in-license, dated in its brackets."""
    out = []
    pattern = rf"{asset('a')}[®™]?\s*\((?:which\s+(?:we|was)\s+)?(?:in-)?licensed\s+from\s+(?:the\s+)?{org('lr')}(?P<when>[^()]{{0,40}})\)"
    for m in re.finditer(pattern, tagged.template):
        if registry.registrant not in (None, group_ref(tagged, m, "lr")):
            dates = [d for _, _, d in find_dates(m.group("when"))]
            out.append(Claim(group_ref(tagged, m, "lr"), registry.registrant, group_ref(tagged, m, "a"), EventType.GRANT,
                             tagged.evidence, date=dates[0] if dates else None))
    return out


_SOMEONE_ELSES = re.compile(r"\b(?:compet\w*|rivals?|another\s+company|third[- ]part\w*)\b|(?:\[\[O:\d+\]\]|\b[A-Z][\w-]+)\s+(?:in-)?licensed\b")
_LICENSED_BY_ANOTHER = re.compile(r"(?:\s+in\s+\d{4})?,?\s+(?:by|to)\s+(?:the\s+)?\[\[O:\d+\]\]")


@needs(r"licensed\s+from|licen[sc]e\s+from")
def _appositive_in_licenses(tagged, state, facts, registry) -> list[Claim]:
    """'P (INN), an antibiotic for ..., licensed from X for U.S. commercialization', 'P is in-licensed from X',
    'P is an ophthalmic solution based on an in-license from X': the filer's in-license, told of the product it describes."""
    pattern = (
        rf"{asset('a')}(?:\s?[®™])?(?:\s*\((?:[^()\[]|\[\[P:\d+\]\]){{0,60}}\))?"
        # (what it is, in one noun phrase: not "is an oral tablet that competes with a drug licensed from X")
        rf"(?:,\s+[^.;\[]{{0,300}}?,|\s+(?:is|was|has\s+been)(?:\s+(?:an?|the|our|its)\s+(?:(?!\b(?:that|which|who|with|than|and|or|to|of|other|another)\b)[^.;\[]){{0,120}}?)?)\s+"
        rf"(?:exclusively\s+)?(?:(?:in-)?licensed\s+from|(?:based\s+on|under)\s+an?\s+(?:exclusive\s+)?(?:in-)?licen[sc]e\s+from)\s+(?:the\s+)?{org('lr')}"
    )
    out = []
    for m in re.finditer(pattern, tagged.template):
        lr = group_ref(tagged, m, "lr")
        if _SOMEONE_ELSES.search(m.group(0)) or _LICENSED_BY_ANOTHER.match(tagged.template, m.end()):
            continue  # "QX-404 is a competing product candidate licensed from X by Y": another company's in-license
        if registry.registrant not in (None, lr):
            out.append(Claim(lr, registry.registrant, group_ref(tagged, m, "a"), EventType.GRANT, tagged.evidence))
    return out


@needs(r"licen[sc]ed\s+from")
def _listed_in_licenses(tagged, state, facts, registry) -> list[Claim]:
    """'The products licensed from O include P1, P2 and P3': each is licensed to the filer."""
    m = re.search(
        rf"\b(?:products?|compounds?|assets?|technolog(?:y|ies))\s+(?:we\s+|it\s+)?{LICENSED}\s+from\s+(?:the\s+)?{org('lr')}"
        rf"\s+(?:include|includes|included|are|were|consist\s+of|comprise)\s+{token_list('PT', 'assets')}", tagged.template)
    if m is None or registry.registrant in (None, group_ref(tagged, m, "lr")):
        return []
    return [Claim(group_ref(tagged, m, "lr"), registry.registrant, a, EventType.GRANT, tagged.evidence)
            for a in refs_in(tagged, m.group("assets"))]


_BRACKET = r"(?:\s*\((?:[^()\[\]]|\[\[P:\d+\]\]){1,40}\))?"  # "P (SYN115)": another name of it
_CHANGED_HANDS = re.compile(r"\b(?:acquir\w*|purchas\w*|obtained|reacquir\w*|returned|revert\w*|terminat\w*|expired|ended|sold)\b")


def _filer_unless_another(tagged: Tagged, state, registry, le: Ref) -> Ref | None:
    """The filer, as the licensor of its product, where neither this sentence nor the one before names a third company
    (whose the product may be)."""
    told = [*refs_in(tagged, tagged.template, Kind.ORG), *(state.recent_orgs[-1] if state.recent_orgs else ())]
    return None if any(r not in (le, registry.registrant) for r in told) else registry.registrant


_INVENTED_AT_AND_LICENSED = re.compile(
    rf"{asset('a')}[®™]?(?:\s+technology)?\s+(?:was|were|has\s+been|had\s+been)\s+(?:invented|developed|discovered|created)\s+"
    rf"(?:by\s+(?:[\w-]+\s+){{0,3}}?)?(?:at|by)\s+(?:the\s+)?{token_list('O', 'at')}\s+and\s+(?:(?:was|were|is|are|has\s+been)\s+)?"
    rf"(?:\w+ly\s+)?(?:out-)?licensed\s+to\s+(?:the\s+)?{org('le')}"
)


@needs(r"licen|grant")
def _passive_grants(tagged, state, facts, registry) -> list[Claim]:
    """'P is licensed to O' — the licensor is the asset's developer or owner, else the registrant
    (and 'P is licensed from O' the other way round)."""
    t, out = tagged.template, []
    # ... "NKlink molecules are licensed to X on an exclusive basis under a license agreement entered into in March 2020 with Y"
    # ... "P was discovered at the University of X and is licensed to Y by Z"
    # ... "Our lead product candidate, P, is licensed to us by X" (the product an appositive)
    for m in re.finditer(rf"{asset('a')},?(?:\s+[a-z]+){{0,2}}?(?:\s+(?:was|is)\s+(?:[^.;\[\]]|\[\[O:\d+\]\]){{0,120}}?\s+and)?\s+(?:is|was|are|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?{LICENSED}\s+to\s+(?:the\s+)?{org('le')}"
                         rf"(?:\s+by\s+(?:the\s+)?{org('lr')}|(?:\s+on\s+an?\s+[\w-]+\s+basis)?\s+under\s+(?:a|an|the)\s+[\w\s-]{{0,40}}?agreement"
                         rf"(?:\s+entered\s+into\s+[\w\s,]{{0,30}}?)?\s+with\s+(?:the\s+)?{org('lr2')})?", t):
        a = group_ref(tagged, m, "a")
        # "P is licensed to us by the Regents of ...": the licensor named; else the asset's developer or the registrant
        # ("... licensed to X under a license agreement with Y": Y)
        named = m.group("lr") or m.group("lr2")
        licensor = group_ref(tagged, m, "lr" if m.group("lr") else "lr2") if named else _holder(a, facts) or registry.registrant
        out.append(Claim(licensor, group_ref(tagged, m, "le"), a, EventType.GRANT, tagged.evidence))
    # "P was invented by researchers at the University of X and Y State University and exclusively licensed to Z": each
    # institution where it was made licensed it
    for m in _INVENTED_AT_AND_LICENSED.finditer(t):
        out.extend(Claim(lr, group_ref(tagged, m, "le"), group_ref(tagged, m, "a"), EventType.GRANT, tagged.evidence)
                   for lr in refs_in(tagged, m.group("at"), Kind.ORG) if lr != group_ref(tagged, m, "le"))
    # "Tozadenant (SYN115), originally licensed to X in 2010, is": the holder of P, else the filer (where the sentence
    # names no third company, whose P it may be), licensed it
    # (not a product that changed hands since: "..., originally licensed to Y in 2010 by a university, was acquired by us",
    # "previously licensed to Y under an agreement that was terminated"; nor one whose code is Y's)
    if not _CHANGED_HANDS.search(t):
        for m in re.finditer(rf"{asset('a')}{_BRACKET},\s+(?:(?:originally|first|initially|exclusively)\s+)?(?:out-)?licensed\s+to\s+(?:the\s+)?{org('le')}"
                             r"(?![^,;]{0,30}\bby\b)", t):
            a, le = group_ref(tagged, m, "a"), group_ref(tagged, m, "le")
            licensor = _holder(a, facts) or _filer_unless_another(tagged, state, registry, le)
            if licensor not in (None, le) and code_owner(a, (licensor, le)) != le:
                out.append(Claim(licensor, le, a, EventType.GRANT, tagged.evidence, weak=True))
    # "We retain all rights to P outside Greater China, where it is licensed to X": the holder of P, else the filer
    for m in re.finditer(rf"{asset('a')}[^.;\[\]]{{0,60}}?,\s+where\s+it\s+(?:is|has\s+been)\s+(?:\w+ly\s+)?licensed\s+to\s+(?:the\s+)?{org('le')}", t):
        a, le = group_ref(tagged, m, "a"), group_ref(tagged, m, "le")
        licensor = _holder(a, facts) or registry.registrant
        if licensor not in (None, le):
            out.append(Claim(licensor, le, a, EventType.GRANT, tagged.evidence))
    # "X's proprietary TriMab platform, which we license non-exclusively": the owner licenses it to us
    for m in re.finditer(rf"{org('lr')}'s\s+(?:[\w-]+\s+){{0,3}}?{asset('a')},\s+which\s+{org('le')}\s+(?:have\s+|has\s+)?(?:[\w-]+ly\s+)?(?:in-)?licen[sc]e[sd]?\b(?:\s+[\w-]+ly)?(?=[,.;]|\s+from\b|$)", t):
        out += _claims_for(tagged, group_ref(tagged, m, "lr"), group_ref(tagged, m, "le"), _token_of(tagged, group_ref(tagged, m, "a")), m.group(0))
    # "an exclusive license to develop P in China was granted by the Company to X"
    for m in re.finditer(rf"\b(?:licen[sc]e|rights?)\b(?P<mid>{ASSET_GAP}\[\[[PT]:\d+\]\]{ASSET_GAP})\b(?:was|were|has\s+been|had\s+been)\s+granted\s+"
                         rf"by\s+(?:the\s+)?{org('lr')}\s+to\s+(?:the\s+)?{org('le')}", t):
        out += _grant_in(tagged, m)
    # "rights to P in Europe had been licensed to X": the holder of P, else the registrant, licensed them
    for m in re.finditer(rf"\brights?\s+to\s+{asset('a')}(?:\s+in\s+[A-Z][\w ]{{1,30}}?)?\s+(?:had|have|has)\s+been\s+(?:\w+ly\s+)?licensed\s+to\s+(?:the\s+)?{org('le')}", t):
        a, le = group_ref(tagged, m, "a"), group_ref(tagged, m, "le")
        licensor = _holder(a, facts) or registry.registrant
        if licensor not in (None, le):
            out.append(Claim(licensor, le, a, EventType.GRANT, tagged.evidence))
    # "P is licensed from O", "P is based in part on technology exclusively licensed from O": the licensee
    # is the asset's developer, else the registrant.
    based_on = r"based\s+(?:in\s+part\s+|primarily\s+)?on\s+(?:technology|patents|patent\s+rights|intellectual\s+property)\s+(?:that\s+\[\[O:\d+\]\]\s+)?"
    appositive = r",\s+(?:an?\s+|the\s+)?[^.;\[\]]{0,80}?"  # "ALD-022, a preclinical antibody-cytokine fusion in-licensed in 2021 from X"
    # ("P1 and P2 are licensed from X": each)
    # ("ZX-101 (QX-5), licensed from X": another name in brackets first)
    for m in re.finditer(rf"(?P<pre>(?:\[\[[PT]:\d+\]\](?:,\s+|,?\s+and\s+))*){asset('a')}(?:\s+(?:is|was|are|were|has\s+been|had\s+been)\s+(?:{based_on})?|{_BRACKET}{appositive})(?:\w+ly\s+)?(?:in-)?licensed"
                         rf"(?:\s+in\s+\d{{4}})?\s+from\s+(?:the\s+)?{org('lr')}", t):
        lr = group_ref(tagged, m, "lr")
        for a in [*_asset_refs(tagged, m.group("pre")), group_ref(tagged, m, "a")]:
            holder = _holder(a, facts)
            licensee = holder if holder not in (None, lr) else registry.registrant
            if licensee not in (None, lr):
                out.append(Claim(lr, licensee, a, EventType.GRANT, tagged.evidence))
    # "P ... was initially developed at, and is exclusively licensed by X from, the University of Y": both named
    for m in re.finditer(rf"{asset('a')}[^.;\[\]]{{0,80}}?\b(?:is|was|are|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:in-)?licensed\s+"
                         rf"by\s+(?:the\s+)?{org('le')},?\s+from,?\s+(?:the\s+)?{org('lr')}", t):
        out += _claims_for(tagged, group_ref(tagged, m, "lr"), group_ref(tagged, m, "le"), m.group(0), m.group(0))
    return out


# A grant told as a noun or a participle: "the grant of an exclusive license to P by X to Y", "X's grant to
# Y of a license to P", "the licenses granted by X to Y for P"; and "all rights and licenses granted by X to
# Y reverted to X": the grant's return.
_NOUN_GRANTS = (
    rf"\bgrant\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+,?\s+){{0,6}}?(?:licen[sc]e|rights?)\b(?P<mid>{ASSET_GAP})\bby\s+(?:the\s+)?{org('lr')}\s+to\s+(?:the\s+)?{org('le')}",
    # (... "of certain Licensed Technology": what an agreement defines, no word of a license)
    rf"\bgrant\s+by\s+(?:the\s+)?{org('lr')}\s+to\s+(?:the\s+)?{org('le')}\s+of\s+(?P<mid>{ASSET_GAP}\b(?:licen[sc]e|rights?|(?P<term>Licensed\s+[A-Z]\w*))\b{ASSET_GAP})(?=[.;]|$)",
    rf"{org('lr')}'s\s+grant\s+to\s+(?:the\s+)?{org('le')}\s+of\s+(?P<mid>{ASSET_GAP}\b(?:licen[sc]e|rights?)\b{ASSET_GAP})(?=[.;]|$)",
    rf"\b(?:licen[sc]es?|rights?)\s+(?:(?:previously|originally|exclusively)\s+)?granted\s+by\s+(?:the\s+)?{org('lr')}\s+to\s+(?:the\s+)?{org('le')}"
    rf"(?P<back>\s+(?:(?:have|has|had)\s+)?(?:reverted|were\s+returned|returned)\s+to\s+(?:the\s+)?\[\[O:(?P=lr)\]\])?(?P<mid>{ASSET_GAP})(?=[.;]|$)",
)


_WHAT_FOR = re.compile(r"\b(?:in\s+order\s+)?to\s+(?:make|use|develop|sell|research|manufacture|commerciali[sz]e|practice)\b")


def _noun_grants(tagged, state, facts, registry) -> list[Claim]:
    t, out = tagged.template, []
    if "grant" not in t or _conditional(t) or _DENIED.search(t):
        return out
    for pattern in _NOUN_GRANTS:
        for m in re.finditer(pattern, t):
            lr, le, mid = group_ref(tagged, m, "lr"), group_ref(tagged, m, "le"), m.group("mid")
            back = m.groupdict().get("back")
            found = _asset_from(tagged, mid, state=state, allow_coref=False)
            if back and found is None:
                # "all rights and licenses granted by X to Y reverted to X": the asset of X's agreement told before
                found = state.agreement_assets.get(lr)
            if lr != le and found is not None:
                out.append(Claim(lr, le, found, EventType.RIGHTS_RETURNED if back else EventType.GRANT, tagged.evidence))
            elif lr != le and m.groupdict().get("term") and (term := _agreement_term(_WHAT_FOR.split(mid)[0], t, state, m.group("lr"))):
                # ("a grant ... of certain Licensed Technology in order to make ... Licensed Products": what is granted)
                out.append(Claim(lr, le, None, EventType.GRANT, tagged.evidence, term=term))  # the term is the asset
    return out


# A license under the rights of its owner: "the Group obtained an exclusive license under certain patents and
# know-how of X to develop and commercialize products containing P", "the Company exercised its right, pursuant to
# the license agreement, to obtain a non-exclusive ... license ... under intellectual property rights of X to develop
# ... P". The rights' owner is the licensor.
_LICENSE_UNDER_RIGHTS_OF = re.compile(
    rf"{org('le')}\s+(?:(?:then|also|subsequently|later|thereby)\s+)?(?:(?:has|have|had)\s+)?(?:obtained|received|acquired|was\s+granted|were\s+granted|"
    rf"exercised\s+its\s+(?:right|option)\b[^.;\[\]]{{0,60}}?\bto\s+obtain)\s+"
    rf"(?P<mid>(?:an?\s+|the\s+)?(?:[\w-]+,?\s+){{0,6}}?(?:sub)?licen[sc]e\b[^.;\[\]]{{0,80}}?)\bunder\s+(?:certain\s+|the\s+)?"
    rf"(?:[\w-]+\s+){{0,3}}?(?:rights|patents|know-how)(?:\s+and\s+(?:[\w-]+\s+){{0,2}}?(?:know-how|patents|rights))?\s+"
    rf"(?:of|owned\s+by|controlled\s+by)\s+(?:the\s+)?{org('lr')}(?P<tail>(?:[^.;\[\]]|\[\[[PT]:\d+\]\]){{0,240}})"
)


@needs(r"under\s")
def _licenses_under_rights_of(tagged, state, facts, registry) -> list[Claim]:
    t, out = tagged.template, []
    if _conditional(t):
        return out
    for m in _LICENSE_UNDER_RIGHTS_OF.finditer(t):
        if re.search(r"^(?:an?\s+|the\s+)?(?:[\w-]+,?\s+){0,6}?sub-?licen[sc]e\b", m.group("mid")) or _DENIED.search(t[m.start() : m.end("mid")]):
            continue  # a sublicense under X's patents is granted by X's licensee, whom the sentence may not name
        lr, le = group_ref(tagged, m, "lr"), group_ref(tagged, m, "le")
        # the asset the license is to develop or sell, not one its products are "for use with"
        tail = re.split(r"\b(?:for\s+use\s+with|in\s+combination\s+with|together\s+with|of\s+\[\[O:)", m.group("tail"))[0]
        found = _asset_from(tagged, tail, state=state, allow_coref=False)
        if lr != le and found is not None:
            out.append(Claim(lr, le, found, EventType.GRANT, tagged.evidence))
    return out


# A license told by its transfer: "X assigned to Y its license to a group of patents owned by Z, which cover
# uses of P1 and P2", "X assigned to Y its rights under its license agreement with Z for P": Z's licensee
# is now Y.
_ASSIGNED_LICENSE = re.compile(
    rf"{org('from')}{GAP}\bassigned\s+to\s+(?:the\s+)?{org('to')}\s+(?:all\s+(?:of\s+)?)?(?:its|their)\s+"
    rf"(?:(?:[\w-]+\s+){{0,2}}?rights?\s+(?:under|in)\s+(?:the|its|their)\s+)?(?:[\w-]+\s+){{0,3}}?licen[sc]e(?:\s+agreement)?\s+"
    rf"(?:(?:to|under)\s+(?P<mid>{ASSET_GAP})\b(?:owned|held|controlled)\s+by|with|from)\s+(?:the\s+)?{org('lr')}"
    r"(?P<tail>(?:[^.;\[\]]|\[\[[PTO]:\d+\]\]){0,200})"
)


def _assigned_licenses(tagged, state, facts, registry) -> list[Claim]:
    t, out = tagged.template, []
    if "assigned" not in t or _conditional(t) or _DENIED.search(t):
        return out
    for m in _ASSIGNED_LICENSE.finditer(t):
        lr, le = group_ref(tagged, m, "lr"), group_ref(tagged, m, "to")
        found = _asset_list(tagged, m.group("mid") or "") or _asset_list(tagged, m.group("tail"))
        if lr not in (le, group_ref(tagged, m, "from")):
            out.extend(Claim(lr, le, a, EventType.GRANT, tagged.evidence) for a in found)
    return out


# "The Company holds the exclusive worldwide rights to all ... uses related to cancer in humans and, by amendment
# ..., viral infections in humans (...) for P from X pursuant to a license agreement": the license agreement
# named after the licensor vouches for a field described at length between the rights and their source.
_RIGHTS_FROM_UNDER_LICENSE = re.compile(
    rf"{org('le')}\s+(?:holds|has|had|held|owns)\s+(?:the\s+|an?\s+)?(?:[\w-]+,?\s+){{0,3}}?rights?\b"
    rf"(?P<mid>(?:[^.;\[\]]|\[\[[PT]:\d+\]\]|\.(?=\d)){{0,400}}?)\bfrom\s+(?:the\s+)?{org('lr')}(?:\s*\([^()]{{0,60}}\))?,?\s+"
    r"(?:pursuant\s+to|under)\s+(?:a|an|the|its|that)\s+(?:[\w-]+\s+){0,3}?(?i:licen[sc]e)\s+(?i:agreement)"
)


# "The Company has exclusive rights to commercialize P in the U.S. under a license from X" (the period of an
# abbreviation, after a single capital, ends no clause)
# ... and an agreement's recital of the licenses a party holds: "ILEX has exclusive licenses to certain patent rights
# concerning crisnatol ... pursuant to a License Agreement dated November 1, 1993 with X and Y" (both license).
_RIGHTS_UNDER_LICENSE_FROM = re.compile(
    rf"{org('le')}\s+(?:holds|has|have|had|held)\s+(?:the\s+|an?\s+)?(?:[\w-]+,?\s+){{0,3}}?(?:rights?|licen[sc]es?)\b"
    rf"(?P<mid>(?:[^.;\[\]]|\[\[[PT]:\d+\]\]|(?<=\b[A-Z])\.){{0,160}}?)"
    rf"\b(?:under|pursuant\s+to)\s+(?:a|an|the|its|our|their)\s+(?:[\w-]+\s+){{0,2}}?(?i:licen[sc]e)(?:\s+(?i:agreement))?"
    rf"(?:\s+dated\s+(?:as\s+of\s+)?[^;\[\]]{{4,30}}?)?\s+(?:from|with)\s+(?:the\s+)?{org('lr')}(?:\s+and\s+(?:the\s+)?{org('lr2')})?"
)


@needs(r"licen")
def _rights_held_under_license_from(tagged, state, facts, registry) -> list[Claim]:
    t = tagged.template
    if _conditional(t) or "from" not in t and "with" not in t:
        return []
    out = []
    for m in (*_RIGHTS_FROM_UNDER_LICENSE.finditer(t), *_RIGHTS_UNDER_LICENSE_FROM.finditer(t)):
        le = group_ref(tagged, m, "le")
        found = _asset_from(tagged, m.group("mid"), state=state, allow_coref=False)
        if found is None or _DENIED.search(re.sub(r"\bbut\s+not\s+limited\s+to\b", "", m.group(0))):
            continue
        # the long form's sentence dates other things ("As of March 31, 2024", an amendment); "under a
        # September 2019 license agreement with X" dates the license
        timeless = m.re is _RIGHTS_FROM_UNDER_LICENSE
        for lr in (group_ref(tagged, m, "lr"), group_ref(tagged, m, "lr2")):
            if lr is not None and lr != le:
                out.append(Claim(lr, le, found, EventType.GRANT, tagged.evidence, timeless=timeless))
    return out


# "X sold its rights to P in the US to Y", "X completed the sale of the global rights to P and Q to Y",
# "X divested P in 35 markets to Y": the rights pass from X to Y, as a license's would.
_SOLD_RIGHTS = re.compile(
    rf"{org('lr')}{GAP}\b(?:(?:sold|divested|transferred|assigned)\s+(?:its\s+|our\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?rights?\s+(?:to|for|in)\s+"
    rf"|(?:completed\s+)?(?:the\s+)?(?:sale|divestment|divestiture|transfer)\s+of\s+(?:its\s+|our\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?rights?\s+(?:to|for|in)\s+"
    rf"|divested\s+)(?:the\s+)?{token_list('PT', 'assets')}(?P<where>[^.;\[\]]{{0,80}}?)\s+to\s+(?:the\s+)?{org('le')}"
)
# "Farxiga/Forxiga intangible assets acquired from BMS": the filer bought the rights.
_ASSETS_ACQUIRED = re.compile(rf"{asset('a')}(?:/[\w-]+)?\s+intangible\s+assets?\s+(?:were\s+)?acquired\s+from\s+(?:the\s+)?{org('lr')}")


@needs(r"sold|divest|transfer|assigned|sale|intangible")
def _sold_rights(tagged, state, facts, registry) -> list[Claim]:
    t, out = tagged.template, []
    for m in _SOLD_RIGHTS.finditer(t):
        lr, le = group_ref(tagged, m, "lr"), group_ref(tagged, m, "le")
        if lr != le and not CONDITIONAL.search(t[m.start() : m.end()]):
            out.extend(Claim(lr, le, a, EventType.GRANT, tagged.evidence) for a in refs_in(tagged, m.group("assets")))
    for m in _ASSETS_ACQUIRED.finditer(t):
        if registry.registrant not in (None, group_ref(tagged, m, "lr")):
            out.append(Claim(group_ref(tagged, m, "lr"), registry.registrant, group_ref(tagged, m, "a"), EventType.GRANT, tagged.evidence))
    return out


# "Zorbix Licenses Exclusive Worldwide Rights to Quarra's ZX-101" (a headline), "we acquired the global
# rights to Quarra's ZX-101": rights to another's product come from its owner.
_RIGHTS_TO_OWNED = re.compile(
    rf"{org('le')}{GAP}\b(?i:licen[sc]es|licen[sc]ed|in-licen[sc]es|in-licen[sc]ed|acquires|acquired|obtains|obtained|receives|received|gains|gained|"
    rf"(?P<will>will\s+(?:receive|obtain|acquire|gain)))\s+"
    # "... rights to develop and commercialize the Company's P": what the rights are to do may come first
    rf"(?i:the\s+)?(?:[\w-]+,?\s+){{0,4}}?(?i:rights?)\s+(?i:to|for)\s+(?:(?:develop|commerciali[sz]e|manufacture|market|sell|use)\w*,?\s+(?:and\s+|or\s+)?){{0,4}}"
    # ("Y's product candidate, P,": what the asset is may stand before it as an appositive)
    rf"(?:the\s+)?{org('lr')}'s\s+(?:[\w-]+,?\s+){{0,3}}?{asset('a')}"
    rf"(?![®™]?\s*(?:\([^()]*\)\s*)?(?:to|from)\s+\[\[O:)"
)


_UNDER_THE_TERMS = re.compile(r"^\W*Under\s+(?:the\s+(?:terms|provisions)\s+of\s+)?(?:the|this|such|that)\s+(?:[\w-]+\s+){0,3}?[Aa]greement\b")


@needs(r"right")
def _rights_to_owned_assets(tagged, state, facts, registry) -> list[Claim]:
    out = []
    for m in _RIGHTS_TO_OWNED.finditer(tagged.template):
        lr, le = group_ref(tagged, m, "lr"), group_ref(tagged, m, "le")
        # "Under the terms of the agreement, X will receive ...": the agreement's terms, not a supposition
        told = m.group("will") and _UNDER_THE_TERMS.match(tagged.template)
        supposed = _SUPPOSED.search(tagged.template[: m.start("will")] if told else tagged.template[: m.end()])
        if lr != le and not NEGATION.search(tagged.template[m.start() : m.end()]) and not supposed:
            out.append(Claim(lr, le, group_ref(tagged, m, "a"), EventType.GRANT, tagged.evidence))
    return out
