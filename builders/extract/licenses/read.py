"""Reading one sentence's license claims: the rules in order, the document's state, each claim's terms.

:func:`read_claims` runs the rules of ``SENTENCE_RULES`` (the order decides which rule's claim comes
first, and so which wins) on a tagged sentence, drops grants the sentence denies ("has not licensed
P"), keeps :class:`DocumentState` up to date (the partner just named, the asset "these rights" refers
to) and decorates each claim with its date, scopes, territory, exclusivity and money terms ("an
upfront payment of $20 million", "tiered royalties").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ...model import EventType, Fact, Kind, PartialDate
from ..context import Registry, Tagged
from ..dates import find_dates
from ..rules import asset, group_ref
from .agreements import (
    _licenses_it_may_grant,
    _mutual_grants,
    _recited_grants,
    _remember_agreement_assets,
    _remember_agreement_date,
    _remember_agreement_parties,
    _remember_dated_agreements,
    _remember_listed_terms,
    _remember_named_terms,
    _remember_recitals,
    _role_labeled_parties,
    _sole_licensees_of_owned_rights,
    _titled_license,
    _wanted_licenses,
    _with_agreement_assets,
    _with_recital_assets,
    _with_term_assets,
)
from .core import (
    _DENIED,
    _SUPPOSED,
    ASSET_COREF,
    CLAUSE,
    Claim,
    DocumentState,
    _ending_effective_date,
    _token_of,
)
from .endings import (
    _amendments,
    _endings_of_whose_license,
    _granted_licenses_ending,
    _options,
    _returns,
    _scheduled_returns,
    _terminations,
)
from .grants import (
    _appositive_in_licenses,
    _assigned_licenses,
    _bracketed_in_licenses,
    _deal_grants,
    _grants,
    _in_licenses,
    _licensed_owned_assets,
    _licenses_to_owned_assets,
    _licenses_under_rights_of,
    _listed_in_licenses,
    _noun_grants,
    _passive_grants,
    _rights_held_under_license_from,
    _rights_to_owned_assets,
    _sold_rights,
)
from .holdings import _held_rights, _rights_from_licenses, _roles
from .items import (
    _agreements_for_rights,
    _exercising_options,
    _funded_for_rights,
    _licensees_of_owned_patents,
    _licenses_held_under_which,
    _worked_under_licenses,
)
from .partners import (
    _agreement_grants,
    _agreement_lists,
    _agreement_terms,
    _agreements_covering_owned_assets,
    _agreements_giving_access,
    _agreements_to_acquire_rights,
    _codevelopment_of_own_products,
    _codevelopment_of_partners_products,
    _deals_to_license_out,
    _granting_agreements,
    _institutions_licenses,
    _license_agreements_with,
    _licenses_held_under_agreements_with,
    _licenses_providing_rights,
    _licenses_under_agreements,
    _licensing_deals,
    _obtained_under_agreements,
    _pairs_signing_licenses,
    _partners_products,
    _partners_to_exploit,
    _payment_receivers,
    _platform_partners,
    _responsible_partners,
    _responsible_under_licenses,
)
from .releases import (
    _agreements_giving_rights,
    _announced_licensees,
    _deals_done_for_rights,
    _elected_exercises,
    _in_licenses_announced,
    _institutions_announced,
    _licensed_rights_reverting,
    _licenses_granted_to,
    _licenses_to_parties,
    _partners_taking_over,
    _payers_for_rights,
    _rights_gained,
    _signers_to_develop,
    _terminations_reverting,
)
from .tables import _partner_table_rows

# Every rule needs one of these words (or a table row): most sentences have none and skip them all; a rule's
# own gate (core.needs, next to the rule) then lets through only the sentences with one of the words it needs.
# Searched in the lower-cased template: an alternation compiled with re.I costs five times as much.
_MAY_CLAIM = re.compile(r"licen[sc]|rights?\b|agreement|collaborat|grant|option|terminat|return|regain|reacquir|re-acquir|"
                        r"acquir|partner|expire|cancel|co-develop|revert|\buse|using|based\s+on|built\s+on|incorporat|employ|\||"
                        r"milestone|royalt|upfront|up-front|sold|divest|sale\s+of|responsib")


@lru_cache(maxsize=4)
def _gated(rules: tuple[Callable, ...]) -> tuple[tuple[Callable, Callable[[str], object] | None], ...]:
    """Each rule with its gate's search (None: no gate), looked up once rather than on every sentence."""
    return tuple((rule, gate.search if (gate := getattr(rule, "gate", None)) is not None else None) for rule in rules)


