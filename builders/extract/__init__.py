"""Extract stage: :class:`~builders.model.Filing` -> :class:`~builders.model.Extraction`.

Passes, in order:

1. the registrant and cover page (header first, cover page second);
2. names: organizations, products, platforms, defined terms and aliases;
3. people: signatures, quoted officers, contact blocks;
4. slot discovery: names in the party slots of licensing sentences;
5. relations, sentence by sentence in reading order, with the state that
   coreference needs ("these rights", "the latter", "It");
6. assembly of license claims into licenses, and pruning of incidental names.
"""

from __future__ import annotations

import re
from dataclasses import fields, is_dataclass, replace
from functools import lru_cache

from ..model import Document, Evidence, Extraction, Fact, Filing, Kind, Mention, Ref, Role
from .context import COMMON_FIRST_WORDS, TOKEN, Registry, Tagged, key_for
from .cover import (
    US_STATES,
    agreement_date,
    agreement_title,
    dateline,
    read_cover,
    read_registrant,
    report_date,
)
from .entities import (
    BIO_CONTEXT,
    ROLE_TERMS,
    LowerCaseWords,
    companies_named_like_inns,
    drop_role_terms_things,
    find_acronyms,
    find_aliases,
    find_brands,
    find_defined_terms,
    find_described_organizations,
    find_named_compounds,
    find_organizations,
    find_platform_programs,
    find_platforms,
    find_products,
    find_registered_drugs,
    find_short_names,
    find_table_brands,
    part_codes,
)
from .frames import frame_claims
from .licenses import (
    DocumentState,
    assemble,
    name_agreement_assets,
    read_claims,
    untold_term_license,
    untold_titled_license,
)
from .named_people import find_named_people, given_names, people_words
from .names import (
    LEGAL_SUFFIX_RE,
    ORG_KEYWORDS,
    fold,
    has_legal_suffix,
    is_academic,
    is_incidental,
    is_inn,
    normalize_name,
    strip_legal_suffix,
)
from .people import (
    add_degree_aliases,
    find_contacts,
    find_member_rows,
    find_officer_rows,
    find_people,
    with_degrees,
)
from .places import cover_home, places_in
from .relations import (
    SLOT_WORDS,
    discover_organizations,
    partner_platform_facts,
    platform_facts,
    product_facts,
    read_tickers,
    renames,
    succession_facts,
)
from .sentences import Sentence, segment
from .signatures import find_signatures
from .truecase import common_words, name_case, shouting, truecase

__all__ = ["extract"]

MAX_DISCOVERY_ROUNDS = 2


def extract(filing: Filing) -> Extraction:
    capitals = {doc.sequence: doc.text for doc in filing.documents if shouting(doc.text)}
    if not capitals:
        return _extract(filing)
    # A document set in capitals is read in mixed case (same offsets); its quotes stay the filing's own.
    cased = replace(filing, documents=[replace(d, text=truecase(d.text)) if d.sequence in capitals else d for d in filing.documents])
    extraction = _extract(cased)
    extraction.filing = filing
    _verbatim(extraction, capitals, set())
    return extraction


def _verbatim(obj, texts: dict[int, str], seen: set[int]):
    """``obj`` with every Evidence quote taken again from ``texts`` (document sequence -> text)."""
    if isinstance(obj, Evidence):
        return replace(obj, quote=texts[obj.doc][obj.start : obj.end]) if obj.doc in texts else obj
    if isinstance(obj, list):
        return [_verbatim(x, texts, seen) for x in obj]
    if isinstance(obj, dict):
        return {k: _verbatim(v, texts, seen) for k, v in obj.items()}
    if is_dataclass(obj) and not isinstance(obj, (Ref, Filing, Document)) and id(obj) not in seen:
        seen.add(id(obj))
        changes = {f.name: _verbatim(getattr(obj, f.name), texts, seen) for f in fields(obj)}
        if obj.__dataclass_params__.frozen:  # a Fact: a new one with its evidence re-quoted
            return replace(obj, **changes)
        for name, value in changes.items():
            setattr(obj, name, value)
    return obj


def _extract(filing: Filing) -> Extraction:
    registry = Registry()
    extraction = Extraction(filing=filing)
    extraction.registrant = read_registrant(filing, registry)
    extraction.cover = read_cover(filing, registry)
    by_doc = {doc.sequence: segment(doc) for doc in filing.documents}
    sentences = [s for doc in filing.documents for s in by_doc[doc.sequence]]

    lower = _find_names(sentences, registry)
    _first_words_as_names(sentences, registry)
    _collective_roles(sentences, registry)
    roles = _find_people(filing, sentences, registry, extraction)
    slotted = [s for s in sentences if SLOT_WORDS.search(s.text)]
    named = people_words(sentences, registry)
    for _ in range(MAX_DISCOVERY_ROUNDS):
        if not any([discover_organizations(_without_descriptions(registry.tag(s)), registry, named) for s in slotted]):
            break
    _merge_short_forms(registry)
    _merge_defined_acronyms(sentences, registry)
    _founders_surnames(registry, sentences)
    _drop_products_named_as_companies(registry, lower)
    _drop_platforms_named_as_companies(registry, filing.documents)
    find_named_people(sentences, registry)  # last: it needs the organizations, and adds only whom no pattern found
    add_degree_aliases(registry, {doc.sequence: doc.text for doc in filing.documents})

    facts, claims = [], []
    fallback_date = report_date(filing, extraction.cover)
    term_assets = _defined_assets(sentences, registry)
    dated: list = []  # shared: an exhibit index in one document dates the agreements another describes
    for doc in filing.documents:
        state = DocumentState(document_date=dateline(doc) or fallback_date, term_assets=term_assets,
                              agreement_date=agreement_date(doc), dated_agreements=dated,
                              agreement_title=agreement_title(doc))
        read = _read_relations(by_doc[doc.sequence], registry, state, facts, claims)
        claims.extend(untold_titled_license(state))
        claims.extend(untold_term_license(state, doc.text, claims, registry))
        home = registry.registrant or state.announcer
        claims.extend(frame_claims(read, _paragraphs(doc.text, by_doc[doc.sequence]), facts, home, claims, _cover_home(registry)))
    licenses, collaborations = assemble(claims, facts, dated)
    licenses, collaborations = _expand_collective_terms(sentences, registry, licenses, collaborations)

    extraction.facts = _dedupe_facts(facts)
    extraction.roles = roles
    extraction.licenses = licenses
    extraction.collaborations = collaborations
    _finalize(extraction, registry)
    return extraction


def _find_names(sentences: list[Sentence], registry: Registry) -> LowerCaseWords:
    """Every name of the filing; returns the INN-like words it writes in lower case (read once, if asked)."""
    bio = [BIO_CONTEXT.search(s.text.lower()) is not None for s in sentences]
    # A filing about medicine (a few sentences in a hundred speak of it) may name a platform anywhere,
    # even in an agreement's definitions; elsewhere only a passage about medicine can.
    medical_filing = sum(bio) >= max(3, 0.02 * len(sentences))
    parts = part_codes(sentences)
    # Every organization first: a headline names "Genmab" before the dateline gives "Genmab A/S", and a
    # company that ends like an INN is told from a drug by the company names the filing holds.
    for sentence in sentences:
        find_organizations(sentence, registry)
        find_described_organizations(sentence, registry)
    lower = LowerCaseWords(sentences)
    for i, sentence in enumerate(sentences):
        find_products(sentence, registry, parts, lower)
        find_brands(sentence, registry)
        find_registered_drugs(sentence, registry)
        if medical_filing or any(bio[max(i - 1, 0) : i + 2]):
            find_platforms(sentence, registry)
    find_table_brands(sentences, registry)
    companies_named_like_inns(sentences, registry, lower)
    for sentence in sentences:
        find_defined_terms(sentence, registry)
        find_short_names(sentence, registry)
        find_aliases(sentence, registry)
        find_named_compounds(sentence, registry)
        name_agreement_assets(sentence, registry)
        find_acronyms(sentence, registry)
        find_platform_programs(sentence, registry)
    drop_role_terms_things(registry)
    return lower


