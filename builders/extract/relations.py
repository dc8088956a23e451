"""Relations other than licenses: who develops a product, what it is built on, its
phase, target, indication and components; who owns a platform; who became whom.

Also the *slot* rules that discover organizations the name patterns missed:
a capitalized name in the party slot of a licensing sentence ("licensed these
rights to SmithKline Beecham") is an organization.
"""

from __future__ import annotations

import re

from ..model import Fact, Kind, Ref
from .context import COMPANY_DESCRIPTOR, Registry, Tagged
from .cover import US_STATES
from .entities import CAP_WORD, COUNTRIES, NAME_SEQ, ROLE_TERMS, plausible_org_name, trim_name
from .named_people import given_names
from .names import LEGAL_SUFFIX_RE, ORG_KEYWORDS, TARGET_TOKEN, has_legal_suffix, looks_like_title
from .people import PLACE_NAMES
from .rules import (
    ANY_GAP,
    GAP,
    HEDGES,
    LONG_GAP,
    asset,
    group_ref,
    org,
    platform,
    product,
    refs_in,
    token_list,
)
from .truecase import common_words

# Names start at a word boundary: the lookbehind keeps long runs of letters from being
# retried at every position (quadratic time on hostile input).
_START = r"(?<![\w&'\-.])"
_RAW_NAME = rf"{_START}(?P<name>{NAME_SEQ}(?:,?\s{LEGAL_SUFFIX_RE})?)"
_ITEM = rf"(?:\[\[O:\d+\]\]|{NAME_SEQ})"
# What a slot word may be separated from its party by: words, and the products or platforms licensed
# ("We license [[P:0]] from Daewoong"), never another organization.
_SLOT_GAP = r"(?:[^.;\[]|\[\[[PT]:\d+\]\]){0,80}?"
_PARTNER_DESCRIPTION = (r"(?:[A-Z][a-z]+(?:-based)?\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:company|organi[sz]ation|institute|firm|drugmaker|biotech"
                        r"|pharma|developer|specialist|group)(?=\s+[A-Z])")
# ... or where it is: "an agreement ... with U.S.-based Seyltx", "with U.S. Based Seyltx"
_PLACE_BASED = rf"(?:{COMPANY_DESCRIPTOR}|U\.S\.\s+[Bb]ased)\s+"
_RAW_LIST = rf"(?P<names>{_ITEM}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_ITEM})*)"
SLOT_RULES = [
    # licensed (these rights) to X / granted to X / returned to X / sublicensed to X
    # ("licensed its gene therapy program to French therapy developer HORAMA": what the licensee is, before its name)
    re.compile(rf"\b(?:licen[sc]ed|sublicensed|out-licensed|granted|assigned|transferred|partnered)\b{_SLOT_GAP}\bto\s+(?:{_PARTNER_DESCRIPTION}\s+)?{_RAW_NAME}"),
    # "divested [[P:1]] in 35 markets to Glenwood": sold rights, only with what was sold named
    re.compile(rf"\b(?:sold|divested)\s+[^.;\[]{{0,40}}?\[\[[PT]:\d+\]\][^.;\[]{{0,60}}?\bto\s+{_RAW_NAME}"),
    # agreements with X, Y and Z; "a License, Development, and Commercialization Agreement with BMS", "a
    # license agreement (the "Betta License Agreement") with Betta"; "a licensing deal on December 22 with X": a day between
    # ("an agreement with Japanese research organization RIKEN": what the partner is, before its name)
    re.compile(rf"\b(?:agreements?|collaborations?|partnerships?|alliances?|arrangements?|licen[sc]es?|deals?|contracts?|Agreements?)"
               rf"(?:\s+\([^()\[]{{1,80}}\))?(?:\s+(?:on|in)\s+[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}(?:,\s+\d{{4}})?,?)?\s+with\s+(?:the\s+)?"
               rf"(?:{_PARTNER_DESCRIPTION}\s+|{_PLACE_BASED})?{_RAW_LIST}"),
    # rights ... from X / licensed from X / acquired from X
    re.compile(rf"\b(?:rights?|licen[sc]e[sd]?|in-licensed|acquired|obtained|regained|reacquired|purchased)\b{_SLOT_GAP}\bfrom\s+{_RAW_NAME}"),
    # X (product), Y (product)
    re.compile(rf"(?:^|[:,;]\s*(?:and\s+)?|\band\s+){_START}(?P<name>{NAME_SEQ})\s+\(\[\[P:\d+\]\]\)"),
    # X, which later became Y / became Y
    re.compile(rf"{_START}(?P<name>{NAME_SEQ}),?\s+which\s+(?:later\s+|subsequently\s+)?became\b"),
    re.compile(rf"\bwhich\s+(?:later\s+|subsequently\s+)?became\s+{_RAW_NAME}"),
    # X (Nasdaq: TICKER)
    _LISTED := re.compile(rf"{_RAW_NAME}\s+\((?:Nasdaq|NASDAQ|NYSE|AMEX|TSX|LSE|OTC\w*|NYSE American)[\w ]*:\s*[A-Z.]{{1,6}}\)"),
    # "Merck informed Ariad that ...", "X terminated its license agreement": a party to the agreement, when
    # not a word ("Management informed the Company"); before the rule below, which would take it as no party
    _ACTS_ON_AGREEMENT := re.compile(rf"(?:^|,\s+|\bthat\s+){_RAW_NAME}\s+(?:has\s+|had\s+)?(?:(?:notified|informed)\s+(?:\[\[O:\d+\]\]|us\b)"
                                     rf"|(?:terminated|exercised)\s+(?:its|their)\s+(?:[\w-]+\s+){{0,3}}?(?:agreement|license|option|collaboration)s?\b)"),
    # X notified / X terminated / X exercised
    re.compile(rf"(?:^|,\s+|\bthat\s+){_RAW_NAME}\s+(?:has\s+|had\s+)?(?:notified|informed|terminated|exercised|licensed|granted|returned)\b"),
    # "acquired Lorvex, a clinical-stage biotechnology company": a name its apposition calls a company
    re.compile(rf"{_RAW_NAME},\s+(?:a|an)\s+(?:[\w-]+\s+){{0,6}}?(?:company|corporation|biotech|biopharma|firm)\b"),
    # "Neovacs is a French biotech company": a name its sentence calls a company (not "a company man")
    _CALLED_A_COMPANY := re.compile(rf"{_RAW_NAME}\s+is\s+(?:a|an)\s+(?:[\w-]+\s+){{0,6}}?(?:company|biotech|biopharma|firm)\b"
                                    r"(?!\s+(?:man|men|woman|women|analyst|executive|veteran|officer|director|founder|employee|insider|lawyer)\b)"),
    # "developed and commercialized by Alnylam's partner, Novartis", "our licensee Zorbix"
    _PARTNER_OF := re.compile(rf"(?:'s|\b(?:[Oo]ur|[Ii]ts|[Tt]heir))\s+(?:[\w-]+\s+)?(?:partner|licensee|licensor|collaborator)s?,?\s+{_RAW_NAME}"
                              r"(?=[.,;)]|\s+(?:and|to|for|in|has|is|will)\b)"),
]

