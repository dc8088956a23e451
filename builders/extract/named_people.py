"""People the role patterns miss, recognized by a given name.

The patterns of :mod:`.people` find a person by the role the text gives them: a title after the
name, a speech verb, a signature line, a contact block. Filings name many people in ways no
pattern foresaw ("Dana Lowe x17 (for media inquiries)", "In addition, R. Dalton Quimbrey also
recently announced his resignation"), and the phrasings of unseen filings are a long tail. What
every such name has is a given name: a name of capitalized words whose first is one of about
20,000 given names of sixty countries (``given_names.txt``, written by ``tools/given_names.py``
from Faker's person providers) is read as a person's, with no role.

Given names are also words and places ("Mark", "General Counsel", "San Diego", "Kendall Square"),
so a candidate is kept only where nothing says it is something else:

- a given name filings write in lower case ("mark", "will") needs an initial or a suffix
  ("Mark C. Tessaly", "Miles D. Varnell");
- no word of it is a title, a field of work, a place or a word of organizations' names;
- it stands alone: no capitalized word runs on before or after it ("MD Anderson Records",
  "Henri A. Termeer Square Cambridge"), no street number before it ("2400 Ellis Road");
- nothing in the filing or the clause makes it a firm's: a legal form or a ticker after it anywhere
  ("Ashby Kline & Co."), a list of competitors or customers it stands in, a firm's part in a deal
  ("Morgan Vantrell acted as placement agent", "its partner Garrick Holloway");
- no organization or product of the filing has the name, or contains it.

These are read last, after organizations are known, and only add people: a name a pattern found
keeps its role.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..model import Kind
from .context import Registry
from .cover import US_STATES
from .entities.common import COUNTRIES
from .entities.organizations import ROLE_TERMS
from .names import (
    LEGAL_SUFFIX_RE,
    NAME_SUFFIXES,
    NOT_PERSON_WORDS,
    STOP_WORDS,
    TITLE_WORDS,
    normalize_name,
    with_generation,
    word_list,
)
from .people import FIELD_WORDS, NAMED_AFTER_WORDS, PLACE_NAMES, SPEECH_VERBS, plausible_person
from .sentences import Sentence
from .truecase import common_words


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    return frozenset(word_list("given_names.txt"))


@lru_cache(maxsize=1)
def east_asian_family_names() -> frozenset[str]:
    return frozenset(word_list("east_asian_family_names.txt"))


# One syllable of pinyin or of Korean romanization: "wei", "dong", "kwan", "jae" (a Chinese or Korean given name is one
# or two of them: "Haodong", "Min-seok", "Junhyuk").
_SYLLABLE = (r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu"
             r"|ua|uo|ui|ue|er|a|o|e|i|u)"
             r"|(?:kk|tt|pp|ss|jj|gw|kw|hw|[gkndtrlmbpsjchyw])?(?:yeo|yae|wae|eo|ae|ya|ye|oe|yo|oo|wo|wi|yu|eu|ui|ee|wa|a|e|o|u|i)(?:ng|[knlmp])?)")
_SYLLABIC = re.compile(rf"(?:{_SYLLABLE}){{1,2}}")


_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_LO = "a-z\u00df-\u00f6\u00f8-\u00ff\u0101-\u017f"
_WORD = rf"[{_UP}][{_LO}]+(?:-[{_UP}]?[{_LO}]+)?"
_INITIAL = rf"(?:[{_UP}]\.){{1,2}}"  # "T.", "L.A." ("Bruce L.A. Quimbrey")
# Words before a family name that are no given names: "Maria De Vantis", "Hans van der Velde".
_PARTICLES = ("van", "von", "de", "der", "den", "del", "della", "di", "da", "du", "la", "le")
_PARTICLE = "|".join(_PARTICLES + tuple(p.capitalize() for p in _PARTICLES))
NAMED = re.compile(
    rf"(?<![\w.&'\u2019\-])(?P<name>(?P<initials>(?:[{_UP}]\.[ ]){{0,2}})(?P<given>{_WORD})"
    # ("James R Howard-Tripp": a middle initial may lose its full stop)
    rf"(?P<middle>(?:[ ](?:{_INITIAL}|{_WORD}|[{_UP}](?=[ ][{_UP}][{_LO}]))){{0,2}})[ ](?:(?:{_PARTICLE})[ ]){{0,2}}"
    rf"(?:Mc|Mac|O'|O\u2019|D'|D\u2019|d'|d\u2019|De|Di|Da|La|Le|Van)?{_WORD})(?![\w&]|-\S)(?P<suffixes>(?:,?[ ]{NAME_SUFFIXES})*)"
)
_EXCHANGES = r"(?:NYSE|NASDAQ|Nasdaq|AMEX|OTC|AEX|LSE|TSX|SIX)\b"
# Words that open a place's name and are given names too: "San Diego", "Santa Monica", "Des Moines".
_PLACE_OPENERS = {"san", "santa", "santo", "sao", "los", "las", "des", "hong", "saint", "st", "el", "fort", "port", "mount",
                  "rio", "buenos", "tel", "palo", "baton", "costa", "puerto", "abu", "north", "south", "east", "west",
                  "monte", "rua", "via", "avenida"}
# Words that end the name of a street, a building or a place, never a person's ("Kendall Square", "Mercer Island").
_STREET_WORDS = {"street", "road", "square", "park", "boulevard", "drive", "avenue", "lane", "way", "place", "court",
                 "circle", "plaza", "parkway", "ave", "blvd", "rd", "pkwy", "highway", "terrace", "building", "tower", "hall", "campus", "house",
                 "island", "islands", "valley", "beach", "springs", "heights", "hills", "county", "bay", "harbor",
                 "harbour", "lake", "river", "point", "city", "township", "village", "corner", "church", "chapel",
                 "methodist", "presbyterian", "baptist", "memorial", "cathedral", "abbey", "hill", "farm"}
# Before a name, a capitalized word of these kinds leaves it standing alone: "Chairman Jane Doe", "Dr. Jane Doe".
_BEFORE_A_NAME = {"dr", "drs", "profs", "mr", "ms", "mrs", "messrs", "mmes", "prof", "professor", "sir", "dame", "by", "contact", "contacts", "attention", "attn"}
_PREVIOUS_WORD = re.compile(rf"([{_UP}][\w\-]*)\.?[ ]{{1,2}}$")
_NEXT_WORD = re.compile(rf"^[ ]{{1,2}}([{_UP}][\w\-]*)")
_NUMBER_BEFORE = re.compile(r"\d[\w\-]*[ ]{1,2}$")
# "... Cell: 555 010 4477 Halvor Brennick, Quarra CEO": a contact list's telephone number, no street number.
_PHONE_BEFORE = re.compile(r"(?:\(?\d{2,}\)?[ .\-]){2,}\d{2,}[ ]{1,2}$|\d{7,}[ ]{1,2}$")
# A town of an address, not a person: "Maple Hollis, IL 60527", "that Del Mar, California manufacturer", and "12 Elm Street,
# Maple Hollis" (a street's chunk before it). A state or a country follows, or a street precedes.
_STATE_CODES = "|".join(code for code in US_STATES if code.isalpha())
_STATE_NAMES = {name.lower() for name in US_STATES.values()}
# (A state's code only with its ZIP code: "Jane Holt, PA," is a physician assistant; a country only where the clause ends:
# "Ingrid Solvik, Sweden's ambassador" is a person.)
_PLACE_AFTER = re.compile(rf"^,[ ]+(?:(?:{_STATE_CODES})[ ]+\d{{5}}|(?P<place>[{_UP}][a-z.]*(?:[ ][{_UP}][a-z.]*)?)(?![\w'\u2019])(?P<end>[ ]*[,.;)]|$)?)")
_STREET_BEFORE = re.compile(r"\b(?:Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Drive|Parkway|Pkwy|Highway|Estate|Suite|Ste|Floor)\.?"
                            r"(?:,[ ]+[\w\-]+)?,[ ]+$")
# A credit names a photographer or a firm alike ("Photo by Garrick Holloway"): people.CREDIT reads credits.
_CREDIT_BEFORE = re.compile(r"\b(?:[Pp]hoto(?:graph)?s?|[Ii]mages?|[Cc]ourtesy)(?:\s+(?:by|of))?\s*:?\s*$")
# "Ashby Kline & Co.", "Royal Philips (NYSE: PHG)": a firm's name.
# "Co" as a legal form, not the "Co-" of "Co-Founder".
_FIRM_AFTER = re.compile(rf"^[ ]*&|^,?[ ]+(?:Inc|Co(?!-)|Corp|LLC|LLP|Ltd|plc|GmbH|AG|SA)\b|^[ ]*\({_EXCHANGES}")
# A firm's part in a deal, after its name or before it: "Morgan Vantrell acted as placement agent", "its partner X".
_FIRM_ROLE_AFTER = re.compile(r"^,?[ ]+(?:(?:has[ ]+)?(?:acted|served|acts|serves|is[ ]+acting|was)[ ]+as[ ]+(?:the[ ]+|a[ ]+|an[ ]+)?"
                              r"(?:sole[ ]+|lead[ ]+|joint[ ]+|co-)?(?:placement[ ]+agent|underwriter|(?:book-?running[ ]+)?manager|"
                              r"book-?runner|financial[ ]+advisor|legal[ ]+(?:counsel|advisor)|counsel|auditor|sales[ ]+agent)"
                              r"|(?:sued|was[ ]+the[ ]+underwriter))", re.I)
_FIRM_ROLE_BEFORE = re.compile(r"\b(?:partner|collaborator|licensee|licensor|licensing[ ]+partner|acquirer|underwriters?|"
                               r"placement[ ]+agents?|counsel)[ ]+$")
# "competitors include AHP, Garrick Holloway, Barr Labs": a list of firms, whose names may be their founders'; only
# names, commas and "and" between the list's head and the name ("customers ... served by a team led by X" is no list).
_AMONG_FIRMS = re.compile(
    r"\b(?:companies|organi[sz]ations|competitors|customers|clients|firms|licensees|banks|underwriters)\b(?:[ ]+\w+){0,4}?"
    r"[ ]+(?:include|includes|including|such[ ]+as|are|were)[ ]*:?(?:[ ]+(?:and[ ]+)?[A-Z][\w&.\-]*(?:[ ]+[A-Z][\w&.\-]*)*,?)*[ ]+(?:and[ ]+)?$",
    re.I)
# How far before a name its cues are looked for: a clause, not the whole sentence (a long line costs its square).
_LOOKBACK = 260


def find_named_people(sentences: list[Sentence], registry: Registry) -> None:
    """Add the people the sentences name by a given name whom no pattern found (role unknown)."""
    givens = given_names()
    known = _names_of_things(registry)
    people = _People(registry)
    found: list[tuple[str, Sentence, re.Match]] = []
    for sentence in sentences:
        for m in _name_matches(sentence.text):
            honored = _honored(sentence.text, m.start())
            spoke = _SPOKE.match(sentence.text, m.end()) is not None
            # a title before the name, or after it in a table's cell; not otherwise after it: "Halvik Stanley President and
            # CEO spoke" may be a firm's chief
            titled = (_TITLED.search(sentence.text, max(0, m.start() - 40), m.start()) is not None
                      or _TITLE_IN_CELL.match(sentence.text, m.end()) is not None)
            east_asian = _east_asian(m.group("name").split(), honored or spoke) and (honored or spoke or not _AFTER_A_PLACE_WORD.search(
                sentence.text, max(0, m.start() - 12), m.start()))
            listed = m.group("given") in givens or _initialed(m) or honored or east_asian
            if not (listed or titled) or not _stands_alone(sentence.text, m):
                continue
            name = with_generation(" ".join(m.group("name").split()), m.group("suffixes"))
            # a title alone makes a person of a name no list holds ("Halsan founder Tavro Quimbeki told"), with every
            # check of its words kept: "Halvik Nordia said" is a company speaking
            if _a_person(m, name, registry, known, people, listed and (honored or spoke or east_asian)):
                found.append((name, sentence, m))
        for m in _SHOUTED_PERSON.finditer(sentence.text) if " of " in sentence.text or "(the " in sentence.text else ():
            if _shouted_a_person(m, sentence.text, givens, known) and not people.contain(m.group("name")):
                found.append((m.group("name"), sentence, m))
        for m in _HONORED_CAPITALS.finditer(sentence.text) if _CAPITALS_CUE.search(sentence.text) else ():
            if _capitals_a_person(m, sentence.text, registry, givens) and not people.contain(m.group("name")):
                found.append((m.group("name"), sentence, m))
    text = "\n".join(s.text for s in sentences) if found else ""
    added: set[str] = set()
    for name, sentence, m in found:
        if " ".join(reversed(normalize_name(name).split())) in added - {normalize_name(name)}:
            continue  # "Haodong Xue" and then "Xue Haodong": one person, named in both orders
        if not _named_as_a_thing(m.group("name"), text):
            added.add(normalize_name(name))
            ref = registry.add(Kind.PERSON, name, sentence.span(m.start("name"), m.end("name")))
            registry.mentions[ref].quoted = True  # a person, role unknown (see Mention.quoted)


_RUN_IN_TITLES = {"president", "chairman", "chairwoman", "ceo", "cfo", "coo", "founder", "director", "minister", "professor",
                  "secretary", "governor", "senator", "chief", "executive", "senior", "vice", "managing", "deputy"}


def _name_matches(text: str) -> Iterator[re.Match]:
    """NAMED's matches, less a title that runs into the name: "Governor Ulavo Renkatu", "Anders Bjevkel President"."""
    for m in NAMED.finditer(text):
        words = m.group("name").split(" ")
        while len(words) > 2 and words[0].lower() in _RUN_IN_TITLES:  # "Executive Chairman Marta Quellon"
            cut = NAMED.match(text, m.start() + len(words[0]) + 1, m.end())
            if cut is None:
                break
            m, words = cut, cut.group("name").split(" ")
        # a title after it, in a table's cell or row with an initial, or before whose employer ("X Y President and CEO of Z",
        # "... CEO Halsan Pharmaceuticals, Inc." on a cover); not "Halvik Stanley Chairman and CEO spoke", a firm's chief
        if len(words) > 2 and words[-1].lower() in _RUN_IN_TITLES and (
                any(re.fullmatch(r"[A-Z]\.", w) for w in words) or _TITLE_OF.match(text, m.end("name"))):
            m = NAMED.match(text, m.start(), m.end("name") - len(words[-1]) - 1) or m
        yield m


