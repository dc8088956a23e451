"""Find the names of organizations, product candidates and technology platforms.

Organizations are recognized by form (a legal suffix: "Ono Pharmaceutical Co.,
Ltd."), by an organization word ("British Biotech", "University of Texas"), by
definition ('... ("Ono")') and, in :mod:`relations`, by the slot they fill in a
licensing sentence. Products are recognized by the WHO INN stems, by code-name
shape in a drug context, by trademark signs, and by the place a license gives
what it licenses ("a license to develop and commercialize IGF-1"). Platforms are named things
followed by "technology" or "platform".
"""

from __future__ import annotations

import re

from ...model import Kind
from ..context import Registry
from ..cover import US_STATES
from ..names import (
    ACADEMIC_WORDS,
    CODE_NAME,
    INN_PAIR,
    INN_WORD,
    LEGAL_SUFFIX_RE,
    NOT_CODE_PREFIX,
    ORG_KEYWORDS,
    REGIONS,
    STOP_WORDS,
    TARGET_TOKEN,
    fold,
    has_legal_suffix,
    is_inn,
    looks_like_code,
    strip_legal_suffix,
)
from ..sentences import Sentence
from ..truecase import common_words, name_case

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
    r"(?<![\w&'-])((?:[A-Z][\w'\-]*[ ]){0,4}(?:Institute|University|Foundation|Center|Centre|College|Hospital|School|Department|Council|Trustees)"
    r"(?:[ ](?:of|for|on)[ ](?:the[ ])?[A-Z][\w'\-]*(?:[ ](?:and|&|of|the|for)?[ ]?[A-Z][\w'\-]*){0,6})?)"
)
# "Eli Lilly and Company", "Yeda Research and Development Company Ltd.": a company's legal form after "and" (two
# words at least before it that are no company's name of their own: "Licensee and Company", "Orvane Pharma and
# Company" pair a party with the Company, "Restricted Stock and Company Options" a thing with the Company's).
AND_COMPANY = re.compile(rf"(?<![\w&'-])((?:{CAP_WORD}[ ]){{2,4}}and[ ](?:Development[ ])?(?:Company|Corporation)(?:,?[ ](?:{LEGAL_SUFFIX_RE}))?)(?![\w-]|[ ]+[A-Z])")
CAP_SEQUENCE = re.compile(rf"(?<![\w&'-])({NAME_SEQ})(?![\w'-])")
# '("Ono")', '(the "Licensor" and, together with the Licensee, the "Parties")': the first term of the bracket;
# '(together with its Affiliates, "Sarvo")' too
# ... and the ways agreements introduce a party's term: '(hereinafter called "LICENSEE")', '(hereinafter referred
# to as the "Licensor")', '(referred to herein as "Licensee")', '(hereafter "NYU")', '(hereinafter, "Licensor")'
_TERM_LEAD = (r"(?:(?i:hereinafter|hereafter|herein),?\s+)?(?:(?:referred\s+to\s+(?:herein\s+|hereinafter\s+)?as|called|designated(?:\s+as)?)\s+)?"
              r"(?:the\s+)?")
DEFINED_TERM = re.compile(rf"\((?:collectively,? |together,? |each,? |(?:together|collectively) with (?:its|their) [A-Z]?[a-z]+, |{_TERM_LEAD})"
                          r"[\"']([^\"'()]{2,60})[\"'](?:\)|\s+and,)")
ACRONYM_DEF = re.compile(r"(?<![\w-])((?:[A-Z][\w-]*[ ]){0,5}[A-Z][\w-]*)[ ]\(([A-Z][A-Za-z]{1,9})\)")
TRADEMARK = re.compile(r"(?<![\w-])([A-Z][A-Za-z0-9][\w\-]{1,30})[ ]?(?:®|\(R\)|™|\(TM\))(?![\w])")  # not "XmAb®7195"
# A mark flattened into the word by a text conversion: "TIVDAKTM", "CNsideTM" (mixed case, or four
# capitals or more before it: no word ends so).
FLATTENED_MARK = re.compile(r"(?<![\w-])([A-Z][A-Za-z0-9\-]*[a-z][A-Za-z0-9\-]*|[A-Z][A-Z0-9\-]{3,})TM(?![\w])")
# A mark as typed in plain text: "Xstream(TM) technologies".
_MARK = r"(?:[®™]|\((?:TM|R)\))"
PLATFORM = re.compile(
    # "Our proprietary Nanobody technology": a determiner starts no name, else "Our" would take "proprietary Nanobody" for words
    # that describe it
    r"(?<![\w-])(?!(?:Our|Its|Their|The|This|These|Such|An?)[ ])"
    # ("BioInvent's n-CoDeR antibody library", "Agilix's i-PROT proteomics technology": a letter in lower case may start it)
    rf"(?P<name>(?:[A-Z][\w\-]*[®™]?[ ]){{0,3}}(?:[A-Z][\w\-]*|[a-z]+[A-Z][\w\-]*|[a-z]-[A-Z][\w\-]*))(?P<mark>{_MARK})?"
    r"(?P<expansion>[ ]\([A-Z][^()]{2,80}\))?"  # "SPEAR® (Specific Peptide Enhanced Affinity Receptor)"
    r"(?P<descr>(?:[ ](?!(?:are|is|was|were|has|have|had|a|an|the|and|or|our|its|their|of|to|in)\b)[A-Za-z][a-z]*(?:-[a-z]+)?){0,3}?)"  # "imaging", "T-cell", "extended-release drug delivery"
    r"(?:[ ]\([A-Z]{2,6}\))?"  # "the Veltrix® antibody-drug conjugate (ADC) technology": the description's acronym
    r"[ ](?P<head>[Tt]echnolog(?:y|ies)|[Pp]latforms?|formats?|[Ee]ngines?|librar(?:y|ies))\b"  # "its Orbital Discovery Engine"  # "BiKey bispecific antibody format"
    r"(?![ ](?:trials?|stud(?:y|ies)|protocols?)\b)"  # "the REMEDY platform trial": a trial's design, not a technology
)
# "PhageVault is our proprietary antibody discovery platform", "TetraLink, Brightwater's site-specific conjugation
# platform": the description must speak of medicine (BIO_CONTEXT).
PLATFORM_IS_OURS = re.compile(
    # ... or "Zeta™ is a proprietary antibody discovery platform", "Cellomir is a next-generation cell engineering
    # platform": a subject said to be one, not a common word (and not "Halberd, a gene therapy platform company"; after a
    # comma a company may be called "a leading discovery platform": only a proprietary one is a technology)
    # "Synthera, our next-generation ADC platform", "Dualis, the Company's bispecific antibody platform": the words
    # between may hold an acronym of a modality, the owner may be "the Company"
    r"(?<![\w-])(?P<name>[A-Z][\w\-]{2,30})[®™]?(?:(?:\s+is|,)\s+(?:our|its|their|(?:the\s+)?[A-Z][\w\-]*['\u2019]s|"
    r"(?P<article>an?)(?=\s+(?:proprietary|novel|patented)\s))|\s+is\s+(?P<is_a>an?))\s+(?:proprietary\s+)?"
    # ("Zorbitol®, a patented drug formulation system designed to ...": a system that delivers or formulates drugs, checked after)
    r"(?P<descr>(?:(?:[a-z][\w\-]*|[A-Z]{2,5}(?:-[a-z]+)?)\s+){0,4}?)(?P<head>platform|technology|engine|system)\b(?![\s-]+(?:compan|business))"
)
PLATFORM_WITH_ACRONYM = re.compile(
    # "Characterized Oral Desensitization ImmunoTherapy (CODIT™) approach": spelled out, a named approach is one too
    # "Enhanced Stabilization Chemistry Plus (ESC+) GalNAc-conjugate technology": a "+" that is "Plus", and up to
    # two words saying what it makes between the acronym and the head
    # 'Chimeric Bait Receptor ("CBR") platform technology': the acronym may be quoted; "Designed Ankyrin Repeat
    # Protein (DARPin) format": a named format of molecules is a platform too
    # "Selective Ligand Immune Modulation, or SLIM, technology": or the acronym set off by commas
    # ("Anti-Phospholipid Therapy(APT) platform technology": the space before the bracket may be lost)
    r"(?<![\w-])((?:[A-Z][\w\-]*[ ]){0,4}[A-Z][\w\-]*)(?:[ ]?\([\"\u201c]?|,[ ]or[ ])([A-Z][A-Za-z]{1,9}\+?)(?:[\"\u201d]?[®™]?\)|[®™]?,)"
    r"((?:[ ](?!(?:is|was|and|or|the|a|an|of|to|in|our|its)\b)[A-Za-z][\w\-]*){0,2}?)[ ](?:technology|platform|approach|format)\b"
)
# "two proprietary drug delivery platforms: DepoFoam™ and Biosphere™": each name after the colon.
_LISTED = r"(?:[A-Z]|[a-z][A-Z])[\w\-]+[®™]?"  # "its iTune and iMask technologies": a name may start in lower case
PLATFORM_LIST = re.compile(rf"\b(?P<head>platforms|technologies)[:,]\s+(?P<names>{_LISTED}(?:,\s+{_LISTED})*,?\s+and\s+{_LISTED})(?![\w-])")
# "Tubulis' proprietary Tubutecan and Alco5 platforms": names an owner puts before one plural head; "the Perlon® and
# Movantix® platforms": or an article (names in common words are areas, checked after: "the Oncology and Immunology platforms")
PLATFORM_PAIR = re.compile(rf"(?:\bproprietary|['\u2019]s|s['\u2019]|\b[Oo]ur|\b[Ii]ts|\b[Tt]heir|\b[Tt]he)\s+(?P<names>{_LISTED}(?:,\s+{_LISTED})*,?\s+and\s+{_LISTED})"
                           r"\s+(?:platform\s+)?(?P<head>platforms|technologies)\b")  # "its VTA and APT platform technologies"
