"""Name shapes and helpers the kinds' modules share.

The patterns of a capitalized name (``CAP_WORD``, ``NAME_SEQ``: "Boehringer Ingelheim"), of a legal
name (``LEGAL_NAME``: "Ono Pharmaceutical Co., Ltd."), an institution (``ACADEMIC_NAME``: "University
of Texas"), a defined term (``DEFINED_TERM``: '("Ono")'), a trademark and the contexts of drugs;
:func:`trim_name` ("On", "San Diego-based" dropped from a name's front), :func:`company_of`
("Chief Financial Officer of X" -> "X"), :func:`plausible_org_name`; and the small tests more than one
kind asks (a headline, a sentence's first word, a word that starts a known organization, the shape of
a product's alias).
"""

from __future__ import annotations

import re

from ...model import Kind
from ..context import Registry
from ..cover import US_STATES
from ..names import (
    ACADEMIC_WORDS,
    LEGAL_SUFFIX_RE,
    ORG_KEYWORDS,
    REGIONS,
    STOP_WORDS,
    TARGET_TOKEN,
    has_legal_suffix,
    is_inn,
    looks_like_code,
    strip_legal_suffix,
)
from ..places import a_place
from ..truecase import common_words

# A capitalized word: "ImmunoGen", "GSK", "Boehringer", "3M", "Tri-specific", "Rx".
# "ImmunoGen", "GSK", "Boehringer", "3M", "Tri-specific", "mRNA" (a lower-case prefix before capitals).
# Initials written together are one word: "M.D. Anderson Cancer Center", "Takeda Pharmaceuticals U.S.A., Inc.".
# A dash doubled is a typed em dash between words: "Silicon Graphics Computer Systems--along with".
CAP_WORD = r"(?:[A-Z](?:\.[A-Z])+\.?|[A-Z](?:[\w']|-(?!-))*\.?|\d+[A-Z][\w\-]*|[a-z]{1,3}[A-Z][\w\-]*)"
CONNECTOR = r"(?:of|de|du|der|des|la|le|y|et|for|the|at|&)"
# Justified text doubles spaces; three or more separate columns, not words.
_SP = r"[ ]{1,2}"
NAME_SEQ = rf"{CAP_WORD}(?:{_SP}(?:{CONNECTOR}{_SP}(?:{CONNECTOR}{_SP})?)?{CAP_WORD}){{0,7}}"
# "XOMA (US) LLC", "ADC Therapeutics (UK) Limited": a place in brackets before the legal form.
_REGION = r"(?:[ ]\([A-Z][A-Za-z. ]{1,20}\))?"
UPPER_SUFFIX = r"(?:INC\.?|CORP\.?|CORPORATION|CO\.|LTD\.?|LIMITED|LLC|L\.L\.C\.|PLC|COMPANY|N\.V\.|S\.A\.|AG|GMBH)"
# Not inside a web name: "AMAZON.COM, INC." has no company "COM, INC.".
# ... and "Collegium Pharmaceutical,Inc." as a conversion that lost the space writes it.
LEGAL_NAME = re.compile(rf"(?<![\w&'])(?<!\w\.)({NAME_SEQ}{_REGION}(?:(?:,[ ]?|[ ])(?:{LEGAL_SUFFIX_RE}|{UPPER_SUFFIX}))+)(?![\w])")
# "National Institute of Allergy and Infectious Diseases": institutions may have "and" in their names.
ACADEMIC_NAME = re.compile(
    # ("Halden and Mariner's Hospital": a name's "and" before a possessive)
    r"(?<![\w&'-])((?:[A-Z][\w'\u2019\-]*[ ](?:and[ ](?=[A-Z][a-z]+['\u2019]s[ ]))?){0,4}(?:Institute|University|Foundation|Center|Centre|College|Hospital|School|Department|Council|Trustees)"
    r"(?:[ ](?:of|for|on)[ ](?:the[ ])?[A-Z][\w'\-]*(?:[ ](?:and|&|of|the|for)?[ ]?[A-Z][\w'\-]*){0,6})?)"
)
# "Eli Lilly and Company", "Yeda Research and Development Company Ltd.": a company's legal form after "and" (two
# words at least before it that are no company's name of their own: "Licensee and Company", "Orvane Pharma and
# Company" pair a party with the Company, "Restricted Stock and Company Options" a thing with the Company's; a heading run
# into its text, "... with Ansel Corwin and Company In February 2021, we ...", keeps the name).
AND_COMPANY = re.compile(rf"(?<![\w&'-])((?:{CAP_WORD}[ ]){{2,4}}and[ ](?:Development[ ])?(?:Company|Corporation|Co\.)(?:,?[ ](?:{LEGAL_SUFFIX_RE}))?)(?![\w-]|[ ]+(?!(?:In|On|During|Under|The|We)[ ])[A-Z])")
# "zenvax BV", "orbida GmbH", "redfinch bio, Inc.": a company that writes its name in small letters, before its legal form.
# Only legal forms no sentence writes after a word of its own ("depart the Company").
_LOWER_NAME_FORMS = r"(?:Inc\.?|Corp\.?|Co\.,?[ ]Ltd\.?|Ltd\.?|LLC|plc|PLC|AG|GmbH|B\.V\.|BV|N\.V\.|NV|S\.A\.|SA|SE|A/S|AB|S\.p\.A\.|K\.K\.)"
# ("2seventy bio, Inc.", "89bio, Inc.": a number may start it)
LOWER_LEGAL_NAME = re.compile(rf"(?<![\w&'.\-$])((?:[a-z]|\d{{1,3}}[a-z])[a-z0-9]{{2,}}(?:[ ][a-z][a-z0-9]+)?(?:,[ ]?|[ ]){_LOWER_NAME_FORMS})(?![\w])")
CAP_SEQUENCE = re.compile(rf"(?<![\w&'-])({NAME_SEQ})(?![\w'-])")
# '("Ono")', '(the "Licensor" and, together with the Licensee, the "Parties")': the first term of the bracket;
# '(together with its Affiliates, "Sarvo")' too
# ... and the ways agreements introduce a party's term: '(hereinafter called "LICENSEE")', '(hereinafter referred
# to as the "Licensor")', '(referred to herein as "Licensee")', '(hereafter "NYU")', '(hereinafter, "Licensor")'
_TERM_LEAD = (r"(?:(?i:hereinafter|hereafter|herein),?\s+)?(?:(?:referred\s+to\s+(?:herein\s+|hereinafter\s+)?as|called|designated(?:\s+as)?)\s+)?"
              r"(?:the\s+)?")