_TITLE_OF = re.compile(rf"(?:[ ](?:and|&|[A-Z][a-z]+|CEO|CFO|COO)){{0,6}}?(?:[ ]*\||[ ](?:of|at)[ ][A-Z]|[ ][A-Z][\w.&-]*(?:[ ][A-Z][\w.&-]*){{0,4}},?[ ]{LEGAL_SUFFIX_RE})")


def people_words(sentences: list[Sentence], registry: Registry) -> frozenset[str]:
    """The given and family names of the people the sentences name by a given name or after an honorific ("Anna
    Brennick", "Mr. Halden"): a name alone that is one of them is a person's, not a company's. Not the words of a
    company named as a person is ("Ellis Varnholt and Company": "Varnholt will pay" is the company; but the founder of
    "the Anna Brennick Foundation" is still a person)."""
    givens, words = given_names(), set()
    firms = {normalize_name(m.name) for m in registry.of_kind(Kind.ORG)}
    for sentence in sentences:
        for m in NAMED.finditer(sentence.text):
            if normalize_name(m.group("name")) in firms:
                continue
            if m.group("given") in givens or _honored(sentence.text, m.start()):
                words.update((m.group("given"), m.group("name").split()[-1]))
        words.update(m.group(1) for m in _HONORED_WORD.finditer(sentence.text) if _HONORIFIC_WORD.search(sentence.text))
    return frozenset(words)


