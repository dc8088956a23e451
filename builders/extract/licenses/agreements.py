"""License rules for an agreement's own text (an EX-10 exhibit): its opening, terms, recitals and grants.

"This License Agreement, effective as of June 1, 2010, by and between A ... and B ..." dates the
agreement and names its two parties; '"Product" means ... MGAH22 ...' defines a term for an asset;
"WHEREAS, A is currently developing P" tells what A brings, which a later "A hereby grants to B an
exclusive license under the Licensed Patents to develop Products" licenses; "each Party hereby grants
to the other Party a ... license" is a cross-license; "between the Company as licensor and X as
licensee" names the roles outright; "THIS P LICENSE AGREEMENT ... between A ("Licensor") and B" licenses the product
its title names. Also the memory of agreements a report names by their asset
("License Agreement with X for P"). A grant that names no product licenses its defined term ("the
Licensed Technology", "Licensed Products"): a node that means something only inside its filing.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import partial

from ...model import EventType, Fact, Kind, Ref
from ..context import Registry, Tagged
from ..dates import find_dates
from ..names import is_academic, normalize_name
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
    _grant_in,
    _holder,
    _owner_in,
    _stated_grants,
    _term_assets,
    _token_of,
    needs,
)

# --------------------------------------------------------------------------- an agreement's opening: its date and parties


def _remember_agreement_date(tagged: Tagged, state: DocumentState, registrant: Ref | None = None) -> None:
    t = tagged.template
    if not any(w in t for w in ("entered", "commenced", "formed", "established", "signed", "executed", "concluded")):
        _remember_effective_date(tagged, state)  # neither pattern below can match: most sentences
        return
    # "has today signed a sub-license agreement with X": signed, executed or concluded, a licensing agreement only (an asset
    # purchase is no license)
    # ("concluded that the license agreement", "executed an amendment to the license agreement" sign nothing new)
    m = re.search(rf"\b(?:entered\s+into|(?:signed|executed|concluded)(?=\s+(?:an?|the)\s+(?:(?!amendment|termination)[\w-]+\s+){{0,4}}?"
                  rf"(?:sub-?)?(?i:licen[sc]|collaborat)))\b{CLAUSE}{{0,120}}?\b(?:[Aa]greement|[Cc]ollaboration|[Pp]artnership|[Aa]lliance)\b"
                  rf"{CLAUSE}{{0,80}}?\bwith\s+(?:the\s+)?{org('p')}", t)
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
    state.partner_licensing = re.search(r"licen[sc]|collaborat|co-develop|co-commerciali|partnership|alliance|option", _OPTION_TO_LICENSE.sub(" ", t), re.I) is not None
    dates = [d for _, _, d in find_dates(re.sub(r"\[\[\w:\d+\]\]", " ", t[: m.end()]))]
    if dates:
        state.partner_dates[partner] = dates[0]
        # '... with F. Hoffmann-La Roche Ltd. ("Roche Basel") and Genentech, Inc. (..., collectively,
        # "Roche")': every party named with the partner signed the same agreement
        for other in refs_in(tagged, t[m.end("p") :], Kind.ORG):
            if other != registrant:
                state.partner_dates.setdefault(other, dates[0])


# "an option agreement which granted X the option to license programs from us": an option to take a license, not
# one; the payments told next are for the option.
_OPTION_TO_LICENSE = re.compile(r"\b(?i:option)\s+agreements?\b(?=[^.;]*\boptions?\s+to\s+(?:obtain\s+|acquire\s+|negotiate\s+)?(?:an?\s+)?(?:[\w-]+\s+)?licen[sc]e)"
                          r"|\boptions?\s+to\s+(?:obtain\s+|acquire\s+|negotiate\s+)?(?:an?\s+)?(?:[\w-]+\s+)?licen[sc]e\w*")


_TOOK_EFFECT = re.compile(r"\b(?:took\s+effect|became\s+effective|becomes\s+effective|was\s+effective)\s+(?:on|as\s+of)\s+")


def _remember_effective_date(tagged: Tagged, state: DocumentState) -> None:
    """'The agreement was signed on November 7, 2022 and took effect on November 8, 2022': the agreement
    just named starts when it took effect, not when it was signed or announced."""
    t = tagged.template
    if "effect" not in t:
        return  # nothing took effect: most sentences
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
    if "Agreement" not in t or "dated" not in t:
        return  # no agreement named, or none dated: most sentences
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
_BETWEEN = re.compile(r"\b(?i:between|among)\b(?P<rest>.*?)(?=\b(?i:whereas|witnesseth|recitals)\b|$)", re.S)  # (the lines of a text file)
# ... even undated ("made ... on the date of the last party to sign"), when the sentence opens the agreement:
# "THIS EXCLUSIVE LICENSE AGREEMENT ("AGREEMENT") is made ... by and between".
_OPENING = re.compile(r"^\W*(?:(?:[A-Z][\w-]*|(?:[A-Z]\.){2,3}|\[\[[PTO]:\d+\]\])[®™]?\s+){0,8}?(?:This|THIS)\s+(?:(?:[\w-]+|\[\[[PTO]:\d+\]\])[®™]?\s+){0,6}?"
                      r"(?i:agreement)\b[^.]{0,400}?\b(?i:(?:by\s+and\s+)?(?:between|among))\b")


_PARENTS_NAMED = re.compile(r"\b(?:(?:subsidiary|affiliate|division|unit)\s+of|(?:wholly[- ])?(?:owned|controlled)\s+by)\s+(?:the\s+)?\[\[O:\d+\]\]")


def _remember_agreement_parties(tagged: Tagged, state: DocumentState, registry: Registry) -> None:
    if state.agreement_parties is not None or (m := _BETWEEN.search(tagged.template)) is None:
        return
    opening = _OPENING.match(tagged.template)
    if state.agreement_date is None and not opening:
        return
    # (a party's parent is named in its description: "AOI PHARMACEUTICALS, INC., a wholly-owned subsidiary of ACCESS
    # ONCOLOGY, INC.", no third party)
    # ("B (f/k/a A)": one party under both its names, joined as the sentence was read)
    parties = list(dict.fromkeys(registry.resolve_ref(r) for r in refs_in(tagged, _PARENTS_NAMED.sub("", m.group("rest")), Kind.ORG)))
    if len(parties) == 2 and re.search(r"\b(?i:agreement)\b", tagged.template[: m.start()]):
        state.agreement_parties = (parties[0], parties[1])
        if opening:  # a narrative "the P license agreement between A and B was terminated" has no title
            _remember_title(tagged, m.start(), state, registry)
        _remember_generic_title(tagged, m.start(), state, registry)


# A license agreement's title that names its product: "THIS EXCLUSIVE ZELTRAVIR LICENSE AGREEMENT", "ZELTRAVIR®
# LICENSE AND COLLABORATION AGREEMENT THIS ..." (not a cross-license, an option, a supply deal, an amendment or a
# termination of one, whichever side of "license" the word stands).
_LICENSE_TITLE = re.compile(
    r"^\W*(?:[^()\[\].;]{0,80}?\b(?:This|THIS)\s+)?(?P<title>(?:[^()\[\].;\s]+\s+|(?:[A-Z]\.){2,3}\s+|\[\[P:\d+\]\][®™]?\s+){0,6}?"
    r"(?i:(?:sub-?)?licen[sc]e)\b[^()\[\].;]{0,40}?\b(?i:agreement)(?:\s+[\w-]+)?)\b"
)
_NOT_A_LICENSE_TITLE = re.compile(r"(?i:cross|option|amend|terminat|supply|distribut|co-?promot|manufactur)")


def _remember_generic_title(tagged: Tagged, before: int, state: DocumentState, registry: Registry) -> None:
    """'This License Agreement ... between', 'LICENCE OF TECHNOLOGY (...) THIS AGREEMENT ... BETWEEN': a license
    agreement's opening, whose title names no product (see untold_term_license)."""
    this = _OPENING_THIS.search(tagged.template[:before])
    words = tagged.template[: this.end()] if this and this.start() < 120 else ""
    # (a title that names what it licenses in words, "LICENSE AGREEMENT FOR LOWER EXTREMITY EXOSKELETON TECHNOLOGY", is none)
    named = {w.lower() for w in re.findall(r"[A-Za-z]+", re.sub(r"\([^()]*\)|\[\[\w:\d+\]\]", " ", words))} - _GENERIC_TITLE_WORDS
    if re.search(r"(?i:licen[sc]e)", words) and not named and not _NOT_A_LICENSE_TITLE.search(words):
        state.generic_title = tagged.evidence
        state.title_licensor = _licensor_by_role(state.agreement_parties, tagged.sentence.text, registry)


