"""Products: by INN stem, code-name shape in a drug context, trademark signs and what a sentence says.

:func:`find_products` ("zenprofen", "QRV-12 in Phase 2", "Dolverex®"), the codes a filing names as
parts (:func:`part_codes`: "our CF-09 capsid"), brands in licensing tables
(:func:`find_table_brands`) and therapies named by target and platform
(:func:`find_platform_programs`: "NY-ESO SPEAR T-cell therapy").
"""

from __future__ import annotations

import re

from ...model import Kind
from ..context import Registry
from ..names import (
    CODE_NAME,
    INN_PAIR,
    INN_WORD,
    NOT_CODE_PREFIX,
    ORG_KEYWORDS,
    REGIONS,
    STOP_WORDS,
    TARGET_TOKEN,
    is_inn,
    looks_like_code,
)
from ..places import DEMONYMS, a_place
from ..sentences import Sentence
from ..truecase import common_words
from .common import (
    COMPONENT_CONTEXT,
    DRUG_CONTEXT,
    FLATTENED_MARK,
    GENERIC_TECH_WORDS,
    TRADEMARK,
    _is_headline,
    _sentence_initial,
    _sentence_word,
    _starts_an_org,
)
from .platforms import marked_prefix
from .product_names import _no_word, _products_with_abbreviations


class LowerCaseWords:
    """The INN-like words a filing writes in lower case somewhere (as an INN is written). Found on the
    first question, which few filings ask: a second pass of INN_WORD over every text costs 8% of a build."""

    def __init__(self, sentences: list[Sentence]) -> None:
        self._sentences, self._words = sentences, None

    def __contains__(self, word: str) -> bool:
        if self._words is None:
            self._words = {m.group(0) for s in self._sentences for m in INN_WORD.finditer(s.text) if m.group(0)[0].islower()}
        return word in self._words


def find_products(sentence: Sentence, registry: Registry, parts: frozenset[str] = frozenset(),
                  lower: LowerCaseWords | None = None) -> None:
    """Product candidates by INN, code name and brand; ``parts`` are codes the filing elsewhere
    calls a part ("our CF-09 capsid"), which are not products wherever they appear; ``lower`` the
    INN-like words the filing writes in lower case (None: not known, every INN-like word is one)."""
    text = sentence.text
    taken: list[tuple[int, int]] = []
    for m in INN_PAIR.finditer(text):
        registry.add(Kind.PRODUCT, m.group(0), sentence.span(m.start(), m.end()))
        taken.append((m.start(), m.end()))
    for m in _INN_WITH_LETTER.finditer(text):
        word = m.group(1) or m.group(2)
        if not any(s <= m.start() < e for s, e in taken) and (is_inn(word) or _PEG_ENZYME.fullmatch(word)):
            registry.add(Kind.PRODUCT, m.group(0), sentence.span(m.start(), m.end()))
            taken.append((m.start(), m.end()))
    for m in INN_WORD.finditer(text):
        if any(s <= m.start() < e for s, e in taken) or not is_inn(m.group(0)):
            continue
        if re.match(r"-[A-Z0-9]", text[m.end() : m.end() + 2]) or _NAMES_A_TARGET.match(text, m.end()):
            continue  # "Trastuzumab-DM1": part of a longer code name; "phosphoinositide 3-kinase": a target
        following = re.match(r"\s+([A-Za-z]+)", text[m.end() : m.end() + 30])
        owner = m.group(0)[0].isupper() and text[m.end() : m.end() + 2] in ("'s", "\u2019s") and not _sentence_initial(text, m.start())
        if m.group(0)[0].isupper() and (owner or (following and following.group(1).lower() in ORG_KEYWORDS)):
            continue  # "Halvorsen Biosciences", "Halvorsen's lead compound": a company that happens to end like an INN
        capitalized_mid_sentence = m.group(0)[0].isupper() and not _sentence_initial(text, m.start())
        company_cue = _COMPANY_BEFORE.search(text, 0, m.start()) or _ACTS_AFTER.match(text, m.end())
        if len(m.group(0)) >= _INN_LENGTH and company_cue and company_cue.group(0).strip() == "of":
            company_cue = None  # "the commercialization of Zelvaprizumab": a drug, as long as INNs are
        if (capitalized_mid_sentence and lower is not None and company_cue
                and not _is_headline(text) and m.group(0).lower() not in lower):
            continue  # "company Genmab has granted", "Officer of Genmab": a company, never written as an INN is
        if capitalized_mid_sentence and registry.lookup(Kind.ORG, m.group(0)):
            continue  # a company or place that happens to end like an INN
        if m.group(0).endswith("sen") and _named_person(text, m.start(), m.end()):
            continue  # "Dr. Halvorsen", "Morten Thorsen": a surname that ends like an antisense drug (-rsen)
        if m.group(0)[0].isupper() and _starts_an_org(m.group(0), registry):
            continue  # "Halvorsen could receive ...", short for Halvorsen Biosciences, Inc.
        if _RESISTED.match(text, m.end()):
            continue  # "methicillin-resistant Staphylococcus aureus": what a germ or a tumour resists, a disease's name
        ref = registry.add(Kind.PRODUCT, m.group(0), sentence.span(m.start(), m.end()))
        if salt := _SALT_AFTER.match(text, m.end()):
            registry.add_alias(ref, f"{m.group(0)} {salt.group(1)}")  # "zentabulin tromethamine": the INN as the salt is sold
    drug_context = DRUG_CONTEXT.search(text) is not None
    for m in _CODE_CANDIDATE.finditer(text):
        code = m.group(1)
        if _GLUED_WORD_AFTER.search(code) and text[m.end(1) : m.end(1) + 1] == " ":
            code = code[:-2]  # "an exclusive license to CG-806in China": a text conversion glued the next word on
        if any(s <= m.start() < e for s, e in taken) or not looks_like_code(code):
            continue
        if (glued := _GLUED_CODE.fullmatch(code)) and _glued_word(glued.group("word")):
            continue  # "submission forUGN-101": a word glued to the code before it (_find_glued_codes reads the code)
        if code[:5].lower() == "anti-":
            continue  # "(Anti-CD19 single-chain variable fragment)": what a molecule binds, in the shape of "Trastuzumab-DM1"
        if not (drug_context or registry.lookup(Kind.PRODUCT, code) or _ACTS_AS_A_DRUG.match(text, m.end(1))
                or _SAID_TO_BE_A_DRUG.match(text, m.end(1))  # "ZX-5, our bispecific antibody, engages CD3"
                or ((_OPTION_BEFORE.search(text, 0, m.start(1)) or _TITLE_AFTER.match(text, m.end(1)))
                    and not re.search(r"-(?:19|20)\d\d$", code) and not _NOT_A_DRUG_AFTER.match(text, m.end(1)))):
            continue
        if COMPONENT_CONTEXT.search(text) and not registry.lookup(Kind.PRODUCT, code) and not _IS_A_SUBJECT.match(text, m.end(1)):
            continue  # "conjugated to DM1": a part; but "ZX-301 is an antibody-drug conjugate composed of ..." is the whole
        if code in parts or _is_org_or_ticker(code, text, m.start(), registry) or _not_a_molecule(code, text, m.start(1), m.end(1)):
            continue
        if _MORE_TARGETS.fullmatch(code):
            continue  # "TNFRSF17", "NKp46", "KRASG12C": a gene, a receptor or a mutation, no molecule's code
        if all(TARGET_TOKEN.match(half) for half in code.split("-")):
            continue  # "PSMA-CD3 bispecific antibodies": the two targets a bispecific binds, no molecule's code
        registry.add(Kind.PRODUCT, code, sentence.span(m.start(1), m.start(1) + len(code)))
    # "a license on EVT 401, a selective, small molecule P2X7 antagonist,": a code of three digits after a space, where the
    # text says what molecule it is (alone the shape is a standard's or a form's: "ASC 606", "Form FDA 483")
    for m in _SPACED_CODE.finditer(text) if " " in text else ():
        said = _SAID_TO_BE_A_DRUG.match(text, m.end(1)) if m.group("prefix") not in NOT_CODE_PREFIX else None
        if said and not _OF_ANOTHER.search(said.group(0)):  # not "AURA 301, a Phase 3 trial of our oral small molecule"
            registry.add(Kind.PRODUCT, m.group(1), sentence.span(m.start(1), m.end(1)))
    # "DCR-PHXC from DCR-PH1": a code of letters only beside a product code of the same company prefix
    for m in _LETTER_CODE.finditer(text):
        if any(p.name.startswith(m.group(2)) and p.name != m.group(1) for p in registry.of_kind(Kind.PRODUCT)):
            registry.add(Kind.PRODUCT, m.group(1), sentence.span(m.start(1), m.end(1)))
    flattened = FLATTENED_MARK.finditer(text) if "TM" in text else ()  # a pattern tried at every capital: look first
    for m in [*TRADEMARK.finditer(text), *flattened]:
        brand = m.group(1)
        if joined := marked_prefix(text, m.start()):
            if drug_context:  # "QuadBody®-CD3xB7H4": the molecule is the whole, its platform the mark (find_platforms)
                registry.add(Kind.PRODUCT, f"{brand}-{joined.group('code')}", sentence.span(m.start(), joined.end()))
            continue
        following = text[m.end() : m.end() + 120].lower()
        # ("a TriGuard™-based vaccine", "its Zetrix® portfolio of antibodies": a platform, PLATFORM_BASED; "our Tri-valent
        # Killer Binder (TriKB®) fusion protein cell engager technology platform": the mark an acronym in brackets, and
        # up to five words of what it makes before the head)
        if re.match(r"-based\b|\)?\s*(?:\([^()]*\)\s*)?(?:(?!(?:is|are|was|were|an?|the|our|its|their|and|or|with|using|by|to|of|in|for)\b)"
                    r"[a-z][a-z\-]*\s+){0,5}(?:technolog|platform|portfolio)", following) or registry.lookup(Kind.ORG, brand):
            continue
        if (kind := _ONE_OF_A_KIND.match(text, m.end())) and _INDEFINITE_BEFORE.search(text, 0, m.start()):
            # "an inhaled Zentrabody® protein", "a Quorvex™ antibody": one of the molecules the marked platform makes
            ref = registry.add(Kind.PLATFORM, brand, sentence.span(m.start(1), m.end(1)))
            registry.add_alias(ref, f"{brand} {kind.group(1)}")
            continue
        if re.search(r"\bplatform\s+$", text[max(0, m.start() - 12) : m.start()]):
            # "entered into platform Captisol® license agreements": the brand names the platform
            registry.add_alias(registry.add(Kind.PLATFORM, f"{brand} platform", sentence.span(m.start(1), m.end(1))), brand)
            continue
        if brand.lower() in common_words() and re.search(r"[A-Z][\w-]*\s+$", text[max(0, m.start(1) - 40) : m.start(1)]):
            continue  # "Selexis SUREtechnology Platform™ and SURE CHO-M Cell Line™": a longer mark's last word
        sold = not drug_context and _SALES_CONTEXT.search(text) and not _NOT_A_MEDICINE_AFTER.match(text, m.end())
        if (drug_context or sold) and not looks_like_code(brand) and brand.lower() not in STOP_WORDS:
            ref = registry.add(Kind.PRODUCT, brand, sentence.span(m.start(1), m.end(1)))
            if m.re is FLATTENED_MARK:
                registry.add_alias(ref, m.group(0))  # as the text spells it
            if release := _RELEASE_FORM.match(text, m.end()):  # "Zentadol® ER": a product of its own, sold beside Zentadol®
                registry.add(Kind.PRODUCT, f"{brand} {release.group(1)}", sentence.span(m.start(1), release.end()))
    if drug_context and "/" in text:
        _find_slashed_brands(sentence, registry)
    _find_indicated_products(sentence, registry)
    _find_more_codes(sentence, registry, drug_context)
    _find_sold_brands(sentence, registry)
    _find_described_generics(sentence, registry)
    _products_with_abbreviations(sentence, registry)  # before defined terms: its abbreviation is no company's short name


