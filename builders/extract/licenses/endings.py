"""License rules for endings: terminations, expiries, rights returned, amendments, option exercises.

"Following the termination of the X Agreement in 2018, we regained all rights to P", "X terminated its
license agreement with us for P", "The License Agreement is hereby terminated" (the partner from the
sentences before), "the license agreement with X for P expired", "Upon such termination, X's rights to
develop P will revert to Y" (after a notice told), "we and Orvena amended the license agreement",
"X exercised its option to license P from Y".
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...model import EventType, Kind, Ref
from ..context import Tagged
from ..rules import ASSET_GAP, GAP, asset, group_ref, org, refs_in
from .core import (
    _AGREEMENT_PARTY,
    _DENIED,
    _GENERIC_ENDING,
    _NOTICE_BEFORE,
    _OWNED_GAP,
    _REFERS_BACK,
    _SUPPOSED,
    COUNTRYS,
    LICENSED,
    Claim,
    DocumentState,
    _asset_from,
    _asset_list,
    _asset_refs,
    _conditional,
    _ending_effective_date,
    _grant_in,
    _holder,
    _token_of,
    needs,
)

# Contracts that are no license: a credit facility, an employment agreement, a lease, stock options.
_OTHER_CONTRACT = re.compile(r"\b(?:credit|loan|lease|employment|officer|facility|purchase|supply|merger|warrant|indenture|stock|equity|"
                             r"borrowing|severance|consulting)\b", re.I)


# "As a result of the termination of our agreement with X, we now have worldwide rights to P": the rights X held.
_RIGHTS_AFTER_ENDING = re.compile(
    rf"^\W*(?:As\s+a\s+result\s+of|Following|After)\s+(?:the\s+)?termination\s+of\s+(?:the|our|its|\[\[O:\d+\]\]'s)\s+(?:[\w-]+\s+){{0,3}}?"
    rf"(?<!supply\s)(?<!distribution\s)(?<!manufacturing\s)(?<!services\s)(?:agreement|licen[sc]e|collaboration)\s+with\s+(?:the\s+)?{org('le')}[^,;.]{{0,60}},\s+{org('lr')}\s+(?:now\s+)?(?:has|have|holds?|owns?|retains?)\s+"
    rf"(?:all\s+|full\s+|the\s+)*(?:[\w-]+\s+){{0,2}}?rights\s+(?:to|in)\s+(?P<mid>{ASSET_GAP}\[\[[PT]:\d+\]\])"
)


# What a licensee returns: "the worldwide rights to P", "our license to P", "P" itself.
_RETURNED_WHAT = re.compile(r"^\s*(?:(?:all|the|its|our|their|\[\[O:\d+\]\]'s)\s+)*(?:[\w-]+\s+){0,3}?(?:rights?|licen[sc]es?)\b|^\s*\[\[[PT]:\d+\]\]")


def _the_ended_partner(state: DocumentState, holder: Ref | None, t: str) -> Ref | None:
    """"X and Y terminate the license agreement for P. ... Y decided to stop its development. Therefore, X now regains the
    full rights for P": the one other company the last two sentences name, when one of them ends an agreement (not "Y
    may terminate the agreement upon notice. In such event, X regains all rights": an ending supposed)."""
    if _SUPPOSED_EVENT.search(t) or not any(_ENDED.search(told) and not _conditional(told) for told in state.recent[-2:]):
        return None
    others = {r for orgs in state.recent_orgs[-2:] for r in orgs if r != holder}
    return others.pop() if len(others) == 1 else None


_ENDED = re.compile(r"\bterminat\w*|\bdecided\s+to\s+(?:stop|discontinue|end)\b")
_SUPPOSED_EVENT = re.compile(r"\b(?:in\s+(?:such|that|which)\s+(?:event|case)|thereupon)\b", re.I)


def _regained_from_grantee(tagged: Tagged, t: str) -> list[Claim]:
    """"X regained all rights granted to Y after the termination and is considering its plans for P": the sentence's one
    asset. "Upon the effective date of termination, X will regain all rights that had been granted to Y": a termination told
    as fact makes a future regain one too (not "upon any termination": contract language, which the caller keeps out)."""
    out = []
    for m in re.finditer(rf"{org('lr')}\s+(?:(?:has\s+|had\s+|now\s+)?(?:regains|regained|reacquires|reacquired)|(?P<will>will\s+regain))\s+"
                         rf"(?:all\s+|the\s+|full\s+)*(?:[\w-]+\s+){{0,2}}?rights\s+(?P<mid>{ASSET_GAP})\b(?:granted|licensed)\s+to\s+"
                         rf"(?:the\s+)?{org('le')}", t):
        if m.group("will") and not _TERMINATION_TOLD.search(t):
            continue  # "will" only with the termination told
        assets = _asset_refs(tagged, m.group("mid")) or _asset_refs(tagged, t)
        if len(set(assets)) == 1:
            out.append(Claim(group_ref(tagged, m, "lr"), group_ref(tagged, m, "le"), assets[0], EventType.RIGHTS_RETURNED, tagged.evidence))
    return out


# (not an agreement's own words: "termination of this Agreement", "of the Agreement by either party", "for any reason")
_TERMINATION_TOLD = re.compile(r"\b(?:after|following|upon)\s+(?:the\s+)?(?:effective\s+date\s+of\s+(?:the\s+)?)?termination\b"
                               r"(?!\s+of\s+(?:this|the\s+Agreement)\b)(?![^.;]{0,80}\b(?:by\s+either\s+party|for\s+any\s+reason))")