# Places start company names ("Boston Scientific", "Texas Instruments") and stand alone as places.
_PLACE_WORDS = {w.lower() for state in US_STATES.values() for w in state.split()} | {
    "boston", "cambridge", "san", "santa", "los", "london", "paris", "tokyo", "osaka", "basel", "berlin", "china",
    "japan", "europe", "asia", "american", "british", "canadian", "swiss", "german", "french", "korea", "korean",
    "india", "indian", "chinese", "japanese", "european", "israel", "singapore", "shanghai", "beijing", "seattle",
}
_COUNTRY_CODES = {"US", "USA", "UK", "EU", "PRC", "UAE", "ROK", "HK", "EMEA", "APAC", "LATAM"}
# A company's first word does what a company does: "Quarra will receive ...", "Vitae granted ...".
# ... or names an agreement: "the Vega Agreement", "the Quarra License Agreement", "the Quarra license agreement".
_ACTS = (
    r"(?:(?:'s\s+)?(?:will|has|had|have|is|was|shall|may|agreed|announced|received|receives|paid|pays|granted|grants|retains|"
    r"retained|obtained|holds|owns|decided|elected|terminated|reacquired|regained|notified)\b|(?:(?i:license|licence|collaboration|option|development|research)\s+)*(?i:agreement)\b)"
)


_MOVED = re.compile(r"\b(?:team|office|headquarters|staff|employees|operations|moved|relocat\w*|travel\w*)\b")
_DEAL_WORDS = re.compile(r"\b(?:rights?|licen[sc]\w*|agreements?|deals?|collaborat\w*|partnership)\b")
# "Orvane's July 2020 acquisition of ...": a date may stand between the owner and what it owns.
_WHEN = re.compile(r"January|February|March|April|May|June|July|August|September|October|November|December|\d{4}")
# A word that ends a person's name somewhere in the filing: "Mr. Halden", "John Halden", "Peter J. Halden".
_SURNAME = re.compile(
    r"\b(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+(?:[A-Z][a-z]+\s+)?(?:[A-Z]\.\s+)?([A-Z][a-z]{3,})\b"  # "Dr. Peter Halden"
    r"|\b[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?([A-Z][a-z]{3,}),\s+(?:a|an|the|our|its|who|age|\d)"  # "John Halden, a director"
)


def _cover_home(registry: Registry) -> frozenset[str]:
    """The filer's country, where its cover's state of incorporation and address agree on one."""
    if registry.registrant is None:
        return frozenset()
    mention = registry.mentions[registry.registrant]
    return frozenset(cover_home(mention.state, mention.address))


def _first_words_as_names(sentences: list[Sentence], registry: Registry) -> None:
    """'Quarra Pharma Inc.' is 'Quarra' where the filing lets its first word act or own alone, and no
    other organization of the filing starts with that word."""
    by_first: dict[str, list[Ref]] = {}
    for mention in registry.of_kind(Kind.ORG):
        words = strip_legal_suffix(mention.name).split()
        # (initials too, "QV Pharmaceuticals" acting as "QV"; not a country's or a state's, "US Halvane", nor the first
        # word of a name in capitals, "VERDANT THERAPEUTICS, INC.", which stands for "Verdant")
        initials = (words[0].isupper() and 2 <= len(words[0]) <= 4 and not all(w.isupper() for w in words)
                    and words[0] not in _COUNTRY_CODES and words[0] not in US_STATES)
        # (three letters too where they are no word and no given name: "Ono" of "Ono Pharmaceutical Co., Ltd.")
        short = len(words[0]) == 3 and words[0].istitle() and words[0].lower() not in common_words() and words[0] not in given_names()
        if len(words) >= 2 and (len(words[0]) >= 4 or initials or short) and words[0][0].isupper() and words[0].isalpha():
            # "VERDANT THERAPEUTICS, INC." of the header and "Verdant Oncology, Inc." share a first word
            by_first.setdefault(words[0].capitalize() if words[0].isupper() and not initials else words[0], []).append(mention.ref)
    candidates = {w: refs[0] for w, refs in by_first.items()
                  if len(set(refs)) == 1 and w.lower() not in COMMON_FIRST_WORDS and w.lower() not in _PLACE_WORDS and not places_in(w)
                  and registry.lookup(Kind.ORG, w) is None}
    # A word the filing also writes in lower case is a word ("Legal & General", "Nomination Committee"), not a name.
    lower = {w for s in sentences for w in re.findall(r"\b[a-z]{4,}\b", s.text)}
    # ... and a word that ends a person's name is the person's ("Mr. Halden is a private investor").
    people = {w for s in sentences for pair in _SURNAME.findall(s.text) for w in pair if w}
    candidates = {w: ref for w, ref in candidates.items() if w.lower() not in lower and w not in people}
    # ... and initials the filing writes after a determiner are a thing's ("our ADC has shown activity", "Our IP will expire")
    if abbreviations := [w for w in candidates if w.isupper()]:
        things = re.compile(rf"\b(?:[Tt]he|[Oo]ur|[Ii]ts|[Tt]heir|[Tt]his|[Aa]n?)\s+({'|'.join(map(re.escape, abbreviations))})\b")
        for s in sentences:
            for m in things.finditer(s.text):
                candidates.pop(m.group(1), None)
    if not candidates:
        return
    names = "|".join(map(re.escape, sorted(candidates)))
    acting = re.compile(rf"(?<![\w&-])({names})\s+{_ACTS}")
    # ... or receives what a company receives: "Zorbix grants Quarra an exclusive license", "pay Vitae up to",
    # "an agreement with Quarra Pharma, Inc. granting Quarra an exclusive license".
    receiving = re.compile(rf"\b(?:grants?|granted|granting|pays?|paid|from)\s+({names})\b(?!\s+[A-Z])")
    # ... or owns what a company owns: "Halden's acquisition of Orvane", "Halden's XenoMab platform". Not
    # a person's ("Mr. Halden's", "John Halden ... Halden's decision") or a place's ("Princeton's Office of").
    owning = re.compile(rf"(?<!Mr\.\s)(?<!Ms\.\s)(?<!Dr\.\s)(?<![\w&-])({names})'s\s+(?P<next>\S+)")
    # ... or is the other party where a sentence speaks of rights or a deal: "transfer exclusive rights to P, as well as 11
    # candidates, to Lystra.", "a deal with Quarra for P" (not a place a company moves to: places are no candidates)
    party = re.compile(rf"(?:\b(?:agreements?|deals?|collaborations?|partnerships?|alliances?|contracts?)\s+with|\b(?:transfer\w*|licens\w*|"
                       rf"sublicens\w*|grant\w*|assign\w*|sold|sells?)\b[^.;]{{0,120}}?\bto|\brights?\s+(?:[\w-]+\s+){{0,4}}?from)\s+({names})"
                       rf"(?=\s*[.,;)]|\s+(?:for|to|under|in|on)\b)")
    for sentence in sentences:
        found = [*acting.finditer(sentence.text), *receiving.finditer(sentence.text)]
        if _DEAL_WORDS.search(sentence.text):
            found += [m for m in party.finditer(sentence.text) if not _MOVED.search(m.group(0))]
        if "'s" in sentence.text:
            found += [m for m in owning.finditer(sentence.text) if (
                m.group("next")[:1].islower() or _WHEN.fullmatch(m.group("next").rstrip(","))
                or registry.lookup(Kind.PRODUCT, m.group("next")) or registry.lookup(Kind.PLATFORM, m.group("next")))]
        for m in found:
            if m.group(1) in candidates:
                registry.add_alias(candidates.pop(m.group(1)), m.group(1))
        if not candidates:
            return