_ANNOUNCES = re.compile(r"\[\[O:(\d+)\]\](?:\s*\([^()]{0,60}\))?,?\s+(?:today\s+)?announced\b")


def read_claims(tagged: Tagged, state: DocumentState, facts: list[Fact], registry: Registry) -> list[Claim]:
    """Every license claim one sentence makes."""
    t = tagged.template
    claims: list[Claim] = []
    _remember_recitals(tagged, state, facts)
    _remember_named_terms(tagged, state)
    _remember_listed_terms(tagged, state)
    _remember_agreement_assets(tagged, state)
    _remember_agreement_parties(tagged, state, registry)
    lowered = t.lower()
    for rule, passes in () if not _MAY_CLAIM.search(lowered) else _gated(SENTENCE_RULES):
        # a rule's gate (core.needs): the words without which its patterns cannot match
        if passes is None or passes(lowered):
            claims.extend(rule(tagged, state, facts, registry))
    claims += _titled_license(tagged, state, registry)
    claims = _with_recital_assets(claims, state, t, registry)
    claims = _with_agreement_assets(claims, state)
    claims = _with_term_assets(claims, state, tagged, registry)
    strong_pairs = {frozenset((c.licensor, c.licensee)) for c in claims if c.ordered and c.asset is not None}
    for claim in _license_agreements_with(tagged, state, facts, registry) if _license_agreements_with.gate.search(lowered) else ():
        # "a license agreement with X for P" only says who in-licensed when nothing more direct does ("we assumed a
        # license agreement with X under which X granted Y a license to P": Y, whom the sentence names)
        stated = any(c.ordered and c.asset == claim.asset and c.licensor == claim.licensor for c in claims)
        if frozenset((claim.licensor, claim.licensee)) not in strong_pairs and not stated:
            claims.append(claim)
    claims = [c for c in claims if not _denied_grant(tagged, c)]
    claims += _grants_ended(tagged, claims)
    _remember_agreement_date(tagged, state, registry.registrant)
    partners = {p for c in claims for p in (c.licensor, c.licensee) if p not in (None, registry.registrant)}
    if len(partners) == 1 and registry.registrant in {p for c in claims for p in (c.licensor, c.licensee)}:
        state.last_partner, state.since_partner = partners.pop(), 0  # the partner "the termination" refers to
    _remember_dated_agreements(tagged, state)
    if state.announcer is None and (m := _ANNOUNCES.search(t)):
        state.announcer = tagged.ref(m.group(1))
    for claim in claims:
        _decorate(claim, t, state)
        if claim.date is None and claim.event in (EventType.GRANT, EventType.OPTION_EXERCISE):
            claim.date = state.partner_dates.get(claim.licensor) or state.partner_dates.get(claim.licensee)
    _remember_rights(tagged, state, claims)
    if grants := [c for c in claims if c.event is EventType.GRANT and c.ordered and c.licensor and c.licensee]:
        state.last_grant = (grants[-1].licensor, grants[-1].licensee)
    state.recent = (state.recent + [t])[-3:]
    state.recent_orgs = (state.recent_orgs + [tuple(tagged.tokens(Kind.ORG))])[-3:]
    state.recent_assets = (state.recent_assets + [tuple(tagged.tokens(Kind.PRODUCT)) + tuple(tagged.tokens(Kind.PLATFORM))])[-3:]
    state.since_partner += 1
    return claims


# "has no rights to P under a license from X", "does not hold a license", "did not grant", "has not exercised its
# option to license", "None of our products, including P, is licensed": a license denied, not stated. Only words
# that keep the denial on the license may stand between ("not yet", "no such"); "no right to grant sublicenses"
# limits a license rather than denying it.
_DENIAL = (
    r"\b(?:not|never|no)\s+(?:(?:yet|longer|hold|holds|have|has|had|own|owns|possess|possesses|obtain|obtained|receive|"
    r"received|receives|acquire|acquired|any|a|an|the|such|exclusive|exclusively|further|other|been|held|was|were|"
    r"exercise|exercised|its|their|option|to)\s+){0,5}"
    r"(?:licen[sc]|sublicen[sc]|rights?\b|grant)(?!\w*\s+to\s+(?:grant\s+)?sublicen)"
    r"|\b[Nn]one\s+of\b(?=[^.;]*\blicen[sc]ed\b)"
)
# "grants X the rights for exclusive evaluation and license negotiation on P", "a right of first refusal to P",
# "granted us an option to obtain an exclusive license to P": an option to take a license, not one (until exercised);
# "granted X a non-exclusive right to distribute P": a distributor's right, not a license.
_OPTION_ONLY = (r"\brights?\s+(?:for|of|to)\s+(?:(?:an?|the|exclusive|exclusively)\s+)?(?:evaluat|negotiat|first\s+(?:refusal|negotiation))"
                r"|\brights?\s+to\s+(?:distribute|promote|co-promote)\b(?!\s*,|\s+and\s+(?:sell|market|commerciali))"
                r"|(?<!exercised\s)(?<!exercise\s)\b(?:an?|the)\s+(?:exclusive\s+)?options?\s+to\s+(?:obtain|acquire|negotiate|license|in-license|enter)")