def _the_ended_product(state: DocumentState) -> Ref | None:
    """The one product of the last two sentences, when they end a license (not a supply or distribution deal)."""
    told = state.recent[-2:]
    assets = {a for refs in state.recent_assets[-2:] for a in refs}
    ended = any(_ENDED.search(x) for x in told) and not any(_OTHER_CONTRACT.search(x) for x in told)
    return assets.pop() if ended and len(assets) == 1 else None


_THE_PRODUCT = re.compile(r"\s*(?:the|this|that|such)\s+(?:product|drug|compound|candidate|product\s+candidate|program|asset)\b")


# The party of the deal a regain closes: "the transaction with X in which we regained all rights to P" (only told so: a
# financing or a merger "transaction with X" is no license's ending).
_ENDING_PARTY = re.compile(rf"{_AGREEMENT_PARTY.pattern}|(?<!financing\s)(?<!merger\s)\b[Tt]he\s+transaction\s+with\s+{org('deal')}"
                           r"(?:\s*\([^()]*\))?,?\s+(?:in|under|by)\s+which\s")


@needs(r"terminat|regain|reacquir|re-acquir|recover|return|revert")
def _returns(tagged, state, facts, registry) -> list[Claim]:
    t, out = tagged.template, []
    if (m := _RIGHTS_AFTER_ENDING.search(t)) and not _SUPPOSED.search(t):
        out += [replace(c, event=EventType.RIGHTS_RETURNED) for c in
                _grant_in(tagged, m)]
    if _conditional(t):
        return out + (_regained_from_grantee(tagged, t) if _TERMINATION_TOLD.search(t) and not _GENERIC_ENDING.search(t) else [])
    # "... we regained all rights to P" after an agreement this sentence or the ones before name: its partner.
    # ("X has now reacquired full ownership of the development and commercialization rights to the product")
    for m in re.finditer(rf"{org('lr')}\s+(?:has\s+|have\s+|had\s+)?(?:now\s+)?(?:regained|regains|reacquired|re-acquired|recovered)\s+"
                         rf"(?:(?:all|the|full)\s+)*(?:ownership\s+of\s+(?:the\s+|all\s+)*)?(?:[\w-]+\s+){{0,4}}?rights\s+(?:to|in|for)\b(?P<mid>(?:[^.;\[\]]|\[\[[PTO]:\d+\]\]){{0,200}}?)(?:[.;]|$)", t):
        lr, party = group_ref(tagged, m, "lr"), None
        for pm in _ENDING_PARTY.finditer(t, 0, m.start() + 1):
            party = group_ref(tagged, pm, "named") or group_ref(tagged, pm, "with") or group_ref(tagged, pm, "deal")
        if party is None and _REFERS_BACK.search(t[: m.start()]) and state.since_partner <= 2:
            party = state.last_partner
        if party is None:
            party = _the_ended_partner(state, lr, t)
        # (what follows another company is that company's: "..., while Y retains its rights to P")
        mid = re.split(r"\[\[O:\d+\]\]", m.group("mid"))[0]
        found = _asset_from(tagged, mid, state=state, allow_coref=False)
        if found is None and _THE_PRODUCT.match(mid):
            found = _the_ended_product(state)  # "the rights to the product": the one the ending just told was of
        if party not in (None, lr) and found is not None:
            out.append(Claim(lr, party, found, EventType.RIGHTS_RETURNED, tagged.evidence))
    out += _regained_from_grantee(tagged, t)
    # ("we returned our rights to P to X")
    returned_to = rf"{org('le')}{GAP}\b(?:has\s+|had\s+|will\s+)?(?:returned|return|returns)\b(?P<mid>{_OWNED_GAP})\bto\s+(?:the\s+)?{org('lr')}"
    patterns = [
        (rf"{org('lr')}{GAP}\b(?:has\s+|had\s+|have\s+)?(?:regained|reacquired|re-acquired|regains|recovered|obtained\s+the\s+return\s+of)\b(?P<mid>{ASSET_GAP})\bfrom\s+(?:the\s+|{COUNTRYS})?{org('le')}", True),
        (rf"{org('lr')}{GAP}\b(?:has\s+|had\s+)?(?:regained|reacquired|regains)\b(?P<mid>{ASSET_GAP})\b{LICENSED}\s+to\s+(?:the\s+)?{org('le')}", True),
        # "we terminated our license agreement with X under which we had licensed P, and returned all rights to P to X"
        (rf"^\W*(?:In\s+[^,\[\]]{{1,30}},\s+)?{org('le')}\s+(?:[^.;]|\.(?=\d)){{0,200}}?,?\s+and\s+returned\s+(?P<mid>(?:all\s+|the\s+|its\s+|our\s+)*"
         rf"(?:[\w-]+\s+){{0,2}}?rights?\s+(?:to|in)\s+{ASSET_GAP}\[\[[PT]:\d+\]\])\s+to\s+(?:the\s+)?{org('lr')}", True),
        # "We regained the rights to P in Korea after X terminated our license agreement"
        (rf"{org('lr')}\s+(?:has\s+|had\s+)?(?:regained|reacquired|re-acquired)\s+(?:all\s+|the\s+|full\s+)*(?:[\w-]+\s+){{0,2}}?rights\s+(?:to|in)\s+(?P<mid>{ASSET_GAP}\[\[[PT]:\d+\]\])"
         rf"[^.;\[\]]{{0,40}}?\bafter\s+(?:the\s+)?{org('le')}\s+(?:had\s+)?terminated\b", True),
        # "X discontinued development of P and returned the rights to us": the asset of the clause before
        (rf"{org('le')}\s+(?P<mid>[^.;\[\]]{{0,80}}?\[\[[PT]:\d+\]\][^.;\[\]]{{0,40}}?),?\s+and\s+(?:has\s+)?returned\s+(?:all\s+|the\s+|its\s+)*(?:[\w-]+\s+){{0,2}}?rights\s+"
         rf"to\s+(?:the\s+)?{org('lr')}", True),
        (returned_to, True),
        # "we reacquired from X the rights to P in Japan"
        (rf"{org('lr')}{GAP}\b(?:has\s+|had\s+)?(?:regained|reacquired|re-acquired|recovered)\s+from\s+(?:the\s+)?{org('le')}\s+(?P<mid>(?:all\s+|the\s+|its\s+)*(?:[\w-]+\s+){{0,2}}?rights?\s+(?:to|in)\s+{ASSET_GAP}\[\[[PT]:\d+\]\])", True),
        (rf"{org('le')}{GAP}\b(?:has\s+|had\s+)?returned\s+to\s+(?:the\s+)?{org('lr')}\s+(?P<mid>(?:all\s+|the\s+)*(?:[\w-]+\s+){{0,2}}?rights?\s+(?:to|in)\s+{ASSET_GAP}\[\[[PT]:\d+\]\])", True),
    ]
    # "X terminated the agreement, and all rights to P reverted to us": the licensee is the other party.
    # ("the rights to P granted to X reverted to us": X)
    for m in re.finditer(rf"\brights?\s+(?:to|in|under)\b(?P<mid>{ASSET_GAP})(?:\s*(?:{LICENSED}|granted)\s+to\s+{org('le')}\s+)?"
                         rf"\b(?:reverted|were\s+returned|have\s+reverted|returned)\s+to\s+(?:the\s+)?{org('lr')}", t):
        lr = group_ref(tagged, m, "lr")
        # "all rights to P licensed to X reverted to us": X; else the one other party of the sentence
        others = [group_ref(tagged, m, "le")] if m.group("le") else list(dict.fromkeys(r for r in refs_in(tagged, t, Kind.ORG) if r != lr))
        if not others and state.last_partner not in (None, lr) and state.since_partner <= 2:
            others = [state.last_partner]  # "The termination became effective ..., and all rights to P reverted to us."
        elif not others and registry.registrant not in (None, lr):
            others = [registry.registrant]  # "... all rights to P returned to Brevanta": the filer held them
        found = _asset_from(tagged, m.group("mid"), state=state)
        if len(others) == 1 and found is not None:
            out.append(Claim(lr, others[0], found, EventType.RIGHTS_RETURNED, tagged.evidence))
    # "X terminated its license to the Company's P, and all rights reverted to the Company", "X terminated the
    # agreement for P, and we regained full rights to the program", "..., and P reverted to us": the rights are the license's, whose one
    # asset the clause before names
    for m in re.finditer(rf",?\s+and\s+(?:(?:(?:all\s+|such\s+|the\s+)*rights|\[\[[PT]:\d+\]\])\s+(?:have\s+|had\s+|has\s+)?(?:reverted|were\s+returned|was\s+returned)\s+to\s+(?:the\s+)?{org('lr')}"
                         rf"|{org('lr_')}\s+(?:has\s+|have\s+)?(?:regained|reacquired|re-acquired)\s+(?:all\s+|full\s+|the\s+|its\s+|our\s+)*(?:[\w-]+\s+){{0,2}}?rights\b)", t):
        lr, before = group_ref(tagged, m, "lr") or group_ref(tagged, m, "lr_"), t[: m.start()]
        others = [r for r in refs_in(tagged, before, Kind.ORG) if r != lr]
        assets = _asset_refs(tagged, before)
        if len(others) == 1 and len(assets) == 1 and re.search(r"\b(?:terminat\w*|ended|cancell?ed)\b", before):
            out.append(Claim(lr, others[0], assets[0], EventType.RIGHTS_RETURNED, tagged.evidence))
    for pattern, _ in patterns:
        for m in re.finditer(pattern, t):
            if pattern is returned_to and not _RETURNED_WHAT.match(m.group("mid")):
                continue  # "We returned the unused clinical supplies of P to X"
            found = _asset_from(tagged, m.group("mid"), state=state)
            lr, le = group_ref(tagged, m, "lr"), group_ref(tagged, m, "le")
            if _DENIED.search(m.group(0)):
                continue  # "X has not returned to us the rights to P"
            if le == lr:  # "we terminated our agreement with X and returned all rights to P to X": the subject returned them
                le = next((r for r in refs_in(tagged, t[: m.start()], Kind.ORG) if r != lr), None)
            out.append(Claim(lr, le, found, EventType.RIGHTS_RETURNED, tagged.evidence))
    return out