def _find_people(filing: Filing, sentences: list[Sentence], registry: Registry, extraction: Extraction) -> list[Role]:
    roles: list[Role] = []
    for doc in filing.documents:
        for sig in find_signatures(doc, registry):
            person = registry.add(Kind.PERSON, sig.name, sig.evidence)
            if person not in extraction.cover.signers:
                extraction.cover.signers.append(person)
            if sig.title or sig.organization:
                roles.append(Role(person, sig.organization, sig.title, sig.evidence))
    roles.extend(find_people(sentences, registry))
    for doc in filing.documents:
        roles.extend(find_contacts(doc, registry))
        roles.extend(find_officer_rows(doc, registry))
        roles.extend(find_member_rows(doc, registry))
    return roles


def _paragraphs(text: str, sentences: list[Sentence]) -> list[int]:
    """Each sentence's paragraph number: a blank line between two sentences starts a new one."""
    numbers, current = [], 0
    for i, sentence in enumerate(sentences):
        if i and re.search(r"\n[ \t]*\n", text[sentences[i - 1].end : sentence.start]):
            current += 1
        numbers.append(current)
    return numbers


def _read_relations(sentences: list[Sentence], registry: Registry, state: DocumentState, facts: list[Fact], claims: list) -> list[Tagged]:
    """Facts and claims of one document's sentences, read in order; returns the sentences as tagged."""
    read: list[Tagged] = []
    previous: Tagged | None = None
    subject: Ref | None = None
    for sentence in sentences:
        tagged = _without_parents(registry.tag(sentence))
        tagged = _without_descriptions(_implicit_subject(_resolve_announcer(_resolve_it(_resolve_latter(tagged, previous), previous)), registry))
        read_tickers(tagged, registry)
        facts.extend(product_facts(tagged, registry, subject))
        facts.extend(partner_platform_facts(tagged))
        facts.extend(platform_facts(tagged, registry))
        facts.extend(succession_facts(tagged))
        for old, new, combined in renames(tagged):
            if old == registry.registrant:
                # "Senti Sub I, Inc., formerly Senti Biosciences, Inc.": the cover names the registrant as
                # of this filing, so an entity that formerly bore that name is another one (a legacy company).
                continue
            if combined is not None and ((combined and _legal_name(registry, old) and _legal_name(registry, new)) or registry.two_legal_entities(old, new)):
                # A SPAC that merged with its target and took its name, an LLC converted to a corporation:
                # the company under its new name succeeds the old one.
                facts.append(Fact(old, "succeededBy", new, tagged.evidence))
            else:
                registry.merge(old, into=new)  # "B (f/k/a A, Inc.)": one company renamed, its former name an alias
        claims.extend(read_claims(tagged, state, facts, registry))
        products = tagged.tokens(Kind.PRODUCT)
        if products and re.match(r"\[\[P:\d+\]\]", tagged.template):
            subject = products[0]
        previous = tagged
        read.append(tagged)
    return read


def _legal_name(registry: Registry, ref: Ref) -> bool:
    mention = registry.mentions.get(registry.resolve_ref(ref))
    return mention is not None and any(has_legal_suffix(n) for n in (mention.name, *mention.aliases))


# Bulleted highlights of 10-Ks drop the subject: "* Entered into an exclusive license agreement with X".
_SUBJECTLESS = re.compile(
    r"^(?P<lead>(?:\s|&nbsp;|[*\-\u2022\u25cf|>]|\(?[0-9a-z]{1,3}[.)])*)"
    r"(?=(?:Entered|Exercised|Announced|Acquired|Licensed|In-licensed|Out-licensed|Obtained|Received|Granted|"
    r"Signed|Completed|Expanded|Amended|Terminated|Regained|Reacquired|Executed)\b)"
)


def _implicit_subject(tagged: Tagged, registry: Registry) -> Tagged:
    """A bullet that starts with a past-tense verb speaks for the registrant."""
    if registry.registrant is None:
        return tagged
    m = _SUBJECTLESS.match(tagged.template)
    if not m:
        return tagged
    refs = list(tagged.refs)
    if registry.registrant not in refs:
        refs.append(registry.registrant)
    token = f"[[O:{refs.index(registry.registrant)}]] "
    rest = tagged.template[m.end() :]
    return Tagged(tagged.sentence, tagged.template[: m.end()] + token + rest[:1].lower() + rest[1:], refs)


# "X, a specialty pharmaceutical company ..., today announced it has acquired ...", "X on Thursday said it has signed": "it" is X.
_ANNOUNCER = re.compile(r"\[\[O:(?P<i>\d+)\]\][^\[\].]{0,300}?\b(?:announced\s+(?:today\s+)?(?:that\s+)?(?P<pronoun>it|they)\b|(?:said|stated)\s+"
                        r"(?:today\s+)?(?:that\s+)?(?P<pronoun2>it|they)\s+(?:has|have|had|will|signed|entered|agreed|granted|licensed|received))")


# "X (Nasdaq: X), the leading [[O]] company, today announced it ...": an appositive may hold a name.
_ANNOUNCER_DESCRIBED = re.compile(
    r"\[\[O:(?P<i>\d+)\]\](?:\s*\([^()\[\]]{0,40}\))?,\s+(?:a|an|the)\s(?:[^\[\].,]|\[\[[OPT]:\d+\]\]){0,160}?,"
    r"\s+(?:today\s+)?announced\s+(?:today\s+)?(?:that\s+)?(?P<pronoun>it|they)\b")


# "Quarra Pharma Inc. is a privately held company. In June 2022, it granted us exclusive rights to P": "it"
# opens a clause of the next sentence, and stands for the company the sentence before was about.
_IT_ACTS = re.compile(r"^(?:[^,\[\]]{0,40},\s+)?(?P<it>[Ii]t)\s+(?:has\s+|had\s+|also\s+)?(?:granted|licensed|agreed|entered|received|obtained|exercised|terminated|returned|sold|assigned)\b")
_SUBJECT = re.compile(r"^\s*\[\[O:(\d+)\]\](?:\s*\([^()]{0,60}\))?,?\s+(?:is|was|has|had|,)")


def _resolve_it(tagged: Tagged, previous: Tagged | None) -> Tagged:
    m = _IT_ACTS.match(tagged.template)
    subject = _SUBJECT.match(previous.template) if m and previous is not None else None
    if subject is None:
        return tagged
    refs = list(tagged.refs)
    ref = previous.ref(subject.group(1))
    if ref not in refs:
        refs.append(ref)
    t = tagged.template
    return Tagged(tagged.sentence, t[: m.start("it")] + f"[[O:{refs.index(ref)}]]" + t[m.end("it") :], refs)


