"""Products named by what the text calls them, and their other names.

Aliases (:func:`find_aliases`: "X (also known as Y)"), compounds the text names
(:func:`find_named_compounds`: "a compound known as LAPS-GCSF"), what a license gives
(:func:`find_licensed_compounds`: "a license to develop and commercialize IGF-1"), and brands with
their INN (:func:`find_brands`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...model import Kind
from ..context import COMPANY_DESCRIPTOR, Registry
from ..names import (
    NOT_CODE_PREFIX,
    REGIONS,
    STOP_WORDS,
    TARGET_TOKEN,
    is_inn,
    looks_like_code,
    word_list,
)
from ..places import places_in
from ..sentences import Sentence
from ..truecase import common_words
from .common import _SENTENCE_WORDS, DRUG_CONTEXT, _alias_shape, _starts_an_org


def find_aliases(sentence: Sentence, registry: Registry) -> None:
    """``X (Y)`` and ``X, also known as Y`` between two product names, or a new name and a known one."""
    text = sentence.text
    # The lookbehind anchors each match at a word's start: without it a long run of word
    # characters is retried from every position (quadratic time on hostile input).
    for m in re.finditer(r"(?<![\w\-®™])([\w\-®™]+(?: [\w\-®™]+)?)\s*\((?:also known as |(?:generically|commonly) know(?:n)? as |(?:active )?(?:ingredients?|generic name|INN): ?|formerly |or |f/k/a |now |(?:also |previously |formerly )?referred to as |previously |"
                         r"which (?:the Company|we) refers? to as )?([^()]{2,40})\)", text):
        left, right = m.group(1), m.group(2).strip()
        _link_aliases(left, right, registry)
    # (filings often write "generically known as", sometimes "generically know as")
    # ("ZX-88 (zelvaprant acetate), also known as QX1351,": the name's other name in brackets may stand between)
    for m in re.finditer(r"(?<![\w\-®™])([\w\-®™]+(?: [\w\-®™]+)?)(?: \([^()]{2,60}\))?,? (?:also known as|(?:generically|commonly) know(?:n)? as|formerly known as|formerly|previously known as|"
                         r"(?:also|previously|formerly) referred to as|(?:which|that) (?:has been|was|is now) renamed|(?:which|that) (?:is|was) (?:now |also )?known as|"
                         r"now renamed|renamed|now (?:called|named|known as))"
                         # ("also known asKX2-391": a text conversion may lose the space before a code, _GLUED_CODE)
                         r"(?: |(?=[A-Z]{2,6}\d))([\w\-®™]+(?: [\w\-®™]+)?)", text):
        _link_aliases(m.group(1), m.group(2), registry, said=True)
    # "sells zenprofen under the brand name Dolverex", "QRV-12, marketed as Amplivex,": a drug and its brand
    for m in re.finditer(r"(?<![\w\-])([\w\-]+),?\s+(?:(?:is\s+|will\s+be\s+)?(?:marketed|sold)\s+)?(?:under\s+the\s+(?:brand|trade)\s+names?|as)\s+([A-Z][\w\-]+)", text):
        if (m.group(0).count(" under ") or " marketed " in m.group(0) or " sold " in m.group(0)) and registry.lookup(Kind.PRODUCT, m.group(2)):
            _link_aliases(m.group(1), m.group(2), registry)
    # "QRX-2207, or dorvaciclib,": a code and an INN, one molecule (not "ZX-101, ZX-102, or ZX-103": a list)
    for m in re.finditer(r"(?<![\w\-])([\w\-]+), or ([a-z][a-z\-]{5,}|[A-Z][\w]*-?\d[\w\-]*)(?=[,;.)]|\s+\()", text):
        if (looks_like_code(m.group(1)) and is_inn(m.group(2))) or (is_inn(m.group(1)) and looks_like_code(m.group(2))):
            _link_aliases(m.group(1), m.group(2), registry)
    # "the compound designated by University as CU-4471 and referred to by Licensee as TFB-102"
    for m in re.finditer(r"(?<![\w\-])([\w\-]+),? and (?:is )?(?:also )?(?:referred to|designated|known)(?: by [\w ]{1,30}?)? as ([\w\-]+)", text):
        _link_aliases(m.group(1), m.group(2), registry)


# "a compound known as LAPS-GCSF (HM10460A)", "the compound designated TAR-55": what the text calls a compound
# by name is a product, whatever its letters (an old INN of no known stem, a code of letters only); before a
# known code in brackets, another name of that product.
_NAMED_COMPOUND = re.compile(
    r"\b(?:compound|molecule|drug|drug\s+candidate|product|product\s+candidate|antibody|biologic|peptide|formulation)"
    r"(?:\s+of\s+[a-z][a-z-]{4,})?"  # "a proprietary formulation of mazindol known as Quilvex"
    # "its antibody against human neonatal Fc receptor (hFcRn), referred to as HL161BKN": after a description
    r"(?:\s+|\s+(?:against|targeting|directed|for|that|which)\b[^.;:]{0,100}?,\s+(?=referred|known|designated))"
    r"(?:(?:known|designated|identified|referred\s+to)\s+as|designated|called|named)\s+(?P<name>[A-Z0-9][\w-]*[A-Za-z0-9])(?=[\s,.;()]|$)"
)


# A product named in capitalized words with its abbreviation, where the text says it is one: "the lead compound
# Velsodium Crocetate, or VSC, was derived", "the Company's Zentrine Pre-filled Pen ("ZPP") product candidate".
# ("its Recombinant Human Granulocyte Colony Stimulating Factor ("rhG-CSF") product": a protein's long name, and an
# abbreviation in mixed case)
_CAP_NAME = r"[A-Z][\w-]*(?:[ ][A-Z][\w-]*){1,6}"
_ABBR = (r"(?:[ ]?\([\"\u201c]?(?P<{0}>[A-Z]{{2,6}}|(?=[a-z]{{0,3}}[A-Z][\w-]*[A-Z])[A-Za-z][A-Za-z0-9]*-[A-Z0-9]{{1,6}})[\"\u201d]?\)"
         r"|,[ ]or[ ](?P<{0}2>[A-Z]{{2,6}}),)")
_NAMED_WITH_ABBR = re.compile(
    rf"\b(?:compound|product[ ]candidate|drug[ ]candidate)[ ](?P<before>{_CAP_NAME}){_ABBR.format('abbr')}"
    rf"|(?:['\u2019]s|\b[Oo]ur|\b[Ii]ts|\b[Tt]heir)[ ](?P<after>{_CAP_NAME}){_ABBR.format('abbr_a')}[ ]"
    # (the product word ends the phrase: not "our Business Development ("BD") product team")
    r"(?:product[ ]candidate|drug[ ]candidate|compound|product)(?=[,.;:)]|$|[ ]+(?:for|in|to|and|or|is|was|has|had|which|that|candidate|worldwide|globally|outside)\b)")


def _products_with_abbreviations(sentence: Sentence, registry: Registry) -> None:
    text = sentence.text
    for m in _NAMED_WITH_ABBR.finditer(text) if ("compound" in text or "candidate" in text or "product" in text) else ():
        group = "before" if m.group("before") else "after"
        name = m.group(group)
        abbr = next(m.group(g) for g in ("abbr", "abbr2", "abbr_a", "abbr_a2") if m.group(g))
        if registry.lookup(Kind.ORG, name) or registry.lookup(Kind.ORG, abbr) or name.split()[0] in _SENTENCE_WORDS:
            continue
        registry.add_alias(registry.add(Kind.PRODUCT, name, sentence.span(m.start(group), m.end(group))), abbr)


def find_named_compounds(sentence: Sentence, registry: Registry) -> None:
    text = sentence.text
    find_licensed_compounds(sentence, registry)
    for m in _NAMED_COMPOUND.finditer(text):
        name = m.group("name")
        if name.lower() in STOP_WORDS or name.lower() in common_words() or registry.lookup(Kind.ORG, name) or registry.lookup(Kind.PRODUCT, name):
            continue
        code = re.match(r"\s*\(([^()]{2,30})\)", text[m.end() :])
        known = registry.lookup(Kind.PRODUCT, code.group(1).strip()) if code else None
        if known is not None:
            registry.add_alias(known, name)
        else:
            registry.add(Kind.PRODUCT, name, sentence.span(m.start("name"), m.end("name")))


# What a license or rights are granted to do something with: "an exclusive license to develop, manufacture and
# commercialize IGF-1 for ...", "the exclusive sublicense rights for the development and commercialization of ferric
# citrate in Japan". What stands there is the licensed product, even in a shape no other rule reads as a drug.
_USE = r"(?:research|develop|manufacture|make|use|sell|import|market|commerciali[sz]e|co-develop|co-commerciali[sz]e)"
_USE_NOUN = r"(?:research|development|manufactur(?:e|ing)|marketing|sale|commerciali[sz]ation)"
# The words an agreement's kind is made of ("a development, commercialization and supply agreement"), not any words:
# "licensing revenue under its agreements with Y for ..." is no deal for a product.
_DEAL_WORD = (r"(?:exclusive|non-exclusive|worldwide|global|strategic|definitive|research|development|commerciali[sz]ation|"
              r"collaboration|co-development|co-promotion|supply|distribution|marketing|manufacturing|license|licensing|option)")
# What a company is called in apposition ("licensed Qelvix, an affiliate of Y, the rights to P"): the verb's other object.
_A_COMPANY = r"(?:[\w-]+\s+){0,3}?(?:affiliate|subsidiary|company|corporation|partner|biotech\w*|pharma\w*|firm|group|member|division|unit)\b"
_LICENSED_SLOT = re.compile(
    # (there a capitalized word may be a place or a company: "rights to develop Seattle", so a generic name in lower case only)
    # ("a sublicense under the licensed patents to develop QRF-5": what it is under may come first)
    # ("a license agreement and strategic collaboration with Y to co-develop R552": what else the agreement is may stand before "with")
    rf"\b(?P<uses>(?:sub)?licen[sc]es?|rights?|licen[sc]e\s+agreement(?:\s+and\s+[a-z]+(?:\s+[a-z]+)?)?\s+with\s+(?:[^.;]|\.(?=[,\s])){{1,80}}?)(?:\s+under\s+[^,.;]{{1,60}}?)?\s+to\s+"
    rf"(?:exclusively\s+)?{_USE}(?:,?\s+(?:and\s+|or\s+)?{_USE})*\s+"
    # ('an exclusive license agreement (the "Y License Agreement") for the commercialization of Symproic': the agreement's name between)
    rf"|\b(?P<use_of>licen[sc]es?|rights?|licen[sc]e\s+agreement\s+\([^()]{{1,80}}\))\s+for\s+the\s+{_USE_NOUN}(?:,?\s+(?:and\s+)?{_USE_NOUN})*\s+of\s+"
    # "we out-licensed ZX-5 to Y": what the verb licensed
    # ("it in-licensed Kelocate, a silicone gel to treat scars, from Y": or a brand and what it is)
    r"|\b(?P<verb>(?:out-|in-|sub)?licensed)\s+(?=\S+\s+(?:to|from)\b|[A-Z][a-z]{4,}[®™]?,\s+(?:an?|another)\s(?!" + _A_COMPANY + r"))"
    # "a deal ... to license its anti-glycan antibody to Y": what its owner licenses, described (_DESCRIBED_MOLECULES only)
    r"|\b(?P<its_molecules>to\s+(?:out-)?licen[sc]e)\s+(?=(?:its|their|our)\s)"
    # "an option for GSK to license ADH-1": what an option or a right is to license
    r"|\b(?P<to_license>(?:options?|rights?)\s+(?:for\s+[^,.;]{1,40}?\s+)?to\s+(?:in-)?licen[sc]e)\s+"
    # "a license ... to certain intellectual property ... relating to metaxalone": what the licensed patents are about
    r"|\b(?:licen[sc]es?|rights?)\b[^.;]{0,120}?\b(?:intellectual\s+property|patents?|patent\s+rights|know-how)\b[^.;]{0,80}?"
    r"\b(?:relating\s+to|related\s+to|concerning|covering)\s+(?:the\s+compound\s+)?"
    # '"Licensed Compound" means the compound known as QRF-1': an agreement's definition of what it licenses
    # ('"Active Ingredient" shall mean the synthetic Zeaxorin and/or esters thereof': or of what its product is made of)
    r'|[\"\u201c](?:[A-Z][\w-]*\s+){0,2}(?:Compound|Product|Molecule|Antibody|Candidate|Ingredient)s?[\"\u201d]\s+(?:shall\s+)?means?\s+'
    r"(?:the\s+(?:compound|molecule|product|antibody)\s+(?:known\s+as|designated|referred\s+to\s+as)\s+"
    r"|the\s+(?:synthetic|natural|recombinant|purified)\s+"
    r"|(?:any|each|the|a)\s+(?:pharmaceutical\s+)?(?:product|formulation|composition)s?\s+(?:that\s+)?(?:containing|contains|comprising|comprises)\s+)?"
    # "a license agreement with Y for QX7 in Japan", "a supply agreement with Y's unit for the development of Zenvoria":
    # what a deal with the other party is for
    rf"|\b(?P<deal_for>(?:licen[sc]e|licensing|development|commerciali[sz]ation|collaboration|co-development|supply|"
    rf"distribution|marketing|partnership)(?:,?\s+(?:and\s+)?{_DEAL_WORD}){{0,4}}\s+agreements?\s+with\s+(?:[^.;]|\.(?=[,\s'\u2019])){{1,80}}?"
    rf"\s+for\s+(?:the\s+{_USE_NOUN}(?:,?\s+(?:and\s+)?{_USE_NOUN})*\s+of\s+)?)"
    # "exclusive rights to QRF-1 in Japan": what the rights are to, named at once, by a code only ("rights to protest",
    # "a license to Incyte" name an act or a company); last, so that the readings above are tried first
    # ("to grant Y a licence for zelvirenz": what a license is for)
    r"|\b(?P<bare>(?:(?P<license>(?:sub)?licen[sc]es?)|rights?)\s+to|(?P<license_for>(?:sub)?licen[sc]es?)\s+for|licens(?:ee|or)s?\s+(?:for|of))\s+"
)
# ... after an appositive that says what it is ("an allogeneic CAR-T cell therapy, NKR-2,", "its proprietary
# compound, GF-1,", "its anti-CD20 antibody (ZX-5)"), and before what ends a noun phrase there: a territory, a
# field, a bracket, a comma, the other party ("licensed ZX-5 to", "rights to GF-1 from").
# (A description has no place or field in it: "the product in China, Taiwan and Korea" lists places.)
_APPOSED = re.compile(r"(?:an?|the|its|our|their)\s+(?:(?!\b(?:in|for|to|outside|within|throughout|and|or)\b)[^,.;()]){1,60}?"
                      r"(?:,\s+|\s+\((?=[^()]{1,30}\)))")
# ... or after the products it is made into: "to develop and commercialize pharmaceutical products consisting of Lodex and
# QMK", "a license to sell products containing ZX-1"
# (not "products incorporating Medisorb" or "based on": a technology they are made with)
_PRODUCTS_MADE_OF = re.compile(r"(?:(?:pharmaceutical|licensed|combination|finished)\s+)?products?\s+(?:consisting\s+of|containing|"
                               r"comprising)\s+")
_SLOT_END = re.compile(
    r"[®™]?(?=\s*[,;)(]|\.(?:\s|$)|\s+(?:for|in|within|outside|throughout|worldwide|globally|with|under|and|or|to|from|as)\b)")
# ... or after a determiner, before the noun of what it is: "a license to the ZX-5 compound" (not "its GLP-1
# program": a program, a protein may be named by its target).
_DETERMINER = re.compile(r"(?:the|its|our|their)\s+")
_CLASS_AFTER = re.compile(r"\s+(?:compound|molecule|antibody|peptide|product\s+candidate)s?\b")
# Shapes no other rule reads as a product: a code with one digit ("IGF-1", "KX2-391"), a generic name of no known
# stem, alone or before its salt ("metaxalone", "ferric citrate").
_ONE_DIGIT_CODE = re.compile(r"[A-Z][A-Za-z]{1,5}\d?-\d{1,3}")
_GENERIC_NAME = re.compile(r"(?:[a-z]{6,}|[A-Z][a-z]{5,})(?:\s+(?:[a-z]{6,}|[A-Z][a-z]{5,}))?")
_LOWER_GENERIC_NAME = re.compile(r"[a-z]{6,}(?:\s+[a-z]{6,})?")
# ... after what a license is to do ("to develop and commercialize Emrosi for", "for the commercialization of Symproic in"),
# a brand in one capitalized word no dictionary holds (not a place, nor a company: checked after), or a code of one
# letter ("to co-develop and commercialize R552,")
_BRAND_IN_SLOT = re.compile(r"[A-Z][a-z]{4,}")
# ... followed by what a medicine's license says next: its use, its territory, its mark or what it is (not "rights to
# develop Seattle in 2020": a place)
_BRAND_FOLLOWED = re.compile(r"[®™]|\s*\(|,\s+(?:an?|the|our|its)\s|\s+for\s+(?:the\s+)?(?:treatment|use|prevention|management)\b"
                             r"|\s+(?:in|outside|throughout)\s+(?:the\s+)?[A-Z]")
_LETTER_DIGITS = re.compile(r"[A-Z]\d{3,4}")
# ... after "licensed" as a verb: a brand in one word no dictionary holds, then the party it went to or came from, or
# what it is ("in-licensed Vitix from Y", "licensed Kelocate, a silicone gel, to Y")
_LICENSED_BRAND = re.compile(r"[A-Z][a-z]{4,}(?![a-z])")  # (a pattern of its own: the shapes are told apart by identity)
_LICENSED_BRAND_FOLLOWED = re.compile(r"[®™]?(?:\s+(?:to|from)\s+[A-Z]|,\s+(?:an?|another)\s(?!" + _A_COMPANY + "))")
# ... where a deal with the other party is for it, a brand only with its mark, its generic name in brackets or its use
# after it: what a deal is for is as often a territory or a disease ("for Vietnam (the "Territory")", "for Duchenne (DMD)")
_DEAL_BRAND_FOLLOWED = re.compile(r"[®™]|\s*\((?!(?:the|an?|as)\b)[a-z][a-z0-9 \-]{3,60}\)|\s+for\s+(?:the\s+)?(?:treatment|prevention|management)\b"
                                  r"|\s+in\s+(?:the\s+)?[A-Z]")
# ... and where a deal says what it is for: a coined brand in mixed case ("for ConXn (relaxin)")
_COINED_BRAND = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*")
# ... after "a license to", where a verb stands as often ("a license to compile and sell"): only before what ends a noun
_LICENSED_GENERIC_NAME = re.compile(
    r"[a-z]{6,}(?:\s+[a-z]{6,})?(?=[®™]?(?:\s*[,;)(]|\.(?:\s|$)|\s+(?:for|in|within|outside|throughout|worldwide|globally|from|under)\b))")
_OFFICIAL_GENERIC_NAME = re.compile(r"[a-z]{6,}(?=[®™]?(?:\s*[,;)(]|\.(?:\s|$)|\s+(?:for|in|within|outside|throughout|worldwide|from|under)\b))")
_ENGLISH_ENDING = re.compile(r"(?:s|tion|ment|ing|ity|ness|ogy|apy|ive|al|ous|ed|ly|er|ary|ure|ble|ese|ize|ise|some|cle|dle|body|gel)$")  # and verbs, parts
_SALT_FIRST = {"sodium", "potassium", "calcium", "magnesium", "lithium", "ferric", "ferrous"}  # "Sodium Stibogluconate"
_NEXT_IN_LIST = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
MAX_LICENSED_NAMES = 4  # a longer run is a catalogue, not the assets of one license


def find_licensed_compounds(sentence: Sentence, registry: Registry) -> None:
    """Products a license sentence names where its asset stands, in shapes no other rule reads as a drug."""
    text = sentence.text
    if "icen" not in text and "right" not in text and "mean" not in text and "agreement" not in text:
        return  # most sentences: no license, rights or definition, no slot to look for
    for m in _LICENSED_SLOT.finditer(text):
        start = m.end() + (len(a.group(0)) if (a := _APPOSED.match(text, m.end())) else 0)
        start += len(p.group(0)) if (p := _PRODUCTS_MADE_OF.match(text, start)) else 0
        shapes = _slot_shapes(m)
        for _ in range(MAX_LICENSED_NAMES):  # "relating to Sodium Stibogluconate, Pentamidine, analogues of ...": each name
            found = _licensed_name(text, start, shapes, deal=bool(m.group("deal_for")))
            if not found or registry.lookup(Kind.ORG, found[1]) or (found[1][0].isupper() and _starts_an_org(found[1], registry)):
                break
            start, name = found
            if not registry.lookup(Kind.PRODUCT, name):
                registry.add(Kind.PRODUCT, name, sentence.span(start, start + len(name)))
            if not (more := _NEXT_IN_LIST.match(text, start + len(name))):
                break
            start = more.end()


def _slot_shapes(m: re.Match) -> tuple[re.Pattern, ...]:
    if m.group("its_molecules"):
        return ()
    if m.group("to_license"):
        return (_ONE_DIGIT_CODE,)
    if m.group("license_for"):  # "a licence for efavirenz", not "a license for telehealth": a drug's official name only
        return (_ONE_DIGIT_CODE, _OFFICIAL_GENERIC_NAME)
    if m.group("bare"):  # a license to a generic name ("an exclusive license to metaxalone"); rights to an act ("to protest")
        return (_ONE_DIGIT_CODE, _LICENSED_GENERIC_NAME) if m.group("license") or m.group("license_for") else (_ONE_DIGIT_CODE,)
    if m.group("uses") or m.group("use_of"):
        return (_ONE_DIGIT_CODE, _LOWER_GENERIC_NAME, _BRAND_IN_SLOT, _LETTER_DIGITS)
    if m.group("deal_for"):
        # (not a short code of letters and digits run together: deals are as often for a target, "for NLRP3 in ...")
        return (_ONE_DIGIT_CODE, _LOWER_GENERIC_NAME, _BRAND_IN_SLOT, _COINED_BRAND, _LETTER_DIGITS)
    if m.group("verb"):
        return (_ONE_DIGIT_CODE, _LOWER_GENERIC_NAME, _LICENSED_BRAND)
    return (_ONE_DIGIT_CODE, _GENERIC_NAME)


# ... or molecules named by what they bind or do, where no name is given: "to license its anti-glycan antibody to Y", "an
# exclusive license to alpha-synuclein targeted antibodies developed by Y" (what is licensed; its analysts' name is this)
DESCRIBED_MOLECULE = (
    r"(?:(?:humanized|human|monoclonal|bispecific)\s+)*(?:anti-[A-Za-z0-9][\w-]*(?:\s+[A-Z0-9][\w-]*)?"
    # (not "GLP-1 agonists", "PD-1 antibodies": a target's initials before the kind name a class of drugs)
    r"|[a-z][\w-]*(?:\s+[A-Z0-9])?\s+targeted|[a-z]{4,}\s+[A-Z0-9])\s+(?:antibod(?:y|ies)|mAbs?|inhibitors?|agonists?|"
    r"antagonists?|degraders?)"
)
_DESCRIBED_MOLECULES = re.compile(
    rf"(?:certain\s+)?(?P<name>{DESCRIBED_MOLECULE})\b"
    r"(?=\s*[,;)(]|\.(?:\s|$)|\s+(?:for|in|within|outside|throughout|worldwide|to|from|developed|discovered|owned|under)\b)")


# ... whose owner the text gives ("its ...", "... developed by Y"), of no target a class of drugs is named for ("anti-PD-1
# antibodies"), and more than a kind ("certain targeted antibodies")
_OWNER_BEFORE = re.compile(r"(?:its|their|our|[A-Z][\w-]*['\u2019]s)\s+$")
_OWNER_AFTER = re.compile(r"\s+(?:developed|discovered|owned|invented)\s+by\b")


def _owned_molecules(text: str, start: int, m: re.Match) -> bool:
    said = m.group("name").split()
    if said[0].startswith("anti-") and TARGET_TOKEN.fullmatch(said[0][5:].rstrip("-")):
        return False
    if len([w for w in said if w.lower() not in {"humanized", "human", "monoclonal", "bispecific", "targeted"}]) < 2:
        return False
    return bool(_OWNER_BEFORE.search(text, max(0, start - 30), m.start("name")) or _OWNER_AFTER.match(text, m.end()))


def _licensed_name(text: str, start: int, shapes: tuple[re.Pattern, ...], deal: bool = False) -> tuple[int, str] | None:
    """Where the name at ``start`` begins and the name, if it has one of ``shapes`` and ends the phrase there."""
    det = _DETERMINER.match(text, start)
    if (m := _DESCRIBED_MOLECULES.match(text, det.end() if det else start)) and _owned_molecules(text, start, m):
        return m.start("name"), m.group("name")
    for at, ends in ((start, _SLOT_END), *([(det.end(), _CLASS_AFTER)] if det else [])):
        for shape in shapes:
            m = shape.match(text, at)
            if not m or re.match(r"[\w-]", text[m.end() : m.end() + 1]) or not ends.match(text, m.end()):
                continue
            name = m.group(0)
            if shape is _ONE_DIGIT_CODE and not (TARGET_TOKEN.match(name) or name.split("-")[0].upper() in NOT_CODE_PREFIX):
                return at, name
            if shape in (_BRAND_IN_SLOT, _COINED_BRAND) and not (_DEAL_BRAND_FOLLOWED if deal else _BRAND_FOLLOWED).match(text, m.end()):
                continue
            if shape is _LICENSED_BRAND and not _LICENSED_BRAND_FOLLOWED.match(text, m.end()):
                continue
            if shape is _OFFICIAL_GENERIC_NAME and _generic_substance(name):
                return at, name
            if shape in (_GENERIC_NAME, _LOWER_GENERIC_NAME, _LICENSED_GENERIC_NAME, _BRAND_IN_SLOT, _COINED_BRAND, _LICENSED_BRAND) and _no_word(name):
                return at, name
            if shape is _LETTER_DIGITS and name[0] not in "QF":  # "Q3", "F2012": a quarter, a year
                return at, name
    return None


def _no_word(name: str) -> bool:
    """A name none of whose words is an English word (the first of two may be a salt's: "ferric citrate")."""
    words = name.lower().split()
    if len(words) == 2 and words[0] in _SALT_FIRST:
        words = words[1:]
    return not any(w in common_words() or w in STOP_WORDS or w in REGIONS or _ENGLISH_ENDING.search(w) for w in words)


# ("K-CAB (ingredient: tegoprazan)", "PEG-ZELTRON (pegzelfermin)": a brand of two parts joined by a hyphen, and a bracket
# that says what the name in it is)
# (a hyphened brand in capitals only, or with such a label: "Halvex-Serono (cetuximab)" is the company that sells it, "Anti-TNF
# (adalimumab)" the kind of drug it is)
_BRAND_WITH_INN = re.compile(r"(?<![\w-])([A-Z][A-Za-z]{3,}|(?!ANTI-)(?![A-Z]+-(?:BIO|PHARMA?|SERONO|LABS?|GENE?|MED|HEALTH|THERAPEUTICS)\b)[A-Z]{1,6}-[A-Z]{3,}(?=[®™]?\s*\()|[A-Z][A-Za-z]{0,5}-[A-Z][A-Za-z]{2,}(?=[®™]?\s*\((?:active\s+)?(?:ingredients?|generic\s+name|INN)\s*:))"
                             r"(?:\s?[®™])?\s*\((?:(?:active\s+)?(?:ingredients?|generic\s+name|INN)\s*:\s*)?([a-z][a-z\-]+)(?=[/,\s)\-])")  # "ZEVTERA ® (ceftobiprole)"


# ... or by a generic name of no known stem and then the form it is given in: "VELDORA (zentorphine) buccal film",
# "Dolvexa (velpidol) extended-release tablets" (an old generic name has no stem to tell it by; its form does).
_DOSAGE_FORM_AFTER = re.compile(r"[^()]{0,40}\)\s+(?:(?:[a-z]+|extended-release|immediate-release|delayed-release)\s+){0,2}"
                                r"(?:films?|tablets?|capsules?|injection|injectable|solution|spray|patch(?:es)?|cream|gel|ointment|suspension)\b")


_SELLER_BEFORE = re.compile(r"\b(?:by|from|with)\s+$")


def _spelled_out(abbreviation: str, words: str) -> bool:
    """Whether the words in brackets after a name in capitals are what its letters stand for."""
    initials = "".join(w[0] for w in re.split(r"[\s-]+", words) if w)
    return abbreviation.isupper() and len(abbreviation) >= 2 and initials.upper() == abbreviation


def find_brands(sentence: Sentence, registry: Registry) -> None:
    """'Symtuza (darunavir/cobicistat/FTC/TAF)': a brand is followed by its INN(s) in brackets."""
    for m in _BRAND_WITH_INN.finditer(sentence.text):
        brand, inn = m.group(1), m.group(2)
        if _ends_a_longer_name(sentence.text, m.start()) or ("-" in brand and _SELLER_BEFORE.search(sentence.text, 0, m.start())):
            continue  # ("marketed by HALVEX-BIO (cetuximab)": who sells the drug)
        if _spelled_out(brand, sentence.text[m.start(2) : sentence.text.find(")", m.start(2))]):
            continue  # "an antibiotic for MRSA (methicillin-resistant Staphylococcus aureus)": an abbreviation and its words
        official = brand.lower() not in common_words() and _official_name(inn, sentence.text, m.end(2))
        generic = is_inn(inn) or official or (_DOSAGE_FORM_AFTER.match(sentence.text, m.end()) and _no_word(inn) and brand.lower() not in common_words())
        if generic and brand.lower() not in STOP_WORDS and not registry.lookup(Kind.ORG, brand):
            registry.add(Kind.PRODUCT, brand, sentence.span(m.start(1), m.end(1)))
    find_described_brands(sentence, registry)


def _official_name(word: str, text: str, end: int) -> bool:
    """A drug substance's official name (INN, USAN) in the FDA's list, where its stem is not one INN rules know
    ("oxybutynin"), as the whole bracket or before its salt ("(oxybutynin chloride)"), in a sentence about drugs. The list
    holds commodities too ("platinum", "glycerin", "oxygen"): "the Kestrava (platinum group metals) project" is a mine."""
    if len(word) < 6 or word.lower() in common_words() or not _official(word):
        return False
    return bool(_BRACKET_ENDS.match(text, end)) and bool(DRUG_CONTEXT.search(text) or _RIGHTS.search(text))


_BRACKET_ENDS = re.compile(r"\s*\)|\s+[a-z]+(?:ide|ate)\s*\)")


_POSSESSIVE = re.compile(r"[A-Za-z]['\u2019]s$")


def _ends_a_longer_name(text: str, start: int) -> bool:
    """Whether the name at ``start`` is the last word of a longer one: "Boehringer Ingelheim (bivatuzumab ...)",
    not the brand of an owner's possessive ("Hoechst's Ditropan (oxybutynin chloride)")."""
    before = text[:start].split()
    last = before[-1] if before else ""
    return last[:1].isupper() and not last.endswith((":", ".")) and not _POSSESSIVE.search(last)


# A name followed by what kind of medicine it is, in brackets: "Relaxa (recombinant human relaxin)", "Nicopatch
# (transdermal nicotine product)", "QV7 (licensed antibody)". The bracket says it is a drug where the name's shape
# cannot (a coined word, a short code); a bracket that defines or abbreviates ("(the "Product")", "(ADC)") says nothing.
_DESCRIBED_BRAND = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][a-z]+[A-Z][A-Za-z]*|[A-Z][a-z]{3,}|[A-Z]{2,4}\d{1,2}[a-z]?)(?:\s?[®™])?\s\((?P<desc>[a-z][A-Za-z0-9 \-]{3,60})\)")
# (what the bracket starts or ends with says what the name is: "(a private company developing oral peptide drugs)" is a
# company's description; a name before a trial, a study or a site is theirs, "the Zenith (inhaled insulin) trial")
_DRUG_DESCRIPTION = re.compile(
    r"^(?:recombinant|transdermal|monoclonal|humani[sz]ed|topical|oral|intravenous|inhaled|injectable)\b"
    r"|\b(?:antibody|antibodies|product|protein|peptide|vaccine|formulation|hormone|enzyme|insulin|inhibitor|agonist|"
    r"antagonist|drug|compound|tablets?|capsules?|injection|spray|patch|cream|gel|ointment)$")