# A marked name between an indefinite article and the kind of molecule it is: the platform the molecule is one of
# ("an inhaled Zentrabody® protein", "a Quorvex™ bispecific antibody"), as "the Zentrabody® platform" would be.
_ONE_OF_A_KIND = re.compile(r"\s+((?:bispecific\s+|fusion\s+)?(?:protein|antibody|molecule|peptide|scaffold|binder))\b")
_INDEFINITE_BEFORE = re.compile(r"\b(?:an?|another)\s+(?:[a-z][\w-]*\s+){0,2}$")


# The letters of a brand's release form after its mark: "Zentadol® ER (velpidol)", "Dolvexa® XR tablets".
_RELEASE_FORM = re.compile(r"[ ](ER|XR|SR|CR|XL|LA|ODT|DR)(?![\w-])")


# The salt an INN is made up as, written after it: "zentabulin tromethamine", "velcitabine hydrochloride".
_SALT_AFTER = re.compile(r"\s((?:di|mono)?hydrochloride|hydrobromide|(?:di)?sodium|potassium|calcium|magnesium|mesylate|besylate|"
                         r"tosylate|tromethamine|meglumine|citrate|tartrate|maleate|fumarate|succinate|sulfate|phosphate|acetate|bromide|chloride)\b")


# ... and a word no dictionary holds before a salt only drugs are made up as is a drug's generic name, an INN's stem or
# not, where the sentence speaks of drugs: "velfenamine hydrochloride", "dexzoltane mesylate (Quorex®)" (with the brand it
# is sold under in brackets, marked or said to be a product).
_SALT_NAMED = re.compile(r"(?<![\w-])(?P<name>[a-z]{7,})\s(?P<salt>(?:di|mono)?hydrochloride|hydrobromide|mesylate|besylate|tosylate|"
                         r"tromethamine|meglumine|maleate|fumarate|succinate|tartrate|xinafoate)\b"
                         r"(?:\s*\((?P<brand>[A-Z][A-Za-z]{3,})(?P<mark>[®™])?\)(?P<said>,\s+an?\s+(?:[\w-]+\s+){0,3}?(?:product|drug|medicine))?)?")
# Salts of what is no medicine: reagents, nutrients, amino acids (a sentence about a formulation names them too).
_NOT_DRUG_SALTS = {"guanidine", "hydroxylamine", "thiamine", "pyridoxine", "ammonium", "ferrous", "ferric", "cysteine", "lysine",
                   "arginine", "glycine", "histidine", "glucosamine", "betaine", "carnitine", "choline", "ornithine"}


# "efzentermin alfa", "darbepoetin alfa-2b", "zentolizumab pegol": an INN with its Greek letter or its
# polyethylene glycol is one name; "pegzentase alfa", "pegloticase": a pegylated enzyme is a drug by its
# prefix and ending, though "-ase" alone ends as many words of biology as drugs.
_GREEK_AFTER = r"\s+(?:alfa|beta|gamma|pegol)(?:-\d[a-z]?)?(?![\w-])"
_PEG_ENZYME = re.compile(r"[Pp]eg[a-z]{4,}ase")
_INN_WITH_LETTER = re.compile(rf"(?<![\w-])([A-Za-z][a-z]{{4,}}){_GREEK_AFTER}|(?<![\w-])({_PEG_ENZYME.pattern})(?![\w-])")

# Targets of code shape TARGET_TOKEN leaves out: gene families numbered ("TNFRSF17"), NK cell receptors
# ("NKp46", "NKG2D"), a gene with its mutation run together ("KRASG12C", "EGFRT790M").
_MORE_TARGETS = re.compile(r"TNFR?SF\d{1,2}[A-Z]?|NKp\d{2}|NKG2[A-D]|(?:KRAS|NRAS|HRAS|BRAF|EGFR|PIK3CA|IDH[12]|FLT3|BTK|ESR1)[A-Z]\d{2,4}[A-Z]")

# Code shapes CODE_NAME leaves out: a modality in the code ("ZT-CAR19"), a number in two parts ("NNC0385-0434"),
# a program of two molecules ("ZTX-101/102"), one molecule by the codes of its two partners ("ZTX209/QV414"), a
# number in two parts after a space ("ZAY 43-9006", as some large companies number compounds).
# Each only where the text speaks of drugs, and neither half a target.
_MORE_CODES = re.compile(r"(?<![\w$.\-/])([A-Z]{2,6}-[A-Z]{2,5}\d{1,4}|[A-Z]{2,6}\d{3,5}-\d{3,5}|[A-Z]{2,6}-\d{2,5}/\d{2,5}"
                         r"|[A-Z]{2,6}-?\d{2,5}[A-Z]?/[A-Z]{2,6}-?\d{2,5}[A-Z]?|[A-Z]{2,4}[ ]\d{2}-\d{4})(?![\w\-/])")