def _remember_title(tagged: Tagged, before: int, state: DocumentState, registry: Registry) -> None:
    title = _LICENSE_TITLE.match(tagged.template[:before])
    if title is None or _NOT_A_LICENSE_TITLE.search(title.group("title")):
        return
    if len(named := refs_in(tagged, title.group("title"), Kind.PRODUCT)) == 1:
        state.title_asset = named[0]
        state.title_licensor = _licensor_by_role(state.agreement_parties, tagged.sentence.text, registry)


def _titled_license(tagged: Tagged, state: DocumentState, registry: Registry) -> list[Claim]:
    """The license an agreement titled for its product grants: from the party its opening names "Licensor" (or
    whose recitals say it owns or develops the product) to the other party, dated as the agreement is. Told once the
    recitals are read (in the opening's sentence, or up to the first sentence that is none), on the opening's evidence."""
    if state.title_asset is None or state.agreement_parties is None or state.title_license_told:
        return []
    owners = [p for p in state.agreement_parties if state.title_asset in state.recital_assets.get(p, ())]
    if state.title_evidence is None:
        state.title_evidence = tagged.evidence
        if not owners and not re.search(r"(?i:whereas)", tagged.template):
            return []  # the recitals follow
    elif not owners and (re.search(r"(?i:whereas)", tagged.template) or state.recital_sentences > 0):
        return []  # still reading the recitals
    lr = state.title_licensor or (owners[0] if len(owners) == 1 else None)
    if lr is None or (owners and lr not in owners):
        return []  # the recitals give the product to the party the roles make the licensee: another asset is licensed
    state.title_license_told = True
    le = next(p for p in state.agreement_parties if p != lr)
    return [Claim(lr, le, state.title_asset, EventType.GRANT, state.title_evidence, date=state.agreement_date)]


