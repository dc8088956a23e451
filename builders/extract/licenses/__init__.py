"""Licenses and their history, read from sentence templates.

Each rule yields a :class:`Claim` — one sentence's statement that rights to an
asset were granted, returned or ended between two parties. :func:`assemble`
folds the claims of a filing into :class:`~builders.model.License` objects (one
per licensor, licensee and asset) with dated events, and leaves agreements whose
direction or asset the text does not state as collaborations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ...model import (
    Collaboration,
    EventType,
    Evidence,
    Fact,
    Kind,
    License,
    LicenseEvent,
    PartialDate,
    Ref,
)
from ..context import Registry, Tagged
from ..dates import find_dates
from ..entities import LICENSOR_TABLE_HEADER
from ..names import normalize_name
from ..rules import ASSET_GAP, GAP, HEDGES, NEGATION, asset, group_ref, org, refs_in, token_list
from ..sentences import Sentence
from ..truecase import common_words


@dataclass
class Claim:
    licensor: Ref | None
    licensee: Ref | None
    asset: Ref | None
    event: EventType
    evidence: Evidence
    date: PartialDate | None = None
    ordered: bool = True  # False: the two parties are known, the direction is not
    expired: bool = False  # the agreement ran out rather than being ended
    weak: bool = False  # direction guessed ("a license agreement with X for P"): yields to any stated one
    timeless: bool = False  # a state ("X holds the rights to P from Y"), not an event: the sentence's dates are not its own
    cued: bool = False  # a paragraph's direction read from a cue (who owns P, who is paid), not guessed from wording alone
    scopes: set[str] = field(default_factory=set)
    territory: str | None = None
    exclusive: bool | None = None
    upfront: str | None = None
    milestones: str | None = None
    royalties: str | None = None


@dataclass
class DocumentState:
    """What earlier sentences of the same document said, for "these rights" and "the latter"."""

    last_asset: Ref | None = None
    last_scopes: set[str] = field(default_factory=set)
    document_date: PartialDate | None = None
    # Defined terms of agreements and the assets they stand for: '"Product" means ... MGAH22 ...'.
    term_assets: dict[str, tuple[Ref, ...]] = field(default_factory=dict)
    # An agreement's own date ("effective as of June 1, 2010"): when its "hereby grants" take effect.
    agreement_date: PartialDate | None = None
    # "In April 2022, we entered into an agreement with X": the date of X's agreement, for the
    # sentences after it that describe the grant without repeating the date.
    partner_dates: dict[Ref, PartialDate] = field(default_factory=dict)
    # Inside a table of licensing partners ("Partner | Program | ..."), under a heading about licensing.
    in_partner_table: bool = False
    inbound_table: bool = False  # its rows name the filer's licensors ("| Trade mark | Licensor |"), not licensees
    table_row_end: int = -1  # where the table's last row ended: a blank line after it ends the table
    recent: list[str] = field(default_factory=list)  # the last few sentences' templates
    recent_orgs: list[tuple[Ref, ...]] = field(default_factory=list)  # ... and the organizations each names
    # "In May 2020, we entered into a collaboration with X. Under the terms of the agreement, ...":
    # the party "the agreement" of a later sentence is with.
    last_partner: Ref | None = None
    # the products or platforms that agreement is for, when the sentence names them ("including TAK-041,
    # TAK-653 and TAK-831"; of more than 5, a pipeline, the first), each with the company the sentence
    # says it is of ("HP-900 with ravolizumab, Marrow's anti-PD-1 therapy"), if any
    partner_assets: tuple[tuple[Ref, Ref | None], ...] = ()
    partner_licensing: bool = False  # that agreement grants rights (a license, a collaboration), not a sale
    since_partner: int = 99  # sentences read since last_partner was named: only a near one is "the agreement"
    # "License Agreement, dated August 7, 2020, by and between the Registrant and X" (exhibit indexes,
    # recitals): the parties and the exact date, shared by all documents of a filing.
    dated_agreements: list[tuple[frozenset[Ref], PartialDate]] = field(default_factory=list)
    # "Zorbix Therapeutics, Inc. (Nasdaq: ZRBX) today announced": who speaks in a press release, the
    # other party of "the agreement" when the text gives no cover page.
    announcer: Ref | None = None
    last_grant: tuple[Ref, Ref] | None = None  # licensor and licensee of the last grant told, for "the License Agreement"
    # "WHEREAS, X is currently developing P1 and P2": the products an agreement's recitals say a party
    # brings, which its grant clause later licenses as "the Licensed Patents ... to develop Products".
    recital_assets: dict[Ref, tuple[Ref, ...]] = field(default_factory=dict)
    last_recital_products: tuple[Ref, ...] = ()  # the products the last recital named, for "these compounds"
    recital_sentences: int = 0  # inside a recitals section without "WHEREAS": how many more sentences may be recitals
    # "License Agreement with X for P" (a note's heading): the asset of X's agreement, for "the rights
    # granted by X to us reverted to X" further on
    agreement_assets: dict[Ref, Ref] = field(default_factory=dict)
    # "This Agreement ... by and between A ... and B ...": the two parties "each Party" and "the other Party" are
    agreement_parties: tuple[Ref, Ref] | None = None


LICENSED = r"(?:licen[sc]ed|sublicensed|out-licensed|in-licensed)"
# A stretch of one clause; agreements' section numbers ("Section 10.2") do not end it.
CLAUSE = r"(?:[^.;]|\.(?=\d))"
# A grant clause of an agreement runs over semicolons ("(i) ...; and (ii) ...") to the sentence end.
GRANT_CLAUSE = r"(?:[^.]|\.(?=\d))"
ASSET_COREF = re.compile(r"\b(?:these|such|those|the|all|its|our|their)\s+(?:product\s+|development\s+and\s+commercialization\s+|commercialization\s+|development\s+)?(?:rights|license|licence)\b")
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


# Every rule needs one of these words (or a table row): most sentences have none and skip them all.
# Searched in the lower-cased template: an alternation compiled with re.I costs five times as much.
_MAY_CLAIM = re.compile(r"licen[sc]|rights?\b|agreement|collaborat|grant|option|terminat|return|regain|reacquir|re-acquir|"
                        r"acquir|partner|expire|cancel|co-develop|revert|\buse|using|based\s+on|built\s+on|incorporat|employ|\||"
                        r"milestone|royalt|upfront|up-front|sold|divest|sale\s+of|responsib")


_ANNOUNCES = re.compile(r"\[\[O:(\d+)\]\](?:\s*\([^()]{0,60}\))?,?\s+(?:today\s+)?announced\b")


def read_claims(tagged: Tagged, state: DocumentState, facts: list[Fact], registry: Registry) -> list[Claim]:
    """Every license claim one sentence makes."""
    t = tagged.template
    claims: list[Claim] = []
    _remember_recitals(tagged, state, facts)
    _remember_named_terms(tagged, state)
    _remember_agreement_assets(tagged, state)
    _remember_agreement_parties(tagged, state)
    for rule in () if not _MAY_CLAIM.search(t.lower()) else SENTENCE_RULES:
        claims.extend(rule(tagged, state, facts, registry))
    claims = _with_recital_assets(claims, state, t, registry)
    claims = _with_agreement_assets(claims, state)
    strong_pairs = {frozenset((c.licensor, c.licensee)) for c in claims if c.ordered and c.asset is not None}
    for claim in _license_agreements_with(tagged, state, facts, registry):
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
    state.since_partner += 1
    return claims


# An agreement's term for a product it names just before: 'the chemical substance known as "P" (hereinafter called
# "Compound")', 'the compound designated P (hereinafter referred to as the "Compound")'. What a later "the Compound"
# licenses is P; a term no name stands before (' ... (hereinafter "Product")' after a description) stays unresolved.
_NAMED_TERM = re.compile(
    r"\[\[([PT]):(\d+)\]\][®™]?[\"\u201d]?\s*\((?:hereinafter|hereafter)(?:,?\s+(?:called|referred\s+to\s+as|designated(?:\s+as)?))?\s+"
    r"(?:the\s+)?[\"\u201c](?P<term>[A-Z][\w\- ]{1,40}?)[\"\u201d]\s*\)"
)


def _remember_named_terms(tagged: Tagged, state: DocumentState) -> None:
    if "after" not in tagged.template:
        return  # no "hereinafter" nor "hereafter": most sentences
    for m in _NAMED_TERM.finditer(tagged.template):
        state.term_assets.setdefault(m.group("term").lower(), (tagged.ref(m.group(2)),))


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
    r"\bterminat(?:e|ed|es|ing)\s+(?:the|its|our|their|that|\[\[O:\d+\]\]'s)\s+(?:[\w-]+\s+){0,5}?agreements?"
    r"(?:\s+with\s+\[\[O:\d+\]\])?,?\s+(?:under|pursuant\s+to)\s+which\b"
    r"|\bagreements?(?:\s+with\s+\[\[O:\d+\]\])?,?\s+(?:under|pursuant\s+to)\s+which\b[^.;]*?,\s+(?:was|were|has\s+been|had\s+been)\s+terminated\b"
)


def _grants_ended(tagged: Tagged, claims: list[Claim]) -> list[Claim]:
    m = _ENDED_UNDER_WHICH.search(tagged.template)
    if m is None or _SUPPOSED.search(tagged.template[: m.end()]) or _DENIED.search(tagged.template[: m.end()]):
        return []
    ended = []
    for claim in claims:
        if claim.event is EventType.GRANT and claim.ordered and claim.asset is not None:
            claim.timeless = True  # the sentence's date is the ending's, not the grant's
            ended.append(Claim(claim.licensor, claim.licensee, claim.asset, EventType.TERMINATION, tagged.evidence))
    return ended


_PARTNER_HEADER = re.compile(r"^\s*(?:Licensees?|Partners?|Licensing\s+partners?|Collaborators?)\s*\|[^|]*\b(?:Programs?|Products?|Assets?|Candidates?)\b", re.I)


_LICENSED_BY = re.compile(r"\blicensed\s+to\s+(?:the\s+Group|the\s+Company|us|\[\[O:\d+\]\])\s+by\b", re.I)


def _partner_table_rows(tagged, state, facts, registry) -> list[Claim]:
    """'Partner | Program | Cash Collected' under 'Remaining Licensing Milestone Income': each row whose
    first cell is a company and whose other cells name a product is the filer's license to it."""
    t, sentence = tagged.template, tagged.sentence
    if _PARTNER_HEADER.match(t) or LICENSOR_TABLE_HEADER.match(t):
        state.inbound_table = bool(LICENSOR_TABLE_HEADER.match(t))
        # "... are trade marks licensed to the Group by the entities set out below:"
        said = _LICENSED_BY if state.inbound_table else re.compile(r"\blicens", re.I)
        state.in_partner_table = any(said.search(x) for x in (*state.recent, t))
        state.table_row_end = sentence.end
        return []
    if not state.in_partner_table or "|" not in t or sentence.start > state.table_row_end + 1:
        state.in_partner_table = False
        return []
    state.table_row_end = sentence.end
    if state.inbound_table:
        row = re.match(rf"^\s*\|\s*{asset('a')}\s*\|\s*{org('lr')}", t)
        if row is None or registry.registrant in (None, group_ref(tagged, row, "lr")):
            return []
        return [Claim(group_ref(tagged, row, "lr"), registry.registrant, group_ref(tagged, row, "a"), EventType.GRANT, tagged.evidence)]
    row = re.match(rf"^\s*{org('le')}\s*\|(?P<rest>.*)$", t)
    if row is None or registry.registrant in (None, group_ref(tagged, row, "le")):
        return []
    return [Claim(registry.registrant, group_ref(tagged, row, "le"), a, EventType.GRANT, tagged.evidence)
            for a in refs_in(tagged, row.group("rest"), Kind.PRODUCT)]