_NOT_A_DRUG_NAME_AFTER = re.compile(r"\s+(?:trials?|stud(?:y|ies)|programs?|programmes?|plants?|facilit(?:y|ies)|sites?|projects?|mines?)\b")
_HONORIFIC_BEFORE = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Prof|Sir)\.?\s+$")
# ... nor one that says what a molecule of the body is ("APOE4 (a lipid transport protein)", "Insulin (a peptide hormone)"):
# a drug's bracket names its substance without an article; nor a technology's ("KeyGene (monoclonal antibody platform)")
_BIOLOGY_DESCRIPTION = re.compile(r"(?:the|an?)\s|.*\b(?:platform|technology|company|system|library)$")


_BODY_MOLECULE = re.compile(r"\b(?:protein|hormone|enzyme|peptide|receptor|factor)$")


def _code_ok(code: str) -> bool:
    return re.match(r"[A-Za-z]+", code).group(0).upper() not in NOT_CODE_PREFIX and not TARGET_TOKEN.match(code)


def _generic_substance(name: str) -> bool:
    """A substance's own name, capitalized as a sentence starts it ("Insulin", "Glucagon"): no brand."""
    return is_inn(name.lower()) or _official(name)


def _official(word: str) -> bool:
    """A name the FDA's list gives as a substance's official name (INN, USAN)."""
    return drug_names().get(word.upper()) == "official"