# What a release says a partner is, before or after its name: "with French biopharmaceutical company
# [[O:1]] for P", "to [[O:1]], a Swiss pharmaceutical development company, for P". The license rules
# read the party where the description stood ("with French ..." had made "French" the licensee).
_COMPANY_NOUN = r"(?:company|firm|drugmaker|biotech|pharma|group|developer|manufacturer)"
_DESCRIPTION_BEFORE = re.compile(
    r"(?P<word>\b(?:with|to|from|by|and)\s)(?:the\s+)?(?:[A-Z][a-z]+(?:-based)?\s+)?(?:[a-z][\w-]*\s+){0,3}?"
    rf"{_COMPANY_NOUN}\s+(?=\[\[O:\d+\]\])")
_DESCRIPTION_AFTER = re.compile(
    r"(?P<token>\[\[O:\d+\]\]),\s+an?\s+(?:[A-Z][a-z]+(?:-based)?\s+)?(?:[a-z][\w-]*\s+){0,4}?"
    rf"{_COMPANY_NOUN}(?:\s+(?:based|headquartered)\s+in\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?"
    # its closing comma goes with it before what the agreement is for ("X, a ... company, for P")
    r"(?:,(?=\s+(?:for|to|under|pursuant)\b)|(?=,|\.$))")


# A release's opening: "X (Nasdaq: MIST), a biopharmaceutical company focused on the development and commercialization
# of ... medicines, today announced ...": the company, then what it did.
_ANNOUNCER_DESCRIPTION = re.compile(r"(?P<token>\[\[O:\d+\]\])(?:\s*\([^()\[\]]{1,60}\))?,\s+an?\s+[^;\[\]]{0,200}?,\s+(?=(?:today\s+)?announced\b)")


# "[[O:1]], a subsidiary of [[O:2]], said it signed ...": the parent is no party of what the sentence tells.
# ("[[O:1]] (a holding subsidiary of [[O:2]]) ... entered into an agreement with [[O:3]] (the tradename of [[O:4]] Rahway NJ
# USA)": nor is a parent, or the company whose trade name a party uses, in brackets after it)
_PARENT_AFTER = re.compile(r"(?P<token>\[\[O:\d+\]\]),\s+(?:a|an|the)\s+(?:wholly[- ]owned\s+|majority[- ]owned\s+)?(?:subsidiary|unit|affiliate)"
                           r"\s+of\s+\[\[O:\d+\]\],"
                           r"|(?P<bracketed>\[\[O:\d+\]\])\s*\((?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?:subsidiary|unit|affiliate|division|"
                           r"trade\s?name|part|member)\s+of\s+(?:the\s+)?\[\[O:\d+\]\][^()\[\]]{0,40}\)")


def _without_parents(tagged: Tagged) -> Tagged:
    if "of [[O:" not in tagged.template:
        return tagged
    t = _PARENT_AFTER.sub(lambda m: m.group("token") or m.group("bracketed"), tagged.template)
    return tagged if t == tagged.template else Tagged(tagged.sentence, t, tagged.refs)


def _without_descriptions(tagged: Tagged) -> Tagged:
    t = _DESCRIPTION_AFTER.sub(r"\g<token>", _DESCRIPTION_BEFORE.sub(r"\g<word>", tagged.template))
    t = _ANNOUNCER_DESCRIPTION.sub(r"\g<token> ", t) if "announced" in t else t
    return tagged if t == tagged.template else Tagged(tagged.sentence, t, tagged.refs)


def _resolve_announcer(tagged: Tagged) -> Tagged:
    m = _ANNOUNCER_DESCRIBED.search(tagged.template) or _ANNOUNCER.search(tagged.template)
    if not m:
        return tagged
    t, pronoun = tagged.template, "pronoun" if m.group("pronoun") else "pronoun2"
    token = f"[[O:{m.group('i')}]]"
    # "... announced it entered into an agreement with Y under which it obtained a license": the same "it" again
    rest = t[m.end(pronoun) :]
    if (again := _IT_AGAIN.search(rest)) and _ONLY_ITS_PARTNER.fullmatch(rest[: again.start()]):
        rest = rest[: again.start("it")] + token + rest[again.end("it") :]
    return Tagged(tagged.sentence, t[: m.start(pronoun)] + token + rest, list(tagged.refs))


_IT_AGAIN = re.compile(r"\b(?:(?:under|pursuant\s+to)\s+which|whereby)\s+(?P<it>it)\b")
# ... only when what stands between names one company, its partner after "with" ("it entered into an agreement with
# Y under which it"), and no clause of another subject ("it was told that Z entered into an agreement with Y ...").
_ONLY_ITS_PARTNER = re.compile(r"(?:(?!\[\[O:|\b(?:which|who|that)\b)[^.;])*\bwith\s+(?:the\s+)?\[\[O:\d+\]\](?:\s*\([^()]*\))?,?\s*")


def _resolve_latter(tagged: Tagged, previous: Tagged | None) -> Tagged:
    """'A and B; the latter is licensed to C' -> B stands where 'the latter' was."""
    t = tagged.template
    m = re.search(r"\b[Tt]he (latter|former)\b", t)
    if not m:
        return tagged
    before = TOKEN.findall(t[: m.start()])
    refs = list(tagged.refs)
    if not before and previous is not None:
        before, refs_source = TOKEN.findall(previous.template), previous.refs
    else:
        refs_source = tagged.refs
    candidates = [(k, refs_source[int(i)]) for k, i in before if k in "PO"]
    if not candidates:
        return tagged
    kind_letter = candidates[-1][0]
    same_kind = [r for k, r in candidates if k == kind_letter]
    unique = list(dict.fromkeys(same_kind))
    if len(unique) < 2:
        return tagged
    ref = unique[-1] if m.group(1) == "latter" else unique[-2]
    if ref not in refs:
        refs.append(ref)
    token = f"[[{kind_letter}:{refs.index(ref)}]]"
    return Tagged(tagged.sentence, t[: m.start()] + token + t[m.end() :], refs)


_DEFINITION = re.compile(r"[\"\u201c](?P<term>[A-Z][\w\- ]{1,40}?)[\"\u201d]\s+(?:shall\s+)?means?\b(?P<body>[^;]{0,500})")


def _defined_assets(sentences: list[Sentence], registry: Registry) -> dict[str, tuple[Ref, ...]]:
    """Agreement definitions that name their products or platforms ('"Product" means ... MGAH22';
    '"Compound" means ZB-4592, ZB-2216 and any other ...'), at most a few of them."""
    assets: dict[str, tuple[Ref, ...]] = {}
    pending: list[tuple[str, str]] = []
    for sentence in sentences:
        for term, refs in _inline_definitions(sentence, registry):
            assets.setdefault(term, refs)
        for m in _DEFINITION.finditer(sentence.text):
            body = m.group("body")
            found = _assets_in(body, registry)
            if len(found) != 1:  # a long definition may name its one asset late; a list must be short
                body = body[:300]
                found = _assets_in(body, registry)
            if made_in := _made_with_platform(m.group("term"), body, found, assets):
                assets.setdefault(m.group("term").lower(), made_in)
            elif len(found) == 1 or (1 < len(found) <= _MAX_DEFINED_ASSETS and _plain_list(body)):
                assets.setdefault(m.group("term").lower(), tuple(found))
            elif not found:
                pending.append((m.group("term").lower(), body))
    # '"Licensed Product" means any product containing the Compound', where "Compound" means NSB-4471:
    # a definition through exactly one other defined term stands for that term's assets.
    for _ in range(3):
        added = False
        for term, body in pending:
            through = {_term_asset(run, assets) for run in re.findall(r"\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*", body)} - {None}
            if term not in assets and len(through) == 1:
                assets[term], added = through.pop(), True
        if not added:
            break
    return assets


