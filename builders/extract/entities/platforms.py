"""Technology platforms: named things followed by "technology" or "platform", near words of medicine.

The patterns (``PLATFORM``: "our SPEAR T-cell platform", ``PLATFORM_IS_OURS``: "PhageVault is our
proprietary antibody discovery platform", ...), :func:`find_platforms`, the marked name joined to a
code (:func:`marked_prefix`: "DuoBody®-CD3xB7H4") and acronyms of platforms (:func:`find_acronyms`).
"""

from __future__ import annotations

import re

from ...model import Kind
from ..context import Registry
from ..names import REGIONS, STOP_WORDS, TARGET_TOKEN, looks_like_code
from ..sentences import Sentence
from ..truecase import common_words
from .common import (
    ACRONYM_DEF,
    FLATTENED_MARK,
    GENE_SYMBOL,
    GENERIC_TECH_WORDS,
    _sentence_initial,
    _starts_an_org,
    trim_name,
)

# A mark as typed in plain text: "Xstream(TM) technologies".
_MARK = r"(?:[®™]|\((?:TM|R)\))"
PLATFORM = re.compile(
    # "Our proprietary Nanobody technology": a determiner starts no name, else "Our" would take "proprietary Nanobody" for words
    # that describe it
    r"(?<![\w-])(?<![A-Z]\.)(?!(?:Our|Its|Their|The|This|These|Such|An?)[ ])"
    # ("BioInvent's n-CoDeR antibody library", "Agilix's i-PROT proteomics technology": a letter in lower case may start it)
    # ("QR.V7(TM) production technology": a dot between capitals and a digit inside the last word)
    rf"(?P<name>(?:[A-Z][\w\-]*[®™]?[ ]){{0,3}}(?:[A-Z]{{2,}}\.[A-Z0-9][\w\-]*|[A-Z][\w\-]*|[a-z]+[A-Z][\w\-]*|[a-z]-[A-Z][\w\-]*))(?P<mark>{_MARK})?"
    r"(?P<expansion>[ ]\([A-Z][^()]{2,80}\))?"  # "SPEAR® (Specific Peptide Enhanced Affinity Receptor)"
    # (a verb is no description: "ACI possesses certain expertise and proprietary technologies")
    r"(?P<descr>(?:[ ](?!(?:are|is|was|were|has|have|had|a|an|the|and|or|our|its|their|of|to|in|possess\w*|owns|holds|uses|develops|controls|certain)\b)"
    r"[A-Za-z][a-z]*(?:-[a-z]+)?){0,3}?"  # "imaging", "T-cell", "extended-release drug delivery"
    r"(?:[ ]and[ ][a-z][a-z\-]{3,})?)"  # "discovery and engineering"
    r"(?:[ ]\([A-Z]{2,6}\))?"  # "the Veltrix® antibody-drug conjugate (ADC) technology": the description's acronym
    r"[ ](?P<head>[Tt]echnolog(?:y|ies)|[Pp]latforms?|formats?|[Ee]ngines?|librar(?:y|ies)|adjuvants?)\b"  # "its Orbital Discovery Engine"  # "BiKey bispecific antibody format"
    # ("the REMEDY platform trial": a trial's design; "the mRNA vaccine technology transfer hub", "its Bio Technology
    # Development Center": a place to learn or make one)
    r"(?![ ](?:trials?|stud(?:y|ies)|protocols?|(?:(?:transfers?|[A-Z][a-z]+)[ ])?(?:hubs?|centers?|centres?|offices?|Centers?|Centres?)|parks?|sectors?|industry|stocks?)\b)"
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
    r"(?:\((?P<before>[A-Za-z][A-Za-z]{1,7})\)\s+(?P<head>platform|technology)|(?:nano)?(?P<head2>technology|platform)\s+\((?P<after>[A-Z][A-Za-z]{1,7})\))")
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
# "our proprietary protein production platform, the Halden Expression Technology, to": a titled name in apposition.
PLATFORM_TITLED_APPOSITION = re.compile(
    r"\b(?:[Oo]ur|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w\-]*\s+){0,4}?(?:platform|technology),\s+(?:the\s+)?"
    r"(?P<name>(?:[A-Z][\w\-]*[ ]){1,3})(?P<head>Technology|Platform)(?=[,.;)])"
)
# "our proprietary Tumor-Associated Antigen and Protective Antigen Paired Discovery Platform": a long name in title case
# that its owner gives a capitalized head (three words or more; "and" may join them).
PLATFORM_TITLED_OWNED = re.compile(
    r"\b(?:[Oo]ur|[Ii]ts|[Tt]heir)\s+(?:proprietary\s+)?(?P<name>[A-Z][\w-]*(?:,?[ ](?:and[ ])?[A-Z][\w-]*){2,9})[ ](?P<head>Platform|Technology)\b"
)
PLATFORM_CALLED = re.compile(
    # ("Our technology, known as ViroTrap,": the owner may start the sentence)
    # ("a new antibody-based technology for discovering the proteins involved in disease, called ProAb": what it does may
    # stand between; "a new technique, ProxiMol, which identifies molecules ...": a named technique is one too)
    # ("Redwood's technology, called SMARTag": an owner's possessive)
    r"\b(?P<descr>(?:[a-z][\w\-]*\s+|(?:Our|Its|Their)\s+|[A-Z][\w\-]*['\u2019]s\s+)(?:[a-z][\w\-]*\s+){0,3}?)(?P<head>platform|technology|engine|technique)"
    r"(?:(?:\s+(?:for|to|that|which)\s+[^,;.()]{1,80}?(?=,))?(?:,\s+|\s+)(?:known\s+as|called|named|"
    # ("..., which it calls Nanovesta", "that the Company refers to as ...": a company names it too)
    r"referred\s+to\s+as|(?:which|that)\s+(?:we|it|the\s+Company)\s+(?:calls?|refers?\s+to\s+as|ha(?:ve|s)\s+named))\s+"
    # or its name in apposition: "our drug delivery platform, PolyXen, and", "T platform technology, XCART™, to",
    # "our proprietary discovery platform, Zymark, enables" (a word filings write, "Oncology", is checked out after)
    # ("Chiome's proprietary platform, ADLib® system, in": the name may say again what it is)
    r"|(?P<appos>,)\s+(?=[A-Z][\w\-]{2,29}[®™]?(?:[ ](?:system|technology|platform))?,))(?P<name>[A-Z][\w\-]{2,30})[®™]?"
)