# Products a text lists in brackets after the word: "its two COPD products (Zelvira Breezer and Qorvix Breezer)",
# "marketed products (Dolvexa, Quellin and Zentrix)" (not "products (the "Products")" nor "products (Drugs and Devices)").
# (what kind of products they are says they are medicines: "COPD products", "marketed products"; not "products (North
# America, Europe and Asia Pacific)", "sold products (Kestrel, Orsolo and Halvex)": regions, customers)
_BRACKETED_PRODUCTS = re.compile(r"\b(?:[A-Z]{2,6}|marketed|approved|commercial|commercialized|pharmaceutical|drug|branded|prescription|"
                                 r"generic|respiratory|ophthalmic|oncology|dermatology|biosimilar)\s+products\s+\((?P<list>[A-Z][^()]{2,100})\)")
_LISTED_NAME = re.compile(r"[A-Z][A-Za-z0-9\-]+(?:[ ][A-Z][A-Za-z0-9\-]+){0,2}[®™]?")


def _bracketed_products(sentence: Sentence, registry: Registry) -> None:
    for m in _BRACKETED_PRODUCTS.finditer(sentence.text):
        items = re.split(r",\s+(?:and\s+)?|\s+and\s+", m.group("list"))
        if not 2 <= len(items) <= 6 or not all(_LISTED_NAME.fullmatch(item) for item in items):
            continue
        if any(item.split()[0].lower() in common_words() | REGIONS or registry.lookup(Kind.ORG, item) for item in items):
            continue
        at = m.start("list")
        for item in items:
            at = sentence.text.index(item, at)
            if not registry.lookup(Kind.PRODUCT, item.rstrip("®™")):
                registry.add(Kind.PRODUCT, item.rstrip("®™"), sentence.span(at, at + len(item.rstrip("®™"))))


