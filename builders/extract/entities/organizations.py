"""Organizations: by form, by description, by definition.

By a legal suffix ("Ono Pharmaceutical Co., Ltd.") or an organization word ("University of Texas"):
:func:`find_organizations`; by what the text says of them ("X, a biotechnology company", "a license
from X"): :func:`find_described_organizations`; by definition ('... ("Ono")', glossaries):
:func:`find_defined_terms`; short names, groups and divisions ("Ono", "the Roche Group"):
:func:`find_short_names`.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ...model import Kind, Ref
from ..context import Registry
from ..names import (
    ACADEMIC_WORDS,
    LEGAL_SUFFIX_RE,
    ORG_KEYWORDS,
    STOP_WORDS,
    fold,
    has_legal_suffix,
    is_inn,
    strip_legal_suffix,
)
from ..places import a_place, places_in
from ..sentences import Sentence
from ..truecase import common_words, name_case
from .common import (
    _DEPARTMENT_BEFORE,
    _INSTITUTION_WORDS,
    ACADEMIC_NAME,
    AND_COMPANY,
    CAP_SEQUENCE,
    CAP_WORD,
    COUNTRIES,
    DEFINED_TERM,
    LEGAL_NAME,
    LOWER_LEGAL_NAME,
    NAME_SEQ,
    UPPER_SUFFIX,
    WEAK_ORG_LAST,
    _alias_shape,
    _is_headline,
    _place_starts,
    _starts_an_org,
    company_of,
    plausible_org_name,
    trim_name,
)

# Law and accounting firms name their partners with commas: "Morgan, Lewis & Bockius LLP", "Skadden, Arps,
# Slate, Meagher & Flom LLP". The surnames before the last are taken when no capitalized word stands before
# them ("Attention: John Smith, Cooley LLP" is a person at Cooley LLP).
_FIRM_SUFFIX = re.compile(r"\s(?:LLP|L\.L\.P\.|P\.C\.)$")
_FIRM_PARTNERS = re.compile(r"(?:^|(?P<before>\S+)\s)(?P<partners>(?:[A-Z][a-z'\-]+,\s){1,4})$")


def _firm_partners(text: str, start: int) -> int:
    """Where a firm's name starts when surnames and commas stand before ``start``; else ``start``."""
    m = _FIRM_PARTNERS.search(text[max(0, start - 120) : start])
    if m is None or (m.group("before") or ":")[0].isupper():
        return start
    return start - len(m.group("partners"))


# An agreement's party set in capitals, before its description or its defined term: 'NEW YORK UNIVERSITY
# (hereinafter "NYU")', "THE UNIVERSITY OF NORTH CAROLINA AT CHAPEL HILL having an address at", "GEORGIA TECH
# RESEARCH CORPORATION, a non-profit corporation". Capitals elsewhere are as often legalese ("THE UNIVERSITY
# SHALL NOT BE LIABLE"), so the party's place in the preamble is what makes the run a name.
_UPPER_WORD = r"[A-Z][A-Z0-9'&.\-]*,?"
UPPER_PARTY = re.compile(rf"(?<![\w&'-])((?:{_UPPER_WORD}[ ]){{1,11}}{_UPPER_WORD})(?=[ ]?\(|,?[ ](?:an?|having|with|organized|incorporated|located)\b)")


_UPPER_INSTITUTION = r"(?:UNIVERSITY|INSTITUTE|FOUNDATION|COLLEGE|HOSPITAL|SCHOOL|CENTER|CENTRE|TRUST|SOCIETY|ASSOCIATION)"
# ... named by its last word, or by an institution "OF"/"AT" a place: "UNIVERSITY OF NORTH CAROLINA AT CHAPEL HILL"
_UPPER_NAMED = re.compile(rf"(?:{_UPPER_INSTITUTION}|,? {UPPER_SUFFIX}|{'|'.join(k.upper() for k in ('therapeutics', 'pharmaceuticals', 'laboratories', 'biosciences', 'pharma', 'biotech'))})$"
                          rf"|{_UPPER_INSTITUTION}(?: (?:OF|AT|FOR|IN)(?: THE)?(?: (?!(?:SHALL|BE|ANY|NOT|NO|IS|ARE|WILL|MAY)\b)[A-Z][A-Z'.\-]*){{1,3}})+$"
                          # ... or, in French, Spanish, Italian or German, by its first: "UNIVERSITE HALDEN", "CENTRE NATIONAL DE ...";
                          # not a clause in capitals ("CENTRE SHALL NOT BE LIABLE")
                          r"|^(?:UNIVERSIT[EÉ]|UNIVERSIDAD|UNIVERSIT[AÀ]|UNIVERSIT[AÄ]T|INSTITUT|INSTITUTO|ISTITUTO|CENTRE|CENTRO|FONDATION|FUNDACI[OÓ]N|"
                          r"FONDAZIONE|STIFTUNG|H[OÔ]PITAL|HOSPITAL)(?: (?!(?:SHALL|BE|ANY|NOT|NO|IS|ARE|WILL|MAY|MUST|MAKES|AGREES|HEREBY|WARRANTS|"
                          r"REPRESENTS|HAS|HAVE|DOES|CAN)\b)[A-Z][A-Z'\-]*){2,}$")


def _upper_parties(sentence: Sentence, registry: Registry) -> list[tuple[int, int]]:
    """Register the capitalized parties of a preamble; returns their spans."""
    spans = []
    for m in UPPER_PARTY.finditer(sentence.text):
        name = trim_name(m.group(1).rstrip(","))
        cased = name_case(name)
        words = cased.lower().split()
        # "New York University": a place's "New" starts it (a stop word elsewhere)
        if not _UPPER_NAMED.search(name) or not plausible_org_name(cased[4:] if _place_starts(cased.split()) else cased) or len(words) < 2:
            continue
        start = m.start(1) + m.group(1).find(name)
        _add_described(registry, sentence, name, start)
        if seat := _SEAT_AFTER.match(sentence.text, start + len(name)):  # "UNIVERSITE HALDEN (PARIS 6)": its name with its seat
            registry.add_alias(registry.lookup(Kind.ORG, name), name + seat.group(0))
        spans.append((start, start + len(name)))
    return spans


_SEAT_AFTER = re.compile(r"[ ]\([A-Z][A-Za-z]+(?:[ ]\d{1,3})?\)")  # "(PARIS 6)", "(Lyon)": a place and its number only


# Founders' surnames with commas, ending "and Company" or "& <Surname> <legal form>": "Becton, Dickinson and
# Company", "Merck, Sharp & Dohme Corp.", "BECTON, DICKINSON AND COMPANY". A list of companies ends otherwise
# ("Pfizer, Merck and Amgen Inc."): "and" before a legal form needs "Company" right after it.
_SURNAME = r"[A-Z][A-Za-z'\-]+"
COMMA_FIRM = re.compile(rf"(?<![\w&'-])((?:{_SURNAME},[ ]){{1,3}}{_SURNAME}[ ](?:(?:and|AND)[ ](?:Company|COMPANY)(?:,?[ ]LLC)?"
                        rf"|&[ ]{_SURNAME}[ ](?:{LEGAL_SUFFIX_RE}|{UPPER_SUFFIX})))(?![\w])")
# ... and the initials that stand before it: "BD (BECTON, DICKINSON AND COMPANY)".
_INITIALS_BEFORE = re.compile(r"(?<![\w-])([A-Z]{2,5})[ ]?\($")


def _comma_firms(sentence: Sentence, registry: Registry) -> list[tuple[int, int]]:
    spans = []
    for m in COMMA_FIRM.finditer(sentence.text):
        name = m.group(1)
        if name.split(",")[0].lower() in common_words() | STOP_WORDS | ROLE_TERMS or not plausible_org_name(name):
            continue  # "Licensor, Parent and Company": the parties' roles
        ref = registry.add(Kind.ORG, name, sentence.span(m.start(1), m.end(1)))
        registry.mentions[ref].described = True  # a legal form, if in capitals
        if (short := _INITIALS_BEFORE.search(sentence.text, 0, m.start(1))) and _is_short_form(short.group(1), name_case(name)):
            registry.add_alias(ref, short.group(1))
        spans.append(m.span(1))
    return spans