_HONORED_WORD = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|Prof)\.?[ ]([A-Z][a-z]+)\b")


class _People:
    """The people the patterns found, by each word of their names: a candidate is compared with those that share
    its family name only (a filing may name thousands)."""

    def __init__(self, registry: Registry) -> None:
        self.by_word: dict[str, list[tuple[str, str]]] = {}
        for person in registry.of_kind(Kind.PERSON):
            for n in (person.name, *person.aliases):
                for word in set(normalize_name(n).split()):
                    self.by_word.setdefault(word, []).append((normalize_name(n), person.name))

    def contain(self, name: str) -> bool:
        """'Thomas Varnell' of 'H. Thomas Varnell', 'Alfred Quimby' of 'Alfred Quimby Jr.': a found name's part; 'Yin
        Haodong' of 'Haodong Xue': the same two names in the other order."""
        bare = normalize_name(name)
        turned = " ".join(reversed(bare.split()))
        return any(f" {bare} " in f" {n} " or (len(bare.split()) == 2 and n == turned) for n, _ in self.by_word.get(bare.split()[-1], ()))

    def shortened(self, words: list[str]) -> bool:
        """'Tim Varnell' after 'Timothy Varnell': a found person's given name shortened, the same person."""
        for _, full in self.by_word.get(normalize_name(words[-1]), ()):
            first = full.split()
            if first[-1] == words[-1] and first[0] != words[0] and first[0].startswith(words[0]) and len(words[0]) > 2:
                return True
        return False