# ... or before an apposition that says it is a medicine for something: "rights to Gattex, a therapy for patients with short
# bowel syndrome", "Vitix, another drug for leucoderma" (not "Dr. Halden, a drug developer for ...": what the head is for)
_APPOSED_BRAND = re.compile(
    # (not "Kelvaro, a pioneer of gene therapy for hemophilia", "Duke, a leader in cell therapy for ...": who makes medicines)
    r"(?<![\w-])(?P<name>[A-Z][a-z]+[A-Z][A-Za-z]*|[A-Z][a-z]{3,})[®™]?,\s+(?:an?|another|the|its|our|their)\s+"
    r"(?:(?!(?:leader|pioneer|developer|specialist|company|provider|maker|focused|expert|innovator|in|of|at)\b)[\w-]+\s+){0,3}?"
    r"(?:therapy|treatment|drug|medicine|medication|vaccine|biologic|formulation|antibiotic|analgesic|antidepressant|"
    r"(?:drug|product|clinical)\s+candidate)\s+(?:for|to\s+treat|indicated|approved|that|which|used)\b")


def find_described_brands(sentence: Sentence, registry: Registry) -> None:
    """Products named before a bracket that says what kind of medicine they are, or listed in one after "products"."""
    if ", a" in sentence.text or ", an" in sentence.text or ", the" in sentence.text:
        _apposed_brands(sentence, registry)
    if "(" not in sentence.text:
        return
    if "products (" in sentence.text:
        _bracketed_products(sentence, registry)
    for m in _DESCRIBED_BRAND.finditer(sentence.text):
        name = m.group("name")
        if not _DRUG_DESCRIPTION.search(m.group("desc")) or _ends_a_longer_name(sentence.text, m.start()):
            continue
        if _NOT_A_DRUG_NAME_AFTER.match(sentence.text, m.end()) or _HONORIFIC_BEFORE.search(sentence.text, 0, m.start()):
            continue
        if _BIOLOGY_DESCRIPTION.match(m.group("desc")) or _generic_substance(name):
            continue
        if name[-1].isdigit() and (not _code_ok(name) or _BODY_MOLECULE.search(m.group("desc"))):
            continue  # a gene's product: "SMN1 (survival motor neuron protein)"
        if name.lower() in common_words() or name.lower() in STOP_WORDS or name.lower() in REGIONS or TARGET_TOKEN.match(name):
            continue
        if not registry.lookup(Kind.ORG, name) and not registry.lookup(Kind.PRODUCT, name):
            registry.add(Kind.PRODUCT, name, sentence.span(m.start("name"), m.end("name")))