# Flattened text glues a company's words: "MarvEnterprises, LLC" for "Marv Enterprises, LLC". A company's own
# camel case ("BioSciences", "ImmunoTherapeutics", "UnitedHealth") joins a prefix or another kind of word.
_GLUED = re.compile(r"\b([A-Z][a-z]{2,}[b-hj-np-z])(Enterprises|Technologies|Pharmaceuticals|Therapeutics|Laboratories|Holdings|Partners)\b")


def _unglued(name: str) -> str:
    return _GLUED.sub(r"\1 \2", name)


# A university's campus after a comma, its initials defined after it: 'University of California, Santa Barbara
# ("UCSB")'. Without the initials the comma may as well start a list.
CAMPUS = re.compile(r"(?<![\w-])(University[ ]of[ ][A-Z][a-z]+(?:[ ][A-Z][a-z]+)?,[ ](?:[A-Z][a-z]+[ ]){0,2}[A-Z][a-z]+)"
                    r"[ ]\((?:the[ ])?[\"\u201c]?([A-Z]{3,6})[\"\u201d]?\)")


def _campuses(sentence: Sentence, registry: Registry) -> list[tuple[int, int]]:
    spans = []
    for m in CAMPUS.finditer(sentence.text):
        if _initials(m.group(1)) == m.group(2):
            registry.add_alias(registry.add(Kind.ORG, m.group(1), sentence.span(*m.span(1))), m.group(2))
            spans.append(m.span(1))
    return spans


# "Aptevo Research and Development LLC": the phrase's "and" inside a legal name (a list's "and" joins names whole).
R_AND_D = re.compile(rf"(?<![\w&'-])((?:{CAP_WORD}[ ]){{1,3}}Research[ ]and[ ]Development(?:[ ]{CAP_WORD}){{0,2}},?[ ](?:{LEGAL_SUFFIX_RE}))(?![\w])")


def _research_and_development(sentence: Sentence, registry: Registry) -> list[tuple[int, int]]:
    spans = []
    for m in R_AND_D.finditer(sentence.text):
        name = trim_name(m.group(1))
        if plausible_org_name(name) and name.split()[0] != "Research":
            start = m.start(1) + m.group(1).find(name)
            registry.add(Kind.ORG, name, sentence.span(start, m.end(1)))
            spans.append((start, m.end(1)))
    return spans


# A sentence in small letters around a name in capitals: prose that sets a company's name in capitals, not a heading
# ("CISCO SYSTEMS TO ACQUIRE COMBINET INC.").
_SMALL_WORD = re.compile(r"\b[a-z]{2,}\b")


def _in_prose(text: str, name: str) -> bool:
    """Whether a name in capitals stands in a sentence of small letters, and is more than a heading's words before
    a legal form ("NOTE REGARDING COMPANY REFERENCES")."""
    words = re.findall(r"[A-Z]{2,}", strip_legal_suffix(name))
    return not all(w.lower() in common_words() for w in words) and len(_SMALL_WORD.findall(text, 0, 2000)) >= 4


def _add_described(registry: Registry, sentence: Sentence, name: str, start: int) -> None:
    """A company its sentence says it is (a legal description, an act only a company does): kept without a fact."""
    registry.mentions[registry.add(Kind.ORG, name, sentence.span(start, start + len(name)))].described = True


# "The Halden and Mariner's Hospital": one name after "The" (not a list, "with Stanmore and Children's Hospital Dunmore")
_POSSESSIVE_AND_BEFORE = re.compile(r"(?<![\w-])[Tt]he[ ]([A-Z][a-z]+)[ ]and[ ]$")


# A company whose name starts with what it is, as French, Spanish, Italian and Portuguese names do: "Les Laboratoires
# Halvier", "Grupo Vantor Internacional", "Laboratorios Quarra" (its name words up to the first word of a sentence).
FIRST_WORD_ORG = re.compile(r"(?<![\w&'-])((?:Les[ ]|Los[ ])?(?:Laboratoires|Laboratorios|Laborat[oó]rios?|Laboratori|Grupo|Groupe|Gruppo)"
                            r"(?:[ ](?:(?:de|des|du|di|del|y|et)[ ])?[A-Z][\w'\u2019-]+){1,3})")


# Where such a name ends: a headline's verb ("Grupo Vantor Signs Agreement"), a country ("Laboratorios Quarra Mexico").
_HEADLINE_VERBS = {"announces", "signs", "receives", "reports", "enters", "launches", "completes", "acquires", "licenses",
                   "gains", "obtains", "submits", "files", "wins", "expands", "extends", "partners", "agrees", "closes", "to"}


def _first_word_organizations(sentence: Sentence, registry: Registry) -> None:
    for m in FIRST_WORD_ORG.finditer(sentence.text):
        words = m.group(1).split(" ")
        cut = next((i for i, w in enumerate(words) if i > 1 and (
            (w.lower() in STOP_WORDS and w[:1].isupper()) or w.lower() in _HEADLINE_VERBS or w.lower() in COUNTRIES)), len(words))
        name = " ".join(words[:cut])
        if plausible_org_name(name) and registry.lookup(Kind.ORG, name) is None:
            _add_described(registry, sentence, name, m.start(1))  # its first word says what it is


# A group's company in a country, the country bracketed inside its name: "Halvane (China) Co", "Quarra Pharma (Hong Kong)
# Limited", "Tervo (Shanghai) Pharmaceutical Co., Ltd.".
_REGIONAL_COMPANY = re.compile(
    r"(?:(?<=--)|(?<![\w-]))(?P<name>(?:[A-Z][\w&'-]*\s){1,4}\((?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\)\s(?:[A-Z][\w&-]*\s){0,3}?"
    r"(?:Co\.?,?\s?(?:Ltd\.?|Limited)|Co\.?(?=[\s,;)]|$)|Company\s+Limited|Limited|Ltd\.?|Inc\.|Pte\.?\s?Ltd\.?|GmbH|AG|S\.A\.|B\.V\.))"
)


def _regional_companies(sentence: Sentence, registry: Registry) -> list[tuple[int, int]]:
    spans = []
    for m in _REGIONAL_COMPANY.finditer(sentence.text):
        if m.group("place").lower() not in COUNTRIES and m.group("place").lower() not in _CHINESE_CITIES:
            continue
        name = m.group("name").rstrip(",")
        registry.add(Kind.ORG, name, sentence.span(m.start("name"), m.start("name") + len(name)))
        spans.append((m.start("name"), m.start("name") + len(name)))
    return spans


# An agreement's title in capitals before its first party: "NS-187 LICENSE AGREEMENT BETWEEN HALDEN PHARMA CO., LTD. AND ...".
_TITLE_BEFORE_PARTY = re.compile(r"\b(?:BY AND BETWEEN|BETWEEN|AMONG|BY AND AMONG)\s+")
# A signature run into its party's name: a title or "/s/" before an initial and a surname, a name after them.
_SIGNED_BEFORE = re.compile(r"(?:/s/|\b(?:Dr|Mr|Ms|Mrs|Prof)\.)\s*$")
_SIGNER_FIRST = re.compile(r"[A-Z]\.\s+[A-Z][a-z]+\s+(?=[A-Z]\w*\s+\S)")


_CHINESE_CITIES = {"shanghai", "beijing", "suzhou", "hangzhou", "guangzhou", "shenzhen", "chengdu", "wuhan", "nanjing", "tianjin"}


# Words of world regions a company names a unit for ("Halvex Pharma Europe", "its commercial arm, Asia Pacific,")
_WORLD_REGIONS = {"asia", "europe", "america", "americas", "emea", "apac", "latam"}
_REGION_ENDS = _WORLD_REGIONS | {"japan", "china", "korea", "australia", "canada", "usa", "us", "uk", "india", "taiwan", "singapore", "israel"}