DEFINED_TERM = re.compile(rf"\((?:collectively,? |together,? |each,? |(?:together|collectively) with (?:its|their) [A-Z]?[a-z]+, |{_TERM_LEAD})"
                          r"[\"']([^\"'()]{2,60})[\"'](?:\)|\s+and,)")
ACRONYM_DEF = re.compile(r"(?<![\w-])((?:[A-Z][\w-]*[ ]){0,5}[A-Z][\w-]*)[ ]\(([A-Z][A-Za-z]{1,9})[®™]?\)")  # "(TriKE®)" too
TRADEMARK = re.compile(r"(?<![\w-])([A-Z][A-Za-z0-9][\w\-]{1,30})[ ]?(?:®|\(R\)|™|\(TM\))(?![\w])")  # not "XmAb®7195"
# A mark flattened into the word by a text conversion: "TIVDAKTM", "CNsideTM" (mixed case, or four
# capitals or more before it: no word ends so).
FLATTENED_MARK = re.compile(r"(?<![\w-])([A-Z][A-Za-z0-9\-]*[a-z][A-Za-z0-9\-]*|[A-Z][A-Z0-9\-]{3,})TM(?![\w])")
# Capitalized words that describe rather than name a technology.
GENERIC_TECH_WORDS = {
    "the", "our", "its", "this", "that", "such", "each", "any", "new", "novel", "proprietary", "core",
    "key", "antibody", "drug", "delivery", "clinical", "manufacturing", "discovery", "research",
    "development", "platform", "technology", "technologies", "information", "data", "software",
    "cloud", "digital", "internet", "ai", "company", "companies", "licensed", "license", "patented",
    "a", "an", "in", "with", "from", "and", "or", "of", "for", "certain", "other", "these", "those",
    "collaboration", "related", "existing", "underlying", "biotechnology", "gene", "cell", "cellular",
    "medical", "health", "healthcare", "mobile", "web", "online", "e-commerce", "trading", "payment",
    "payments", "advertising", "marketing", "sales", "learning", "machine", "computing", "crispr",
    "rna", "dna", "mrna", "sirna", "protein", "peptide", "vaccine", "viral", "vector", "therapeutic",
    "therapy", "small", "molecule", "large", "biologic", "biologics", "conjugate", "adc", "nanoparticle",
    "lipid", "imaging", "diagnostic", "screening", "analytics", "energy", "power", "network", "networking",
    "storage", "security", "semiconductor", "chip", "gpu", "hardware", "commerce", "retail", "banking",
    # modalities and office words: "CAR T-cell technology", "LNP technology", "IP platform", "Office technology"
    "car", "car-t", "t", "t-cell", "nk", "tcr", "lnp", "ip", "it", "office", "chief", "people", "officer",
    # a sentence's verb before the name: "Using NeXT technology"
    "using", "leveraging", "applying", "through", "via", "utilizing", "employing", "combining",
    # vectors and methods any company uses: "Adeno-Associated Virus (AAV) platform", "Next-Generation Sequencing platform"
    "aav", "adeno-associated", "virus", "lentiviral", "retroviral", "next-generation", "sequencing", "ngs", "pegylation",
    "galnac", "ipsc", "talen", "zfn", "aso",  # "GalNAc conjugation technology", "the iPSC technology of the University"
    # kinds of molecule and cell by their common abbreviations: "scFv-based antibodies", "a Bispecific platform",
    # "Plasmid DNA based vaccines" (not "RNAi": analysts count "the RNAi platform" of the company that names it so)
    "bsab", "bsabs", "hpsc", "hipsc", "plasmid", "antisense", "oligonucleotide", "bispecific", "scfv", "cas9",
}
# "CD33 technology", "FLT3 technology": a target named by a gene symbol, the technology aimed at it.
GENE_SYMBOL = re.compile(r"[A-Z]{2,5}-?\d{1,2}[A-Z]?")
# Organization words that are too generic to make a name on their own last word.
WEAK_ORG_LAST = {"company", "corporation", "group", "partners", "capital", "trust", "health", "bank", "sciences"}
DRUG_CONTEXT = re.compile(
    r"\b(?:product candidates?|candidates?|[Cc]ompounds?|prodrugs?|[Dd]rugs?|therap(?:y|ies|eutics?)|vaccines?|"
    r"molecules?|programs?|Phase|clinical|trials?|studies|study|preclinical|IND|NDA|BLA|licens\w*|"
    r"develop\w*|indicat\w*|treat\w*|conjugates?|inhibitors?|degraders?|agonists?|antagonists?|formulations?|"
    r"dos\w+|patients|approv\w+|pipeline|asset|[Oo]pioids?|[Aa]nalgesics?|[Aa]ntibiotics?|injectables?|"
    r"tablets?|capsules?|ointments?|suspensions?|medicines?|medications?|rights|Licensed\s+(?:Products?|Compounds?)|"
    r"FDA|EMA|efficacy|safety|tolerab\w*|response\s+rate|[Rr]oyalt\w*)\b"
)
COMPONENT_CONTEXT = re.compile(r"\b(?:composed of|consist(?:s|ing)? of|comprising|conjugated to|linked to|payload|linker|cytotoxic agent|toxin)\b", re.I)