# A termination already announced, whose effect the sentence schedules: "Upon such termination of the
# License Agreement, X's rights to develop P will revert to Y"; "... this becomes effective in November
# 2014 at which time all rights related to P will be returned to Y" (P may be described at length before the
# verb). Contract language ("Upon termination
# of this Agreement, all rights shall revert to Licensor", "if ... will revert") supposes; it is not read.
_SCHEDULED_RETURN = re.compile(
    rf"(?:{org('le')}'s\s+)?(?<![\w-])(?:(?:all|the|its|their)\s+)*(?:[\w-]+\s+(?:and\s+)?){{0,4}}?rights?\s+(?:to|in|under|related\s+to|relating\s+to|with\s+respect\s+to)\b"
    rf"(?P<mid>(?:[^.;\[\]]|\[\[[PT]:\d+\]\]){{0,240}}?)\bwill\s+(?:be\s+returned|revert|be\s+transferred\s+back|transfer\s+back)\s+to\s+(?:the\s+)?{org('lr')}"
)
_ANNOUNCED_ENDING = re.compile(r"\b(?:such|this|that|the)\s+(?i:termination)\b|\bat\s+which\s+time\b")


# "As a result of the termination, ... the license granted by X to Y thereunder regarding the P Program shall expire": the
# license a notice just ended, told by its grant. Its future ("shall expire") only after a notice and "the termination";
# an agreement's own "Upon termination of this Agreement, the licenses granted by Licensor to Licensee shall terminate"
# supposes.
_GRANTED_LICENSE_ENDS = re.compile(
    rf"\b(?:the|all|any\s+and\s+all|each\s+of\s+the)\s+(?:[\w-]+\s+)?licen[sc]es?\s+granted\s+by\s+(?:the\s+)?{org('lr')}\s+to\s+(?:the\s+)?{org('le')}(?P<mid>{ASSET_GAP})\s+"
    rf"(?:(?P<will>shall|will)\s+(?:expire|terminate|end)|(?:has\s+|have\s+|had\s+)?(?:expired|terminated|ended))\b"
)