def find_organizations(sentence: Sentence, registry: Registry) -> None:
    text = sentence.text
    if re.search(r"Laborat|Grup", text):
        _first_word_organizations(sentence, registry)
    parties = _upper_parties(sentence, registry) if re.search(r"[A-Z]{4,} [A-Z]{2,}", text) else []
    parties += _regional_companies(sentence, registry) if ") " in text else []
    parties += _comma_firms(sentence, registry) if re.search(r" (?:and|AND) (?:Company|COMPANY)| & ", text) else []
    parties += _campuses(sentence, registry) if "University of" in text else []
    parties += _research_and_development(sentence, registry) if "Research and Development" in text else []
    for m in LEGAL_NAME.finditer(text):
        if any(a <= m.start(1) and m.end(1) <= b for a, b in parties):
            continue  # "Sharp & Dohme Corp." of "Merck, Sharp & Dohme Corp."
        name = company_of(trim_name(_TITLE_BEFORE_PARTY.split(m.group(1))[-1]))
        if (signer := _SIGNER_FIRST.match(name)) and _SIGNED_BEFORE.search(text, 0, m.start(1) + m.group(1).find(name)):
            name = name[signer.end() :]  # "/s/ Dr. R. Stephan Ultragenyx Pharmaceutical Inc": the signer, then the party
        if name.endswith(" AS") and name[:-3].isupper():
            continue  # "... REPRESENTS THAT AS": capitals of legalese, not a Norwegian company
        start = m.start(1) + m.group(1).find(name)
        if _FIRM_SUFFIX.search(name) and (firm := _firm_partners(text, start)) < start:
            name, start = text[firm:start] + name, firm
        elif ((joined := _POSSESSIVE_AND_BEFORE.search(text, 0, start)) and re.match(r"[A-Z][a-z]+['\u2019]s ", name)
              and joined.group(1).lower() not in common_words() and registry.lookup(Kind.ORG, joined.group(1)) is None):
            name, start = text[joined.start(1) : start] + name, joined.start(1)  # "The Halden and Mariner's Hospital, Inc."
            parties.append((start, m.end(1)))  # ... whose "Mariner's Hospital" is no institution of its own
        if plausible_org_name(name) and len(name.split()) <= 9:
            ref = registry.add(Kind.ORG, _unglued(name), sentence.span(start, m.end(1)))
            registry.add_alias(ref, name)
            if name.isupper() and _in_prose(text, name):
                registry.mentions[ref].described = True  # "has given TAISHO PHARMACEUTICAL CO., LTD. the go-ahead": no heading
    for m in LOWER_LEGAL_NAME.finditer(text):
        name, start = m.group(1), m.start(1)
        if " " in name and name.split()[0] in common_words():  # "with zenvax BV": the name is the word before the form
            name, start = name.split(" ", 1)[1], start + len(name.split(" ", 1)[0]) + 1
        words = [w.strip(",") for w in re.split(r",?[ ]", name)[:-1]]  # the words before the legal form
        if not any(w in common_words() or is_inn(w) for w in words) and plausible_org_name(name):
            registry.add(Kind.ORG, name, sentence.span(start, m.end(1)))  # not "escrow agent Inc.", "adalimumab AG"
    for m in AND_COMPANY.finditer(text) if re.search(r" and (?:Development )?Co", text) else ():
        name = trim_name(m.group(1))
        first = name.split(" and ")[0]
        if (len(first.split()) >= 2 and first.split()[-1].lower() not in ORG_KEYWORDS and not has_legal_suffix(first)
                and not all(w.lower() in common_words() for w in first.split()) and plausible_org_name(name)):
            registry.add(Kind.ORG, name, sentence.span(m.start(1) + m.group(1).find(name), m.end(1)))
    for m in ACADEMIC_NAME.finditer(text):
        name = trim_name(m.group(1))
        if " and " not in name or len(name.split()) < 4 or not plausible_org_name(name):
            continue
        start = m.start(1) + m.group(1).find(name)
        if _two_institutions(name):
            first = name.split(" and ", 1)[0]  # the second, a name of its own, is read by its own pattern
            if len(first.split()) >= 2 and plausible_org_name(first) and registry.lookup(Kind.ORG, first) is None:
                registry.add(Kind.ORG, first, sentence.span(start, start + len(first)))
        elif not _listed_before(name, text, m, registry):
            registry.add(Kind.ORG, name, sentence.span(start, m.end(1)))
    for m in CAP_SEQUENCE.finditer(text):
        if any(a <= m.start(1) and m.end(1) <= b for a, b in parties):
            continue  # a piece of a party's name in capitals ("JUNIOR UNIVERSITY")
        if re.match(r"[A-Z][a-z]+['\u2019]s ", m.group(1)) and _POSSESSIVE_AND_BEFORE.search(text, 0, m.start(1)):
            continue  # "Mariner's Hospital" of "Halden and Mariner's Hospital"
        trimmed = trim_name(m.group(1))
        name, end = company_of(trimmed), m.end(1)
        if re.search(r"[a-z]{4}\.$", name) or (re.search(r"\b[A-Z][a-z]{3}\.$", name) and not has_legal_suffix(name)):
            name, end = name[:-1], end - 1  # the sentence's full stop, not an abbreviation ("Pharmaceuticals.", "Kong.")
        titled = _TITLED_PERSON_BEFORE.search(text, 0, m.start(1)) or _TITLED_PERSON.match(m.group(1)) or _OFFICE_OF.match(name)
        if titled and (of := re.search(r" of (?:the )?", name)) and name.split()[0] == trimmed.split()[0]:
            # "Dr. Sunita Cole of the Ellery Children's Hospital", "CEO and CMO of Eucure Biopharma": the
            # institution after "of" (not "Dr. Bea Dunmore at the University of Iowa", already cut to the institution)
            name = name[of.end() :]
        words = name.split(" ")
        if len(words) < 2 or not (plausible_org_name(name) or _spelled_acronym_after(words, text, end)) or words[-1] in ("Suite", "Floor", "Offices"):
            continue  # ("2000-2000 McGill College  Suite 2000  Montreal": an address, a street and its suite)
        last = words[-1].lower().strip(".")
        if _DEPARTMENT_BEFORE.search(text, 0, m.start(1)):
            continue
        academic = _INSTITUTION_WORDS & {w.lower() for w in words} or (
            len(words) >= 3 and (re.search(r"\b(?:Cancer|Medical|Research)\s+(?:Center|Centre)$", name)
                                 # (not cut where its name goes on: "Center for Disease Control and Prevention")
                                 or (re.match(r"(?:The\s+)?(?:Center|Centre)\s+for\s+[A-Z]", name) and not re.match(r"\s+and\s+[A-Z]", text[end:]))))
        # ("Lindqvist Cancer Center", "Center for Neurologic Study")
        if academic and name.isupper() and not _UPPER_NAMED.search(name):
            continue  # "EVENT SHALL THE UNIVERSITY BE LIABLE": legalese in capitals, no institution's name
        if last in ORG_KEYWORDS and not academic and _is_headline(text):
            continue  # "... Leadership in RNAi Therapeutics with ...": a headline capitalizes every word
        if all(w.lower() in _DEMONYMS | ORG_KEYWORDS for w in words) and re.match(r"\s+(?:company|companies|firm|group)\b", text[end:]):
            continue  # "a fully integrated European Pharmaceutical company": what a company is, not its name
        if a_place(words[0]) and _PATENT_NUMBER_BEFORE.search(text, 0, m.start(1)):
            continue  # "AU 2012268859 Australia Pharmaceutical compositions containing ...": a patent's country and title
        # ("Specialised Therapeutics Asia", "Halvex Pharma Europe": a company's unit for a region)
        regional = last in _REGION_ENDS and len(words) >= 3 and words[-2].lower() in ORG_KEYWORDS and words[-2].lower() not in WEAK_ORG_LAST
        if (last in ORG_KEYWORDS and last not in WEAK_ORG_LAST) or (academic and len(words) >= 2) or regional:
            if re.search(r"\b(?:Center|Centre)$", name) and not re.search(r"Medical|Cancer|Research", name):
                continue
            registry.add(Kind.ORG, name, sentence.span(m.start(1) + m.group(1).find(name), end))


# 'the Biotechnology Research Institute ("BRI")': words any institute's name may have, made a name by the acronym
# of their initials that the text defines for them.
_DEFINED_ACRONYM = re.compile(r"\s*\((?:the\s+)?[\"\u201c](?P<acronym>[A-Z]{2,6})[\"\u201d]\)")


def _spelled_acronym_after(words: list[str], text: str, end: int) -> bool:
    defined = _DEFINED_ACRONYM.match(text, end)
    return (bool(defined) and len(words) >= 3 and words[0].lower() not in STOP_WORDS  # (not 'the Research Institute ("RI")')
            and defined.group("acronym") == "".join(w[0] for w in words if w[:1].isupper()))


# A patent's number in a list of a family's patents, before its country: "AU 2012268859 Australia ...".
_PATENT_NUMBER_BEFORE = re.compile(r"\b[A-Z]{2} \d{6,}(?:/\d+)?\s+$")  # (not a postal code: "FR 75008 Paris ...")