# A code of letters or of one digit ("QRV-FH", "QX-7") is a drug only where the text says it is one:
# "QRV-FH, a gene therapy for ...", "QX-7 is an oral small molecule" (not "IL-2, a cytokine", "CAR-T, a therapy").
# ("HuMax-TF": the prefix may have a capital inside, as coined names do)
_SHORT_CODE = re.compile(r"(?<![\w$.\-/])((?:[A-Z]{2,5}|[A-Z][a-z]{1,3}[A-Z][a-z]{0,3})-(?:[A-Z]{2,6}|\d))(?![\w\-/])")
# ... or a code of letters a company calls its program: "Our CMP-FH program", "advancing our QRV-SYNGAP program"
# (a digit there names a target: "its GLP-1 program").
_OWN_BEFORE = re.compile(r"(?:\b(?:[Oo]ur|[Ii]ts|[Tt]heir)|['\u2019]s)\s+$")
# ("its HuMax-TF antibody targeting ...", "its QRV-FH Phase I liver cancer trial": what the program is, or its trial)
_PROGRAM_AFTER = re.compile(r"\s+(?:program|product\s+candidate|drug\s+candidate|compound|molecule|antibody)s?\b"
                            r"|\s+Phase\s+(?:[1-3]|I{1,3})[ab]?\s+(?:[a-z]+\s+){0,3}(?:trial|study)\b")
# ... or an agreement's defined program, capitalized: "terminate the Collaboration with regards to the QRV-AADC Program"
_DEFINED_PROGRAM_AFTER = re.compile(r"\s+Program\b")
# ("ZX-9, a previously undisclosed preclinical RNA interference (RNAi) therapeutic": up to eight words, an acronym in
# brackets among them, before the kind; "therapeutic" as a noun, not "a novel therapeutic approach")
_SAID_TO_BE_A_DRUG = re.compile(
    r"[®™]?(?:,?\s+(?:is|was)\s+|,\s+)(?:a|an|our|its|the\s+Company['\u2019]s)\s+(?:(?:[\w-]+,?|\([\w-]+\))\s+){0,8}?"  # "a selective, small molecule"
    r"(?:antibod(?:y|ies)|small\s+molecule|inhibitor|agonist|antagonist|degrader|gene\s+therapy|cell\s+therapy|vaccine|"
    r"therapeutic(?!\s+(?:area|target|window|index|approach|effect|benefit|potential|class|modality|option|use|dose|level|activity)s?\b)|"
    r"(?:drug|product|clinical|development)\s+candidate|antibody-drug\s+conjugate|oligonucleotide|siRNA|bispecific|"
    # a class of medicines: "dantrelone, a muscle relaxant", "QRV-9, a non-opioid analgesic"
    r"relaxant|analgesic|antibiotic|antiviral|antifungal|anticoagulant|anticonvulsant|antidepressant|antipsychotic|anesthetic|"
    r"sedative|diuretic|corticosteroid|opioid)\b")
# What an option or a license agreement is for is a drug: "exercised its option for ZX1632", "an option agreement for the
# QUARIX ZX1632" (the words that say so where DRUG_CONTEXT's do not: "licens", "rights" are among those; not a year's
# number, "the LA-2019 Option Agreement", nor shares or codes after it)
_OPTION_BEFORE = re.compile(r"\b(?:options?|(?:option|licen[sc]e|collaboration)\s+agreements?)\s+(?:for|to|on)\s+(?:the\s+)?(?:[A-Z][A-Za-z]+\s+)?$")
# ... and so is what a license agreement's title names: "ZX-259 U.S. License Agreement", "ZX-1 EXCLUSIVE LICENSE AGREEMENT"
_TITLE_AFTER = re.compile(r"\s+(?:[A-Z][\w.]*\s+){0,2}?(?:License|LICENSE|Licence|LICENCE|Option|OPTION)\s+(?:Agreement|AGREEMENT)\b")
_NOT_A_DRUG_AFTER = re.compile(r"\s+(?:billing\s+)?(?:codes?|filings?|shares|forms?|units?|statements?)\b")  # "an option for ZX-12 shares"
_MODALITY_PREFIX = {"CAR", "TCR", "TIL", "ADC", "BITE", "MRNA", "SIRNA", "ANTI", "AAV", "LNP"}


# A code of letters and one digit run together ("QXR4", "NBTXR3"), as genes and targets are written too ("BRCA1", "NOTCH1"):
# a drug only where the text says it is one, or tries it in trials or on patients.
_ONE_DIGIT_RUN = re.compile(r"(?<![\w$.\-/])([A-Z]{3,6}\d[A-Z]?)(?![\w\-/])")
_IN_TRIALS_AFTER = re.compile(r"[®™]?\s+(?:is|was|are|were)\s+(?:(?:currently|also|now|being)\s+){1,2}(?:evaluated|studied|tested|investigated)\s+"
                              r"in\s+(?:[\w-]+\s+){0,4}?(?:(?:clinical|Phase\s+\w+)\s+)?(?:trials?|stud(?:y|ies)|patients)\b")
# (a trial's subject, for a disease: not "our companion diagnostic is used for testing ERBB2 in patients")
_EVALUATING_BEFORE = re.compile(r"\b(?:trials?|stud(?:y|ies))\s+(?:is\s+|are\s+|was\s+)?(?:evaluating|testing|investigating)\s+$")
_ON_PATIENTS_AFTER = re.compile(r"[®™]?\s+for\s+the\s+treatment\s+of\s+(?:\w+\s+){0,2}?patients\b")


def _tried_on_patients(text: str, start: int, end: int) -> bool:
    # (not "ARID1A is being studied in several trials as a predictive biomarker")
    trials = _IN_TRIALS_AFTER.match(text, end)
    if trials and not re.match(r"\s+as\s+an?\b", text[trials.end() :]):
        return True
    return bool(_EVALUATING_BEFORE.search(text, 0, start) and _ON_PATIENTS_AFTER.match(text, end))


# What a gene's appositive says where a drug's would not: "PCSK9, a protein targeted by approved antibodies", "NLRP3, a
# target for small molecule inhibitors", "SMN2, a gene whose splicing is modified by our oligonucleotide".
_SAID_TO_BE_A_TARGET = re.compile(r"\b(?:targets?|targeted|proteins?|genes?|receptors?|enzymes?|kinases?|antigens?|biomarkers?|"
                                  r"mutations?|pathways?|for|of|by|whose|that|which)\b")


def _said_to_be_a_drug(text: str, end: int) -> bool:
    said = _SAID_TO_BE_A_DRUG.match(text, end)
    return said is not None and not _SAID_TO_BE_A_TARGET.search(said.group(0))


def _code_halves_ok(code: str) -> bool:
    halves = re.split(r"[-/]", code)
    return halves[0].upper() not in NOT_CODE_PREFIX | _MODALITY_PREFIX and not any(TARGET_TOKEN.match(h) for h in halves)


# "the rights to exclusively commercializeKX2-391", "also known asKX2-391": a text conversion lost the space before a
# code; the word it is glued to is a word of the language (not "mRNA-1283" or "XmAb7195", which are written so).
_GLUED_CODE = re.compile(r"(?<![\w-])(?P<word>[a-z]{2,16})(?P<code>[A-Z]{2,6}\d?-\d{2,5}|[A-Z]{2,6}\d{3,6})(?![\w-])")


# ... or the word after it: "CG-806in China" (a code's own letters after its digits are capitals or one letter: "DS-3032b").
_GLUED_WORD_AFTER = re.compile(r"\d(?:in|on|to|of|at|by|or)$")


# Words of two letters a code may be glued to; other two letters start a code's own name ("crIL-12", "siRNA-...").
_SHORT_GLUED_WORDS = {"as", "to", "of", "in", "on", "at", "by", "or", "an"}


def _glued_word(word: str) -> bool:
    return word in _SHORT_GLUED_WORDS or (len(word) >= 3 and word in common_words())