def _licensor_by_role(parties: tuple[Ref, Ref], opening: str, registry: Registry) -> Ref | None:
    """The party this agreement's opening defines as "Licensor", or the other of the one it defines as "Licensee"
    (a role another exhibit of the filing defines says nothing of this one)."""
    for term, ref in registry.role_terms.items():
        role = term.lower()
        if ref in parties and role in ("licensor", "licensee", "sublicensee") and re.search(rf"[\"\u201c]{re.escape(term)}[\"\u201d]", opening):
            return ref if role == "licensor" else next(p for p in parties if p != ref)
    return None


def untold_titled_license(state: DocumentState) -> list[Claim]:
    """The license of an agreement titled for its product whose document ends inside the recitals (an excerpt of its
    opening): from the party the opening names "Licensor", unless the recitals give the product to the other."""
    if state.title_license_told or None in (state.title_asset, state.agreement_parties, state.title_licensor, state.title_evidence):
        return []
    owners = [p for p in state.agreement_parties if state.title_asset in state.recital_assets.get(p, ())]
    if owners and state.title_licensor not in owners:
        return []
    state.title_license_told = True
    le = next(p for p in state.agreement_parties if p != state.title_licensor)
    return [Claim(state.title_licensor, le, state.title_asset, EventType.GRANT, state.title_evidence, date=state.agreement_date)]


_GENERIC_TITLE_WORDS = {"this", "the", "a", "an", "of", "and", "exclusive", "non", "nonexclusive", "patent", "license", "licence",
                        "agreement", "technology", "know", "how", "amended", "restated", "sublicense", "research", "commercial",
                        "exhibit", "confidential", "execution", "version", "copy"}
_OPERATIVE = re.compile(r"\bhereby\b|\bNOW,?\s+THEREFORE\b|\bagree\w*\s+as\s+follows\b|\bgrants?\s+to\b", re.I)
_OPENING_THIS = re.compile(r"\b(?:This|THIS)\s+(?:[\w-]+\s+){0,6}?(?i:agreement)\b")


def untold_term_license(state: DocumentState, text: str, claims: list[Claim], registry: Registry) -> list[Claim]:
    """The license of an agreement titled for none of its products whose excerpt grants nothing in words ('LICENCE OF
    TECHNOLOGY ... BETWEEN Isis ... and Vaccitech (the "Licensee"). BACKGROUND: (A) The Licensed Technology is ...'):
    of the rights its text names by their defined term, from the party its opening names "Licensor" (or the other of
    its "Licensee", or its one academic party) to the other. Nothing where any claim of the document joins the two."""
    if state.generic_title is None or state.agreement_parties is None or _OPERATIVE.search(text):
        return []  # (an agreement that goes on to its grants says what it grants, or refuses to: an option, a research use)
    pair = set(state.agreement_parties)
    if any({c.licensor, c.licensee} == pair for c in claims if c.evidence.doc == state.generic_title.doc and c.asset is not None):
        return []
    academic = [p for p in state.agreement_parties if p in registry.mentions and is_academic(registry.mentions[p].name)]
    lr = state.title_licensor or (academic[0] if len(academic) == 1 else None)
    term = next((" ".join(m.group("term").split()) for m in _terms_in(text)
                 if not m.group("product") and re.match(r"Licensed\s|Patent\s+Rights", m.group("term"), re.I)), None)
    if lr is None or term is None:
        return []
    ref = registry.lookup(Kind.PLATFORM, term) or registry.add(Kind.PLATFORM, term, state.generic_title)
    registry.untagged.add(ref)
    registry.mentions[ref].defined_term = True
    le = next(p for p in state.agreement_parties if p != lr)
    return [Claim(lr, le, ref, EventType.GRANT, state.generic_title, date=state.agreement_date, termed=True)]