# Words of institutions' names after "University" (besides ACADEMIC_WORDS and ORG_KEYWORDS): "University Medical Center
# Groningen", "University Health Network", "University Hospitals".
_INSTITUTION_PARTS = {"hospitals", "medical", "network", "clinics", "system", "systems"}


def drop_role_terms_things(registry: Registry) -> None:
    """Once an agreement's roles are known: its things named after a party's role are no institutions."""
    for mention in registry.of_kind(Kind.ORG):
        if not has_legal_suffix(mention.name) and _INSTITUTION_WORDS & {w.lower() for w in mention.name.split()} and _role_terms_thing(mention.name, registry):
            registry.drop(mention.ref)


def _role_terms_thing(name: str, registry: Registry) -> bool:
    """A thing an agreement names after the role it gave a party: "University Intellectual Property", "University
    Indemnitees", "Data at the University", or a document of the party's ("University of Iowa's Operations Manual")."""
    words = name.split()
    if (words[0] in registry.role_terms and len(words) > 1 and words[1] not in ("of", "for", "at")
            and not {w.lower().strip(",.") for w in words[1:]} & (ORG_KEYWORDS | ACADEMIC_WORDS | _INSTITUTION_WORDS | _INSTITUTION_PARTS)):
        return True  # (not "University Health Network", "University Hospital Halden", "University College London")
    if (m := re.search(r"\b(?:at|by|of|for|from|to)\s+the\s+(\w+)$", name)) and m.group(1) in registry.role_terms and m.start() > 0:
        return True
    owner, _, owned = name.partition("'s ") if "'s " in name else name.partition("\u2019s ")
    return bool(owned) and registry.lookup(Kind.ORG, owner) is not None and not {w.lower() for w in owned.split()} & ORG_KEYWORDS


# The second of two institutions: "University of X", or a name that reaches its institution word without "of" ("Iowa
# State University"; not "Surgeons of Dunmore University" of one college, nor "Hospital Research Foundation").
_SECOND_INSTITUTION = re.compile(r"(?:University|Institute|College)[ ]of[ ][A-Z]"
                                 r"|(?!(?:Hospital|Research|Medical|Cancer|Health|Sciences?)\b)[A-Z][a-z]+(?:[ ][A-Z][\w.'-]*){0,3}?[ ](?:University|Institute|College|Hospital|Foundation)$")


def _two_institutions(name: str) -> bool:
    """'University of Wexford and Dunmore State University': each side of "and" an institution's name of its own (not
    'Halden and Mariner's Hospital', 'University of Medicine and Dentistry of New Jersey')."""
    first, second = name.split(" and ", 1)
    # ("Northgate School of Medicine and South Dunmore Medical Foundation": a school or a center is one on the left)
    return bool(_FIRST_INSTITUTION & {w.lower() for w in first.split()}) and _SECOND_INSTITUTION.match(second) is not None


_FIRST_INSTITUTION = _INSTITUTION_WORDS | {"school", "center", "centre"}


def _listed_before(name: str, text: str, m: re.Match, registry: Registry) -> bool:
    """'X and Y's Hospital' is one name only after "The" and when X is no organization of its own."""
    if re.search(r" and [A-Z][a-z]+['\u2019]s ", name) is None:
        return False
    joined = re.match(r"(?:The )?([A-Z][a-z]+) and ", name)
    if joined is None:
        return True  # "Dunmore General and Children's Hospital": two words before "and" are a list's
    after_the = name.startswith("The ") or re.search(r"\b[Tt]he $", text[: m.start(1) + m.group(1).find(name)]) is not None
    return not after_the or registry.lookup(Kind.ORG, joined.group(1)) is not None


# What the text says a company is, before or after its bare name: "Danish biotechnology company Genmab", "pharma giant
# Novartis", "Novimmune, a Swiss pharmaceutical development company" (not "a biotech company founder": a person).
_INDUSTRY = r"(?:bio\w+|pharma\w*|drug(?:\s+delivery)?|gene\s+therapy|cell\s+therapy|vaccines?|life\s+sciences?|diagnostics?)"
_COMPANY_NOUN = r"(?:company|firm|developer|maker|giant)(?!\s+(?:co-?)?(?:founder|executive|officer|veteran|leader)s?\b)"
DESCRIBED_BEFORE = re.compile(rf"\b(?:{_INDUSTRY}\s+(?:[a-z]+\s+)?{_COMPANY_NOUN}|drug-?makers?)\s+(?P<name>{NAME_SEQ})")
DESCRIBED_AFTER = re.compile(rf"(?<![\w&'-])(?P<name>{NAME_SEQ}),\s+an?\s+(?:[\w\-.]+\s+){{0,4}}?{_INDUSTRY}\s+(?:[a-z]+\s+)?{_COMPANY_NOUN}")
# "Exelixis (NASDAQ:EXEL)", "Novartis (NOVN: VX)", "Molecular Partners (SIX: MOLN; NASDAQ: MOLN)": a stock's listing.
LISTED_AS = re.compile(rf"(?<![\w&'/-])(?P<name>{NAME_SEQ})[ ]\((?:[A-Z]{{2,6}}|Nasdaq|OTC\w*)(?:[ ][A-Z][a-z]+)?\s*:\s*[A-Z][A-Z0-9.]{{1,6}}[;)]")


# What only a company does in an agreement's clauses: it has Affiliates ("exclusive (even as to WuXi and its
# Affiliates)", "Zorbix and itsAffiliates" as flattened text glues it), and it grants the license ("Halden hereby
# grants to Quarra", "Halden shall grant and hereby grants to Quarra", "hereby grants, to Quarra").
_AFFILIATED = re.compile(rf"(?<![\w&'-])(?P<name>{NAME_SEQ})(?:['\u2019]s|[ ]+(?:and|or)[ ]+its[ ]*)(?:Affiliates|affiliates|Subsidiaries|subsidiaries)\b")
_GRANTOR = re.compile(rf"(?<![\w&'-])(?P<name>{NAME_SEQ})[ ]+(?:(?:shall|agrees[ ]to)[ ]grant,?[ ]and[ ])?hereby[ ]grants\b")
_GRANTEE = re.compile(rf"\bhereby[ ]grants,?[ ]+to[ ]+(?P<name>{NAME_SEQ})(?=[ ]+(?:an?|the)\b|[ ]*[,(])")


def _acting_parties(sentence: Sentence, registry: Registry) -> None:
    """Bare names an agreement's clauses show to be companies: one word that is no English word ("R-Pharm",
    "WuXi"), never a role ("Licensee", "Company") or a person's name."""
    text = sentence.text
    if "ffiliates" not in text and "ubsidiaries" not in text and "hereby grants" not in text:
        return
    for m in [*_AFFILIATED.finditer(text), *_GRANTOR.finditer(text), *_GRANTEE.finditer(text)]:
        name = m.group("name")
        if " " in name or not name[0].isalpha() or re.fullmatch(LEGAL_SUFFIX_RE, name) or name.lower() in common_words() | STOP_WORDS | ROLE_TERMS:
            continue  # "Acme, Inc. and its affiliates": the name before the legal form is already known
        if registry.lookup(Kind.PERSON, name) or _starts_an_org(name, registry):
            continue  # (the first word of a party named in full: 'Bachem Americas, Inc. ("Bachem")', defined later)
        if len(name) >= 3 and not registry.lookup(Kind.ORG, name) and not registry.lookup(Kind.PRODUCT, name):
            registry.mentions[registry.add(Kind.ORG, name, sentence.span(m.start("name"), m.end("name")))].party = True


# What a company owns or does, said of a bare name: "Tubulis' proprietary Tubutecan platform", "Capsigen's
# proprietary capsid technology", "Halden has entered into an agreement with", "Halden said it will".
_COMPANY_ACTS = re.compile(
    rf"(?<![\w&'.-])(?P<name>{NAME_SEQ})(?:(?P<owns>['\u2019]s|(?<=s)['\u2019])[ ]+proprietary\b"
    r"|[ ]+(?:has[ ]|have[ ])?entered[ ]into[ ](?:an?|the)[ ](?:[\w-]+[ ]){0,4}?(?:licen[sc]e|licensing|collaboration|option)[\w ,-]{0,40}?agreement\b"
    r"|[ ]+said[ ]it[ ])"
)