def _find_glued_codes(sentence: Sentence, registry: Registry) -> None:
    text = sentence.text
    for m in _GLUED_CODE.finditer(text):
        if m.group("word") in common_words() and _code_halves_ok(m.group("code")) and not _is_org_or_ticker(m.group("code"), text, m.start("code"), registry):
            registry.add(Kind.PRODUCT, m.group("code"), sentence.span(m.start("code"), m.end("code")))


def _find_more_codes(sentence: Sentence, registry: Registry, drug_context: bool) -> None:
    text = sentence.text
    if drug_context:
        _find_glued_codes(sentence, registry)
    for m in _MORE_CODES.finditer(text) if drug_context else ():
        partners = [h for h in m.group(1).split("/")[1:] if not h.isdigit()]  # "ZTX209/QV414": each a code ("EX10/EX99" not)
        if partners and not all(looks_like_code(h) for h in m.group(1).split("/")):
            continue
        if " " in m.group(1) and m.group(1).split()[0] in NOT_CODE_PREFIX:
            continue  # "ISO 13-4850", "FY 20-2021": a standard, a year
        if _code_halves_ok(m.group(1)) and not _is_org_or_ticker(m.group(1), text, m.start(), registry):
            registry.add(Kind.PRODUCT, m.group(1), sentence.span(m.start(1), m.end(1)))
    for m in _ONE_DIGIT_RUN.finditer(text):
        code = m.group(1)
        if (_code_halves_ok(code) and not _MORE_TARGETS.fullmatch(code) and not registry.lookup(Kind.ORG, code)
                and (_said_to_be_a_drug(text, m.end(1)) or _tried_on_patients(text, m.start(1), m.end(1)))):
            registry.add(Kind.PRODUCT, code, sentence.span(m.start(1), m.end(1)))
    for m in _SHORT_CODE.finditer(text):
        own_program = not m.group(1)[-1].isdigit() and (
            (_PROGRAM_AFTER.match(text, m.end(1)) and _OWN_BEFORE.search(text, 0, m.start(1)))
            or (_DEFINED_PROGRAM_AFTER.match(text, m.end(1)) and re.search(r"\b[Tt]he\s+$", text[: m.start(1)])))
        if (_code_halves_ok(m.group(1)) and (_SAID_TO_BE_A_DRUG.match(text, m.end(1)) or own_program)
                and not registry.lookup(Kind.ORG, m.group(1))):
            registry.add(Kind.PRODUCT, m.group(1), sentence.span(m.start(1), m.end(1)))


# A generic name the text says a medicine is made of: "a proprietary formulation of metaxalone", "a prodrug of
# zentrelone", "an extended-release formulation of baclofen hydrochloride" (not "a formulation of existing drugs").
_NAMED_AFTER = re.compile(r",?\s+(?:known\s+as|called|named|referred\s+to\s+as|designated|under\s+the\s+(?:brand|trade)\s+name)\b")
_MADE_OF = re.compile(r"\b(?:formulations?|reformulations?|prodrugs?|enantiomers?)\s+of\s+(?P<name>[a-z]{6,}(?:\s+[a-z]{4,}(?:ide|ate|ite))?)(?![\w-])")


# ... or a name in lower case a trial is of, or a program or development is named by: "the Phase 3 trial of rivelansel",
# "the efficacy and safety of rosiptan", "development activities with rosiptan", "the rivelansel program" (not "a study
# of glioblastoma", "a trial of immunotherapy in patients": a disease or a kind of therapy ends as English does).
_TRIED = re.compile(
    r"\b(?:(?:trials?|stud(?:y|ies))\s+(?:of|evaluating|with)|(?:safety|efficacy|tolerability)(?:\s+and\s+(?:safety|efficacy|tolerability))?\s+of"
    r"|development(?:\s+activities)?\s+(?:of|with)|the)\s+(?P<name>[a-z]{7,})(?P<program>\s+program)?(?![\w-])")
_STUDIED_IN = re.compile(r"\s+(?:patients|subjects|cells|models?|mice|volunteers)\b")
_DISEASE_ENDING = re.compile(r"(?:oma|itis|emia|aemia|osis|pathy|algia|plasia|trophy|cemia|uria|ptic|tic|ics)$")


# ... or a name in lower case the text says is a drug: "orvanacogene, a gene therapy for hemophilia A", "tenvirine
# is an oral inhibitor of ..."; or a cell therapy's name ("zentacel, its allogeneic cell therapy", "zentacel-T"), of
# the stem -cel the stem list leaves to its longer forms (-leucel, -temcel).
_LOWER_NAME = re.compile(r"(?<![\w-])(?P<name>[a-z]{7,})(?=,?\s+(?:is\s+|was\s+)?(?:a|an|our|its|the\s+[Cc]ompany['\u2019]s)\s)"
                         r"|(?<![\w-])(?P<cel>[a-z]{4,}cel(?:-[A-Z])?)(?![\w-])")
# ... what real releases say of such a name after a comma, in more words than _SAID_TO_BE_A_DRUG reads: "zentravine,
# the Company's first-in-class, oral Selective Inhibitor of ... (XYZ) compound", "velquamine, our anti-angiogenic
# therapy" (only for a lower-case name no dictionary holds: "therapy" alone is said of "CAR-T" too)
_DESCRIBED_AS_MEDICINE = re.compile(
    r",\s+(?:a|an|our|its|their|the\s+[Cc]ompany['\u2019]s)\s+[^.;]{0,100}?\b(?:compound|therap(?:y|ies|eutic)|drug|medicine|molecule|"
    r"inhibitor|antibody|agonist|antagonist|vaccine|(?:drug|product)\s+candidate)s?\b", re.I)
# ... or a lower-case name given for the treatment of something: "the approval of zentravine for the treatment of ...",
# "fast track designation for velquamine as monotherapy for the treatment of" (a disease or a kind of therapy ends as
# English does, and the dictionary holds the words of the language: "chemotherapy", "approved")
_FOR_TREATMENT = re.compile(r"(?<![\w-])(?P<name>[a-z]{7,})(?:\s+as\s+(?:a\s+)?monotherapy)?\s+for\s+the\s+(?:treatment|prevention|management)\s+of\b")


def _find_described_generics(sentence: Sentence, registry: Registry) -> None:
    text = sentence.text
    for m in _LOWER_NAME.finditer(text):
        name, group = (m.group("name"), "name") if m.group("name") else (m.group("cel"), "cel")
        if name in common_words() or is_inn(name) or registry.lookup(Kind.PRODUCT, name):
            continue
        said = _SAID_TO_BE_A_DRUG.match(text, m.end()) or _DESCRIBED_AS_MEDICINE.match(text, m.end())
        if group == "cel" or (said and _no_word(name) and not _DISEASE_ENDING.search(name)):
            registry.add(Kind.PRODUCT, name, sentence.span(m.start(group), m.end(group)))
    for m in _FOR_TREATMENT.finditer(text) if "for the " in text else ():
        name = m.group("name")
        if _no_word(name) and not _DISEASE_ENDING.search(name) and not is_inn(name) and not registry.lookup(Kind.PRODUCT, name):
            registry.add(Kind.PRODUCT, name, sentence.span(m.start("name"), m.end("name")))
    for m in _TRIED.finditer(text):
        name = m.group("name")
        if is_inn(name) or re.match(_GREEK_AFTER, text[m.end() :]):
            continue  # an INN is read as one already, with its Greek letter ("zentolizumab pegol")
        if _STUDIED_IN.match(text, m.end()) or (m.group(0).startswith("the ") and not m.group("program")):
            continue  # "a study of glioblastoma patients": who is studied; "the" alone names no drug
        if _no_word(name) and not _DISEASE_ENDING.search(name):
            registry.add(Kind.PRODUCT, name, sentence.span(m.start("name"), m.end("name")))
    for m in _SALT_NAMED.finditer(text) if ("ate" in text or "ide" in text or "amine" in text) and DRUG_CONTEXT.search(text) else ():
        name = m.group("name")
        if name in common_words() or name in _NOT_DRUG_SALTS or registry.lookup(Kind.ORG, name):
            continue
        ref = registry.lookup(Kind.PRODUCT, name) or registry.add(Kind.PRODUCT, name, sentence.span(m.start("name"), m.end("name")))
        registry.add_alias(ref, f"{name} {m.group('salt')}")
        if (brand := m.group("brand")) and (m.group("mark") or m.group("said")) and brand.lower() not in common_words() and not registry.lookup(Kind.ORG, brand):
            registry.add_alias(ref, brand)  # "velfenamine hydrochloride (Quorex)": the brand it is sold under
    for m in _MADE_OF.finditer(text) if " of " in text else ():
        name = m.group("name")
        before = text[max(0, m.start() - 80) : m.start()].split(".")[-1]
        if _NAMED_AFTER.match(text, m.end()) or any(registry.lookup(Kind.PRODUCT, w.strip(",;:()")) for w in before.split()):
            continue  # "a formulation of velpidol known as Quilvex", "The ZX-101 formulation of velpidol": the formulation is the product
        if _no_word(name.split()[0]) and not registry.lookup(Kind.PRODUCT, name):
            registry.add(Kind.PRODUCT, name, sentence.span(m.start("name"), m.end("name")))