# --------------------------------------------------------------------------- defined terms and the agreements named for an asset


# An agreement's term for a product it names just before: 'the chemical substance known as "P" (hereinafter called
# "Compound")', 'the compound designated P (hereinafter referred to as the "Compound")'. What a later "the Compound"
# licenses is P; a term no name stands before (' ... (hereinafter "Product")' after a description) stays unresolved.
_NAMED_TERM = re.compile(
    r"\[\[([PT]):(\d+)\]\][®™]?[\"\u201d]?(?:,\s+including\s+[^()\[\].;\"\u201c]{1,40})?\s*\("
    r"(?:(?:hereinafter|hereafter)(?:,?\s+(?:called|referred\s+to\s+as|designated(?:\s+as)?))?|as\s+(?:more\s+fully\s+|further\s+)?defined\s+(?:below|herein),)\s+"
    r"(?:the\s+)?[\"\u201c](?P<term>[A-Z][\w\- ]{1,40}?)[\"\u201d]\s*\)"
)


def _remember_named_terms(tagged: Tagged, state: DocumentState) -> None:
    if "after" not in tagged.template and "defined" not in tagged.template:
        return  # no "hereinafter", "hereafter" nor "as defined below": most sentences
    for m in _NAMED_TERM.finditer(tagged.template):
        state.term_assets.setdefault(m.group("term").lower(), (tagged.ref(m.group(2)),))


# A term an agreement gives a list of products it names just before: "gene therapy products for A (P1), B (P2) and
# C (P3) (each, a "Field")", "P1 and P2 (collectively, the "Programs")": a later "licensed products in each Field"
# licenses each of them.
_LISTED_TERM = re.compile(r"\((?:each|collectively|together),?\s+(?:an?\s+|the\s+)?[\"\u201c](?P<term>[A-Z][\w\- ]{1,40}?)[\"\u201d]\s*\)")


def _remember_listed_terms(tagged: Tagged, state: DocumentState) -> None:
    t = tagged.template
    if "each" not in t and "collectively" not in t and "together" not in t:
        return
    for m in _LISTED_TERM.finditer(t):
        before = re.split(r";|:(?!\d)", t[: m.start()])[-1]  # (not a token's colon, "[[P:2]]")
        assets = list(dict.fromkeys(_asset_refs(tagged, before)))
        if 2 <= len(assets) <= MAX_LISTED_ASSETS:
            state.term_assets.setdefault(m.group("term").lower(), tuple(assets))


_AGREEMENT_FOR = re.compile(rf"\b(?i:licen[sc]e)\s+(?:and\s+\w+\s+)?[Aa]greement(?:\s*\([^()]{{0,60}}\))?\s+with\s+{org('party')}(?:\s*\([^()]{{0,60}}\))?\s+for\s+{asset('a')}"
                            # "its P license agreement with X", "the P License Agreement with X": the product names it
                            rf"|{asset('a_')}\s+(?i:licen[sc]e)\s+(?:and\s+\w+\s+)?[Aa]greement\s+with\s+{org('party_')}")