# "New York Heart Association", "New England Biolabs": a place's first word, not a sentence's.
_PLACES_WITH_NEW = {"york", "jersey", "mexico", "hampshire", "zealand", "england", "south", "orleans", "haven", "brunswick"}


def _place_starts(words: list[str]) -> bool:
    return words[0] in ("New", "NEW") and len(words) > 2 and words[1].lower() in _PLACES_WITH_NEW


# A heading's verb before the company it speaks of: "Acquired Delmar Pharma, Inc.", "Visit the X Company".
_LEADING_VERBS = {"acquired", "acquire", "acquires", "visit"}


# A country's possessive before a company: "Sweden's BioInvent International", "Japan's Chugai".
COUNTRIES = REGIONS | {
    "sweden", "denmark", "norway", "finland", "netherlands", "belgium", "austria", "ireland", "britain", "uk",
    "scotland", "germany", "poland", "hungary", "greece", "portugal", "turkey", "egypt", "iran", "thailand",
    "vietnam", "indonesia", "malaysia", "argentina", "chile", "colombia", "peru", "canada", "us", "u.s.",
}


def _country_of(word: str) -> bool:
    return word.endswith(("'s", "\u2019s")) and word[:-2].lower() in COUNTRIES


_RECITAL_WORDS = {"WHEREAS", "RECITALS", "WITNESSETH", "BACKGROUND", "PREAMBLE"}