def _remember_agreement_date(tagged: Tagged, state: DocumentState, registrant: Ref | None = None) -> None:
    t = tagged.template
    m = re.search(rf"\bentered\s+into\b{CLAUSE}{{0,120}}?\b(?:[Aa]greement|[Cc]ollaboration|[Pp]artnership|[Aa]lliance)\b{CLAUSE}{{0,80}}?\bwith\s+(?:the\s+)?{org('p')}", t)
    # "On January 8, 2023, X (...) and Y (...) entered into a Collaboration and License Agreement"
    both = m or re.search(rf"{org('a')}{CLAUSE}{{0,120}}?\s+and\s+{org('p')}{CLAUSE}{{0,160}}?\b(?:entered\s+into|commenced|formed|established)\b{CLAUSE}{{0,60}}?"
                          rf"\b(?:[Aa]greement|[Cc]ollaboration|[Pp]artnership|[Aa]lliance)\b", t)
    if not both:
        _remember_effective_date(tagged, state)
        return
    m = both
    if "a" in m.groupdict() and group_ref(tagged, m, "p") == registrant:
        partner = group_ref(tagged, m, "a")
    else:
        partner = group_ref(tagged, m, "p")
    if partner is None or partner == registrant:
        return
    state.last_partner, state.since_partner = partner, 0
    assets = _asset_refs(tagged, t[m.end() :])
    ordered = sorted(assets, key=lambda r: t.find(_token_of(tagged, r), m.end()))
    state.partner_assets = tuple((a, _owner_in(tagged, a)) for a in (ordered if len(ordered) <= 5 else ordered[:1]))
    state.partner_licensing = re.search(r"licen[sc]|collaborat|co-develop|co-commerciali|partnership|alliance|option", t, re.I) is not None
    dates = [d for _, _, d in find_dates(re.sub(r"\[\[\w:\d+\]\]", " ", t[: m.end()]))]
    if dates:
        state.partner_dates[partner] = dates[0]
        # '... with F. Hoffmann-La Roche Ltd. ("Roche Basel") and Genentech, Inc. (..., collectively,
        # "Roche")': every party named with the partner signed the same agreement
        for other in refs_in(tagged, t[m.end("p") :], Kind.ORG):
            if other != registrant:
                state.partner_dates.setdefault(other, dates[0])


_TOOK_EFFECT = re.compile(r"\b(?:took\s+effect|became\s+effective|becomes\s+effective|was\s+effective)\s+(?:on|as\s+of)\s+")


def _remember_effective_date(tagged: Tagged, state: DocumentState) -> None:
    """'The agreement was signed on November 7, 2022 and took effect on November 8, 2022': the agreement
    just named starts when it took effect, not when it was signed or announced."""
    t = tagged.template
    m = _TOOK_EFFECT.search(t)
    if m is None or state.last_partner is None or state.since_partner > 2 or re.search(r"terminat|amendment", t, re.I):
        return
    if re.search(r"\b[Aa]greement\b", t[: m.start()]):
        dates = [d for _, _, d in find_dates(t[m.end() : m.end() + 40])]
        if dates:
            state.partner_dates[state.last_partner] = dates[0]


# A license-type agreement with its own date: not an amendment or restatement, whose date is not the
# license's start.
_DATED_AGREEMENT = re.compile(
    r"(?<![\w-])(?P<kind>(?:[A-Z][\w-]*,?\s+(?:and\s+)?){0,5}(?:License|Licensing|Collaboration|Option)(?:,?\s+(?:and\s+)?[A-Z][\w-]*){0,4}\s+Agreement)"
    r"(?P<rest>[^;|]{0,250})"
)


def _remember_dated_agreements(tagged: Tagged, state: DocumentState) -> None:
    t = tagged.template
    for m in _DATED_AGREEMENT.finditer(t):
        if re.search(r"Amend|Restat|Supplement", t[max(0, m.start() - 40) : m.end("kind")]):
            continue
        dated = re.search(r"\bdated\s+(?:as\s+of\s+)?(?P<date>[^;|\[]{6,30})", m.group("rest"))
        parties = frozenset(refs_in(tagged, m.group("rest"), Kind.ORG))
        if not dated or len(parties) < 2:
            continue
        days = [d for _, _, d in find_dates(dated.group("date")) if d.day is not None]
        if days:
            state.dated_agreements.append((parties, days[0]))


# An agreement's opening names its parties: "... is entered into ... by and between A, a Delaware corporation
# (...), and B, ...". Two of them: a third party makes "the other Party" ambiguous.
_BETWEEN = re.compile(r"\b(?i:between)\b(?P<rest>.*)$")


def _remember_agreement_parties(tagged: Tagged, state: DocumentState) -> None:
    if state.agreement_parties is not None or state.agreement_date is None or (m := _BETWEEN.search(tagged.template)) is None:
        return
    parties = refs_in(tagged, m.group("rest"), Kind.ORG)
    if len(parties) == 2 and re.search(r"\b(?i:agreement)\b", tagged.template[: m.start()]):
        state.agreement_parties = (parties[0], parties[1])


# Cross-licenses: "each Party hereby grants to the other Party a ... license ...", "each of the parties has granted
# the other a worldwide license ... relating to P", "each Party hereby provides a ... license of such rights ...".
_MUTUAL_GRANT = re.compile(
    r"\b(?:[Ee]ach\s+(?:of\s+the\s+)?[Pp]art(?:y|ies)|[Bb]oth\s+[Pp]arties)\s+(?:hereby\s+)?"
    r"(?:grants?|granted|has\s+granted|have\s+granted|provides|shall\s+grant)\b"
    rf"(?P<mid>{GRANT_CLAUSE}{{0,400}}?\b(?:licen[sc]e|rights?)\b{GRANT_CLAUSE}{{0,300}})"
)


# ... not licenses that serve the agreement ("to use its Confidential Information to perform its obligations"), nor
# of trademarks
_SERVING = re.compile(r"\bperform|\b(?i:trademarks?|confidential\s+information)\b")


def _mutual_grants(tagged, state, facts, registry) -> list[Claim]:
    """A grant by each party to the other: a license each way between the agreement's two parties, or, in a
    report, the filer and the partner of the agreement it just told."""
    m = _MUTUAL_GRANT.search(tagged.template)
    if m is None or _DENIED.search(m.group(0)) or _SERVING.search(m.group("mid")):
        return []
    parties = state.agreement_parties
    if parties is None and registry.registrant is not None and state.last_partner is not None and state.since_partner <= 1:
        parties = (registry.registrant, state.last_partner)
    found = _asset_from(tagged, m.group("mid"), state=state, allow_coref=False)
    if parties is None or found is None:
        return []
    a, b = parties
    return [Claim(a, b, found, EventType.GRANT, tagged.evidence), Claim(b, a, found, EventType.GRANT, tagged.evidence)]


# "the license agreement ... between the Company as licensor and one of its subsidiaries, X, as licensee,
# relating to P": the parties' roles named outright.
_ROLE = r",?\s+as\s+(?:the\s+)?(?P<{}>(?:sub)?licens(?:or|ee))\b"
_AS_ROLES = re.compile(
    rf"\bbetween\s+(?:the\s+)?{org('a')}(?:\s*\([^()]{{0,60}}\))?{_ROLE.format('ra')},?\s+and\s+"
    rf"(?:(?:[^,\[\].;]|\[\[O:\d+\]\]'s){{0,60}},\s+)?(?:the\s+)?{org('b')}(?:\s*\([^()]{{0,60}}\))?{_ROLE.format('rb')}"
    rf"(?P<mid>(?:[^.;\[\]]|\[\[[PT]:\d+\]\]){{0,120}})"
)


# "the Company, as licensee, entered into a license agreement with X for P", "... a license agreement with X, as
# licensor, for P": one party's role named outright, the other the agreement's other party.
_SIGNED_AGREEMENT = r"\s+(?:entered\s+into|signed|executed)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?[Aa]greement\s+with\s+(?:the\s+)?"
_ONE_ROLE = re.compile(
    rf"{org('a')}{_ROLE.format('ra')},{_SIGNED_AGREEMENT}{org('b')}(?P<mid>(?:[^.;\[\]]|\[\[[PT]:\d+\]\]){{0,120}})"
    rf"|{org('b_')}{_SIGNED_AGREEMENT}{org('a_')}{_ROLE.format('ra_')},?(?P<mid_>(?:[^.;\[\]]|\[\[[PT]:\d+\]\]){{0,120}})"
)


def _role_labeled_parties(tagged, state, facts, registry) -> list[Claim]:
    found_roles = []
    for m in _AS_ROLES.finditer(tagged.template):
        if m.group("ra")[-2:] != m.group("rb")[-2:]:
            found_roles.append((group_ref(tagged, m, "a"), group_ref(tagged, m, "b"), m.group("ra"), m.group("mid")))
    for m in _ONE_ROLE.finditer(tagged.template):
        k = "" if m.group("a") is not None else "_"
        found_roles.append((group_ref(tagged, m, "a" + k), group_ref(tagged, m, "b" + k), m.group("ra" + k), m.group("mid" + k)))
    out = []
    for a, b, role, mid in found_roles:
        lr, le = (a, b) if role.endswith("or") else (b, a)
        found = _asset_from(tagged, mid, state=state, allow_coref=False)
        if a != b and found is not None:
            out.append(Claim(lr, le, found, EventType.GRANT, tagged.evidence))
    return out


# --------------------------------------------------------------------------- what agreements name

# An agreement names what it licenses once, by a title after the noun that says what it is: 'an invention
# known as "Methods of ..." ("PCP")', 'a technology, designated UMMC 03-05 and entitled "..."', 'the chemical
# substance ..., which is known as "bromfenac"', 'a candidate compound referred to as crisnatol' (an INN is
# written in lower case). The title ends at its closing quote or at the abbreviation that follows it.
_TITLED_ASSET = re.compile(
    r"\b(?P<noun>invention|technology|compound|substance|molecule|drug|product|formulation)s?\b"
    r"[^.;:\"\u201c\u201d]{0,120}?\b(?:known\s+as|entitled|titled|designated\s+as|referred\s+to\s+as|called)\s+"
    r"(?:[\"\u201c](?P<title>[A-Za-z0-9][^\"\u201c\u201d]{2,90}?)(?=\s*\([\"\u201c]|[\"\u201d])"
    r"|(?P<inn>[a-z][a-z-]{4,})(?=[\s,;.)]))"
)
MAX_TITLE_WORDS = 12  # a longer quotation is a passage, not a name


def name_agreement_assets(sentence: Sentence, registry: Registry) -> None:
    """Register the products and technologies an agreement introduces by their title; an invention or
    technology is a platform, a compound or product a product."""
    for m in _TITLED_ASSET.finditer(sentence.text):
        name, group = (m.group("title"), "title") if m.group("title") else (m.group("inn"), "inn")
        if group == "inn" and m.group("noun") in ("invention", "technology"):
            continue  # "a technology known as described below": lower-case words name a compound only
        if " " in name and name[0].islower() or " " not in name and name.lower() in common_words() or name.endswith((",", ";")):
            continue  # a term a definition quotes ('substances referred to as "radiation," a "radioactive material"')
        if len(name.split()) > MAX_TITLE_WORDS or any(registry.lookup(k, name) for k in (Kind.ORG, Kind.PRODUCT, Kind.PLATFORM)):
            continue
        kind = Kind.PLATFORM if m.group("noun") in ("invention", "technology") else Kind.PRODUCT
        registry.add(kind, name, sentence.span(m.start(group), m.end(group)))


# --------------------------------------------------------------------------- recitals