def _apposed_brands(sentence: Sentence, registry: Registry) -> None:
    for m in _APPOSED_BRAND.finditer(sentence.text):
        name = m.group("name")
        if name.lower() in common_words() or name.lower() in STOP_WORDS or name.lower() in REGIONS or places_in(name):
            continue
        if _HONORIFIC_BEFORE.search(sentence.text, 0, m.start()) or _ends_a_longer_name(sentence.text, m.start()):
            continue  # "Dr. Halden, a drug developer", "Halvex Therapeutics, the drug maker": a person's or a company's name
        if not registry.lookup(Kind.ORG, name) and not registry.lookup(Kind.PERSON, name) and not _starts_an_org(name, registry):
            registry.add(Kind.PRODUCT, name, sentence.span(m.start("name"), m.end("name")))


def _link_aliases(left: str, right: str, registry: Registry, said: bool = False) -> None:
    """Two names of one product; ``said`` where the text says so in words ("known as"), not only by a bracket."""
    right = right.strip(" ,;")
    if _same_series(left.split()[-1] if left.split() else left, right):
        return  # "SENTI-202 (SENTI-401)": two molecules of one pipeline, not two names of one
    lref = _product_suffix(left, registry)
    rref = registry.lookup(Kind.PRODUCT, right)
    if lref and rref and lref != rref:
        registry.merge(rref, into=lref)
    elif lref and not rref and _alias_shape(right):
        registry.add_alias(lref, right)
    elif rref and not lref:
        words = left.split()
        candidate = words[-1] if words else left
        # "Trodelvy (sacituzumab govitecan-hziy)": a brand name followed by its INN in brackets.
        # The INN is lower case as INNs are written, and the brand is a name of its own
        # (not the last word of "Boehringer Ingelheim (bivatuzumab mertansine)").
        previous_capitalized = len(words) > 1 and words[-2][:1].isupper()
        brand = (
            re.fullmatch(r"[A-Z][A-Za-z]{3,}[®™]?", candidate) and not previous_capitalized
            and right[:1].islower() and is_inn(right.split()[0].split("-")[0])
        )
        # "milademetan (DS-3032b)": a drug's name of no known stem before its code, a word filings never use
        # ("a product known as Aplorone, which is now known as PLW-006": or a capitalized one where words say so, not a bracket:
        # "Millennium (MLN2704)" is a company and its code)
        named = looks_like_code(right) and re.fullmatch(r"[A-Za-z][a-z]{6,}" if said else r"[a-z]{7,}", candidate) and candidate.lower() not in common_words()
        # ("IL13-PE38QQR, generically known as cintredekin besudotox": a code no shape rule reads, its INN said in words)
        coded = (said and re.fullmatch(r"(?=[\w-]*\d)(?=[\w-]*[A-Z])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+", candidate) is not None
                 and right[:1].islower() and any(is_inn(w) for w in right.split()))
        if (_alias_shape(candidate) or brand or named or coded) and not registry.lookup(Kind.ORG, candidate) and candidate.lower() not in STOP_WORDS:
            registry.add_alias(rref, candidate.rstrip("®™"))