_SAID_AGAIN = re.compile(r"[ ](system|technology|platform),")
_MADE_BY_BEFORE = re.compile(r"\b(?:discover|generat|identif|deriv|engineer|creat|made|produc|isolat|select|optimi[sz])\w*\s+(?:by|using|with|from|on|through)\s+[^.;]{0,40}$")


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
            registry.add_alias(ref, f"{long_name} ({acronym}) {_head(text, m.end())}")  # as analysts quote it whole
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
        # (or, for a name in apposition, what the platform made: "The Antibody was discovered by X's proprietary platform,
        # ADLib® system"; not what else the filer does: "we develop antibodies and sell our analytics platform, Cortexa")
        said = m.group("descr").lower() + (text[m.end() : m.end() + 150].lower() if m.re is PLATFORM_CALLED else "")
        if m.re is PLATFORM_CALLED and m.group("appos") and _MADE_BY_BEFORE.search(text, max(0, m.start() - 60), m.start() + 1):
            said += text[max(0, m.start() - 100) : m.start()].lower()
        if m.re is PLATFORM_CALLED and m.group("appos") and _NOT_MEDICINE.search(m.group("descr")):
            continue  # "our cloud platform, Medlytix system,"
        # (a company's own technology with a coined name, "Redwood's technology, called SMARTag", in a passage of medicine)
        owned_coined = m.re is PLATFORM_CALLED and re.match(r"[A-Z][\w\-]*['\u2019]s\s", m.group("descr")) and _DISTINCTIVE.search(m.group("name"))
        if not (BIO_CONTEXT.search(said) or owned_coined) or (m.group("head") == "engine" and "discovery" not in m.group("descr")):
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
            ref = registry.add(Kind.PLATFORM, f"{name} {head}", sentence.span(m.start(), m.end()))
            registry.add_alias(ref, name)
            if m.re is PLATFORM_CALLED and (again := _SAID_AGAIN.match(text, m.end())):
                registry.add_alias(ref, f"{name} {again.group(1)}")  # "ADLib® system", as written
    for m in PLATFORM_TITLED_OWNED.finditer(text) if " Platform" in text or " Technology" in text else ():
        words = m.group("name").replace(",", "").split()
        named = [w for w in words if w != "and" and w.lower() not in GENERIC_TECH_WORDS]  # not "our Cell Therapy Manufacturing Platform"
        if named and not any(w.lower() in _TERM_WORDS or w.lower() in STOP_WORDS - {"and"} for w in words) and not _names_no_platform(m.group("name"), registry):
            ref = registry.add(Kind.PLATFORM, f"{m.group('name')} {m.group('head')}", sentence.span(m.start("name"), m.end()))
            registry.add_alias(ref, m.group("name"))
    for m in PLATFORM_TITLED_APPOSITION.finditer(text) if ", the " in text or "platform, " in text or "technology, " in text else ():
        name = _platform_name(m.group("name").strip(), owned=True, titled=True)
        if name and not _names_no_platform(name, registry):
            ref = registry.add(Kind.PLATFORM, f"{name} {m.group('head').lower()}", sentence.span(m.start("name"), m.end()))
            registry.add_alias(ref, name)
            registry.add_alias(ref, f"{m.group('name')}{m.group('head')}")  # as written
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
        if _not_a_technology(m, text) or _a_company_using(m, text, registry):
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
        if m.group("head").startswith("adjuvant") and not re.search(r"\d|-[A-Z]|[®™]", name + (m.group("mark") or "")):
            continue  # "Matrix-M adjuvant", "AS01 adjuvant": a coded name; not "INT adjuvant melanoma", an adjuvant setting
        head = next(h for h in ("platform", "format", "engine", "technology", "library", "adjuvant") if m.group("head").lower().startswith(h[:6]))
        ref = registry.add(Kind.PLATFORM, f"{name} {head}", sentence.span(m.start(), m.end()))
        registry.add_alias(ref, name)
        if len(name.split()) > 1 and name.split()[-1].lower() in GENERIC_TECH_WORDS:
            registry.add_alias(ref, name.rsplit(" ", 1)[0])  # "XCEPTOR TCR platform" is XCEPTOR, the molecules it makes after
        if m.group("descr").strip():
            registry.add_alias(ref, f"{name}{m.group('descr')} {head}")
        for surface in _as_written(text, m, name):
            registry.add_alias(ref, surface)  # "TCMouse Technology Platform", "StaR technology platform": the name as written
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
        # ("artificial adjuvant vector cell (aAVC)": a letter in small may spell a word too)
        spelled = next((words[i:] for i in range(len(words))
                        if "".join(p[0] for w in words[i:] for p in w.split("-") if p).upper() in (capitals, acronym.upper())), None)
        if spelled is None or len(capitals) < 2:
            continue
        ref = registry.add(Kind.PLATFORM, f"{acronym} {head}", sentence.span(m.start("long"), m.end()))
        registry.add_alias(ref, acronym)
        registry.add_alias(ref, " ".join(spelled))
        registry.add_alias(ref, f"{' '.join(spelled)} ({acronym}) {head}")  # as written, as analysts copy it


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
                           r"pumps?|devices?|sensors?|monitors?|implants?|catheters?|stents?|inhalers?|(?:auto)?injectors?|wearables?|"
                           r"nominee|brokerage|payroll|trading)\b")  # (and a share plan's "LTI nominee platform")