# One recital of an agreement: "WHEREAS, ...;" (several may share a sentence, joined by "; and"; the
# first may follow its heading, "RECITALS WHEREAS, ...").
_RECITAL = re.compile(r"(?:^|;|\b(?i:recitals|witnesseth|background):?)\s*(?:and\s+)?\W*(?i:whereas)\b\s*,?\s*(?P<clause>[^;]*)")
# A recital whose subject is a party and whose verb says the party has the products it names: "X is
# currently developing P", "X has developed a compound known as P", "X owns ... relating to P".
_BRINGS = re.compile(
    rf"^(?:the\s+)?{org('party')}\s+(?:is\s+(?:also\s+)?(?:currently\s+|now\s+)?developing|has\s+(?:been\s+)?develop(?:ed|ing)|"
    r"(?:currently\s+)?develops|owns|is\s+the\s+(?:sole\s+)?owner\s+of|controls|has\s+(?:certain\s+)?rights|holds|possesses|"
    r"is\s+(?:currently\s+)?engaged\s+in\s+the\s+(?:research\s+and\s+)?development\s+of)\b(?P<rest>.*)$"
)
# Patents of one party said to cover the products the recital before named: "whose claims may cover these compounds".
_COVERS_THOSE = re.compile(r"\bpatents?\b[^;]{0,80}?\bcover(?:s|ing)?\s+(?:these|such|those|said)\s+(?:compounds?|products?|molecules?|antibod(?:y|ies))\b")
# More products than a party brings to one agreement: a list of its pipeline, not the licensed ones.
MAX_RECITAL_ASSETS = 3
# A definition ('"X Patents" means ... the rights granted to Y'), not a grant.
_DEFINITION = re.compile(r"^\W*(?:\d+(?:\.\d+)*\s+)?[\"\u201c][^\"\u201d]{1,80}[\"\u201d]\s+(?:means|shall\s+mean|has\s+the\s+meaning)\b")


# A recitals section without "WHEREAS": its heading ("BACKGROUND", "RECITALS", "1 BACKGROUND Stanford has
# ..."), then lettered or numbered paragraphs ("A. University owns ...", "1.2 ..."), up to the operative part.
_RECITALS_HEADING = re.compile(r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:RECITALS|Recitals|BACKGROUND|Background)\b:?\s*(?P<rest>.*)$")
_RECITALS_END = re.compile(r"\bNOW,?\s+THEREFORE\b|\b(?i:agree\s+as\s+follows)\b|^\W*(?:ARTICLE|Article)\s+(?:1|I)\b|\bDEFINITIONS\b")
_PARAGRAPH_LABEL = re.compile(r"^\W*(?:[A-Z]|\d+(?:\.\d+)*)[.)]?\s+(?=\S)")
MAX_RECITAL_SENTENCES = 12  # a section with no operative part in sight is not recitals any longer


def _recital_clauses(t: str, state: DocumentState) -> list[str]:
    """The recitals a sentence holds: its "WHEREAS, ..." clauses, or itself inside a recitals section."""
    if "hereas" in t or "HEREAS" in t:
        state.recital_sentences = 0
        return [m.group("clause") for m in _RECITAL.finditer(t)]
    if state.agreement_date is not None and (heading := _RECITALS_HEADING.match(t)):
        # only in an agreement (it dates itself in its opening): a report's "Background" tells no recitals
        state.recital_sentences = MAX_RECITAL_SENTENCES
        t = heading.group("rest")
    if state.recital_sentences <= 0 or _RECITALS_END.search(t):
        state.recital_sentences = 0
        return []
    state.recital_sentences -= 1
    return [_PARAGRAPH_LABEL.sub("", t, count=1)]


# A recital that makes a party the owner by assignment: "INVENTOR has assigned to YALE all of INVENTOR's right,
# title and interest in and to the INVENTION": what follows is the party's, named or by its defined term.
_ASSIGNED_TO = re.compile(
    rf"\bassigned\s+to\s+(?:the\s+)?{org('party')}\s+(?:of\s+)?(?:all\s+)?(?:of\s+)?[^;\[\]]{{0,40}}?"
    r"\bright,?\s+title,?\s+and\s+interest\s+in(?:\s+and\s+to)?\s+(?P<rest>[^;]*)"
)


def _remember_recitals(tagged: Tagged, state: DocumentState, facts: list[Fact]) -> None:
    """Note the products each party brings, as the recitals say, for a grant that names none."""
    for clause in _recital_clauses(tagged.template, state):
        if assigned := _ASSIGNED_TO.search(clause):
            _remember_assigned(tagged, assigned, state)
        m = _BRINGS.match(clause)
        if m is None:
            continue
        party = group_ref(tagged, m, "party")
        products = [p for p in refs_in(tagged, m.group("rest"), Kind.PRODUCT) if _holder(p, facts) in (None, party)]
        if not products and _COVERS_THOSE.search(m.group("rest")):
            products = list(state.last_recital_products)  # "X owns patent rights whose claims may cover these compounds"
        if products and party not in state.recital_assets and len(products) <= MAX_RECITAL_ASSETS:
            state.recital_assets[party] = tuple(products)
        state.last_recital_products = tuple(refs_in(tagged, m.group("rest"), Kind.PRODUCT)) or state.last_recital_products


def _remember_assigned(tagged: Tagged, m: re.Match, state: DocumentState) -> None:
    """An invention assigned to a party is what the party brings (a platform, unlike what _BRINGS reads)."""
    party = group_ref(tagged, m, "party")
    assets = _asset_refs(tagged, m.group("rest")) or list(_term_assets((m.group("rest"),), state))
    if assets and party not in state.recital_assets and len(assets) <= MAX_RECITAL_ASSETS:
        state.recital_assets[party] = tuple(assets)


def _with_recital_assets(claims: list[Claim], state: DocumentState, template: str, registry: Registry) -> list[Claim]:
    """'Licensor hereby grants to Licensee an exclusive license under the Licensed Patents to develop
    Products': a grant of an agreement that names no asset licenses what the licensor's recitals named."""
    if not state.recital_assets or _DEFINITION.match(template):
        return claims
    out = []
    for claim in claims:
        brought = state.recital_assets.get(claim.licensor, ())
        unnamed = claim.asset is None or _party_technology(claim.asset, claim.licensor, registry)
        if unnamed and brought and claim.event is EventType.GRANT and claim.ordered and not claim.weak:
            out.extend(replace(claim, asset=a) for a in brought)
        else:
            out.append(claim)
    return out


def _party_technology(asset_ref: Ref, party: Ref | None, registry: Registry) -> bool:
    """'under the Y-mAbs Technology to develop the Products': a platform named only by the party's name and
    'Technology' is an agreement's defined term for the party's know-how, not what the grant licenses."""
    if asset_ref.kind is not Kind.PLATFORM or party is None or party not in registry.mentions:
        return False
    core = re.sub(r"\s+(?:technology|technologies|platform)$", "", registry.mentions[asset_ref].name, flags=re.I)
    party_names = {registry.mentions[party].name, *registry.mentions[party].aliases}
    return normalize_name(core) in {normalize_name(n) for n in party_names}


# --------------------------------------------------------------------------- grants


def _asset_from(tagged: Tagged, *texts: str, state: DocumentState, allow_coref: bool = True) -> Ref | None:
    for text in texts:
        found = _asset_refs(tagged, text)
        if found:
            # The first asset in reading order.
            return min(found, key=lambda r: text.find(_token_of(tagged, r)))
    if defined := _term_assets(texts, state):
        return defined[0]
    if allow_coref and any(ASSET_COREF.search(t) for t in texts):
        return state.last_asset
    return None


def _asset_refs(tagged: Tagged, text: str) -> list[Ref]:
    """The products, then the platforms, whose tokens stand in ``text``."""
    return refs_in(tagged, text, Kind.PRODUCT) + refs_in(tagged, text, Kind.PLATFORM)


_ASSET_TOKEN = re.compile(r"\[\[[PT]:(\d+)\]\]")
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|/|&)\s*")


def _asset_list(tagged: Tagged, text: str) -> list[Ref]:
    """The first asset in ``text`` and those listed with it: 'Complera/Eviplera and Odefsey'."""
    m = _ASSET_TOKEN.search(text)
    if not m:
        return []
    refs = [tagged.ref(m.group(1))]
    pos = m.end()
    while True:
        join = _LIST_JOIN.match(text, pos)
        nxt = _ASSET_TOKEN.match(text, join.end()) if join else None
        if not nxt:
            return list(dict.fromkeys(refs))
        refs.append(tagged.ref(nxt.group(1)))
        pos = nxt.end()


def _term_assets(texts, state: DocumentState) -> tuple[Ref, ...]:
    """The assets of the first defined term the texts use ('Products' -> ZB-4592, ZB-2216)."""
    if state.term_assets:
        for text in texts:
            for run in re.findall(r"\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*", text):
                if refs := _defined_asset(run.split(), state.term_assets):
                    return refs
    return ()


def _defined_asset(words: list[str], terms: dict[str, tuple[Ref, ...]]) -> tuple[Ref, ...] | None:
    """The defined term inside a run of capitalized words ('Manufacture Products' -> 'Product')."""
    for size in range(min(4, len(words)), 0, -1):
        for start in range(len(words) - size + 1):
            term = " ".join(words[start : start + size]).lower()
            ref = terms.get(term) or terms.get(term.rstrip("s"))
            if ref is not None:
                return ref
    return None


def _token_of(tagged: Tagged, ref: Ref) -> str:
    letter = {Kind.PRODUCT: "P", Kind.PLATFORM: "T", Kind.ORG: "O", Kind.PERSON: "N"}[ref.kind]
    return f"[[{letter}:{tagged.refs.index(ref)}]]"


# A grant clause, up to another grant with its own subject: "..., and in 2020 we granted Y a license to P".
_ONE_GRANT = r"(?:(?!,?\s+and\s+(?:(?:in|on)\s+[^,\[\]]{1,30}?\s+)?\[\[O:\d+\]\]\s+(?:granted|grants|licensed))(?:[^.]|\.(?=\d)))"
# "hereby grants, and shall cause its Affiliates to grant, to Licensee": an aside between the grant and its grantee.
_ASIDE = r"(?:\s+(?:and|or)\s+(?:shall|will|agrees\s+to)\s+cause\s+its\s+Affiliates\s+to\s+grant,)?"
# An agreement's grant in its longer forms: "shall grant, and hereby does grant,", "does hereby grant".
_DOES_GRANT = r"(?:shall\s+grant,?\s+and\s+)?(?:hereby\s+does|does\s+hereby)\s+grant"