# What follows a firm's name ("Garrick Holloway Limited", "Ashby Kline & Co.") or an eponym ("Lou Vantreight's disease").
_THING_AFTER = (r"(?:,?[ ]+(?:&|Inc|Corp|Corporation|Co(?!-)|Company|Ltd|Limited|plc|PLC|LLC|LLP|L\.P|Holdings|Group|AG|SA|NV|N\.V|GmbH"
                r"|Pharma\w*|Laboratories|Securities|Capital|Partners|Bank)\b|['\u2019]s[ ]+(?:disease|syndrome|palsy|lymphoma|sarcoma|"
                r"ataxia|dystrophy)\b|[ ]*\(" + _EXCHANGES + ")")


def _named_as_a_thing(name: str, text: str) -> bool:
    """Whether the filing names ``name`` elsewhere as a firm's or a disease's: a company named after its founders."""
    return re.search(re.escape(name) + _THING_AFTER, text) is not None


def _initialed(m: re.Match) -> bool:
    """'Halvor T. Brennick': one initial between two capitalized words is a person's name's shape, whatever the given
    name (no list has them all), unless the first word is one filings write in lower case ("Section A. Grant")."""
    return bool(re.fullmatch(r"[ ][A-Z]\.", m.group("middle"))) and m.group("given").lower() not in common_words()