def _same_series(a: str, b: str) -> bool:
    pa, pb = re.match(r"[A-Za-z]+", a), re.match(r"[A-Za-z]+", b)
    return bool(pa and pb and looks_like_code(a) and looks_like_code(b) and pa.group(0).upper() == pb.group(0).upper())


def _product_suffix(text: str, registry: Registry):
    """The product named by the end of ``text`` ("... cantuzumab mertansine")."""
    words = text.split()
    for n in (2, 1):
        if len(words) >= n and (ref := registry.lookup(Kind.PRODUCT, " ".join(words[-n:]))):
            return ref
    return None


@lru_cache(maxsize=1)
def drug_names() -> dict[str, str]:
    """Names of drug substances in capitals and their kinds, "code", "official" (INN, USAN) or "brand"
    (``drug_names.txt``, written by ``tools/drug_names.py`` from the FDA's UNII list)."""
    return dict(reversed(line.split("\t", 1)) for line in word_list("drug_names.txt"))


# A word of a drug's name: "Lidoderm", "CX1632", "KX2-391"; or a word and a number ("Debio 0932").
_DRUG_WORD = re.compile(r"(?<![\w\-/.@])([A-Za-z][A-Za-z0-9\-]{3,}(?:[ ]\d{2,6})?)(?![\w\-/@]|\.\w)")
_DESCRIBED_COMPANY_BEFORE = re.compile(rf"{COMPANY_DESCRIPTOR}\s+$")
_ORG_AFTER = re.compile(r"[ ,]+(?:Inc|Corp|Ltd|LLC|plc|AG|SA|GmbH|Pharma\w*|Therapeutics|Bio\w*|Laboratories|Labs)\b")