# Where no word of medicine is, a marked name is a medicine's brand all the same where the sentence speaks as only
# drug makers do: "Net product revenue from Zetriva(TM) was $45.2 million", "Prescriptions of Trelzia™ grew". Plain
# sales and launches are every industry's ("continued growth of the Valvora® product and recently launched products,
# including Cardiax®" is a device maker's).
_SALES_CONTEXT = re.compile(r"\b(?:net\s+product\s+(?:revenues?|sales)|product\s+revenues?|prescri\w+|royalt\w+)\b", re.I)
_NOT_A_MEDICINE_AFTER = re.compile(r"\s*(?:[a-z]+\s+)?(?:software|system|device|instrument|assay|test|kit|app|platform|technology|services?)\b")

# A brand named as what is sold: "which will be marketed as Valorza", "sold as Amplivex", "the FDA approved
# VELQUIRA for the treatment of ...", "The Company markets Dermavia, a topical cream" (not "sold as Units",
# "marketed in Europe", "approved Section 2 for").
_BRAND_NAME = r"[A-Z][A-Za-z0-9\-]{2,30}"
_SOLD_UNDER_NAME = re.compile(
    rf"\b(?:marketed|sold|branded|commerciali[sz]ed|distributed)\s+as\s+(?P<as>{_BRAND_NAME})(?![\w-]|\s+[A-Z])"
    # "... sold as Zenlora in Europe and as Zentova in Japan"
    rf"(?:\s+in\s+(?:the\s+)?[A-Z][\w. ]{{1,30}}?\s+and\s+as\s+(?P<as2>{_BRAND_NAME})(?![\w-]|\s+[A-Z]))?"
    rf"|\bapproved\s+(?P<approved>{_BRAND_NAME})[®™]?(?:\s*\([^()]{{1,60}}\))?\s+(?:for|as)\s+(?:the\s+)?(?:treatment|use|adults?|patients?|children|pediatric)\b"
    # "VALTRESSA is the first approved therapy for ...", "ZENTRALIX is our lead product": a drug said to be one
    rf"|(?<![\w-])(?P<lead>[A-Z]{{5,12}}|[A-Z][a-z]{{3,}}[A-Za-z]*)[®™]?\s+is\s+(?:the|our|its|their|a|an)\s+(?:first\s+|only\s+)?"
    r"(?:(?:FDA-)?approved|lead|marketed|commercial)\s+(?:product|therapy|medicine|drug|treatment)\b"
    # "its lead anti-cancer product Zelcamp", "our lead product candidate Zorvex": the lead product named after it
    rf"|\b(?:[Oo]ur|[Ii]ts|[Tt]heir)\s+lead\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:product|drug|compound|medicine)(?:\s+candidate)?,?\s+"
    rf"(?P<lead2>[A-Z]{{2,}}[a-z]*[A-Z]*|[A-Z][a-z]+[A-Z][A-Za-z]*|[A-Z][a-z]{{3,}})[®™]?(?![\w-]|\s+[A-Z])"
    # "Our product candidate, Zentrelo, is a topical gel", "its NDA for Velzora": a coined name where a drug stands
    rf"|\b(?:product|drug|development|clinical)\s+candidate,\s+(?P<cand>[A-Z]{{5,12}}|[A-Z][a-z]{{3,}}[A-Za-z]*)[®™]?,"
    rf"|\b(?:s?NDA|s?BLA|MAA)s?\s+for\s+(?P<filed>[A-Z]{{5,12}}|[A-Z][a-z]{{3,}}[A-Za-z]*)[®™]?(?![\w-]|\s+[A-Z])"
    # "Sales of our products, including Olmivex and Dazurel, increased"
    rf"|(?:\b[Oo]ur|\b[Ii]ts|['\u2019]s)\s+(?:marketed\s+|commercial\s+|approved\s+)?products,?\s+(?:including|such\s+as|include)\s+"
    rf"(?P<list>{_BRAND_NAME}[®™]?(?:,\s+{_BRAND_NAME}[®™]?)*,?\s+and\s+{_BRAND_NAME})(?![\w-])"
    rf"|\b(?:markets|sells|launched|commerciali[sz]es)\s+(?P<sells>[A-Z][a-z]{{3,}}[A-Za-z]*)[®™]?,\s+(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?:cream|gel|tablet|capsule|injection|solution|spray|ointment|patch|formulation|treatment|therapy|medicine|drug)s?\b"
)


# A word each of _SOLD_UNDER_NAME's phrasings needs: most sentences have none, and the pattern tries every capital.
_MAY_SELL = re.compile(r"marketed|sold|branded|commerci|distributed|approved|lead|candidate|NDA|BLA|MAA|products|markets|sells|launched")


def _find_sold_brands(sentence: Sentence, registry: Registry) -> None:
    text = sentence.text
    if not _MAY_SELL.search(text):
        return
    for m in _SOLD_UNDER_NAME.finditer(text):
        spans = [m.span(g) for g in ("as", "as2", "approved", "lead", "lead2", "cand", "filed", "sells") if m.group(g)]
        if m.group("list"):
            spans = [(m.start("list") + n.start(), m.start("list") + n.end()) for n in re.finditer(_BRAND_NAME, m.group("list"))]
        for start, end in spans:
            name = text[start:end]
            if name.lower() in common_words() | STOP_WORDS or name.lower() in REGIONS or registry.lookup(Kind.ORG, name) or looks_like_code(name):
                continue
            registry.add(Kind.PRODUCT, name, sentence.span(start, end))


# A brand of initials between slashes, marked as a trademark: "LOPROX®, TOPICORT® and A/T/S®" (no other
# pattern reads a name with slashes; without the mark, "N/A" or "R/R" would be one).
_SLASHED_MARK = re.compile(r"(?<![\w/-])([A-Z](?:/[A-Z]){1,3})\s?(?:®|\(R\)|™|\(TM\))")


def _find_slashed_brands(sentence: Sentence, registry: Registry) -> None:
    for m in _SLASHED_MARK.finditer(sentence.text):
        registry.add(Kind.PRODUCT, m.group(1), sentence.span(m.start(1), m.end(1)))


# What a sentence's subject is said to be: "ZX-301 is an antibody-drug conjugate ...".
_IS_A_SUBJECT = re.compile(r"[®™]?(?:\s*\([^()]{1,60}\))?,?\s+(?:is|was)\s+(?:a|an)\b")
# What a molecule is or does, said of a code: "ZX-101 is a humanized monoclonal antibody", "ZX-450 binds to CD3".
# (Not "the huC242 antibody": that names a part.)
_ACTS_AS_A_DRUG = re.compile(r"[®™]?(?:\s*\([^()]{1,60}\))?,?\s+(?:(?:is|was)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:antibody|protein|peptide|molecule|inhibitor|agonist|antagonist)|binds|targets|inhibits|blocks)\b")
# A title just before a surname, or a given name before one that a person's words follow: "Dr. Halvorsen",
# "Dr. Nils Thorsen", "Morten Halvorsen, our Chief Medical Officer" (not a headline's "Presents Velarsen Data").
_TITLE_BEFORE_SURNAME = re.compile(r"\b(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+(?:[A-Z][a-z]+\s+)?$")
_GIVEN_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+$")
_PERSON_AFTER = re.compile(r",|'s\b|\.\s*$|\s+(?:joined|said|is|was|has|who)\b")