def _a_person(m: re.Match, name: str, registry: Registry, known: list[str], people: _People, cued: bool = False) -> bool:
    """Whether nothing says the candidate is something else: its words, then what the filing already knows (the
    cheap checks first; registry lookups only for the few candidates left). A ``cued`` name (an honorific before it,
    a title or "said" after it) may have middle names no list holds and words of the language in it."""
    words = [w for w in name.split() if not re.fullmatch(r"(?:[A-Z]\.)+|[A-Z]|[IVX]+|Jr\.?|Sr\.?", w)]
    if any(_not_a_name(w) for w in words) or words[0].lower() in _PLACE_OPENERS:
        return False
    if len(set(words)) < len(words) or (not cued and any(w not in given_names() and w.lower() not in _PARTICLES for w in words[1:-1])):
        return False  # middle names are given names: "Bristol Myers Squibb", "Peter Hug Peter Hug" are no one's (but "Mr. Wing Kei Lau")
    marked = bool(m.group("initials") or re.search(r"[ ][A-Z]\.", m.group("middle")) or m.group("suffixes") or cued)
    if not marked and (m.group("given").lower() in common_words() or words[-1].lower() in common_words()):
        return False  # "Mark", "Will"; "Orange Book", "Mercer County": words of the language, unless an initial says otherwise
    if registry.lookup(Kind.PERSON, name) is not None or people.contain(name) or people.shortened(words):
        return False
    bare = normalize_name(m.group("name"))
    return plausible_person(" ".join(words), registry) and not any(f" {bare} " in f" {k} " for k in known)


# "Mr. Tavrin Oduba", "Drs. Shavaan Rafiqi ... and Daylor Jamesby", "Messrs. Haodong Xue, Wing Kei Lau and Jiarun Bo": an
# honorific makes a person of a name no list of given names holds. A plural one opens a list of names.
_HONORIFIC_WORD = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|Prof|Messrs|Drs|Profs|Mmes|Mses)\b")
_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|Prof|Messrs|Drs|Profs|Mmes|Mses)\.?[ ]{1,2}$")
_IN_HONORED_LIST = re.compile(rf"\b(?:Messrs|Drs|Profs|Mmes|Mses)\.?[ ](?:[{_UP}][\w\-]*[ ,]+(?:and[ ]+)?){{1,40}}$")