def _owning_parties(sentence: Sentence, registry: Registry) -> None:
    text = sentence.text
    if "proprietary" not in text and "entered into" not in text and "said it" not in text:
        return
    for m in _COMPANY_ACTS.finditer(text):
        name = trim_name(m.group("name"))
        words = name.split()
        if len(words) > 3 or len(name) < 2 or not name[0].isalpha() or _TITLED_PERSON.match(m.group("name")) or _TITLED_PERSON_BEFORE.search(text, 0, m.start("name")):
            continue  # "Dr. Halden's proprietary method": a person's
        keyword = words[-1].lower() in ORG_KEYWORDS and len(words) > 1  # "Molecular Partners' proprietary"
        if (all(w.lower() in common_words() | STOP_WORDS | ROLE_TERMS for w in words) and not keyword) or not plausible_org_name(name):
            continue  # "the Company's proprietary", "Licensee has entered into"
        if len(words) > 1 and not m.group("owns") and not keyword:
            continue  # "John Halden has entered into a license agreement": a person may, as a company does
        if any(registry.lookup(kind, name) for kind in (Kind.PERSON, Kind.PRODUCT, Kind.PLATFORM, Kind.ORG)):
            continue
        _add_described(registry, sentence, name, m.start("name") + m.group("name").find(name))


# An agreement's party by its legal description alone: "SCRAS, a company incorporated under the laws of France",
# "Halden, a Delaware corporation with offices at", "Quarra, a limited liability company organized under".
_PARTY_DESCRIBED = re.compile(
    rf"(?<![\w&'.-])(?P<name>{NAME_SEQ}),[ ]an?[ ](?:(?!(?:of|where|which|that|whose|in|by|for)[ ])[\w-]+[ ]){{0,4}}?(?:corporation|company|partnership)"
    r"(?=[ ](?:organized|incorporated|existing|formed|having|with|located|whose)\b|[ ]?[,(])"
)


# A contract manufacturer or research organization, named before or after what it is: "Sterling Pharmaceutical
# Services, or Sterling, a contract manufacturing organization", "our new CMO partner for the bulk solution, Piramal
# Pharma Solutions,".
_CONTRACT_ORG = r"(?:contract[ ](?:development[ ]and[ ])?(?:manufacturing|research)[ ]organization|CMO|CRO|CDMO)"
CONTRACT_AFTER = re.compile(rf"(?<![\w&'-])(?P<name>{NAME_SEQ})(?:,[ ]or[ ][A-Z][\w-]*(?:[ ][A-Z][\w-]*){{0,2}})?,[ ](?:a|an|our)[ ](?:[\w-]+[ ]){{0,3}}?{_CONTRACT_ORG}\b")
CONTRACT_BEFORE = re.compile(rf"\b{_CONTRACT_ORG}(?:[ ]partner)?(?:[ ][a-z0-9][^,.;A-Z]{{0,60}})?,[ ](?P<name>{NAME_SEQ})(?=,|[ ]\()")


def _contract_organizations(sentence: Sentence, registry: Registry) -> None:
    if not re.search(r"\b(?:CMO|CRO|CDMO|contract (?:development and )?(?:manufacturing|research) organization)", sentence.text):
        return
    for m in [*CONTRACT_AFTER.finditer(sentence.text), *CONTRACT_BEFORE.finditer(sentence.text)]:
        name = trim_name(m.group("name"))
        words = name.split()
        if len(words) > 5 or not plausible_org_name(name) or name.lower() in ROLE_TERMS:
            continue  # what it is makes a name of ordinary words one ("Sterling Pharmaceutical Services")
        if not any(registry.lookup(kind, name) for kind in (Kind.PERSON, Kind.PRODUCT, Kind.PLATFORM)):
            _add_described(registry, sentence, name, m.start("name") + m.group("name").find(name))


# A part of a company named after what it is: "its commercial arm, Alta Innovations", "our wholly owned subsidiary
# Pellworth Labs", "the spin-off of First Tracks Bio" (GOLD.md: a subsidiary that plays a part is a company).
# ("Luye Pharma's biotech subsidiary Boan has licensed ...": a company's possessive, and a word of what the part does)
SUB_ENTITY = re.compile(
    rf"(?:\b(?:its|their|our|the)|(?<![\w-])[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){{0,3}}['\u2019]s)\s+"
    rf"(?:(?:wholly[- ]owned|majority[- ]owned|commercial|technology[- ]transfer|venture|biotech|biotechnology|pharmaceutical)\s+)?"
    rf"(?:subsidiary|affiliate|arm|spin-?out|spin-?off)(?:\s+of)?,?\s+(?P<name>{NAME_SEQ})(?=[,.;]|\s+\(|\s+(?:and|in|is|was|has|will)\b)"
)
_REGION_WORDS = _WORLD_REGIONS | {"pacific", "north", "south", "east", "west", "central", "middle", "africa", "nordics", "greater", "china"}
_NOT_A_UNITS_NAME = re.compile(r"\b(?:Branch|Office|Region|Division|Pacific|Segment|Unit)$")
# The parties an agreement is between: "a license agreement between PureTech Health and Monash University".
BETWEEN = re.compile(rf"\b(?:agreements?|collaboration|license|licence)\s+(?:\([^()]{{1,60}}\)\s+)?(?:dated\s+[^,]{{4,30}}\s+)?between\s+"
                     rf"(?P<name>{NAME_SEQ})\s+and\s+(?P<other>{NAME_SEQ})")


# ... and the company it belongs to: "the commercial arm of Cancer Research UK", "a wholly owned subsidiary of Halden".
# (Not "an affiliate of": people have affiliates too.)
PARENT_OF = re.compile(rf"\b(?:a|an|the|its)\s+(?:(?:wholly[- ]owned|majority[- ]owned|indirect|direct|commercial|technology[- ]transfer)\s+)?"
                       rf"(?:subsidiary|arm|division)\s+of\s+(?:the\s+)?(?P<name>{NAME_SEQ})(?=[,.;)]|\s+\(|\s+(?:and|in|is|was|has|will|to)\b|[ ]?[\u2013\u2014-])")


# ... and the subsidiary itself, named before what it is: "Halvane Australia (a wholly owned subsidiary of Halvane, Inc.)",
# "Velmar Labs, an indirect subsidiary of Orvane" (its name may be its parent's and a place's).
SUBSIDIARY_NAMED = re.compile(rf"(?<![\w&'-])(?P<name>{NAME_SEQ})(?:\s+\(|,\s+)(?:a|an)\s+(?:(?:wholly[- ]owned|majority[- ]owned|indirect|direct)\s+)*"
                              rf"subsidiary\s+of\b")


# ... or the group it belongs to, in the name's place: "Velmar AG, a Halvane & Halvane company", "Orvane, Inc., a Quarra
# Holdings company". Only a name that is plainly a company's (an "&", a company word, a legal form) or one the filing has
# named as a company already: "a San Diego company", "a Luxembourg company", "a Japanese company" say where it is.
_DEMONYMS = {
    "american", "european", "asian", "african", "japanese", "chinese", "korean", "indian", "israeli", "swiss", "german",
    "french", "british", "english", "dutch", "danish", "swedish", "norwegian", "finnish", "italian", "spanish",
    "portuguese", "belgian", "austrian", "irish", "scottish", "canadian", "australian", "brazilian", "mexican", "russian",
    "polish", "hungarian", "greek", "turkish", "taiwanese", "singaporean", "thai", "vietnamese", "indonesian", "malaysian",
    "nordic", "scandinavian", "latin", "icelandic", "emirati", "saudi", "egyptian", "argentine", "chilean", "colombian",
    "czech", "bavarian",
}
PARENT_COMPANY = re.compile(rf",\s+an?\s+(?P<name>{NAME_SEQ})\s+(?:group\s+)?company\b")


def _a_group_company(name: str, registry: Registry, before: str = "") -> bool:
    words = name.split()
    if words[0].lower() in _DEMONYMS or name.lower() in COUNTRIES:
        return False  # "a European Pharmaceutical company"
    shaped = "&" in words or has_legal_suffix(name) or any(w.lower() in ORG_KEYWORDS for w in words[1:])
    # "AveXis, Inc., a Novartis company": a coined word in apposition to a company names the group it belongs to (not
    # "Zeltia Labs, a Delaware company", "a Nasdaq company", "a Leading company")
    coined = (len(words) == 1 and name.lower() not in common_words() | STOP_WORDS | _DEMONYMS and not name.isupper()
              and not places_in(name) and not a_place(name) and _COMPANY_BEFORE.search(before) is not None)
    return shaped or coined or registry.lookup(Kind.ORG, name) is not None


