"""License rules for an agreement's own text (an EX-10 exhibit): its opening, terms, recitals and grants.

"This License Agreement, effective as of June 1, 2010, by and between A ... and B ..." dates the
agreement and names its two parties; '"Product" means ... MGAH22 ...' defines a term for an asset;
"WHEREAS, A is currently developing P" tells what A brings, which a later "A hereby grants to B an
exclusive license under the Licensed Patents to develop Products" licenses; "each Party hereby grants
to the other Party a ... license" is a cross-license; "between the Company as licensor and X as
licensee" names the roles outright. Also the memory of agreements a report names by their asset
("License Agreement with X for P").
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...model import EventType, Fact, Kind, Ref
from ..context import Registry, Tagged
from ..dates import find_dates
from ..names import normalize_name
from ..rules import ASSET_GAP, GAP, asset, group_ref, org, refs_in
from ..sentences import Sentence
from ..truecase import common_words
from .core import (
    _DENIED,
    CLAUSE,
    GRANT_CLAUSE,
    Claim,
    DocumentState,
    _asset_from,
    _asset_refs,
    _claims_for,
    _holder,
    _owner_in,
    _stated_grants,
    _term_assets,
    _token_of,
)

# --------------------------------------------------------------------------- an agreement's opening: its date and parties


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


# --------------------------------------------------------------------------- defined terms and the agreements named for an asset


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


# --------------------------------------------------------------------------- grant clauses naming both parties


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