# "Represented by Mr. Michel VARDON, its DIRECTEUR GENERAL", "represented by Stanislav VEILLON, its Chief Executive Officer": a
# family name in capitals, as French contracts write it.
_DEGREES = {"phd", "md", "mba", "jd", "dds", "dvm", "esq", "cpa", "rn", "msc", "bsc", "llm", "usa", "uk", "eu", "prc", "ceo", "cfo"}
_HONORED_CAPITALS = re.compile(rf"\b(?:(?P<honorific>Mr|Ms|Mrs|Dr|Prof)\.?|[Rr]epresented[ ]by(?![ ](?:Mr|Ms|Mrs|Dr|Prof)\b))"
                               rf"[ ](?P<name>{_WORD}(?:[ ]{_WORD})?[ ][{_UP}]{{2,}}(?:-[{_UP}]{{2,}})?)(?![\w&\-])")


# "by HALVOR BRENNICK (the "Liquidator") of ...", "APPOINTS ANNA VANTRELL of 3 Elm Court": a deed's parties in capitals, a
# given name first, a person's role defined or a street address after whom the deed appoints.
_SHOUTED_PERSON = re.compile(rf"(?<![\w&'-])(?P<name>[{_UP}]{{2,}}(?:[ ][{_UP}]\.)?[ ][{_UP}]{{2,}}(?:-[{_UP}]{{2,}})?)"
                             r"[ ]+(?:\(the[ ][\"\u201c](?P<role>[A-Z][\w ]{1,30}?)[\"\u201d]|of[ ]+\d)")
_APPOINTED_BEFORE = re.compile(r"(?:\b(?:by|BY|APPOINTS|appoints)|\b(?:him|her),)[ ]+$")
# The roles a deed gives firms, not people: "RAYMOND HALVEX (the "Underwriter")" is a firm named after its founders.
_FIRMS_ROLES = ROLE_TERMS | {"underwriter", "agent", "company", "index provider", "placement agent", "bank", "trustee bank"}


def _shouted_a_person(m: re.Match, text: str, givens: frozenset[str], known: list[str]) -> bool:
    words = m.group("name").split()
    if words[0].title() not in givens or any(_not_a_name(w) or w.lower() in common_words() for w in words[1:]):
        return False
    if m.group("role") is not None and m.group("role").lower() in _FIRMS_ROLES:
        return False
    if m.group("role") is None and not _APPOINTED_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return False  # "Notices to MORGAN HALVEX of 1585 Broadway": a firm's address as well
    bare = normalize_name(m.group("name"))
    return not any(f" {bare} " in f" {k} " for k in known)  # "INSTITUT GUSTAVO ROUSSEL (the "Institute")": its eponym
_CAPITALS_CUE = re.compile(rf"{_HONORIFIC_WORD.pattern}|\b[Rr]epresented[ ]by\b")


def _capitals_a_person(m: re.Match, text: str, registry: Registry, givens: frozenset[str]) -> bool:
    """No word a firm's or a degree's ("represented by Halvik AB", "Cooley LLP"), and after "represented by" without an
    honorific, a given name first or "its <title>" after ("represented by Stanislav VEILLON, its Chief Executive Officer")."""
    words = m.group("name").split()
    if any(_not_a_name(w) or w.lower() in _DEGREES or re.fullmatch(LEGAL_SUFFIX_RE, w, re.I) for w in words):
        return False
    if registry.lookup(Kind.ORG, m.group("name")) is not None:
        return False
    return bool(m.group("honorific")) or words[0] in givens or re.match(r",[ ]+its\b", text[m.end() :]) is not None


def _honored(text: str, start: int) -> bool:
    before = text[max(0, start - _LOOKBACK) : start]
    return _HONORIFIC_BEFORE.search(before) is not None or _IN_HONORED_LIST.search(before) is not None


# "Quarra executive vice president Tomas Grant said", "Ulises Barrera Ortano, president of the union": what a person
# does or is, right after the name.
_SPOKE = re.compile(rf"[ ](?:{SPEECH_VERBS}|told)\b|[ ](?:President|Chairman|Chairwoman|CEO)(?=[ ]+(?:and|of|at|&)[ ])"
                    r"|,[ ](?:the[ ]+)?(?:(?:[Cc]hief|[Ee]xecutive|[Ss]enior|[Vv]ice|[Gg]eneral|[Mm]anaging|[Dd]eputy)[ ]+)*"
                    r"(?:[Pp]resident|[Cc]hairman|[Cc]hairwoman|CEO|CFO|[Dd]irector|[Ff]ounder|[Pp]rofessor|[Pp]artner)(?=[ ]+(?:of|at|and|for)\b|[,.;]|$)")