# "the Company's piggyBac, Cas-CLOVER, biodegradable DNA and RNA nanoparticle delivery technology and other ...
# platforms": coined names (a capital inside) listed after their owner, the list ending in a described technology.
_COINED = r"(?:[a-z]+[A-Z][\w\-]*|[A-Z][a-z]+-[A-Z]{2,}[\w\-]*|[A-Z][a-z]*[A-Z][a-z][\w\-]*)[®™]?"
PLATFORM_OWNED_LIST = re.compile(rf"(?:\bproprietary|['\u2019]s|\b[Oo]ur|\b[Ii]ts|\b[Tt]heir)\s+(?P<names>{_COINED}(?:,\s+{_COINED})*),\s+(?:and\s+)?"
                                 r"(?:[a-z][\w\-]*\s+|[A-Z]{2,5}\s+(?:and\s+)?){1,8}?(?:technolog(?:y|ies)|platforms?)\b")
# "its tumor-activated prodrug (TAP) technology", "BioSante's calcium phosphate nanotechnology (CaP)": a technology spelled
# out in lower case after its owner, named by the acronym of those words before or after the head.
PLATFORM_SPELLED_LOWER = re.compile(
    r"(?:\bproprietary|['\u2019]s|\b[Oo]ur|\b[Ii]ts|\b[Tt]heir)\s+(?P<long>(?:[a-z][a-z\-]+\s+){1,5}?)"
    r"(?:\((?P<before>[A-Z][A-Za-z]{1,7})\)\s+(?P<head>platform|technology)|(?:nano)?(?P<head2>technology|platform)\s+\((?P<after>[A-Z][A-Za-z]{1,7})\))")
# "its Cas-CLOVER™ Gene Editing System", "the Foundry™ Discovery Engine": a marked name before a system or an engine
# in title case (in lower case they are anything's: "delivery system", "growth engine").
PLATFORM_MARKED_SYSTEM = re.compile(rf"(?<![\w-])(?P<name>[A-Za-z][\w\-]{{1,30}}){_MARK}(?P<descr>(?:[ ][A-Z][a-z]+){{0,3}}?)[ ](?P<head>System|Engine)\b")
# "its proprietary VeloMAb Human Antibody Development System": unmarked, a name with a capital inside after its owner.
PLATFORM_OWNED_SYSTEM = re.compile(r"(?:\bproprietary|['\u2019]s|\b[Oo]ur|\b[Ii]ts|\b[Tt]heir)[ ](?P<name>[A-Z][a-z]+[A-Z][A-Za-z]*)"
                                   r"(?P<descr>(?:[ ][A-Z][a-z]+){1,4}?)[ ](?P<head>System|Engine)\b")
# "BioInvent's F.I.R.S.T screening platform", "our H.A.L.O.™ technology": a dotted acronym of four letters or more
# (not "U.S.A.") before the head, with up to two words in lower case between.
PLATFORM_DOTTED = re.compile(rf"(?<![\w.])(?P<name>(?:[A-Z]\.){{3,}}[A-Z]\.?|(?:[A-Z]\.){{4,}}){_MARK}?(?P<descr>(?:[ ][a-z][\w\-]*){{0,2}}?)[ ](?P<head>platform|technology)\b")
# "its first ProTmab-based antibody", "a TriGuard™-based vaccine": a coined name (a capital inside it, or a mark)
# that medicines are said to be based on is their platform ("mRNA-based", "LNP-based" name kinds: GENERIC_TECH_WORDS).
# ... or a portfolio of medicines is named after: "its Zetrix® portfolio of bispecific antibodies".
PLATFORM_BASED = re.compile(
    rf"(?<![\w-])(?P<name>[A-Z][a-z]+[A-Z][A-Za-z0-9]*|[a-z][A-Z][A-Za-z0-9]*(?=[-\s])|(?P<marked>[A-Z][A-Za-z0-9]{{2,}}){_MARK})"
    r"(?:-based[ ](?:[\w-]+[ ]){0,2}?|[ ]portfolio[ ]of[ ](?:[\w-]+[ ]){0,2}?)"
    r"(?:antibod|vaccine|therap|candidate|product|drug|molecule|conjugate|bispecific|medicine|biologic|program)")
# 'its proprietary ADC platform "ConjuAll™."': a coined word quoted after the head names it.
PLATFORM_QUOTED = re.compile(rf"\b(?P<head>platform|technology),?\s+[\"\u201c](?P<name>[A-Z][\w\-]{{2,30}}){_MARK}?[.,]?[\"\u201d]")
# "a proprietary antibody discovery platform, known as OmniMab", "..., which we call LocusEdit": named after.
PLATFORM_CALLED = re.compile(
    # ("Our technology, known as ViroTrap,": the owner may start the sentence)
    # ("a new antibody-based technology for discovering the proteins involved in disease, called ProAb": what it does may
    # stand between; "a new technique, ProxiMol, which identifies molecules ...": a named technique is one too)
    r"\b(?P<descr>(?:[a-z][\w\-]*\s+|(?:Our|Its|Their)\s+)(?:[a-z][\w\-]*\s+){0,3}?)(?P<head>platform|technology|engine|technique)"
    r"(?:(?:\s+(?:for|to|that|which)\s+[^,;.()]{1,80}?(?=,))?(?:,\s+|\s+)(?:known\s+as|called|named|"
    # ("..., which it calls Nanovesta", "that the Company refers to as ...": a company names it too)
    r"referred\s+to\s+as|(?:which|that)\s+(?:we|it|the\s+Company)\s+(?:calls?|refers?\s+to\s+as|ha(?:ve|s)\s+named))\s+"
    # or its name in apposition: "our drug delivery platform, PolyXen, and", "T platform technology, XCART™, to",
    # "our proprietary discovery platform, Zymark, enables" (a word filings write, "Oncology", is checked out after)
    r"|(?P<appos>,)\s+(?=[A-Z][\w\-]{2,29}[®™]?,))(?P<name>[A-Z][\w\-]{2,30})[®™]?"
)
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
_COUNTRIES = REGIONS | {
    "sweden", "denmark", "norway", "finland", "netherlands", "belgium", "austria", "ireland", "britain", "uk",
    "scotland", "germany", "poland", "hungary", "greece", "portugal", "turkey", "egypt", "iran", "thailand",
    "vietnam", "indonesia", "malaysia", "argentina", "chile", "colombia", "peru", "canada", "us", "u.s.",
}


def _country_of(word: str) -> bool:
    return word.endswith(("'s", "\u2019s")) and word[:-2].lower() in _COUNTRIES


_RECITAL_WORDS = {"WHEREAS", "RECITALS", "WITNESSETH", "BACKGROUND", "PREAMBLE"}


def trim_name(name: str) -> str:
    """Drop capitalized sentence words ("On", "About", "The") and "San Diego-based" from the front of a name."""
    words = name.split()
    # "San Diego-based X"; "New Jersey-- X" (a heading's dash); "FACILITIES LEASE The Company" (a
    # heading run into its first sentence): the name starts after them
    # "RECITALS WHEREAS Ohio University": an agreement's headings before a party
    cuts = [i for i, w in enumerate(words) if w.endswith(("-based", "--")) or (i and w == "The") or _country_of(w) or w.strip(",:") in _RECITAL_WORDS]
    if cuts and cuts[-1] < len(words) - 1:
        words = words[cuts[-1] + (words[cuts[-1]] != "The") :]
    while len(words) > 1 and (words[0].lower().strip(".,") in STOP_WORDS | _LEADING_VERBS) and not _place_starts(words):
        words.pop(0)
    while len(words) > 1 and words[-1].lower() in {"of", "the", "de", "and", "&", "for", "at"}:
        words.pop()
    # "David Stack PACIRA PHARMACEUTICALS, INC.": a signature's name runs into the party's capitals.
    caps = [i for i, w in enumerate(words) if len(w.strip(",.")) > 1 and w.strip(",.").isupper()]
    name_caps = [i for i in caps if not re.fullmatch(LEGAL_SUFFIX_RE + r",?", words[i], re.I)]
    # ... but not "Bioeq IP AG", whose capitals are two letters and a legal form
    tail_is_caps = sum(len(words[i].strip(",.")) for i in name_caps) > 2 and caps[0] > 0 and all(i in caps or not words[i][:1].isalpha() for i in range(caps[0], len(words)))
    if tail_is_caps and any(w[:1].isupper() and not w.isupper() for w in words[: caps[0]]):
        words = words[caps[0] :]
    return " ".join(words)


# Words that make "<words> of <Company, Inc.>" an institution's own name ("Bank of America
# Corporation", "Regents of ...") rather than a thing the company has ("Board of Directors of",
# "Restated Bylaws of", "10-K of", "Investment Manager of").
_NAMED_OF = ACADEMIC_WORDS | ORG_KEYWORDS | {"bank", "trustees", "regents", "government", "ministry", "republic", "state", "commonwealth", "people's"}


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
}


def company_of(name: str) -> str:
    """'Equity Incentive Plan of Gilead Sciences, Inc.' -> 'Gilead Sciences, Inc.'; 'Finance at Brennan
    Biosciences, Inc.' -> 'Brennan Biosciences, Inc.'; 'Fellow of the Institute of Chartered
    Accountants' -> 'Institute of Chartered Accountants'."""
    name = re.sub(r"^(?:the\s+)?Board\s+of\s+Directors\s+(?:of\s+)?(?=[A-Z])", "", name)
    if " at " in name and _is_company_name(rest := _no_article(name.rsplit(" at ", 1)[1])):
        return rest
    parts = name.split(" of ")
    # the first job word decides: "Group Finance Director of ...", "Non-Executive Director of ..."
    for i in range(1, len(parts)):
        head, rest = " of ".join(parts[:i]), _no_article(" of ".join(parts[i:]))
        if head.split()[-1].lower().rsplit("-", 1)[-1] in _POST_WORDS and _is_company_name(rest):
            return rest
    for i in range(len(parts) - 1, 0, -1):
        head, rest = " of ".join(parts[:i]), " of ".join(parts[i:])
        head_words = {w.lower().strip(".,") for w in head.split()}
        if head_words & _NAMED_OF:
            return name
        if (has_legal_suffix(rest) or head_words & _HELD_WORDS) and plausible_org_name(rest):
            return rest
    return name


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
    if words[-1].lower() in _ARRANGEMENT_WORDS and not has_legal_suffix(name):
        return False  # "University of Texas Professional Medical Liability Benefit Plan": a plan, not its sponsor
    # "Therapeutics, Inc." alone is a broken-off tail, not a name.
    if all(w.lower().strip(".,") in ORG_KEYWORDS | _FRAGMENT_WORDS or re.fullmatch(LEGAL_SUFFIX_RE, w.strip(",")) for w in words):
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
}