# (contract language short of its "shall", which a notice and "the termination" make a fact here)
_SUPPOSED_ENDING = re.compile(r"\b(?:if|unless|absent|subject\s+to|disput\w+|cure|would|in\s+the\s+event|any\s+termination|"
                              r"termination\s+of\s+this\s+agreement|expiration\s+or\s+termination)\b", re.I)
_PART_ENDS = re.compile(r"\s+(?:in|with\s+respect\s+to|as\s+to|solely|only)\b(?!\s+its\s+entirety)")


@needs(r"licen[sc]es?\s+granted\s+by")
def _granted_licenses_ending(tagged, state, facts, registry) -> list[Claim]:
    t = tagged.template
    m = _GRANTED_LICENSE_ENDS.search(t)
    if m is None or _SUPPOSED_ENDING.search(t) or _DENIED.search(m.group(0)):
        return []
    if _PART_ENDS.match(t, m.end()):
        return []  # "... shall expire in Korea": one territory's part of the license, the rest goes on
    told = [x for x in (*state.recent[-2:], t) if _NOTICE_BEFORE.search(x)]
    if m.group("will") and not (_ANNOUNCED_ENDING.search(t) and told):
        return []
    lr, le = group_ref(tagged, m, "lr"), group_ref(tagged, m, "le")
    found = _asset_from(tagged, m.group("mid"), state=state, allow_coref=False)
    if lr == le or found is None:
        return []
    when = _ending_effective_date(t) or (_ending_effective_date(told[-1]) if told else None)
    return [Claim(lr, le, found, EventType.TERMINATION, tagged.evidence, date=when)]


@needs(r"will\s+(?:be\s+returned|revert|be\s+transferred\s+back|transfer\s+back)")
def _scheduled_returns(tagged, state, facts, registry) -> list[Claim]:
    """Rights that will go back to their licensor when an announced termination takes effect: the
    licensor is the one they go back to, the licensee the one whose rights they are or the agreement's
    other party."""
    t = tagged.template
    m = _SCHEDULED_RETURN.search(t)
    if m is None or _GENERIC_ENDING.search(t) or _DENIED.search(m.group(0)):
        return []
    told = [(x, orgs) for x, orgs in zip((*state.recent[-2:], t), (*state.recent_orgs[-2:], tuple(tagged.tokens(Kind.ORG))), strict=True)
            if _NOTICE_BEFORE.search(x)]
    if not (_ANNOUNCED_ENDING.search(t) and told):
        return []
    lr = group_ref(tagged, m, "lr")
    le = group_ref(tagged, m, "le")
    if le is None:
        # the one other party of the sentence, else of the one that announced the termination
        others = [r for r in refs_in(tagged, t, Kind.ORG) if r != lr] or [r for r in dict.fromkeys(told[-1][1]) if r != lr]
        le = others[0] if len(others) == 1 else None
    found = _asset_from(tagged, m.group("mid"), state=state, allow_coref=False)
    if le in (None, lr) or found is None:
        return []
    # "... which termination will be effective on March 8, 2018. Upon such termination, ...": the day the
    # announcing sentence gives, when this one gives none
    when = _ending_effective_date(t) or _ending_effective_date(told[-1][0])
    return [Claim(lr, le, found, EventType.TERMINATION, tagged.evidence, date=when)]


# "Y notified us of its decision to terminate the agreement for P, effective ...": a notice given is an
# event even though the ending it announces lies ahead (so not CONDITIONAL).
_NOTICE = (
    r"\b(?:notified|informed|gave\s+(?:written\s+)?notice\s+to|provided\s+(?:written\s+)?notice\s+to|(?:gave|provided)(?=\s+\[\[O:\d+\]\]\s+(?:with\s+)?(?:written\s+)?notice))\s+"
    r"(?:\[\[O:(?P<x>\d+)\]\]\s+)?(?:(?:with\s+)?(?:written\s+)?notice\s+(?=of\s+(?:(?:its|our|their)\s+)?termination))?(?:on\s+[\w ,]{3,25}?\s+)?(?:of\s+(?:(?:its|our|their)\s+)?termination|of\s+its\s+(?:decision|intention|intent|election)\s+to\s+terminate|"
    r"that\s+it\s+(?:would|will|has|had|was|is)?\s*(?:elected\s+to\s+|decided\s+to\s+)?terminat\w*)"
)