_COMPANY_BEFORE = re.compile(rf"(?:{LEGAL_SUFFIX_RE})\.?$")


def _sub_entities(sentence: Sentence, registry: Registry) -> None:
    text = sentence.text
    found = [m.group("name") for m in SUB_ENTITY.finditer(text)] if re.search(r"subsidiary|affiliate|\barm\b|spin-?o", text) else []
    found += [m.group("name") for m in PARENT_OF.finditer(text)] if re.search(r"(?:subsidiary|arm|division) of", text) else []
    found += [m.group("name") for m in SUBSIDIARY_NAMED.finditer(text)] if "subsidiary of" in text else []
    found += [m.group("name") for m in PARENT_COMPANY.finditer(text)
              if _a_group_company(m.group("name"), registry, text[max(0, m.start() - 80) : m.start()])] if " company" in text else []
    for m in BETWEEN.finditer(text) if " between " in text else ():
        found += [m.group("name"), m.group("other")]
    for raw in found:
        name = trim_name(raw.rstrip("."))
        if raw.rstrip(".").split()[0].lower() not in {"the", "a", "an"} and name != raw.rstrip("."):
            continue  # "the spin-off of First Tracks Bio": a name starting with a word trim_name drops, kept back
        words = name.split()
        if len(words) > 4 or not plausible_org_name(name) or all(w.lower() in common_words() | STOP_WORDS for w in words):
            continue  # "its subsidiary Research", "between the Company and Licensee"
        if name.isupper() and len(words) == 1:
            continue  # "a subsidiary of LACQ": initials a filing defines for a name it has spelled out
        if all(places_in(w) or w.lower() in _REGION_WORDS for w in words) or _NOT_A_UNITS_NAME.search(name):
            continue  # "its commercial arm, Asia Pacific,", "subsidiary Korea Branch": where a part is, not its name
        if name.lower() in ROLE_TERMS or any(registry.lookup(k, name) for k in (Kind.PERSON, Kind.PRODUCT, Kind.PLATFORM, Kind.ORG)):
            continue
        start = text.find(name)
        _add_described(registry, sentence, name, start)


def _described_parties(sentence: Sentence, registry: Registry) -> None:
    if not re.search(r", an? [^,]{0,40}?(?:corporation|company|partnership)", sentence.text):
        return
    for m in _PARTY_DESCRIBED.finditer(sentence.text):
        name = trim_name(m.group("name"))
        words = name.split()
        if len(words) > 4 or not name[0].isalpha() or not plausible_org_name(name) or has_legal_suffix(name):
            continue  # "Acme, Inc., a Delaware corporation": the legal name is found whole
        if all(w.lower() in common_words() | STOP_WORDS | ROLE_TERMS for w in words) or name.lower() in ROLE_TERMS:
            continue  # "Parent, a Delaware corporation", "Merger Sub, a Delaware corporation": roles
        if any(registry.lookup(kind, name) for kind in (Kind.PERSON, Kind.PRODUCT, Kind.PLATFORM, Kind.ORG)):
            continue
        _add_described(registry, sentence, name, m.start("name") + m.group("name").find(name))


# Where a bare name stands, only a company stands: a deal's partner ("the financial collaborations for P with
# Halden", "a license agreement with Halden"), and the owner of a technology or of a deal ("Halden's nanobody
# technology platform", "Halden's collaboration").
_PARTNER_WITH = re.compile(
    r"\b(?:collaborations?|partnerships?|alliances?|licen[sc]es?|(?:licen[sc]e|licensing|collaboration|co-development|co-promotion|option)"
    r"(?:[ ]and[ ][a-z-]+)?[ ]agreements?)(?:[ ](?:for|on|of)[ ][^,.;()]{1,40}?)?"
    rf"[ ]with[ ](?P<name>{NAME_SEQ})(?=[,.;)]|$|[ ](?:and|to|for|in|on|under|that|which|whereby|pursuant)\b|[ ]\()"
)
# ... and the partner of the same deal's next item: "collaborations for P1 with Halden and P2 with Quarra".
_AND_WITH = re.compile(rf"[ ]and[ ][^,.;()]{{1,40}}?[ ]with[ ](?P<name>{NAME_SEQ})(?=[,.;)]|$|[ ]\()")
_OWNER_OF = re.compile(
    rf"(?<![\w&'.-])(?P<name>{NAME_SEQ})['\u2019]s[ ](?:[\w-]+[ ]){{0,3}}?"
    r"(?:platforms?|technolog(?:y|ies)|collaborations?|partnerships?|licen[sc]e[ ]agreements?)\b"
)


def _partner_names(sentence: Sentence, registry: Registry) -> None:
    text = sentence.text
    matches = []
    for m in _PARTNER_WITH.finditer(text) if " with " in text else ():
        matches += [m, *filter(None, [_AND_WITH.match(text, m.end())])]
    matches += [*_OWNER_OF.finditer(text)] if "'s " in text or "\u2019s " in text else []
    for m in matches:
        if a_place(m.group("name")):
            continue  # "New Zealand's leading knowledge and technology transfer company": a country owns nothing here
        name = trim_name(m.group("name"))
        if re.search(r"[a-z]\.$", name) and not has_legal_suffix(name):
            name = name[:-1]  # the sentence's full stop, not an abbreviation
        words = name.split()
        if not words or len(words) > 3 or not name[0].isalpha() or has_legal_suffix(name) or not plausible_org_name(name):
            continue  # a legal name is found whole elsewhere
        if name.isupper() or any(re.fullmatch(r"[A-Z][a-z]?\.", w) for w in words):
            continue  # initials a filing defines for a name it spells out ("with HMR"); a person ("with Jane K. Roe", "Ph.")
        if all(w.lower() in common_words() | STOP_WORDS | ROLE_TERMS for w in words) or name.lower() in ROLE_TERMS:
            continue  # "an agreement with Licensee", "a collaboration with Research"
        if _TITLED_PERSON.match(m.group("name")) or _TITLED_PERSON_BEFORE.search(text, 0, m.start("name")):
            continue  # "an agreement with Dr. Halden"
        if any(registry.lookup(kind, name) for kind in (Kind.PERSON, Kind.PRODUCT, Kind.PLATFORM, Kind.ORG)):
            continue
        _add_described(registry, sentence, name, m.start("name") + m.group("name").find(name))


def find_described_organizations(sentence: Sentence, registry: Registry) -> None:
    """Companies named bare where the text says what they are or where their stock trades."""
    text = sentence.text
    _acting_parties(sentence, registry)
    _owning_parties(sentence, registry)
    _described_parties(sentence, registry)
    _contract_organizations(sentence, registry)
    _sub_entities(sentence, registry)
    _partner_names(sentence, registry)
    described = re.search(r"\b(?:company|firm|developer|maker|giant|drug-?makers?)\b", text) is not None  # few sentences: look first
    listed = re.search(r"\([A-Z][A-Za-z]*\s*:", text) is not None
    matches = [*DESCRIBED_BEFORE.finditer(text), *DESCRIBED_AFTER.finditer(text)] if described else []
    for m in [*matches, *(LISTED_AS.finditer(text) if listed else ())]:
        raw = re.sub(r"['\u2019]s$", "", m.group("name"))  # "company Takeda's": the possessor
        if re.search(r"\b[A-Z0-9]$", raw):
            continue  # "Company B, a private biotechnology company": a name the text keeps back
        name = trim_name(raw)
        if re.search(r"[A-Za-z]{2}\.$", name) and not has_legal_suffix(name):
            name = name[:-1]  # "drugmaker GSK.": the sentence's full stop
        if len(name.split()) <= 4 and plausible_org_name(name) and not registry.lookup(Kind.PRODUCT, name) and not has_legal_suffix(name):
            start = m.start("name") + raw.find(name)
            _add_described(registry, sentence, name, start)


_OFFICE_OF = re.compile(r"(?:CEO|CFO|COO|CMO|CSO|CTO|CBO|CCO|EVP|SVP|VP|President|Chairman|Chair|Director|Founder"
                        r"|(?:Principal\s+|Senior\s+)?Investigator|Fellow|Professor|Scientist|Researcher)(?: and [A-Z]{2,4})? of ")