# --------------------------------------------------------------------------- organizations


# Words that make a capitalized run an institution's name, in the languages licensors write them in.
_INSTITUTION_WORDS = {
    "university", "institute", "foundation", "college", "hospital", "institut", "instituto", "istituto",
    "universität", "université", "universidad", "università", "universiteit", "hôpital", "klinikum",
    "fondation", "fundación", "fondazione", "stiftung",
}


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
UPPER_PARTY = re.compile(rf"(?<![\w&'-])((?:{_UPPER_WORD}[ ]){{1,11}}{_UPPER_WORD})(?=[ ]?\(|[ ](?:an?|having|with|organized|incorporated|located)\b)")


_UPPER_INSTITUTION = r"(?:UNIVERSITY|INSTITUTE|FOUNDATION|COLLEGE|HOSPITAL|SCHOOL|CENTER|CENTRE|TRUST|SOCIETY|ASSOCIATION)"
# ... named by its last word, or by an institution "OF"/"AT" a place: "UNIVERSITY OF NORTH CAROLINA AT CHAPEL HILL"
_UPPER_NAMED = re.compile(rf"(?:{_UPPER_INSTITUTION}|,? {UPPER_SUFFIX}|{'|'.join(k.upper() for k in ('therapeutics', 'pharmaceuticals', 'laboratories', 'biosciences', 'pharma', 'biotech'))})$"
                          rf"|{_UPPER_INSTITUTION}(?: (?:OF|AT|FOR|IN)(?: THE)?(?: (?!(?:SHALL|BE|ANY|NOT|NO|IS|ARE|WILL|MAY)\b)[A-Z][A-Z'.\-]*){{1,3}})+$")


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
        registry.mentions[registry.add(Kind.ORG, name, sentence.span(start, start + len(name)))].described = True
        spans.append((start, start + len(name)))
    return spans


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


def find_organizations(sentence: Sentence, registry: Registry) -> None:
    text = sentence.text
    parties = _upper_parties(sentence, registry) if re.search(r"[A-Z]{4,} [A-Z]{2,}", text) else []
    parties += _comma_firms(sentence, registry) if re.search(r" (?:and|AND) (?:Company|COMPANY)| & ", text) else []
    parties += _campuses(sentence, registry) if "University of" in text else []
    parties += _research_and_development(sentence, registry) if "Research and Development" in text else []
    for m in LEGAL_NAME.finditer(text):
        if any(a <= m.start(1) and m.end(1) <= b for a, b in parties):
            continue  # "Sharp & Dohme Corp." of "Merck, Sharp & Dohme Corp."
        name = company_of(trim_name(m.group(1)))
        if name.endswith(" AS") and name[:-3].isupper():
            continue  # "... REPRESENTS THAT AS": capitals of legalese, not a Norwegian company
        start = m.start(1) + m.group(1).find(name)
        if _FIRM_SUFFIX.search(name) and (firm := _firm_partners(text, start)) < start:
            name, start = text[firm:start] + name, firm
        if plausible_org_name(name) and len(name.split()) <= 9:
            ref = registry.add(Kind.ORG, _unglued(name), sentence.span(start, m.end(1)))
            registry.add_alias(ref, name)
    for m in AND_COMPANY.finditer(text) if re.search(r" and (?:Development )?Co", text) else ():
        name = trim_name(m.group(1))
        first = name.split(" and ")[0]
        if (len(first.split()) >= 2 and first.split()[-1].lower() not in ORG_KEYWORDS and not has_legal_suffix(first)
                and not all(w.lower() in common_words() for w in first.split()) and plausible_org_name(name)):
            registry.add(Kind.ORG, name, sentence.span(m.start(1) + m.group(1).find(name), m.end(1)))
    for m in ACADEMIC_NAME.finditer(text):
        name = trim_name(m.group(1))
        if " and " in name and len(name.split()) >= 4 and plausible_org_name(name):
            registry.add(Kind.ORG, name, sentence.span(m.start(1) + m.group(1).find(name), m.end(1)))
    for m in CAP_SEQUENCE.finditer(text):
        if any(a <= m.start(1) and m.end(1) <= b for a, b in parties):
            continue  # a piece of a party's name in capitals ("JUNIOR UNIVERSITY")
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
        if len(words) < 2 or not plausible_org_name(name):
            continue
        last = words[-1].lower().strip(".")
        if _DEPARTMENT_BEFORE.search(text, 0, m.start(1)):
            continue
        academic = _INSTITUTION_WORDS & {w.lower() for w in words} or (
            len(words) >= 3 and re.search(r"\b(?:Cancer|Medical|Research)\s+(?:Center|Centre)$", name))  # "Lindqvist Cancer Center"
        if academic and name.isupper() and not _UPPER_NAMED.search(name):
            continue  # "EVENT SHALL THE UNIVERSITY BE LIABLE": legalese in capitals, no institution's name
        if last in ORG_KEYWORDS and not academic and _is_headline(text):
            continue  # "... Leadership in RNAi Therapeutics with ...": a headline capitalizes every word
        if (last in ORG_KEYWORDS and last not in WEAK_ORG_LAST) or (academic and len(words) >= 2):
            if re.search(r"\b(?:Center|Centre)$", name) and not re.search(r"Medical|Cancer|Research", name):
                continue
            registry.add(Kind.ORG, name, sentence.span(m.start(1) + m.group(1).find(name), end))


# What the text says a company is, before or after its bare name: "Danish biotechnology company Genmab", "pharma giant
# Novartis", "Novimmune, a Swiss pharmaceutical development company" (not "a biotech company founder": a person).
_INDUSTRY = r"(?:bio\w+|pharma\w*|drug(?:\s+delivery)?|gene\s+therapy|cell\s+therapy|vaccines?|life\s+sciences?|diagnostics?)"
_COMPANY_NOUN = r"(?:company|firm|developer|maker|giant)(?!\s+(?:co-?)?(?:founder|executive|officer|veteran|leader)s?\b)"
DESCRIBED_BEFORE = re.compile(rf"\b{_INDUSTRY}\s+(?:[a-z]+\s+)?{_COMPANY_NOUN}\s+(?P<name>{NAME_SEQ})")
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
        if registry.lookup(Kind.PERSON, name):
            continue
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
        start = m.start("name") + m.group("name").find(name)
        registry.mentions[registry.add(Kind.ORG, name, sentence.span(start, start + len(name)))].described = True