def _grants(tagged, state, facts, registry) -> list[Claim]:
    t, out = tagged.template, []
    # ("X licenses the same toxin to Y": the present tense only right after its subject, not the noun of "X has two licenses")
    patterns = [
        rf"{org('lr')}(?:'s)?{GAP}\b(?:has\s+|had\s+|have\s+)?(?:\w+ly\s+)?(?:{LICENSED}|(?:(?<=\]\]\s)|(?<=ly\s))licenses|agreed\s+to\s+license|hereby\s+(?:\w+ly\s+)?licenses)\b(?P<mid>{_OWN_GAP})\bto\s+(?:the\s+)?{org('le')}(?P<tail>[^.;]{{0,160}})",
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
        # "X granted an exclusive license to P to Y", and a recital's "X is willing to grant a license to Y" (its
        # asset, named in no word of it, is what X's recitals say X brings)
        rf"{org('lr')}{GAP}\b(?:granted|grants|has\s+granted|(?:is|are)\s+willing\s+to\s+grant)\b(?P<mid>{ASSET_GAP}\b(?:licen[sc]e|rights?|option)\b{ASSET_GAP})\bto\s+(?:the\s+)?{org('le')}(?P<tail>[^.;]{{0,120}})",
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
            found = _asset_from(tagged, mid, tail, state=state)
            if pattern is patterns[0] and not _ASSET_TOKEN.search(mid):
                # "P, which we licensed to X in 2018, ...": the asset stands before the relative clause
                found = _asset_before_which(tagged, t[: m.start()]) or found
            listed = _asset_list(tagged, mid) if found in tagged.refs and _token_of(tagged, found) in mid else []
            if found is not None and found not in tagged.refs:
                listed = list(_term_assets((mid, tail), state))  # "grants ... a license to ... Products": each one
            listed += [p for p in _products_included(tagged, mid, found) if p not in listed]
            when = _clause_date(t[: m.start()])
            for licensee in [group_ref(tagged, m, "le"), *_also_to(tagged, tail)]:
                for asset_ref in listed or [found]:
                    out.append(Claim(group_ref(tagged, m, "lr"), licensee, asset_ref, EventType.GRANT, tagged.evidence, date=when))
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
    """'... agreement with X, pursuant to which we granted an exclusive license for P': X is the licensee."""
    t, out = tagged.template, []
    pattern = (
        rf"\bagreement\b{CLAUSE}{{0,80}}?\bwith\s+{org('le')}{CLAUSE}{{0,80}}?\b(?:pursuant\s+to\s+which|under\s+which|whereby)\s+"
        rf"{org('lr')}\s+(?:granted|grants|has\s+granted)\s+(?!{org('other')})(?P<mid>{CLAUSE}{{0,200}})"
    )
    for m in re.finditer(pattern, t):
        lr, le = group_ref(tagged, m, "lr"), group_ref(tagged, m, "le")
        if lr != le and re.search(r"licen[sc]e|rights?", m.group("mid")):
            # the grant this agreement makes: from the agreement's own date
            out.append(Claim(lr, le, _asset_from(tagged, m.group("mid"), state=state), EventType.GRANT, tagged.evidence,
                             date=state.agreement_date))
    return out


# A license named right after its grantor: "received from X an exclusive, worldwide, sublicensable
# (subject to certain conditions) license".
_LICENSE_NEXT = re.compile(r"\s+(?:an?\s+|the\s+)?(?:(?:[\w-]+|\([^()]{1,60}\)),?\s+){0,8}?(?:licen[sc]e|rights?)\b")


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


# What a license is to do, and with what: "... to develop, manufacture and commercialize Tesaro's proprietary PARP
# inhibitor, P": the object of its uses is the asset, however long the patents and know-how before it were told.
_USES_ASSET = re.compile(
    r"\bto\s+(?:develop|research|manufacture|make|use|sell|import|market|commerciali[sz]e)(?:,?\s+(?:and\s+|or\s+)?"
    r"(?:develop|research|manufacture|make|have\s+made|use|sell|import|export|market|commerciali[sz]e))*\s+"
    r"(?:(?:the\s+)?\[\[O:\d+\]\]'s\s+)?(?:[\w-]+,?\s+){0,4}?\[\[[PT]:(\d+)\]\]"
)


def _exploited_asset(tagged: Tagged, clause: str) -> Ref | None:
    """The asset a clause's grant is to develop or commercialize, in the clause's first sentence part."""
    m = _USES_ASSET.search(re.split(r";|\.(?!\d)", clause, maxsplit=1)[0])
    return tagged.ref(m.group(1)) if m else None


def _stated_grants(tagged, state, pattern: str) -> list[Claim]:
    """A grant from each match of ``pattern``: licensor ``lr``, licensee ``le``, the asset in ``mid`` (or, past it,
    what the grant is to develop)."""
    out = []
    for m in re.finditer(pattern, tagged.template):
        lr, le = group_ref(tagged, m, "lr"), group_ref(tagged, m, "le")
        found = _asset_from(tagged, m.group("mid"), state=state, allow_coref=False)
        if found is None and m.group("mid"):
            found = _exploited_asset(tagged, tagged.template[m.start("mid") : m.start("mid") + 600])
        if lr != le and found is not None:
            out.append(Claim(lr, le, found, EventType.GRANT, tagged.evidence))
    return out


# What was obtained is a license or rights: "pursuant to which we received an upfront payment" is the other way.
_RIGHTS_FIRST = r"(?=(?:an?\s+|the\s+)?(?:[\w-]+,?\s+){0,4}?(?:licen[sc]e|rights?)\b)"


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
    developed = (
        rf"(?:{org('le')}'s\s+(?:[\w-]+\s+){{0,3}}?)?{asset('a')}\s+(?:is|was|are|were)\s+(?:being\s+)?developed\s+under\s+(?:an?\s+)?"
        rf"(?:[\w-]+\s+){{0,2}}?licen[sc]e(?:\s+agreement)?\s+(?:from|with)\s+(?:the\s+)?{org('lr')}(?P<mid>)"
    )
    out = _stated_grants(tagged, state, obtained) + _stated_grants(tagged, state, in_licensed)
    for m in re.finditer(developed, tagged.template):
        lr, le = group_ref(tagged, m, "lr"), group_ref(tagged, m, "le") or _holder(group_ref(tagged, m, "a"), facts) or registry.registrant
        if le is not None and lr != le:
            out.append(Claim(lr, le, group_ref(tagged, m, "a"), EventType.GRANT, tagged.evidence))
    return out


def _licenses_held_under_agreements_with(tagged, state, facts, registry) -> list[Claim]:
    """'We have a worldwide, exclusive license to P pursuant to a license agreement (dated ...) with X': X is the licensor."""
    pattern = (
        rf"{org('le')}\s+(?:also\s+)?(?:have|has|had|holds?|obtained|received|acquired)\s+(?:an?\s+|the\s+)?(?:[\w-]+,?\s+){{0,4}}?(?:licen[sc]e|rights?)"
        rf"(?:,\s+(?:excluding|except|other\s+than|outside)\b[^,.;\[\]]{{1,60}},)?\s+(?:to|for|under|in)\b(?P<mid>{ASSET_GAP})\b(?:pursuant\s+to|under|through)\s+(?!(?:[\w-]+,?\s+){{0,4}}?(?:supply|distribution|manufacturing|services)\b)(?:an?\s+|the\s+|its\s+|our\s+|\[\[O:\d+\]\]'s\s+)?(?:[\w-]+,?\s+){{0,3}}?"
        rf"(?:(?:licen[sc]e\s+)?agreement(?:\s+dated\s+(?:as\s+of\s+)?[\w ,]{{4,25}}?)?\s+with|licen[sc]e\s+granted\s+(?:in\s+[\w ,]{{3,25}}?\s+)?by)\s+(?:the\s+)?{org('lr')}"
    )
    return _stated_grants(tagged, state, pattern)


def _agreements_to_acquire_rights(tagged, state, facts, registry) -> list[Claim]:
    """'We entered into an agreement with X to acquire the rights to ... P': X is the licensor."""
    pattern = (
        rf"{org('le')}(?:\s*\([^()]{{0,60}}\))?{GAP}\b(?:entered\s+into|signed|executed|announced)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,3}}?agreements?\s+with\s+{org('lr')}"
        rf"{CLAUSE}{{0,60}}?\bto\s+(?:acquire|obtain|in-license)\s+(?:the\s+|an?\s+)?(?:[\w-]+,?\s+){{0,4}}?(?:rights?|licen[sc]e)\b(?P<mid>[^.;]{{0,200}})"
    )
    return _stated_grants(tagged, state, pattern)


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


def _agreements_giving_access(tagged, state, facts, registry) -> list[Claim]:
    out = []
    for m in _GIVES_ACCESS.finditer(tagged.template):
        lr, le = group_ref(tagged, m, "lr"), group_ref(tagged, m, "le")
        if lr != le:
            out.append(Claim(lr, le, group_ref(tagged, m, "a"), EventType.GRANT, tagged.evidence))
    return out


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


# The counterparty named by the agreement: "the Dragonfly Collaboration Agreement", "an agreement with X".
_AGREEMENT_PARTY = re.compile(
    rf"(?:\bthe\s+{org('named')}(?:\s+[A-Z][\w-]*){{0,3}}\s+Agreement\b|\b[Aa]greements?\b{CLAUSE}{{0,60}}?\bwith\s+{org('with')})"
)


_REFERS_BACK = re.compile(r"\b(?:the|this|such|that)\s+(?:agreement|collaboration|transaction|partnership|deal)\b", re.I)


_PRONOUN_SUBJECT = re.compile(r"\b(?:which|whereby)\s+(it|we)\b")


# "X will have exclusive rights to develop and commercialize P": to have is a license only with exclusive rights
# to exploit the asset ("X has the right to terminate" is none).
_HAS_EXCLUSIVE = (r"(?:will\s+have|has|have)(?=\s+(?:the\s+)?(?:(?:exclusive|sole|worldwide|global|co-exclusive),?\s+(?:and\s+)?){1,3}"
                  r"rights?\s+to\s+(?:develop|commerciali|market|sell|manufactur))")


def _licenses_under_agreements(tagged, state, facts, registry) -> list[Claim]:
    """'Under the X License Agreement, we obtained an exclusive license to P': X is the licensor."""
    t, out = tagged.template, []
    pattern = (
        rf"{org('le')}{GAP}\b(?:obtained|received|acquired|(?:was|were)\s+granted|hold|holds|held|obtains|receives|gains|gained|"
        rf"will\s+(?:obtain|receive|acquire|hold|gain|be\s+granted)|{_HAS_EXCLUSIVE})\s+"
        # "an exclusive, worldwide (except as noted below), royalty-bearing license"
        rf"(?P<mid>(?:an?\s+|the\s+)?(?:(?:[\w-]+|\([^()\[\]]{{1,60}}\)),?\s+){{0,6}}?(?:licen[sc]e|rights?)\b{CLAUSE}{{0,260}})"
    )
    for m in re.finditer(pattern, t):
        if re.search(r"\bfrom\s+\[\[O:", m.group("mid")):
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
    rf"\b(?:agreement|deal|contract)\s+with\s+{org('le')}(?:\s*\([^()]{{0,60}}\))?\s+to\s+(?:exclusively\s+)?(?:license\s+out|out-license)\s+"
    rf"(?P<mid>(?:[^.;\[\]]|\[\[[PT]:\d+\]\]){{0,80}})"
)


# ... and 'Zorbix entered into a license agreement with X to in-license P': the other way round.
_TO_LICENSE_IN = re.compile(
    rf"\b(?:agreement|deal|contract)\s+with\s+(?:the\s+)?{org('lr')}(?:\s*\([^()]{{0,60}}\))?,?\s+to\s+(?:exclusively\s+)?(?:in-license|license\s+in)\s+"
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
    rf"\b[Ll]icen[sc]e\s+(?:and\s+\w+\s+)?[Aa]greement\s+with\s+(?:the\s+)?{org('le')}(?:\s*\([^()]{{0,60}}\))?,?\s+"
    rf"(?:(?:under|pursuant\s+to)\s+which|whereby|(?:that|which)\s+(?:allows|allowed|permits|permitted|enables|enabled)|allowing|permitting)\s+"
    rf"(?:for\s+)?\[\[O:(?P=le)\]\]\s+(?:will\s+|shall\s+|to\s+|is\s+to\s+)?(?:exclusively\s+)?(?:develop|commerciali[sz]e|market|sell|manufacture)\b"
    rf"(?P<mid>{CLAUSE}{{0,160}})"
)


def _partners_to_exploit(tagged, state, facts, registry) -> list[Claim]:
    t, out = tagged.template, []
    for m in _PARTNER_TO_EXPLOIT.finditer(t):
        le = group_ref(tagged, m, "le")
        signer = next((r for r in refs_in(tagged, t[: m.start()], Kind.ORG) if r != le), None) or registry.registrant
        found = _asset_from(tagged, m.group("mid"), state=state, allow_coref=False)
        if signer not in (None, le) and found is not None and not _SUPPOSED.search(t[: m.start()]):
            out.append(Claim(signer, le, found, EventType.GRANT, tagged.evidence))
    return out


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