# '... products containing zilebesiran, the Company's siRNA therapeutic ("Licensed Products")': a term
# defined in passing, after the words it stands for.
_INLINE_TERM = re.compile(
    r"\((?:the\s+|collectively,?\s+(?:the\s+)?|each,?\s+(?:a\s+)?)?[\"\u201c](?P<term>[A-Z][\w\- ]{1,40}?)[\"\u201d]\)")
_CLOSING_BRACKET = re.compile(r"\)(?![\"\u201d])")
_ASSET_TERM_WORDS = {
    "product", "products", "compound", "compounds", "candidate", "candidates", "program", "programs",
    "asset", "assets", "molecule", "molecules", "antibody", "antibodies", "technology", "platform",
    "invention", "inventions",
}


def _inline_definitions(sentence: Sentence, registry: Registry) -> list[tuple[str, tuple[Ref, ...]]]:
    """Terms for products defined in parentheses after the words naming them: the first product or
    platform of the clause before the bracket, when no organization comes after it (then the term
    names the organization: 'a license to AB-101 from Acme Pharma ("Acme")')."""
    out, text = [], sentence.text
    for m in _INLINE_TERM.finditer(text):
        if not {w.lower() for w in m.group("term").split()} & _ASSET_TERM_WORDS:
            continue
        # the clause starts after the last bracket closed, but not one that closes inside a quoted title
        # ('entitled "... Estrogens (OCR #1400)" (the "INVENTION")')
        closed = max((c.start() for c in _CLOSING_BRACKET.finditer(text, 0, m.start())), default=-1)
        start = max(closed, text.rfind(";", 0, m.start()), m.start() - 300) + 1
        found = sorted(registry.find(text[start : m.start()]), key=lambda hit: hit[0])
        assets = [(s, ref) for s, _, ref in found if ref.kind in (Kind.PRODUCT, Kind.PLATFORM)]
        if assets and not any(ref.kind is Kind.ORG and s > assets[-1][0] for s, _, ref in found):
            out.append((m.group("term").lower(), (assets[0][1],)))
    return out


def _assets_in(text: str, registry: Registry) -> list[Ref]:
    return list(dict.fromkeys(ref for _, _, ref in registry.find(text) if ref.kind in (Kind.PRODUCT, Kind.PLATFORM)))


# A definition naming more compounds than this is a class or a pool, not the licensed products.
_MAX_DEFINED_ASSETS = 4


def _plain_list(body: str) -> bool:
    """A definition that lists its compounds and ends: not one cut off by the window, nor one that
    pools clauses ('(i) the four ... provided by GSK ..., (ii) the two ... provided by Theravance')."""
    return len(body) < 300 and not re.search(r"\((?:i|ii|a|b|1|2)\)", body)


def _made_with_platform(term: str, body: str, found: list[Ref], assets: dict[str, tuple[Ref, ...]]) -> tuple[Ref, ...] | None:
    """'"Product" shall mean Active Ingredient Formulated in CAPSUGEL's proprietary Lipid Multi-Particulate Technology':
    a product defined as another term's product made with a platform is that product, not the platform."""
    if not (len(found) == 1 and found[0].kind is Kind.PLATFORM and re.fullmatch(r"(?:Licensed\s+)?(?:Products?|Compounds?)", term)):
        return None
    first = re.match(r"\s*(?:the\s+|any\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)", body)
    words = first.group(1).split() if first else []
    # (the longest term the capitalized words start with: "Active Ingredient Formulated in ...")
    through = next((t for n in range(len(words), 0, -1) if (t := _term_asset(" ".join(words[:n]), assets))), None)
    return through if through and all(r.kind is Kind.PRODUCT for r in through) else None


def _term_asset(run: str, assets: dict[str, tuple[Ref, ...]]) -> tuple[Ref, ...] | None:
    term = run.lower()
    return assets.get(term) or assets.get(term.rstrip("s"))


def _drop_products_named_as_companies(registry: Registry, lower: LowerCaseWords) -> None:
    """A capitalized word read as an INN before the text named it a company ("the Biocept Agreement",
    then "Biocept, Inc."): the company's, when the filing never writes it in lower case as an INN is."""
    for mention in registry.of_kind(Kind.PRODUCT):
        name = mention.name
        if " " in name or not name[:1].isupper() or name.isupper() or registry.lookup(Kind.ORG, name) is None:
            continue
        if name.lower() not in lower:
            registry.drop(mention.ref)


_PLATFORM_HEAD = re.compile(r"\s+(?:technolog(?:y|ies)|platforms?|engines?|format|librar(?:y|ies))$", re.I)


def _drop_platforms_named_as_companies(registry: Registry, documents: list[Document]) -> None:
    """'rights to certain proprietary Aegis technology': a company's technology, no platform it named (unless the filing
    marks the name, or an agreement's term in capitals, "the FG Technology", is what its grant licenses)."""
    for mention in registry.of_kind(Kind.PLATFORM):
        names = (mention.name, *mention.aliases)
        bases = {re.sub(r"\s+(?:licensed|proprietary|patented)$", "", _PLATFORM_HEAD.sub("", n)) for n in names}
        # (a name the filing gives a company, not its first word: "Apollo platform" beside "Apollo Therapeutics Ltd.")
        if any(re.search(r"[®™]|\(TM\)", n) for n in names) or not all(registry.lookup(Kind.ORG, b) for b in bases):
            continue
        termed = re.compile("|".join(rf"\b{re.escape(b)}(?:[®™]|\s+(?:Technolog|Platform))" for b in bases))  # ... or marked: "Affimer®"
        if not any(termed.search(doc.text) for doc in documents):
            registry.drop(mention.ref)


def _merge_short_forms(registry: Registry) -> None:
    """'Gilead' is 'Gilead Sciences' when it is the start of exactly one longer organization name
    (a name of two words or more: when it is inside exactly one)."""
    orgs = sorted(registry.of_kind(Kind.ORG), key=lambda m: (len(m.key), m.key))
    _complete_registrant(registry)
    for short in orgs:
        if short.ref not in registry.mentions or not short.key or short.ref == registry.registrant:
            continue
        if any(has_legal_suffix(n) for n in (short.name, *short.aliases)):
            continue  # a full legal name of its own: a different company ("ADC Therapeutics SA" vs "... America, Inc.")
        longer = [m for m in registry.of_kind(Kind.ORG) if m.key.startswith(short.key + " ")]
        longer = [m for m in longer if not _a_unit_of(short.key, m.key)]  # "University of X College of Pharmacy" is a part of it
        if not longer:  # "Citius Pharma" of "Citius Pharmaceuticals Inc.", "Halden Bio" of "Halden Biosciences"
            cut = [m for m in registry.of_kind(Kind.ORG) if _abbreviates(short.key, m.key)]
            if len(cut) == 1:  # of two ("Halden Biologics", "Halden Bioscience") it may be either, or a third
                registry.merge(short.ref, into=cut[0].ref)
                continue
        if not longer and len(short.key.split()) >= 2:
            # "MD Anderson" inside "The University of Texas M. D. Anderson Cancer Center"
            longer = [m for m in registry.of_kind(Kind.ORG) if f" {short.key} " in f" {m.key} " and m.key != short.key and not _a_unit_of(short.key, m.key)]
        if not longer and " " not in short.key:
            # "Sanverto" of "Laboratorios Sanverto, S.A. de C.V.": the one word of a longer name that no organization's name
            # has, or the family name of one named like a person ("Varnholt" of "Ellis Varnholt and Company"; not "Halden"
            # of the joint venture "Quarra Halden, Inc.")
            longer = [m for m in registry.of_kind(Kind.ORG) if m.key != short.key and _known_by(m.name, short.key)]
            longer = [m for m in longer if not any(o.key.startswith(m.key + " ") for o in longer)]  # "Laboratorios X" of the legal name
        registrant = [m for m in longer if m.ref == registry.registrant]
        if len(longer) == 1 or registrant:
            registry.merge(short.ref, into=(registrant or longer)[0].ref)