def find_registered_drugs(sentence: Sentence, registry: Registry) -> None:
    """Drugs named by a name the FDA registers, whatever its shape, in a sentence about drugs or their rights:
    "rights to Lidoderm", "the compound CX1632". Not a word in small letters (the list holds enzymes, gases and
    tissues as well as drugs: "oxygen", "plasma"), an acronym or a gene's symbol in capitals ("NASH", "STAT3"),
    a target, or a word of a longer name found already ("tisotumab" of "tisotumab vedotin")."""
    text = sentence.text
    if not (DRUG_CONTEXT.search(text) or _RIGHTS.search(text)):
        return
    names = drug_names()
    for m in _DRUG_WORD.finditer(text):
        word = m.group(1) if m.group(1).upper() in names else m.group(1).split()[0]
        listed = names.get(word.upper())
        if not (_registered_as_written(word, listed) or (listed == "brand" and _marked_brand(text, m.start(1), word))):
            continue
        if _SYMBOL.fullmatch(word) or TARGET_TOKEN.match(word) or _ORG_AFTER.match(text, m.start(1) + len(word)):
            continue
        if _DESCRIBED_COMPANY_BEFORE.search(text, max(0, m.start(1) - 30), m.start(1)):
            continue  # "through US-based Aqua": what a release says a company is, before its name
        if re.match(r"[A-Za-z]+", word).group(0).upper() in NOT_CODE_PREFIX or _GREEK.search(word):
            continue  # "COVID-19", "SARS-CoV-2": a disease and a virus; "PI3K-gamma", "Beta-2": targets
        if any(registry.lookup(kind, word) for kind in (Kind.ORG, Kind.PERSON, Kind.PLATFORM, Kind.PRODUCT)) or _part_of_a_name(word, registry):
            continue
        registry.add(Kind.PRODUCT, word, sentence.span(m.start(1), m.start(1) + len(word)))