# "Jen-Ling Hsu President and Chief Executive Officer | $4,000,000": an officers' table.
_TITLE_IN_CELL = re.compile(r"[ ](?:President|Chairman|Chairwoman|CEO|CFO|Chief|Executive|Senior|Vice)\b[^|\n]{0,80}\|")


# "Halsan founder Tavro Quimbeki", "Governor Ulavo Renkatu", "(head office: Osaka; President & CEO: Shinra Kurebasho)": a
# title right before a name.
_TITLED = re.compile(r"\b(?:[Ff]ounder|[Pp]resident|[Cc]hairman|[Cc]hairwoman|CEO|CFO|COO|[Mm]inister|[Pp]rofessor|[Dd]irector|"
                     r"[Ss]ecretary|[Gg]overnor|[Ss]enator|[Aa]mbassador|[Dd]ean|[Oo]fficer|[Cc]hemist|[Bb]iologist|[Pp]hysician)"
                     r"[ ]?:?[ ]{1,2}$")


# "our warehouse is in Cheung Sha Wan": places of Hong Kong and China are named by the same syllables as people.
_AFTER_A_PLACE_WORD = re.compile(r"\b(?:in|at|from|near|to|of)[ ]+$")


def _east_asian(words: list[str], cued: bool) -> bool:
    """A Chinese or Korean name, given name first or last: "Haodong Xue", "Xue Haodong", "Lee Min-seok", "Wing Kei Lau". A
    family name of the list and given names of syllables; one syllable alone ("Wang Nan"), or a family name that is also
    a word ("He", "Ma"), only with a cue (an honorific, "said", a title)."""
    if len(words) < 2 or any("." in w for w in words):
        return False
    families = east_asian_family_names()
    for family, given in ((words[-1], words[:-1]), (words[0], words[1:])):
        if family not in families or not all(_syllabic(w) for w in given):
            continue
        long_enough = len(given) > 1 or "-" in given[0] or len(given[0]) >= 5
        if cued or (long_enough and family.lower() not in common_words()):
            return True
    return False


def _syllabic(word: str) -> bool:
    return all(_SYLLABIC.fullmatch(part) for part in word.lower().split("-"))


def _not_a_name(word: str) -> bool:
    w = word.lower().strip(".,")
    return (w in STOP_WORDS or w in NOT_PERSON_WORDS or w in TITLE_WORDS or w in FIELD_WORDS or w in NAMED_AFTER_WORDS
            or w in PLACE_NAMES or w in _STREET_WORDS)


def _stands_alone(text: str, m: re.Match) -> bool:
    """No capitalized word runs on before or after the name, no street number comes before it, and nothing in its
    clause makes it a firm's."""
    before, after = text[max(0, m.start() - _LOOKBACK) : m.start()], text[m.end() : m.end() + _LOOKBACK]
    if (_NUMBER_BEFORE.search(before) and not _PHONE_BEFORE.search(before)) or _CREDIT_BEFORE.search(before) or _FIRM_ROLE_BEFORE.search(before) or _AMONG_FIRMS.search(before):
        return False
    if _FIRM_AFTER.match(after) or _FIRM_ROLE_AFTER.match(after) or _in_an_address(before, after):
        return False
    previous = _PREVIOUS_WORD.search(before)
    if previous and previous.group(1).lower() not in _BEFORE_A_NAME | STOP_WORDS | TITLE_WORDS | _RUN_IN_TITLES:
        return False
    following = _NEXT_WORD.match(after)
    return following is None or following.group(1).lower() in STOP_WORDS | TITLE_WORDS


def _in_an_address(before: str, after: str) -> bool:
    if _STREET_BEFORE.search(before):
        return True
    place = _PLACE_AFTER.match(after)
    if place is None or place.group("place") is None:
        return place is not None
    name = place.group("place").lower()
    # a state's name may go on to what is there ("that Del Mar, California manufacturer"); a country ends the clause
    return name in _STATE_NAMES or (name in PLACE_NAMES | COUNTRIES and place.group("end") is not None)


def _names_of_things(registry: Registry) -> list[str]:
    """The normalized names of the filing's organizations and products, which a person's name is never part of."""
    return [normalize_name(n) for kind in (Kind.ORG, Kind.PRODUCT, Kind.PLATFORM)
            for mention in registry.of_kind(kind) for n in (mention.name, *mention.aliases)]