# An agreement's party by its legal description alone: "SCRAS, a company incorporated under the laws of France",
# "Halden, a Delaware corporation with offices at", "Quarra, a limited liability company organized under".
_PARTY_DESCRIBED = re.compile(
    rf"(?<![\w&'.-])(?P<name>{NAME_SEQ}),[ ]an?[ ](?:[\w-]+[ ]){{0,3}}?(?:corporation|company|partnership)"
    r"(?=[ ](?:organized|incorporated|existing|formed|having|with)\b|[ ]?[,(])"
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
            start = m.start("name") + m.group("name").find(name)
            registry.mentions[registry.add(Kind.ORG, name, sentence.span(start, start + len(name)))].described = True


# A part of a company named after what it is: "its commercial arm, Alta Innovations", "our wholly owned subsidiary
# Pellworth Labs", "the spin-off of First Tracks Bio" (GOLD.md: a subsidiary that plays a part is a company).
SUB_ENTITY = re.compile(
    rf"\b(?:its|their|our|the)\s+(?:(?:wholly[- ]owned|majority[- ]owned|commercial|technology[- ]transfer|venture)\s+)?"
    rf"(?:subsidiary|affiliate|arm|spin-?out|spin-?off)(?:\s+of)?,?\s+(?P<name>{NAME_SEQ})(?=[,.;]|\s+\(|\s+(?:and|in|is|was|has|will)\b)"
)
# The parties an agreement is between: "a license agreement between PureTech Health and Monash University".
BETWEEN = re.compile(rf"\b(?:agreements?|collaboration|license|licence)\s+(?:\([^()]{{1,60}}\)\s+)?(?:dated\s+[^,]{{4,30}}\s+)?between\s+"
                     rf"(?P<name>{NAME_SEQ})\s+and\s+(?P<other>{NAME_SEQ})")


# ... and the company it belongs to: "the commercial arm of Cancer Research UK", "a wholly owned subsidiary of Halden".
# (Not "an affiliate of": people have affiliates too.)
PARENT_OF = re.compile(rf"\b(?:a|an|the|its)\s+(?:(?:wholly[- ]owned|majority[- ]owned|indirect|direct|commercial|technology[- ]transfer)\s+)?"
                       rf"(?:subsidiary|arm|division)\s+of\s+(?:the\s+)?(?P<name>{NAME_SEQ})(?=[,.;)]|\s+\(|\s+(?:and|in|is|was|has|will|to)\b|[ ]?[\u2013\u2014-])")


def _sub_entities(sentence: Sentence, registry: Registry) -> None:
    text = sentence.text
    found = [m.group("name") for m in SUB_ENTITY.finditer(text)] if re.search(r"subsidiary|affiliate|\barm\b|spin-?o", text) else []
    found += [m.group("name") for m in PARENT_OF.finditer(text)] if re.search(r"(?:subsidiary|arm|division) of", text) else []
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
        if name.lower() in ROLE_TERMS or any(registry.lookup(k, name) for k in (Kind.PERSON, Kind.PRODUCT, Kind.PLATFORM, Kind.ORG)):
            continue
        start = text.find(name)
        registry.mentions[registry.add(Kind.ORG, name, sentence.span(start, start + len(name)))].described = True


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
        start = m.start("name") + m.group("name").find(name)
        registry.mentions[registry.add(Kind.ORG, name, sentence.span(start, start + len(name)))].described = True


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
        start = m.start("name") + m.group("name").find(name)
        registry.mentions[registry.add(Kind.ORG, name, sentence.span(start, start + len(name)))].described = True


def find_described_organizations(sentence: Sentence, registry: Registry) -> None:
    """Companies named bare where the text says what they are or where their stock trades."""
    text = sentence.text
    _acting_parties(sentence, registry)
    _owning_parties(sentence, registry)
    _described_parties(sentence, registry)
    _contract_organizations(sentence, registry)
    _sub_entities(sentence, registry)
    _partner_names(sentence, registry)
    described = re.search(r"\b(?:company|firm|developer|maker|giant)\b", text) is not None  # few sentences: look first
    listed = re.search(r"\([A-Z][A-Za-z]*\s*:", text) is not None
    matches = [*DESCRIBED_BEFORE.finditer(text), *DESCRIBED_AFTER.finditer(text)] if described else []
    for m in [*matches, *(LISTED_AS.finditer(text) if listed else ())]:
        raw = re.sub(r"['\u2019]s$", "", m.group("name"))  # "company Takeda's": the possessor
        if re.search(r"\b[A-Z0-9]$", raw):
            continue  # "Company B, a private biotechnology company": a name the text keeps back
        name = trim_name(raw)
        if len(name.split()) <= 4 and plausible_org_name(name) and not registry.lookup(Kind.PRODUCT, name) and not has_legal_suffix(name):
            start = m.start("name") + raw.find(name)
            registry.mentions[registry.add(Kind.ORG, name, sentence.span(start, start + len(name)))].described = True


_OFFICE_OF = re.compile(r"(?:CEO|CFO|COO|CMO|CSO|CTO|CBO|CCO|EVP|SVP|VP|President|Chairman|Chair|Director|Founder)(?: and [A-Z]{2,4})? of ")
_TITLED_PERSON_BEFORE = re.compile(r"\b(?:Dr|Prof|Professor|Mr|Ms|Mrs)\.?[ ]$")
_TITLED_PERSON = re.compile(r"(?:Dr|Prof|Professor|Mr|Ms|Mrs)\.?[ ][A-Z]")


def _is_headline(text: str) -> bool:
    """A title set in capitals word by word: nearly every word of four letters or more starts with one."""
    if "|" in text or len(text) > 300:
        return False  # a table's row, a paragraph: not a title
    words = re.findall(r"\b[A-Za-z][\w'-]{3,}", text)
    return len(words) >= 6 and sum(w[0].isupper() for w in words) >= 0.85 * len(words)


# Defined terms that name a party by its role in an agreement or a deal.
ROLE_TERMS = {
    "parent", "purchaser", "buyer", "seller", "licensee", "licensor", "sublicensee", "sublicensor", "partner",
    "collaborator", "acquirer", "merger sub", "issuer", "investor", "distributor", "supplier",
    "manufacturer", "sponsor", "institution", "university", "lender", "borrower", "guarantor",
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
        _define(m.group(1).strip(), text[max(0, m.start() - 300) : m.start()], registry)
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


def _define(term: str, before: str, registry: Registry) -> None:
    if not term[:1].isupper() or len(term.split()) > 6:
        return
    target = _last_named_before(before, registry)
    if target is None:
        return
    ref, surface = _named_by(term, before, registry) or target
    if term.lower() in {"company", "the company", "registrant", "corporation"}:
        if registry.registrant in (None, ref):
            registry.add_alias(ref, f"the {term}" if not term.lower().startswith("the ") else term)
            if registry.registrant is None and not term.lower().startswith("the "):
                registry.add_role_term(term, ref)  # an agreement's "Company shall ...": the party it defined
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


# A short name in brackets after a party's address, its quotes lost to flattening: "Bioeq IP AG, having its place of
# business at [***] (Bioeq)".
_BARE_TERM = re.compile(r"\((?P<term>[A-Z][\w&.\-]{1,30}(?:[ ][A-Z][\w&.\-]{1,30}){0,2})\)")


def _terms_after_address(text: str, registry: Registry) -> None:
    for m in _BARE_TERM.finditer(text):
        before = text[max(0, m.start() - 300) : m.start()]
        target = _last_named_before(before, registry)
        if target is None or target[0].kind is not Kind.ORG:
            continue
        ref, surface = target
        between = before[before.rfind(surface) + len(surface) :]
        if _PARTY_DESCRIPTION.search(between) and _is_short_form(m.group("term"), surface):
            registry.add_alias(ref, m.group("term"))


# A trade name after the legal one: "Formulation Technologies, L.L.C. d/b/a PharmaForm" is called by both, and
# by the whole.
_TRADE_NAME = re.compile(rf",?\s+(?:d/b/a|D/B/A|dba|doing\s+business\s+as)\s+(?P<trade>{NAME_SEQ})")


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
        m = _UNQUOTED_SHORT.match(text, end)
        if m and _is_short_form(m.group("short"), text[start:end]) and m.group("short").lower() not in STOP_WORDS:
            registry.add_alias(ref, m.group("short"))


_OWNED_BY = re.compile(r"\b(?:subsidiary|affiliate|division|unit)\s+of\s+(?:the\s+)?$")


def _last_named_before(text: str, registry: Registry):
    hits = registry.find(text)
    if not hits:
        return None
    start, end, ref = hits[-1]
    if len(hits) > 1 and _OWNED_BY.search(text, 0, start) and not text[end:].strip():
        # "Talon Merger Sub, Inc., a ... wholly owned subsidiary of Talon ("Merger Sub")": the
        # term names the subsidiary, whose description ends with its parent's bare name.
        start, end, ref = hits[-2]
    # The definition must follow its name closely: only a descriptive clause in between.
    between = text[end:]
    if len(between) > 220 or re.search(r"[.;]\s+[A-Z]", between):
        return None
    return ref, text[start:end]


# How an agreement describes a party between its name and its defined term.
_PARTY_DESCRIPTION = re.compile(r"\b(?:corporation|company|organized|incorporated|principal\s+(?:office|place)|registered\s+office|offices?\s+at"
                                r"|place\s+of\s+business|address\s+at)\b", re.I)


_MERGER_PARTY = re.compile(r"(?:Private|Legacy|Old|Former|Public|Pre-Merger)\s+[A-Z][\w&-]+")


def _coined(term: str, between: str) -> bool:
    """Initials an agreement coins for a party ("GSK"), not a word ("Charter", "Manager") nor the
    initials of the words in between ("Delaware General Corporation Law ("DGCL")")."""
    if not re.fullmatch(r"[A-Z]{2,6}", term):
        return False
    words = re.findall(r"[A-Za-z][\w'-]*", between)
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


# --------------------------------------------------------------------------- products


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
        if (capitalized_mid_sentence and lower is not None and (_COMPANY_BEFORE.search(text, 0, m.start()) or _ACTS_AFTER.match(text, m.end()))
                and not _is_headline(text) and m.group(0).lower() not in lower):
            continue  # "company Genmab has granted", "Officer of Genmab": a company, never written as an INN is
        if capitalized_mid_sentence and registry.lookup(Kind.ORG, m.group(0)):
            continue  # a company or place that happens to end like an INN
        if m.group(0).endswith("sen") and _named_person(text, m.start(), m.end()):
            continue  # "Dr. Halvorsen", "Morten Thorsen": a surname that ends like an antisense drug (-rsen)
        if m.group(0)[0].isupper() and _starts_an_org(m.group(0), registry):
            continue  # "Halvorsen could receive ...", short for Halvorsen Biosciences, Inc.
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
                or _SAID_TO_BE_A_DRUG.match(text, m.end(1))):  # "ZX-5, our bispecific antibody, engages CD3"
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
        if re.search(r"\bplatform\s+$", text[max(0, m.start() - 12) : m.start()]):
            # "entered into platform Captisol® license agreements": the brand names the platform
            registry.add_alias(registry.add(Kind.PLATFORM, f"{brand} platform", sentence.span(m.start(1), m.end(1))), brand)
            continue
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


# The letters of a brand's release form after its mark: "Zentadol® ER (velpidol)", "Dolvexa® XR tablets".
_RELEASE_FORM = re.compile(r"[ ](ER|XR|SR|CR|XL|LA|ODT|DR)(?![\w-])")


# The salt an INN is made up as, written after it: "zentabulin tromethamine", "velcitabine hydrochloride".
_SALT_AFTER = re.compile(r"\s((?:di|mono)?hydrochloride|hydrobromide|(?:di)?sodium|potassium|calcium|magnesium|mesylate|besylate|"
                         r"tosylate|tromethamine|meglumine|citrate|tartrate|maleate|fumarate|succinate|sulfate|phosphate|acetate|bromide|chloride)\b")


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
_SAID_TO_BE_A_DRUG = re.compile(
    r"[®™]?(?:,?\s+(?:is|was)\s+|,\s+)(?:a|an|our|its|the\s+Company['\u2019]s)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:antibod(?:y|ies)|small\s+molecule|inhibitor|agonist|antagonist|degrader|gene\s+therapy|cell\s+therapy|vaccine|"
    r"(?:drug|product|clinical|development)\s+candidate|antibody-drug\s+conjugate|oligonucleotide|siRNA|bispecific|"
    # a class of medicines: "dantrelone, a muscle relaxant", "QRV-9, a non-opioid analgesic"
    r"relaxant|analgesic|antibiotic|antiviral|antifungal|anticoagulant|anticonvulsant|antidepressant|antipsychotic|anesthetic|"
    r"sedative|diuretic|corticosteroid|opioid)\b")
_MODALITY_PREFIX = {"CAR", "TCR", "TIL", "ADC", "BITE", "MRNA", "SIRNA", "ANTI", "AAV", "LNP"}


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
    for m in _SHORT_CODE.finditer(text):
        own_program = not m.group(1)[-1].isdigit() and _PROGRAM_AFTER.match(text, m.end(1)) and _OWN_BEFORE.search(text, 0, m.start(1))
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
        spans = [m.span(g) for g in ("as", "as2", "approved", "lead", "cand", "filed", "sells") if m.group(g)]
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


def _starts_an_org(word: str, registry: Registry) -> bool:
    folded = word.lower()
    return any(m.name.lower().split()[0] == folded for m in registry.of_kind(Kind.ORG) if m.name.split())


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
    r"|\b(?:drug|medicine|product|vaccine)s?,?\s+(?P<named>[A-Z][a-z]{3,}[A-Za-z]*|[A-Z]{5,12})"
    r"(?=[®™]?\s*(?:[,.;:)]|and\b|in\b|for\b|to\b|was\b|is\b|$))"
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
_NOT_BRANDS = {"licensed", "competing", "combination", "existing", "marketed", "lead", "first", "other", "future", "generic"}


def _find_indicated_products(sentence: Sentence, registry: Registry) -> None:
    text = sentence.text
    found = [(m.start("name"), m.end("name")) for m in _INDICATED.finditer(text)]
    for m in _SOLD_BRAND.finditer(text):
        group = next(g for g in ("name", "owned", "developed", "named") if m.group(g))
        if group in ("developed", "named") and (m.group(group).lower() in common_words() or _PLURAL_CLASS.search(m.group(group))):
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


_SENTENCE_WORDS = {"It", "This", "That", "Each", "Which", "Such", "Our", "The", "Its", "These", "Both"}


def _sentence_word(name: str) -> bool:
    return name in _SENTENCE_WORDS


_CODE_CANDIDATE = re.compile(CODE_NAME.pattern.replace(r"(?<![\w$.-])", r"(?<![\w$.\-/])").replace(r"(?![\w-])", r"(?![\w\-/]|\.\d)"))


_LETTER_CODE = re.compile(r"(?<![\w$.\-/])(([A-Z]{3,5}-)[A-Z]{2,5})(?![\w\-/])")
_COMPANY_BEFORE = re.compile(r"\b(?:company|firm|corporation|biotech|biotechnology|of)\s+$")
_ACTS_AFTER = re.compile(r"\s+(?:has|have|had|will|announced|granted|grants|received|receives|is\s+entitled)\b")


def _sentence_initial(text: str, pos: int) -> bool:
    return pos == 0 or bool(re.search(r'(?:^|[.:;!?"(]\s*)$', text[:pos]))


def _is_org_or_ticker(code: str, text: str, start: int, registry: Registry) -> bool:
    if registry.lookup(Kind.ORG, code):
        return True
    return bool(re.search(r"(?:Nasdaq|NYSE|AMEX|OTC\w*|TSX)[\w ]*:\s*$", text[max(0, start - 30) : start], re.I))


# Cell therapies named by their target and the platform they are built on: "NY-ESO SPEAR T-cell therapy",
# "SPEAR T-cell therapies targeting the MAGE-A10 and AFP cancer antigens".
_MODALITY = r"(?P<mod>T-cell|T\s+cell|TCR-T|TCR|CAR-T|CAR\s+T|CAR-NK|NK\s+cell|TIL)"
_TARGET = r"[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*"
_THERAPY_AFTER = re.compile(rf"[®™]?\s+{_MODALITY}\s+therap(?:y|ies)\b")
_TARGETING = re.compile(rf"\s+targeting\s+(?:the\s+)?(?P<targets>{_TARGET}(?:(?:,\s*|\s+and\s+|\s+or\s+){_TARGET})*)")


def find_platform_programs(sentence: Sentence, registry: Registry) -> None:
    text = sentence.text
    if "therap" not in text:
        return  # most sentences: no therapy named, no need to look names up
    for start, end, ref in registry.find(text):
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


def find_aliases(sentence: Sentence, registry: Registry) -> None:
    """``X (Y)`` and ``X, also known as Y`` between two product names, or a new name and a known one."""
    text = sentence.text
    # The lookbehind anchors each match at a word's start: without it a long run of word
    # characters is retried from every position (quadratic time on hostile input).
    for m in re.finditer(r"(?<![\w\-®™])([\w\-®™]+(?: [\w\-®™]+)?)\s*\((?:also known as |(?:generically|commonly) know(?:n)? as |formerly |or |f/k/a |now |(?:also |previously |formerly )?referred to as |previously |"
                         r"which (?:the Company|we) refers? to as )?([^()]{2,40})\)", text):
        left, right = m.group(1), m.group(2).strip()
        _link_aliases(left, right, registry)
    # (filings often write "generically known as", sometimes "generically know as")
    for m in re.finditer(r"(?<![\w\-®™])([\w\-®™]+(?: [\w\-®™]+)?),? (?:also known as|(?:generically|commonly) know(?:n)? as|formerly known as|formerly|previously known as|"
                         r"(?:also|previously|formerly) referred to as|(?:which|that) (?:has been|was|is now) renamed|now renamed|renamed|now (?:called|named|known as))"
                         # ("also known asKX2-391": a text conversion may lose the space before a code, _GLUED_CODE)
                         r"(?: |(?=[A-Z]{2,6}\d))([\w\-®™]+(?: [\w\-®™]+)?)", text):
        _link_aliases(m.group(1), m.group(2), registry)
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
_CAP_NAME = r"[A-Z][\w-]*(?:[ ][A-Z][\w-]*){1,4}"
_ABBR = r"(?:[ ]?\([\"\u201c]?(?P<{0}>[A-Z]{{2,6}})[\"\u201d]?\)|,[ ]or[ ](?P<{0}2>[A-Z]{{2,6}}),)"
_NAMED_WITH_ABBR = re.compile(
    rf"\b(?:compound|product[ ]candidate|drug[ ]candidate)[ ](?P<before>{_CAP_NAME}){_ABBR.format('abbr')}"
    rf"|(?:['\u2019]s|\b[Oo]ur|\b[Ii]ts|\b[Tt]heir)[ ](?P<after>{_CAP_NAME}){_ABBR.format('abbr_a')}[ ]"
    # (the product word ends the phrase: not "our Business Development ("BD") product team")
    r"(?:product[ ]candidate|drug[ ]candidate|compound|product)(?=[,.;:)]|$|[ ]+(?:for|in|to|and|or|is|was|has|had|which|that|candidate)\b)")


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
_LICENSED_SLOT = re.compile(
    # (there a capitalized word may be a place or a company: "rights to develop Seattle", so a generic name in lower case only)
    # ("a sublicense under the licensed patents to develop QRF-5": what it is under may come first)
    # ("a license agreement and strategic collaboration with Y to co-develop R552": what else the agreement is may stand before "with")
    rf"\b(?P<uses>(?:sub)?licen[sc]es?|rights?|licen[sc]e\s+agreement(?:\s+and\s+[a-z]+(?:\s+[a-z]+)?)?\s+with\s+(?:[^.;]|\.(?=[,\s])){{1,80}}?)(?:\s+under\s+[^,.;]{{1,60}}?)?\s+to\s+"
    rf"(?:exclusively\s+)?{_USE}(?:,?\s+(?:and\s+|or\s+)?{_USE})*\s+"
    # ('an exclusive license agreement (the "Y License Agreement") for the commercialization of Symproic': the agreement's name between)
    rf"|\b(?P<use_of>licen[sc]es?|rights?|licen[sc]e\s+agreement\s+\([^()]{{1,80}}\))\s+for\s+the\s+{_USE_NOUN}(?:,?\s+(?:and\s+)?{_USE_NOUN})*\s+of\s+"
    # "we out-licensed ZX-5 to Y": what the verb licensed
    r"|\b(?P<verb>(?:out-|in-|sub)?licensed)\s+(?=\S+\s+(?:to|from)\b)"
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
    # "exclusive rights to QRF-1 in Japan": what the rights are to, named at once, by a code only ("rights to protest",
    # "a license to Incyte" name an act or a company); last, so that the readings above are tried first
    r"|\b(?P<bare>(?:(?P<license>(?:sub)?licen[sc]es?)|rights?)\s+to|licens(?:ee|or)s?\s+(?:for|of))\s+"
)
# ... after an appositive that says what it is ("an allogeneic CAR-T cell therapy, NKR-2,", "its proprietary
# compound, GF-1,", "its anti-CD20 antibody (ZX-5)"), and before what ends a noun phrase there: a territory, a
# field, a bracket, a comma, the other party ("licensed ZX-5 to", "rights to GF-1 from").
# (A description has no place or field in it: "the product in China, Taiwan and Korea" lists places.)
_APPOSED = re.compile(r"(?:an?|the|its|our|their)\s+(?:(?!\b(?:in|for|to|outside|within|throughout|and|or)\b)[^,.;()]){1,60}?"
                      r"(?:,\s+|\s+\((?=[^()]{1,30}\)))")
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
# ... after "a license to", where a verb stands as often ("a license to compile and sell"): only before what ends a noun
_LICENSED_GENERIC_NAME = re.compile(
    r"[a-z]{6,}(?:\s+[a-z]{6,})?(?=[®™]?(?:\s*[,;)(]|\.(?:\s|$)|\s+(?:for|in|within|outside|throughout|worldwide|globally|from|under)\b))")
_ENGLISH_ENDING = re.compile(r"(?:s|tion|ment|ing|ity|ness|ogy|apy|ive|al|ous|ed|ly|er|ary|ure|ble|ese|ize|ise|some|cle|dle|body|gel)$")  # and verbs, parts
_SALT_FIRST = {"sodium", "potassium", "calcium", "magnesium", "lithium", "ferric", "ferrous"}  # "Sodium Stibogluconate"
_NEXT_IN_LIST = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
MAX_LICENSED_NAMES = 4  # a longer run is a catalogue, not the assets of one license


def find_licensed_compounds(sentence: Sentence, registry: Registry) -> None:
    """Products a license sentence names where its asset stands, in shapes no other rule reads as a drug."""
    text = sentence.text
    if "icen" not in text and "right" not in text and "mean" not in text:
        return  # most sentences: no license, rights or definition, no slot to look for
    for m in _LICENSED_SLOT.finditer(text):
        start = m.end() + (len(a.group(0)) if (a := _APPOSED.match(text, m.end())) else 0)
        shapes = _slot_shapes(m)
        for _ in range(MAX_LICENSED_NAMES):  # "relating to Sodium Stibogluconate, Pentamidine, analogues of ...": each name
            found = _licensed_name(text, start, shapes)
            if not found or registry.lookup(Kind.ORG, found[1]) or (found[1][0].isupper() and _starts_an_org(found[1], registry)):
                break
            start, name = found
            if not registry.lookup(Kind.PRODUCT, name):
                registry.add(Kind.PRODUCT, name, sentence.span(start, start + len(name)))
            if not (more := _NEXT_IN_LIST.match(text, start + len(name))):
                break
            start = more.end()


def _slot_shapes(m: re.Match) -> tuple[re.Pattern, ...]:
    if m.group("to_license"):
        return (_ONE_DIGIT_CODE,)
    if m.group("bare"):  # a license to a generic name ("an exclusive license to metaxalone"); rights to an act ("to protest")
        return (_ONE_DIGIT_CODE, _LICENSED_GENERIC_NAME) if m.group("license") else (_ONE_DIGIT_CODE,)
    if m.group("uses") or m.group("use_of"):
        return (_ONE_DIGIT_CODE, _LOWER_GENERIC_NAME, _BRAND_IN_SLOT, _LETTER_DIGITS)
    if m.group("verb"):
        return (_ONE_DIGIT_CODE, _LOWER_GENERIC_NAME)
    return (_ONE_DIGIT_CODE, _GENERIC_NAME)


def _licensed_name(text: str, start: int, shapes: tuple[re.Pattern, ...]) -> tuple[int, str] | None:
    """Where the name at ``start`` begins and the name, if it has one of ``shapes`` and ends the phrase there."""
    det = _DETERMINER.match(text, start)
    for at, ends in ((start, _SLOT_END), *([(det.end(), _CLASS_AFTER)] if det else [])):
        for shape in shapes:
            m = shape.match(text, at)
            if not m or re.match(r"[\w-]", text[m.end() : m.end() + 1]) or not ends.match(text, m.end()):
                continue
            name = m.group(0)
            if shape is _ONE_DIGIT_CODE and not (TARGET_TOKEN.match(name) or name.split("-")[0].upper() in NOT_CODE_PREFIX):
                return at, name
            if shape is _BRAND_IN_SLOT and not _BRAND_FOLLOWED.match(text, m.end()):
                continue
            if shape in (_GENERIC_NAME, _LOWER_GENERIC_NAME, _LICENSED_GENERIC_NAME, _BRAND_IN_SLOT) and _no_word(name):
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


_BRAND_WITH_INN = re.compile(r"(?<![\w-])([A-Z][A-Za-z]{3,})(?:\s?[®™])?\s*\(([a-z][a-z\-]+)(?=[/,\s)\-])")  # "ZEVTERA ® (ceftobiprole)"


# ... or by a generic name of no known stem and then the form it is given in: "VELDORA (zentorphine) buccal film",
# "Dolvexa (velpidol) extended-release tablets" (an old generic name has no stem to tell it by; its form does).
_DOSAGE_FORM_AFTER = re.compile(r"[^()]{0,40}\)\s+(?:(?:[a-z]+|extended-release|immediate-release|delayed-release)\s+){0,2}"
                                r"(?:films?|tablets?|capsules?|injection|injectable|solution|spray|patch(?:es)?|cream|gel|ointment|suspension)\b")


def find_brands(sentence: Sentence, registry: Registry) -> None:
    """'Symtuza (darunavir/cobicistat/FTC/TAF)': a brand is followed by its INN(s) in brackets."""
    for m in _BRAND_WITH_INN.finditer(sentence.text):
        brand, inn = m.group(1), m.group(2)
        before = sentence.text[: m.start()].split()
        if before and before[-1][:1].isupper() and not before[-1].endswith((":", ".")):
            continue  # the last word of a longer name: "Boehringer Ingelheim (bivatuzumab ...)"
        generic = is_inn(inn) or (_DOSAGE_FORM_AFTER.match(sentence.text, m.end()) and _no_word(inn) and brand.lower() not in common_words())
        if generic and brand.lower() not in STOP_WORDS and not registry.lookup(Kind.ORG, brand):
            registry.add(Kind.PRODUCT, brand, sentence.span(m.start(1), m.end(1)))


def _link_aliases(left: str, right: str, registry: Registry) -> None:
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
        named = looks_like_code(right) and re.fullmatch(r"[a-z]{7,}", candidate) and candidate not in common_words()
        if (_alias_shape(candidate) or brand or named) and not registry.lookup(Kind.ORG, candidate) and candidate.lower() not in STOP_WORDS:
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


def _alias_shape(text: str) -> bool:
    text = text.strip()
    return bool(text) and (looks_like_code(text) or is_inn(text.split()[-1])) and text.lower() not in STOP_WORDS


# --------------------------------------------------------------------------- platforms


# The words of medicine and biology. A named platform or technology is one products are made on
# only where they are near: "the NVIDIA Vera Rubin platform" or "NEXTSTEP technology" is a
# computer product, "our SPEAR T-cell platform" or "XmAb technology ... antibodies" a drug platform.
BIO_CONTEXT = re.compile(  # searched in the lower-cased sentence: faster than a case-blind pattern
    r"\b(?:therap\w*|drugs?|antibod\w*|(?:t-)?cells?|genes?|genetic\w*|genom\w*|proteins?|peptides?|molecul\w*|"
    r"(?:pre)?clinical|patients?|diseases?|cancers?|tumou?rs?|oncolog\w*|vaccines?|biolog\w*|pharma\w*|medic\w*|"
    r"compounds?|conjugat\w*|[mds]?rna|dna|immun\w*|formulations?|dosing|biotech\w*|disorders?|treat(?:s|ed|ing|ments?)?|"
    r"(?:product\s+)?candidates?|assays?|diagnos\w*|enzymes?|receptors?|antigens?|payloads?|biosimilars?|transgenic|adcs?|bispecifics?|inhibitors?|degraders?|agonists?|antagonists?|"
    r"nanoparticles?|lipids?|capsids?|oligonucleotides?|nucleic|cytokines?|proteomic\w*|biomarkers?)\b"  # "our next-generation ADC platform"
)


def find_platforms(sentence: Sentence, registry: Registry) -> None:
    """Named platforms and technologies; only call it for sentences in a biomedical context (BIO_CONTEXT)."""
    text = sentence.text
    spelled: list[tuple[int, int]] = []  # a name read with its acronym is not read again from inside
    for m in PLATFORM_WITH_ACRONYM.finditer(text):
        long_name, acronym, descr = trim_name(m.group(1)), m.group(2), m.group(3)
        if acronym.lower() in GENERIC_TECH_WORDS:
            spelled.append((m.start(), m.end()))  # "Antibody-Drug Conjugate (ADC) platform technology": a kind of medicine
            continue
        if _acronym_matches(acronym, long_name):
            spelled.append((m.start(), m.end()))
            ref = registry.add(Kind.PLATFORM, f"{acronym}{descr} {_head(text, m.end())}", sentence.span(m.start(), m.end()))
            registry.add_alias(ref, acronym)
            registry.add_alias(ref, long_name)
            if descr:
                registry.add_alias(ref, f"{acronym} {_head(text, m.end())}")
    for m in [*PLATFORM_LIST.finditer(text), *PLATFORM_PAIR.finditer(text)]:
        for name in re.findall(r"(?:[A-Z]|[a-z][A-Z])[\w\-]+", m.group("names")):
            if m.re is PLATFORM_PAIR and name.lower() in common_words():
                continue  # "our Oncology and Immunology platforms": areas, not names
            if not _names_no_platform(name, registry) and name.lower() not in GENERIC_TECH_WORDS:
                head = "platform" if m.group("head").lower().startswith("platform") else "technology"
                registry.add_alias(registry.add(Kind.PLATFORM, f"{name} {head}", sentence.span(m.start("names"), m.end("names"))), name)
    if ") " in text or "y (" in text or "m (" in text:
        _platforms_spelled_lower(sentence, registry)
    for m in PLATFORM_OWNED_LIST.finditer(text):
        for n in re.finditer(_COINED, m.group("names")):
            name, at = re.sub(_MARK, "", n.group(0)), m.start("names") + n.start()
            if not _names_no_platform(name, registry) and name.lower() not in GENERIC_TECH_WORDS and not registry.lookup(Kind.PRODUCT, name):
                registry.add(Kind.PLATFORM, name, sentence.span(at, at + len(name)))
    called = PLATFORM_CALLED.finditer(text) if re.search(r" called | named | known as | we | calls | referred |(?:platform|technology|technique), ", text) else ()
    for m in [*PLATFORM_IS_OURS.finditer(text), *called]:
        # "a linker technology called ConjuAll, which combines the drug with the antibody": a named technology
        # may say what it does after its name
        said = m.group("descr").lower() + (text[m.end() : m.end() + 150].lower() if m.re is PLATFORM_CALLED else "")
        if not BIO_CONTEXT.search(said) or (m.group("head") == "engine" and "discovery" not in m.group("descr")):
            continue  # "an antibody discovery platform" makes drugs; "Percipio, our immersive learning platform" does not
        if m.group("head") == "system" and not re.search(r"deliver|formulat", m.group("descr")):
            continue  # "Zelvane is a closed-loop insulin system": a device; only a system that delivers or formulates drugs
        name = _platform_name(m.group("name"), owned=True)
        if m.re is PLATFORM_IS_OURS and (m.group("article") or m.group("is_a")) and m.group("name").lower() in common_words():
            continue  # "Immunotherapy is a novel treatment technology": a kind of thing, not a name
        if m.re is PLATFORM_CALLED and m.group("appos") and not _DISTINCTIVE.search(m.group("name")) and (
                m.group("name").lower() in common_words() or m.group("name").lower() in REGIONS):
            continue  # "our vaccine platform, Oncology, Immunology and ...": a list of words, not a name
        if name and looks_like_code(name):
            continue  # "our gene circuit platform, ZX-202, ZX-301 and other candidates": products after it
        if name and not _names_no_platform(name, registry) and name.lower() not in STOP_WORDS:
            head = m.group("head")
            registry.add_alias(registry.add(Kind.PLATFORM, f"{name} {head}", sentence.span(m.start(), m.end())), name)
    for m in [*PLATFORM_MARKED_SYSTEM.finditer(text), *PLATFORM_OWNED_SYSTEM.finditer(text)]:
        name, head = m.group("name"), m.group("head").lower()
        if not _names_no_platform(name, registry) and name.lower() not in GENERIC_TECH_WORDS:
            ref = registry.add(Kind.PLATFORM, f"{name} {head}", sentence.span(m.start("name"), m.end()))
            registry.add_alias(ref, name)
            if m.group("descr"):
                registry.add_alias(ref, f"{name}{m.group('descr')} {m.group('head')}")
    _marked_prefixes(sentence, registry)
    if " antibodies" in text or " therapeutics" in text or " molecules" in text or " conjugates" in text:
        _platforms_named_by_molecules(sentence, registry)
    for m in PLATFORM_BASED.finditer(text):
        if not m.group("marked") and " portfolio " in m.group(0):
            continue  # "the BioNTech portfolio of vaccines" may be a company's: only a mark names a platform so
        name = _unmarked(re.sub(_MARK, "", m.group("name")))
        if name.lower() not in GENERIC_TECH_WORDS and not _names_no_platform(name, registry) and not registry.lookup(Kind.PRODUCT, name):
            registry.add(Kind.PLATFORM, name, sentence.span(m.start(), m.start() + len(m.group("name"))))
    for m in PLATFORM_DOTTED.finditer(text):
        ref = registry.add(Kind.PLATFORM, f"{m.group('name')} {m.group('head')}", sentence.span(m.start(), m.end()))
        registry.add_alias(ref, m.group("name"))
    for m in PLATFORM_QUOTED.finditer(text):
        name = m.group("name")
        if name.lower() not in common_words() and name.lower() not in GENERIC_TECH_WORDS and not _names_no_platform(name, registry):
            registry.add_alias(registry.add(Kind.PLATFORM, f"{name} {m.group('head')}", sentence.span(m.start(), m.end())), name)
    for m in PLATFORM.finditer(text):
        if any(a <= m.start() and m.end() <= b for a, b in spelled):
            continue
        if m.group("head")[0].isupper() and registry.lookup(Kind.ORG, m.group(0)):
            continue  # "CEO of InteRNA Technologies": a company's name, not its technology
        if m.group("head")[:6] in ("format", "engine") and not re.search(r"bispecific|antibod|protein|molecul|fusion|discovery", m.group("descr")):
            continue  # a format or an engine of molecules ("antibody discovery engine"), not "Inline XBRL format"
        if m.group("head").startswith("librar") and not ("antibod" in m.group("descr") and _owned_context(text[: m.start()])):
            continue  # a company's antibody library is what it discovers drugs from; "the Nasdaq library" is not
        if _not_a_technology(m, text):
            continue
        raw = _without_owner(m.group("name"), registry)
        rest = _after_company_word(raw, registry)  # "the Dragonfly TriNKET platform": a company's, named with it or not
        owned = bool(m.group("mark")) or rest is not None or _owned_context(text[: m.start()]) or _coined_name(m, text, registry)
        if not (m.group("mark") or _owned_context(text[: m.start()])) and _WEBCAST.search(text):
            continue  # "access the webcast via the Lumicast platform": where a call is heard, no one's technology
        name = _platform_name(raw + (m.group("mark") or ""), owned,
                              titled=m.group("head")[0].isupper() and not m.group("descr").strip())
        if not name or _names_no_platform(name, registry):
            continue
        head = next(h for h in ("platform", "format", "engine", "technology", "library") if m.group("head").lower().startswith(h[:6]))
        ref = registry.add(Kind.PLATFORM, f"{name} {head}", sentence.span(m.start(), m.end()))
        registry.add_alias(ref, name)
        if m.group("descr").strip():
            registry.add_alias(ref, f"{name}{m.group('descr')} {head}")
        if rest and (rest_name := _platform_name(rest, owned=True)):
            registry.add_alias(ref, rest_name)
            registry.add_alias(ref, f"{rest_name} {head}")
        if (acronym := _ACRONYM_AFTER.match(text, m.end())) and _acronym_matches(acronym.group(1), name):
            registry.add_alias(ref, acronym.group(1))  # "its Cell-Based Antibody Selection technology (CBAS)"
        if marked := _MARKED_START.match(raw):
            registry.add_alias(ref, _unmarked(marked.group(1)))  # "ClearPath™ Antibody Engineering Platform" is ClearPath


def _platforms_spelled_lower(sentence: Sentence, registry: Registry) -> None:
    text = sentence.text
    for m in PLATFORM_SPELLED_LOWER.finditer(text):
        acronym, head = m.group("before") or m.group("after"), m.group("head") or m.group("head2")
        if acronym.lower() in GENERIC_TECH_WORDS or _names_no_platform(acronym, registry):
            continue  # "its lipid nanoparticle (LNP) technology": a kind of technology, not a name
        words = m.group("long").split()
        capitals = "".join(c for c in acronym if c.isupper())
        # the words the acronym spells, last ones first ("our novel tumor-activated prodrug (TAP)" spells three of them)
        spelled = next((words[i:] for i in range(len(words)) if "".join(p[0] for w in words[i:] for p in w.split("-") if p).upper() == capitals), None)
        if spelled is None or len(capitals) < 2:
            continue
        ref = registry.add(Kind.PLATFORM, f"{acronym} {head}", sentence.span(m.start("long"), m.end()))
        registry.add_alias(ref, acronym)
        registry.add_alias(ref, " ".join(spelled))


# "collaborate on the research of BiTE antibodies", "rights to develop and commercialize Probody therapeutics", "patent
# rights covering PROBODY antibodies": in a deal (or after its owner) a coined name before the kind of molecules made
# with it names the platform they are made on. Coined: a capital inside ("BiTE"), six capitals or more (shorter ones are
# targets: "TIGIT antibodies"), or one capital mid-sentence on a word filings never write ("Probody").
_MOLECULES_OF = re.compile(r"(?<![\w-])(?P<name>[A-Z][a-z]*[A-Z][A-Za-z]*|[A-Z]{6,}|[A-Z][a-z]{4,})[®™]?[ ]"
                           r"(?P<kind>antibodies|therapeutics|molecules|(?:drug[ ])?conjugates)\b")
_IN_A_DEAL = re.compile(r"licen[sc]|collaborat|\brights\b|commerciali")
_OWNER_BEFORE = re.compile(r"(?:\bproprietary|['\u2019]s|s['\u2019]|\b[Oo]ur|\b[Ii]ts|\b[Tt]heir)[ ]$")
_WORD_BEFORE = re.compile(r"(?:^|[ (])(?P<word>[\w'\u2019-]+)[ ]$")


def _platforms_named_by_molecules(sentence: Sentence, registry: Registry) -> None:
    text = sentence.text
    in_a_deal = _IN_A_DEAL.search(text) is not None
    for m in _MOLECULES_OF.finditer(text):
        name, before = m.group("name"), text[max(0, m.start() - 40) : m.start()]
        if not (in_a_deal or _OWNER_BEFORE.search(before)):
            continue
        word = _WORD_BEFORE.search(before)
        if word and word.group("word")[0].isupper() and not _OWNER_BEFORE.search(before):
            continue  # "Harbour BioMed antibodies": the end of a company's name, not a platform's
        if re.fullmatch(r"[A-Z][a-z]+", name) and (name.lower() in common_words() or _sentence_initial(text, m.start())
                                                   or name.lower() in REGIONS or _starts_an_org(name, registry)):
            continue  # "Human antibodies", a sentence's first word, "Japan", "Amgen": not coined
        if (name.lower() in GENERIC_TECH_WORDS or re.fullmatch(r"Ig[A-Z]\d?", name) or _names_no_platform(name, registry)
                or registry.lookup(Kind.PRODUCT, name)):
            continue  # "IgG antibodies", "EGFR antibodies", a company's or a product's name
        ref = registry.add(Kind.PLATFORM, name, sentence.span(m.start(), m.end("name")))
        registry.add_alias(ref, f"{name} {m.group('kind')}")


# Programs, devices and places of calls that filings about medicine call platforms: "the CardioSync™ software platform",
# "our Impella® heart pump technology", "the CardioSync™ platform, our remote monitoring software", "uses the Benchling
# platform to record its results", "the webcast ... via the Lumicast platform".
# (and "the Medidata clinical trial platform", "the Illumina sequencing platform", "the Snowflake data platform": a
# vendor's trial, instrument or data service)
_NOT_MEDICINE = re.compile(r"\b(?:software|digital|app|mobile|web|online|cloud|telehealth|monitoring|e-commerce|analytics|trials?|data|"
                           r"sequencing|sequencers?|instruments?|"
                           r"pumps?|devices?|sensors?|monitors?|implants?|catheters?|stents?|inhalers?|(?:auto)?injectors?|wearables?)\b")
_NOT_MEDICINE_AFTER = re.compile(r",\s+(?:our|its|their|an?|the)\s+(?:[\w-]+\s+){0,3}?(?:software|app|application|website|portal|device)s?\b"
                                 r"|\s+to\s+(?:record|manage|track|store|host|capture|collect|schedule|share|communicate)\b")
_WEBCAST = re.compile(r"\b(?:webcasts?|webinars?|conference\s+calls?|livestream\w*|virtual(?:ly)?\s+(?:meeting|event|conference)s?)\b", re.I)
_ACRONYM_AFTER = re.compile(r"[ ]?\(([A-Z]{2,6})\)")
# "ClearPath™ Antibody Engineering Platform": the mark ends the name, the words after say what it is.
_MARKED_START = re.compile(rf"((?:[A-Z][\w\-]*[ ])?[A-Z][\w\-]*){_MARK}[ ]")


# "DuoBody®-CD3xB7H4", "DPX(TM)-RSV": a marked name joined to a code in capitals names the platform the
# molecule is made on, the code what it is aimed at. A brand is not written so ("Opdivo®-treated" is lower case).
# Two brands joined ("Opdivo®-Yervoy®") are a combination: the code carries no mark.
PLATFORM_MARKED_PREFIX = re.compile(rf"(?<![\w-])(?P<name>[A-Z][A-Za-z]{{1,20}}){_MARK}-(?P<code>[A-Z][A-Za-z0-9/]{{1,14}})(?![\w-]|{_MARK})")


def _joins_a_code(m: re.Match) -> bool:
    """"Halden®-Treated" joins a word, not a code."""
    return sum(c.isupper() for c in m.group("code")) >= 2 and m.group("name").lower() not in common_words() | GENERIC_TECH_WORDS


def marked_prefix(text: str, start: int) -> re.Match | None:
    """The marked name at ``start`` joined to a code, if it is one."""
    m = PLATFORM_MARKED_PREFIX.match(text, start)
    return m if m is not None and _joins_a_code(m) else None


def _marked_prefixes(sentence: Sentence, registry: Registry) -> None:
    for m in PLATFORM_MARKED_PREFIX.finditer(sentence.text):
        if _joins_a_code(m) and not _names_no_platform(m.group("name"), registry):
            registry.add(Kind.PLATFORM, m.group("name"), sentence.span(m.start("name"), m.end("name")))


def _not_a_technology(m: re.Match, text: str) -> bool:
    """What PLATFORM matched that names no technology products are made on (_NOT_MEDICINE)."""
    if m.group("head")[0].isupper() and m.group("descr").strip():
        return True  # a head in capitals ends a title right after its name: "the FDA granted Platform Technology Designation"
    return bool(_NOT_MEDICINE.search(m.group("descr")) or _NOT_MEDICINE_AFTER.match(text, m.end()))


def _without_owner(raw: str, registry: Registry) -> str:
    """'MacroGenics Licensed Technology' is MacroGenics' licensed technology, not a platform named so."""
    words = raw.split(" ")
    for n in (3, 2, 1):
        if len(words) > n and registry.lookup(Kind.ORG, " ".join(words[:n])):
            return " ".join(words[n:])
    return raw


def _after_company_word(raw: str, registry: Registry) -> str | None:
    """'Brenvia OptiCell': the words after the first word of a company's name (before its short name is known), which
    name the company's platform too; not words of the language ("the Yorvane Multiplex platform" is named so whole)."""
    first, _, rest = raw.partition(" ")
    if rest and first.lower() not in common_words() and _starts_an_org(first, registry):
        return rest if not all(w.lower() in common_words() for w in rest.split()) else None
    return None


def _names_no_platform(name: str, registry: Registry) -> bool:
    """'Moderna technology' is the company's technology; 'FLT3 technology' is aimed at FLT3."""
    return bool(registry.lookup(Kind.ORG, name) or TARGET_TOKEN.match(name) or GENE_SYMBOL.fullmatch(name))


def _coined_name(m: re.Match, text: str, registry: Registry) -> bool:
    """'the Glyph platform', 'its controlled-release Micropump technology': one word capitalized mid-sentence that
    filings never write as a word, right before a head in lower case, is a name however plain its letters; at a
    sentence's start only as the subject of what it does ('Medusa nanoparticulate technology is designed to ...')."""
    word = m.group("name")
    if (kind := re.fullmatch(r"(?P<word>[A-Z][a-z]{3,})[ ](?P<kind>[A-Za-z\-]{2,6})", word)) and kind.group("kind").lower() in _KINDS_IN_CAPITALS:
        word = kind.group("word")  # "the Zolaflexin ADC platform": the kind of molecule it makes, in capitals, after the name
    return (m.group("head")[0].islower() and _KIND_OF_MEDICINE.fullmatch(m.group("descr")) is not None and re.fullmatch(r"[A-Z][a-z]{3,}", word) is not None
            and word.lower() not in common_words() and word.lower() not in REGIONS and _HEAD_ENDS_PHRASE.match(text, m.end()) is not None
            and (not _sentence_initial(text, m.start()) or _DOES_AFTER.match(text, m.end()) is not None) and not _starts_an_org(word, registry))


_KINDS_IN_CAPITALS = {"adc", "mrna", "sirna", "rna", "dna", "lnp", "aso", "tcr", "car-t", "pdc", "rnai"}
_DOES_AFTER = re.compile(r"\s+(?:is|was|has|enables|allows|uses|combines|can|delivers|generates)\b")


# ... or up to two words in lower case of what it makes between: "the Bindara antibody platform", "the Heliovec capsid
# platform" (the sentence speaks of medicine: BIO_CONTEXT).
_KIND_OF_MEDICINE = re.compile(r"(?:[ ][a-z]+(?:-[a-z]+)?){0,2}")
# After a platform's head, a name's phrase ends: "the Glyph platform, or", "Quivapump technology to develop", "the Sorvix
# platform developed by" (not the "Boston technology hub", where the head qualifies a noun).
_HEAD_ENDS_PHRASE = re.compile(r"[\s,.;:)]*$|[,.;:)]|\s+(?:to|for|in|on|of|and|or|is|was|are|were|that|which|with|as|by|has|had|can|may|will|"
                               r"from|developed|owned|invented|licensed|acquired)\b")


def _owned_context(before: str) -> bool:
    """'Tentarix's proprietary Tentacles platform', 'our mRNA platform': a named thing, not a description."""
    # "Scil Proteins' Affilin technology": a plural's possessive too
    # ("Our Helixor platform technology": a sentence may start with the owner)
    return bool(re.search(r"(?:\bproprietary|['\u2019]s|s['\u2019]|\b[Oo]ur|\b[Ii]ts|\b[Tt]heir)[ ]$", before[-20:]))


def find_acronyms(sentence: Sentence, registry: Registry) -> None:
    """'Tumor-Activated Prodrug (TAP)': the spelled-out name is an alias of the TAP platform."""
    for m in ACRONYM_DEF.finditer(sentence.text):
        long_name, acronym = trim_name(m.group(1)), m.group(2)
        platform = registry.lookup(Kind.PLATFORM, acronym)
        if platform and _acronym_matches(acronym, long_name):
            registry.add_alias(platform, long_name)


def _head(text: str, end: int) -> str:
    return next((h for h in ("platform", "approach", "format") if text[:end].endswith(h)), "technology")


# Words that qualify a technology without naming it: a title-cased name ("Lipid Multi-Particulate
# Technology") drops only these from its start; its nouns ("Lipid") are part of the name.
_TECH_MODIFIERS = {
    "the", "our", "its", "this", "that", "such", "each", "any", "new", "novel", "proprietary", "core", "key",
    "licensed", "patented", "certain", "other", "these", "those", "existing", "underlying", "related", "a", "an",
    "using", "leveraging", "applying", "through", "via", "utilizing", "employing", "combining", "company", "companies",
}


def _unmarked(word: str) -> str:
    """'RenMiceTM' -> 'RenMice': a mark a text conversion flattened into the word is no part of the name."""
    return word[:-2] if FLATTENED_MARK.fullmatch(word) else word


_DISTINCTIVE = re.compile(r"[a-z][A-Z]|^[A-Z]{2,}")  # "NexaBody", "SPEAR", not "Platform" or "Multi-Particulate"


# Words of an agreement's defined terms of technology and of a company's offices, which no platform's title holds.
_TERM_WORDS = {"background", "foreground", "improvement", "improvements", "joint", "sole", "arising", "licensor", "licensee", "party",
               "parties", "retained", "excluded", "shared", "affairs", "information", "operations", "transfer", "designation"}


def _platform_name(raw: str, owned: bool = False, titled: bool = False) -> str | None:
    # "AI-based technology", "cloud-enabled platform": a description
    # ... or what it aims at: "our RNA-targeting small molecule platform", "antibody-directed technology"
    words = [_unmarked(w) for w in re.sub(_MARK, "", raw).split(" ")
             if w and not re.search(r"-(?:based|driven|enabled|powered|like|targeting|targeted|directed|mediated)$", w)]
    while len(words) > 1 and (re.fullmatch(r"[A-Z][a-z]+ing|[A-Z]", words[0]) or (
            (titled or words[0].lower() in common_words()) and not _DISTINCTIVE.search(words[0]) and any(_DISTINCTIVE.search(w) for w in words[1:]))):
        words.pop(0)  # a headline's words: "Adding NKlink Platform", "Unveils NexaBody Platform", "R&D Day Highlighting OmniMab"
    possessive = next((i for i, w in enumerate(words) if w.endswith("'s")), None)
    if possessive is not None:
        words = words[possessive + 1 :]
    leading = _TECH_MODIFIERS if titled and len(words) > 1 else GENERIC_TECH_WORDS
    while words and words[0].lower() in leading and not (owned and len(words) == 1 and re.search(r"[a-z][A-Z]", words[0])):
        words.pop(0)
    while len(words) > 1 and words[-1].lower() in ("platform", "platforms", "technology", "technologies"):
        words.pop()  # "ADAPTIR-FLEX Platform Technologies"
    # "its Synthase RNA editing platform", "Trident™ T-cell receptor platform": what it makes follows the name (but a
    # mark at the end closes the name: "Composite Human Antibody™ technology")
    while (not titled and len(words) > 1 and words[-1].lower() in GENERIC_TECH_WORDS and _DISTINCTIVE.search(words[0]) is None
           and not re.search(rf"{_MARK}$", raw)):
        words.pop()
    if not words or all(w.lower() in GENERIC_TECH_WORDS and not re.search(r"[a-z][A-Z]", w) for w in words):
        return None
    if titled and any(w.lower() in _TERM_WORDS for w in words):
        return None  # an agreement's term or an office: "its Background Technology", "the Medical Affairs Technology group"
    name = " ".join(words)
    distinctive = any(re.search(r"[A-Z].*[A-Z]|[a-z][A-Z]", w) for w in words) or re.search(_MARK, raw) is not None
    if not (distinctive or owned) or len(words) > 4 or name.lower() in STOP_WORDS:
        return None
    return name


def _acronym_matches(acronym: str, long_name: str) -> bool:
    if acronym.endswith("+") and long_name.endswith(" Plus"):
        acronym, long_name = acronym[:-1], long_name[: -len(" Plus")]
    words = [p for p in re.split(r"[\s\-]+", long_name) if p and p[0].isalpha()]
    initials = "".join(p[0] for p in words).upper()
    capitals = "".join(c for p in words for c in p if c.isupper())  # "ImmunoTherapy" gives I and T
    own_capitals = "".join(c for c in acronym if c.isupper())  # "DARPin" for "Designed Ankyrin Repeat Protein"
    return (initials.endswith(acronym.upper()) or acronym.upper() in initials or acronym in capitals
            or (len(own_capitals) >= 3 and own_capitals == initials))