def _named_person(text: str, start: int, end: int) -> bool:
    return bool(_TITLE_BEFORE_SURNAME.search(text, 0, start) or (_GIVEN_NAME_BEFORE.search(text, 0, start) and _PERSON_AFTER.match(text, end)))


# What follows a target's name, not a drug's: "phosphoinositide 3-kinase", "... receptor".
_NAMES_A_TARGET = re.compile(r"\s+(?:\d-)?(?:kinases?|receptors?|pathways?|enzymes?|channels?)\b")
# What a code names when it is a part or a study, not a molecule: "our CF-09 capsid", "the BRIGHT-310 trial".
_PART_AFTER = re.compile(r"[®™]?\s+(?:capsids?|vectors?|promoters?|linkers?|payloads?|cell\s+lines?|serotypes?)\b")
_PART_WORD = re.compile(r"capsid|vector|promoter|linker|payload|cell\s+line|serotype")
_STUDY_AFTER = re.compile(r"[®™]?\s+(?:(?:clinical|pivotal|registrational|Phase\s+\w+)\s+)?(?:trials?|stud(?:y|ies))\b|\s+\(NCT\d")


def part_codes(sentences: list[Sentence]) -> frozenset[str]:
    """Codes a filing names as parts of a product: "using our CF-09 capsid"."""
    return frozenset(m.group(1) for s in sentences if _PART_WORD.search(s.text) for m in _CODE_CANDIDATE.finditer(s.text)
                     if _PART_AFTER.match(s.text, m.end(1)))


def _not_a_molecule(code: str, text: str, start: int, end: int) -> bool:
    if _PART_AFTER.match(text, end):
        return True
    # A study's acronym has a word for a prefix ("BRIGHT-310", "KEYNOTE-189"); a molecule's, a few letters.
    if _STUDY_AFTER.match(text, end) and re.match(r"[A-Za-z]{5,}-?\d", code):
        return True
    # "Eczema Area and Severity Index (EASI-75)": an abbreviation of the words before it.
    letters = re.match(r"[A-Z]+", code)
    if letters and text[start - 1 : start] == "(" and len(letters.group(0)) >= 3:
        words = re.findall(r"\b[A-Z]", text[max(0, start - 80) : start])
        return "".join(words).endswith(letters.group(0))
    return False


# "Gelclair, which is marketed to ..., is indicated for the management of pain", "X is approved for":
# only a medicine is indicated for something.
_INDICATED = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][A-Za-z0-9\-]{2,30})[®™]?(?:\s*\([^()]{1,60}\))?(?:,[^.;]{0,140}?,)?\s+"
    r"(?:is|are|was|has\s+been)\s+(?:\w+ly\s+)?(?:indicated|FDA-approved|approved\s+by\s+the\s+FDA)\s+(?:for|in|as)\b"
)
# "Krazati is a best-in-class inhibitor of KRAS": what a drug is, said of a name.
_IS_A_DRUG = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][a-z]{3,}[A-Za-z0-9\-]*)[®™]?\s+is\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:inhibitor|antibody|agonist|antagonist|vaccine|modulator|degrader|antibody-drug\s+conjugate|gene\s+therapy)\b"
)
# "which it markets under the name Jeuveau in the United States and Nuceiva in Canada".
_UNDER_THE_NAME = re.compile(
    r"(?<!incorporated\s)(?<!organized\s)(?<!formed\s)\bunder\s+the\s+(?:brand\s+|trade\s+)?names?\s+"
    r"(?P<name>[A-Z][A-Za-z0-9\-]{2,30})(?![\w-]|\s+[A-Z]|,?\s+(?:Inc|LLC|Ltd|Corp)\b)[®™]?"
    r"(?:\s+in\s+(?:the\s+)?[A-Z][\w. ]{1,30}?\s+and\s+(?P<name2>[A-Z][A-Za-z0-9\-]{2,30})[®™]?\s+in\b)?"
)
# "two marketed products: DepoCyt for lymphomatous meningitis and DepoDur for the treatment of pain".
_MARKETED = re.compile(r"\bmarketed\s+products?\s*:\s*(?P<list>[^.;]{3,200})")


# "Medexus ... to develop, market and commercialize IXINITY", "PPI's Exparel product": a brand written
# without its trademark sign, named as what is sold.
_SOLD_BRAND = re.compile(
    r"\b(?:commerciali[sz]e|commerciali[sz]ation\s+of|market|marketing\s+of|sales\s+of|sell|launch\s+of)\s+"
    r"(?P<name>[A-Z]{5,12})(?=[®™]?\s*(?:[,.;:)]|and\b|or\b|in\b|for\b|to\b|by\b|$))"  # not "sales of COVID tests"
    r"|(?:'s|\bour|\bits|\btheir)\s+(?P<owned>[A-Z][a-z]{3,}[A-Za-z]*)\s+products?\b"
    # "to co-develop and co-commercialize AstraZeneca's Lynparza for multiple cancer types"
    # "the exclusive right to develop, manufacture and commercialize Opdivo worldwide"
    r"|\bto\s+(?:co-)?develop(?:,\s+(?:manufacture|make|use|sell|import|register))*,?\s+and\s+(?:co-)?commerciali[sz]e\s+(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?'s\s+)?"
    # ("... rights to develop and commercialize Velquaza." at a sentence's end: the sentence's text ends with its period)
    r"(?P<developed>[A-Z][a-z]{3,}[A-Za-z]*)(?=[®™]?\s+(?:for|in|worldwide|globally|outside)\b|[®™]?[,;]|[®™]?\.(?:\s|$))"
    # "blockbuster eye drug Eylea", "our first product, BARHEMSYS, in February": named after what it is
    # ("autoimmune disease drug Halvimmune from its founders", "its novel nasal spray, Zeltris in China", "the first-in-class
    # candidate QRX7 with ...", "its new drug K606 for": a dosage form or a drug's candidacy names what it is too, and a
    # code with one digit or one letter)
    r"|\b(?:drug|medicine|product|vaccine|(?:drug|product|development|clinical|lead|-class)\s+candidate|spray|tablet|injection|cream|ointment|gel|patch)s?,?\s+"
    r"(?P<named>[A-Z][a-z]{3,}[A-Za-z]*|[A-Z]{5,12}|[A-Z]{2,8}\d|[A-Z]{1,2}\d{3,4})"
    r"(?=[®™]?\s*(?:[,.;:)(]|and\b|in\b|for\b|to\b|was\b|is\b|from\b|with\b|under\b|$))"
    # "its lead stem cell and secretome therapy, Progenza, to Y": a therapy its owner names in apposition, closed by a comma
    # (its candidacy said before it: "lead", "investigational", "proprietary"; a name of one word, not a list's first, "Medicaid,
    # Medicare or ...", nor a capsid's code "AAV9")
    r"|(?:\bits|\bour|\btheir|['\u2019]s)\s+(?:[\w()-]+\s+){0,3}?(?:lead|investigational|proprietary|novel)\s+(?:[\w()-]+\s+){0,6}?"
    r"therap(?:y|eutic),\s+(?P<appos>[A-Z][a-z]{3,}[A-Za-z]*)[®™]?,\s+(?=to|for|in|which|a|an|is|was|has|in)\b"
)
# A class of medicines in the plural ("Degraders", "Diagnostics", "Radiopharmaceuticals", "Nanobodies"), not a brand.
_PLURAL_CLASS = re.compile(r"(?:ers|ors|ics|als|ies|ates|ides|ines|ents|ants)$")
# "Net product sales of Trelvoxa increased 24%", "Tresovia is approved in the United States", "Our marketed
# products, Trelvoxa and Ondralis, generated ...": a brand without its sign, named as what is sold.
_BRAND = r"[A-Z][a-z]{3,}[A-Za-z]*"
_SOLD_AS_NAMED = re.compile(
    rf"\b(?:(?:[Nn]et\s+)?[Pp]roduct\s+(?:sales|revenues?)|[Nn]et\s+(?:sales|revenues?)|[Ss]ales)\s+of\s+(?P<sold>{_BRAND})"  # not "sales from Walgreens"
    r"(?=[®™]?\s+(?:increased|decreased|grew|rose|fell|declined|were|was|totaled|in|for|and)\b|[®™]?[,.;])"
    # "Velquira is approved in the United States", "Dormexa received marketing authorization"
    rf"|(?<![\w-])(?P<approved>{_BRAND})[®™]?\s+(?:is|was|has\s+been)\s+(?:now\s+)?approved\s+in\s+(?:the\s+)?[A-Z]"
    rf"|(?<![\w-])(?P<authorized>{_BRAND})[®™]?\s+(?:received|obtained|was\s+granted)\s+(?:(?:full|conditional)\s+)?marketing\s+(?:authori[sz]ation|approval)"
    rf"|\bmarketed\s+products?,\s+(?P<list>{_BRAND}(?:,\s+{_BRAND})*,?\s+and\s+{_BRAND}),"
)
_MAY_BE_SOLD = re.compile(r"ales|evenue|marketed|approved|authori")  # words every _SOLD_AS_NAMED match holds
# A brand a study evaluates, whose development or approval the text speaks of: "the Phase 2b study evaluating ZENTRIVO
# in patients with ...", "the post-marketing clinical development of Velnadur.", "upon FDA approval of Dolvexa." (a
# word of the language, a place or a company stands there too: checked after)
_STUDIED_BRAND = re.compile(
    r"(?<!-)\b(?:development|trials?|stud(?:y|ies)|approval|launch)\s+(?:of|evaluating)\s+(?P<name>[A-Z][a-z]{3,}[A-Za-z]*|[A-Z]{5,12})"
    r"(?=[®™]?(?:[.,;)]|$|\s+(?:in|for|and|as|to)\b))")