# "Y delivered to X written notice of Y's election to terminate the License Agreement": the addressee before the notice.
_DELIVERED_NOTICE = (r"\b(?:delivered|sent|provided|gave)\s+to\s+\[\[O:(?P<x>\d+)\]\](?:\s*\([^()]{0,40}\))?\s+(?:a\s+)?(?:written\s+)?notice\s+of\s+"
                     r"(?:(?:its|our|their|\[\[O:\d+\]\]'s)\s+)?(?:election|decision|intention|intent)\s+to\s+terminate")


def _termination_notices(tagged, state, registry) -> list[Claim]:
    t, out = tagged.template, []
    for m in re.finditer(rf"{org('y')}(?:\s*\([^()]{{0,40}}\))?{GAP}(?:{_NOTICE}|{_DELIVERED_NOTICE.replace('(?P<x>', '(?P<x_>')})(?P<mid>{ASSET_GAP})(?:[.;]|$)", t):
        y = group_ref(tagged, m, "y")
        x = group_ref(tagged, m, "x") or group_ref(tagged, m, "x_") or registry.registrant
        if x is None or x == y:
            continue
        found = _asset_from(tagged, m.group("mid"), state=state, allow_coref=False)
        out.append(Claim(x, y, found, EventType.TERMINATION, tagged.evidence, ordered=False))
    return out


_EFFECTIVE_TERMINATION = re.compile(r"^\s*(?:The|Such|This)\s+termination\s+(?:will\s+become|became|becomes|will\s+be|was|is)\s+effective\s+(?:on|as\s+of)\b")


@needs(r"terminat|cancel|expired|ended\s")
def _terminations(tagged, state, facts, registry) -> list[Claim]:
    t, out = tagged.template, []
    # "The termination will become effective on December 27, 2023": the ending of the agreement just named
    if _EFFECTIVE_TERMINATION.search(t) and registry.registrant and state.last_partner not in (None, registry.registrant) and state.since_partner <= 2:
        out.append(Claim(registry.registrant, state.last_partner, None, EventType.TERMINATION, tagged.evidence, ordered=False))
    if _conditional(t):
        # "The agreement expired ... upon expiration of the last patent": told, not supposed
        told = [] if _SUPPOSED.search(t) else _ended_agreements(tagged, state, registry)
        # ("X gave notice that it would terminate its license to P": the notice given, whose license it was)
        return out + (_terminated_whose_license(tagged, state, registry) or _termination_notices(tagged, state, registry)) + told
    out.extend(_termination_notices(tagged, state, registry))  # "X notified us of its decision to terminate ..."
    agreement = r"(?:licen[sc]e|collaboration|development|commercialization|option|research|partnership|alliance)(?:\s+and\s+\w+)?\s+agreements?"
    patterns = [
        rf"{org('x')}{GAP}\b(?:has\s+|had\s+)?(?:terminated|terminates|elected\s+to\s+terminate|gave\s+notice\s+of\s+termination\s+of|notified{GAP}termination\s+of)\b(?P<mid>{ASSET_GAP})\b(?:with|between)\s+{org('y')}",
        # "X today announced the termination of its previous license agreement with Y in relation to P"
        rf"{org('x')}(?:\s*\([^()]{{0,60}}\))?{GAP}\b(?:announced|reported|disclosed|confirmed)\s+(?:today\s+)?the\s+termination\s+of\s+(?:its|the|their)\s+"
        rf"(?:(?:previous|existing|prior|exclusive|former)\s+)*{agreement}\s+with\s+(?:[A-Z][a-z]+'s\s+)?{org('y')}(?P<mid>{ASSET_GAP})(?=[.;]|$)",
        # "The Company and Baxendale mutually agreed to terminate that agreement"
        rf"{org('x')}\s+and\s+{org('y')}\s+(?:have\s+|had\s+)?(?:mutually\s+)?agreed\s+to\s+terminate\b(?P<mid>{ASSET_GAP})(?=[.;,]|$)",
        rf"{org('x')}(?:'s)?{GAP}\b{agreement}\s+with\s+{org('y')}(?P<mid>{ASSET_GAP})\b(?:was|were|has\s+been|had\s+been|is)\s+(?:mutually\s+)?terminated",
        # "... terminated its license agreement with us for P": what the agreement was for follows it ("X exercised
        # its right to terminate the license agreement for P")
        rf"{org('y')}\s+(?:has\s+|had\s+)?(?:terminated|exercised\s+its\s+right\s+to\s+terminate|elected\s+to\s+terminate)\s+(?:the|its|our|their|\[\[O:\d+\]\]'s)\s+(?P<mid>{agreement}(?:\s+with\s+{org('x')})?"
        rf"(?:\s+(?:for|relating\s+to|covering|regarding|with\s+respect\s+to)\s+(?:[^.;,\[\]]|\[\[[PT]:\d+\]\]){{0,80}})?)",
    ]
    for pattern in patterns:
        for m in re.finditer(pattern, t):
            x, y = group_ref(tagged, m, "x"), group_ref(tagged, m, "y")
            x = x or registry.registrant
            if x is None or y is None or x == y or _DENIED.search(t[m.start() : m.start("mid")]):
                continue  # ("X has not announced the termination of ...")
            found = _asset_from(tagged, m.group("mid"), state=state, allow_coref=False)
            out.append(Claim(x, y, found, EventType.TERMINATION, tagged.evidence, ordered=False))
    out = _terminated_whose_license(tagged, state, registry) or out
    out.extend(_cancelled_licenses(tagged, state, registry) if not out else [])
    out.extend(_ended_agreements(tagged, state, registry) if not out else [])
    # "the license agreement with X for P expired", "the X Agreement expired in accordance with its terms"
    named = rf"{org('y')}(?:'s)?\s+(?:(?:License|Licence|Collaboration|Option|Development)\s+)*Agreement\s+(?:has\s+|had\s+)?(?P<mid>)expired\b"
    expiries = [*re.finditer(rf"{agreement}\s+with\s+{org('y')}(?P<mid>{ASSET_GAP})\bexpired\b", t), *re.finditer(named, t)]
    for m in expiries:
        if registry.registrant and group_ref(tagged, m, "y") != registry.registrant:
            found = _asset_from(tagged, m.group("mid"), state=state, allow_coref=False)
            out.append(Claim(registry.registrant, group_ref(tagged, m, "y"), found, EventType.TERMINATION, tagged.evidence, ordered=False, expired=True))
    return out