def _marked_brand(text: str, start: int, word: str) -> bool:
    """A capitalized brand the text marks as a product: "Losec®", "Losec (omeprazole)", "the rights to Losec"."""
    return word[1:].islower() and bool(_BRAND_AFTER.match(text, start + len(word)) or _BRAND_BEFORE.search(text, max(0, start - 60), start))


def _registered_as_written(word: str, kind: str | None) -> bool:
    """A code of any kind; a word in capitals an official or a brand name ("ZEJULA"); a capitalized word only an
    official name ("Pixantrone"): brands are often words too ("Ardent", "Dial"). Not a word in small letters (the
    INNs are read by their stems; the rest are enzymes, gases, tissues) nor "cGMP"-like ones."""
    if kind is None or not word[0].isupper():
        return False
    if re.search(r"\d", word):
        return True
    if word.isupper():
        return kind in ("official", "brand")
    return kind == "official" and word[1:].islower()


# An acronym or a gene's symbol: capitals, maybe a digit or two ("NASH", "STAT3", "SCN9A", "RIP1").
_SYMBOL = re.compile(r"[A-Z]{2,5}(?:\d{1,2}[A-Z]?)?|[A-Z]{2,5}-\d[A-Z]?")
# What marks a capitalized brand as the product (see _marked_brand): brands are often words too ("Ardent", "Sorrel"),
# and only such a mark tells the product from the word.
_BRAND_AFTER = re.compile(r"\s?[®™]|\s\((?:[a-z]|[A-Z][A-Z0-9\-]{3,})")
_BRAND_BEFORE = re.compile(r"\b(?:rights\s+to|licen[sc]e\s+(?:to|for)|brands?|products?|marketed\s+as|sold\s+as|"
                           r"commerciali[sz]e|divest(?:ed|iture\s+of)?|sale\s+of)\s+(?:the\s+|its\s+|our\s+)?"
                           r"(?:(?:[A-Z][\w\-]*|and|,)\s*){0,6}$")
_GREEK = re.compile(r"(?:^|-)(?:alpha|beta|gamma|delta|kappa|epsilon)(?:-|$)", re.I)
_RIGHTS = re.compile(r"\b(?:licen[sc]|rights?\s+to\b|commerciali[sz]|develop)")


def _part_of_a_name(word: str, registry: Registry) -> bool:
    return any(word.lower() in (n.lower().split()) for m in registry.of_kind(Kind.PRODUCT) for n in (m.name, *m.aliases) if " " in n)