# Slots whose every name is a party: "BMS and BridgeBio commenced a collaboration", "Ono is entitled to
# receive royalties", "milestones payable to Eisai". Collaboration notes of 10-Ks name partners this way,
# by a short name the text never spells out.
PAIR_RULES = [
    re.compile(rf"{_START}{_RAW_LIST}\s+(?:jointly\s+)?(?:commenced|entered\s+into|signed|executed|formed|established)\s+"
               rf"(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,5}}?(?:collaboration|agreement|alliance|partnership|joint\s+venture)s?\b"),
    re.compile(rf"(?:^|[,;]\s+|\b(?:and|but)\s+){_RAW_NAME}\s+(?:is|are|was|were|will\s+be|remains?)\s+(?:also\s+)?(?:eligible|entitled)\s+to\s+receive\b"
               rf"[^.;]{{0,120}}?\b(?:royalt|milestone|upfront|up-front|payments?)"),
    re.compile(rf"\b(?:royalties|milestones?|payments?|fees?)\s+(?:\w+\s+)?(?:payable|due)\s+to\s+{_RAW_NAME}"),
]

# What only a company does, said of a bare name: decides on its options, signs agreements, will pay or develop,
# has officers, was renamed, pays. Every name here is a party; a person's name, a word or initials are not taken.
_CLAUSE_START = r"(?:^|[,;:]\s+|\b(?:that|which|whereby|and|but|while|after|when|because|as)\s+)"
_HAS = r"(?:(?:has|have|had)\s+)?(?:also\s+)?"
# The employer an officer's title names, without the connectors of longer names: "President of Sales at Northern
# Region" names a department and a region, no company.
_EMPLOYER = rf"{_START}(?P<name>{CAP_WORD}(?:[ ](?:&[ ])?{CAP_WORD}){{0,4}}(?:,?\s{LEGAL_SUFFIX_RE})?)(?![ ](?:of|for|at)[ ][A-Z])"
_ACTOR_PATTERNS = [  # (the words without which the rule cannot match, the rule): most sentences have none
    # "Celgene has decided not to retain the option", "Halden elected to terminate"
    (r"decided|elected|opted|agreed|chose|declined",
     rf"{_CLAUSE_START}{_RAW_NAME}\s+{_HAS}(?:decided|elected|opted|agreed|chose|declined)\s+(?:to|not|that)\b"),
    # "Halden has entered into an agreement with"
    (r"entered|signed|executed",
     rf"{_CLAUSE_START}{_RAW_NAME}\s+{_HAS}(?:entered\s+into|signed|executed)\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,4}}?"
     r"(?:agreement|collaboration|partnership|alliance|deal|contract)\b"),
    # "under which Halden will be developing P", "Halden will use Quarra's platform", "Halden will receive"
    (r"\b(?:will|shall|would)\s+(?:also\s+)?(?:be\s+)?(?:pay|receiv|make|fund|us|develop|commerciali|manufactur|assume|retain|obtain|gain|acquire|lead)",
     rf"{_CLAUSE_START}{_RAW_NAME}\s+(?:will|shall|would)\s+(?:also\s+)?(?:be\s+)?(?:pay|paying|receive|receiving|make|fund|funding|use|using"
     r"|develop|developing|commercialize|commercializing|manufacture|manufacturing|assume|retain|obtain|gain|acquire|lead)\b"),
    # "Chief Executive Officer of Halden", "Chairman of the Board of Halden" (a vice president's "of" names a
    # department: "Vice President of Manufacturing"), "Vice President of Oncology for Halden"
    (r"Officer|CEO|CFO|COO|CSO|CMO|CBO|President|Chair|ounder|Partner",
     r"\b(?<!Vice\s)(?<!Vice-)(?:Chief\s+(?:[A-Z][a-z]+\s+){1,3}Officer|CEO|CFO|COO|CSO|CMO|CBO|President|Chairman|Chairwoman|Co-?[Ff]ounder|Founder"
     r"|(?:Managing|General)\s+Partner)"
     rf"(?:\s+of\s+the\s+Board(?:\s+of\s+Directors)?)?\s+(?:of|at)\s+(?:the\s+(?=[A-Z]\w+\s+Group\b))?{_EMPLOYER}"),
    # "said Hugo Halvik, founder of the Insola Group": in small letters, a group's founder only (not "a founder of Buddhism")
    (r"founder\s+of\s+the\s", rf"\bfounder\s+of\s+the\s+(?=[A-Z]\w+(?:\s+[A-Z]\w+)?\s+(?:Group|Holdings|Partners|Foundation)\b){_EMPLOYER}"),
    # "now head of discovery at Halden", "director of research at Halden": a department's head works at a company
    (r"\bat\s[A-Z]",
     rf"\b(?:[Hh]ead|[Dd]irector|[Vv]ice\s+[Pp]resident|VP)\s+of\s+(?:[a-z][\w-]*\s+){{1,3}}?at\s+{_EMPLOYER}(?=[,.;)]|\s+(?![A-Z]))"
     # (not a region or a team: "vice president of sales at Northern Region")
     r"(?<!Region)(?<!Team)(?<!Division)(?<!Site)(?<!Department)(?<!Unit)(?<!Office)"),
    # "marketed by its partner Halden", "our licensee Halden Pharma"
    (r"(?:partner|licensee|licensor|collaborator|distributor)\s[A-Z]",
     rf"\b(?:[Ii]ts|[Oo]ur|[Tt]heir)\s+(?:[\w-]+\s+)?(?:partner|licensee|licensor|collaborator|distributor)\s+{_RAW_NAME}"),
    # "a Halden Kabi majority-owned group": the owner
    (r"-owned\s", rf"\b(?:an?|the)\s+{_RAW_NAME}[\s-]+(?:majority|wholly)-owned\s+(?:subsidiary|group|company|affiliate|unit)\b"),
    # "chairman of the Halden Bio board of directors"
    # (a board in small letters: "the Supervisory Board", "the Halden Scientific Advisory Board" are boards' names)
    (r"\s+of\s+the\s+[A-Z][^.;]{1,40}?\sboard\b",
     rf"\b(?:[Cc]hairman|[Cc]hairwoman|[Cc]hair|[Mm]ember|[Dd]irector)\s+of\s+the\s+{_RAW_NAME}\s+board\b"),
    (r"President", rf"\bPresident\s+(?:of|for)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}}\s+for\s+{_EMPLOYER}"),
    # "Quarra (now Halden)", "Halden (formerly Quarra)"
    (r"\((?:now|formerly|later)\s",
     rf"(?:\[\[O:\d+\]\]|(?P<renamed>{CAP_WORD}))\s+\((?:now|formerly|later)\s+(?:part\s+of\s+)?{_RAW_NAME}\)"),
    (r"\((?:now|formerly)\s",  # (not "Brenlix (formerly QRV-7)": a product's code)
     rf"{_START}(?P<name>{CAP_WORD}(?:\s{CAP_WORD}){{0,3}})\s+\((?:now|formerly)\s+(?:part\s+of\s+)?(?:\[\[O:\d+\]\]|(?![^)]*\d)(?P<renamed>{NAME_SEQ}))\)"),
    # "an upfront payment of $5 million from Halden"
    (r"(?:payments?|fees?|royalties|funding|investment)\s[^.;]*?from",
     rf"\b(?:payments?|fees?|royalties|funding|investment)\s+(?:of\s+[^.;()\[]{{1,40}}?\s+)?from\s+{_RAW_NAME}"),
    # "Halden's clinical development plan", "Halden's decision not to"
    (r"['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:option|decision|election|board|shareholders|stockholders|subsidiary)",
     rf"{_START}(?P<name>{NAME_SEQ})['\u2019]s\s+(?:[\w-]+\s+){{0,2}}?(?:option|decision\s+(?:not\s+)?to|election"
     r"|board\s+of\s+directors|shareholders|stockholders|subsidiary)\b"),
    # "Halden Pharma International, a subsidiary of Quarra Industries": a subsidiary is a company of its own
    (r"subsidiary|affiliate", rf"{_RAW_NAME},\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){{0,2}}?(?:subsidiary|affiliate)\s+of\b"),
    # "partners including Halden, Quarra, Kymab and Pfizer", "venture funding from MVM, Clarus Ventures and Halden Fund"
    (r"including|such as|include|from|consortium",
     r"\b(?:(?:partners|collaborators|licensees|licensors|investors|companies|drugmakers)\s+(?:[\w-]+\s+){0,3}?(?:including|such\s+as|include)"
     r"|consortium\s+(?:comprising|consisting\s+of)"
     rf"|(?:funding|investment|financing)\s+from)\s+(?:the\s+)?(?P<names>{_ITEM}(?:\s*,\s*(?:the\s+)?{_ITEM})*,?\s+and\s+(?:the\s+)?{_ITEM})"),
    # "A Nasdaq-listed Danish group, Halden has been granted an exclusive worldwide licence": who is granted a license
    (r"been\s+granted",
     rf"{_CLAUSE_START}{_RAW_NAME}\s+(?:has|have|had|was|were)\s+been\s+granted\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?(?:licen[sc]e|rights?)\b"),
    # "Genmab has granted Halden an exclusive licence", "The agreement provides Halden with an exclusive worldwide license"
    (r"granted|provides|provided|gives|gave",
     rf"\b(?:granted|provides|provided|gives|gave)\s+(?:[\w-]+\s+){{0,3}}?{_RAW_NAME}\s+(?:with\s+)?(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?(?:licen[sc]e|option|rights?)\b"),
    # "excited to collaborate with Halden, a gene-editing pioneer", "has partnered with Halden to develop": a verb's partner
    (r"(?:collaborat\w*|partner(?:ed|ing|s)?|team(?:ed|ing|s)?\s+up)\s+with\s+[A-Z]",
     rf"\b(?:collaborate|collaborates|collaborated|collaborating|partner|partners|partnered|partnering|team(?:ed|ing|s)?\s+up)\s+with\s+{_RAW_NAME}"
     r"(?=,\s+(?:a|an|the)\s|\s+(?:to|on|in|for)\s|[.;]|\s*\()"),
    # "long-term partner Halden is back with $40 million", "development partner Halden": the partner a kind of partnership names
    (r"(?:[Tt]erm|[Tt]ime|[Ee]xisting|[Ss]trategic|[Cc]ommercial|[Dd]evelopment|[Ll]icensing|[Cc]ollaboration)\s+partner\s[A-Z]",
     rf"\b(?:[Ll]ong-(?:term|time)|[Ee]xisting|[Ss]trategic|[Cc]ommercial|[Dd]evelopment|[Ll]icensing|[Cc]ollaboration)\s+partner,?\s+{_RAW_NAME}"
     r"(?=[.,;)]|\s+(?:and|to|for|in|has|have|is|will|was)\b)"),
    # "Halden (HLD) and [[O]] announced", "[[O]] and Halden today announced": one who announces with a company is one
    (r"announced",
     rf"{_CLAUSE_START}{_RAW_NAME}(?:\s*\([A-Z][A-Za-z]{{1,7}}\))?\s+and\s+(?:the\s+)?\[\[O:\d+\]\](?:\s*\([^()]{{0,40}}\))?,?\s+(?:today\s+|jointly\s+)*announced\b"),
    (r"announced",
     rf"\[\[O:\d+\]\](?:\s*\([^()]{{0,40}}\))?\s+and\s+{_RAW_NAME}(?:\s*\([^()]{{0,40}}\))?,?\s+(?:today\s+|jointly\s+)*announced\b"),
    # "Halden announced that the pivotal trial ...": a company announces (a person says; a single word of the language,
    # a place, an agency's initials or a person the filing names are checked out after)
    (r"announced\s", rf"{_CLAUSE_START}{_RAW_NAME}\s+(?:has\s+|had\s+)?(?:today\s+|recently\s+|publicly\s+)?announced\s+(?:that|today|the|an?|its|positive|topline|results|plans)\b"),
    # "the Company received written notice from Halden of the termination of": who may end an agreement is a party to it
    (r"notice\s", rf"\bnotice\s+(?:of\s+termination\s+)?from\s+{_RAW_NAME}(?=\s+(?:of|that|regarding|terminating)\b|[,.;])"),
    # "A subsidiary company, Halden Biomaterials, is developing"
    # (what follows in small letters: "a subsidiary company, Lakeport, Ohio," is a place)
    (r"subsidiary|affiliate", rf"\b(?:[Aa]|[Ii]ts|[Tt]heir|[Oo]ur)\s+(?:[\w-]+\s+)?(?:subsidiary|affiliate)(?:\s+company)?,\s+{_RAW_NAME},\s+[a-z]"),
    # "Halden Rx, the leader in developing pharmaceutical films", "Halden, a global leader in the discovery of": a leader in
    # doing something (not "Zelvara, the leader in the reflux market", a product)
    (r"leader\s+in", rf"{_RAW_NAME},\s+(?:a|the)\s+(?:[\w-]+\s+){{0,2}}?leader\s+in\s+(?:the\s+(?:[\w-]+\s+)?(?:development|discovery|design|manufactur\w*|"
                     r"production|delivery)\b|[a-z]+ing\b)"),
    # "Equity investment for the company, called Halden Immunotherapies, is coming from ...": a company by its name
    # (not "named", a verb as often: "the company named Cambridge its headquarters")
    (r"(?:company|firm|start-?up|spin-?out|spin-?off)\s*,?\s+called\s",
     rf"\b(?:company|firm|start-?up|spin-?out|spin-?off)\s*,?\s+called\s+{_RAW_NAME}(?=[,.;)]|\s+(?:is|was|will|has|to|and|which|that)\b)"),
    # "He joins Quarra from Halden, where he leads ...": where a person worked before
    (r"\bfrom\s[^.;]{2,60}?,\s+where\s", rf"\bjoins\s+[^.;,]{{2,40}}?\s+from\s+{_RAW_NAME},\s+where\s+(?:he|she)\s+(?:(?:has\s+)?(?:led|served|headed|held|managed|worked)|leads|serves|heads|manages|works|was)\b"),
]
_ACTOR_WORDS = re.compile("|".join(gate for gate, _ in _ACTOR_PATTERNS))
_ACTOR_RULES = [(re.compile(gate), re.compile(rule)) for gate, rule in _ACTOR_PATTERNS]