# An agreement ended without its partner named in the sentence: "In July 2022, we terminated the license
# agreement", "The license agreement was terminated effective July 1, 2022", "The License Agreement is hereby
# terminated", "The agreement expired in accordance with its terms on December 31, 2023". The partner is
# the other company of the sentence, or of the agreement the sentences before told.
# A license agreement, or "the agreement" alone (a merger or supply agreement has its kind before "agreement").
def _the_agreement(key: str = "") -> str:
    """The pattern, its groups ``named`` and ``named2`` (the partner naming it) suffixed with ``key``."""
    return (rf"(?:(?:(?i:the|this|such|that|its|our|their)|\[\[O:\d+\]\]'s)\s+(?:\[\[O:(?P<named{key}>\d+)\]\]\s+)?(?:[\w-]+\s+){{0,3}}?"
            rf"(?:(?i:licen[sc]e|collaboration)(?:\s+(?:and\s+\w+\s+)?(?i:agreement))?|(?<![Ss]tock\s)(?i:option)\s+(?:and\s+\w+\s+)?(?i:agreement))"
            rf"|(?i:the|this|such|that)\s+(?:\[\[O:(?P<named2{key}>\d+)\]\]\s+)?(?i:agreement))\b")


def _partner_named(m: re.Match) -> str | None:
    return next((v for k, v in m.groupdict().items() if k.startswith("named") and v), None)
_ENDED_AGREEMENT = re.compile(
    rf"\b(?:terminated|(?:mutually\s+)?agreed\s+to\s+terminate|cancell?ed)\s+{_the_agreement()}"
    rf"|^\s*(?:\w+\s+){{0,6}}?{_the_agreement('_b')}(?:,\s+as\s+amended,)?\s+(?P<how>(?:was|has\s+been|had\s+been|is\s+hereby|were)\s+(?:mutually\s+)?terminated|(?:has\s+|had\s+)?expired)\b"
)


def _ended_agreements(tagged, state, registry) -> list[Claim]:
    t, home = tagged.template, registry.registrant
    m = _ENDED_AGREEMENT.search(t)
    if m is None or _DENIED.search(t[: m.end()]) or _OTHER_CONTRACT.search(t):
        return []
    expired = bool(m.group("how")) and "expired" in m.group("how")
    if home is None and state.last_grant is not None:
        # an agreement between two others ("The License Agreement is hereby terminated"): the grant it told
        return [Claim(*state.last_grant, None, EventType.TERMINATION, tagged.evidence, ordered=False, expired=expired)]
    partner = _partner_of(tagged, m, state, home) if home is not None else None
    return [Claim(home, partner, None, EventType.TERMINATION, tagged.evidence, ordered=False, expired=expired)] if partner else []


def _partner_of(tagged: Tagged, m: re.Match, state: DocumentState, home: Ref) -> Ref | None:
    """The filer's partner in the agreement a sentence ends or amends: the company naming it ("the Velmora
    Agreement"), the one other company of the sentence, or the partner the sentences before told."""
    named = _partner_named(m)
    others = [tagged.ref(named)] if named else [r for r in refs_in(tagged, tagged.template, Kind.ORG) if r != home]
    if not others and state.last_partner not in (None, home) and state.since_partner <= 2:
        others = [state.last_partner]
    return others[0] if len(others) == 1 and others[0] != home else None


# "In December 2022, we and Orvena amended the license agreement to expand the territory", "we entered into
# Amendment No. 2 to the Exclusive License Agreement with X", "The agreement was amended in 2017", "we renewed
# the license": an event in the life of the license between the filer and its partner.
_AMENDED = re.compile(
    rf"\b(?P<verb>amended(?:\s+and\s+restated)?|renewed|extended\s+the\s+term\s+of)\s+{_the_agreement()}"
    rf"|\b(?:entered\s+into|signed|executed)\s+(?:an?\s+|the\s+)?(?:[\w.-]+\s+){{0,3}}?(?i:amendment)\b(?:[^.;]|\.(?=\s*\d)){{0,60}}?\bto\s+{_the_agreement('_')}"
    rf"|\b(?i:licen[sc]e|agreement)\s+(?:was|has\s+been|were|had\s+been)\s+(?:subsequently\s+|further\s+)?(?P<passive>amended|renewed|extended)\b"
)