def _appositive_in_licenses(tagged, state, facts, registry) -> list[Claim]:
    """'P (INN), an antibiotic for ..., licensed from X for U.S. commercialization', 'P is in-licensed from X':
    the filer's in-license, told of the product it describes."""
    pattern = (
        rf"{asset('a')}(?:\s?[®™])?(?:\s*\((?:[^()\[]|\[\[P:\d+\]\]){{0,60}}\))?(?:,\s+[^.;\[]{{0,300}}?,|\s+(?:is|was|has\s+been))\s+"
        rf"(?:exclusively\s+)?(?:in-)?licensed\s+from\s+(?:the\s+)?{org('lr')}"
    )
    out = []
    for m in re.finditer(pattern, tagged.template):
        lr = group_ref(tagged, m, "lr")
        if registry.registrant not in (None, lr):
            out.append(Claim(lr, registry.registrant, group_ref(tagged, m, "a"), EventType.GRANT, tagged.evidence))
    return out


# A university, institute, foundation or hospital licenses its inventions to companies, not the reverse.
_INSTITUTION = re.compile(r"\b(?:University|Universit\w+|Institute|Institut|Foundation|Hospital|College|Medical\s+Center|"
                          r"Regents|Trustees|National\s+Institutes?\s+of\s+Health|Clinic)\b")


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


def _listed_in_licenses(tagged, state, facts, registry) -> list[Claim]:
    """'The products licensed from O include P1, P2 and P3': each is licensed to the filer."""
    m = re.search(
        rf"\b(?:products?|compounds?|assets?|technolog(?:y|ies))\s+(?:we\s+|it\s+)?{LICENSED}\s+from\s+(?:the\s+)?{org('lr')}"
        rf"\s+(?:include|includes|included|are|were|consist\s+of|comprise)\s+{token_list('PT', 'assets')}", tagged.template)
    if m is None or registry.registrant in (None, group_ref(tagged, m, "lr")):
        return []
    return [Claim(group_ref(tagged, m, "lr"), registry.registrant, a, EventType.GRANT, tagged.evidence)
            for a in refs_in(tagged, m.group("assets"))]


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
        out += _claims_for(tagged, group_ref(tagged, m, "lr"), group_ref(tagged, m, "le"), m.group("mid"), m.group(0))
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
    for m in re.finditer(rf"(?P<pre>(?:\[\[[PT]:\d+\]\](?:,\s+|,?\s+and\s+))*){asset('a')}(?:\s+(?:is|was|are|were|has\s+been|had\s+been)\s+(?:{based_on})?|{appositive})(?:\w+ly\s+)?(?:in-)?licensed"
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
    rf"\bgrant\s+by\s+(?:the\s+)?{org('lr')}\s+to\s+(?:the\s+)?{org('le')}\s+of\s+(?P<mid>{ASSET_GAP}\b(?:licen[sc]e|rights?)\b{ASSET_GAP})(?=[.;]|$)",
    rf"{org('lr')}'s\s+grant\s+to\s+(?:the\s+)?{org('le')}\s+of\s+(?P<mid>{ASSET_GAP}\b(?:licen[sc]e|rights?)\b{ASSET_GAP})(?=[.;]|$)",
    rf"\b(?:licen[sc]es?|rights?)\s+(?:(?:previously|originally|exclusively)\s+)?granted\s+by\s+(?:the\s+)?{org('lr')}\s+to\s+(?:the\s+)?{org('le')}"
    rf"(?P<back>\s+(?:(?:have|has|had)\s+)?(?:reverted|were\s+returned|returned)\s+to\s+(?:the\s+)?\[\[O:(?P=lr)\]\])?(?P<mid>{ASSET_GAP})(?=[.;]|$)",
)


_AGREEMENT_FOR = re.compile(rf"\b(?i:licen[sc]e)\s+(?:and\s+\w+\s+)?[Aa]greement(?:\s*\([^()]{{0,60}}\))?\s+with\s+{org('party')}(?:\s*\([^()]{{0,60}}\))?\s+for\s+{asset('a')}"
                            # "its P license agreement with X", "the P License Agreement with X": the product names it
                            rf"|{asset('a_')}\s+(?i:licen[sc]e)\s+(?:and\s+\w+\s+)?[Aa]greement\s+with\s+{org('party_')}")


def _remember_agreement_assets(tagged: Tagged, state: DocumentState) -> None:
    for m in _AGREEMENT_FOR.finditer(tagged.template):
        party, a = ("party", "a") if m.group("party") else ("party_", "a_")
        state.agreement_assets.setdefault(group_ref(tagged, m, party), group_ref(tagged, m, a))


def _with_agreement_assets(claims: list[Claim], state: DocumentState) -> list[Claim]:
    """A grant that names no asset, under an agreement the filing named by its product ("... its P license
    agreement with X, pursuant to which X granted a license to the Company to exploit certain intellectual
    property rights"): P."""
    out = []
    for c in claims:
        known = state.agreement_assets.get(c.licensor) or state.agreement_assets.get(c.licensee)
        fill = c.event is EventType.GRANT and c.ordered and c.asset is None and known is not None
        out.append(replace(c, asset=known) if fill else c)
    return out


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


# A recital that tells the grant from the licensee's side: "LICENSEE desires to obtain an exclusive license to
# TAR-55 and UNIVERSITY is willing to grant such a license", "Y wishes to obtain an exclusive license under such
# patents ...; and WHEREAS, X is willing to grant such license".
_WILLING_TO_GRANT_SUCH = re.compile(
    rf"{org('le')}{GAP}\b(?:(?:desires|wishes|seeks)\s+to\s+(?:obtain|acquire|receive)|is\s+interested\s+in\s+(?:obtaining|acquiring|receiving))\s+(?P<mid>{ASSET_GAP}\b(?:licen[sc]e|rights?)\b{ASSET_GAP})"
    rf"[,;]?\s+and\s+(?:(?i:whereas),?\s+)?(?:the\s+)?{org('lr')}\s+(?:is|are)\s+willing\s+to\s+grant\s+(?:such|the\s+same|said|that)\b"
)


# ... and from the owner's: "X is the owner of certain rights to P and is willing to grant to Y an exclusive
# license to such rights", "WHEREAS, X owns certain patent rights relating to P; WHEREAS, Y desires to obtain an
# exclusive license under such patent rights", "X is the owner of the Patent Rights covering P; and WHEREAS, Y is
# desirous of obtaining an exclusive license under the Patent Rights".
_OWNER_GRANTS_SUCH = re.compile(
    rf"{org('lr')}\s+(?:is\s+the\s+(?:sole\s+)?(?:and\s+exclusive\s+)?owner\s+of|owns|controls)\s+(?P<mid>{ASSET_GAP}\[\[[PT]:\d+\]\]{ASSET_GAP})"
    rf"(?:\s+and\s+(?:is|are)\s+willing\s+to\s+grant\s+(?:to\s+)?{org('le')}"
    rf"|;\s*(?:and\s+)?(?:(?i:whereas),?\s+)?{org('le_')}\s+(?:(?:desires|wishes|seeks)\s+to\s+(?:obtain|acquire|receive)|is\s+desirous\s+of\s+(?:obtaining|acquiring)))"
    rf"\s+(?:an?\s+)?(?:[\w-]+,?\s+){{0,4}}?licen[sc]e\s+(?:under|to|in)\s+(?:such|said|these|those|the\s+same|the(?=\s+[A-Z]))\b"
)


# ... and both at once: "Y desires to obtain, and X is willing to grant (desires to provide), an exclusive license to develop P".
_OBTAIN_AND_GRANT = re.compile(
    rf"{org('le')}\s+(?:desires|wishes|seeks)\s+to\s+(?:obtain|acquire|receive),?\s+and\s+(?:the\s+)?{org('lr')}\s+"
    rf"(?:(?:is|are)\s+willing\s+to|desires\s+to|wishes\s+to|agrees\s+to)\s+(?:grant|provide),?\s+"
    rf"(?P<mid>{ASSET_GAP}\b(?:licen[sc]e|rights?)\b{ASSET_GAP})(?=[.;]|$)"
)


def _recited_grants(tagged, state, facts, registry) -> list[Claim]:
    out = []
    for m in _OBTAIN_AND_GRANT.finditer(tagged.template):
        claims = _claims_for(tagged, group_ref(tagged, m, "lr"), group_ref(tagged, m, "le"), m.group("mid"), m.group(0))
        out += [replace(c, date=state.agreement_date) for c in claims]
    for m in _OWNER_GRANTS_SUCH.finditer(tagged.template):
        claims = _claims_for(tagged, group_ref(tagged, m, "lr"), group_ref(tagged, m, "le") or group_ref(tagged, m, "le_"), m.group("mid"), m.group(0))
        out += [replace(c, date=state.agreement_date) for c in claims]
    for m in _WILLING_TO_GRANT_SUCH.finditer(tagged.template):
        lr, le = group_ref(tagged, m, "lr"), group_ref(tagged, m, "le")
        if lr != le and not _DENIED.search(m.group(0)):
            # the grant this agreement makes: from the agreement's own date
            out.append(Claim(lr, le, _asset_from(tagged, m.group("mid"), state=state), EventType.GRANT, tagged.evidence,
                             date=state.agreement_date))
    return out


def _sole_licensees_of_owned_rights(tagged, state, facts, registry) -> list[Claim]:
    """'X is the sole exclusive licensee ... of the patent rights ... owned by Y concerning the Compound': Y licensed
    the asset the owned rights concern to X (a recital's account of the license the grantor holds)."""
    pattern = (
        rf"{org('le')}\s+is\s+the\s+(?:sole\s+)?(?:and\s+)?(?:exclusive\s+)?licensee\b[^.;\[\]]{{0,160}}?\b(?:owned|controlled|held)\s+"
        rf"by\s+(?:the\s+)?{org('lr')}\s+(?:concerning|relating\s+to|related\s+to|covering|with\s+respect\s+to)\s+(?P<mid>{ASSET_GAP})(?=[.;]|$)"
    )
    return _stated_grants(tagged, state, pattern) if "licensee" in tagged.template else []


def _holder(a: Ref, facts: list[Fact]) -> Ref | None:
    for f in facts:
        if f.subject == a and f.prop in ("developer", "owner") and isinstance(f.value, Ref):
            return f.value
    return None


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


def _codevelopment_of_partners_products(tagged, state, facts, registry) -> list[Claim]:
    """'we entered into a collaboration with X to co-develop and co-commercialize X's P': rights to X's
    product, so X is the licensor."""
    pattern = (
        rf"{org('le')}{GAP}\b(?:collaboration|agreement|partnership|alliance)\b{CLAUSE}{{0,40}}?\bwith\s+{org('lr')}"
        rf"{CLAUSE}{{0,80}}?\bto\s+(?:co-)?(?:develop|commercialize|commercialise)\w*(?:\s+and\s+(?:co-)?\w+)?\s+"
        rf"\[\[O:(?P=lr)\]\]'s\s+(?P<mid>(?:[^.;\[\]]|\[\[[PT]:\d+\]\]){{0,80}})"
    )
    return _stated_grants(tagged, state, pattern)


def _codevelopment_of_own_products(tagged, state, facts, registry) -> list[Claim]:
    """'X entered into a strategic agreement with Y to develop and commercialize P, X's investigational
    therapeutic': rights to X's own product, so X is the licensor. Headlines too ('X Announces
    Partnership with Y to Co-Develop and Co-Commercialize P')."""
    out = []
    pattern = (
        rf"{org('lr')}{GAP}\b(?i:collaboration|agreement|partnership|alliance)\b{CLAUSE}{{0,40}}?\bwith\s+{org('le')}"
        rf"(?:\s+\([^()]{{0,60}}\))?\s+to\s+(?i:(?:co-)?(?:develop|commerciali[sz]e))(?:\s+and\s+(?i:(?:co-)?(?:develop|commerciali[sz]e)))?\s+"
        rf"(?:(?P<before>{org('owner_')}'s\s+(?:[\w-]+\s+){{0,3}}?))?{asset('a')}(?P<after>,\s+{org('owner')}'s\b)?"
    )
    for m in re.finditer(pattern, tagged.template):
        lr, le, a = group_ref(tagged, m, "lr"), group_ref(tagged, m, "le"), group_ref(tagged, m, "a")
        owner = (group_ref(tagged, m, "owner") if m.group("after") else group_ref(tagged, m, "owner_") if m.group("before")
                 else _holder(a, facts))
        if lr != le and owner == lr:
            out.append(Claim(lr, le, a, EventType.GRANT, tagged.evidence))
    return out


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