# Words without which a pair rule cannot match: its pattern starts with a name, which is costly to try
# at every word of every sentence.
_PAIR_WORDS = re.compile(r"\b(?:commenced|entered|signed|executed|formed|established|eligible|entitled|payable|due)\b")

# Words without which no slot rule can match a sentence: tagging a sentence costs more than this look.
SLOT_WORDS = re.compile(r"\(|with|from|became|licen|granted|assigned|transferred|partner|collaborator|notified|informed|terminated|exercised|returned|including|such as|sold|divested"
                        r"|eligible|entitled|payable|due\s+to|commenced"
                        r"|(?:entered\s+into|signed|executed|formed|established)\s[^.]{0,80}?(?:collaboration|agreement|alliance|partnership|joint\s+venture)"
                        r"|(?:,|\sis)\s+an?\s[^.,]{0,60}?(?:company|corporation|biotech|biopharma|firm)\b"
                        rf"|{_ACTOR_WORDS.pattern}")


# The slots that make a name a party: "licensed ... to X", "an agreement with X", "rights ... from X".
_PARTY_RULES = 3
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Dr|Prof)\.?\s")


# "including Roche, Novartis, Sanofi, Regeneron and Vir": a list of three or more names, two of
# them organizations already, is a list of organizations.
_ORG_LIST = re.compile(rf"{_START}(?P<names>{_ITEM}(?:\s*,\s*{_ITEM}){{1,}},?\s+and\s+{_ITEM})")
_PLACES = {w.lower() for w in US_STATES.values()} | {
    "europe", "asia", "japan", "china", "canada", "india", "korea", "australia", "africa", "america",
    "latin america", "north america", "south america", "the united states", "united states", "the u.s.", "u.s.",
}