@needs(r"amend|renew|extended")
def _amendments(tagged, state, facts, registry) -> list[Claim]:
    t, home = tagged.template, registry.registrant
    m = _AMENDED.search(t)
    if m is None or home is None or _conditional(t) or _DENIED.search(t[: m.end()]) or _OTHER_CONTRACT.search(t):
        return []
    partner = _partner_of(tagged, m, state, home)
    if partner is None:
        return []
    verb = (m.group("verb") or m.group("passive") or "amended").split()[0]
    event = EventType.RENEWAL if verb in ("renewed", "extended") else EventType.AMENDMENT
    return [Claim(home, partner, None, event, tagged.evidence, ordered=False)]


# "Effective March 31, 2023, the license agreement under which X held rights to P was terminated": X the
# filer's licensee.
_ENDED_UNDER_WHICH_HELD = re.compile(
    rf"\b(?i:licen[sc]e|collaboration)\s+(?:and\s+\w+\s+)?(?i:agreement)\s+under\s+which\s+{org('le')}\s+(?:held|had|obtained|received)\s+(?:[\w-]+,?\s+){{0,3}}?"
    rf"(?:rights?|licen[sc]e)\s+(?:to|for)\s+(?P<mid>{ASSET_GAP}\[\[[PT]:\d+\]\]){ASSET_GAP}\b(?:was|has\s+been|had\s+been)\s+terminated\b"
)
# "X terminated our license to P", "we received notice from X that it was terminating our license to P": the license
# ended is the possessor's, so X, the other party, granted it.
# "X terminated its license to P", "X elected to terminate its rights to P", "X gave notice that it would terminate its
# license to P" (a notice given is an event): X's own, so the filer had granted it (when no one else is named).
_TERMINATED_WHOSE_LICENSE = re.compile(
    rf"(?:{org('lr')}\s+(?:has\s+|had\s+)?terminated|\breceived\s+(?:written\s+)?notice\s+from\s+(?:the\s+)?{org('lr2')}\s+that\s+it\s+(?:was|is)\s+terminating)\s+"
    rf"{org('le')}'s\s+(?:(?:exclusive|non-exclusive|worldwide)\s+)*licen[sc]e\s+(?:to|for|of)\s+(?P<mid>{ASSET_GAP}\[\[[PT]:\d+\]\])"
    rf"|{org('le_')}\s+(?:has\s+|had\s+)?(?:terminated|elected\s+to\s+terminate|(?P<notice>(?:gave|provided|sent)\s+(?:written\s+)?notice\s+(?:to\s+\[\[O:\d+\]\]\s+)?"
    rf"that\s+it\s+(?:would|will|intended\s+to|intends\s+to)\s+terminate))\s+its\s+(?:(?:exclusive|non-exclusive|worldwide)\s+)*(?:licen[sc]e|rights)\s+(?:to|for|of)\s+(?P<mid_>{ASSET_GAP}\[\[[PT]:\d+\]\])"
)


def _terminated_whose_license(tagged, state, registry) -> list[Claim]:
    held = _ENDED_UNDER_WHICH_HELD.search(tagged.template)
    if held and registry.registrant not in (None, group_ref(tagged, held, "le")) and not _DENIED.search(held.group(0)):
        return [Claim(registry.registrant, group_ref(tagged, held, "le"), _asset_refs(tagged, held.group("mid"))[0], EventType.TERMINATION, tagged.evidence)]
    m = _TERMINATED_WHOSE_LICENSE.search(tagged.template)
    if m is None or _DENIED.search(m.group(0)) or (not m.group("notice") and _SUPPOSED.search(tagged.template)):
        return []
    if m.group("le_"):
        le, mid = group_ref(tagged, m, "le_"), m.group("mid_")
        others = set(refs_in(tagged, tagged.template, Kind.ORG)) - {le}
        lr = registry.registrant if others <= {registry.registrant} else None
    else:
        lr, le, mid = group_ref(tagged, m, "lr") or group_ref(tagged, m, "lr2"), group_ref(tagged, m, "le"), m.group("mid")
    found = _asset_from(tagged, mid, state=state, allow_coref=False)
    if len(_asset_list(tagged, tagged.template[tagged.template.find(mid) :])) > 1:
        return []  # "its license to P1 and P2, and all rights reverted": which went back is for the other rules to say
    return [Claim(lr, le, found, EventType.TERMINATION, tagged.evidence)] if None not in (lr, le, found) and lr != le else []


# An ending told as a noun, whose license it was and whose asset: "a letter agreement providing for the termination of
# Y's license to X's Zorbitech Technology" (Y licensed X's asset), "notice regarding termination of the license and
# development agreement between X and Y for X's P product", "... of the license agreement with Y for X's P" (the owner
# of P licensed it to the other party).
_ENDING_OF_WHOSE = re.compile(
    rf"\btermination\s+of\s+(?:"
    rf"{org('le')}'s\s+(?:(?:exclusive|non-exclusive|worldwide)\s+)*licen[sc]e\s+(?:to|for|of)\s+(?:{org('lr')}'s\s+)?(?:[\w-]+\s+){{0,3}}?{asset('a')}"
    rf"|(?:the|its|our|their)\s+(?:previously\s+announced\s+)?(?:[\w-]+\s+){{0,3}}?(?i:licen[sc]e)(?:\s+and\s+[\w-]+)?\s+(?i:agreement)\s+"
    rf"(?:between\s+{org('x')}\s+and|with)\s+{org('y')}(?:\s*\([^()]{{0,60}}\))?\s+(?:for|relating\s+to|covering|regarding)\s+{org('lr_')}'s\s+(?:[\w-]+\s+){{0,3}}?{asset('a_')})"
)