_UNIT_WORDS = {"college", "school", "department", "faculty", "center", "centre", "institute", "hospital", "laboratory", "division"}


def _a_unit_of(short: str, long: str) -> bool:
    """'University of Wexford Lorne Ames College of Pharmacy' is a college of the university, not its longer name."""
    return "universit" in short and bool(_UNIT_WORDS & set(long[long.find(short) + len(short) :].split()))


# "HalVexa Biologics (HVB) and Quarra announced": initials defined after a name found only by what it did.
_DEFINED_ACRONYM = re.compile(r"(?P<long>[A-Z][\w&.'-]*(?:[ ](?:&[ ])?[A-Z][\w&.'-]*){0,5})[ ]\([\"\u201c]?(?P<short>[A-Z][A-Za-z]{1,7})[\"\u201d]?\)")


def _merge_defined_acronyms(sentences: list[Sentence], registry: Registry) -> None:
    """Fold an organization known by its initials into the one whose name the text defines them after, or give it them."""
    for sentence in sentences:
        for m in _DEFINED_ACRONYM.finditer(sentence.text) if "(" in sentence.text else ():
            short = registry.lookup(Kind.ORG, m.group("short"))
            if short is not None and short == registry.registrant:
                continue
            words = m.group("long").split(" ")
            long = next((ref for i in range(len(words)) if (ref := registry.lookup(Kind.ORG, " ".join(words[i:]))) is not None), None)
            if long is None or long == short or not _initials_of(m.group("short"), registry.mentions[long].name):
                continue
            if short is None:
                registry.add_alias(long, m.group("short"))  # "HVB will pay": read as the company from here on
            else:
                registry.merge(short, into=long)


def _initials_of(short: str, name: str) -> bool:
    """'OMG' of 'Ostrava Medical Group Holdings Ltd.': the initials of the name, its group words ('Holdings') left
    out or not."""
    words = strip_legal_suffix(name).split()
    candidates = [words]
    if len(words) > 2 and words[-1].lower() in _GROUP_WORDS and len(short) >= 3:  # ("SA" of "Sirona Analytics Holdings": a legal form)
        candidates.append(words[:-1])
    return any(short.upper() in ("".join(c for c in " ".join(w) if c.isupper()), "".join(x[0] for x in w).upper()) for w in candidates)


def _founders_surnames(registry: Registry, sentences: list[Sentence]) -> None:
    """'Halden' of 'Ellis Halden & Co.': a company named after a person is known by the surname alone ("Halden discovered
    P and licensed it to Y"), where the text writes it bare and no person of the filing bears it."""
    text = None  # the filing's text, joined only for a filing with such a company (few have one)
    for mention in list(registry.of_kind(Kind.ORG)):
        own = re.sub(r"\s+(?:&|and)\s*$", "", strip_legal_suffix(mention.name).replace(" &", "")).split()
        if len(own) != 2 or own[0] not in given_names() or not re.fullmatch(r"[A-Z][a-z]{3,}", own[1]):
            continue
        surname = own[1]
        if surname.lower() in common_words() or registry.lookup(Kind.ORG, surname) is not None:
            continue
        if any(surname in p.name.split() for p in registry.of_kind(Kind.PERSON)):
            continue
        text = text if text is not None else " ".join(s.text for s in sentences)
        if re.search(rf"(?<![\w-]){surname}(?!['\w-]*\s+(?:&|and)\s)", text.replace(mention.name, "")):
            registry.add_alias(mention.ref, surname)


# Words of organizations' names in other languages, beside names.ORG_KEYWORDS: no company is known by one of them alone.
_ORG_WORDS_ABROAD = {"laboratorios", "laboratorio", "laboratórios", "laboratoires", "laboratoire", "laboratorium", "farmaceutica",
                     "farmacêutica", "pharmazeutische", "industries", "industria", "industrias", "international", "the", "of", "and"}


@lru_cache(maxsize=4096)  # asked of every longer name for each one-word name: a filing's hundreds, squared
def _own_words(name: str) -> tuple[str, ...]:
    return tuple(w for w in normalize_name(strip_legal_suffix(name)).split() if w not in ORG_KEYWORDS and w not in _ORG_WORDS_ABROAD)


def _known_by(name: str, word: str) -> bool:
    own = _own_words(name)
    # (or founders' names set off by a comma: "Roebuck" of "Sears, Roebuck and Co.")
    return own == (word,) or (len(own) == 2 and own[1] == word and (own[0].title() in given_names() or re.match(r"[A-Z][\w']+, [A-Z]", name)))


# The short forms companies write their organization word in, and what each stands for.
_ORG_WORD_SHORT = {
    "pharma": ("pharmaceutical", "pharmaceuticals"),
    "bio": ("bioscience", "biosciences", "biologics", "biotherapeutics", "biotechnology", "biopharma",
            "biopharmaceuticals", "biomedical", "biotech"),
    "biotech": ("biotechnology",),
    "tech": ("technology", "technologies"),
    "labs": ("laboratories",),
    "lab": ("laboratory",),
}


# Words a group's full name may carry after its organization word that its short form drops ("Halden Pharma" of
# "Halden Pharmaceutical Industries").
_GROUP_WORDS = {"industries", "industry", "international", "holdings", "group", "company", "corporation", "co", "corp", "limited"}


def _abbreviates(short: str, long: str) -> bool:
    """The same name with its organization word in short: 'citius pharma' of 'citius pharmaceuticals'
    (not 'sterling pharma' of 'sterling pharmacy'), 'halden pharma' of 'halden pharmaceutical industries'."""
    a, b = short.split(), long.split()
    n = len(a)
    return (n >= 2 and len(b) >= n and a[:-1] == b[: n - 1] and b[n - 1] in _ORG_WORD_SHORT.get(a[-1], ())
            and set(b[n:]) <= _GROUP_WORDS)


# '... with A ("A1") and B ("B1," each of A1 and B1, individually and collectively, "C")': C is both.
_COLLECTIVE = re.compile(r"\([^()]*?\b(?:collectively|together)\b[^()]*?[\"\u201c](?P<term>[A-Z][^\"\u201d]{1,40})[\"\u201d]\)")
_PARTIES_START = re.compile(r"\b(?:with|between|among)\s")