def _listed_organizations(tagged: Tagged, registry: Registry) -> bool:
    added = False
    for m in _ORG_LIST.finditer(tagged.template):
        items = [n.strip() for n in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("names")) if n.strip()]
        if sum(n.startswith("[[O:") for n in items) < 2:
            continue
        for name in (n if has_legal_suffix(n) else n.rstrip(".") for n in items if not n.startswith("[[")):
            last = name.split()[-1].lower()
            if last in common_words() and last not in ORG_KEYWORDS:
                continue  # "China Food [and Drug Administration]": a longer name cut at its "and"
            if (len(name.split()) <= 3 and name.lower() not in _PLACES and _slot_name_ok(name, registry)
                    and registry.lookup(Kind.ORG, name) is None):
                registry.mentions[registry.add(Kind.ORG, name, tagged.evidence)].party = True
                added = True
    return added


_FOR_A_CODE = re.compile(r"\s+for\s+[A-Z][A-Za-z]{0,5}-?\d[\w-]*\.?$")
_OWNS_NEXT = re.compile(r"\s*(?:(?:wholly[- ]owned\s+)?(?:subsidiary|affiliate|unit|division)\s+)?\[\[O:\d+\]\]")


def discover_organizations(tagged: Tagged, registry: Registry, people_words: frozenset[str] = frozenset()) -> bool:
    """Register organization names found in party slots; True when anything new was added. ``people_words``: the
    names of people the filing names by a given name or an honorific, which a name alone may stand for."""
    added = _listed_organizations(tagged, registry)
    added = _acting_organizations(tagged, registry, people_words) or added
    rules = SLOT_RULES + PAIR_RULES if _PAIR_WORDS.search(tagged.template) else SLOT_RULES
    for i, rule in enumerate(rules):
        for m in rule.finditer(tagged.template):
            raw_names = m.groupdict().get("names")
            names = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", raw_names) if raw_names else [m.group("name")]
            new = [n for n in names if not n.startswith("[[")]
            if i >= len(SLOT_RULES):  # "Recently, Moleculin entered into": a pair's word is no company
                new = [n for n in new if n.strip().lower() not in common_words()]
            # One name alone in a party slot is a party; a list may be departments ("with Legal, Compliance").
            party = (i < _PARTY_RULES and len(new) == 1) or (i >= len(SLOT_RULES) and len(names) <= 2)
            # ... and so are two or three that are no words ("collaborations with Merck and Genentech")
            party = party or (i < _PARTY_RULES and len(names) <= 3 and all(n.lower() not in common_words() for n in new))
            # ... and so is a listed company ("Genentech (NYSE: DNA)") or one the text calls a company
            party = party or (rule in (_LISTED, _CALLED_A_COMPANY, _ACTS_ON_AGREEMENT) and all(n.lower() not in common_words() for n in new))
            # ("Debiopharm's current partner Morvantis": a partner is a party; "its partner Anna" is a person)
            party = party or (rule is _PARTNER_OF and all(n.lower() not in common_words() and n.strip() not in given_names() for n in new))
            for raw in new:
                raw = _FOR_A_CODE.sub("", raw)  # "a license to Dunmore for QX-1.": the party, not what it is for
                if _HONORIFIC.match(raw):
                    continue  # "an agreement with Mr. Hetzel", "granted to Dr Sarin": a person
                owner = raw.strip(" ,")
                if owner.endswith(("s'", "s\u2019")) or (re.search(r"['\u2019]s$", owner) and _OWNS_NEXT.match(tagged.template, tagged.template.find(raw, m.start()) + len(raw))):
                    continue  # "an agreement with Korea's Halvane Pharma", "with Vantor Holdings' Halvane": whose the party is
                name = trim_name(raw.strip(" ,"))
                name = name[:-1] if re.search(r"[a-z]{2}\.$", name) else name  # the sentence's full stop
                if _CITY_OF.match(tagged.template, tagged.template.find(raw, m.start()) + len(raw)):
                    continue  # "rights from Munich, Germany-based X": a city
                if _slot_name_ok(name, registry, party) and registry.lookup(Kind.ORG, name) is None:
                    registry.mentions[registry.add(Kind.ORG, name, tagged.evidence)].party = party and not _plural_noun(name)
                    added = True
    return added


# What follows a city's name: "Munich, Germany-based", "Basel, Switzerland".
_COUNTRY_NAMES = "|".join(sorted((c.title() for c in COUNTRIES if c.isalpha()), key=len, reverse=True))
_CITY_OF = re.compile(rf",\s+(?:[A-Z][a-z]+-based\b|(?:{_COUNTRY_NAMES})\b(?!-))")