# "our information technology systems ..., including our Zelcor Connect platform": one of the systems listed.
_IT_SYSTEMS_BEFORE = re.compile(r"\binformation\s+technology\b[^.;]{0,160}\b(?:including|such\s+as)\s+(?:our|its|the)\s+$")
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
    return bool(_NOT_MEDICINE.search(m.group("descr")) or _NOT_MEDICINE_AFTER.match(text, m.end())
                or _IT_SYSTEMS_BEFORE.search(text, 0, m.start()))


# An agreement's headings before its first recital: "RECITALS WHEREAS ACI possesses ... proprietary technologies".
_HEADINGS_BEFORE = re.compile(r"^(?:(?:RECITALS|Recitals|WHEREAS|Whereas|WITNESSETH|BACKGROUND|PREAMBLE|NOW,?|THEREFORE,?):?\s+)+")


def _without_owner(raw: str, registry: Registry) -> str:
    """'MacroGenics Licensed Technology' is MacroGenics' licensed technology, not a platform named so."""
    raw = _HEADINGS_BEFORE.sub("", raw)
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


def _a_company_using(m: re.Match, text: str, registry: Registry) -> bool:
    """'developed by QV utilizing technology under a license': a company's first word in capitals doing something
    with a technology, not the technology's name."""
    name = m.group("name")
    return (name.isupper() and bool(re.fullmatch(r"(?:[ ](?:utilizing|using|employing|with))?", m.group("descr")))
            and re.search(r"\b(?:by|from|with)[ ]$", text[: m.start()]) is not None
            and any(o.name.startswith(name + " ") for o in registry.of_kind(Kind.ORG)))


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
            registry.add_alias(platform, f"{long_name} ({acronym})")  # as written: "Tri-specific Killer Engager (TriKE)"