_TITLED_PERSON_BEFORE = re.compile(r"\b(?:Dr|Prof|Professor|Mr|Ms|Mrs)\.?[ ]$")
_TITLED_PERSON = re.compile(r"(?:Dr|Prof|Professor|Mr|Ms|Mrs)\.?[ ][A-Z]")


# Defined terms that name a party by its role in an agreement or a deal.
ROLE_TERMS = {
    "parent", "purchaser", "buyer", "seller", "licensee", "licensor", "sublicensee", "sublicensor", "partner",
    "collaborator", "acquirer", "merger sub", "issuer", "investor", "distributor", "supplier",
    "manufacturer", "sponsor", "institution", "university", "lender", "borrower", "guarantor", "marketer", "commercializer",
    # a merger's placeholders
    "opco", "holdco", "newco", "topco", "bidco",
}


# A glossary's line: "Grünenthal - Grünenthal Group.", "GSK - GlaxoSmithKline plc." (annual reports end with one).
GLOSSARY_LINE = re.compile(rf"(?P<short>[A-Z][\w&.'-]*(?:[ ][A-Z][\w&.'-]*){{0,2}})[ ]+[-\u2013\u2014][ ]+"
                           rf"(?P<full>{NAME_SEQ}(?:,?[ ](?:{LEGAL_SUFFIX_RE}))?)\.?")


def _glossary_entry(sentence: Sentence, registry: Registry) -> None:
    m = GLOSSARY_LINE.fullmatch(sentence.text.strip())
    if m is None:
        return
    short, full = m.group("short"), m.group("full").rstrip(".")
    last = full.split()[-1].lower().strip(".,")
    named = has_legal_suffix(full) or last in ORG_KEYWORDS or last in ACADEMIC_WORDS
    if named and len(full.split()) > 1 and _is_short_form(short, full) and plausible_org_name(full):
        start = sentence.text.find(full)
        ref = registry.add(Kind.ORG, full, sentence.span(start, start + len(full)))
        registry.mentions[ref].described = True  # the glossary says what it is
        registry.add_alias(ref, short)


def find_defined_terms(sentence: Sentence, registry: Registry) -> None:
    """``Ono Pharmaceutical Co., Ltd. ("Ono")``: the quoted short form becomes an alias;
    ``("Parent" or "Kuva")`` defines two terms at once."""
    text = sentence.text
    if " - " in text or " \u2013 " in text or " \u2014 " in text:
        _glossary_entry(sentence, registry)
    for m in DEFINED_TERM.finditer(text):
        _define(m.group(1).strip(), text[max(0, m.start() - 300) : m.start()], registry, bare=m.group(0)[1] in "\"'")
    for m in _TWO_TERMS.finditer(text):
        for term in m.group(1, 2):
            _define(term.strip(), text[max(0, m.start() - 300) : m.start()], registry)
    # "Mitsubishi Tanabe Pharma Corporation (Head Office: Osaka; ...; hereafter, "MTPC")": the term ends a
    # longer parenthetical; what it names is the name before the bracket
    for m in _TERM_AFTER_DETAILS.finditer(text):
        _define(m.group(2).strip(), text[max(0, m.start() - 300) : m.start()], registry)


_TERM_AFTER_DETAILS = re.compile(r"\((?P<details>[^()\"\u201c]{3,160});\s+(?:hereafter|hereinafter)(?:,|\s+referred\s+to\s+as|\s+called)?\s+"
                                 r"[\"\u201c]([^\"\u201c\u201d()]{2,60})[\"\u201d]\)")


_TWO_TERMS = re.compile(r"\(\s*(?:the\s+)?[\"\u201c]([^\"\u201c\u201d()]{2,60})[\"\u201d],?\s+(?:or|and)\s+(?:the\s+)?[\"\u201c]([^\"\u201c\u201d()]{2,60})[\"\u201d]\s*\)")


def _define(term: str, before: str, registry: Registry, bare: bool = False) -> None:
    """``bare``: the term stands alone in its brackets ('("Company")', not '(the "Company")')."""
    if not term[:1].isupper() or len(term.split()) > 6:
        return
    target = _last_named_before(before, registry)
    if target is None:
        return
    # (the subsidiary the term follows, when it shortens its name as well as its parent's: "Halvane US LLC, a
    # subsidiary of Halvane Pharma Inc. ("Halvane")")
    ref, surface = target[:2] if target.subsidiary and _is_short_form(term, target.surface) else (
        _named_by(term, before, registry) or target[:2])
    if term.lower() in {"company", "the company", "registrant", "corporation"}:
        if registry.registrant in (None, ref):
            registry.add_alias(ref, f"the {term}" if not term.lower().startswith("the ") else term)
            if not term.lower().startswith("the ") and (registry.registrant is None or bare):
                # an agreement's "Company shall ...": the party it defined ('TScan, Inc. ("Company")'; a report's
                # '(the "Company")' is "the Company" only, and "Cowen and Company, LLC" keeps its word)
                registry.add_role_term(term, ref)
        return
    if ref.kind is Kind.ORG and term.lower() in ROLE_TERMS and term.lower() != surface.lower():
        # '... UNIVERSITY OF X (hereinafter "University")': a role the agreement gives the party, no name of it
        registry.add_role_term(term, ref)
    elif (ref.kind is Kind.ORG and _is_short_form(term, surface)) or (ref.kind is not Kind.ORG and _alias_shape(term)):
        registry.add_alias(ref, term)
    elif ref.kind is Kind.ORG and _PARTY_DESCRIPTION.search(between := before[before.rfind(surface) + len(surface) :]) and _coined(term, between):
        # 'GLAXO GROUP LIMITED, a United Kingdom corporation, having its principal office at ... ("GSK")':
        # the term an agreement names a party by, whatever its letters.
        registry.add_alias(ref, term)
    elif ref.kind is Kind.ORG and _MERGER_PARTY.fullmatch(term) and term.split()[-1].lower() == surface.split()[0].lower():
        # 'Verdant Oncology, Inc., a Delaware corporation ("Private Verdant")': a merger party named apart
        # from the company that takes its name.
        registry.add_alias(ref, term)


# "Alligator Bioscience AB (Alligator)", "Lytix BioPharma AS, or Lytix,": unquoted short names.
_UNQUOTED_SHORT = re.compile(r"(?:\s*['\u2019]s(?=\s*\())?(?:,?\s*\(\s*|,\s+or\s+(?:the\s+)?)(?P<short>[A-Z][\w&.\-]{1,30}(?: [A-Z][\w&.\-]{1,30}){0,2})(?:\s*\)|,|\.(?=\s|$))")


# A short name or a role in brackets after a party's address, its quotes lost to flattening: "Bioeq IP AG, having its
# place of business at [***] (Bioeq)", "Coherus BioSciences, Inc., having its principal place of business at ... (Licensee)".
_BARE_TERM = re.compile(r"\((?P<term>[A-Z][\w&.\-]{1,30}(?:[ ][A-Z][\w&.\-]{1,30}){0,2})\)")


def _terms_after_address(text: str, registry: Registry) -> None:
    for m in _BARE_TERM.finditer(text):
        before = text[max(0, m.start() - 300) : m.start()]
        target = _last_named_before(before, registry)
        if target is None or target.ref.kind is not Kind.ORG:
            continue
        ref, surface = target.ref, target.surface
        between = before[before.rfind(surface) + len(surface) :]
        if not _PARTY_DESCRIPTION.search(between):
            continue
        if _is_short_form(m.group("term"), surface):
            registry.add_alias(ref, m.group("term"))
        elif m.group("term").lower() in ROLE_TERMS:
            registry.add_role_term(m.group("term"), ref)  # "..., USA (Licensee)": the role, its quotes lost too


# A trade name after the legal one: "Formulation Technologies, L.L.C. d/b/a PharmaForm" is called by both, and
# by the whole.
_TRADE_NAME = re.compile(rf",?\s+(?:d/b/a|D/B/A|dba|doing\s+business\s+as)\s+(?P<trade>{NAME_SEQ})")
# ... and another name in brackets: "RxVeda Therapeutics LLC (a/k/a Veda Therapeutics, LLC)" is one company.
_ALSO_KNOWN_AS = re.compile(r"\s*\(\s*(?:a/k/a|A/K/A|aka|also\s+known\s+as)\s+(?P<other>[A-Z][^()]{1,80}?)\s*\)")