def _acting_organizations(tagged: Tagged, registry: Registry, people_words: frozenset[str]) -> bool:
    added = False
    for gate, rule in _ACTOR_RULES if _ACTOR_WORDS.search(tagged.template) else ():
        for m in rule.finditer(tagged.template) if gate.search(tagged.template) else ():
            for raw in _names_of(m):
                if raw.startswith("[[O:"):
                    for ref in refs_in(tagged, raw, Kind.ORG):
                        registry.mentions[ref].party = True  # "partners including [[O:1]]": a name found before, a party now
                    continue
                name = trim_name(raw.strip(" ,"))
                name = name[:-1] if re.search(r"[a-z]{2}\.$", name) else name  # the sentence's full stop
                if _renamed_product(m, name, registry) or not _actor_name_ok(raw, name, registry, people_words):
                    continue
                registry.mentions[registry.add(Kind.ORG, name, tagged.evidence)].party = True
                added = True
    return added


def _renamed_product(m: re.Match, name: str, registry: Registry) -> bool:
    """"Zelvara (now Zelvara XR)", "our product Brenlix (now Quarra's)": a product renamed, not a company."""
    renamed = m.groupdict().get("renamed")
    return bool(renamed) and (renamed.split()[0] == name.split()[0] or registry.lookup(Kind.PRODUCT, renamed) is not None)


# What a place's people or things are called, before a company word: "an Irish wholly-owned subsidiary".
_DEMONYMS = {"irish", "swiss", "european", "american", "asian", "african", "british", "english", "german", "french", "japanese",
             "chinese", "korean", "indian", "italian", "spanish", "dutch", "swedish", "danish", "norwegian", "finnish", "belgian",
             "austrian", "canadian", "australian", "israeli", "brazilian", "mexican", "russian", "polish", "hungarian", "greek",
             "turkish", "nordic", "scandinavian", "latin", "global", "international", "domestic", "foreign", "national", "regional"}


def _actor_name_ok(raw: str, name: str, registry: Registry, people_words: frozenset[str]) -> bool:
    words = re.findall(r"\w[\w'-]*", name)
    if _HONORIFIC.match(raw) or _DETERMINER.match(raw) or not words or len(words) > 4 or _GLUED.search(name):
        return False  # "Dr. Halden will lead", "Each Rollover Stockholder will", "Development AgreementThe Licensee"
    if all(w.lower() in common_words() | _INITIAL_WORDS for w in words) or re.fullmatch(r"[A-Z][a-z]+(?:ees?|holders?)", name):
        return False  # "the Company will pay", "Merger Sub will", "Company A will", "Indemnitee shall", "provides Noteholders with"
    if (name.isupper() and len(words) == 1) or name.lower() in ROLE_TERMS | _PUBLIC_PAYERS:
        return False  # initials ("FDA will"), a role an agreement defines ("Borrower shall pay"), a public payer
    if len(words) > 1 and words[0] in given_names() and words[-1].lower() not in ORG_KEYWORDS:
        return False  # "John Halden will lead": a person
    if len(words) == 1 and (name in people_words or any(name in p.name.split() for p in registry.of_kind(Kind.PERSON))):
        return False  # "Anna Brennick joined us. Brennick has agreed to serve": a person named by one name
    if name.lower() in _PLACES | COUNTRIES | PLACE_NAMES or name.lower() in _DEMONYMS:
        return False  # "Germany has decided to reimburse", "an Irish wholly-owned subsidiary"
    if len(words) == 1 and name in given_names() and not any(name in m.name.split() for m in registry.of_kind(Kind.ORG)):
        return False  # "sold by its partner Anna" (but "Varnholt will receive" after "Ellis Varnholt and Company")
    return _slot_name_ok(name, registry, party=True) and registry.lookup(Kind.ORG, name) is None


# Public payers that pay and decide as companies do: "a payment from Medicare", "Medicaid will pay".
_PUBLIC_PAYERS = {"medicare", "medicaid", "tricare", "medi-cal"}