def trim_name(name: str) -> str:
    """Drop capitalized sentence words ("On", "About", "The") and "San Diego-based" ("Boston Based") from the front of a name."""
    words = name.split()
    # "San Diego-based X"; "New Jersey-- X" (a heading's dash); "FACILITIES LEASE The Company" (a
    # heading run into its first sentence): the name starts after them
    # "RECITALS WHEREAS Ohio University": an agreement's headings before a party
    # "Item 5. Other Events Orvane, Inc. and ...": an 8-K item's heading before its first sentence
    # "Issued by: Lindy Goodfellow Shauneen Beukes For MSD SA For Aspen Pharmacare": a contact block run together, whose
    # "For" in capitals, twice, names the company after it (not "Solutions For Pharma, Inc.", "Coalition For Epidemic
    # Preparedness Innovations": a name's own "For")
    cuts = [i for i, w in enumerate(words) if w.endswith(("-based", "--")) or (i and w == "The") or (i and w == "Based" and a_place(words[i - 1].rstrip(","))) or _country_of(w) or w.strip(",:") in _RECITAL_WORDS
            or (i and w == "Events" and words[i - 1] == "Other")
            or (i and w == "For" and words.count("For") > 1 and not {v.lower() for v in words[:i]} & (ORG_KEYWORDS | ACADEMIC_WORDS | _INSTITUTION_WORDS))]
    if cuts and cuts[-1] < len(words) - 1:
        words = words[cuts[-1] + (words[cuts[-1]] != "The") :]
    while len(words) > 1 and (words[0].lower().strip(".,") in STOP_WORDS | _LEADING_VERBS) and not _place_starts(words):
        words.pop(0)
    # "Syrio Pharma of Italy", "LSI of UK": a company, then where it is (an institution's or a state's "of" is its name's:
    # "Serum Institute of India", "Bank of Japan", "Institute of Chartered Accountants of Scotland")
    # ("Norvell Corporation of America": a legal form before "of" says the name goes on, as "of America" always may)
    of = next((i for i, w in enumerate(words) if w == "of" and 0 < i < len(words) - 1 and not any(v.lower() in _OF_IN_NAME for v in words[:i])
               and words[i - 1].lower().rstrip(".,") not in _NAME_GOES_ON
               and (place := " ".join(words[i + 1 :]).lower().rstrip(".,").removeprefix("the ")) in COUNTRIES
               and (place not in _NAMES_OF_PLACES or words[i + 1] == "the")), None)  # ("... of the US": where it is)
    if of is not None:
        words = words[:of]
    while len(words) > 1 and words[-1].lower() in {"of", "the", "de", "and", "&", "for", "at"}:
        words.pop()
    # "David Stack PACIRA PHARMACEUTICALS, INC.": a signature's name runs into the party's capitals.
    caps = [i for i, w in enumerate(words) if len(w.strip(",.")) > 1 and w.strip(",.").isupper()]
    # (nor "Chugai Pharma U.S.A, LLC", whose capitals are a country's dotted initials)
    name_caps = [i for i in caps if not re.fullmatch(LEGAL_SUFFIX_RE + r",?", words[i], re.I) and not re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?\.?,?", words[i])]
    # ... but not "Bioeq IP AG", whose capitals are two letters and a legal form
    tail_is_caps = sum(len(words[i].strip(",.")) for i in name_caps) > 2 and caps[0] > 0 and all(i in caps or not words[i][:1].isalpha() for i in range(caps[0], len(words)))
    if tail_is_caps and any(w[:1].isupper() and not w.isupper() for w in words[: caps[0]]):
        words = words[caps[0] :]
    return " ".join(words)


# Words that make "<words> of <Company, Inc.>" an institution's own name ("Bank of America
# Corporation", "Regents of ...") rather than a thing the company has ("Board of Directors of",
# "Restated Bylaws of", "10-K of", "Investment Manager of").
_NAMED_OF = ACADEMIC_WORDS | ORG_KEYWORDS | {"bank", "trustees", "regents", "government", "ministry", "republic", "state", "commonwealth", "people's"}


_OF_IN_NAME = ACADEMIC_WORDS | {"bank", "trustees", "regents", "government", "ministry", "republic", "state", "commonwealth", "people's",
                                "kingdom", "bureau", "department", "office", "authority", "controller", "organization", "organisation",
                                "federation", "manufacturers", "board", "service", "services"}
_NAME_GOES_ON = {"corporation", "company", "co", "inc", "incorporated", "corp"}
_NAMES_OF_PLACES = {"america", "americas", "north america", "international", "us", "u.s."}


# What a company has, whatever follows: "Restated Bylaws of Senti Biosciences".
_HELD_WORDS = {"bylaws", "by-laws", "charter", "plan", "subsidiaries", "description", "statements", "report", "board", "directors",
               # what is done to a company, in a heading: "Acquisition of Delmar Pharma"
               "acquisition", "payment", "purchase", "sale", "divestiture"}


# The last words of a job or a department, which a biography puts before its company:
# "Vice President, Discovery Biology at Pellworth Therapeutics", "Chief Financial Officer of Tamsin Biologics".
_POST_WORDS = {
    "officer", "president", "director", "counsel", "secretary", "treasurer", "professor", "head", "chair",
    "development", "research", "finance", "operations", "affairs", "biology", "chemistry", "oncology",
    "immunology", "pharmacology", "manufacturing", "release", "relations", "committee", "fellow", "member",
    "chairman", "chairwoman", "trustee",
    # "Chairman & CEO of Halvane Therapeutics"
    "ceo", "cfo", "coo", "cmo", "cso", "cto", "cbo", "cco", "evp", "svp", "vp",
}
# The last word of an office that a cover page or signature block writes straight before its company, with no "of":
# "Chief Executive Officer Halvane BioPharma, Inc."
_OFFICE_END = {"officer", "president", "director", "counsel", "secretary", "treasurer", "chairman", "chairwoman", "ceo", "cfo"}


_COMPANY_FOR = re.compile(r"(.+?\b(?:Pharmaceuticals?|Therapeutics|Biosciences|Biotherapeutics|Biologics|Biopharma(?:ceuticals)?|Pharma"
                          r"|Genomics|Diagnostics|Medicines|Laboratories))[ ]+for[ ]+[A-Z]")
_NAMED_FOR = re.compile(r"\b(?:Act|Program|Programme|Initiative|Award|Prize|Alliance|Coalition)$")  # "Best Pharmaceuticals for Children Act"


def _keyword_after_for(name: str) -> bool:
    """'Halden Therapeutics for Kids Foundation', 'Partnership for Diagnostics for Tuberculosis Foundation': the name goes on."""
    return any(w.lower() in ORG_KEYWORDS for w in name.split(" for ", 1)[1].split())


def company_of(name: str) -> str:
    """'Equity Incentive Plan of Gilead Sciences, Inc.' -> 'Gilead Sciences, Inc.'; 'Finance at Brennan
    Biosciences, Inc.' -> 'Brennan Biosciences, Inc.'; 'Fellow of the Institute of Chartered
    Accountants' -> 'Institute of Chartered Accountants'."""
    name = re.sub(r"^(?:the\s+)?Board\s+of\s+Directors\s+(?:of\s+)?(?=[A-Z])", "", name)
    if (after := _after_for(name)) != name:
        return after  # "Business Development for Zelvane Pharma GmbH"
    if (cut := _COMPANY_FOR.match(name)) is not None and not (_NAMED_FOR.search(name) or has_legal_suffix(name) or _keyword_after_for(name)):
        return cut.group(1)  # "NewBridge Pharmaceuticals for Abstral": a company's name ends at its company word
    if " at " in name and _is_company_name(rest := _no_article(name.rsplit(" at ", 1)[1])):
        return rest
    words = name.split()
    office = [i for i, w in enumerate(words[:-1]) if w.lower() in _OFFICE_END and words[i + 1][:1].isupper()]
    if office and _is_company_name(rest := " ".join(words[office[-1] + 1 :])) and rest.split()[0].lower() != "of":
        return rest  # "D. Chief Executive Officer Halvane BioPharma": a cover page's title before the company
    parts = name.split(" of ")
    # the first job word decides: "Group Finance Director of ...", "Non-Executive Director of ..."
    for i in range(1, len(parts)):
        head, rest = " of ".join(parts[:i]), _no_article(" of ".join(parts[i:]))
        if head.split()[-1].lower().rsplit("-", 1)[-1] in _POST_WORDS and _is_company_name(rest):
            return _after_for(rest, after_post=True)
    for i in range(len(parts) - 1, 0, -1):
        head, rest = " of ".join(parts[:i]), " of ".join(parts[i:])
        head_words = {w.lower().strip(".,") for w in head.split()}
        if head_words & _NAMED_OF:
            return name
        if (has_legal_suffix(rest) or head_words & _HELD_WORDS) and plausible_org_name(rest):
            return rest
    return name


def _after_for(name: str, after_post: bool = False) -> str:
    """'Head of External Innovation APAC for Merck KGaA': a post's department, then "for" the company it is at (not
    "Foundation for ... Inc." or "Alliance for ..., Inc.": an institution named for what it is for)."""
    head, _, rest = name.rpartition(" for ")
    words = {w.lower().strip(".,") for w in head.split()}
    # (not "Global Medical Innovation for Children, Inc.": no post said, and "Children" is a word, no company's name)
    core = strip_legal_suffix(rest).split()
    if head and words <= _DEPARTMENT_WORDS | _POST_WORDS and (after_post or words & _POST_WORDS) and has_legal_suffix(rest) \
            and plausible_org_name(rest) and core and not all(w.lower() in common_words() for w in core):
        return rest
    return name


# The words of a department or a region a post is in, before "for" and its company.
_DEPARTMENT_WORDS = {"business", "development", "innovation", "licensing", "operations", "affairs", "strategy", "alliances",
                     "partnering", "partnerships", "apac", "emea", "asia", "europe", "americas", "china", "japan", "external",
                     "global", "corporate", "scientific", "medical", "commercial", "marketing", "sales", "regulatory", "clinical",
                     "and", "&", "new", "product", "products", "portfolio", "management", "planning", "search", "evaluation"}


def _no_article(name: str) -> str:
    return name[4:] if name.startswith("the ") and name[4:5].isupper() else name


def _is_company_name(name: str) -> bool:
    last = name.split()[-1].lower().strip(".,")
    institution = _INSTITUTION_WORDS & {w.lower().strip(".,") for w in name.split()}  # "... University School of Medicine"
    return plausible_org_name(name) and (has_legal_suffix(name) or last in ORG_KEYWORDS or last in ACADEMIC_WORDS or bool(institution))


# Words that, with nothing but a legal form after them, are the broken-off end of a longer
# name ("... Research and Development LLC", "... Pharma USA Inc.", "Merger Sub LLC").
_FRAGMENT_WORDS = {
    "development", "research", "usa", "us", "u.s.", "eu", "europe", "international", "global", "solutions",
    "services", "capital", "market", "markets", "management", "holdings", "holding", "acquisition", "sub",
    "merger", "group", "partners", "ventures", "one", "two", "three", "four", "five", "six", "seven", "eight",
    "nine", "ten",
}
# Words that are a broken-off tail only alone before the legal form ("Technologies Co., Ltd." of "Hefei Tianhui Incubator of
# Technologies Co., Ltd."): with another word they name companies ("Technology Health, Inc.").
_LONE_FRAGMENT_WORDS = {"technologies", "technology", "industries", "industry"}


def plausible_org_name(name: str) -> bool:
    words = [w for w in re.split(r"[ ,]+", name) if w]
    if not words or words[0].lower().strip(".") in STOP_WORDS:
        return False
    core = [w for w in words if w.lower().strip(".") not in STOP_WORDS]
    if not core:
        return False
    if any(TARGET_TOKEN.match(w) for w in words) or len(name) > 90:
        return False
    if words[-1].lower().endswith("-based"):
        return False  # "San Diego-based": where a company is, not a company
    if words[-1].lower().strip(".") in _STREET_WORDS and not has_legal_suffix(name):
        return False  # "offices at 100 University Avenue": an address
    if words[-1].lower() in _ARRANGEMENT_WORDS and not has_legal_suffix(name) and not (
            re.match(r"(?:The )?(?:Center|Centre|Institute) for ", name) and words[-1].lower() in ("study", "studies")):
        return False  # "University of Texas Professional Medical Liability Benefit Plan": a plan, not its sponsor (a "Center for ... Study" is)
    # "Therapeutics, Inc." alone is a broken-off tail, not a name.
    if _generic_words_only(words):
        return False
    if words[0].lower() in _DOCUMENT_WORDS and len(words) > 1 and words[1].lower() == "of":
        return False  # "Consent of PricewaterhouseCoopers LLP", "Articles of Association": exhibits, not companies
    if words[0].lower() in _PART_WORDS or "WHEREAS" in words:
        return False  # "Appendix A. WHEREAS": a part of the document and the recital after it
    if {w.lower().strip(".,'") for w in words} & _DEAL_WORDS or (name.isupper() and len(words) > 6):
        return False  # "Number of Shares Underlying Vested Company", "REFLECT CIRCUMSTANCES ... THE COMPANY"
    descriptive = [w for w in words if not re.fullmatch(LEGAL_SUFFIX_RE + r",?", w, re.I)]
    if descriptive and all(w.lower().strip(".,'") in _DESCRIPTIVE_WORDS for w in descriptive):
        return False  # "a Delaware corporation", "Emerging Growth Company", "the Surviving Corporation"
    return not re.search(r"\d{3,}", name)


def _generic_words_only(words: list[str]) -> bool:
    descriptive = [w.lower().strip(".,") for w in words if not re.fullmatch(LEGAL_SUFFIX_RE, w.strip(","))]
    # (alone, or with other tails: "Technology Industries Co., Ltd." of "... Incubator of Technology Industries Co., Ltd.")
    lone = len(descriptive) == 1 or all(w in _LONE_FRAGMENT_WORDS | _FRAGMENT_WORDS for w in descriptive)
    generic = ORG_KEYWORDS | _FRAGMENT_WORDS | (_LONE_FRAGMENT_WORDS if lone else set())
    return all(w in generic for w in descriptive)


# Last words of a street's or an estate's name.
_STREET_WORDS = {"avenue", "ave", "street", "st", "drive", "road", "rd", "boulevard", "blvd", "lane", "parkway", "square", "plaza", "park", "highway"}
# Last words of a plan's or a program's name ("... Benefit Plan", "... Incentive Program").
_ARRANGEMENT_WORDS = {"plan", "plans", "policy", "program", "programme", "agreement", "trial", "study"}
# A department of a university is not an organization of its own: "professor of Breast Surgical Oncology".
_DEPARTMENT_BEFORE = re.compile(r"\b(?:[Pp]rofessor|[Dd]epartment|[Dd]ivision|[Cc]hair(?:man)?|[Ss]ection|[Dd]ean)\s+of\s+(?:the\s+)?$")
# Words of deal tables and legalese, never of a company's name.
_DEAL_WORDS = {
    "shares", "options", "consideration", "aggregate", "underlying", "vested", "unvested", "rsu", "rsus",
    "assumptions", "circumstances", "outstanding", "in-the-money", "out-of-the-money", "payable",
}
_DOCUMENT_WORDS = {"articles", "consent", "certificate", "certificates", "form", "exhibit", "bylaws", "amendment", "schedule", "opinion", "notice"}
# Parts of a document, which a capitalized run may start with but a company's name never does.
_PART_WORDS = {"appendix", "annex", "exhibit", "schedule", "section", "article", "clause", "paragraph"}
# Words that describe a company in filings' boilerplate rather than name one.
_DESCRIPTIVE_WORDS = {w.lower() for s in US_STATES.values() for w in s.split()} | {
    "public", "emerging", "growth", "smaller", "reporting", "accelerated", "large", "filer", "shell",
    "parent", "surviving", "successor", "acquiring", "acquired", "target", "general", "market", "services",
    "holding", "operating", "private", "limited", "foreign", "domestic", "business", "professional",
    "of", "the", "and", "a", "an", "new", "nonprofit", "non-profit", "exempted", "stock", "joint",
    "liability", "partnership",  # "a Limited Liability Company organized under the laws of ..."
    "related", "affiliated", "associated", "controlled",  # "the sublicensee's becoming a Related Company": an agreement's term
}


# Words that make a capitalized run an institution's name, in the languages licensors write them in.
_INSTITUTION_WORDS = {
    "university", "institute", "foundation", "college", "hospital", "institut", "instituto", "istituto",
    "universität", "université", "universidad", "università", "universiteit", "hôpital", "klinikum",
    "fondation", "fundación", "fondazione", "stiftung",
}


def _is_headline(text: str) -> bool:
    """A title set in capitals word by word: nearly every word of four letters or more starts with one."""
    if "|" in text or len(text) > 300:
        return False  # a table's row, a paragraph: not a title
    words = re.findall(r"\b[A-Za-z][\w'-]{3,}", text)
    return len(words) >= 6 and sum(w[0].isupper() for w in words) >= 0.85 * len(words)


def _starts_an_org(word: str, registry: Registry) -> bool:
    folded = word.lower()
    return any(m.name.lower().split()[0] == folded for m in registry.of_kind(Kind.ORG) if m.name.split())


_SENTENCE_WORDS = {"It", "This", "That", "Each", "Which", "Such", "Our", "The", "Its", "These", "Both"}


def _sentence_word(name: str) -> bool:
    return name in _SENTENCE_WORDS


def _sentence_initial(text: str, pos: int) -> bool:
    return pos == 0 or bool(re.search(r'(?:^|[.:;!?"(]\s*)$', text[:pos]))


def _alias_shape(text: str) -> bool:
    text = text.strip()
    return bool(text) and (looks_like_code(text) or is_inn(text.split()[-1])) and text.lower() not in STOP_WORDS