# "the Zentix Group": a company with its subsidiaries, called by its name's first word. It is the company a filing
# names "Zentix ..." (one only); otherwise a party where the sentence speaks of an agreement.
_GROUP_OF = re.compile(r"\bthe\s+(?P<word>[A-Z][\w-]{2,})\s+Group\b(?!\s+(?:of|[A-Z]))")


def _groups(sentence: Sentence, registry: Registry) -> None:
    for m in _GROUP_OF.finditer(sentence.text):
        word = m.group("word")
        if word.lower() in common_words() | STOP_WORDS | ROLE_TERMS or registry.lookup(Kind.ORG, f"{word} Group"):
            continue
        owners = {mention.ref for mention in registry.of_kind(Kind.ORG) if strip_legal_suffix(mention.name).split()[0] == word}
        span = sentence.span(m.start("word"), m.end())
        if len(owners) == 1:
            registry.add_alias(owners.pop(), f"{word} Group")
        elif not owners and re.search(r"licen[sc]|agreement|collaborat", sentence.text):
            registry.mentions[registry.add(Kind.ORG, f"{word} Group", span)].party = True


# "Morvane Oncology, a division of Zentix Biologics, Inc.": a division is no legal entity of its own; the company
# is the party, and the division's name one of its names.
_DIVISION_OF = re.compile(rf"(?<![\w&'-])(?P<division>{NAME_SEQ}),?\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?division\s+of\s+(?:the\s+)?")


def _divisions(sentence: Sentence, registry: Registry) -> None:
    text = sentence.text
    for m in _DIVISION_OF.finditer(text):
        parent = next((ref for start, _, ref in registry.find(text[m.end() : m.end() + 120]) if start == 0 and ref.kind is Kind.ORG), None)
        division = trim_name(m.group("division"))
        if parent is None or has_legal_suffix(division) or not plausible_org_name(division) or len(division.split()) > 5:
            continue  # "Acme Labs, Inc., a division of ...": a legal name is a company of its own
        if not any(registry.lookup(k, division) for k in (Kind.PERSON, Kind.PRODUCT, Kind.PLATFORM)):
            registry.add_alias(parent, division)


def find_short_names(sentence: Sentence, registry: Registry) -> None:
    text = sentence.text
    if " Group" in text:
        _groups(sentence, registry)
    if "division of" in text:
        _divisions(sentence, registry)
    if "(" in text and _PARTY_DESCRIPTION.search(text):
        _terms_after_address(text, registry)
    for start, end, ref in registry.find(text):
        if ref.kind is not Kind.ORG:
            continue
        if (trade := _TRADE_NAME.match(text, end)) and plausible_org_name(trade.group("trade")):
            registry.add_alias(ref, trade.group("trade"))
            registry.add_alias(ref, text[start : trade.end()])
            continue
        if has_legal_suffix(text[start:end]) and (more := re.match(r"[ ]International\b(?![ ][A-Z])", text[end:])):
            registry.add_alias(ref, text[start : end + more.end()])  # "Cilag GmbH International": the name goes on
            continue
        if (aka := _ALSO_KNOWN_AS.match(text, end)) and plausible_org_name(aka.group("other")):
            other = registry.lookup(Kind.ORG, aka.group("other"))
            if other is None:
                registry.add_alias(ref, aka.group("other"))
            elif other != ref:
                registry.merge(other, into=ref)
            continue
        m = _UNQUOTED_SHORT.match(text, end)
        if m and _is_short_form(m.group("short"), text[start:end]) and m.group("short").lower() not in STOP_WORDS:
            registry.add_alias(ref, m.group("short"))


_OWNED_BY = re.compile(r"\b(?:subsidiary|affiliate|division|unit)\s+of\s+(?:the\s+)?$")
_GROUP_MEMBER_AFTER = re.compile(r"\s+(?:group\s+)?(?:company|affiliate|subsidiary)\b")


class _Named(NamedTuple):
    """The organization a defined term follows, as the text names it; ``subsidiary`` when that is the subsidiary whose
    description ends with its parent's name, not the name right before the term."""

    ref: Ref
    surface: str
    subsidiary: bool = False


def _last_named_before(text: str, registry: Registry) -> _Named | None:
    hits = registry.find(text)
    if not hits:
        return None
    start, end, ref = hits[-1]
    # ("MERIDIAN MEDICAL TECHNOLOGIES, INC., a Pfizer company, and Delaware corporation having an address at ... ("MMT")":
    # the group it belongs to, named in its description)
    of_group = _GROUP_MEMBER_AFTER.match(text, end) is not None and re.search(r",\s+an?\s+$", text[:start]) is not None
    subsidiary = len(hits) > 1 and ((_OWNED_BY.search(text, 0, start) is not None and not text[end:].strip()) or of_group)
    if subsidiary:
        # "Talon Merger Sub, Inc., a ... wholly owned subsidiary of Talon ("Merger Sub")": the
        # term names the subsidiary, whose description ends with its parent's bare name.
        start, end, ref = hits[-2]
    # The definition must follow its name closely: only a descriptive clause in between.
    between = text[end:]
    if len(between) > 220 or re.search(r"[.;]\s+[A-Z]", between):
        return None
    return _Named(ref, text[start:end], subsidiary)


# How an agreement describes a party between its name and its defined term.
_PARTY_DESCRIPTION = re.compile(r"\b(?:corporation|company|organized|incorporated|principal\s+(?:office|place)|registered\s+office|offices?\s+at"
                                r"|place\s+of\s+business|address\s+at)\b", re.I)


_MERGER_PARTY = re.compile(r"(?:Private|Legacy|Old|Former|Public|Pre-Merger)\s+[A-Z][\w&-]+")


def _coined(term: str, between: str) -> bool:
    """Initials an agreement coins for a party ("GSK"), not a word ("Charter", "Manager") nor the
    initials of the words in between ("Delaware General Corporation Law ("DGCL")")."""
    if not re.fullmatch(r"[A-Z]{2,6}", term):
        return False
    words = re.findall(r"[A-Za-z][\w']*", between)  # each part of a hyphened name too: "Halden-Myers Quill" is HMQ
    initials = "".join(w[0] for w in words if w[0].isupper())
    return term not in initials


def _named_by(term: str, before: str, registry: Registry):
    """The organization a defined term shortens, when another name stands between them:
    'PACIRA PHARMACEUTICALS, INC. (F/K/A SKYEPHARMA, INC.), a company ... ("PPI")' defines Pacira."""
    hits = [(s, e, r) for s, e, r in registry.find(before[-220:]) if r.kind is Kind.ORG]
    for start, end, ref in reversed(hits):
        if before[-220:][start:end] in registry.role_terms:
            continue  # "Merger Sub" names a party by its role; "Merger" does not shorten it
        if _is_short_form(term, before[-220:][start:end]):
            return ref, before[-220:][start:end]
    return None


def _is_short_form(term: str, name: str) -> bool:
    """'Ono' for 'Ono Pharmaceutical Co., Ltd.'; 'GSK' for 'Glaxo Smith Kline'."""
    t, n = fold(term), fold(name)
    if n.startswith(t) or t in n.split():
        return True
    if len(t) >= 4 and t.isalpha() and any(w.startswith(t) for w in n.split()):
        return True  # "Penn" for "The Trustees of the University of Pennsylvania": a word's start
    full, core = _initials(name), _initials(strip_legal_suffix(name))
    if len(term) >= 2 and full.startswith(term.upper()) and len(term) >= len(core):
        return True  # "KKC" for "Kyowa Kirin Co., Ltd.", "BMS" for "Bristol-Myers Squibb Company": legal words may count
    inner = _initials(strip_legal_suffix(re.sub(r",(?=\S)", ", ", name)), inner=True)  # "International,Inc." too
    if term.isupper() and len(term) >= 3 and inner != core and term == inner:
        return True  # "BDSI" for "BioDelivery Sciences International, Inc.": a capital inside a word counts too
    return term.lower() in {w.lower() for w in re.findall(r"\w+", name)}


def _initials(name: str, inner: bool = False) -> str:
    """The capitals that start the name's words; with ``inner``, also those inside a word ("BioDelivery")."""
    if inner:
        return "".join(re.findall(r"\b[A-Z]|(?<=[a-z])[A-Z]", name))
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w]*", name) if w[0].isupper()).upper()