def _collective_roles(sentences: list[Sentence], registry: Registry) -> None:
    """'a License Agreement with Ligand, Neurogen and CyDex (collectively, the "Licensors"), pursuant to which the Licensors
    granted to the Company ...': a role several organizations play together is named like one, so that what it does is
    read; each member then plays it (_expand_collective_terms), and the term is no name of any. Only a plural role
    defined once: a filing that defines "Licensors" for two agreements leaves the term unread."""
    defined: dict[str, set[tuple[Ref, ...]]] = {}
    spans: dict[str, Evidence] = {}
    for sentence in sentences:
        for m in _COLLECTIVE.finditer(sentence.text) if "ollectively" in sentence.text or "together" in sentence.text else ():
            term = m.group("term")
            if _LICENSING_ROLES.fullmatch(term) and len(members := _collective_members(sentence, m, registry)) >= 2:
                defined.setdefault(term, set()).add(tuple(members))
                spans.setdefault(term, sentence.span(m.start("term"), m.end("term")))
    text = "\n".join(s.text for s in sentences) if defined else ""
    for term, groups in defined.items():
        # (defined once in any shape: '(each a "Licensor" and jointly the "Licensors")' elsewhere is another group)
        if len(groups) == 1 and len(re.findall(rf"[\"\u201c]{re.escape(term)}[\"\u201d]", text)) == 1:
            registry.add(Kind.ORG, term, spans[term])


# (licensing roles only: "Suppliers" or "Distributors" granted rights to sell the filer's drug are no licensees of it)
_LICENSING_ROLES = re.compile(r"(?:Sub)?[Ll]icens(?:ors|ees)|(?:SUB)?LICENS(?:ORS|EES)")


def _role_word(term: str) -> bool:
    return term.lower().removesuffix("s") in ROLE_TERMS or term.lower().removesuffix("es") in ROLE_TERMS


# "Halvex Pharma AG, an affiliate of Zentor Holdings AG, and Morvane (collectively, ...)": a parent in apposition is no member
_PARENT_BEFORE = re.compile(r"\b(?:affiliate|subsidiary|parent|unit|division|part|member)\s+of\s+(?:the\s+)?$")
# ... nor one its role names after it: "Zentor Holdings AG, Halvex's parent, and Morvane (collectively, ...)"
_PARENT_AFTER_MEMBER = re.compile(r"\s*(?:,|\()\s*(?:(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*[\u2019']s|its|their|the)\s+"
                                  r"(?:ultimate\s+|sole\s+|majority\s+)?(?:parent|parent\s+company|holding\s+company|controlling\s+shareholder)\b")


def _collective_members(sentence: Sentence, m: re.Match, registry: Registry) -> list[Ref]:
    """The organizations named between "with" (or "between", "among") and the collective term, in order; or named in
    the term's own brackets: '(OMRF and UKRF are hereinafter collectively referred to as "LICENSORS")'."""
    inside = m.group(0)[: re.search(r"\b(?:collectively|together)\b", m.group(0)).start()]
    named = list(dict.fromkeys(ref for _, _, ref in sorted(registry.find(inside), key=lambda hit: hit[0]) if ref.kind is Kind.ORG))
    if len(named) >= 2 and not re.search(r"[\"\u201c\u201d]", inside):  # (not '("B1," each of A1 and B1, ...': a term of B1 first)
        return named
    before = sentence.text[max(0, m.start() - 300) : m.start()]
    starts = [p.end() for p in _PARTIES_START.finditer(before)]
    if not starts:
        return []
    listed = before[starts[-1] :]
    hits = sorted(registry.find(listed), key=lambda hit: hit[0])
    return list(dict.fromkeys(ref for at, end, ref in hits if ref.kind is Kind.ORG and not _PARENT_BEFORE.search(listed, 0, at)
                              and not _PARENT_AFTER_MEMBER.match(listed, end)))


def _collective_terms(sentences: list[Sentence], registry: Registry) -> dict[Ref, list[Ref]]:
    """Terms that stand for two or more organizations at once, with their members in order."""
    groups: dict[Ref, list[Ref]] = {}
    for sentence in sentences:
        for m in _COLLECTIVE.finditer(sentence.text):
            term = registry.lookup(Kind.ORG, m.group("term"))
            named = _collective_members(sentence, m, registry) if term is not None else []
            others = [ref for ref in named if ref != term]
            # ... unless the term is already a short name of a member ("Halvard" of "Halvard Pharma AG")
            members = others if len(others) >= 2 else named
            if len(members) >= 2 and registry.registrant not in members:
                groups.setdefault(term, members)
    return groups


def _expand_collective_terms(sentences, registry, licenses, collaborations):
    """A license to "Roche", defined as Roche Basel and Genentech together, is one to each of them;
    the term then names the first of them (so the graph has no node for the pair)."""
    groups = _collective_terms(sentences, registry)
    if not groups:
        return licenses, collaborations
    out = []
    for lic in licenses:
        for licensor in groups.get(lic.licensor, [lic.licensor]):
            for licensee in groups.get(lic.licensee, [lic.licensee]):
                out.append(replace(lic, licensor=licensor, licensee=licensee, events=list(lic.events),
                                               evidence=list(lic.evidence), scopes=set(lic.scopes)))
    for collab in collaborations:
        collab.parties = [member for p in collab.parties for member in groups.get(p, [p])]
    for term, members in groups.items():
        if term not in members:
            names = {registry.mentions[term].name, *registry.mentions[term].aliases}
            registry.merge(term, into=members[0])
            # "Licensors" (and "LICENSORS") is what they are, no name of Ligand
            registry.mentions[members[0]].aliases -= {name for name in names if _role_word(name)}
    return out, collaborations


def _complete_registrant(registry: Registry) -> None:
    """A filer known by its short name ('**Halden** Annual Report') is the one legal name that starts with it."""
    short = registry.mentions.get(registry.registrant) if registry.registrant and registry.registrant_from_title else None
    if short is None or has_legal_suffix(short.name):
        return  # a filer named on a cover or in a header is named in full, and a longer name is another company
    longer = [m for m in registry.of_kind(Kind.ORG) if m.key.startswith(short.key + " ") and has_legal_suffix(m.name)]
    if len(longer) == 1:
        registry.merge(short.ref, into=longer[0].ref)
        registry.registrant = longer[0].ref
        longer[0].is_registrant = True


def _dedupe_facts(facts: list[Fact]) -> list[Fact]:
    seen, out = set(), []
    for f in facts:
        key = (f.subject, f.prop, f.value)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


# --------------------------------------------------------------------------- finalize


def _finalize(extraction: Extraction, registry: Registry) -> None:
    """Redirect merged refs, choose preferred names, drop names that play no part."""
    fix = registry.resolve_ref
    extraction.registrant = fix(extraction.registrant) if extraction.registrant else None
    extraction.facts = _dedupe_facts([Fact(fix(f.subject), f.prop, fix(f.value) if isinstance(f.value, Ref) else f.value, f.evidence) for f in extraction.facts])
    extraction.facts = [f for f in extraction.facts if f.subject != f.value]
    for role in extraction.roles:
        role.person, role.organization = fix(role.person), fix(role.organization) if role.organization else None
    for lic in extraction.licenses:
        lic.licensor, lic.licensee, lic.asset = fix(lic.licensor), fix(lic.licensee), fix(lic.asset)
    extraction.licenses = [lic for lic in extraction.licenses if lic.licensor != lic.licensee]
    for collab in extraction.collaborations:
        collab.parties = list(dict.fromkeys(fix(p) for p in collab.parties))
    extraction.cover.signers = [fix(s) for s in extraction.cover.signers]
    used = _refs_in_use(extraction)
    platforms = _platform_keys(registry)
    for ref, mention in registry.mentions.items():
        if mention.kind is Kind.PRODUCT and ref not in used and mention.key in platforms:
            continue  # "platforms: DepoFoam and Biosphere": a technology's name, not a product's
        if _keep(mention, ref in used):
            preferred = _preferred_name(mention)
            mention.aliases.add(mention.name)  # the name it was found under stays a name of it ("TOPICORT")
            mention.name = " ".join(preferred.split())  # justified text doubles spaces: "EKR  Therapeutics"
            if mention.kind is Kind.ORG:
                mention.aliases |= _without_legal_form(mention, extraction.filing.documents)
                mention.org_class = "Organization" if is_academic(mention.name) else "Company"
            mention.aliases = _distinct_aliases(mention)
            extraction.mentions[ref] = mention
    extraction.roles = _dedupe_roles([r for r in extraction.roles if r.person in extraction.mentions and (r.title or r.organization)])