# A brand an application for approval is of: "the resubmission of our Velnexa BLA", "the Dorvanta NDA" (not "the FDA's",
# an agency's; not "our Company NDA")
_FILED_BRAND = re.compile(r"(?<![\w-])(?P<name>[A-Z][a-z]{3,}[A-Za-z]*)[®™]?\s+(?:s?BLA|s?NDA|MAA)\b(?!\s+(?:filing\s+)?(?:fee|user)s?\b)")
_NOT_BRANDS = {"licensed", "competing", "combination", "existing", "marketed", "lead", "first", "other", "future", "generic"}


def _find_indicated_products(sentence: Sentence, registry: Registry) -> None:
    text = sentence.text
    found = [(m.start("name"), m.end("name")) for m in _INDICATED.finditer(text)]
    for m in _SOLD_BRAND.finditer(text):
        group = next(g for g in ("name", "owned", "developed", "named", "appos") if m.group(g))
        if group == "appos" and (m.group(group).lower() in REGIONS or registry.lookup(Kind.ORG, m.group(group))):
            continue  # "its lead cell therapy, Europe, ...", "its lead gene therapy, Lystra, will": a place, a company
        if group in ("developed", "named", "appos") and (m.group(group).lower() in common_words() or _PLURAL_CLASS.search(m.group(group))):
            continue  # "to develop and commercialize Products in the Territory", "... Degraders in Japan"
        if m.group(group).lower() not in _NOT_BRANDS | GENERIC_TECH_WORDS:
            found.append((m.start(group), m.end(group)))
    for m in _SOLD_AS_NAMED.finditer(text) if _MAY_BE_SOLD.search(text) else ():
        spans = [m.span(g) for g in ("sold", "approved", "authorized") if m.group(g)] or [
            (m.start("list") + n.start(), m.start("list") + n.end()) for n in re.finditer(_BRAND, m.group("list"))]
        found += [(a, b) for a, b in spans if text[a:b].lower() not in common_words() and text[a:b].lower() not in _NOT_BRANDS
                  and text[a:b].lower() not in REGIONS and not _PLURAL_CLASS.search(text[a:b])]
    for m in _STUDIED_BRAND.finditer(text) if (" of " in text or " evaluating " in text) else ():
        if m.group("name").lower() not in common_words() and m.group("name").lower() not in REGIONS:
            found.append((m.start("name"), m.end("name")))
    for m in _IS_A_DRUG.finditer(text) if (" is a " in text or " is an " in text) else ():  # most sentences say neither
        if m.group("name").lower() not in common_words():
            found.append((m.start("name"), m.end("name")))
    for m in _UNDER_THE_NAME.finditer(text) if "under the " in text else ():
        found.extend((m.start(g), m.end(g)) for g in ("name", "name2") if m.group(g) and m.group(g).lower() not in common_words())
    for m in _FILED_BRAND.finditer(text) if "DA" in text or "BLA" in text or "MAA" in text else ():
        if m.group("name").lower() not in common_words() | _NOT_BRANDS and m.group("name").lower() not in REGIONS:
            found.append((m.start("name"), m.end("name")))
    for m in _MARKETED.finditer(text):
        for n in re.finditer(r"(?:^|,\s*|\band\s+)(?P<name>[A-Z][A-Za-z0-9\-]{2,30})[®™]?\s+for\b", m.group("list")):
            found.append((m.start("list") + n.start("name"), m.start("list") + n.end("name")))
    for start, end in found:
        name = text[start:end]
        if name.lower() not in STOP_WORDS and not registry.lookup(Kind.ORG, name) and not _sentence_word(name):
            registry.add(Kind.PRODUCT, name, sentence.span(start, end))


# "| Trade mark | Licensor or Owner |": a table of brands and the companies that license them.
LICENSOR_TABLE_HEADER = re.compile(r"^\s*\|\s*(?:Trade\s*marks?|Trademarks?|Brands?|Products?)\s*\|\s*Licensors?\b", re.I)
# "| Product | Partner | Territory |", "| Licensed Product | Licensor | ... |": a table of products and who holds them.
PRODUCT_TABLE_HEADER = re.compile(
    r"^\s*\|\s*(?:Licensed\s+|Marketed\s+)?(?:Products?|Product\s+Candidates?|Programs?)\s*\|(?=[^\n]*\b(?:Partners?|Licensors?|Licensees?|"
    r"Collaborators?|Territory|Territories|Indications?|Status|Rights)\b)", re.I)
_BRAND_ROW = re.compile(r"^\s*\|\s*(?P<name>[A-Z][A-Za-z0-9\-]{2,30}(?:\s[A-Z][A-Za-z0-9\-]{1,20})?)\s*\|\s*[A-Z]")


def find_table_brands(sentences: list[Sentence], registry: Registry) -> None:
    """The first cell of each row under a licensor's or a product table's header is a product."""
    inside, previous_end = False, -1
    for sentence in sentences:
        if LICENSOR_TABLE_HEADER.match(sentence.text) or PRODUCT_TABLE_HEADER.match(sentence.text):
            inside, previous_end = True, sentence.end
            continue
        if inside and re.fullmatch(r"\s*\|[\s\-:|]*", sentence.text):
            previous_end = sentence.end  # the header's rule: "|------|------|"
            continue
        m = _BRAND_ROW.match(sentence.text) if inside and sentence.start <= previous_end + 1 else None
        inside, previous_end = m is not None, sentence.end
        if m and _may_be_a_product(m.group("name")) and not registry.lookup(Kind.ORG, m.group("name")):
            registry.add(Kind.PRODUCT, m.group("name"), sentence.span(m.start("name"), m.end("name")))


def _may_be_a_product(cell: str) -> bool:
    """A table's first cell names a product, not an area or a place ("Oncology", "Europe", "Biologics")."""
    lower = cell.lower()
    return lower not in STOP_WORDS and lower not in common_words() and lower not in REGIONS and not _PLURAL_CLASS.search(cell)


_CODE_CANDIDATE = re.compile(CODE_NAME.pattern.replace(r"(?<![\w$.-])", r"(?<![\w$.\-/])").replace(r"(?![\w-])", r"(?![\w\-/]|\.\d)"))