_DENIED_OR_OPTION = re.compile(rf"(?P<denial>{_DENIAL})|{_OPTION_ONLY}")
# "... granted Spectrum an option to acquire an exclusive license to P; Spectrum has exercised the option": taken up
_OPTION_TAKEN = re.compile(r"\bexercised\s+(?:the|its|this|such|that|their)\s+(?:\w+\s+)?option\b")


def _denied_grant(tagged: Tagged, claim: Claim) -> bool:
    """Whether each mention of the claim's asset follows, in its clause, a denial or a mere option ("has not
    licensed P", not "licensed P, but not Q")."""
    if claim.event not in (EventType.GRANT, EventType.OPTION_EXERCISE) or claim.asset not in tagged.refs:
        return False
    t = tagged.template
    taken = _OPTION_TAKEN.search(t)
    cues = [m.end() for m in _DENIED_OR_OPTION.finditer(t) if m.group("denial") or not taken]
    mentions = [m.start() for m in re.finditer(re.escape(_token_of(tagged, claim.asset)), t)]
    return bool(mentions) and all(any(re.fullmatch(rf"{CLAUSE}*", t[cue:at]) for cue in cues if cue <= at) for at in mentions)


# "X elected to terminate the license agreement under which it licensed P from us", "the agreement with X, under
# which X held exclusive rights to P, was terminated": the grant the relative clause tells is what ended.
_ENDED_UNDER_WHICH = re.compile(
    r"\bterminat(?:e|ed|es|ing)\s+(?:the|its|our|their|that|\[\[O:\d+\]\]'s)\s+(?:(?!(?:new|enter\w*|into|sign\w*|execut\w*)\b)[\w-]+,?\s+){0,7}?agreements?(?:,\s+as\s+amended)?"
    r"(?:,?\s+with\s+\[\[O:\d+\]\]|,?\s+between\s+\[\[O:\d+\]\]\s+and\s+\[\[O:\d+\]\])?,?\s+(?:under|pursuant\s+to)\s+which\b"
    r"|\bagreements?(?:\s+with\s+\[\[O:\d+\]\])?,?\s+(?:under|pursuant\s+to)\s+which\b[^.;]*?,\s+(?:was|were|has\s+been|had\s+been)\s+terminated\b"
)


# "has the right to terminate the agreement under which ...": a termination that may come, not one that came.
_MAY_TERMINATE = re.compile(r"\b(?:right|option|ability|elect|elects)\s+to\s+terminat")


def _grants_ended(tagged: Tagged, claims: list[Claim]) -> list[Claim]:
    t = tagged.template
    m = _ENDED_UNDER_WHICH.search(t) if "terminat" in t else None
    if m is None or _SUPPOSED.search(t[: m.end()]) or _DENIED.search(t[: m.end()]) or _MAY_TERMINATE.search(t[: m.end()]):
        return []
    # what the relative clause tells, up to another grant of the sentence ("..., and X granted Y ...")
    told = t[m.start() : m.end()] + re.split(r",?\s+and\s+\[\[O:\d+\]\]\s+(?:granted|licensed)|;", t[m.end() :])[0]
    ended = []
    for claim in claims:
        # (an asset of an earlier sentence, "these rights", is the clause's)
        in_clause = all(ref not in tagged.refs or _token_of(tagged, ref) in told for ref in (claim.asset, claim.licensee))
        if claim.event is EventType.GRANT and claim.ordered and claim.asset is not None and in_clause:
            claim.timeless = True  # the sentence's date is the ending's, not the grant's
            ended.append(Claim(claim.licensor, claim.licensee, claim.asset, EventType.TERMINATION, tagged.evidence))
    return ended