def _without_legal_form(mention: Mention, documents: list[Document]) -> set[str]:
    """'Biovitrum' of 'Biovitrum AB', 'Genmab' of 'Genmab A/S': a company's name without a legal form that names keep when
    compared ("AB", "A/S", "Oy" are no Inc.), where the filing writes it so too. Only then: across filings an alias joins
    entities, and "Halvex" of "Halvex KGaA" is also the name of "Halvex & Co., Inc."; not a name that is a word alone."""
    bare = set()
    for name in (mention.name, *mention.aliases):
        short = strip_legal_suffix(name)
        if short != name and normalize_name(short) != normalize_name(name) and len(short) > 2 and (
                " " in short or short.lower() not in common_words()) and _written_bare(short, documents):
            bare.add(short)
    return bare


def _written_bare(short: str, documents: list[Document]) -> bool:
    """Whether the filing writes the name on its own, with no legal form after it (each document read in place: a
    10-K's text is not copied for the few names this is asked of)."""
    pattern = re.compile(rf"(?<![\w&-]){re.escape(short)}(?![\w&-]|,?[ ]+(?:{LEGAL_SUFFIX_RE})(?![\w]))")
    return any(pattern.search(doc.text) for doc in documents)


def _platform_keys(registry: Registry) -> set[str]:
    return {key_for(Kind.PRODUCT, n) for m in registry.of_kind(Kind.PLATFORM) for n in (m.name, *m.aliases)}


def _refs_in_use(extraction: Extraction) -> set[Ref]:
    used: set[Ref] = set()
    if extraction.registrant:
        used.add(extraction.registrant)
    for f in extraction.facts:
        used.add(f.subject)
        if isinstance(f.value, Ref):
            used.add(f.value)
    for lic in extraction.licenses:
        used |= {lic.licensor, lic.licensee, lic.asset}
    for collab in extraction.collaborations:
        used |= set(collab.parties)
    for role in extraction.roles:
        used.add(role.person)
        if role.organization:
            used.add(role.organization)
    used.update(extraction.cover.signers)
    return used


# Last words that make a name a company's on their own.
COMPANY_WORDS = {
    "therapeutics", "pharmaceuticals", "pharmaceutical", "pharma", "biosciences", "bioscience", "biotherapeutics",
    "laboratories", "labs", "biotech", "biotechnology", "biologics", "biopharma", "biopharmaceuticals", "biotherapies",
    "immunotherapeutics", "genomics", "medicines", "therapies",
    "biotechnologies", "biopharmaceutical", "ophthalmics", "pharmacare", "biosystems", "biologicals", "pharmaceutica",
}


def _keep(mention: Mention, used: bool) -> bool:
    if used or mention.is_registrant:
        return True
    if mention.kind is Kind.ORG:
        # A bare name said once and in no fact is a company if it says so ("Carisma Therapeutics"), not
        # otherwise ("Strategic Industry Ventures", "Respiratory Vaccines").
        strong = mention.name.split()[-1].lower().strip(".,") in COMPANY_WORDS
        return not is_incidental(mention.name) and (
            has_legal_suffix(mention.name) or is_academic(mention.name) or mention.party or mention.described
            or len(mention.evidence) > 1 or (strong and mention.evidence))
    # A name with no role is not known to be a person, unless the text quotes it.
    return mention.kind is not Kind.PERSON or mention.quoted


# Stems that brands end in too ("Plendil"): a capitalized word ending so keeps its capital.
_BRAND_PRONE_STEMS = ("dil", "adol")  # (and "Panadol")


def _inn_cased(word: str) -> bool:
    return not word.lower().endswith(_BRAND_PRONE_STEMS)


def _preferred_name(mention: Mention) -> str:
    names = [mention.name, *sorted(mention.aliases)]
    if mention.defined_term:
        return mention.name  # the term its grant licenses ("Products"), its other terms ("Kestrel Licensed Technology") aside
    if mention.kind is Kind.PRODUCT:
        inn = [n for n in names if " " in n or is_inn(n)]
        inn = [n for n in inn if all(is_inn(w) or w.lower() in _PAYLOAD_WORDS for w in n.split())] or inn
        if inn:
            best = inn[0]
            # "Zilebesiran is ..." and a headline's "Co-Develop Zilebesiran": an INN is written in lower case
            # (not a brand that merely ends like a short stem: "Plendil")
            single = best[:1].isupper() and best[1:].islower() and _inn_cased(best)
            # ... as is "Ferric citrate" at a sentence's start; an agreement's term keeps its capitals ("Licensed Products")
            lower_rest = best[1:2].islower() and " " in best and not any(w[:1].isupper() for w in best.split()[1:])
            return best[0].lower() + best[1:] if single or lower_rest else best
        return mention.name
    if mention.kind is Kind.PLATFORM:
        return next((n for n in names if re.search(r"\b(?:technology|platform)$", n)), mention.name)
    if mention.kind is Kind.PERSON:
        names = [n for n in names if not with_degrees(n)] or names
    mixed = [n for n in names if n != n.upper()]
    pool = mixed or names
    if mention.kind is Kind.ORG:
        legal = [n for n in pool if has_legal_suffix(n)]
        if not legal and (shouted := [name_case(n) for n in names if n == n.upper() and has_legal_suffix(name_case(n))]):
            # "QUARRA PHARMA INC., a Delaware corporation ("Quarra")": the legal name, not its short form
            legal = shouted
            names += legal
        pool = legal or pool
        return max(pool, key=lambda n: (len(fold(n)) <= 60, -names.index(n) if n in names else 0))
    return max(pool, key=len)


def _distinct_aliases(mention: Mention) -> set[str]:
    """One spelling per name: drop case variants of the label and of each other (mixed case wins)."""
    chosen: dict[str, str] = {fold(mention.name): mention.name}
    for alias in sorted({" ".join(a.split()) for a in mention.aliases}, key=lambda a: (a == a.upper(), a)):
        chosen.setdefault(fold(alias), alias)
    return {a for a in chosen.values() if a != mention.name}


_PAYLOAD_WORDS = {"mertansine", "emtansine", "vedotin", "govitecan", "deruxtecan", "ravtansine", "soravtansine", "tesirine", "mafodotin"}


def _dedupe_roles(roles: list[Role]) -> list[Role]:
    best: dict[tuple[Ref, Ref | None], Role] = {}
    for role in roles:
        key = (role.person, role.organization)
        current = best.get(key)
        if current is None or (role.title and (not current.title or len(role.title) > len(current.title))):
            best[key] = role
    return list(best.values())