def _endings_of_whose_license(tagged, state, facts, registry) -> list[Claim]:
    t = tagged.template
    if "termination of" not in t or _SUPPOSED.search(t):
        return []  # "could result in the termination of our license to P": a risk, not an ending
    out = []
    for m in _ENDING_OF_WHOSE.finditer(t):
        if m.group("le"):
            le, a = group_ref(tagged, m, "le"), group_ref(tagged, m, "a")
            lr = group_ref(tagged, m, "lr") or _holder(a, facts) or registry.registrant
        else:
            lr, a = group_ref(tagged, m, "lr_"), group_ref(tagged, m, "a_")
            pair = _ended_agreements_parties(tagged, m, registry)
            le = (pair - {lr}).pop() if lr in pair and len(pair) == 2 else None
        if None not in (lr, le) and lr != le and not _DENIED.search(t[: m.end()]):
            out.append(Claim(lr, le, a, EventType.TERMINATION, tagged.evidence))
    return out


def _ended_agreements_parties(tagged: Tagged, m: re.Match, registry) -> set[Ref | None]:
    """The two parties of "the agreement between X and Y"; of "our agreement with Y", the filer and Y; of "X notified
    us of the termination of the agreement with us", us and the sentence's one other company."""
    x, y = group_ref(tagged, m, "x"), group_ref(tagged, m, "y")
    if x is None:
        others = set(refs_in(tagged, tagged.template, Kind.ORG)) - {y}
        x = registry.registrant if y != registry.registrant else others.pop() if len(others) == 1 else None
    return {x, y}


def _cancelled_licenses(tagged, state, registry) -> list[Claim]:
    """'KKC informed us that they ... cancelled the license to develop P': the filer and the one
    other company in the sentence are the parties (who ended it does not set the direction)."""
    t = tagged.template
    m = re.search(rf"\b(?:cancell?ed|terminated|ended)\s+(?:the|its|their|our|\[\[O:\d+\]\]'s)\s+(?P<mid>licen[sc]e\b{ASSET_GAP})(?:[.;]|$)", t)
    if m is None or registry.registrant is None:
        return []
    others = [r for r in refs_in(tagged, t[: m.start()], Kind.ORG) if r != registry.registrant]
    if len(others) != 1:
        return []
    found = _asset_from(tagged, m.group("mid"), state=state, allow_coref=False)
    return [Claim(registry.registrant, others[0], found, EventType.TERMINATION, tagged.evidence, ordered=False)]


_WHOSE = r"(?:its|an|the|their|our|\[\[O:\d+\]\]'s)"
_TOLD_IT_EXERCISED = re.compile(
    rf"{org('x')}(?:\s*\([^()]{{0,60}}\))?\s+(?:notified|informed|advised|told)\s+\[\[O:\d+\]\](?:\s*\([^()]{{0,60}}\))?\s+that\s+(?:it|they)\s+(?:has\s+|had\s+)?exercised\b"
)


# "This latest transaction follows Y's decision earlier this year to exercise an option for worldwide rights ... to P": the
# exercise told as a noun after its holder's possessive
# (a time between, no more: "decision whether to exercise" is undecided)
_DECIDED_TO_EXERCISE = (r"['\u2019]s\s+(?:recent\s+|earlier\s+|prior\s+)?decision\s+(?:(?:earlier|later)\s+(?:this|last)\s+(?:year|month|quarter)\s+"
                        r"|in\s+[A-Z][a-z]+(?:\s+\d{4})?\s+)?to\s+exercise")


@needs(r"exercise")
def _options(tagged, state, facts, registry) -> list[Claim]:
    t, out = tagged.template, []
    # "exercised an option to license P from X"
    for m in re.finditer(rf"{org('le')}{GAP}\bexercised\s+{_WHOSE}\s+(?:\w+\s+)?option\s+to\s+(?:license|in-license|(?:acquire|obtain)\s+(?:an?\s+|the\s+)?(?:(?:exclusive|non-exclusive|worldwide|global),?\s+)*(?:license|rights?)\s+(?:to|for|under))(?P<mid>{ASSET_GAP})\bfrom\s+(?:the\s+)?{org('lr')}", t):
        found = _asset_from(tagged, m.group("mid"), state=state)
        out.append(Claim(group_ref(tagged, m, "lr"), group_ref(tagged, m, "le"), found, EventType.OPTION_EXERCISE, tagged.evidence))
    if out:
        return out
    for m in re.finditer(rf"{org('le')}(?:{GAP}\bexercised|{_DECIDED_TO_EXERCISE})\s+{_WHOSE}\s+(?:\w+\s+)?options?\b(?P<mid>[^.;]{{0,240}})", t):
        le = group_ref(tagged, m, "le")
        if told := _TOLD_IT_EXERCISED.search(t[: m.end("le") + 80]):
            le = group_ref(tagged, told, "x")  # "X notified the Company that it has exercised its option"
        others = [r for r in refs_in(tagged, t, Kind.ORG) if r != le]
        # else the partner of the agreement just told ("X and Y entered into a collaboration ... X
        # exercised its option to license P"), or the filer
        partner = state.last_partner if state.last_partner != le and state.since_partner <= 2 else None
        lr = others[0] if others else (partner or registry.registrant)
        if lr is None or lr == le:
            continue
        # "exercised its options to domvanalimab and AB308, as well as etrumadenant": each one named
        named = sorted(_asset_refs(tagged, m.group("mid")), key=lambda r: m.group("mid").find(_token_of(tagged, r)))
        for found in named or [_asset_from(tagged, m.group("mid"), state=state)]:
            out.append(Claim(lr, le, found, EventType.OPTION_EXERCISE, tagged.evidence))
    return out