def _as_written(text: str, m: re.Match, name: str) -> list[str]:
    """The platform's name as the text writes it, from its name to its head, and with the platform word a technology's
    head may have after it ("StaR technology platform")."""
    start = text.find(name, m.start("name"), m.end())
    if start < 0 or not re.fullmatch(r"[Tt]echnology|[Pp]latform", m.group("head")):
        return []  # "ADAPTIR-FLEX Platform Technologies": a plural, as a company's name ends
    written = text[start : m.end()]
    more = re.match(r"[ ](?:[Pp]latform|[Tt]echnology)\b", text[m.end() : m.end() + 12])
    return [written, written + more.group(0)] if more else [written]


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
    # (one word of a technique's name in capitals, trademarked, is the owner's name for it: "ZFN® technology"; not
    # "Gene® technology", a word)
    marked_word = len(words) == 1 and re.search(rf"{_MARK}$", raw) is not None and re.fullmatch(r"[A-Z]{2,}[A-Z0-9-]*|\w*[a-z][A-Z]\w*", words[0]) is not None
    while words and words[0].lower() in leading and not ((owned and len(words) == 1 and re.search(r"[a-z][A-Z]", words[0])) or marked_word):
        words.pop(0)
    while len(words) > 1 and words[-1].lower() in ("platform", "platforms", "technology", "technologies"):
        words.pop()  # "ADAPTIR-FLEX Platform Technologies"
    # "its Synthase RNA editing platform", "Trident™ T-cell receptor platform": what it makes follows the name (but a
    # mark at the end closes the name: "Composite Human Antibody™ technology")
    while (not titled and len(words) > 1 and words[-1].lower() in GENERIC_TECH_WORDS and _DISTINCTIVE.search(words[0]) is None
           and not re.search(rf"{_MARK}$", raw)):
        words.pop()
    if not words or (all(w.lower() in GENERIC_TECH_WORDS and not re.search(r"[a-z][A-Z]", w) for w in words) and not marked_word):
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
    whole_words = "".join(p[0] for p in long_name.split() if p[0].isalpha()).upper()  # "Non-Wetting": N of PRINT
    capitals = "".join(c for p in words for c in p if c.isupper())  # "ImmunoTherapy" gives I and T
    own_capitals = "".join(c for c in acronym if c.isupper())  # "DARPin" for "Designed Ankyrin Repeat Protein"
    return (initials.endswith(acronym.upper()) or acronym.upper() in initials or acronym in capitals or acronym.upper() == whole_words
            or (len(own_capitals) >= 3 and own_capitals in (initials, capitals)))  # "TriKE": Tri-specific Killer Engager
