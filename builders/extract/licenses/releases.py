"""License rules for deals as press releases announce them.

A release tells the licensee's side ("Belmora will receive exclusive rights to P", "The agreement
grants Y exclusive rights to P", "Y will pay X an upfront payment of $20 million ... for exclusive
rights to P"), the grantor being the deal's other party (:func:`_grantor`) when the sentence names none;
also terminations with where the rights go, announced licensees, in-licenses and option exercises, deals
closed to obtain or reacquire rights ("X has completed an agreement with Y to obtain the rights to P"), a
licence told as a noun phrase ("an exclusive licence granted to Y to develop P") and the signer of a
licensing agreement "to develop and commercialize P" as its licensee.
Suppositions ("if X exercises the option") and companies bought are no grants (:func:`_not_a_grant`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...model import EventType, Kind, Ref
from ..context import Registry, Tagged
from ..rules import ASSET_GAP, GAP, NEGATION, group_ref, org, refs_in
from .core import (
    _DENIED,
    _GENERIC_ENDING,
    _INSTITUTION,
    _NOTICE_BEFORE,
    _OWNED_GAP,
    _SUPPOSED,
    CLAUSE,
    LICENSED,
    Claim,
    DocumentState,
    _asset_from,
    _claims_for,
    _ending_effective_date,
    _grant_in,
    needs,
)

# A deal is being told: the sentence or one of the two before names an agreement or a license.
# ("contract" the noun, not "the contract manufacturer")
_CONTRACT = r"contracts?(?!\s+(?:research|manufactur\w*|sales|development|organi[sz]ations?|services?)\b)"
_DEAL_TOLD = re.compile(rf"\b(?:agreements?|licen[sc]\w*|deal|transaction|collaboration|partnership|{_CONTRACT})\b", re.I)
# The deal told before: "Under the terms of the license agreement, ...", "The license grants ..." (not "the
# exclusive license to P", which names a license rather than refers to one).
_THE_DEAL = re.compile(rf"\b(?:the|this|such|that)\s+(?:[\w-]+\s+){{0,3}}?(?:agreement|licen[sc]e|collaboration|transaction|partnership|deal|{_CONTRACT})\b"
                       r"(?!\s+(?:to|for|of|under)\b)", re.I)
# A supposition, not a grant: "if X exercises the option, X would receive rights to P", "X will receive
# rights to P if it exercises its option".
_SUPPOSING = re.compile(r"\b(?:if|would|could|might|(?-i:may)|should|unless|expects?|anticipates?|seeks?|hopes?)\b|\bupon\s+(?:the\s+)?exercise\b", re.I)
# Rights that came with a company or an asset bought, not by license: "we obtained the rights to P through the
# acquisition of X", "we acquired all rights to P from X under an asset purchase agreement".
_COMPANY_BOUGHT = re.compile(r"\bacquisition\s+of\b|\bmerger\b|\bacquired\s+\[\[O:|\bpurchase\s+agreement\b|\bpurchased\b", re.I)


@lru_cache(maxsize=16)  # several rules ask it of the same sentence; _SUPPOSING is a slow case-blind alternation
def _not_a_grant(template: str) -> bool:
    return bool(_SUPPOSING.search(template) or _COMPANY_BOUGHT.search(template))


def _grantor(tagged: Tagged, state: DocumentState, registry: Registry, le: Ref) -> Ref | None:
    """Who grants the rights a sentence says ``le`` gains when it names no grantor: the one other company
    of the sentence ("X and Y entered into a license agreement under which Y will receive rights to P"),
    else the filer if the deal is its own (the two named together just before, or "the agreement"), or, when the
    filer gains them, the partner of the agreement just told. ("In 2018, Y obtained an exclusive license
    to P" in a 10-K's pages on competitors is no deal of the filer's.)"""
    t = tagged.template
    others = list(dict.fromkeys(r for r in refs_in(tagged, t, Kind.ORG) if r != le))
    if others:
        return others[0] if len(others) == 1 else None
    if not any(_DEAL_TOLD.search(x) for x in (*state.recent[-2:], t)):
        return None
    home = registry.registrant or state.announcer
    if le != home:
        # "X signed a licensing deal with Y for P. Under the agreement, Y gained ...": the one party told with Y just before
        with_le = next((orgs for orgs in reversed(state.recent_orgs[-2:]) if le in orgs), None)
        partners = list(dict.fromkeys(o for o in with_le or () if o != le))
        if len(partners) == 1 and partners[0] != home:
            return partners[0]
        told_with_home = any(home in orgs and le in orgs for orgs in state.recent_orgs[-2:])
        return home if told_with_home or _THE_DEAL.search(t) else None
    return state.last_partner if state.since_partner <= 2 else None


# What the licensee gains: "exclusive rights to develop and commercialize P", "an exclusive license to P",
# "the exclusive right to commercialize P in Canada", "an exclusive license under X's patents covering P"; not
# "a right of reference to X's filings for P" (a regulator may read X's data, no license).
_GAINED = (rf"(?P<mid>(?:an?\s+|the\s+)?(?:[\w-]+,?\s+(?:and\s+)?){{0,5}}?(?:rights?|licen[sc]e|sublicen[sc]e)(?!\s+of\s+reference)\s+(?:to|for|of|under|in)\b"
           rf"{_OWNED_GAP}\[\[[PT]:\d+\]\])")
# "Belmora will receive rights to P", "Belmora gains exclusive rights to P", "Y has obtained exclusive rights
# to P from X", "Y has been granted exclusive rights to P", "Y will have the exclusive right to commercialize P".
_GAINS_RIGHTS = re.compile(
    rf"{org('le')}(?:\s*\([^()]{{0,60}}\))?,?\s+(?:"
    r"(?:will|shall)\s+(?:also\s+)?(?:receive|obtain|gain|secure|acquire|have|get|be\s+granted)"
    r"|(?:has|have|had)\s+(?:also\s+)?(?:received|obtained|gained|secured|acquired|been\s+granted)"
    r"|(?:receives|received|obtains|obtained|gains|gained|secures|secured|acquires|acquired|gets|(?:is|was|were)\s+granted))\s+"
    rf"(?:from\s+(?:the\s+)?{org('lr')}\s+)?{_GAINED}(?P<tail>{CLAUSE}{{0,80}})"
)
_FROM_PARTY = re.compile(rf"^{CLAUSE}*?\b(?:from|by)\s+(?:the\s+)?{org('lr')}")


# Rights that come back when a license ends: "Upon the Termination Effective Date, all rights to P licensed to
# X will revert to the Company, and the Company will have exclusive worldwide rights to P" is no grant by X.
_ENDING_TOLD = re.compile(r"terminat|revert|regain|reacquir|re-acquir|\breturn", re.I)


@needs(r"right|licen")
def _rights_gained(tagged, state, facts, registry) -> list[Claim]:
    """A release tells the licensee's side of the deal: what it receives, gains or obtains, from the party
    the sentence names (or the deal's other party)."""
    t, out = tagged.template, []
    if _not_a_grant(t) or any(_ENDING_TOLD.search(x) for x in (*state.recent[-2:], t)):
        return out
    for m in _GAINS_RIGHTS.finditer(t):
        if NEGATION.search(m.group(0)):
            continue
        le = group_ref(tagged, m, "le")
        after = _FROM_PARTY.match(m.group("tail"))
        named = group_ref(tagged, m, "lr") or (group_ref(tagged, after, "lr") if after else None)
        lr = named or _grantor(tagged, state, registry, le)
        out += _claims_for(tagged, lr, le, m.group("mid"))
    return out


# The agreement (or a participle after it) grants: "an agreement with X, granting Y an exclusive license to P",
# "The agreement grants Y exclusive rights to P", "a license agreement with X providing Y with rights to P",
# "The license grants Y exclusive rights to P".
_AGREEMENT_GIVES = re.compile(
    r"(?:\b(?i:agreement|deal|transaction|licen[sc]e)\s+(?:which\s+|that\s+)?(?:will\s+)?|(?:,|\]\]|\))\s+(?:which\s+|that\s+)?(?:will\s+)?)"
    r"(?:grants?|granting|gives|giving|provides|providing)\s+(?:to\s+)?"
    rf"{org('le')}(?:\s*\([^()]{{0,60}}\))?\s+(?:with\s+)?{_GAINED}"
)


@needs(r"grant|giv|provid")
def _agreements_giving_rights(tagged, state, facts, registry) -> list[Claim]:
    """The one granted is named, the grantor is the agreement's other party."""
    t, out = tagged.template, []
    if _not_a_grant(t):
        return out
    for m in _AGREEMENT_GIVES.finditer(t):
        le = group_ref(tagged, m, "le")
        out += _claims_for(tagged, _grantor(tagged, state, registry, le), le, m.group("mid"), m.group(0))
    return out


# What is paid for: "... for exclusive rights to P in China", "in exchange for the rights to P".
_FOR_RIGHTS = re.compile(
    r"\b(?:for|(?i:in\s+exchange\s+for|in\s+consideration\s+(?:for|of)))\s+(?P<mid>(?:the\s+)?(?:[\w-]+,?\s+(?:and\s+)?){0,5}?"
    rf"(?:rights?|licen[sc]e)\s+(?:to|for|of|under|in)\b{ASSET_GAP}\[\[[PT]:\d+\]\])"
)
# Who pays whom: "Y will pay X an upfront payment of $20 million", "Y will make an upfront payment of $10 million
# to X", "X will receive (is entitled to receive) an upfront payment of $25 million from Y".
_PAYS = re.compile(
    rf"{org('le')}(?:\s*\([^()]{{0,60}}\))?,?\s+(?:will\s+|shall\s+|has\s+|have\s+|(?:has\s+)?agreed\s+to\s+)?(?:pay|pays|paid|make|makes|made)\b"
    rf"[^.;\[]{{0,80}}?{org('lr')}"
    rf"|{org('lr_')}(?:\s*\([^()]{{0,60}}\))?,?\s+(?:will\s+|(?:is|will\s+be)\s+(?:eligible|entitled)\s+to\s+|has\s+)?(?:receive|receives|received)\b[^.;\[]{{0,80}}?\bfrom\s+{org('le_')}"
)
_PAYMENT = re.compile(r"\$|\bpayments?\b|\bfees?\b", re.I)


@needs(r"\$|payment|fee")
def _payers_for_rights(tagged, state, facts, registry) -> list[Claim]:
    """The one who pays for rights to P is their licensee, the one paid their licensor."""
    t = tagged.template
    rights, pays = _FOR_RIGHTS.search(t), _PAYS.search(t)
    if rights is None or pays is None or not _PAYMENT.search(t) or _not_a_grant(t):
        return []
    k = "" if pays.group("le") is not None else "_"
    return _claims_for(tagged, group_ref(tagged, pays, "lr" + k), group_ref(tagged, pays, "le" + k), rights.group("mid"), t)


# A termination told with where the rights go: "X has terminated its license to P, and all rights to P will
# revert to Y". The one who ended it held the license; the one the rights go back to granted it.
_ENDED_REVERTING = re.compile(
    rf"{org('le')}(?:\s*\([^()]{{0,60}}\))?\s+(?:has\s+|had\s+)?(?:terminated|ended|elected\s+to\s+terminate)\s+(?:its|the|their)\s+"
    rf"{ASSET_GAP}\b(?i:licen[sc]e)\b{ASSET_GAP}\brights?\s+(?:to|in)\s+(?P<mid3>{ASSET_GAP}\[\[[PT]:\d+\]\])\s+"
    rf"(?:will\s+|have\s+|has\s+)?(?:revert|reverted|return|returned|be\s+returned|were\s+returned)\s+to\s+(?:the\s+)?{org('lr')}"
    # "X has terminated its license agreement with Y for P and returned all rights to P to Y"
    rf"|{org('le_')}(?:\s*\([^()]{{0,60}}\))?\s+(?:has\s+|had\s+)?terminated\s+(?:its|the|their)\s+{ASSET_GAP}\b(?i:licen[sc]e)\b"
    rf"{CLAUSE}{{0,120}}?\band\s+(?:has\s+)?returned\s+(?:all\s+|the\s+|its\s+)*(?:[\w-]+\s+)?rights?\s+(?:to|in)\s+(?P<mid3_>{ASSET_GAP}\[\[[PT]:\d+\]\])\s+to\s+(?:the\s+)?{org('lr_')}"
)


def _terminations_reverting(tagged, state, facts, registry) -> list[Claim]:
    out = []
    for m in _ENDED_REVERTING.finditer(tagged.template):
        if _DENIED.search(m.group(0)) or re.search(r"\b(?:if|unless|should)\b", m.group(0), re.I):
            continue
        k = "" if m.group("le") is not None else "_"
        lr, le = group_ref(tagged, m, "lr" + k), group_ref(tagged, m, "le" + k)
        found = _asset_from(tagged, m.group("mid3" + k), state=state, allow_coref=False)
        if lr != le and found is not None:
            out.append(Claim(lr, le, found, EventType.TERMINATION, tagged.evidence))
    return out


# "Upon the effectiveness of such termination, all rights to P licensed to X will revert to Y": the way back names
# the license, which ends if a termination was told (this sentence or the two before), else only is.
_LICENSED_REVERTING = re.compile(
    rf"\brights?\s+(?:to|in)\s+(?P<mid>{ASSET_GAP}\[\[[PT]:\d+\]\])\s+(?:exclusively\s+)?(?:{LICENSED}|granted)\s+to\s+(?:the\s+)?{org('le')}\s+"
    rf"(?:will|shall|would)\s+(?:automatically\s+)?(?:revert|be\s+returned|return)\s+to\s+(?:the\s+)?{org('lr')}"
)


@needs(r"revert|return")
def _licensed_rights_reverting(tagged, state, facts, registry) -> list[Claim]:
    t, out = tagged.template, []
    for m in _LICENSED_REVERTING.finditer(t):
        lr, le = group_ref(tagged, m, "lr"), group_ref(tagged, m, "le")
        found = _asset_from(tagged, m.group("mid"), state=state, allow_coref=False)
        if lr == le or found is None or _DENIED.search(m.group(0)):
            continue
        ending = any(_NOTICE_BEFORE.search(x) for x in (*state.recent[-2:], t)) and not _GENERIC_ENDING.search(t)
        if ending:
            # the day this sentence or the latest one about the termination gives ("the termination will become effective on ...")
            when = next((d for x in (t, *reversed(state.recent[-2:])) if "terminat" in x.lower() or x is t
                         if (d := _ending_effective_date(x)) is not None), None)
            out.append(Claim(lr, le, found, EventType.TERMINATION, tagged.evidence, date=when))
        else:
            out.append(Claim(lr, le, found, EventType.GRANT, tagged.evidence, timeless=True))
    return out


# "X today announced the execution of an exclusive license agreement with Stanford University for the rights to P",
# "... announced an exclusive license agreement with the Y Institute for P": an institution licenses out.
_AGREEMENT_WITH_INSTITUTION = re.compile(
    rf"{org('le')}(?:\s*\([^()]{{0,60}}\))?{GAP}\b(?:announced|entered\s+into|signed|executed|completed)\b{GAP}\b(?i:licen[sc]e|licensing)"
    rf"(?:\s+and\s+\w+)?\s+agreements?\s+with\s+(?:the\s+)?{org('lr')}(?:\s*\([^()]{{0,60}}\))?(?P<mid>{CLAUSE}{{0,120}})"
)


@needs(r"licen")
def _institutions_announced(tagged, state, facts, registry) -> list[Claim]:
    out = []
    for m in _AGREEMENT_WITH_INSTITUTION.finditer(tagged.template):
        lr, le = group_ref(tagged, m, "lr"), group_ref(tagged, m, "le")
        if _INSTITUTION.search(registry.mentions[lr].name) and not _INSTITUTION.search(registry.mentions[le].name):
            out += _claims_for(tagged, lr, le, m.group("mid"), m.group(0))
    return out


# "X today announced that Y has licensed P for development in Asia": the announcer's news is its partner's
# license (a license from or to a third party would say "from" or "to").
_ANNOUNCED_LICENSEE = re.compile(
    rf"{org('lr')}(?:\s*\([^()]{{0,60}}\))?,?\s+(?:today\s+)?announced\s+(?:today\s+)?that\s+{org('le')}(?:\s*\([^()]{{0,60}}\))?\s+"
    rf"(?:has\s+)?(?:exclusively\s+)?licensed\s+(?P<mid>(?:the\s+)?(?:[\w-]+\s+){{0,4}}?(?:rights?\s+(?:to|for)\s+)?\[\[[PT]:\d+\]\])"
    rf"(?!\s*(?:\([^()]*\)\s*)?(?:,\s+)?(?:to|from)\b)"
)


def _announced_licensees(tagged, state, facts, registry) -> list[Claim]:
    out = []
    for m in _ANNOUNCED_LICENSEE.finditer(tagged.template):
        out += _grant_in(tagged, m)
    return out


# After the deal is named, who takes the asset over: "Y will be responsible for the development and
# commercialization of P in Greater China", "Y will assume responsibility for ..." (a partner of the filer,
# under a license just told).
_TAKES_OVER = re.compile(
    rf"^\W*(?:Under\s+(?:the\s+terms\s+of\s+)?the\s+(?:[\w-]+\s+){{0,3}}?agreement,\s+)?{org('le')}\s+will\s+"
    r"(?:(?:be\s+)?(?:solely\s+|fully\s+)?responsible|assume\s+(?:full\s+|sole\s+)?responsibility)\s+for\s+"
    rf"(?P<mid>(?:all\s+|the\s+|further\s+|global\s+|clinical\s+)*(?:development|commercialization|manufacturing|regulatory)\b{ASSET_GAP}\[\[[PT]:\d+\]\])"
)


def _partners_taking_over(tagged, state, facts, registry) -> list[Claim]:
    m = _TAKES_OVER.search(tagged.template)
    home = registry.registrant or state.announcer
    if m is None or home is None or group_ref(tagged, m, "le") == home:
        return []
    if not any(re.search(r"licen[sc]", x, re.I) for x in (*state.recent[-2:], tagged.template)):
        return []
    return _claims_for(tagged, home, group_ref(tagged, m, "le"), m.group("mid"), m.group(0))


# "Y will in-license P for the Chinese market", "Y has in-licensed P": the verb tells the direction; the grantor
# is the one the sentence names ("from X"), else the deal's other party.
_IN_LICENSES = re.compile(
    rf"{org('le')}(?:\s*\([^()]{{0,60}}\))?\s+(?:will\s+|has\s+|have\s+|had\s+)?in-licen[sc](?:e|es|ed)\s+"
    rf"(?P<mid>(?:[\w-]+\s+){{0,4}}?(?:rights?\s+(?:to|for)\s+)?\[\[[PT]:\d+\]\])(?P<tail>{CLAUSE}{{0,80}})"
)


@needs(r"in-licen")
def _in_licenses_announced(tagged, state, facts, registry) -> list[Claim]:
    t, out = tagged.template, []
    if _not_a_grant(t):
        return out
    for m in _IN_LICENSES.finditer(t):
        le, named = group_ref(tagged, m, "le"), _FROM_PARTY.match(m.group("tail"))
        lr = group_ref(tagged, named, "lr") if named else _grantor(tagged, state, registry, le)
        out += _claims_for(tagged, lr, le, m.group("mid"), m.group(0))
    return out


# A license agreement for, or that lets, a party work on P: "an exclusive license agreement for Y to develop and
# commercialize P in Greater China", "a license agreement with Y that allows Y to develop P", "..., enabling Y to
# commercialize P". Y is the licensee, the deal's other party the licensor.
_LICENSE_FOR_PARTY = re.compile(
    rf"\b(?i:licen[sc]e|licensing)(?:\s+and\s+\w+)?\s+agreement\b{CLAUSE}{{0,100}}?(?:\bfor|\b(?:that|which)\s+(?:will\s+)?(?:allows?|enables?|permits?)"
    rf"|\b(?:allowing|enabling|permitting))\s+(?:for\s+)?{org('le')}\s+to\s+(?:exclusively\s+)?(?:research|develop|commerciali[sz]e|market|manufacture)\b"
    rf"(?P<mid>{ASSET_GAP}\[\[[PT]:\d+\]\])"
)
# "X licensed Y the exclusive rights to P" (the licensee as the first object), "X will license to Y exclusive rights
# to P"; "X has partnered P with Y" under a license the sentence tells.
_LICENSED_PARTY = re.compile(
    rf"{org('lr')}(?:\s*\([^()]{{0,60}}\))?\s+(?:will\s+license|(?:has\s+|had\s+|have\s+)?(?:exclusively\s+)?(?:licensed|sublicensed))\s+"
    rf"(?:to\s+)?{org('le')}\s+{_GAINED}"
)
_PARTNERED = re.compile(
    rf"{org('lr')}(?:\s*\([^()]{{0,60}}\))?\s+(?:has\s+|had\s+|have\s+)?partnered\s+(?P<mid>{ASSET_GAP}\[\[[PT]:\d+\]\])\s+with\s+(?:the\s+)?{org('le')}"
    rf"(?={CLAUSE}*\b(?i:licen[sc]))"
)


@needs(r"licen")
def _licenses_to_parties(tagged, state, facts, registry) -> list[Claim]:
    t, out = tagged.template, []
    if _not_a_grant(t):
        return out
    for m in _LICENSE_FOR_PARTY.finditer(t):
        le = group_ref(tagged, m, "le")
        out += _claims_for(tagged, _grantor(tagged, state, registry, le), le, m.group("mid"), m.group(0))
    for m in [*_LICENSED_PARTY.finditer(t), *_PARTNERED.finditer(t)]:
        out += _grant_in(tagged, m)
    return out


# An exercise told as a decision, or of an opt-in: "X has elected to exercise its option to license P", "X has
# exercised its opt-in right for P". The one exercising takes the license from the deal's other party.
_ELECTED_EXERCISE = re.compile(
    rf"{org('le')}(?:\s*\([^()]{{0,60}}\))?\s+(?:has\s+|had\s+)?(?:(?:elected|decided|chosen|chose)\s+to\s+exercise|exercised)\s+(?:its|the|their)\s+"
    r"(?:exclusive\s+)?(?:option|opt-in\s+right|right\s+to\s+opt\s+in)\s+(?:to\s+(?:license|in-license|obtain|acquire)\s+|for\s+|with\s+respect\s+to\s+|to\s+)?"
    rf"(?P<mid>{ASSET_GAP}\[\[[PT]:\d+\]\])"
)


def _elected_exercises(tagged, state, facts, registry) -> list[Claim]:
    return [c for m in _ELECTED_EXERCISE.finditer(tagged.template) if (c := option_exercise(tagged, state, registry, m))]


def option_exercise(tagged: Tagged, state: DocumentState, registry: Registry, m: re.Match) -> Claim | None:
    """The exercise one match of an option rule tells: the one exercising (``le``) takes a license of the asset in
    ``mid`` from the party the match names (``lr``) or, unnamed, the deal's other party."""
    le = group_ref(tagged, m, "le")
    lr = group_ref(tagged, m, "lr") or _grantor(tagged, state, registry, le)
    found = _asset_from(tagged, m.group("mid"), state=state, allow_coref=False)
    if lr in (None, le) or found is None:
        return None
    return Claim(lr, le, found, EventType.OPTION_EXERCISE, tagged.evidence)


# A deal done to take rights, or to take them back: "X has completed an agreement with Y to obtain the rights to a
# worldwide, exclusive license for P" (Y licensed P to X); "X has reached an agreement with partner Y to reacquire
# rights to P" (X's license of P to Y ends). The verbs of a deal closed, not of one signed ("entered into", read
# by the agreements' rules).
_DEAL_DONE_FOR_RIGHTS = re.compile(
    r"\b(?:completed|reached|concluded|struck|inked|finali[sz]ed|closed)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:agreement|deal)\s+with\s+"
    rf"(?:(?:the|its|our|their)\s+)?(?:partner\s+)?{org('party')}(?:\s*\([^()]{{0,60}}\))*,?\s+to\s+"
    r"(?:(?P<take>acquire|obtain|secure|in-license)|reacquire|re-acquire|regain|recover)\s+"
    r"(?P<mid>(?:the\s+|an?\s+|all\s+)?(?:[\w-]+,?\s+){0,4}?(?:rights?|licen[sc]e)\b(?:[^.;\[\]]|\[\[[PT]:\d+\]\]){0,200}?\[\[[PT]:\d+\]\])"
)


def _deals_done_for_rights(tagged, state, facts, registry) -> list[Claim]:
    """The one who closed the deal (the sentence's company named last before it, else the filer) took the rights
    from the partner, or took back the rights it had licensed to it."""
    t, out = tagged.template, []
    if "agreement" not in t and "deal" not in t:
        return out
    for m in _DEAL_DONE_FOR_RIGHTS.finditer(t):
        party = group_ref(tagged, m, "party")
        signer = next((r for r in reversed(refs_in(tagged, t[: m.start()], Kind.ORG)) if r != party), None) or registry.registrant
        found = _asset_from(tagged, m.group("mid"), state=state, allow_coref=False)
        if signer in (None, party) or found is None or _SUPPOSED.search(t[: m.start()]) or NEGATION.search(m.group(0)):
            continue  # ("X could complete an agreement with Y to obtain rights to P by June")
        if _COMPANY_BOUGHT.search(m.group(0)):
            continue  # "completed an asset purchase agreement with Y to acquire the rights to P": a purchase
        if m.group("take"):
            out.append(Claim(party, signer, found, EventType.GRANT, tagged.evidence))
        else:
            out.append(Claim(signer, party, found, EventType.RIGHTS_RETURNED, tagged.evidence))
    return out


# A release's grant told as a noun phrase: "X and Y announce today an exclusive licence granted to Y to develop and
# commercialise P in Japan", "a license was granted by X to Y to commercialize P". The grantor is the one named ("by
# X"), else the sentence's one other company, else the announcer when the sentence announces the deal.
_LICENSE_GRANTED_TO = re.compile(
    r"\b(?:an?|the)\s+(?:[\w-]+,?\s+){0,4}?licen[sc]e\s+(?:(?:was|has\s+been|had\s+been)\s+)?granted\s+"
    rf"(?:by\s+(?:the\s+)?{org('lr')}\s+)?to\s+(?:the\s+)?{org('le')}(?:\s*\([^()]{{0,60}}\))?,?\s+to\s+(?:exclusively\s+)?"
    rf"(?:research|develop|commerciali[sz]e|market|sell|manufacture|make|use)\b(?P<mid>{ASSET_GAP}\[\[[PT]:\d+\]\])"
)
_ANNOUNCES_DEAL = re.compile(r"\bannounc(?:e|es|ed|ing)\b")


def _licenses_granted_to(tagged, state, facts, registry) -> list[Claim]:
    t, out = tagged.template, []
    if "granted" not in t or _not_a_grant(t):
        return out
    for m in _LICENSE_GRANTED_TO.finditer(t):
        le = group_ref(tagged, m, "le")
        others = list(dict.fromkeys(r for r in refs_in(tagged, t, Kind.ORG) if r != le))
        lr = group_ref(tagged, m, "lr") or (others[0] if len(others) == 1 else None)
        if lr is None and not others and _ANNOUNCES_DEAL.search(t[: m.start()]):
            lr = registry.registrant or state.announcer  # "X and Y announce ...", X not read as a name
        out += _claims_for(tagged, lr, le, m.group("mid"), m.group(0))
    return out


# A deal told by the one who signed it, to work the asset: "X ... by signing a worldwide exclusive licensing agreement
# with Y, of Taipei, Taiwan, and Z to develop and commercialize P", "X, having inked a license agreement with Y to
# commercialize P in Korea". The signer is to develop P, so it took the license from Y (and Z); not when P is said to
# be someone's own ("its P": whose is not said) or the two are to develop it together.
_SIGNED_TO_DEVELOP = re.compile(
    r"\b(?:signing|signed|inking|inked|concluding|concluded)\s+(?:an?\s+|the\s+)?(?:[\w-]+,?\s+){0,4}?(?i:licen[sc](?:e|ing))\s+agreement\s+with\s+"
    rf"(?:the\s+)?{org('lr')}(?:\s*\([^()]{{0,60}}\))?(?:,\s+of\s+[^;.\[\]]{{1,40}}?)?,?(?:\s+and\s+(?:the\s+)?{org('lr2')}(?:\s*\([^()]{{0,60}}\))?(?:,\s+of\s+[^;.\[\]]{{1,40}}?)?,?)?"
    rf"\s+to\s+(?:exclusively\s+)?(?:develop|commerciali[sz]e|market)\b(?P<mid>{ASSET_GAP}\[\[[PT]:\d+\]\])"
)
_WHOSE_OR_JOINT = re.compile(r"\b(?:its|our|their|jointly|together|co-develop\w*|co-commerciali\w*)\b|'s\s")


def _signers_to_develop(tagged, state, facts, registry) -> list[Claim]:
    t, out = tagged.template, []
    if "signing" not in t and "signed" not in t and "ink" not in t and "conclud" not in t:
        return out
    for m in _SIGNED_TO_DEVELOP.finditer(t):
        partners = [r for r in (group_ref(tagged, m, "lr"), group_ref(tagged, m, "lr2")) if r is not None]
        signer = next((r for r in refs_in(tagged, t[: m.start()], Kind.ORG) if r not in partners), None)
        if signer is None or _not_a_grant(t) or _WHOSE_OR_JOINT.search(m.group("mid")):
            continue
        out += [c for lr in partners for c in _claims_for(tagged, lr, signer, m.group("mid"), m.group(0))]
    return out