# --------------------------------------------------------------------------- terms of a claim


SCOPE_WORDS = {
    "research": "research", "develop": "development", "commerciali": "commercialization",
    "market": "commercialization", "sell": "commercialization", "sale": "commercialization",
    "manufactur": "manufacturing", "distribut": "commercialization",
}
TERRITORY = re.compile(
    r"\b(?:(?:in|for|throughout|within)\s+(?P<t>certain\s+(?:territories|countries|markets|regions)|"
    r"(?:the\s+)?(?:United States|U\.S\.|Japan|China|Greater China|Europe|European Union|North America|"
    r"South America|Latin America|Asia|South Korea|Korea|Canada|India|Taiwan|Australia|the Middle East|"
    r"the rest of the world)(?:\s+and\s+(?:the\s+)?[A-Z][\w ]{2,30}?)?)|(?P<w>worldwide)|"
    r"outside\s+(?:of\s+)?(?P<o>(?:the\s+)?[A-Z][\w. ]{2,30}?))(?=[,.;)]|\s+(?:and|for|to|in|under)\b)"
)
MONEY = r"\$\s?\d[\d,.]*(?:\s?(?:million|billion|thousand|M|B))?"


def _ending_effective(claim: Claim, template: str) -> PartialDate | None:
    """'notified us on May 2 ... to terminate ..., effective August 1, 2022': the license ends on August 1."""
    if claim.event not in (EventType.TERMINATION, EventType.RIGHTS_RETURNED):
        return None
    return _ending_effective_date(template)


def _decorate(claim: Claim, template: str, state: DocumentState) -> None:
    dated = _dated_agreement(template) if claim.event is EventType.GRANT else None
    # a rule may have read the claim's own date
    if not claim.timeless:
        claim.date = claim.date or _ending_effective(claim, template) or dated or _event_date(template, state)
    claim.scopes = _scopes(template) or (set(state.last_scopes) if ASSET_COREF.search(template) else set())
    claim.territory = _territory(template)
    lowered = template.lower()
    if re.search(r"\bnon-?exclusive\b", lowered):
        claim.exclusive = False
    elif re.search(r"(?<!co-)\bexclusive(?:ly)?\b", lowered):
        claim.exclusive = True
    claim.upfront = _money_near(template, r"up-?front|initial payment|signing")
    claim.milestones = _money_near(template, r"milestone")
    claim.royalties = _royalties(template)


# "the License Agreement between the Company and X dated October 5, 2020, under which X granted ...": a
# grant takes effect with its agreement, whatever the sentence's own date (a notice, an amendment).
_GRANT_DATED = re.compile(
    r"(?i:licen[sc]e|collaboration|option)[\w\s,-]{0,40}?\b[Aa]greement\b[^.;]{0,60}?\bdated\s+(?:as\s+of\s+)?(?P<date>[^;]{4,24})"
    # "the June 2021 license agreement, which granted ...", "the February 2011 license agreement covering ..."
    r"|\bthe\s+(?P<named>(?:[A-Z][a-z]+\s+(?:\d{1,2},\s+)?)?(?:19|20)\d\d)\s+(?:[\w-]+\s+){0,2}?(?i:licen[sc]e|collaboration|option)\s+agreement\b"
)


def _dated_agreement(template: str) -> PartialDate | None:
    m = _GRANT_DATED.search(template)
    dates = find_dates(m.group("date") or m.group("named")) if m else []
    return dates[0][2] if dates else None


def _event_date(template: str, state: DocumentState) -> PartialDate | None:
    if re.search(r"\bhereby\s+(?:grants?|terminated)\b", template) and state.agreement_date:
        return state.agreement_date
    dates = [d for _, _, d in find_dates(re.sub(r"\[\[\w:\d+\]\]", " ", template))]
    if dates:
        # "In 2024, ... reverted to X on March 1, 2024": the same date, said exactly
        return max((d for d in dates if d.refines(dates[0])), key=lambda d: d.precision)
    if re.search(r"\btoday\b|\bhas\s+(?:regained|terminated|returned|exercised|granted|licensed)\b", template):
        return state.document_date
    return None


def _scopes(template: str) -> set[str]:
    m = re.search(r"(?<![\w-])((?:[\w-]+,?\s+(?:and\s+)?){1,6})(?:rights|license|licence)\b", template)
    window = m.group(1).lower() if m else ""
    m2 = re.search(r"\b(?:license|licence|rights?)\s+to\s+((?:[\w-]+,?\s+(?:and\s+|or\s+)?){1,8})", template)
    window += " " + (m2.group(1).lower() if m2 else "")
    return {scope for stem, scope in SCOPE_WORDS.items() if re.search(rf"\b{stem}", window)}