def _remember_agreement_assets(tagged: Tagged, state: DocumentState) -> None:
    if "greement" not in tagged.template:
        return  # no agreement named: most sentences
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
# substance ..., which is known as "bromfenac"', 'a candidate compound referred to as crisnatol', 'the active
# ingredient known as zorbicillin' (an INN is written in lower case). The title ends at its closing quote or at
# the abbreviation that follows it.
_TITLED_ASSET = re.compile(
    r"\b(?P<noun>invention|technology|compound|substance|molecule|drug|product|formulation|ingredient)s?\b"
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
        if m.group("noun") == "ingredient" and re.search(r"\b(?:entitled|titled)\b", m.group(0)):
            continue  # "the active ingredients X and Y, ... under the FDA policy entitled "...": a title, not the ingredient's
        if " " in name and name[0].islower() or " " not in name and name.lower() in common_words() or name.endswith((",", ";")):
            continue  # a term a definition quotes ('substances referred to as "radiation," a "radioactive material"')
        if len(name.split()) > MAX_TITLE_WORDS or any(registry.lookup(k, name) for k in (Kind.ORG, Kind.PRODUCT, Kind.PLATFORM)):
            continue
        kind = Kind.PLATFORM if m.group("noun") in ("invention", "technology") else Kind.PRODUCT
        registry.add(kind, name, sentence.span(m.start(group), m.end(group)))


# --------------------------------------------------------------------------- defined terms as assets

# The defined terms an agreement gives what it licenses when it names no product: a product ("the Compound",
# "Licensed Products", "the Program") or the rights and know-how behind one ("the Licensed Technology", "Patent
# Rights", "the INVENTIONS", "Licensed IP"), a qualifier before it ("Licensed", "Covered", "Issued").
_TERM_PRODUCT = r"Compounds?|Products?|Programs?|Candidates?"
_TERM_IP = (r"Technology|Technologies|Improvements|Patent\s+Rights|Patent\s+Applications?|Patents?|Applications?|Know-?\s?[Hh]ow|"
            r"Inventions?|Intellectual\s+Property(?:\s+Rights)?|IP|(?:Biological\s+)?Materials?|Subject\s+Matter")
_DEFINED_TERM = re.compile(
    rf"(?<![\w-])(?P<term>(?:(?:Licensed|Covered|Subject|Issued|Optioned)\s+)?(?:Patent\s+)?(?:(?P<product>{_TERM_PRODUCT})|{_TERM_IP}))"
    r"(?![\w-])", re.I)
# Words before a term that make it another one: "Competing Product", "Joint Patent Rights", "Third Party IP",
# "Background Technology" (a capitalized verb of the grant, "Commercialize Licensed Products", does not).
_OTHER_TERM = re.compile(r"\b(?:Competing|Joint|Party|Combination|Other|Existing|Excluded|Retained|Background|Generic|Reference|"
                         r"Comparator|Improvements?|Foreground|Additional|Future|Follow-[Oo]n|Back-?[Uu]p|Partner|Third)\s+$", re.I)
# A license for research or teaching only ("for its internal non-commercial research purposes"): a grant-back to an
# institution, not the license of what the agreement is about.
_RESEARCH_USE = re.compile(r"\b(?:non-?commercial|internal|academic)\s+(?:[\w-]+,?\s+){0,3}?(?:research|purposes)\b|\bresearch\s+and\s+(?:educational|teaching)\s+purposes\b", re.I)
# Agreement language: a grant or a recital, not a report's "its technology".
_AGREEMENT_SPEECH = re.compile(r"\b(?:hereby|WHEREAS|Whereas|willing\s+to\s+grant|desirous|desires\s+to\s+grant)\b")
# A report's own definition of the term: 'the Patent Rights (as defined in the X Agreement)', '(the "Licensed Technology")'.
_AS_DEFINED = r"\s*(?:\(\s*as\s+defined\b|,?\s+as\s+(?:hereinafter\s+)?defined\b)"


def _terms_in(text: str) -> list[re.Match]:
    """The defined terms of ``text`` in reading order: capitalized ('the product' is a word), not part of another term."""
    out = []
    for m in _DEFINED_TERM.finditer(text):
        if not all(w[0].isupper() for w in m.group("term").split()):
            continue
        if _OTHER_TERM.search(text, max(0, m.start() - 20), m.start()):
            continue
        if not m.group("product") and re.search(r"\bany\s+(?:\[\[O:\d+\]\]\s+)?$", text[max(0, m.start() - 20) : m.start()]):
            continue  # "a license to any Invention in which X has an interest": inventions yet to come, not a licensed asset
        out.append(m)
    return out


_PURPOSE = re.compile(r"\bin\s+order\s+to\s+(?:benefit|serve|promote|advance|further)\b")


def _grant_term(text: str, side_grant_of: str | None = None) -> str | None:
    """The term a grant clause licenses: the product it is to make and sell before the rights it is under; in a
    side grant of the licensor ``side_grant_of`` (its token's number; below), its own rights before the bare "Product"
    the agreement is about."""
    terms = _terms_in(text)
    if purpose := _PURPOSE.search(text):
        # "a license of those Patent Rights to Company in order to benefit the public by ... use of Products": why
        # it is granted, not what the license is to make
        terms = [m for m in terms if m.start() < purpose.start()] or terms
    chosen = next((m for m in terms if m.group("product")), terms[0] if terms else None)
    if side_grant_of is not None and chosen is not None and chosen.group("product") == chosen.group("term"):
        for m in terms:
            owner = _OWNER_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
            if not m.group("product") and owner and owner.group("party") == side_grant_of:
                return " ".join((owner.group("qualifier") + m.group("term")).split())
    return " ".join(chosen.group("term").split()) if chosen else None


# The licensor's name, and perhaps one word of its own, before an IP term: "a license under such Bachem Intellectual
# Property ... to distribute such deliverable (e.g., Product)", "to use any Magenta Developed Intellectual Property to
# manufacture the Product". In an agreement to supply or make a product (its title says so) a non-exclusive grant of
# the licensor's IP is a side grant, and the bare "Product" is what the agreement makes; in a license or collaboration
# agreement "under the RevMed Licensed Technology, to ... Commercialize Products" licenses the Products.
_OWNER_BEFORE = re.compile(r"\[\[O:(?P<party>\d+)\]\]\s+(?P<qualifier>(?:[A-Z][a-z]+\s+)?)$")
_SERVICE_TITLE = re.compile(r"\b(?:Supply|Manufactur\w*|Services?|Outsourcing|Quality)\b", re.I)
_EXCLUSIVE = re.compile(r"(?<![\w-])(?<!non-)(?<!non)exclusive", re.I)


def _side_grant_of(text: str, state: DocumentState, licensor: str | None) -> str | None:
    """The licensor whose side grant ``text`` may be: in an agreement to supply or make (its opening's title), a grant
    that is not exclusive."""
    title = state.agreement_title
    if licensor is None or title is None or not _SERVICE_TITLE.search(title) or re.search(r"licen[sc]|option", title, re.I):
        return None
    return None if _EXCLUSIVE.search(text) else licensor


def _agreement_term(text: str, template: str, state: DocumentState, licensor: str | None = None) -> str | None:
    """The defined term of a grant clause, where the term is an agreement's: in its grant or recitals, or defined
    where a report uses it ('(as defined in the License Agreement)'). ``licensor``: its token's number, if known."""
    term = _grant_term(text, side_grant_of=_side_grant_of(text, state, licensor))
    if term is None:
        return None
    if state.agreement_date is not None or _AGREEMENT_SPEECH.search(template):
        return term
    defined = re.search(re.escape(term) + r"[\"\u201d]?" + _AS_DEFINED, template) or re.search(
        r"\(\s*(?:the\s+)?[\"\u201c]" + re.escape(term) + r"[\"\u201d]\s*\)", template)
    return term if defined else None


# A recital of what a party owns ("TSRI is the owner of certain Licensed Patent Rights") or wants a license to
# ("Licensee desires to obtain a license under the Licensed Patent Rights", "LICENSEE is desirous of obtaining a
# license to practice the PATENT RIGHTS"), named by its defined term.
_OWNS_TERM = re.compile(rf"^(?:the\s+)?{org('party')}\s+(?:is\s+the\s+(?:sole\s+)?(?:and\s+exclusive\s+)?owner\s+(?:by\s+assignment\s+)?of|owns|controls|"
                        r"is\s+the\s+exclusive\s+licensee\s+of|has\s+(?:an?\s+)?(?:assignment|ownership\s+interest)\s+(?:of|in))\b(?P<rest>.*)$")
_WANTS_TERM = re.compile(rf"^(?:the\s+)?{org('party')}\s+(?:wishes|desires|seeks|is\s+desirous\s+of|is\s+interested\s+in)\b[^;]*?"
                         r"\blicen[sc]\w*\s+(?P<rest>.*)$")


def _remember_recital_term(tagged: Tagged, clause: str, state: DocumentState) -> None:
    if (m := _OWNS_TERM.match(clause)) and (term := _grant_term(m.group("rest"))):
        state.recital_terms.setdefault(group_ref(tagged, m, "party"), term)
    elif (m := _WANTS_TERM.match(clause)) and (term := _grant_term(m.group("rest"))):
        state.wanted_terms.setdefault(group_ref(tagged, m, "party"), term)


def _party_term(term: str, tagged: Tagged, owner: Ref | None = None) -> str:
    """The term as the agreement writes it, with the party it is of: "the BOARD Patent Rights", "RevMed Licensed
    Technology" (a party's name is a token in the template, a word in the text); the ``owner``'s use of it first."""
    use = re.compile(r"(?<![\w-])" + re.escape(term) + r"\b")
    uses = list(use.finditer(tagged.template))
    any_party = r"\[\[O:\d+\]\]\s+$"
    prefixes = [rf"\[\[O:{tagged.refs.index(owner)}\]\]\s+$", any_party] if owner in tagged.refs else [any_party]
    owned = next((i for prefix in prefixes for i, u in enumerate(uses)
                  if re.search(prefix, tagged.template[max(0, u.start() - 20) : u.start()])), None)
    if owned is None:
        return term
    # the same use in the text (the term is no token: its uses come in the same order), and the word before it
    written = list(use.finditer(tagged.sentence.text))
    m = re.search(r"([A-Z][\w&-]*)\s+$", tagged.sentence.text[: written[owned].start()]) if owned < len(written) else None
    return f"{m.group(1)} {term}" if m else term


def _rights_under(template: str, term: str) -> str | None:
    """The rights a product term's grant is under: "a license, under the EVMS Patent Rights, to sell the Licensed Product"."""
    if re.fullmatch(_TERM_PRODUCT, term.split()[-1], re.I) is None:
        return None  # (a side grant's "Kestrel Intellectual Property" is no name of the Product it helps make)
    under = [m for m in _terms_in(template) if not m.group("product") and _UNDER_BEFORE.search(template, max(0, m.start() - 30), m.start())]
    names = {" ".join(m.group("term").split()) for m in under}
    return names.pop() if len(names) == 1 else None


_UNDER_BEFORE = re.compile(r"\bunder\s+(?:the\s+|such\s+|said\s+|its\s+)?(?:\[\[O:\d+\]\]\s+)?$")


def _with_term_assets(claims: list[Claim], state: DocumentState, tagged: Tagged, registry: Registry) -> list[Claim]:
    """A grant of an agreement that names no asset licenses its defined term ("Licensed Technology"), a term of
    the grant clause or the one its recitals say the licensor owns or the licensee wants."""
    out = []
    for claim in claims:
        if claim.event is not EventType.GRANT or claim.asset is not None or not claim.ordered or claim.weak or claim.licensor is None:
            out.append(claim)
            continue
        term = claim.term or state.recital_terms.get(claim.licensor) or state.wanted_terms.get(claim.licensee)
        if term is None or _SERVING.search(tagged.template) or _RESEARCH_USE.search(tagged.template):
            out.append(claim)
            continue
        head = term.split()[-1].lower()
        kind = Kind.PRODUCT if re.fullmatch(_TERM_PRODUCT, head, re.I) else Kind.PLATFORM
        name = _party_term(term, tagged, claim.licensor)
        known = registry.lookup(kind, name) is not None  # a name found before is a named one, not (only) a term
        ref = registry.add(kind, name, tagged.evidence)
        registry.untagged.add(ref)
        registry.mentions[ref].defined_term |= not known
        if registry.mentions[ref].defined_term and (rights := _rights_under(tagged.template, term)):
            # "a license under the EVMS Patent Rights to ... sell the Licensed Product": the grant names what it licenses
            # by both terms, and analysts by either
            registry.add_alias(ref, _party_term(rights, tagged, claim.licensor))
        out.append(replace(claim, asset=ref, termed=True, forget=partial(registry.drop, ref)))
    return out


# --------------------------------------------------------------------------- recitals


# One recital of an agreement: "WHEREAS, ...;" (several may share a sentence, joined by "; and"; the
# first may follow its heading, "RECITALS WHEREAS, ...", "INTRODUCTION WHEREAS, ...").
_RECITAL = re.compile(r"(?:^|;|\b(?i:recitals|witnesseth(?:\s+that)?|background|introduction):?)\s*(?:and\s+)?\W*(?i:whereas)\b\s*,?\s*(?P<clause>[^;]*)")
# A recital whose subject is a party and whose verb says the party has the products it names: "X is
# currently developing P", "X has developed a compound known as P", "X owns ... relating to P".
_BRINGS = re.compile(
    rf"^(?:the\s+)?{org('party')}\s+(?:is\s+(?:also\s+)?(?:currently\s+|now\s+)?developing|has\s+(?:been\s+)?develop(?:ed|ing)|"
    r"(?:currently\s+)?develops|developed|owns|is\s+the\s+(?:sole\s+)?owner\s+of|is\s+the\s+joint\s+owner\b|controls|has\s+(?:certain\s+)?rights|holds|possesses|"
    r"is\s+(?:currently\s+)?engaged\s+in\s+the\s+(?:research\s+and\s+)?development\s+of)\b(?P<rest>.*)$"
)
# ... or the invention it owns, by its title: "X owns and controls an invention known as "Methods of ..."".
_OWNED_INVENTION = re.compile(r"^\s*(?:and\s+controls\s+)?(?:an?|the)\s+(?:invention|technology)\s+(?:known\s+as|entitled|titled)\s+\W*\[\[T:")
# Patents of one party said to cover the products the recital before named: "whose claims may cover these compounds".
_COVERS_THOSE = re.compile(r"\bpatents?\b[^;]{0,80}?\bcover(?:s|ing)?\s+(?:these|such|those|said)\s+(?:compounds?|products?|molecules?|antibod(?:y|ies))\b")
# More products than a party brings to one agreement: a list of its pipeline, not the licensed ones.
MAX_RECITAL_ASSETS = 3
# ... and more than a term's list names: a pipeline, not what the term stands for.
MAX_LISTED_ASSETS = 5
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
        _remember_recital_term(tagged, clause, state)
        m = _BRINGS.match(clause)
        if m is None:
            continue
        party = group_ref(tagged, m, "party")
        products = [p for p in refs_in(tagged, m.group("rest"), Kind.PRODUCT) if _holder(p, facts) in (None, party)]
        if not products and _OWNED_INVENTION.search(m.group("rest")):
            products = refs_in(tagged, m.group("rest"), Kind.PLATFORM)[:1]  # "X owns an invention known as "T""
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


@needs(r"desir|wish|seek|willing")
def _recited_grants(tagged, state, facts, registry) -> list[Claim]:
    out = []
    for m in _OBTAIN_AND_GRANT.finditer(tagged.template):
        claims = _grant_in(tagged, m)
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


# A recital that the owner may license it to the other party: "WHEREAS, University owns the Invention and has the power
# to license it exclusively to Licensee": the grant the agreement makes, of what the owner's recitals named.
_ABLE_TO_LICENSE = re.compile(
    rf"{org('lr')}[^;\[\]]{{0,80}}?\b(?:has|have)\s+the\s+(?:power|right)\s+to\s+(?:exclusively\s+)?license\s+(?:it|them)\s+"
    rf"(?:exclusively\s+)?to\s+(?:the\s+)?{org('le')}"
)


def _licenses_it_may_grant(tagged, state, facts, registry) -> list[Claim]:
    if state.agreement_date is None and state.agreement_parties is None or "power" not in tagged.template and "right" not in tagged.template:
        return []
    return [Claim(group_ref(tagged, m, "lr"), group_ref(tagged, m, "le"), None, EventType.GRANT, tagged.evidence, date=state.agreement_date)
            for m in _ABLE_TO_LICENSE.finditer(tagged.template) if group_ref(tagged, m, "lr") != group_ref(tagged, m, "le")]


# An agreement's recital that the licensee wants the license it then grants: "Licensee desires to obtain a license
# under the Licensed Patent Rights", "Licensee desires to license the use of such intellectual property", "LICENSEE is desirous of obtaining an exclusive license ... under the BOARD
# Patent Rights", "Licensee desires to obtain from X a worldwide, exclusive license under the Patent Rights", "Licensee
# desires to expand its product line by licensing the Technology from X". The
# licensor is the one named, else the agreement's other party.
_WANTS_LICENSE = re.compile(
    rf"{org('le')}\s+(?:now\s+|also\s+|further\s+)?(?:(?:desires|wishes|seeks)\s+to\s+(?:obtain|acquire|receive)|is\s+(?:desirous\s+of|interested\s+in)\s+(?:obtaining|acquiring)"
    rf"|(?P<verb>(?:desires|wishes|seeks)\s+to\s+(?:in-)?license|(?:desires|wishes|seeks)\s+to\s+[^;.\[\]]{{0,60}}?\bby\s+(?:in-)?licensing))"
    rf"(?:\s+from\s+(?:the\s+)?{org('lr')})?\s+(?P<mid>(?(verb)|[^;.\[\]]{{0,160}}?\b(?:sub)?licen[sc]e\b)(?:(?!,\s+and\s+\[\[O:)[^;]){{0,320}})"
)


# "... a license to P if it exercises the option granted in this Option Agreement": a license the option may bring.
_EXERCISED_OPTION = re.compile(r"\bexercis\w*\b[^.;]{0,30}\boptions?\b|\boptions?\b[^.;]{0,30}\bexercis")


def _wanted_licenses(tagged, state, facts, registry) -> list[Claim]:
    t = tagged.template
    if (state.agreement_date is None and state.agreement_parties is None) or not ("desir" in t or "wish" in t or "seek" in t or "interested" in t):
        return []
    out = []
    for m in _WANTS_LICENSE.finditer(t):
        le, lr = group_ref(tagged, m, "le"), group_ref(tagged, m, "lr")
        if lr is None and (named := re.search(r"\bfrom\s+(?:the\s+)?\[\[O:(\d+)\]\]", m.group("mid"))):
            lr = tagged.ref(named.group(1))  # "... by licensing the Technology from X"
        if lr is None and state.agreement_parties and le in state.agreement_parties:
            lr = next(p for p in state.agreement_parties if p != le)
        if lr is None or lr == le or _DENIED.search(m.group("mid")):
            continue
        found = _asset_from(tagged, m.group("mid"), state=state, allow_coref=False)
        at = m.group("mid").find(_token_of(tagged, found)) if found in tagged.refs else -1
        if re.search(r"\boptions?\b", m.group("mid")[: at] if at >= 0 else m.group("mid")) or _EXERCISED_OPTION.search(m.group("mid")):
            continue  # "an option to obtain a license to P" (an option told after the licensed asset is to something else)
        term = _grant_term(m.group("mid")) if found is None else None
        out.append(Claim(lr, le, found, EventType.GRANT, tagged.evidence, date=state.agreement_date, term=term))
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


# ... not licenses that serve the agreement ("to use its Confidential Information to perform its obligations", "to
# perform the Research Program"), nor of trademarks; a copyright's "copy, distribute, display, perform and create
# derivative works" serves nothing
_SERVING = re.compile(r"(?<!display,\s)(?<!display\s)(?<!publicly\s)\bperform(?!\s+and\s+create)|\b(?i:trademarks?|confidential\s+information)\b")


@needs(r"each\s+(?:of\s+the\s+)?part(?:y|ies)|both\s+parties")
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


@needs(r"licens(?:or|ee)")
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