_OF_ANOTHER = re.compile(r"\b(?:trials?|stud(?:y|ies)|programs?|protocols?|cohorts?|of|for|with)\b")
_SPACED_CODE = re.compile(r"(?<![\w$.\-/])((?P<prefix>[A-Z]{2,5}) \d{3})(?![\w\-/]|\.\d| \d)")
_LETTER_CODE = re.compile(r"(?<![\w$.\-/])(([A-Z]{3,5}-)[A-Z]{2,5})(?![\w\-/])")
# Companies that end like an INN have short names ("Genmab"); a word this long after "of" is an INN even where a
# company could stand ("the commercialization of Zelvaprizumab"); "the company Corvexabart announced" still is one.
_INN_LENGTH = 10
def companies_named_like_inns(sentences: list[Sentence], registry: Registry, lower: LowerCaseWords) -> None:
    """'... to cancer therapy specialist Xenmab. ... if Xenmab develops ...': a capitalized word that ends like an INN, which
    the filing once calls a company (mid-sentence, after a company's noun) and never writes in lower case as an INN is
    written, is the company's name wherever it stands, not a drug (find_products reads each sentence alone)."""
    for mention in registry.of_kind(Kind.PRODUCT):
        name = mention.name
        if " " in name or not name[:1].isupper() or name.isupper() or not is_inn(name) or name.lower() in lower:
            continue
        called = next(((s, m) for s in sentences if name in s.text for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", s.text)
                       if not _sentence_initial(s.text, m.start()) and _CALLED_A_COMPANY_BEFORE.search(s.text, 0, m.start())), None)
        if called:
            sentence, m = called
            registry.drop(mention.ref)
            registry.mentions[registry.add(Kind.ORG, name, sentence.span(m.start(), m.end()))].described = True


# (not "of": "the commercialization of Zentuzumab" is a drug's; a group or a partner only a company's kind says is a company's:
# "a Nasdaq-listed Danish group, Xenmab", not "in the high-dose group, Zelvimab reduced ...")
# (with a comma only after "a/an ...": "A Nasdaq-listed Danish group, Xenmab has", not "In the Japanese group, Zelvimab reduced")
_A_COMPANYS_GROUP = (r"(?:-listed|-based|biotech|pharma\w*|biopharmaceutical|" + "|".join(sorted(DEMONYMS | {d.title() for d in DEMONYMS}))
                     + r")\s+(?:group|partner)")
_COMPANY_NOUNS = "company|firm|corporation|biotech|biotechnology|specialist|drugmaker"


def _company_before(nouns: str) -> re.Pattern:
    return re.compile(rf"\b(?:{nouns})\s+$|{_A_COMPANYS_GROUP}\s+$|\b[Aa]n?\s+(?:[\w$.-]+\s+){{0,4}}?{_A_COMPANYS_GROUP},\s+$")


_CALLED_A_COMPANY_BEFORE = _company_before(_COMPANY_NOUNS)
_COMPANY_BEFORE = _company_before(_COMPANY_NOUNS + "|of")  # (in one sentence "Officer of Genmab" says so too)
_ACTS_AFTER = re.compile(r"\s+(?:has|have|had|will|announced|granted|grants|received|receives|is\s+entitled)\b")


_RESISTED = re.compile(r"-(?:resistant|sensitive|susceptible|refractory|intolerant)\b", re.I)
# A security's identifiers, which a European release prints beside the issuer: "(ISIN: DE 000 566480 9, WKN 566480)".
_SECURITY_ID = re.compile(r"(?:WKN|ISIN|CUSIP|SEDOL|LEI|CIK)(?=[ :])")


# A patent's number in a list of a family's patents: the office's country code, its number, the country ("AT 1638938
# Austria Compounds, compositions and methods ...", "AP 3221 ARIPO*/Africa ..."). "BI 1015550", a code of the same
# shape, is no country's.
_PATENT_NUMBER = re.compile(r"[A-Z]{2} \d{4,}")
# (and the patent's title after it, capitalized: not a code's "KS 20417 Japan rights" nor "... Japan Phase 2")
_PATENT_OFFICE_AFTER = re.compile(r"\s+(?P<word>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|ARIPO|OAPI|EAPO|EPO)\b\S*\s+(?!Phase\b|Rights?\b|License\b)[A-Z][a-z]")


def _is_org_or_ticker(code: str, text: str, start: int, registry: Registry) -> bool:
    """A company's name, a ticker, a security's identifier, or a patent's number, in the shape of a drug's code."""
    if registry.lookup(Kind.ORG, code) or _SECURITY_ID.match(code):
        return True
    if _PATENT_NUMBER.fullmatch(code) and (office := _PATENT_OFFICE_AFTER.match(text, start + len(code))):
        word = office.group("word")
        if word.isupper() or a_place(word) or a_place(word.split()[0]):
            return True
    before = text[max(0, start - 30) : start]
    return bool(re.search(r"(?:Nasdaq|NYSE|AMEX|OTC\w*|TSX)[\w ]*:\s*$", before, re.I) or re.search(rf"{_SECURITY_ID.pattern}:?\s*$", before))


# Cell therapies named by their target and the platform they are built on: "NY-ESO SPEAR T-cell therapy",
# "SPEAR T-cell therapies targeting the MAGE-A10 and AFP cancer antigens".
_MODALITY = r"(?P<mod>T-cell|T\s+cell|TCR-T|TCR|CAR-T|CAR\s+T|CAR-NK|NK\s+cell|TIL)"
_TARGET = r"[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*"
_THERAPY_AFTER = re.compile(rf"[®™]?\s+{_MODALITY}\s+therap(?:y|ies)\b")
_TARGETING = re.compile(rf"\s+targeting\s+(?:the\s+)?(?P<targets>{_TARGET}(?:(?:,\s*|\s+and\s+|\s+or\s+){_TARGET})*)")


# A product named by its platform and the molecule it carries: "Zelvex hGH (lonapegsomatropin)", "our product
# candidates, Zelvex PTH and Zelvex CNP" (not the platform's kind of molecule: "the Zelvex ADC platform").
_MOLECULE_AFTER = re.compile(r"[®™]?[ ](?P<abbr>[a-z]?[A-Z]{2,4}[a-z]?)(?![\w-])(?![ ](?:[Tt]echnolog|[Pp]latform|[Ee]ngine|[Ff]ormat|conjugate|molecule))")
_KIND_OF_MOLECULE = {"ADC", "ADCs", "RNA", "DNA", "mRNA", "siRNA", "TCR", "CAR", "LNP", "ASO", "PDC", "NK", "AAV", "IgG", "mAb", "mAbs", "Fc"}
_PRODUCT_TALK = re.compile(r"\bcandidates?\b|\bproducts?\b|\bdrugs?\b|\btherap")


def _platform_named_products(sentence: Sentence, registry: Registry, hits) -> None:
    text = sentence.text
    for start, end, ref in hits:
        # (the platform's name may be held as a product's too until products named as platforms are dropped)
        platform = ref.kind is Kind.PLATFORM or registry.lookup(Kind.PLATFORM, text[start:end]) is not None
        molecule = _MOLECULE_AFTER.match(text, end) if platform else None
        if molecule is None or molecule.group("abbr") in _KIND_OF_MOLECULE or molecule.group("abbr").lower() in common_words():
            continue
        inn_after = re.match(r"\s*\((?P<inn>[a-z]{6,})\)", text[molecule.end() :])
        inn = inn_after.group("inn") if inn_after and is_inn(inn_after.group("inn")) else None
        if inn is None and not _PRODUCT_TALK.search(text):
            continue
        product = registry.add(Kind.PRODUCT, f"{text[start:end]} {molecule.group('abbr')}", sentence.span(start, molecule.end()))
        if inn is not None:
            registry.add_alias(product, inn)


def find_platform_programs(sentence: Sentence, registry: Registry) -> None:
    text = sentence.text
    if "therap" not in text and not _PRODUCT_TALK.search(text) and "(" not in text:
        return  # most sentences: no therapy named, no need to look names up
    hits = registry.find(text)
    _platform_named_products(sentence, registry, hits)
    if "therap" not in text:
        return
    for start, end, ref in hits:
        therapy = _THERAPY_AFTER.match(text, end) if ref.kind is Kind.PLATFORM else None
        if therapy is None:
            continue
        platform, mod = text[start:end], " ".join(therapy.group("mod").split())
        named = re.search(rf"(?<![\w-])({_TARGET})\s+$", text[max(0, start - 20) : start])
        if named and len(named.group(1)) >= 2:
            registry.add(Kind.PRODUCT, f"{named.group(1)} {platform} {mod} therapy", sentence.span(start - len(named.group(0)), therapy.end()))
        if targeting := _TARGETING.match(text, therapy.end()):
            for target in re.split(r",\s*|\s+and\s+|\s+or\s+", targeting.group("targets")):
                product = registry.add(Kind.PRODUCT, f"{target} {platform} {mod} therapy", sentence.span(start, targeting.end()))
                registry.add_alias(product, f"{platform} {mod} therapy targeting {target}")