def _territory(template: str) -> str | None:
    m = TERRITORY.search(re.sub(r"\[\[\w:\d+\]\]", "X", template))
    if not m:
        return None
    if m.group("w"):
        return "worldwide"
    if m.group("o"):
        return f"outside {m.group('o').strip()}"
    return m.group("t").strip()


def _money_near(template: str, keyword: str) -> str | None:
    m = re.search(rf"(?:{keyword})[^.;$]{{0,60}}?({MONEY})|({MONEY})[^.;$]{{0,40}}?(?:{keyword})", template, re.I)
    return (m.group(1) or m.group(2)).strip() if m else None


def _royalties(template: str) -> str | None:
    m = re.search(r"royalt\w+[^.;]{0,80}?(\d{1,2}(?:\.\d+)?\s?%(?:\s*(?:to|-)\s*\d{1,2}(?:\.\d+)?\s?%)?)", template, re.I)
    if m:
        return m.group(1)
    m = re.search(r"\b((?:tiered|single-digit|double-digit|low|mid|high)[\w\s-]{0,30}?royalt\w+)", template, re.I)
    return m.group(1) if m else None


def _remember_rights(tagged: Tagged, state: DocumentState, claims: list[Claim]) -> None:
    t = tagged.template
    # (a sentence without "right", most, cannot match: the search is skipped)
    m = "right" in t and re.search(rf"(?<![\w-])(?P<scope>(?:[\w-]+\s+(?:and\s+)?){{0,4}})rights?\s+(?:to|for|of|in|under)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{asset('a')}", t)
    if m:
        state.last_asset = group_ref(tagged, m, "a")
        state.last_scopes = _scopes(t)
    for claim in claims:
        if claim.asset is not None:
            state.last_asset = claim.asset


# --------------------------------------------------------------------------- the rules, in order


# The rules read_claims runs on each sentence, in this order: the order decides which rule's claim comes first,
# and so which wins. A new rule is written in its family's module and listed here where it should win or yield.
SENTENCE_RULES = (
    _grants,
    _wanted_licenses,
    _licenses_it_may_grant,
    _mutual_grants,
    _role_labeled_parties,
    _in_licenses,
    _licensed_owned_assets,
    _deal_grants,
    _licenses_held_under_agreements_with,
    _obtained_under_agreements,
    _agreements_to_acquire_rights,
    _licenses_providing_rights,
    _licenses_to_owned_assets,
    _agreements_giving_access,
    _licenses_under_agreements,
    _agreement_grants,
    _deals_to_license_out,
    _partners_to_exploit,
    _bracketed_in_licenses,
    _agreements_covering_owned_assets,
    _appositive_in_licenses,
    _institutions_licenses,
    _listed_in_licenses,
    _passive_grants,
    _noun_grants,
    _assigned_licenses,
    _licenses_under_rights_of,
    _rights_held_under_license_from,
    _recited_grants,
    _sole_licensees_of_owned_rights,
    _agreement_lists,
    _platform_partners,
    _granting_agreements,
    _pairs_signing_licenses,
    _codevelopment_of_partners_products,
    _codevelopment_of_own_products,
    _partners_products,
    _responsible_partners,
    _responsible_under_licenses,
    _payment_receivers,
    _agreement_terms,
    _rights_to_owned_assets,
    _roles,
    _held_rights,
    _rights_from_licenses,
    _licensing_deals,
    _sold_rights,
    _returns,
    _scheduled_returns,
    _granted_licenses_ending,
    _terminations,
    _endings_of_whose_license,
    _amendments,
    _options,
    _partner_table_rows,
    _rights_gained,
    _agreements_giving_rights,
    _payers_for_rights,
    _terminations_reverting,
    _institutions_announced,
    _announced_licensees,
    _partners_taking_over,
    _elected_exercises,
    _licensed_rights_reverting,
    _in_licenses_announced,
    _licenses_to_parties,
    _licenses_granted_to,
    _worked_under_licenses,
    _funded_for_rights,
    _exercising_options,
    _agreements_for_rights,
    _licenses_held_under_which,
    _deals_done_for_rights,
    _signers_to_develop,
    _licensees_of_owned_patents,
)