# "X sold its rights to P in the US to Y", "X completed the sale of the global rights to P and Q to Y",
# "X divested P in 35 markets to Y": the rights pass from X to Y, as a license's would.
_SOLD_RIGHTS = re.compile(
    rf"{org('lr')}{GAP}\b(?:(?:sold|divested|transferred|assigned)\s+(?:its\s+|our\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?rights?\s+(?:to|for|in)\s+"
    rf"|(?:completed\s+)?(?:the\s+)?(?:sale|divestment|divestiture|transfer)\s+of\s+(?:its\s+|our\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?rights?\s+(?:to|for|in)\s+"
    rf"|divested\s+)(?:the\s+)?{token_list('PT', 'assets')}(?P<where>[^.;\[\]]{{0,80}}?)\s+to\s+(?:the\s+)?{org('le')}"
)
# "Farxiga/Forxiga intangible assets acquired from BMS": the filer bought the rights.
_ASSETS_ACQUIRED = re.compile(rf"{asset('a')}(?:/[\w-]+)?\s+intangible\s+assets?\s+(?:were\s+)?acquired\s+from\s+(?:the\s+)?{org('lr')}")


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


# "X will receive an upfront payment ... and is eligible to receive milestones and royalties": who is
# paid for an agreement's rights is who granted them.
RECEIVES = re.compile(
    rf"{org('x')}{GAP}\b(?:(?:is|are|will\s+be|was|were|becomes?)\s+(?:also\s+)?(?:eligible|entitled)\s+to\s+receive|will\s+receive|received|receives)"
    rf"\b[^.;\[]{{0,200}}?\b(?:milestones?|royalt(?:y|ies)|upfront|up-front)\b"
)


# "We receive royalties from X on sales of P in Japan": X sells P under a license from us.
_ROYALTIES_FROM_SALES = re.compile(
    rf"{org('lr')}\s+(?:receives?|received|earns?|earned|(?:is|are)\s+entitled\s+to\s+receive)\s+(?:[\w-]+\s+){{0,2}}?royalt(?:y|ies)\s+from\s+(?:the\s+)?{org('le')}"
    rf"\s+(?:on|based\s+on)\s+(?:its\s+|their\s+)?(?:net\s+)?sales\s+of\s+(?P<mid>{ASSET_GAP}\[\[[PT]:\d+\]\])"
)


def _payment_receivers(tagged, state, facts, registry) -> list[Claim]:
    """The party paid under the agreement just told licensed its asset to the other (a guess: any
    stated direction wins)."""
    said = [c for m in _ROYALTIES_FROM_SALES.finditer(tagged.template) if not HEDGES.search(m.group(0))
            for c in _claims_for(tagged, group_ref(tagged, m, "lr"), group_ref(tagged, m, "le"), m.group("mid"), m.group(0))]
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


def _agreement_terms(tagged, state, facts, registry) -> list[Claim]:
    out = _stated_grants(tagged, state, _AGREEMENT_PERMITS.pattern) + _stated_grants(tagged, state, _AGREEMENT_NEEDED.pattern)
    for m in _PAID_AS_AGREED.finditer(tagged.template):
        out += _claims_for(tagged, group_ref(tagged, m, "lr"), group_ref(tagged, m, "le"), m.group("mid"), m.group(0))
    for m in _PAID_UNDER.finditer(tagged.template):
        lr, le = group_ref(tagged, m, "lr"), group_ref(tagged, m, "le")
        found = _asset_refs(tagged, m.group("mid"))
        if lr == group_ref(tagged, m, "named") and lr != le and found:
            out.append(Claim(lr, le, found[0], EventType.GRANT, tagged.evidence))
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


# --------------------------------------------------------------------------- roles and holdings


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


def _claims_for(tagged: Tagged, lr: Ref | None, le: Ref | None, mid: str, said: str = "") -> list[Claim]:
    """A grant of the first asset in ``mid``, unless ``said`` (the whole match) denies it."""
    found = _asset_refs(tagged, mid)
    if lr is None or le is None or lr == le or not found or NEGATION.search(said or mid):
        return []
    return [Claim(lr, le, found[0], EventType.GRANT, tagged.evidence)]


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


def _held_rights(tagged, state, facts, registry) -> list[Claim]:
    t, out = tagged.template, []
    for m in _SUBLICENSED_UNDER.finditer(t):
        out += _claims_for(tagged, group_ref(tagged, m, "lr"), group_ref(tagged, m, "le"), m.group("mid"), m.group(0))
    if "right" not in t or HEDGES.search(t.split("[[", 1)[0]):
        return out
    for m in _HOLDS_OWNED.finditer(t):
        out += _claims_for(tagged, group_ref(tagged, m, "lr"), group_ref(tagged, m, "le"), m.group("mid"), m.group(0))
    for m in _RIGHTS_HELD_BY.finditer(t):
        out += _claims_for(tagged, group_ref(tagged, m, "lr"), group_ref(tagged, m, "le"), m.group("mid"), m.group(0))
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


# A stretch in which possessives stand too: "our rights to our lead product candidate, P".
_OWNED_GAP = r"(?:[^.;\[\]]|\[\[[PT]:\d+\]\]|\[\[O:\d+\]\]'s\s){0,160}?"
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


# A press release's noun for the deal: "announced an exclusive out-licensing agreement with X for P"
# (the announcer licenses P out), "... an in-licensing agreement with X for P" (in).
_LICENSING_DEAL = re.compile(
    rf"{org('a')}(?:\s*\([^()]{{0,60}}\))?{GAP}\b(?:announced|entered\s+into|signed|executed|completed)\s+(?:an?\s+|the\s+)?(?:(?:exclusive|non-exclusive|worldwide|global|strategic),?\s+)*"
    rf"(?P<way>out|in)-licen[sc]ing\s+(?:agreement|deal|transaction)\s+with\s+{org('b')}(?:\s*\([^()]*\))?\s+(?:for|covering|of|on)\s+"
    rf"(?P<mid>{ASSET_GAP}\[\[[PT]:\d+\]\])"
)


def _licensing_deals(tagged, state, facts, registry) -> list[Claim]:
    out = []
    for m in _LICENSING_DEAL.finditer(tagged.template):
        a, b = group_ref(tagged, m, "a"), group_ref(tagged, m, "b")
        lr, le = (a, b) if m.group("way") == "out" else (b, a)
        out += _claims_for(tagged, lr, le, m.group("mid"), m.group(0))
    return out


def _only_asset(tagged: Tagged, facts: list[Fact], not_of: Ref) -> Ref | None:
    """The one product or platform a sentence names, unless it is ``not_of``'s own ("..., Merck's anti-PD-1 therapy")."""
    found = list(dict.fromkeys(_asset_refs(tagged, tagged.template)))
    if len(found) != 1 or _holder(found[0], facts) == not_of:
        return None
    return None if _owner_in(tagged, found[0]) == not_of else found[0]


def _owner_in(tagged: Tagged, asset: Ref) -> Ref | None:
    """The company a sentence says ``asset`` is of: "P, Merck's anti-PD-1 therapy", "Merck's P"."""
    t, token = tagged.template, re.escape(_token_of(tagged, asset))
    owned = re.search(rf"{token}(?:\s*\([^()]*\))?,\s+\[\[O:(\d+)\]\]'s", t) or re.search(rf"\[\[O:(\d+)\]\]'s\s+(?:[\w-]+\s+){{0,3}}{token}", t)
    return tagged.ref(owned.group(1)) if owned else None


# "a collaboration and license agreement", "an option, collaboration and license agreement".
_AGREEMENT_KIND = r"(?:(?:collaboration|option|research|development|co-development|commercialization|patent)(?:,\s+|\s+and\s+|\s+))*"
# What an agreement or a party is called from then on: ', or the "X Agreement",', ' ("Incyte")'.
_DEFINED_AS = r"(?:,\s+or\s+(?:the\s+)?[^,;.]{1,80},|\s+\((?:the\s+|each\s+a\s+)?\"[^\"]*\"\))?"


# What the agreement does tells the direction the guess would get wrong: "... with X to grant X exclusive rights
# to P", "..., granting X a license to P" (the subject licenses out); "If our license agreement with X is
# terminated, we would lose our rights to P" (the subject holds P's rights from X, whoever P's developer is).
_GRANTS_PARTNER = re.compile(r"^(?:\s*\([^()]*\))?,?\s+(?:to\s+grant|granting)\s+(?:to\s+)?\[\[O:(\d+)\]\]")
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


