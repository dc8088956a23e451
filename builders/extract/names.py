"""Name vocabulary: normalization, legal suffixes, INN stems, code names, titles.

Everything here is a general mechanism (the WHO INN stem conventions, the legal
forms of companies, the words of corporate titles), never a list of particular
companies or drugs.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib.resources import files

# --------------------------------------------------------------------------- organizations

LEGAL_SUFFIXES = [
    r"Inc\.?", r"Incorporated", r"Corp\.?", r"Corporation", r"Co\.,? Ltd\.?", r"Co\.",
    r"Company", r"Ltd\.?", r"Limited Partnership", r"Limited", r"[Pp][Ll][Cc]", r"P\.L\.C\.", r"L\.?L\.?C\.?", r"L\.?P\.?", r"LLP",
    r"S\.A\.S\.", r"S\.A\.(?:B\.)?[ ]de[ ]C\.V\.", r"S\.[ ]de[ ]R\.L\.(?:[ ]de[ ]C\.V\.)?", r"S\.A\.", r"SA", r"AG", r"N\.V\.", r"NV", r"G[Mm][Bb][Hh][ ]&[ ]Co\.?[ ]KG(?:aA)?", r"AG[ ]&[ ]Co\.?[ ]KG(?:aA)?", r"G[Mm][Bb][Hh]", r"S\.p\.A\.?", r"SpA", r"K\.K\.",
    r"A/S", r"AS", r"AB", r"B\.V\.", r"BV", r"Pty\.? Ltd\.?", r"SE", r"Oy", r"ASA", r"KGaA", r"Sprl", r"SPRL",
    r"S\.r\.l\.", r"SRL", r"S\.L\.", r"Unlimited Company", r"ULC", r"Holdings?", r"Group",
    # Poland's limited company, as written and as a conversion spaces it: "Sp. z o.o.", "Sp. Zo. O."
    r"[Ss]p\.[ ]?[zZ][ ]?[oO]\.[ ]?[oO]\.",
]
# Only the forms the gold normalization drops (GOLD.md); "Holdings"/"Group" stay in names.
_DROPPED_SUFFIXES = re.compile(
    r"(?:,?\s+(?:inc|incorporated|corp|corporation|co|company|ltd|limited|plc|llc|lp|llp|sa|ag|nv|gmbh|spa|kk|bv|se))+$"
)
LEGAL_SUFFIX_RE = r"(?:" + "|".join(s for s in LEGAL_SUFFIXES if s not in (r"Holdings?", r"Group")) + r")"

# Words that make a capitalized phrase an organization name on their own.
ORG_KEYWORDS = {
    "pharmaceutical", "pharmaceuticals", "pharma", "therapeutics", "therapeutic", "biotherapeutics",
    "biotech", "biotechnology", "biosciences", "bioscience", "biopharma", "biopharmaceuticals",
    "biologics", "biomedical", "medicines", "oncology", "genetics", "genomics", "laboratories",
    "labs", "sciences", "healthcare", "health", "diagnostics", "vaccines", "immunotherapeutics",
    "university", "universität", "université", "institute", "institut", "instituto", "foundation",
    "college", "hospital", "clinic", "school", "council", "consortium",
    "holdings", "group", "partners", "capital", "ventures", "bank", "trust", "agency",
    "administration", "commission", "association", "society", "corporation", "company",
    # words only a company's name ends with ("Advanced Biotechnologies", "Allegro Ophthalmics", "Aspen Pharmacare", "Janssen
    # Pharmaceutica", "Laboratorios Zelvar")
    "biotechnologies", "biopharmaceutical", "ophthalmics", "pharmacare", "biosystems", "biologicals", "biotherapies",
    "pharmaceutica", "laboratorios", "laboratoires",
}
# Words that never occur in a person's name (used to reject "Spark Canale Communications").
NOT_PERSON_WORDS = ORG_KEYWORDS | {
    "communications", "advisors", "associates", "consulting", "relations", "media", "investors",
    "facsimile", "telephone", "attention", "attn", "worldwide", "business", "development",
    "operations", "legal", "corporate", "department", "contact", "contacts", "materials", "substances",
    "landlord", "tenant", "premises",
    # "Director Compensation Policy", "Good Laboratory Practices", "Print Name": after a title, not a name
    "policy", "policies", "practice", "practices", "print", "plan", "program", "committee", "agreement",
    "compensation", "laboratory", "guidelines", "name", "signature", "litigation", "systems", "management",
    "benefits", "sustainability", "matters", "proceedings",
    # a letter's salutation: "Dear Stockholders"
    "stockholders", "shareholders", "shareowners", "colleagues",
}
# Organizations that are incidental in licensing terms: regulators, exchanges.
INCIDENTAL_ORG_WORDS = {
    "commission", "administration", "agency", "exchange", "nasdaq", "nyse", "council", "department",
    "office", "ministry", "court", "congress", "parliament", "inspector",
    # law and audit firms, banks and transfer agents: counsel, auditors, lenders and registrars of a
    # filing, kept only where a fact names them
    "llp", "pllc", "bank", "banking", "depository", "registrar", "transfer",
}
ACADEMIC_WORDS = {
    "university", "universität", "université", "institute", "institut", "instituto", "foundation",
    "college", "hospital", "clinic", "school", "council", "center", "centre", "consortium",
    "administration", "agency", "commission", "association", "society", "trust",
}

# Markets that sales are reported by ("Sales of Europe increased"): places, not brands.
REGIONS = {
    "europe", "asia", "japan", "china", "canada", "india", "korea", "australia", "africa", "america", "germany",
    "france", "italy", "spain", "brazil", "mexico", "russia", "switzerland", "israel", "taiwan", "singapore",
    "latam", "emea", "apac", "international", "americas", "oceania",
}

# Capitalized words that start sentences or headings but never begin a name.
STOP_WORDS = {
    "a", "an", "the", "this", "that", "these", "those", "on", "in", "at", "by", "for", "from",
    "to", "of", "with", "under", "upon", "during", "after", "before", "since", "as", "each",
    "both", "our", "we", "us", "its", "it", "their", "they", "his", "her", "if", "when", "while",
    "although", "because", "also", "and", "or", "but", "pursuant", "following", "further", "furthermore",
    "however", "additionally", "accordingly", "such", "any", "all", "no", "not", "new", "other",
    "item", "items", "exhibit", "section", "article", "schedule", "form", "note", "notes", "part",
    "table", "page", "date", "dated", "signature", "signatures", "about", "contacts", "contact",
    "media", "investors", "investor", "tel", "fax", "phone", "email", "www", "http", "https",
    "whereas", "now", "therefore", "thereof", "hereby", "herein", "see", "per", "total", "net",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "phase", "preclinical", "clinical", "company", "registrant", "licensee",
    "licensor", "party", "parties", "agreement", "license", "licenses", "effective", "term",
    "territory", "products", "product", "program", "programs", "there", "here", "what", "which",
    "who", "how", "why", "where", "then", "than", "so", "yes", "none", "one", "two", "three",
    "first", "second", "third", "several", "certain", "various", "many", "most", "some", "only",
    "through", "between", "among", "within", "without", "including", "includes", "include",
    "mr", "ms", "mrs", "dr", "prof", "chairman", "chief", "president", "ceo", "cfo", "vice",
    "senior", "executive", "director", "officer", "inc", "corp", "ltd", "plc", "llc", "co",
    "i", "ii", "iii", "iv", "v", "vi", "united", "states", "u.s", "us$", "usd", "fiscal", "year",
    "quarter", "quarters", "annual", "report", "reports", "current", "forward-looking", "statements",
    "risk", "risks", "factors", "nasdaq", "nyse", "securities", "exchange", "act", "rule",
    "common", "stock", "shares", "share", "series", "preferred", "warrants", "units",
    "sections", "unless", "except", "notwithstanding", "provided", "subject", "whether", "either",
    "neither", "terminated", "collaboration", "collaborations", "licensed", "exhibits",
}

_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
_SPACES = re.compile(r"\s+")
_INNER_APOSTROPHE = re.compile(r"(?<=\w)['\u2019](?=\w)")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case-fold and strip accents: the comparison form of any name. Cached: tagging folds every
    word of every sentence, mostly the same few thousand words (a third of extraction's time)."""
    if text.isascii():
        return text.lower()  # casefold() and NFKD change nothing else in ASCII
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def word_list(name: str) -> list[str]:
    """The lines of a list shipped with the extractor (``builders/extract/<name>``: the given names, the drug names),
    without its '#' header lines."""
    text = files("builders.extract").joinpath(name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


def normalize_name(name: str) -> str:
    """GOLD.md normalization: case-folded, punctuation dropped, legal suffixes dropped.

    Runs of single letters are joined, so "M. D. Anderson" and "MD Anderson" agree.
    """
    # A mark is no part of a name, and NFKD would spell "GalXC™" as "galxctm".
    text = fold(name.replace("\u2122", " ").replace("\u2120", " ")).replace("&", " and ")
    # an apostrophe inside a word is dropped, not a break: "Women's" and a heading's "WOMENS" are one name
    text = _PUNCT.sub(" ", _INNER_APOSTROPHE.sub("", text))
    text = _SPACES.sub(" ", text).strip()
    text = re.sub(r"\b(\w)((?: \w\b)+)", lambda m: m.group(1) + m.group(2).replace(" ", ""), text)
    prev = None
    while prev != text:
        prev = text
        text = _DROPPED_SUFFIXES.sub("", text).strip()
        text = re.sub(r"^the(?:\s+|$)", "", text)
        text = re.sub(r"\s+and$", "", text)  # "Merck & Co., Inc." -> "merck and co" -> "merck"
    return text


def slug(name: str) -> str:
    """IRI-safe slug of a normalized name (letters, digits, hyphens)."""
    text = normalize_name(name)
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text[:80] or "unnamed"


def has_legal_suffix(name: str) -> bool:
    name = name.strip()
    if re.search(r"(?:^|[\s,])" + LEGAL_SUFFIX_RE + r"$", name):
        return True
    # a form in capitals after a name in small letters ("Velray Pharmaceutical Co, LTD"); not the words contracts set
    # in capitals ("the COMPANY", "Halden SPA": a share purchase agreement); a name all in capitals is a heading's
    m = re.search(r"(?<!\bthe)(?:[\s,])(LTD|INC|CORP|LLC|PLC|LLP|GMBH)\.?$", name)
    return m is not None and not name.isupper()


# Spellings of one legal form, punctuation dropped: "Inc." and "Incorporated" are one form, "LLC" and
# "Limited" two. "Co." is also "Co., Ltd." cut short ("Liaoning ... Co." beside "... Co., Ltd."): one form.
_LEGAL_FORMS = {
    "incorporated": "inc", "corporation": "corp", "company": "ltd", "co": "ltd", "coltd": "ltd", "limited": "ltd",
}


def legal_form(name: str) -> str | None:
    """The legal form a name ends in, one spelling for each: "Adaptimmune Limited" -> "ltd",
    "ImmunoGen, Inc." -> "inc"; None for a name without one."""
    m = re.search(r"(?:^|[\s,])(" + LEGAL_SUFFIX_RE + r")$", name.strip(), re.IGNORECASE)  # "INC." too
    if not m:
        return None
    form = re.sub(r"[.,\s]", "", m.group(1).lower())
    return _LEGAL_FORMS.get(form, form)


def strip_legal_suffix(name: str) -> str:
    return re.sub(r",?\s+" + LEGAL_SUFFIX_RE + r"$", "", name.strip()).strip(" ,")


def is_academic(name: str) -> bool:
    words = set(fold(name).split())
    return bool(words & ACADEMIC_WORDS)


def is_incidental(name: str) -> bool:
    words = set(re.findall(r"[a-z]+", fold(name)))
    return bool(words & INCIDENTAL_ORG_WORDS)


def title_case(name: str) -> str:
    """``GREGG D. BELOFF`` -> ``Gregg D. Beloff`` (only for all-caps input)."""
    if name != name.upper():
        return name
    return " ".join(w if len(w) <= 1 else w[0] + w[1:].lower() for w in name.split())


# --------------------------------------------------------------------------- products

# WHO INN stems (the endings that classify an international nonproprietary name).
INN_STEMS = [
    "mab", "cept", "tinib", "anib", "rafenib", "ciclib", "lisib", "parib", "degib", "sertib",
    "zomib", "metinib", "vir", "platin", "taxel", "rubicin", "mycin", "micin", "cycline", "cillin",
    "floxacin", "conazole", "prazole", "sartan", "pril", "olol", "dipine", "vastatin", "parin",
    "gliptin", "gliflozin", "glutide", "relix", "rsen", "siran", "lukast", "setron", "sentan",
    "vaptan", "triptan", "coxib", "afil", "oxetine", "apine", "peridone", "trexed", "citabine",
    "bulin", "mustine", "kinra", "ermin", "teplase", "poetin", "grastim", "caftor", "profen",
    "azepam", "caine", "tidine", "domide", "tecan", "fungin", "penem", "bactam", "dronate",
    "leucel", "temcel", "stat", "tide", "limus", "imod", "plirsen", "tansine", "dotin",
    "otox", "zolid", "bactin", "ximab", "lutamide", "orexant", "gepant", "fibrate", "nidazole",
    "tinostat", "motecan", "pimod", "sonide", "olone", "asone", "amivir", "navir", "buvir",
    "previr", "asvir", "gravir", "lamide", "estrant", "rsen", "zumab", "lukast", "tegrast",
    # newer stems: cardiac myosin (-camten), IDH (-sidenib), menin (-menib), KRAS (-rasib), complement
    # (-copan, -coplan), thyroid receptor (-tirom), aptamers (-captad), viral vectors (-vec)
    "camten", "sidenib", "menib", "rasib", "copan", "coplan", "tirom", "captad", "parvovec", "denovec", "repvec",
    # more of the WHO stem book: PDE4 (-milast), HIF-PH (-dustat), thrombin and factor Xa (-gatran, -xaban),
    # xanthines (-fylline), prostaglandin receptors (-piprant), PPAR (-glitazone), nucleosides (-vudine),
    # aromatase (-trozole)
    "milast", "dustat", "gatran", "xaban", "fylline", "piprant", "glitazone", "vudine", "trozole",
    "dil",  # vasodilators (ifenprodil, fasudil)
    # the antibody stems of the 2022 scheme: unmodified (-tug), artificial (-bart), multi-specific (-mig)
    "tug", "bart", "mig",
    # and the classes whose candidates fill today's pipelines: guanylate cyclase (-ciguat), adenosine
    # antagonists (-adenant), acid blockers (-prazan), BCL-2 (-toclax), NK1 (-pitant), fusion proteins
    # (-fusp), IL-2 analogues (-leukin), SERMs (-ifene), prostaglandins (-prost), GnRH (-relin),
    # vasopressins (-pressin), beta-2 agonists (-terol), kinase inhibitors at large (-nib), and more
    "ciguat", "adenant", "prazan", "toclax", "pitant", "fusp", "leukin", "ifene", "prost", "relin",
    "pressin", "terol", "nib", "glinide", "formin", "azosin", "kiren", "semide", "trexate", "racetam",
    "ampanel", "grel", "plase", "mostim", "spirone", "fosfamide", "parinux", "mestane", "fiban",
    "pristone",  # antiprogestogens (onapristone)
    # growth hormone and gonadotropin analogues (somatropin, lonapegsomatropin, follitropin, corticotropin),
    # ecteinascidins (trabectedin, lurbinectedin), non-nucleoside reverse transcriptase inhibitors (doravirine)
    "tropin", "ectedin", "virine",
    "actant",  # pulmonary surfactants (lucinactant, poractant alfa)
    "antrone",  # anthracenediones (mitoxantrone, pixantrone)
    # opioid analgesics (tramadol, tapentadol; remifentanil), anthelmintics (albendazole), thiazide diuretics,
    # neuromuscular blockers (rocuronium)
    "adol", "fentanil", "bendazole", "thiazide", "curonium",
]
ADC_PAYLOADS = [
    "mertansine", "emtansine", "ravtansine", "soravtansine", "vedotin", "mafodotin", "govitecan",
    "deruxtecan", "tesirine", "pasudotox", "ozogamicin", "tirumotecan", "duocarmazine",
    "sudotox", "aritox", "pegol", "alfa", "beta", "abeparvovec", "ciloleucel", "autoleucel",
    "maraleucel", "vicleucel", "etanercept",
]
# English words that happen to end in an INN stem.
NOT_INN = {
    "peptide", "peptides", "nucleotide", "nucleotides", "polypeptide", "oligonucleotide",
    "oligonucleotides", "dipeptide", "gene", "genes", "transgene", "oncogene", "stat", "thermostat",
    "tide", "statin", "statins", "cocaine", "lidocaine", "caine", "antibiotic", "mab", "vir",
    "concept", "except", "accept", "intercept", "precept", "percept", "receptor", "ast", "past",
    "last", "fast", "cast", "vast", "east", "least", "coast", "toast", "forecast", "broadcast",
    "contrast", "breast", "beast", "feast", "yeast", "steadfast", "outlast", "podcast", "mast",
    "blast", "sib", "tug", "rib", "april", "pril", "habitat", "format", "combat", "oligo", "bactam", "penem", "glutide", "insulin", "mycin", "olone", "protein", "plasmid",
    "aptamer", "pharmacokinetic", "overcast", "downcast", "outcast", "aftermath", "ozogamicin",
    "mutagene", "suicide", "homicide", "pesticide", "herbicide", "fungicide", "insecticide",
    "riptide", "eventide", "yuletide", "worldwide", "nationwide", "statewide", "citywide", "daffodil",
    "interleukin", "interleukins", "mongrel", "reactant", "reactants", "coreactant", "coreactants",
}
_INN_STEM_RE = "|".join(sorted({s for s in INN_STEMS if len(s) >= 3}, key=len, reverse=True))
# A stem of seven letters or more is a name with one or two letters before it: "flutamide" (-lutamide).
_LONG_STEM_RE = "|".join(sorted({s for s in INN_STEMS if len(s) >= 7}, key=len, reverse=True))
INN_WORD = re.compile(rf"\b([A-Za-z][a-z]{{2,}}(?:{_INN_STEM_RE})|[A-Za-z][a-z]?(?:{_LONG_STEM_RE}))(?:-[a-z]{{4}})?\b")
INN_PAIR = re.compile(
    rf"\b([A-Za-z][a-z]{{3,}}(?:mab|cept|gene|tide|leucel|kin))\s+({'|'.join(ADC_PAYLOADS)}|[a-z]{{3,}}(?:vec|temcel|dotin|tecan|tansine|otox))(?:-[a-z]{{4}})?\b"
    # an enzyme's or a coagulation factor's INN with its Greek letter ("olipudase alfa", "dalcinonacog alfa"):
    # an -ase word alone is as often the enzyme as a drug
    rf"|\b[A-Za-z][a-z]{{4,}}(?:ase|cog)\s+alfa\b(?!-)",
    re.I,
)


# Word endings of biochemistry vocabulary that collide with INN stems.
NOT_INN_ENDINGS = ("peptide", "nucleotide", "globulin", "saccharide", "protein", "glycoside", "cycline-like", "sterol", "gonadotropin",
                   "surfactant", "interactant", "contactant")


def is_inn(word: str) -> bool:
    w = word.lower()
    if w in NOT_INN or len(w) < 6 or w.endswith(NOT_INN_ENDINGS):
        return False
    return INN_WORD.fullmatch(word.split("-")[0]) is not None


# Code names: letters then digits, as companies number their molecules (MLN2704, BB-10901,
# TERN-701, GS-6791, GW 597901, huC242-DM1). Context decides whether one is a product.
CODE_NAME = re.compile(
    r"(?<![\w$.-])("
    r"(?=[A-Za-z]*[A-Z])[A-Za-z]{1,6}-?\d{2,7}[A-Za-z]{0,2}(?:-[A-Z]{1,4}\d{0,3})?"  # MLN2704, XmAb7195, mRNA-1283
    r"|[A-Z]{2,5}\.[A-Z]{2,5}-\d{2,5}"  # ALG.APV-527
    r"|[A-Z]{2,6}-[A-Z]{2,6}-\d{2,5}"  # CMP-CPS-001
    r"|[A-Z]{2,6}-[A-Z]\d{3,6}[A-Z]{0,2}"  # STI-A1014, IMC-S118AI
    r"|[A-Z][A-Za-z]{1,4}-[A-Z]-\d{3,5}"  # SyB-L-0501
    r"|[A-Z]{2,6}-\d{1,4}[A-Z]\d{1,4}"  # QRV-41E28 (a letter among the digits)
    r"|[A-Z]-[A-Z]{2,5}\d{2,4}"  # C-CAR039
    r"|[A-Z]{3,5}-[A-Z]{1,3}\d{1,2}"  # DCR-PH1, ALN-TTR02
    r"|[A-Z]{2,6}[ ]\d{4,7}"  # GW 597901
    r"|[A-Z][a-z]{3,}-[A-Z]{1,3}\d{1,2}"  # Trastuzumab-DM1
    r"|[A-Z]{2,4}-(?!(?:19|20)\d\d[01]\d[0-3]\d)\d{8}"  # JNJ-40411813, PF-06651600 (not a date's eight digits)
    r")(?![\w-])"
)
# Prefixes that make letter+digit tokens forms, rules, places, money or targets, not drugs.
NOT_CODE_PREFIX = {
    "FORM", "ITEM", "SKU", "LOT", "REF", "ACCT", "INV", "ORD", "EX", "EXHIBIT", "RULE", "SECTION", "COVID", "SARS", "CFR", "ISO", "FY", "Q",
    "NO", "PAGE", "NOTE", "SUITE", "STE", "ROOM", "ZIP", "ASC", "ASU", "IFRS", "IAS", "SFAS",
    "FASB", "S", "F", "ICD", "HR", "PUB", "US", "USD", "EUR", "GBP", "JPY", "CHF", "IRS", "CIK",
    "SIC", "PO", "BOX", "HIV", "HBV", "HCV", "HPV", "CD", "IL", "PD", "HER", "CTLA", "TNF",
    "FGFR", "FGF", "NCT", "JAK", "CDK", "BCL", "TLR", "EGFR", "KRAS", "BRAF", "VEGF", "VEGFR", "PDL", "LAG",
    "TIM", "TIGIT", "BCMA", "CCR", "CXCR", "GPR", "HLA", "MAGE", "NY", "ESO", "KIT", "ALK",
    "ROS", "RET", "MET", "PI", "PIK", "AKT", "MEK", "ERK", "IDH", "FLT", "BTK", "SYK", "PARP",
    "MA", "CA", "NJ", "TX", "DE", "NV", "PA", "MD", "NC", "WA", "FL", "GA", "OH", "MI",
    "APOE", "TYPE", "GRADE", "STAGE", "CLASS", "TIER", "LEVEL", "REG", "REGULATION", "ACT",
    "SEC", "FDA", "EMA", "NDA", "BLA", "IND", "ANDA", "MAA", "GLP", "GMP", "AMENDMENT", "SCHEDULE",
    "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER",
    "NOVEMBER", "DECEMBER",  # "May11": a date its spaces were lost from
    "TABLE", "FIGURE", "PART", "CHAPTER", "ARTICLE", "APPENDIX", "ANNEX", "UNIT", "BUILDING",
    "FLOOR", "HWY", "ROUTE", "NASDAQ", "NYSE", "AMEX", "CUSIP", "ISIN", "SEDOL", "TSX", "LSE",
    "FRS", "GAAP", "IFN", "MHC", "COX", "DNA", "RNA", "AAV", "T", "B", "NK",
    "A", "C", "D", "E", "G", "H", "J", "K", "L", "M", "N", "O", "P", "R", "U", "V", "W", "X",
    "Y", "Z", "VOL", "NUM", "ID", "TEL", "FAX", "PH", "EIN", "CASE", "DOCKET", "PATENT", "PCT",
    "WO", "EP", "JP", "CN", "KR", "AU", "BR", "IN", "RU", "GB", "DOC", "FILE", "ACCESSION",
    "AC", "DC", "GDP", "CPI", "USA", "UK", "EU", "IP", "QTR", "Q1", "Q2", "Q3", "Q4",
    "FEB", "JAN", "MAR", "APR", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC",
}
TARGET_TOKEN = re.compile(
    r"^(?:CD\d{1,3}[A-Z]?|IL-?\d{1,2}[A-Z]?R?|PD-?L?\d|HER-?\d|CTLA-?4|FGFR\d?|JAK\d|CDK\d{1,2}|"
    r"BCL-?\d|TLR\d{1,2}|EGFR|VEGFR?-?\d?|KRAS(?: G12[CDV])?|LAG-?3|TIM-?3|TIGIT|BCMA|B7-H\d|"
    r"TROP-?2|CEACAM\d|GD2|PSMA|CLDN\d{1,2}|DLL\d|FcRn|C5a?|TNF-?\w?|HIV-?\d|CCR\d|CXCR\d|CXCL\d{1,2}|CCL\d{1,2}|CX3C[LR]1|GPRC5D|"
    r"MUC\d{1,2}|EpCAM|STEAP\d|Nectin-?4|FOLR\d|CA-?125|HLA-\w+|MAGE-?[A-Ca-c]\d{1,2}|NY-ESO-?1|KIT|ALK|ROS1|"
    r"RET|MET|IDH\d|FLT3|BTK|PARP\d?|CSF-?1R?|SIRP\w|TSLP|IgE|IgG\d?|HSP-?\d{2,3})$",
    re.I,
)


def looks_like_code(token: str) -> bool:
    """A letters+digits token that could be a molecule's code name."""
    if not CODE_NAME.fullmatch(token) or TARGET_TOKEN.match(token):
        return False
    # ("C-CAR039": one letter and a dash before the letters of a code's own shape; the letters after are its prefix)
    prefix = re.match(r"[A-Za-z]+", token[2:] if re.match(r"[A-Z]-[A-Z]{2,5}\d", token) else token)
    if prefix and prefix.group(0).upper() in NOT_CODE_PREFIX and not _MONTH_CODE.fullmatch(token):
        return False
    digits = re.sub(r"\D", "", token)
    if re.fullmatch(r"[Xx\W]*", re.sub(r"\d", "", token)) and set(digits) == {"0"}:
        return False  # "XX 00000": an EDGAR exhibit's redacted zip code, its letters and digits masked
    # FY2023, Q1 2024, "June 2024" shapes are dates, not molecules ("CX-2029", "Moli1901" are; "ALXN2060" is
    # no year anyone reports on).
    return not (re.fullmatch(r"19\d\d|20[0-4]\d", digits) and _DATE_SHAPE.fullmatch(token))


# A month's letters before three digits led by a zero are a code, not a date whose spaces were lost ("NOV004": no
# day and no year is written so; "May11", "Nov2004" are dates).
_MONTH_CODE = re.compile(r"(?i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-?0\d\d")
_DATE_SHAPE = re.compile(r"(?i:FYE?|CY|YE|Q[1-4]?|H[12]?|Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[- ]?\d{4}|[A-Za-z]{1,6} \d{4}")


# --------------------------------------------------------------------------- people

TITLE_WORDS = {
    "chief", "officer", "executive", "president", "vice", "chairman", "chairwoman", "chair",
    "director", "ceo", "cfo", "coo", "cso", "cmo", "cto", "cbo", "secretary", "treasurer",
    "counsel", "general", "senior", "manager", "head", "founder", "co-founder", "partner",
    "principal", "controller", "evp", "svp", "vp", "investor", "relations", "communications",
    "corporate", "finance", "financial", "medical", "scientific", "operating", "business",
    "development", "accounting", "legal", "board", "member", "lead", "associate", "assistant",
    "managing", "global", "research", "clinical", "regulatory", "affairs", "commercial",
    "strategy", "strategic", "technology", "operations", "human", "resources", "chairperson",
    "authorized", "signatory", "attorney-in-fact", "trustee", "dean", "professor",
}
NAME_SUFFIXES = (r"(?:Ph\.?\s?D\.?|M\.?\s?D\.?|Jr\.?|Sr\.?|III|II|IV|Esq\.?|M\.?B\.?A\.?|Pharm\.?D\.?|D\.?Phil\.?|CPA|J\.?D\.?"
                 r"|MBChB|MBBS|FRCP|FRCPC|FACP|DVM|MPH|MSc|B\.S\.|M\.S\.|B\.A\.|M\.P\.H\.|R\.N\.)")  # British and other degrees
GENERATION = re.compile(r"\b(Jr|Sr|III|II|IV)\b\.?", re.I)


def with_generation(name: str, suffixes: str | None) -> str:
    """'Mark A. Prygocki' + ', Sr., CPA' -> 'Mark A. Prygocki, Sr.': a generation is part of a name,
    a degree is not."""
    m = GENERATION.search(suffixes or "")
    if not m:
        return name
    generation = m.group(1).capitalize() if m.group(1).lower() in ("jr", "sr") else m.group(1).upper()
    return f"{name}, {generation}." if generation in ("Jr", "Sr") else f"{name} {generation}"


# A person's name as printed on one line: "Gregg D. Beloff", "DeDe Sheel", "P. Terence Kohler".
# Letters of names, accented ones included ("Sabine Köhler", "Joaquín Alcaraz", "Łukasz Nowak").
_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0141\u015a\u0160\u017b\u017d"
_LO = "a-z\u00df-\u00f6\u00f8-\u00ff\u0101-\u017f"
PERSON_NAME = (
    r"(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?[ ]{1,2})?"
    r"(?:[A-Z]\.[ ]?)?[U][L]+(?:[U][L]+)?(?:-[U]?[L]+)?"  # given name ("DeDe", "Jean-Pierre", "Jae-won")
    r"(?:[ ]{1,2}(?:[A-Z]\.|[U][L]+(?:-[U][L]+)?|[\"\u201c][A-Z][a-z]+[\"\u201d]|\([A-Z][a-z]+\))){0,2}"  # middle names, initials, "Pepe", "(Bizuo)"
    r"[ ]{1,2}(?:(?:Mc|Mac|O'|D'|De|Van|Von|Le|La|Di|Da)[ ]?)?"  # family name ("Ha-eun"), its particles lower-cased too
    r"(?:(?:van|von|de|der|den|del|della|di|da|dos|das|du|la|le|ten|ter)[ ]){0,2}[U][L]+(?:[-'][U][L]+|-[L]{2,})?"  # "van der Berg", "De la Cruz"
).replace("[U]", f"[{_UP}]").replace("[L]", f"[{_LO}]")


def looks_like_title(text: str) -> bool:
    words = re.findall(r"[a-z][a-z\-]*", text.lower())
    if not words:
        return False
    hits = sum(1 for w in words if w in TITLE_WORDS)
    return hits >= max(1, len(words) // 3)