def _names_of(m: re.Match) -> list[str]:
    if m.groupdict().get("names"):
        return [n.strip() for n in re.split(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?", m.group("names")) if n.strip()]
    return [m.group("name")]


_INITIAL_WORDS = {chr(c) for c in range(ord("a"), ord("z") + 1)}  # "Company A will pay": a party the text keeps back
_DETERMINER = re.compile(r"(?:Each|Every|Any|No|All|Both|Such|Either|Neither)\s")
# A page's words run together by a conversion: "Development AgreementThe Licensee"
_GLUED = re.compile(r"\b[A-Z][a-z]{2,}(?:ment|tion|ance|ence|ship)[A-Z]")


def _plural_noun(name: str) -> bool:
    """People or things in the plural ("Covered Executives", "Vice-Presidents"), not a company's
    name (whose plural last word is an organization word: "Laboratories", "Therapeutics")."""
    last = re.split(r"[\s\-]", name)[-1].lower()
    return (" " in name or "-" in name) and last.endswith("s") and last not in ORG_KEYWORDS


_TITLE_NOUN = re.compile(r"\b(?:Officer|President|Director|Chair\w*|Counsel|Secretary|Treasurer|Manager|Head|Founder|Partner|Controller|VP|CEO|CFO|COO|"
                         r"CMO|CSO|CTO|CBO|CCO|EVP|SVP|Dean|Professor)\b")


# Initials of rules and practices that follow "with" ("in accordance with GCP"), not of companies.
_PRACTICE_ACRONYMS = {"GCP", "GLP", "GMP", "CGMP", "GAAP", "IFRS", "ICH", "HIPAA", "FCPA", "SEC", "FDA", "EMA", "USPTO", "CMC", "IPR", "PTAB", "CRO", "CDMO"}


_AGENT_NOUN = re.compile(r"[a-z](?:er|or|ee|ant|ent)s?$")


def _slot_name_ok(name: str, registry: Registry, party: bool = False) -> bool:
    if not plausible_org_name(name) or len(name.split()) > 6 or (looks_like_title(name) and _TITLE_NOUN.search(name)):
        return False  # a person's title, not "Renal Outcomes Research Network"
    if name.lower() in _PLACES | COUNTRIES | PLACE_NAMES | _DEMONYMS:
        return False  # "a firm based in Taipei, Taiwan"; "an agreement with Japanese research organization RIKEN"
    if re.fullmatch(COMPANY_DESCRIPTOR, name) or name.split()[-1].lower() == "based":
        return False  # "a license to Privately-held [[O:1]]", "with Japan Based [[O:1]]": what the company is, before its name
    if registry.lookup(Kind.PRODUCT, name) or registry.lookup(Kind.PLATFORM, name) or registry.lookup(Kind.PERSON, name):
        return False
    # Initials, "Study 301", a plural of initials ("CROs"), a footnote mark ("Innate Pharma1").
    # A person's shape ("Stephen B. Booke") is not a company's either.
    if " " not in name and (name.lower() in common_words() or name.lower().removesuffix("s") in ROLE_TERMS) and _AGENT_NOUN.search(name):
        return False  # "contract with Marketer", "notify Licensee": a role an agreement defines, not a name
    if party and re.fullmatch(r"[A-Z]{3,5}", name):
        return name not in _PRACTICE_ACRONYMS  # "a collaboration with MSD": a company known by its initials
    # ("a license to Y for QX-1.": a code, the sentence's full stop after it)
    return not re.fullmatch(r"(?:[A-Z]\.?\s?)+|[A-Z][a-z]+ \d+|[A-Z]{2,}s|.*[a-z]\d|[A-Z][a-z]+ (?:[A-Z]\. )+[A-Z][a-z'\-]+"
                            r"|[A-Z][A-Za-z]{0,5}-\d[\w-]*\.?", name)


# --------------------------------------------------------------------------- tickers


def read_tickers(tagged: Tagged, registry: Registry) -> None:
    for m in re.finditer(rf"{org('o')}\s+\((?P<ex>Nasdaq|NASDAQ|NYSE(?: American)?|AMEX|TSX|LSE|OTC\w*)[\w ]*:\s*(?P<t>[A-Z][A-Z.]{{0,5}})\)", tagged.template):
        mention = registry.mentions.get(group_ref(tagged, m, "o"))
        if mention and mention.ticker is None:
            mention.ticker, mention.exchange = m.group("t"), m.group("ex")


# --------------------------------------------------------------------------- products


PHASE_WORDS = re.compile(
    r"\b(?:Phase|PHASE)\s*(?P<n>III|II|I|3|2|1)(?:[abAB])?(?:\s*/\s*(?:Phase\s*)?(?P<m>III|II|I|3|2|1)[abAB]?)?\b"
    r"|\b(?P<pre>preclinical|pre-clinical)\b|\b(?P<appr>approved|marketed|commercially available|launched)\b"
    r"|\b(?P<clin>begun clinical evaluation|entered (?:the )?clinic(?:al (?:trials|development|testing))?|in clinical (?:trials|testing|development)|clinical-stage)\b",
    re.I,
)
_ROMAN = {"I": 1, "II": 2, "III": 3, "1": 1, "2": 2, "3": 3}


def product_facts(tagged: Tagged, registry: Registry, previous_subject: Ref | None) -> list[Fact]:
    """Developer, platform, phase, target, indication and components stated in one sentence."""
    facts: list[Fact] = []
    t = tagged.template
    ev = tagged.evidence

    def add(subject: Ref | None, prop: str, value) -> None:
        if subject is not None and value is not None and subject != value:
            facts.append(Fact(subject, prop, value, ev))

    # "P is a T compound developed by O" / "P, developed by O"
    for m in re.finditer(rf"{product('p')}{ANY_GAP}\b(?:developed|discovered|invented|owned|created|being developed)\s+by\s+{org('o')}", t):
        add(group_ref(tagged, m, "p"), "developer", group_ref(tagged, m, "o"))
    # "O-developed T products ...: P1 and P2" / "O's P"
    for m in re.finditer(rf"{org('o')}-developed{ANY_GAP}:\s*{token_list('P', 'ps')}", t):
        for p in refs_in(tagged, m.group("ps"), Kind.PRODUCT):
            add(p, "developer", group_ref(tagged, m, "o"))
    for m in re.finditer(rf"{org('o')}'s\s+(?:(?!of\b)[\w-]+\s+){{0,4}}?{product('p')}", t):  # not "X's sales of P"
        add(group_ref(tagged, m, "p"), "developer", group_ref(tagged, m, "o"))
    for m in re.finditer(rf"{org('o')}\s+(?:is|are|has been|have been)?\s*(?:developing|develops|discovered|has developed)\s+{product('p')}", t):
        add(group_ref(tagged, m, "p"), "developer", group_ref(tagged, m, "o"))
    # partner lists: "O1 (P1), O2 (P2), and O3 (P3)"
    for m in re.finditer(rf"{org('o')}\s+\({product('p')}\)", t):
        add(group_ref(tagged, m, "p"), "developer", group_ref(tagged, m, "o"))
    # platforms: "P is a T compound", "T products ...: P1 and P2", "P ... uses T"
    for m in re.finditer(rf"{product('p')}\s+(?:is|was)\s+(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?{platform('t')}", t):
        add(group_ref(tagged, m, "p"), "usesPlatform", group_ref(tagged, m, "t"))
    for m in re.finditer(rf"{platform('t')}[\s-](?:products?|compounds?|conjugates?|candidates?|drugs?|agents?)\b{LONG_GAP}:\s*{token_list('PO', 'ps')}", t):
        for p in refs_in(tagged, m.group("ps"), Kind.PRODUCT):
            add(p, "usesPlatform", group_ref(tagged, m, "t"))
    for m in re.finditer(rf"{product('p')}{GAP}\b(?:uses?|using|based on|built on|utiliz\w+|incorporat\w+|derived from|generated (?:using|with|from))\s+(?:[\w'-]+\s+){{0,3}}?{platform('t')}", t):
        add(group_ref(tagged, m, "p"), "usesPlatform", group_ref(tagged, m, "t"))
    for m in re.finditer(rf"{platform('t')}-based\s+(?:[\w-]+\s+){{0,2}}?{product('p')}", t):
        add(group_ref(tagged, m, "p"), "usesPlatform", group_ref(tagged, m, "t"))
    facts.extend(_phase_facts(tagged))
    facts.extend(_biology_facts(tagged, previous_subject, registry))
    return facts


def partner_platform_facts(tagged: Tagged) -> list[Fact]:
    """'TAP products that use O's T ...: O1 (P1), O2 (P2)' -> each P uses T."""
    facts = []
    t = tagged.template
    m = re.search(rf"\b(?:use|uses|using|based on|built on|incorporat\w+|employ\w*|with)\s+(?:{org('owner')}'s\s+)?{platform('t')}", t)
    if not m:
        return facts
    plat = group_ref(tagged, m, "t")
    for pm in re.finditer(rf"{org('o')}\s+\({product('p')}\)", t[m.end() :]):
        facts.append(Fact(tagged.ref(pm.group("p")), "usesPlatform", plat, tagged.evidence))
    return facts


def _phase_facts(tagged: Tagged) -> list[Fact]:
    """The highest phase a product is stated to be in (not planned, not hoped for)."""
    t = tagged.template
    products = tagged.tokens(Kind.PRODUCT)
    if not products:
        return []
    best: dict[Ref, str] = {}
    for m in PHASE_WORDS.finditer(t):
        clause_start = max(t.rfind(";", 0, m.start()), t.rfind(" but ", 0, m.start()), 0)
        window = t[max(clause_start, m.start() - 50) : m.start()]
        if HEDGES.search(window) or re.search(r"\b(?:if|not yet|upon|following|after)\b[^.]*$", t[: m.start()][-80:], re.I):
            continue
        if m.group("appr") and re.search(r"\b(?:if|until|once|upon|not|no|been)\b[^.]{0,40}$", t[: m.start()], re.I):
            continue
        phase = _phase_name(m)
        for p in _products_near(tagged, m.start(), m.end()):
            if _rank(phase) > _rank(best.get(p)):
                best[p] = phase
    return [Fact(p, "developmentPhase", phase, tagged.evidence) for p, phase in best.items()]


def _phase_name(m: re.Match) -> str:
    if m.group("pre"):
        return "Preclinical"
    if m.group("appr"):
        return "Approved"
    if m.group("clin"):
        return "Phase1"
    n = max(_ROMAN[m.group("n").upper()], _ROMAN[m.group("m").upper()] if m.group("m") else 0)
    return f"Phase{n}"


def _rank(phase: str | None) -> int:
    return ["Preclinical", "Phase1", "Phase2", "Phase3", "Approved"].index(phase) if phase else -1


def _products_near(tagged: Tagged, start: int, end: int) -> list[Ref]:
    """Products the phase words are about: in the same clause, or the list after a colon."""
    t = tagged.template
    clause_start = max(t.rfind(";", 0, start), t.rfind(". ", 0, start)) + 1
    clause_end_candidates = [i for i in (t.find(";", end), t.find(". ", end)) if i >= 0]
    clause_end = min(clause_end_candidates) if clause_end_candidates else len(t)
    return refs_in(tagged, t[clause_start:clause_end], Kind.PRODUCT)


_TARGET = re.compile(
    r"\b(?:binds?(?:\s+specifically)?\s+to|targets?|targeting|directed\s+(?:against|at|to)|against)\s+(?:the\s+)?"
    r"(?P<target>[A-Z][A-Za-z0-9\-/]{1,20})(?:\s+(?:antigen|receptor|protein))?"
)
_ANTI = re.compile(r"\banti-(?P<target>[A-Z][A-Za-z0-9\-/]{1,15})\b")
_INDICATION = re.compile(
    r"\b(?:for\s+the\s+treatment\s+of|to\s+treat|in\s+patients\s+with|cancers?\s+including|indicated\s+for)\s+"
    r"(?P<ind>[a-z][a-z\-,\s]+?(?:\s+as\s+well\s+as\s+(?:certain\s+)?[a-z][a-z\-\s]+?)?)(?=[.;(]|\s+(?:and\s+)?(?:in|who|with|that|which|for)\b|$)"
)
_COMPONENTS = re.compile(
    r"\b(?:composed of|consists of|comprising|comprises)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:antibody|agent|payload|drug|toxin|linker)\s+"
    r"(?P<a>[\w-]+)\s+and\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:antibody|agent|payload|drug|toxin|linker)\s+(?P<b>[\w-]+)"
)


def _biology_facts(tagged: Tagged, previous_subject: Ref | None, registry: Registry) -> list[Fact]:
    t = tagged.template
    products = tagged.tokens(Kind.PRODUCT)
    subject = products[0] if products else (previous_subject if re.match(r"(?:It|This (?:product|compound|candidate))\b", t) else None)
    if subject is None and previous_subject is not None and _names_its_part(t, previous_subject, registry):
        subject = previous_subject
    if subject is None:
        return []
    facts = []
    ev = tagged.evidence
    for m in _TARGET.finditer(t):
        target = m.group("target")
        if TARGET_TOKEN.match(target) or re.search(r"antigen|receptor", t[m.end() : m.end() + 12]) or re.fullmatch(r"[A-Z][A-Za-z]*[A-Z0-9][\w-]*", target):
            facts.append(Fact(subject, "target", target, ev))
    for m in _ANTI.finditer(t):
        facts.append(Fact(subject, "target", m.group("target"), ev))
    for m in _INDICATION.finditer(t):
        for indication in _expand_indications(m.group("ind")):
            facts.append(Fact(subject, "indication", indication, ev))
    for m in _COMPONENTS.finditer(t):
        for part in (m.group("a"), m.group("b")):
            facts.append(Fact(subject, "component", part, ev))
    return facts


_PART = re.compile(r"The\s+(?P<part>[\w-]{3,})\s+(?:antibody|antibodies|molecule|moiety|payload)\b")


def _names_its_part(template: str, product_ref: Ref, registry: Registry) -> bool:
    """'The huC242 antibody binds ...' right after 'huC242-DM1 ...': the sentence is about the
    antibody that one of the product's names is built from, so its target is the product's."""
    m = _PART.match(template)
    mention = registry.mentions.get(registry.resolve_ref(product_ref))
    if not m or mention is None:
        return False
    part = m.group("part").lower()
    return any(re.match(re.escape(part) + r"\b", n.lower()) for n in (mention.name, *mention.aliases))


def _expand_indications(text: str) -> list[str]:
    """'colorectal, pancreatic, and gastric cancers as well as certain non-small-cell lung cancers'."""
    text = re.sub(r"\bcertain\s+", "", text.strip())
    parts = re.split(r",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s+as\s+well\s+as\s+", text)
    parts = [p.strip() for p in parts if p.strip()]
    if not parts:
        return []
    head = re.search(r"\b(cancers?|tumou?rs?|diseases?|disorders?|infections?|carcinomas?|lymphomas?|leukemias?)$", parts[-1])
    out = []
    for p in parts:
        if head and not re.search(r"\b(cancers?|tumou?rs?|diseases?|disorders?|infections?|carcinomas?|lymphomas?|leukemias?)$", p):
            p = f"{p} {head.group(1)}"
        out.append(re.sub(r"s$", "", p) if re.search(r"(cancers|tumors|diseases|disorders|infections)$", p) else p)
    return [p for p in out if 3 <= len(p) <= 80][:8]


# --------------------------------------------------------------------------- platforms


def platform_facts(tagged: Tagged, registry: Registry) -> list[Fact]:
    t = tagged.template
    facts = []
    for m in re.finditer(rf"{org('o')}'s\s+(?:[\w-]+\s+){{0,2}}?{platform('t')}", t):
        facts.append(Fact(group_ref(tagged, m, "t"), "owner", group_ref(tagged, m, "o"), tagged.evidence))
    for m in re.finditer(rf"{org('o')}{GAP}\b(?:licens\w+|develop\w*|own\w*)\s+its\s+(?:[\w-]+\s+){{0,2}}?{platform('t')}", t):
        facts.append(Fact(group_ref(tagged, m, "t"), "owner", group_ref(tagged, m, "o"), tagged.evidence))
    for m in re.finditer(rf"{platform('t')}{GAP}\b(?:developed|owned|invented)\s+by\s+{org('o')}", t):
        facts.append(Fact(group_ref(tagged, m, "t"), "owner", group_ref(tagged, m, "o"), tagged.evidence))
    return facts


# --------------------------------------------------------------------------- successions

# "following AstraZeneca's acquisition of Alexion", "Alexion's July 2020 acquisition of Portola", "our acquisition
# of X": done, unless the words between say it is not ("proposed", "pending", "potential") or what was bought is
# less than the company ("Orvane's assets", "a stake"); sentences that say it is not done are skipped (_NOT_DONE).
_ACQUISITION_OF = re.compile(
    rf"(?<!Mr\.\s)(?<!Ms\.\s)(?<!Mrs\.\s)(?<!Dr\.\s){org('b')}(?:'s)?\s+(?!(?:[\w-]+\s+){{0,3}}?(?:proposed|pending|planned|potential|possible|contemplated|intended)\b)"
    rf"(?:(?:[A-Z][a-z]+|\d{{4}}|prior|recent|earlier|completed|former)\s+){{0,3}}acquisition\s+of\s+{org('a')}"
    r"(?!'s|\s+(?:assets?|shares?|stock|business|businesses|programs?|portfolio|products?|rights?|interests?|stake)\b)"
)

SUCCESSION_RULES = [
    # "A, which later became B" / "A (now B)" / "A, now part of B"
    (re.compile(rf"{org('a')},?\s+which\s+(?:later\s+|subsequently\s+)?became\s+(?:part\s+of\s+)?{org('b')}"), "a", "b"),
    (re.compile(rf"{org('a')}\s+\((?:now|later)\s+(?:part\s+of\s+)?{org('b')}\)"), "a", "b"),
    # "B acquired A" / "B completed its acquisition of A" / "A was acquired by B" / "A merged into B"
    (re.compile(rf"{org('b')}\s+(?:has\s+|had\s+)?(?:\w+ly\s+)?(?:acquired|completed\s+(?:its|the)\s+acquisition\s+of)\s+{org('a')}"), "a", "b"),
    (re.compile(rf"{org('a')}\s+(?:was|has been|had been)\s+(?:\w+ly\s+)?acquired\s+by\s+{org('b')}"), "a", "b"),
    # "Trubion (which was subsequently acquired by Emergent)", "X prior to its acquisition by Y"
    (re.compile(rf"{org('a')}(?:\s*\([^()]*\))?\s*[(,]?\s*which\s+was\s+(?:\w+ly\s+)?acquired\s+by\s+{org('b')}"), "a", "b"),
    (re.compile(rf"{org('a')}(?:\s*\([^()]*\))?[^.;]{{0,80}}?\b(?:prior\s+to|before|after|following|upon|until)\s+its\s+acquisition\s+by\s+{org('b')}"), "a", "b"),
    # "B acquired all the issued and outstanding common stock of A", "when it acquired A"
    (re.compile(rf"{org('b')}\s+(?:has\s+|had\s+)?(?:\w+ly\s+)?acquired\s+(?:all|100%|substantially\s+all)\s+(?:of\s+)?(?:the\s+)?(?:issued\s+and\s+outstanding\s+)?(?:capital|common|outstanding)?\s*(?:stock|shares|equity)\s+of\s+{org('a')}"), "a", "b"),
    (re.compile(rf"{org('b')}\b[^.;]{{0,120}}?\bwhen\s+it\s+acquired\s+{org('a')}"), "a", "b"),
    (re.compile(rf"{org('a')}\s+(?:merged|was merged)\s+(?:into|with and into)\s+{org('b')}"), "a", "b"),
    (_ACQUISITION_OF, "a", "b"),
    # "We are the successor in interest to A", "B was the successor to A"
    (re.compile(rf"{org('b')}\s+(?:is|was|are|were|became)\s+(?:the\s+)?successor(?:\s+in\s+interest)?\s+(?:to|of)\s+(?:the\s+)?{org('a')}"), "a", "b"),
]
RENAME_RULES = [
    # "B, formerly known as A" / "B (formerly A)" / "A changed its name to B" / "A, now known as B"
    # ("B (OTC Pink: HALB), a Colorado corporation f/k/a A": after its ticker and its legal description)
    re.compile(rf"{org('b')}(?:\s*\([^()\[\]]{{1,40}}\))?(?:,\s+an?\s+[\w\s-]{{1,60}}?(?:corporation|company))?,?\s+\(?(?:formerly|previously|f/k/a)\s+"
               rf"(?:known\s+as\s+)?{org('a')}(?!['\u2019]s)"),
    # "A completed its business combination with C, and changed its name to B"
    re.compile(rf"{org('a')}(?:\s+[^.;]{{0,160}}?,?\s+and)?\s+changed\s+its\s+(?:corporate\s+)?name\s+to\s+{org('b')}"),
    re.compile(rf"{org('a')},?\s+now\s+known\s+as\s+{org('b')}"),
    # 'Talon changed its name from "Talon Biosciences, Inc." to "Verdant Therapeutics, Inc."'
    re.compile(rf"{org('a')}\s+changed\s+its\s+(?:corporate\s+)?name\s+from\s+[\"\u201c]?\[\[O:\d+\]\][\"\u201d]?\s+to\s+[\"\u201c]?{org('b')}"),
]
# "We were incorporated in Delaware in May 2017 under the name AAVogen, Inc.", "... incorporated in 2016 as X":
# the company's own first name, whatever merger the sentence also tells of.
ORIGINAL_NAME = re.compile(
    rf"{org('b')}\s+(?:was|were)\s+(?:originally\s+)?(?:incorporated|formed|organized|founded)\b[^.;]{{0,100}}?\b(?:under\s+the\s+name|as)\s+{org('a')}"
)


# "If Halden's acquisition of Orvane is not completed", "... was blocked", "is expected to close": not done.
_NOT_DONE = re.compile(r"\b(?:[Ii]f|[Ww]hether|expect\w*|anticipat\w*|may|might|would|could|will|blocked|subject\s+to|not|"
                       r"pending|proposed|terminat\w*|abandon\w*|fail\w*|unless|until)\b")


def succession_facts(tagged: Tagged) -> list[Fact]:
    facts = []
    for rule, a, b in SUCCESSION_RULES:
        if rule is _ACQUISITION_OF and _NOT_DONE.search(tagged.template):
            continue
        for m in rule.finditer(tagged.template):
            pred, succ = group_ref(tagged, m, a), group_ref(tagged, m, b)
            if pred != succ and not _MERGER_VEHICLE.search(pred.key):
                facts.append(Fact(pred, "succeededBy", succ, tagged.evidence))
    return facts


# "Merger Sub merged with and into Private Verdant": a subsidiary formed for the merger is its mechanics,
# not a company that the target succeeds.
_MERGER_VEHICLE = re.compile(r"\b(?:merger|acquisition)\s+(?:sub|subsidiary|corp|co)\b|\bmerger ?co\b")


_COMBINATION = re.compile(r"\b(?:business\s+combination|[Mm]erger|merged|acquisition|acquired)\b")


def renames(tagged: Tagged) -> list[tuple[Ref, Ref, bool | None]]:
    """(old, new, combined) triples: one organization under two names, or, when ``combined``, a company
    that merged with another and took a new name ("A completed its business combination with C, and
    changed its name to B": B succeeds A). ``combined`` is None for the name a company was first
    incorporated under, which is its own name whatever its legal form."""
    out = []
    for rule in RENAME_RULES:
        for m in rule.finditer(tagged.template):
            # "Following the Merger, Talon changed its name ...": a merger anywhere in the sentence combines.
            out.append((group_ref(tagged, m, "a"), group_ref(tagged, m, "b"), bool(_COMBINATION.search(tagged.template))))
    out.extend((group_ref(tagged, m, "a"), group_ref(tagged, m, "b"), None) for m in ORIGINAL_NAME.finditer(tagged.template))
    return out


__all__ = [
    "discover_organizations",
    "read_tickers",
    "product_facts",
    "partner_platform_facts",
    "platform_facts",
    "succession_facts",
    "renames",
    "asset",
]