def _license_agreements_with(tagged, state, facts, registry) -> list[Claim]:
    """'We entered into an exclusive license agreement with X for the development of P' (in-licensing); 'In connection
    with the acquisition of Y, we assumed an exclusive license agreement with X for P' (the acquirer is the licensee now)."""
    t, out = tagged.template, []
    pattern = (
        rf"{org('le')}(?:'s\s+|{GAP}\b(?:entered\s+into|signed|executed|closed|completed|announced|assumed|has|have|had)\s+(?:an?\s+|the\s+|two\s+|three\s+)?)(?:(?:exclusive|non-exclusive|worldwide|global|royalty-bearing),?\s+)*"
        rf"{_AGREEMENT_KIND}licen[sc](?:e|ing)(?:\s+and\s+\w+)?\s+agreements?{_DEFINED_AS}\s+with\s+{org('lr')}{_DEFINED_AS}(?P<tail>[^.;]{{0,220}})"
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
        held = re.search(rf"\[\[O:{tagged.refs.index(subject)}\]\]\s+(?:had\s+|has\s+)?(?:in-licensed|licensed|acquired|obtained)\b", tail)
        responsible = _RESPONSIBLE.search(tail)
        if responsible and tagged.ref(responsible.group(1)) in (subject, partner):
            le = tagged.ref(responsible.group(1))
            out.append(Claim(subject if le == partner else partner, le, found, EventType.GRANT, tagged.evidence, weak=True, cued=True))
            continue
        if _LOSES_RIGHTS.search(tail):
            out.append(Claim(partner, subject, found, EventType.GRANT, tagged.evidence, weak=True, cued=True))
            continue
        grants = _GRANTS_PARTNER.match(tail)
        if (grants and tagged.ref(grants.group(1)) == partner) or ((_holder(found, facts) == subject or held or _owner_in(tagged, found) == subject) and not for_a_license):
            # The subject's own product: it licenses it out ("with Incyte for ... axatilimab").
            subject, partner = partner, subject
        out.append(Claim(partner, subject, found, EventType.GRANT, tagged.evidence, weak=True))
    return out


# --------------------------------------------------------------------------- endings


# What denies a statement: "We have not terminated", "Neither party has" (not "Amendment No. 2").
_DENIED = re.compile(r"\b(?:not|never|neither|nor|Neither)\b|\b[Nn]o\b(?!\.)")
# Contracts that are no license: a credit facility, an employment agreement, a lease, stock options.
_OTHER_CONTRACT = re.compile(r"\b(?:credit|loan|lease|employment|officer|facility|purchase|supply|merger|warrant|indenture|stock|equity|"
                             r"borrowing|severance|consulting)\b", re.I)
# What makes a sentence a supposition, not a report ("upon" and "following" alone do not).
_SUPPOSED = re.compile(r"\b(?:shall|will|would|(?-i:may)|might|must|could|should|if|unless|in\s+the\s+event)\b", re.I)
# Contract language about what would happen ("shall return", "upon termination") is not an event.
CONDITIONAL = re.compile(r"\b(?:shall|will|would|(?-i:may)|might|must|could|should|upon|if|in\s+the\s+event|unless|following\s+(?:any|the)\s+termination)\b", re.I)


# "Following the termination of the X Agreement in 2018, we regained all rights to P", "Upon the effective date of
# termination, all rights to P reverted to us": past events.
_PAST_ENDING = re.compile(
    r"^\s*(?:Following|After|Upon)\s+(?:the\s+)?(?:effectiveness\s+of\s+the\s+|effective\s+date\s+of\s+(?:the\s+)?)?(?:termination|expiration)\b[^,]{0,120},\s+"
    r"(?=\[\[O:\d+\]\]\s+(?:regained|reacquired|re-acquired|recovered|terminated)|(?:all\s+)?(?:of\s+)?(?:the\s+)?rights?\b[^,;.]{0,120}?\b(?:reverted|returned|were\s+returned)\b)"
)


# "In 2020, we reacquired the rights to P from X following the termination of our license agreement": the
# ending a past return follows is past too.
_RETURNED_FOLLOWING = re.compile(r"(\b(?:regained|reacquired|re-acquired|recovered|reverted|were\s+returned)\b[^.;]*?)\b(?:following|after)\s+(?:the\s+)?termination\b")


def _conditional(t: str) -> bool:
    # "... became effective on March 31, 2021, upon which all rights reverted": "upon which" tells what followed
    return bool(CONDITIONAL.search(re.sub(r"\bupon\s+which\b", "", _PAST_ENDING.sub("", _RETURNED_FOLLOWING.sub(r"\1", t)))))


# "As a result of the termination of our agreement with X, we now have worldwide rights to P": the rights X held.
_RIGHTS_AFTER_ENDING = re.compile(
    rf"^\W*(?:As\s+a\s+result\s+of|Following|After)\s+(?:the\s+)?termination\s+of\s+(?:the|our|its|\[\[O:\d+\]\]'s)\s+(?:[\w-]+\s+){{0,3}}?"
    rf"(?<!supply\s)(?<!distribution\s)(?<!manufacturing\s)(?<!services\s)(?:agreement|licen[sc]e|collaboration)\s+with\s+(?:the\s+)?{org('le')}[^,;.]{{0,60}},\s+{org('lr')}\s+(?:now\s+)?(?:has|have|holds?|owns?|retains?)\s+"
    rf"(?:all\s+|full\s+|the\s+)*(?:[\w-]+\s+){{0,2}}?rights\s+(?:to|in)\s+(?P<mid>{ASSET_GAP}\[\[[PT]:\d+\]\])"
)


# What a licensee returns: "the worldwide rights to P", "our license to P", "P" itself.
_RETURNED_WHAT = re.compile(r"^\s*(?:(?:all|the|its|our|their|\[\[O:\d+\]\]'s)\s+)*(?:[\w-]+\s+){0,3}?(?:rights?|licen[sc]es?)\b|^\s*\[\[[PT]:\d+\]\]")


def _returns(tagged, state, facts, registry) -> list[Claim]:
    t, out = tagged.template, []
    if (m := _RIGHTS_AFTER_ENDING.search(t)) and not _SUPPOSED.search(t):
        out += [replace(c, event=EventType.RIGHTS_RETURNED) for c in
                _claims_for(tagged, group_ref(tagged, m, "lr"), group_ref(tagged, m, "le"), m.group("mid"), m.group(0))]
    if _conditional(t):
        return out
    # "... we regained all rights to P" after an agreement this sentence or the ones before name: its partner.
    for m in re.finditer(rf"{org('lr')}\s+(?:has\s+|have\s+|had\s+)?(?:regained|reacquired|re-acquired|recovered)\s+(?:all\s+|the\s+|full\s+)*"
                         rf"(?:[\w-]+\s+){{0,2}}?rights\s+(?:to|in)\b(?P<mid>{ASSET_GAP})(?:[.;]|$)", t):
        lr, party = group_ref(tagged, m, "lr"), None
        for pm in _AGREEMENT_PARTY.finditer(t, 0, m.start() + 1):
            party = group_ref(tagged, pm, "named") or group_ref(tagged, pm, "with")
        if party is None and _REFERS_BACK.search(t[: m.start()]) and state.since_partner <= 2:
            party = state.last_partner
        found = _asset_from(tagged, m.group("mid"), state=state, allow_coref=False)
        if party not in (None, lr) and found is not None:
            out.append(Claim(lr, party, found, EventType.RIGHTS_RETURNED, tagged.evidence))
    # ("we returned our rights to P to X")
    returned_to = rf"{org('le')}{GAP}\b(?:has\s+|had\s+|will\s+)?(?:returned|return|returns)\b(?P<mid>{_OWNED_GAP})\bto\s+(?:the\s+)?{org('lr')}"
    patterns = [
        (rf"{org('lr')}{GAP}\b(?:has\s+|had\s+|have\s+)?(?:regained|reacquired|re-acquired|regains|recovered|obtained\s+the\s+return\s+of)\b(?P<mid>{ASSET_GAP})\bfrom\s+(?:the\s+)?{org('le')}", True),
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
_ANNOUNCED_ENDING = re.compile(r"\b(?:such|this|that|the)\s+termination\b|\bat\s+which\s+time\b")
_GENERIC_ENDING = re.compile(r"\b(?:if|unless|shall|(?-i:may)|in\s+the\s+event|any\s+termination|termination\s+of\s+this\s+agreement|expiration\s+or\s+termination)\b", re.I)
_NOTICE_BEFORE = re.compile(r"\b(?:is|was|are|were)\s+terminating\b|\b(?:notice|notified|informed)\b[^.]{0,80}\bterminat")


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


def _ending_effective_date(template: str) -> PartialDate | None:
    m = re.search(r"\beffective\s+(?:as\s+of\s+|on\s+|in\s+)?(?P<when>[^;\[\]]{6,30})", template)
    dates = [d for _, _, d in find_dates(m.group("when"))] if m else []
    return dates[0] if dates else None


# "Y notified us of its decision to terminate the agreement for P, effective ...": a notice given is an
# event even though the ending it announces lies ahead (so not CONDITIONAL).
_NOTICE = (
    r"\b(?:notified|informed|gave\s+(?:written\s+)?notice\s+to|provided\s+(?:written\s+)?notice\s+to|(?:gave|provided)(?=\s+\[\[O:\d+\]\]\s+(?:with\s+)?(?:written\s+)?notice))\s+"
    r"(?:\[\[O:(?P<x>\d+)\]\]\s+)?(?:(?:with\s+)?(?:written\s+)?notice\s+(?=of\s+(?:(?:its|our|their)\s+)?termination))?(?:on\s+[\w ,]{3,25}?\s+)?(?:of\s+(?:(?:its|our|their)\s+)?termination|of\s+its\s+(?:decision|intention|intent|election)\s+to\s+terminate|"
    r"that\s+it\s+(?:would|will|has|had|was|is)?\s*(?:elected\s+to\s+|decided\s+to\s+)?terminat\w*)"
)


def _termination_notices(tagged, state, registry) -> list[Claim]:
    t, out = tagged.template, []
    for m in re.finditer(rf"{org('y')}{GAP}{_NOTICE}(?P<mid>{ASSET_GAP})(?:[.;]|$)", t):
        y = group_ref(tagged, m, "y")
        x = group_ref(tagged, m, "x") or registry.registrant
        if x is None or x == y:
            continue
        found = _asset_from(tagged, m.group("mid"), state=state, allow_coref=False)
        out.append(Claim(x, y, found, EventType.TERMINATION, tagged.evidence, ordered=False))
    return out


_EFFECTIVE_TERMINATION = re.compile(r"^\s*(?:The|Such|This)\s+termination\s+(?:will\s+become|became|becomes|will\s+be|was|is)\s+effective\s+(?:on|as\s+of)\b")


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
            if x is None or y is None or x == y:
                continue
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


def _options(tagged, state, facts, registry) -> list[Claim]:
    t, out = tagged.template, []
    # "exercised an option to license P from X"
    for m in re.finditer(rf"{org('le')}{GAP}\bexercised\s+{_WHOSE}\s+(?:\w+\s+)?option\s+to\s+(?:license|in-license|(?:acquire|obtain)\s+(?:an?\s+|the\s+)?(?:(?:exclusive|non-exclusive|worldwide|global),?\s+)*(?:license|rights?)\s+(?:to|for|under))(?P<mid>{ASSET_GAP})\bfrom\s+(?:the\s+)?{org('lr')}", t):
        found = _asset_from(tagged, m.group("mid"), state=state)
        out.append(Claim(group_ref(tagged, m, "lr"), group_ref(tagged, m, "le"), found, EventType.OPTION_EXERCISE, tagged.evidence))
    if out:
        return out
    for m in re.finditer(rf"{org('le')}{GAP}\bexercised\s+{_WHOSE}\s+(?:\w+\s+)?options?\b(?P<mid>[^.;]{{0,240}})", t):
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


# --------------------------------------------------------------------------- terms of a claim


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
    m = re.search(rf"(?<![\w-])(?P<scope>(?:[\w-]+\s+(?:and\s+)?){{0,4}})rights?\s+(?:to|for|of|in|under)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{asset('a')}", t)
    if m:
        state.last_asset = group_ref(tagged, m, "a")
        state.last_scopes = _scopes(t)
    for claim in claims:
        if claim.asset is not None:
            state.last_asset = claim.asset


# --------------------------------------------------------------------------- assembly


def assemble(claims: list[Claim], facts: list[Fact], dated: list[tuple[frozenset[Ref], PartialDate]] = ()) -> tuple[list[License], list[Collaboration]]:
    """Fold claims into licenses (one per licensor, licensee, asset) and collaborations; ``dated``
    are the dated agreements the filing lists, which make a start date as exact as they are."""
    licenses: dict[tuple[Ref, Ref, Ref], License] = {}
    loose: list[Claim] = []
    # A guessed direction yields to a stated one; one that agrees with a stated ending still dates the grant.
    stated = {(c.licensor, c.licensee, c.asset, c.event is EventType.GRANT) for c in claims if not c.weak and c.ordered}
    claims = [c for c in claims if not (c.weak and ((c.licensee, c.licensor, c.asset, True) in stated or (c.licensee, c.licensor, c.asset, False) in stated
                                                    or (c.licensor, c.licensee, c.asset, True) in stated))]
    claims = [c for c in claims if not (c.weak and _stated_the_other_way(c, stated))]
    # "a license agreement with X for P" guesses X licensed P; a paragraph that says who is paid or whose P is
    # tells the direction: the guess yields to the cue
    cued = {(c.licensor, c.licensee, c.asset) for c in claims if c.cued}
    claims = [c for c in claims if not (c.weak and not c.cued and (c.licensee, c.licensor, c.asset) in cued)]
    for claim in sorted(claims, key=lambda c: (c.event is not EventType.GRANT, c.evidence)):
        if claim.licensor is None or claim.licensee is None or claim.licensor == claim.licensee:
            continue
        if not claim.ordered or claim.asset is None:
            loose.append(claim)
            continue
        key = (claim.licensor, claim.licensee, claim.asset)
        if claim.event is not EventType.GRANT and key not in licenses:
            key = _predecessor_license(key, licenses, facts) or key
        license_ = licenses.get(key) or License(*key)
        licenses[key] = license_
        _apply(license_, claim)
    collaborations = []
    for claim in loose:
        target = _license_between(claim, licenses)
        if target is not None:
            _apply(target, claim)
        elif claim.event is EventType.GRANT or claim.event is EventType.TERMINATION:
            collab = Collaboration(parties=[claim.licensor, claim.licensee], kind="license" if claim.event is EventType.GRANT else "agreement", evidence=[claim.evidence])
            if claim.event is EventType.TERMINATION:
                collab.status = "Expired" if claim.expired else "Terminated"
                collab.terminated = claim.date
            collaborations.append(collab)
    for license_ in licenses.values():
        _settle(license_)
        license_.effective = _exact_start(license_, dated)
    return list(licenses.values()), collaborations


def _stated_the_other_way(claim: Claim, stated: set) -> bool:
    """A paragraph's guess that A licensed P to B, where a sentence says B granted A a license of no
    named asset and none says A granted B anything: the guess read the direction from whose P is, and
    the agreement licenses B's patents on A's compound ("Y desires to obtain from X, and X is willing to
    grant to Y, an exclusive license under such X patent rights"). Say nothing rather than the wrong way."""
    back = (claim.licensee, claim.licensor, None, True) in stated
    forth = any(lr == claim.licensor and le == claim.licensee for lr, le, _a, _g in stated)
    return back and not forth


def _exact_start(license_: License, dated) -> PartialDate | None:
    """The one dated agreement between the two parties that agrees with what the prose says ("In
    August 2020") gives the day; with no date in the prose, the one such agreement does."""
    parties = {license_.licensor, license_.licensee}
    days = {d for between, d in dated if parties <= between}
    fitting = {d for d in days if d.refines(license_.effective)} if license_.effective else days
    return fitting.pop() if len(fitting) == 1 else license_.effective


def _predecessor_license(key, licenses, facts: list[Fact]):
    """Rights returned by (or to) a successor end the license its predecessor was party to."""
    licensor, licensee, asset_ = key
    succeeded = {}
    for f in facts:
        if f.prop == "succeededBy":
            succeeded.setdefault(f.value, set()).add(f.subject)
    licensors = {licensor} | succeeded.get(licensor, set())
    licensees = {licensee} | succeeded.get(licensee, set())
    for (lr, le, a) in licenses:
        if a == asset_ and lr in licensors and le in licensees:
            return (lr, le, a)
    return None


def _license_between(claim: Claim, licenses: dict) -> License | None:
    parties = {claim.licensor, claim.licensee}
    matches = [lic for (lr, le, a), lic in licenses.items() if {lr, le} == parties and (claim.asset in (None, a))]
    return matches[0] if len(matches) == 1 else None


def _apply(license_: License, claim: Claim) -> None:
    if claim.evidence not in license_.evidence:
        license_.evidence.append(claim.evidence)
    event_type = claim.event
    if claim.expired:
        license_.status = "Expired"
    if claim.territory and not license_.territory:
        license_.territory = claim.territory
    license_.scopes |= claim.scopes
    if claim.exclusive is not None and license_.exclusive is None:
        license_.exclusive = claim.exclusive
    for attr in ("upfront", "milestones", "royalties"):
        if getattr(claim, attr) and not getattr(license_, attr):
            setattr(license_, attr, getattr(claim, attr))
    event = LicenseEvent(event_type, claim.date, claim.evidence)
    if not any(e.type == event.type and e.date == event.date for e in license_.events):
        license_.events.append(event)


def _settle(license_: License) -> None:
    """Status and dates from the events: the latest ending wins, the earliest grant starts."""
    license_.events.sort(key=lambda e: (e.date.sort_key() if e.date else (9999, 12, 31), e.type.value))
    grants = [e for e in license_.events if e.type in (EventType.GRANT, EventType.OPTION_EXERCISE) and e.date]
    endings = [e for e in license_.events if e.type in (EventType.TERMINATION, EventType.RIGHTS_RETURNED)]
    if grants:
        # The earliest start, as exactly as any statement of it gives it ("2007" and "August 10, 2007").
        first = grants[0].date
        license_.effective = max((e.date for e in grants if e.date.refines(first)), key=lambda d: d.precision)
    if endings:
        if license_.status != "Expired":
            license_.status = "Terminated"
        dated = [e.date for e in endings if e.date]
        license_.terminated = max(dated, key=PartialDate.sort_key) if dated else None


# ----- deals as press releases announce them


# A deal is being told: the sentence or one of the two before names an agreement or a license.
_DEAL_TOLD = re.compile(r"\b(?:agreements?|licen[sc]\w*|deal|transaction|collaboration|partnership)\b", re.I)
# The deal told before: "Under the terms of the license agreement, ...", "The license grants ..." (not "the
# exclusive license to P", which names a license rather than refers to one).
_THE_DEAL = re.compile(r"\b(?:the|this|such|that)\s+(?:[\w-]+\s+){0,3}?(?:agreement|licen[sc]e|collaboration|transaction|partnership|deal)\b"
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


def _licensed_rights_reverting(tagged, state, facts, registry) -> list[Claim]:
    t, out = tagged.template, []
    for m in _LICENSED_REVERTING.finditer(t):
        lr, le = group_ref(tagged, m, "lr"), group_ref(tagged, m, "le")
        found = _asset_from(tagged, m.group("mid"), state=state, allow_coref=False)
        if lr == le or found is None or _DENIED.search(m.group(0)):
            continue
        ending = any(_NOTICE_BEFORE.search(x) for x in (*state.recent[-2:], t)) and not _GENERIC_ENDING.search(t)
        if ending:
            out.append(Claim(lr, le, found, EventType.TERMINATION, tagged.evidence, date=_ending_effective_date(t)))
        else:
            out.append(Claim(lr, le, found, EventType.GRANT, tagged.evidence, timeless=True))
    return out


# "X today announced the execution of an exclusive license agreement with Stanford University for the rights to P",
# "... announced an exclusive license agreement with the Y Institute for P": an institution licenses out.
_AGREEMENT_WITH_INSTITUTION = re.compile(
    rf"{org('le')}(?:\s*\([^()]{{0,60}}\))?{GAP}\b(?:announced|entered\s+into|signed|executed|completed)\b{GAP}\b(?i:licen[sc]e|licensing)"
    rf"(?:\s+and\s+\w+)?\s+agreements?\s+with\s+(?:the\s+)?{org('lr')}(?:\s*\([^()]{{0,60}}\))?(?P<mid>{CLAUSE}{{0,120}})"
)


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
        out += _claims_for(tagged, group_ref(tagged, m, "lr"), group_ref(tagged, m, "le"), m.group("mid"), m.group(0))
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


def _licenses_to_parties(tagged, state, facts, registry) -> list[Claim]:
    t, out = tagged.template, []
    if _not_a_grant(t):
        return out
    for m in _LICENSE_FOR_PARTY.finditer(t):
        le = group_ref(tagged, m, "le")
        out += _claims_for(tagged, _grantor(tagged, state, registry, le), le, m.group("mid"), m.group(0))
    for m in [*_LICENSED_PARTY.finditer(t), *_PARTNERED.finditer(t)]:
        out += _claims_for(tagged, group_ref(tagged, m, "lr"), group_ref(tagged, m, "le"), m.group("mid"), m.group(0))
    return out


# An exercise told as a decision, or of an opt-in: "X has elected to exercise its option to license P", "X has
# exercised its opt-in right for P". The one exercising takes the license from the deal's other party.
_ELECTED_EXERCISE = re.compile(
    rf"{org('le')}(?:\s*\([^()]{{0,60}}\))?\s+(?:has\s+|had\s+)?(?:(?:elected|decided|chosen|chose)\s+to\s+exercise|exercised)\s+(?:its|the|their)\s+"
    r"(?:exclusive\s+)?(?:option|opt-in\s+right|right\s+to\s+opt\s+in)\s+(?:to\s+(?:license|in-license|obtain|acquire)\s+|for\s+|with\s+respect\s+to\s+|to\s+)?"
    rf"(?P<mid>{ASSET_GAP}\[\[[PT]:\d+\]\])"
)


def _elected_exercises(tagged, state, facts, registry) -> list[Claim]:
    out = []
    for m in _ELECTED_EXERCISE.finditer(tagged.template):
        le = group_ref(tagged, m, "le")
        lr, found = _grantor(tagged, state, registry, le), _asset_from(tagged, m.group("mid"), state=state, allow_coref=False)
        if lr not in (None, le) and found is not None:
            out.append(Claim(lr, le, found, EventType.OPTION_EXERCISE, tagged.evidence))
    return out


# ----- deals as 8-K items and older filings tell them


# The one who sells P under a license names the license's grantor: "Y markets P in Europe under a license from the
# Company", "pursuant to which Y will market P in Japan under an exclusive license from the Company", "Y has the
# right to manufacture and sell P under a license granted by X", "we distribute P pursuant to a license agreement with X".
_WORKS_UNDER_LICENSE = re.compile(
    rf"{org('le')}(?:\s*\([^()]{{0,60}}\))?\s+(?:will\s+|(?:has|have)\s+the\s+(?:exclusive\s+)?right\s+to\s+)?"
    r"(?:(?:markets?|sells?|distributes?|commerciali[sz]es?|manufactures?|develops?)(?:\s+and\s+|,\s+|\s+or\s+)?)+\s*"
    rf"(?P<mid>{ASSET_GAP}\[\[[PT]:\d+\]\]){CLAUSE}{{0,60}}?\b(?:under|pursuant\s+to)\s+(?:an?\s+|the\s+)?(?:exclusive\s+|non-exclusive\s+)?"
    rf"(?:licen[sc]e|sublicen[sc]e)(?:\s+agreement)?\s+(?:from|with|granted\s+by)\s+(?:the\s+)?{org('lr')}"
)


def _worked_under_licenses(tagged, state, facts, registry) -> list[Claim]:
    """Who works P under a license holds it; whom the license is "from" granted it (an older filing's usual way to
    tell an out-license, with no grant verb)."""
    t, out = tagged.template, []
    if _not_a_grant(t):
        return out
    for m in _WORKS_UNDER_LICENSE.finditer(t):
        out += _claims_for(tagged, group_ref(tagged, m, "lr"), group_ref(tagged, m, "le"), m.group("mid"), m.group(0))
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
    out = []
    for m in _EXERCISING.finditer(tagged.template):
        le = group_ref(tagged, m, "le")
        lr = group_ref(tagged, m, "lr") or _grantor(tagged, state, registry, le)
        found = _asset_from(tagged, m.group("mid"), state=state, allow_coref=False)
        if lr not in (None, le) and found is not None and not _SUPPOSING.search(m.group(0)):
            out.append(Claim(lr, le, found, EventType.OPTION_EXERCISE, tagged.evidence))
    return out


# The filer's agreement "for" rights names what it takes: "On May 3, 2021, the Company entered into an Exclusive License
# Agreement with X for the exclusive worldwide rights to P" (X is the licensor; "an agreement with X for P", with no
# rights, could go either way and is left).
_AGREEMENT_FOR_RIGHTS = (
    rf"{org('le')}(?:\s*\([^()]{{0,60}}\))?{GAP}\b(?:entered\s+into|signed|executed)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,3}}?"
    rf"(?i:licen[sc]e|licensing)\s+(?i:agreements?)\s+with\s+(?:the\s+)?{org('lr')}(?:\s*\([^()]{{0,60}}\))?,?\s+for\s+(?:the\s+|an?\s+)?"
    rf"(?:[\w-]+,?\s+){{0,4}}?(?:rights?|licen[sc]e)\s+(?:to|for|in)\s+(?P<mid>{ASSET_GAP}\[\[[PT]:\d+\]\])"
)


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


# The rules read_claims runs on each sentence, in this order (defined above; listed here, after them).
SENTENCE_RULES = (
    _grants,
    _mutual_grants,
    _role_labeled_parties,
    _in_licenses,
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
    _rights_held_under_license_from,
    _recited_grants,
    _sole_licensees_of_owned_rights,
    _agreement_lists,
    _platform_partners,
    _granting_agreements,
    _codevelopment_of_partners_products,
    _codevelopment_of_own_products,
    _partners_products,
    _responsible_partners,
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
    _terminations,
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
    _worked_under_licenses,
    _funded_for_rights,
    _exercising_options,
    _agreements_for_rights,
    _licenses_held_under_which,
)
