"""People and their roles: signatories, officers quoted in press releases, contacts.

A string that looks like a name is only taken for a person where the context
says so: a ``/s/`` signature, an attribution ("..., Chairman and CEO, said"), a
title apposition ("Jane Doe, our Chief Medical Officer") or a press contact block.
"""

from __future__ import annotations

import re

from ..model import Document, Evidence, Kind, Ref, Role
from .context import Registry
from .cover import US_STATES
from .entities import LEGAL_NAME, plausible_org_name, trim_name
from .names import (
    GENERATION,
    LEGAL_SUFFIX_RE,
    NAME_SUFFIXES,
    NOT_PERSON_WORDS,
    ORG_KEYWORDS,
    PERSON_NAME,
    STOP_WORDS,
    TITLE_WORDS,
    fold,
    has_legal_suffix,
    looks_like_title,
    title_case,
    with_generation,
)
from .sentences import Sentence
from .truecase import common_words

SPEECH_VERBS = r"\b(?:said|says|commented|comments|stated|states|added|adds|noted|notes|explained|remarked|continued|concluded)"
_NAME = rf"(?P<name>{PERSON_NAME})(?P<suffixes>(?:,?\s+{NAME_SUFFIXES})*)"
# "Mitchel Sayare, Ph.D., ImmunoGen Chairman and CEO, commented"
# ... not a clause that a conjunction opens: "European Union, or EU, member states have adopted" ("states" is no speech there).
ATTRIBUTION_BEFORE = re.compile(rf"{_NAME},\s+(?!(?:or|and|but|nor|which|that|including|such)\b)(?P<title>[^,\"]{{3,100}}?(?:,\s*[^,\"]{{3,60}}?)?),?\s+{SPEECH_VERBS}\b")
# '"...," said Jane Doe, Chief Executive Officer of Acme.'
ATTRIBUTION_AFTER = re.compile(rf"{SPEECH_VERBS}\s+{_NAME},\s+(?P<title>[^\"]{{3,120}}?)(?:[.\"]|$)")
# "Jane Doe, our Chief Medical Officer," / "Jane Doe, Chief Executive Officer of Acme"
# ... "Grace Liu, the Company's current Chief Financial Officer,", "Ana Silva, currently our Chief Operating Officer,".
# ... "Imogen Falconer, Corvessa's Chief Medical Officer, will present"; "its former Chief Commercial Officer" names a person
# whose role is past.
# ... a bracket may follow: "Maren Voss, President & CEO of Halbridge (the Ohio chapter)"; or what the title is for: "Olga Sand,
# Managing Director for Investment".
APPOSITION = re.compile(rf"{_NAME},\s+(?:currently\s+)?(?P<title>(?:the\s+Company's\s+|the\s+|our\s+|its\s+|[A-Z][\w\-]*['\u2019]s\s+)?"
                        rf"(?P<former>former\s+)?(?:(?:current|then-current|incoming|newly\s+appointed)\s+)?(?:[A-Z][\w\-]*\s+(?:and\s+|of\s+|&\s+)?){{0,6}}(?:Officer|President|Chairman|Chairwoman|Chair|Director|CEO|CFO|COO|Founder|Counsel|Secretary|Treasurer|Professor|Head of [A-Z][\w ]+?)(?:\s+of\s+(?P<org>[A-Z][\w.&\- ]+?))?)(?=[,.;)]|\s+(?:and|who|since|at|for)\b|\s+\(|\s*$)")
# "led by Jane Doe as Chief Executive Officer"
# ... or "Jane Doe resigned as Chief Financial Officer", "John Roe, age 52, has served as our President"
# ... "Jane Doe, 52, will succeed John Roe as President", "Peter Lane will step down from his role as CEO",
# ... "Chioma Okafor most recently served as Chief Financial Officer of ...", "Anton Vell will retire as the Chief Executive Officer".
_SERVED = (
    r"(?:,?\s+(?:has|had|will|was|were|who)){0,2}(?:\s+(?:most\s+recently|previously|currently|also|formerly))?\s+(?:resign(?:ed)?|retire[ds]?|stepped\s+down|served|serves|serve|"
    r"continue\s+to\s+serve|been\s+(?:appointed|named|elected)|appointed|named|elected|join(?:ed|s)(?:\s+[\w,]+){1,5}?|joining|step(?:s|ping)?\s+down|"
    rf"succeed(?:s|ed)?\s+{PERSON_NAME}|step(?:s|ped)?\s+down\s+from\s+(?:his|her|their)\s+(?:roles?|positions?))"
)
# "Peter Lee notified the Company of his resignation as Chief Operating Officer", "... informed the Board that he will retire as"
# ... or "notified Zorbix Therapeutics, Inc. (the "Company") of his decision to resign as ..."
_LEAVING = r"\s+(?:notified|informed)\s+(?:the\s+(?:Company|Board)|[A-Z][^()]{2,80}?\(the\s+[\"\u201c]Company[\"\u201d]\))[\w\s,]{0,60}?(?:resignation|retirement|decision\s+to\s+(?:resign|retire|step\s+down)|resign|retire|step\s+down)(?:\s+from\s+(?:his|her|their)\s+(?:positions?|roles?))?"
# "appointed Mary Johnson to serve as Chief Financial Officer", "... to the position of President"
# "Mara Quist, Ph.D., to serve as", "Zhang Wei will assume the role of Chief Operating Officer"
_AS = (r",?\s+(?:as|to\s+serve\s+as|to\s+the\s+(?:position|role|office)s?\s+of|"
       r"(?:will\s+|to\s+)?(?:assumes?|assumed|takes?\s+on|took\s+on)\s+the\s+(?:position|role|office|title)s?\s+of)\s+")
_AGE = r"(?:,\s+(?:age\s+)?\d{2},)?"  # "Jane Doe, 52," / "John Roe, age 61,"
# "Jane Doe, 62, co-founded our company and has served as ...": one short clause before the verb.
# ... or "Marta Kowalczyk is a co-founder of Tessaro and has served as ...", "Temperance Hale is our co-founder and has served as".
_CLAUSE_AND = (r"(?:\s+(?:co-founded|founded|joined)\s+[\w\s]{1,40}?\s+and"
               r"|\s+is\s+(?:a|the|our|its)\s+(?:co-?)?founder(?:\s+of\s+[\w\s]{1,40}?)?\s+and)?")
# "Dr. Mark Williams, Algernon's co-founder, identified ...": a title in lower case after a company's name.
FOUNDER = re.compile(rf"{_NAME},\s+(?P<title>[A-Z][\w\-]*'s\s+(?:co-?founder|founder|chief\s+executive|chairman|president)\b)")
# A release writes a title in lower case: "named Andrea Jackman as its new chief financial officer".
# ... "to serve as the Company's principal accounting officer", "has been appointed president and chief executive officer of
# Halvern Bio", "was appointed as general director of the joint venture", "named managing director".
_LOWER_TITLE = (r"(?:(?:interim|acting)\s+)?(?:(?:chief|senior|executive|vice|general|principal|managing)\b[a-z ,&\-]{0,40}?"
                r"\b(?:officer|president|counsel|secretary|treasurer|executive|director|manager)|president(?:\s+and\s+chief\s+[a-z]+\s+officer)?)"
                r"\b(?!\s+(?:officer|vice)\b)")
# "Jane Doe, who oversaw the Company's operations on an interim basis, will continue to serve as ...": a clause between.
# ... or "appointed Bettina Kraus, formerly Chief Financial Officer of Ostrava Biologics, as its Chief Financial Officer".
_WHO = r"(?:,\s+(?:who|formerly|previously|most\s+recently)\s+[^,;\"]{3,100},)?"
AS_TITLE = re.compile(rf"{_NAME}{_AGE}{_WHO}{_CLAUSE_AND}(?:{_SERVED}|{_LEAVING})?{_AS}(?:its\s+|our\s+|the\s+Company's\s+|the\s+|a\s+)?(?:new\s+|interim\s+|acting\s+)?"
                      rf"(?P<title>(?:[A-Z][\w&\-]*\s?(?:and\s+|of\s+|&\s+)?){{1,6}}|{_LOWER_TITLE})")
# "Robert Kim was appointed Chief Scientific Officer", "Jane Doe, 52, has been named President",
# "Sam Martin has been our Chief Financial Officer since 2019": no "as";
# "Corinne Lambert, who has served as interim Chief Financial Officer since June, has been appointed Chief Financial Officer";
# "Tobias Renn, who is appointed Deputy CEO", "Ines Varga was tapped to be chief scientific officer".
APPOINTED = re.compile(
    rf"{_NAME}{_AGE}{_WHO}(?:,\s+who)?,?\s+(?:(?:(?:has\s+been|had\s+been|was|were|is|will\s+be)\s+(?:appointed|named|elected|promoted\s+to|tapped\s+(?:to\s+be|as))"
    rf"|will\s+become|became)\s+"
    rf"(?:the\s+)?(?:Company's\s+|our\s+|its\s+)?|(?:has\s+been|had\s+been|is|was)\s+(?:our|its|the\s+Company's)\s+)"
    rf"(?P<title>(?:[A-Z][\w&\-]*\s?(?:and\s+|of\s+|&\s+)?){{1,6}}|{_LOWER_TITLE})"
)
# "The Board promoted Kwame Mensah to Chief Technology Officer", "the promotion of Kwame Mensah to ...",
# "the appointment of Kwame Mensah to Executive Vice President", "the resignation of Ana Ruiz as Chief Financial Officer",
# "the transition of Hollis Grange from Chief Operating Officer to Chief Strategy Officer".
PROMOTED = re.compile(
    rf"\b(?:promoted|(?:promotion|appointment|election|resignation|retirement|departure|transition)\s+of)\s+{_NAME}{_AGE}"
    rf"(?:\s+from\s+(?:the\s+)?[A-Z][^,.;]{{2,60}}?)?\s+(?:to|as)\s+(?:the\s+(?:position|role|office)\s+of\s+)?(?:the\s+Company's\s+|our\s+|its\s+)?"
    rf"(?P<title>(?:[A-Z][\w&\-]*\s?(?:and\s+|of\s+|&\s+)?){{1,6}}|{_LOWER_TITLE})"
)
# A release or a news item sets the title in lower case after the name, with what it heads: "Halvard Lind, president
# and CEO of Quarra Pharma Inc., of Boston", "Mina Sato, co-founder and former CEO of Velmora, Inc., has agreed".
_LOWER_WORD = r"(?:[a-z][\w\-]*|CEO|CFO|COO|CSO|CMO)"
_ORG_WORD = r"[A-Z][\w&\-]*(?:\.\w[\w&\-]*)*"  # "Hi-Bred", "S.p.A": a dot inside a word, none that ends a sentence
LOWER_APPOSITION = re.compile(
    rf"{_NAME},\s+(?P<title>{_LOWER_WORD}(?:(?:,\s+|\s+&\s+|\s+){_LOWER_WORD}){{0,7}}?\s+(?:of|at)\s+{_ORG_WORD}(?:\s+{_ORG_WORD}){{0,4}}?"
    rf"(?:,?\s+{LEGAL_SUFFIX_RE}\.?)?)(?=\s*[,.;)]|\s*$)"
)
# ... and the title must have a head: "Ana Ruiz, a patient of Dr. Lee" has none.
_LOWER_HEAD = re.compile(r"\b(?:president|chairman|chairwoman|chair|(?:co-)?founder|CEO|CFO|COO|CSO|CMO|chief|director|officer|counsel|head|partner)\b")
# "Acme appointed Jana Vell chief financial officer": no "as", a title in lower case (where the name ends).
APPOINTED_BARE = re.compile(rf"\b(?:appointed|named|elected)\s+{_NAME}\s+(?P<title>{_LOWER_TITLE})")
# Notice clauses of agreements: "Latham & Watkins LLP ... Attention: Patrick Pohlen Judith Hasko"
ATTENTION = re.compile(rf"\b(?:Attention|Attn\.?)\s*:\s*(?P<names>{PERSON_NAME}(?:(?:\s*(?:,|and|&)?\s+){PERSON_NAME})*)")
# A name followed by a phone number, an e-mail address or "Tel", as contact lines are written ("Tamsin Roe / + 1 (617) ...").
_REACH = r"(?:\(?\d{3}\)?[\s.\-]\d{3}|\+[ ]?\d|[\w.+\-]+@[\w.\-]+|Tel|Phone|Office|Direct|Mobile|[TEPM]:)"
_AGENCY = r"(?:(?:[A-Z][\w&.\-]*,?[ ]){0,3}(?:Communications|Group|Partners|Advisors|Associates|Consulting|PR|LLC|Inc\.?)[\s,|]+)"  # "Halden Bio, Inc.,"
# Lazy middle names: "Jason I. Spark Canale Communications 619-..." is Jason I. Spark of Canale Communications.
# A title may stand between the name and the number: "Will Roberts Vice President, Investor Relations T: ...".
_CONTACT_TITLE = r"(?:(?:[A-Z][\w&\-]*|of|and|&),?[ ]{1,3}){0,7}?"
# "Christine Lindenboom / (Investors and Media) / +1-617-...": whom to call about what, in brackets.
_CONTACT_ROLE = r"(?:\([A-Za-z&,/ ]{2,40}\)[\s,|]+)?"
CONTACT_PERSON = re.compile(
    rf"(?P<name>{PERSON_NAME.replace('{0,2}', '{0,2}?')})(?:,?[ ]{NAME_SUFFIXES})*(?=(?P<tail>[\s,|]+{_AGENCY}?{_CONTACT_TITLE}{_CONTACT_ROLE}){_REACH})"
)
# ... or "Media Inquiries:", "Investor Relations:" on a line of their own (with the colon: a contact's title line has none).
CONTACT_HEADING = re.compile(r"^\W*(?:media |investor |press )?contacts?\W*$|^\W*(?:for further information|for more information)\W"
                             r"|^\W*(?:media|investor|press|analyst)s?\s+(?:inquiries|relations)\s*:\s*$", re.I | re.M)


# A row of a 10-K's "executive officers" or "directors" table: name | age | position; the name may carry
# the marks of footnotes, "Adaeze Okonkwo-Reid (1)(2) | 63 | Director", "Juan Herrera* | 57 | Director".
_FOOTNOTES = r"(?:[ ]?(?:\(\d{1,2}\)|\*|\u2020|\u2021))*"
OFFICER_ROW = re.compile(
    rf"^\|?[ \t]*(?:(?:Dr|Mr|Ms|Mrs)\.?[ ]+)?(?P<name>{PERSON_NAME})(?P<suffixes>(?:,?[ ]{NAME_SUFFIXES})*){_FOOTNOTES}[ \t]*(?:\||[ \t]{{2,}})"
    rf"[ \t]*(?P<age>[2-9]\d)[ \t]*(?:\||[ \t]{{2,}})[ \t]*(?P<title>[^|\n]{{3,200}}?)[ \t]*\|?[ \t]*$",
    re.M,
)


# Members of an agreement's committee, one party's each: "EKR - Graham May, MD - CMO   PPI - Gary Patou, MD - CMO".
MEMBER_ROW = re.compile(
    rf"(?:^|[ \t]{{2,}})(?P<org>[A-Z][\w&.\-]{{1,30}}(?:[ ][A-Z][\w&.\-]*){{0,3}})[ \t]+[-\u2013\u2014][ \t]+{_NAME}"
    rf"[ \t]+[-\u2013\u2014][ \t]+(?P<title>[A-Z][\w&/,\- ]{{1,60}}?)(?=[ \t]{{2,}}|[ \t]*$)",
    re.M,
)


# A release's list of its leaders, one a line: "Marta Kowalczyk - President and Chief Executive Officer".
LEADER_ROW = re.compile(rf"^[ \t]*{_NAME}[ \t]+[-\u2013\u2014][ \t]+(?P<title>[A-Z][\w&/,\- ]{{2,80}}?)[ \t]*$", re.M)


_LEADER_TITLE = re.compile(r"\b(?:Officer|President|Chairman|Chairwoman|Chair|Director|CEO|CFO|COO|CSO|CMO|Founder|Counsel|Secretary|Treasurer|Head)\b")


def _leader_rows(document: Document, registry: Registry) -> list[Role]:
    roles = []
    for m in LEADER_ROW.finditer(document.text):
        name, title = m.group("name").strip(), m.group("title").strip(" ,")
        # a title's head word, not just a word titles use: "Equipment Leases - Operating and Financing" is a heading
        if not plausible_person(name, registry) or looks_like_title(name) or not _LEADER_TITLE.search(title):
            continue
        evidence = Evidence(document.sequence, m.start("name"), m.end("title"), document.text[m.start("name") : m.end("title")])
        roles.append(Role(registry.add(Kind.PERSON, with_generation(name, m.group("suffixes")), evidence), registry.registrant, title, evidence))
    return roles


def find_member_rows(document: Document, registry: Registry) -> list[Role]:
    """Committee members listed as party - name - title: the party must be a known organization; and a
    release's leaders, name - title."""
    roles = _leader_rows(document, registry) if re.search(r"[ \t][-\u2013\u2014][ \t]", document.text) else []
    for m in _in_dashed_lines(MEMBER_ROW, document.text):
        org = registry.lookup(Kind.ORG, m.group("org"))
        name, title = m.group("name").strip(), m.group("title").strip(" ,")
        if org is None or not plausible_person(name, registry) or not looks_like_title(title):
            continue
        evidence = Evidence(document.sequence, m.start("org"), m.end("title"), document.text[m.start("org") : m.end("title")])
        person = registry.add(Kind.PERSON, with_generation(name, m.group("suffixes")), evidence)
        roles.append(Role(person, org, title, evidence))
    return roles


_DASH = re.compile(r"[ \t][-\u2013\u2014][ \t]")


def _in_dashed_lines(pattern: re.Pattern, text: str):
    """Matches of ``pattern`` on lines with two dashes between words: the row pattern is costly on
    every line of a long filing, and a row has two."""
    dashes: dict[int, int] = {}
    for m in _DASH.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        dashes[start] = dashes.get(start, 0) + 1
    for start in sorted(s for s, n in dashes.items() if n >= 2):
        end = text.find("\n", start)
        yield from pattern.finditer(text, start, end if end >= 0 else len(text))


# A row of an 8-K's vote results (Item 5.07): nominee | for | withheld | broker non-votes, the cells often
# with empty ones between ("Aldous R. Pemberton | | 25,931,375 | | 358,489 |") or a share in per cent.
_VOTES = r"\d{1,3}(?:,\d{3})+"
_CELL = r"(?:[ \t]*\|)+[ \t]*|[ \t]{2,}"
VOTE_ROW = re.compile(
    rf"^\|?[ \t]*(?P<name>{PERSON_NAME})(?P<suffixes>(?:,?[ ]{NAME_SUFFIXES})*){_FOOTNOTES}(?:{_CELL})"
    rf"{_VOTES}(?:{_CELL})(?:{_VOTES}|\d+(?:\.\d+)?%?)(?:{_CELL}|[ \t]*$)",
    re.M,
)
_NOMINEES = re.compile(r"(?i)\bnominees?\b|\belection\s+of\s+(?:\w+\s+)?directors?\b|\bbroker\s+non-\s?votes\b|\bdirector\s+name\b")


def find_vote_rows(document: Document, registry: Registry) -> list[Role]:
    """Directors elected by a vote whose counts are tabled: a row is a nominee's under a heading that says so."""
    roles = []
    for m in VOTE_ROW.finditer(document.text):
        name = m.group("name").strip()
        if not _NOMINEES.search(document.text, max(0, m.start() - 1500), m.start()) or not plausible_person(name, registry):
            continue
        evidence = Evidence(document.sequence, m.start("name"), m.end(), document.text[m.start("name") : m.end()].strip())
        person = registry.add(Kind.PERSON, with_generation(name, m.group("suffixes")), evidence)
        roles.append(Role(person, registry.registrant, "Director", evidence))
    return roles


def find_officer_rows(document: Document, registry: Registry) -> list[Role]:
    """10-Ks list officers and directors with their ages; the age column is what makes a row one."""
    roles = find_vote_rows(document, registry) if _NOMINEES.search(document.text) else []
    for m in OFFICER_ROW.finditer(document.text):
        name = m.group("name").strip()
        if not plausible_person(name, registry):
            continue
        title, org = _split_title(m.group("title"), registry)
        if title is None:
            continue
        evidence = Evidence(document.sequence, m.start("name"), m.end("title"), document.text[m.start("name") : m.end("title")])
        person = registry.add(Kind.PERSON, with_generation(name, m.group("suffixes")), evidence)
        roles.append(Role(person, org or registry.registrant, title, evidence))
    if "...." in document.text:
        roles.extend(_listed_rows(document, DOTTED_ROW.finditer(document.text), registry))
    for header in NAME_HEADER.finditer(document.text):
        region = (header.end(), min(len(document.text), header.end() + 4000))
        roles.extend(_listed_rows(document, COLUMN_ROW.finditer(document.text, *region), registry))
        roles.extend(_listed_rows(document, STACKED_ROW.finditer(document.text, *region), registry))
        if "|" in document.text[header.start() : header.end()]:
            roles.extend(_listed_rows(document, PIPE_ROW.finditer(document.text, *region), registry))
    return roles


# Old filings list officers without ages, name and title joined by dots: "* Dr. h.c. Hanno Vogt..........Chairman of the Board".
DOTTED_ROW = re.compile(
    rf"^[ \t*\u2022]*(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?[ ]+)?(?:h\.c\.[ ]+)?(?P<name>{PERSON_NAME})(?P<suffixes>(?:,?[ ]{NAME_SUFFIXES})*){_FOOTNOTES}"
    rf"[ \t]*\.{{4,}}[ \t]*(?P<title>[A-Z][^\n.]{{2,120}}?)[ \t]*$",
    re.M,
)
# ... or in columns under a heading that names them ("NAME    POSITION/PRESENT PRINCIPAL OCCUPATION", "Name    Title    Address",
# "Set forth below is the name, present principal occupation ... of each director"):
# or a heading of its own ("Board of Directors", "Executive Officers of the Registrant", "Management Team"):
NAME_HEADER = re.compile(r"(?im)^[ \t|*]*names?\b[^\n]{0,120}?\b(?:title|position|occupation)s?\b|\bnames?,?[ ]+(?:present[ ]+)?(?:principal[ ]+)?(?:occupation|position|title)"
                         r"|^[ \t]*(?:board[ ]+of[ ]+directors|(?:executive[ ]+)?officers(?:[ ]+of[ ]+the[ ]+registrant)?|management(?:[ ]+team)?|leadership[ ]+team)[ \t]*:?[ \t]*$")
# "Ingrid M. Salo(1)          Senior Vice President, Finance          U.S.A.": the name, then the title's first cell;
COLUMN_ROW = re.compile(
    rf"^[ \t]*(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?[ ]+)?(?P<name>{PERSON_NAME})(?P<suffixes>(?:,?[ ]{NAME_SUFFIXES})*){_FOOTNOTES},?[ \t]{{2,}}"
    rf"(?P<title>[A-Z][^\n]*?)(?=[ \t]{{2,}}|[ \t]*$)",
    re.M,
)
# or a table's row with no age: "| Ines Varga | Chief Scientific Officer |", "Ines Varga (1) | Director" under "Name | Position(s)";
PIPE_ROW = re.compile(
    rf"^\|?[ \t]*(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?[ ]+)?(?P<name>{PERSON_NAME})(?P<suffixes>(?:,?[ ]{NAME_SUFFIXES})*){_FOOTNOTES}[ \t]*\|"
    rf"[ \t]*(?P<title>[A-Z][^|\n]{{2,200}}?)[ \t]*(?:\||$)",
    re.M,
)
# or the name on a line of its own and the title on the next: "    Oskar T. Lindqvist\n    Chairman, President and Chief Executive Officer",
# "* Rhea Lind, M.D.\nExecutive Vice President/".
STACKED_ROW = re.compile(rf"^[ \t]*(?:[*\u2022][ ]?)?(?P<name>{PERSON_NAME})(?P<suffixes>(?:,?[ ]{NAME_SUFFIXES})*)[ \t]*\n[ \t]*(?P<title>[A-Z][^\n]{{2,120}}?)[ \t]*$", re.M)


# Directors' occupations elsewhere: "Managing General Partner", "Professor of Chemical Engineering".
_ROW_HEAD = re.compile(r"\b(?:Partner|Professor|Manager)\b")


def _listed_rows(document: Document, matches, registry: Registry) -> list[Role]:
    """Rows of a list of officers or directors: a name and a title with a title's head word."""
    roles = []
    for m in matches:
        name, raw = m.group("name").strip(), m.group("title").strip(" ,")
        if not (_LEADER_TITLE.search(raw) or _ROW_HEAD.search(raw)) or not plausible_person(name, registry) or looks_like_title(name):
            continue
        title, org = _split_title(raw, registry)
        if title is None:
            continue
        evidence = Evidence(document.sequence, m.start("name"), m.end("title"), document.text[m.start("name") : m.end("title")])
        person = registry.add(Kind.PERSON, with_generation(name, m.group("suffixes")), evidence)
        roles.append(Role(person, org or registry.registrant, title, evidence))
    return roles


_HONORIFIC = r"(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?"
_HONORIFIC_PREFIX = re.compile(r"^(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+")
# '"...," said John Smith.' / 'According to Dr. Wei Chen, ...': someone quoted, whose title is not given;
# or whom someone succeeds: "will succeed Daniel Ruiz, who will remain with the Company".
QUOTED = re.compile(rf"(?:{SPEECH_VERBS}|[Aa]ccording\s+to|\bsucceed(?:s|ed|ing)?)\s+{_HONORIFIC}{_NAME}(?=\s*(?:[.,;\"\u201d]|$))")
# "led by Chief Executive Officer Robert King", "said Acme's Chief Business Officer, Laura Kim."
_TITLE_HEAD = r"(?:Officer|President|Chairman|Chairwoman|Director|CEO|CFO|COO|CSO|CMO|Founder|Counsel|Secretary|Treasurer|Professor)"
TITLE_BEFORE = re.compile(
    rf"(?P<title>(?:[A-Z][\w\-]*'s\s+)?(?:[A-Z][\w\-]*\s+(?:and\s+|of\s+|&\s+)?){{0,5}}{_TITLE_HEAD}(?:\s+and\s+[Cc]o-?[Ff]ounder)?),?\s+{_HONORIFIC}{_NAME}"
    # "Acme Pharmaceuticals CEO and co-founder Jane Doe told Benzinga": a verb may follow the name
    # ... "Ostrava Biologics' Chief Executive Officer Pavel Novotny will join the Board": or a verb of the sentence
    # ... "President and CEO, Talia Brenner and CFO Odell Marsh are scheduled", "Chairman Ruben Osei today issued"
    rf"(?=\s*(?:[.,;)]|and\b|$)|\s+(?:{SPEECH_VERBS}|told|joined|joins|disclosed|announced|will|would|has|had|is|was|are|were|leads|led|today|issued)\b)"
)


# "The company's chief executive, Jana Vell, said": a title in lower case, after a possessive, before the name.
LOWER_TITLE_BEFORE = re.compile(rf"(?:[Cc]ompany's|[Ii]ts|[Oo]ur|[A-Z][\w\-]*'s)\s+(?P<title>{_LOWER_TITLE}),\s+{_HONORIFIC}{_NAME},")


# "Biogen research and development head Alfred Sandrock, Jr. said": a title in lower case before the speaker
# ("Interim chief executive Corwin Hale said").
LOWER_HEAD_SAID = re.compile(rf"\b(?P<title>(?:[a-z][\w\-]*\s+(?:and\s+)?){{0,4}}(?:head|chief(?:\s+executive(?:\s+officer)?)?|co-?founder|founder|chairman|chair|president))\s+{_NAME}"
                             rf",?\s+{SPEECH_VERBS}\b")


# "... said Chief Executive Officer Dana Whitfield during the call": the title between the verb and the name.
SAID_TITLE = re.compile(rf"{SPEECH_VERBS}\s+(?P<title>(?:[A-Z][\w\-]*\s+(?:and\s+|of\s+|&\s+)?){{0,5}}{_TITLE_HEAD}),?\s+{_HONORIFIC}{_NAME}")
# ... in lower case: '"...," said principal investigator Imre Halasz, MD, of Ridgeway Medical Center'.
LOWER_SAID_TITLE = re.compile(rf"{SPEECH_VERBS}\s+(?P<title>(?:(?:co-?)?principal|lead)\s+investigator|{_LOWER_TITLE}),?\s+{_HONORIFIC}{_NAME}")
# "The CEO of the Orrin Foundation (OF), Tamsin Reyes, said": the title and what it heads before the name, set off by commas.
TITLE_OF_BEFORE = re.compile(rf"\b[Tt]he\s+(?P<title>(?:CEO|CFO|COO|[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){{0,3}}|{_LOWER_TITLE}|chairman|president|head)"
                             rf"\s+of\s+(?:the\s+)?[A-Z][^,;\"()]{{2,80}}?)(?:\s+\([^()]{{1,20}}\))?,\s+{_HONORIFIC}{_NAME},\s+{SPEECH_VERBS}")


# Directors, who are often named in lists: "A, B and C resigned from the Board", "the Board elected
# Jane Doe, Ph.D., as a Class I director", "the Board consists of A, who ..., and B, C and D".
_BOARD = r"(?:the\s+|its\s+|our\s+|the\s+Company's\s+)?(?:Board|board)(?:\s+of\s+(?:Directors|directors))?"
_A_DIRECTOR = r"(?:a\s+|an\s+)?(?:Class\s+[IV]+\s+)?(?:independent\s+|non-executive\s+)?(?:[Dd]irectors?|members?\s+of\s+" + _BOARD + ")"
# A list of names: "A, B, Ph.D., C and D", a relative clause allowed after a name ("A, who continues ..., and B").
# ... or an apposition in lower case: "founded by Dr. A, a professor of immunology at B University, and C".
_LISTED = rf"{PERSON_NAME}(?:,?\s+{NAME_SUFFIXES})*(?:\s*\((?:Chair|Chairman|Chairwoman|Chairperson)\))?(?:,\s+(?:who\b|an?\s+[a-z])[^,.;]*,)?"
_NAMES = rf"(?P<names>{_LISTED}(?:(?:,\s+|,?\s+and\s+){_LISTED}){{0,12}})"
# A count or "the following" before a list: "seven members:", "the following five directors:"
_COUNTED = r"(?:(?:the\s+following\s+)?(?:\w+\s+)?(?:members|directors|individuals|persons)\s*[:,]?\s*(?:namely\s+)?)?"
# A board's committees only: a joint steering committee seats employees of both parties.
_BOARD_COMMITTEE = r"(?:Audit|Compensation|Nominating|Nomination|Governance|Remuneration|Risk|Finance|Executive)\b[\w\s&,]{0,40}?[Cc]ommittee"
# "The following individuals were elected as Class III Directors ...: A and B", "the following directors continued ...: A, B"
FOLLOWING = re.compile(rf"\b[Tt]he\s+following\s+(?:\w+\s+)?(?:individuals|persons|nominees|directors|executive\s+officers)\b[^.:;]{{0,160}}:\s+{_NAMES}")
# "The Company's initial representatives on the Joint Steering Committee shall be A and B": one party's members.
REPRESENTATIVES = re.compile(rf"\brepresentatives?\s+(?:on|to)\s+the\s+(?:[A-Z][\w\-]*\s+){{0,4}}Committee\s+(?:shall|will)\s+be\s+{_NAMES}")
# A power of attorney on a signature page: "hereby constitutes and appoints Dana Lowe and Felix Ambrose, and each of them, his true
# and lawful attorneys-in-fact".
ATTORNEYS = re.compile(rf"\b[Cc]onstitutes?\s+and\s+appoints?\s+{_NAMES}(?=,?\s+(?:and\s+each|each|jointly|severally|as\s+(?:his|her|its|their)|(?:his|her|its|their)\s+true))")
# "Qorvant was founded in 2016 by Dr. A and B": its founders, listed as directors are.
FOUNDED = re.compile(rf"\b(?:co-?)?founded\s+(?:in\s+\d{{4}}\s+)?by\s+{_NAMES}")
DIRECTORS = [  # (words the pattern needs, pattern): the cheap look spares most sentences the costly one
    # ... "Gregor Mattheisen has decided to step down from the Board"
    (re.compile(r"resign|retire|step"),
     # ... "and Ruth Calder, who resigned from the Board in May"
     re.compile(rf"{_NAMES},?\s+(?:each\s+|who\s+)?(?:have\s+|has\s+)?(?:(?:decided|elected|chosen)\s+to\s+|will\s+)?"
                rf"(?:resigned|retired|resign|retire|step(?:ped)?\s+down)\s+(?:as\s+{_A_DIRECTOR}|from\s+{_BOARD})")),
    # "On May 2, Ivo Brandt, Lena Marsh and Otto Quinn, each a member of the Company's Board of Directors, notified ..."
    (re.compile(r"each\s+an?\s+(?:member|director)"),
     re.compile(rf"{_NAMES},\s+each\s+an?\s+(?:member\s+of\s+(?:the\s+Company['\u2019]s\s+|the\s+|its\s+|our\s+)?(?:Board|board)|director\b)")),
    # "the Board accepted the resignation of Hollis Vandermeer as a director"
    (re.compile(r"(?:resignation|retirement|departure)\s+of"),
     re.compile(rf"\b(?:resignation|retirement|departure)\s+of\s+{_NAMES},?\s+(?:as\s+{_A_DIRECTOR}|from\s+{_BOARD})")),
    # "Priscilla Oyelaran-Hughes informed the Company that she will not stand for re-election"
    (re.compile(r"re-?election"),
     re.compile(rf"(?P<names>{PERSON_NAME})(?:,?\s+{NAME_SUFFIXES})*,?\s+(?:(?:informed|notified|advised)\s+the\s+(?:Company|Board)[^.;]{{0,40}}?|"
                rf"(?:has\s+)?(?:decided|elected|chosen|indicated)\s+|will\s+|did\s+)not\s+(?:to\s+)?(?:stand|seek|run)\s+for\s+re-?election")),
    # ... "it has added Nils Ober to its board of directors"
    (re.compile(r"appointed|elected|named|added"),
     re.compile(rf"\b(?:appointed|elected|named|added)\s+{_NAMES}{_AGE},?\s+(?:as\s+{_A_DIRECTOR}|to\s+(?:serve\s+on\s+)?{_BOARD}|to\s+fill\s+(?:the|a)\s+vacancy)")),
    # "Orla Fitzsimmons has been appointed to the Company's Board", "... was elected to the Board", "... joined the Board"
    (re.compile(r"appointed|elected|named"),
     re.compile(rf"{_NAMES}{_AGE},?\s+(?:(?:has|have)\s+been|was|were|will\s+be)\s+(?:appointed|elected|named)\s+(?:as\s+{_A_DIRECTOR}|to\s+(?:serve\s+on\s+)?{_BOARD})")),
    (re.compile(r"joined"), re.compile(rf"{_NAMES}{_AGE},?\s+(?:has\s+)?joined\s+{_BOARD}")),
    (re.compile(r"following"), FOLLOWING),
    # "The independent directors of the Company are A, B and C", "Our executive officers are A and B"
    (re.compile(r"(?:directors|officers)\b[^.;]{0,30}\bare\b"),
     re.compile(rf"\b(?P<what>directors|executive\s+officers)(?:\s+of\s+(?:the\s+Company|{_BOARD}))?\s+are\s+{_NAMES}")),
    # "Our board of directors currently consists of seven members: A, B and C", "is composed of the following directors:"
    (re.compile(r"consists?\s+of|composed\s+of|comprised\s+of"),
     re.compile(rf"\b{_BOARD}\b[^.;]{{0,60}}?\b(?:consists?|(?:is\s+)?(?:composed|comprised))\s+of\s+{_COUNTED}{_NAMES}")),
    # "The Audit Committee is composed of Lucas Brandvold (Chair), Annika Thorsen and Jerome Whitcombe"
    # (a board's committees only: a joint steering committee seats employees of both parties)
    (re.compile(r"[Cc]ommittee"), re.compile(rf"\b{_BOARD_COMMITTEE}\b[^.;]{{0,40}}?\b(?:consists?\s+of|(?:is\s+)?composed\s+of|members\s+are)\s+{_NAMES}")),
    (re.compile(r"founded"), FOUNDED),
    (re.compile(r"representative"), REPRESENTATIVES),
    (re.compile(r"onstitutes?\s+and\s+appoints?"), ATTORNEYS),
    # "The members of our Audit Committee are A, B and C"
    (re.compile(r"members\s+of"), re.compile(rf"\bmembers\s+of\s+(?:our|the|its)\s+{_BOARD_COMMITTEE}\s+are\s+{_NAMES}")),
    # "the appointment of two new independent directors, A and B, to its Board": the names in apposition
    # ... or "Velmora's founders, A and B, continue to serve": the word names their role
    (re.compile(r"(?:directors?|founders?|officers),"),
     # ... "retaining two officers, Dale Monti and Paul Brandt, to complete ..."
     re.compile(rf"\b(?:(?:independent|non-executive|new|lead)\s+)*(?P<what>directors?|co-?founders?|founders?|officers),\s+{_NAMES}(?=,|\s+to\b|\.|$)")),
    # a director's biography: "Harold M. Tesch, age 66, has served as a member of our Board since 2016"
    (re.compile(r"serve[ds]?|been"),
     # ... "has served on our board of directors since 2021"
     re.compile(rf"(?P<names>{PERSON_NAME})(?:,?\s+{NAME_SUFFIXES})*{_AGE}\s+(?:has\s+served|has\s+been|served|serves)\s+(?:as\s+{_A_DIRECTOR}|{_A_DIRECTOR}|on\s+{_BOARD})\b"
                rf"(?![^.;]{{0,16}}\bof\s+(?:the\s+)?[A-Z])")),  # not "a member of the board of directors of Halvern Bio, Inc."
    (re.compile(r"(?:his|her|their)\s+(?:resignation|retirement)"),
     re.compile(rf"(?P<names>{PERSON_NAME})(?:[^.;]|\.(?!\s+[A-Z])){{0,120}}?\b(?:his|her|their)\s+(?:resignation|retirement)\s+"
                rf"(?:from|as\s+(?:a\s+)?(?:director|member)\s+of)\s+{_BOARD}")),
]
_SUFFIXES = re.compile(rf"(?:,?\s+{NAME_SUFFIXES})*")
_RELATIVE = re.compile(r"(?<=,)\s+(?:who\b|an?\s+[a-z])[^,.;]*(?=,)")


def _directors(sentence: Sentence, registry: Registry) -> list[Role]:
    roles = []
    for needed, pattern in DIRECTORS:
        if not needed.search(sentence.text):
            continue
        for m in pattern.finditer(sentence.text):
            org, title = _list_role(pattern, m, sentence, registry)
            if title is None:
                continue
            names = _RELATIVE.sub(lambda r: " " * len(r.group(0)), m.group("names"))  # keeps positions
            for nm in re.finditer(PERSON_NAME, names):
                name = _bare_name(nm.group(0))
                if not plausible_person(name, registry) or looks_like_title(name):
                    continue
                name = with_generation(name, _SUFFIXES.match(names, nm.end()).group(0))  # "Richard E. Holloway III resigned"
                evidence = sentence.span(m.start("names") + nm.start(), m.end())
                roles.append(Role(registry.add(Kind.PERSON, name, evidence), org, title, evidence))
    return roles


def _list_role(pattern: re.Pattern, m: re.Match, sentence: Sentence, registry: Registry) -> tuple[Ref | None, str | None]:
    """The organization and title a list's people have: directors of the filer, unless the words say founders (of the
    company named before), a party's committee members, executive officers; none where the words say nothing."""
    what = m.groupdict().get("what") or ""
    if pattern is FOUNDED or "ounder" in what:
        return _founded_org(sentence, m, registry), "Founder"
    if pattern is REPRESENTATIVES:
        return _founded_org(sentence, m, registry), "Committee Member"
    if pattern is ATTORNEYS:
        return registry.registrant, "Attorney-in-Fact"
    announcing = sentence.text[m.start() : m.start("names")] if pattern is FOLLOWING else what
    if "officer" in announcing.lower():
        return registry.registrant, "Executive Officer"
    if pattern is FOLLOWING and not re.search(r"(?i)director|board", announcing):
        return None, None  # "the following individuals received awards: ..."
    return registry.registrant, "Director"


def _founded_org(sentence: Sentence, m: re.Match, registry: Registry) -> Ref | None:
    """'Halden Bio was founded by A', "Halden's founders, A and B", "Halden's representatives on the Committee shall be A":
    the company named before, else the filer."""
    orgs = [r for _, _, r in registry.find(sentence.text[: m.start()]) if r.kind is Kind.ORG]
    return orgs[-1] if orgs else registry.registrant


# "Marta Kowalczyk (President and Chief Executive Officer), Devin Ashworth (Chief Financial Officer)": a title in brackets.
# ... or "Valentina Rossi (CEO, Halcyra)": the company after the title; "Svetlana Orlova (Chairman of the Board)".
PAREN_TITLE = re.compile(rf"{_NAME}\s+\((?P<title>(?:[A-Z][\w\-]*\s+(?:and\s+|of\s+|&\s+)?){{0,5}}{_TITLE_HEAD}(?:\s+of\s+the\s+Board)?(?:,\s+[A-Z][^()]{{1,60}})?)\)")


# Agreements name the people of a project by their role: "Principal Investigator: Gwendolyn Achebe-Ford",
# "Ostrander's initial Alliance Manager shall be Tobias Renwick".
_PROJECT_ROLE = r"(?:Principal\s+Investigator|Project\s+(?:Leader|Manager)|Alliance\s+Manager|Study\s+Director|Medical\s+Monitor)"
PROJECT_ROLE = re.compile(rf"\b(?P<title>{_PROJECT_ROLE})(?:\s*:[ \t]*|\s+(?:shall|will)\s+be\s+|\s+is\s+){_HONORIFIC}{_NAME}(?=\s*(?:[.,;)]|$)|\s+[A-Z][a-z]+:)")  # the next label may follow on its line


# "Our Chief Financial Officer is Terrence Gallo."
TITLE_IS = re.compile(
    rf"\b(?:[Oo]ur|[Ii]ts|(?:[Tt]he\s+)?Company's)\s+(?P<title>(?:[A-Z][\w\-]*\s+(?:and\s+|of\s+|&\s+)?){{0,5}}{_TITLE_HEAD})\s+is\s+{_HONORIFIC}{_NAME}(?=\s*(?:[.,;]|$))"
)


# What at least one pattern needs: a speech verb, "as" / "position of", or a title's head word.
_MAY_NAME = re.compile(rf"{SPEECH_VERBS}|ccording\s+to|succeed|Investigator|Manager|Leader|Monitor|Professor|founder|\bas\b|\b(?:position|role|office)s?\s+of\b|{_TITLE_HEAD}|Chair|Head\s+of|\bchief\b|\bofficer\b|\bpresident\b")


# News articles name their writer and photographer: "By Meg Flippin, Benzinga" on a line of its
# own under the headline, "Featured photo by Ana Ruiz on Unsplash." They are people of the text.
# "By Morgan Stanley, as Representative" signs for a firm: not a byline.
BYLINE = re.compile(rf"^By\s+{_NAME}(?=\s*(?:,(?!\s*as\b)[^\n]{{0,60}})?$)")
# "developed in the laboratory of Dr. Ana Lucía Prieto": a title of address makes a person of any name.
# Not a street named after one: "Av. Dr Chucri Zaidan, 1240".
# The name ends where its word does: "Av. Dr Chucri Zaidan, 1240" is no "Dr Chucri Zaida" (the sentence may start at "Dr").
HONORIFIC = re.compile(rf"(?<!Av\.\s)(?<!Avenida\s)(?<!Rua\s)(?<!Calle\s)\b(?:Dr|Prof|Professor|Sir|Dame)\.?[ ]{{1,2}}{_NAME}(?![\w\-])(?!,?\s+\d)")
# "Malcolm K. Brenwick, M.D., Ph.D., a pioneer", "Alina Moor, Ph.D., who intends to serve": a doctor's degree after a
# name makes a person (not "University of Texas System, M.D. Anderson Cancer Center": a name goes on after it).
# ... or a lawyer's: "Copies to: Rhea M. Lind, Esquire"; a title may follow the degree where a letter closes ("Ivo Marek, Ph.D.
# President and Chief Executive Officer").
DEGREED = re.compile(rf"(?P<name>{PERSON_NAME}),\s+(?:Ph\.\s?D\.|M\.\s?D\.|Pharm\.\s?D\.|D\.\s?Phil\.|MBBS|MBChB|DVM|PhD|Esq\.|Esquire)"
                     rf"(?:(?![ ]+[A-Z]|\w)|(?=[ ]+(?:President|Chief|Chair|Chairman|Chairwoman|Executive|Director|Founder|Co-Founder|Senior|Vice|General)\b))")
# "developed in the laboratory of George Gittson, a professor of surgery": a professor is a person, whatever the title's case.
PROFESSOR = re.compile(rf"(?P<name>{PERSON_NAME}),\s+(?:an?\s+|the\s+)?(?:(?:associate|assistant|adjunct|clinical|visiting)\s+)?professor\b")
# A credit says where the picture is from: "on Unsplash", "for Reuters", "/Getty Images".
CREDIT = re.compile(rf"\b(?:[Pp]hoto(?:graph)?|[Ii]mage)\s+by\s+{_NAME}(?=\s+(?:on|for|via)\s+[A-Z]|\s*/\s*[A-Z])")


# "the departure of Jeffrey Tamm from such position", "following the retirement of Mr. Alden Fisk": whom an 8-K says left.
DEPARTED = re.compile(rf"\b(?:departure|resignation|retirement|death|passing)\s+of\s+{_HONORIFIC}{_NAME}"
                      rf"(?=\s*[,.;]|\s+(?:from|as|effective|on|in|and|who)\b|\s*$)")


# Old proxies and 10-Ks print a biography's name in capitals: "HALVARD J. LIND, PH.D., has served as a Director since 1995",
# "MARTA OKONJO, age 52, joined the Company in 1998" (an initial, a degree or an age: "NET SALES have been" is no one).
_UPPER_WORD = r"[A-Z][A-Z'\-]+"
UPPER_BIO = re.compile(
    rf"^[ \t]*(?P<name>{_UPPER_WORD}(?:[ ][A-Z]\.(?:[ ]{_UPPER_WORD}){{1,2}}|[ ]{_UPPER_WORD}(?:[ ][A-Z]\.)?[ ]{_UPPER_WORD}(?=,[ ]+(?:PH|M)\.D\.)))"
    r"(?P<suffixes>(?:,[ ]+(?:PH\.D\.|M\.D\.|JR\.|SR\.|III|II))*)"
    r"(?=,?[ ]+(?:has[ ]+(?:served|been)|is[ ]+(?:our|the|a|an)[ ]|was[ ]+(?:appointed|elected|named)|joined)|,[ ]+(?:age[ ]+)?\d{2},)", re.M)


# An interviewer a video item names: "Halvern Bio CEO Ana Ruiz joined Tomas Kell from Brightline to discuss the agreement".
JOINED_FROM = re.compile(rf"\bjoined\s+{_HONORIFIC}{_NAME}\s+from\s+(?:the\s+)?[A-Z]")


# A letter's close names its writer: "Sincerely, Jane Q. Roe" (the title may follow on the same line).
CLOSING = re.compile(rf"\b(?:Sincerely|Very\s+truly\s+yours|Yours\s+(?:truly|sincerely)|Respectfully(?:\s+submitted)?|(?:Best|Kind)\s+regards),?\s+"
                     rf"(?:/s/\s*)?{_NAME}(?=\s*(?:[,.;]|$)|\s+(?:Chairman|Chair|President|Chief|Executive|Director|Founder|CEO)\b)")


# "thanked Bernard Kessler for his contributions", "payable to Ana Ruiz and her designees": a person's pronoun.
PRONOUNED = re.compile(rf"{_HONORIFIC}{_NAME}\s+(?:and|for)\s+(?:his|her)\b")


# "I, Rowena T. Castellanos, certify that:" (a certification of a report); 'and Beatrix Lindahl ("Executive")': a party
# an agreement defines by a person's role.
CERTIFIES = re.compile(rf"\bI,\s+{_NAME},(?:\s+[^,]{{3,100}}?,)?\s+(?:do\s+)?(?:hereby\s+)?certify")
DEFINED_PERSON = re.compile(rf"{_NAME},?\s+\((?:the\s+)?[\"\u201c](?:Executive|Employee|Consultant|Advisor|Optionee|Grantee|Indemnitee)[\"\u201d]\)")


_AGENCY_WORDS = {"images", "photos", "photography", "pictures", "studio", "studios", "media", "news", "wire", "press", "agency"}


_MAY_BE_ADDRESSED = re.compile(  # without these, none of the patterns can match
    r"^By\s|[Pp]hoto|[Ii]mage|\b(?:Dr|Prof|Professor|Sir|Dame)\b|incerely|ours|espectfully|egards|\b(?:his|her)\b|ertify"
    r"|[\"\u201c](?:Executive|Employee|Consultant|Advisor|Optionee|Grantee|Indemnitee)|departure|resignation|retirement|death|passing"
    r"|(?m:^[ \t]*[A-Z]{2,}[ ][A-Z])|joined\s+[A-Z]")
_MAY_BE_DESCRIBED = re.compile(r",\s+(?:Ph|M|Pharm|D)\.|,\s+(?:MBBS|MBChB|DVM|PhD|Esq)|professor\b")


def _addressed(sentence: Sentence, registry: Registry) -> None:
    """People named as such without a role: a byline, a photo credit, a title of address, a letter's close, a certifier."""
    common = common_words()
    for pattern in (BYLINE, CREDIT, HONORIFIC, CLOSING, PRONOUNED, CERTIFIES, DEFINED_PERSON, DEPARTED, UPPER_BIO, JOINED_FROM):
        for m in pattern.finditer(sentence.text):
            # "Associate Professor Dr. Wilma C. Hartz": the second title of address is no part of the name
            name = title_case(_HONORIFIC_PREFIX.sub("", m.group("name").strip()))
            if pattern is PRONOUNED:
                name = _after_first_words(name, m.start() == 0)
            name = with_generation(name, m.group("suffixes"))
            # an agency or a desk is credited as often as a person: "Photo by Getty Images", "By Staff Writer";
            # "Dr. Mark Williams" is addressed as a person, whatever words his names are
            if pattern in (BYLINE, CREDIT) and any(w.lower() in common or w.lower() in _AGENCY_WORDS
                                                for w in name.split() if len(w.strip(".")) > 1):
                continue
            if plausible_person(name, registry) and not looks_like_title(name):
                ref = registry.add(Kind.PERSON, name, sentence.span(m.start("name"), m.end("name")))
                registry.mentions[ref].quoted = True  # a person, role unknown (see Mention.quoted)


def _described(sentence: Sentence, registry: Registry) -> None:
    """People a degree or a professorship marks, whom no pattern gave a role: "Malcolm K. Brenwick, M.D., Ph.D.,
    a pioneer", "George Gittson, a professor of surgery" (one with a role keeps the evidence of its role)."""
    for pattern in (DEGREED, PROFESSOR):
        for m in pattern.finditer(sentence.text):
            name = m.group("name").strip()
            if registry.lookup(Kind.PERSON, name) is None and plausible_person(name, registry) and not looks_like_title(name):
                ref = registry.add(Kind.PERSON, name, sentence.span(m.start("name"), m.end("name")))
                registry.mentions[ref].quoted = True  # a person, role unknown (see Mention.quoted)


# "Ms. Haddad-Rizk will serve as ...", "Dr. Sato, age 54,", "Ms. McAllister": a title of address before a family name alone.
ADDRESSED_SURNAME = re.compile(r"\b(?:Mr|Ms|Mrs|Dr)\.[ ]{1,2}(?P<surname>[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:[-'][A-Z][a-z]+)?)\b(?![ ]+[A-Z]|-)")


def _after_first_words(name: str, at_start: bool) -> str:
    """'Then Patrick Brennan' -> 'Patrick Brennan': a word of the language before a name is none of it, where
    it opens the sentence ("Grace Ann Hall" elsewhere keeps her given name)."""
    words = name.split()
    while len(words) > 2 and (words[0].lower() in STOP_WORDS or (at_start and words[0].lower() in common_words())):
        words, at_start = words[1:], False
    return " ".join(words)


def _addressed_surnames(sentences: list[Sentence], registry: Registry) -> None:
    """Filings name a person in full once and then as "Mr. Surname": the full name whose family name a title of
    address takes up elsewhere is a person's, though no pattern gave its role ("the employment agreement with
    Nadia Haddad-Rizk ... Ms. Haddad-Rizk will serve as")."""
    known = {m.name.split()[-1] for m in registry.of_kind(Kind.PERSON)}
    surnames = {m.group("surname") for s in sentences if "." in s.text for m in ADDRESSED_SURNAME.finditer(s.text)} - known
    for surname in surnames:
        for sentence in (s for s in sentences if surname in s.text):
            for m in re.finditer(PERSON_NAME, sentence.text):
                name = _after_first_words(_bare_name(m.group(0)), m.start() == 0)
                if name.split()[-1] == surname and plausible_person(name, registry) and not looks_like_title(name):
                    start = m.start() + m.group(0).find(name)
                    ref = registry.add(Kind.PERSON, name, sentence.span(start, start + len(name)))
                    registry.mentions[ref].quoted = True  # a person, role unknown (see Mention.quoted)


# What at least one of the directors' patterns needs.
_MAY_LIST = re.compile(r"oard|irector|epresentative|ommittee|founde[dr]|re-?election|officers|onstitut")


def find_people(sentences: list[Sentence], registry: Registry) -> list[Role]:
    roles: list[Role] = []
    for sentence in sentences:
        if _MAY_BE_ADDRESSED.search(sentence.text):
            _addressed(sentence, registry)
        if _MAY_LIST.search(sentence.text):
            roles.extend(_directors(sentence, registry))
        if _MAY_NAME.search(sentence.text):  # else no title and no speech verb: none of the patterns can match
            roles.extend(_titled(sentence, registry))
        if _MAY_BE_DESCRIBED.search(sentence.text):
            _described(sentence, registry)
    _addressed_surnames(sentences, registry)
    _nickname_aliases(registry)
    return roles


# A nickname between a given name and a family name: "Edgar (Chip) Cale", 'Argeris ("Jerry") N. Karabelas'.
_NICKNAME = re.compile(r"[ ]\(?[\"\u201c]?(?P<nick>[A-Z][a-z]+)[\"\u201d]?\)?(?=[ ])")


def _nickname_aliases(registry: Registry) -> None:
    """A person printed with a nickname is named without it too ("Edgar Cale"), and by it ("Chip Cale")."""
    for mention in registry.of_kind(Kind.PERSON):
        m = next((m for m in _NICKNAME.finditer(mention.name) if m.group(0).strip() != m.group("nick")), None)
        if m is None:
            continue  # middle names, no nickname
        ref = registry.lookup(Kind.PERSON, mention.name)
        if ref is not None:
            registry.add_alias(ref, mention.name[: m.start()] + mention.name[m.end() :])
            registry.add_alias(ref, f"{m.group('nick')} {mention.name.split()[-1]}")


def _titled(sentence: Sentence, registry: Registry) -> list[Role]:
    roles = []
    for pattern in (ATTRIBUTION_BEFORE, ATTRIBUTION_AFTER, APPOSITION, FOUNDER, AS_TITLE, APPOINTED, PROMOTED, APPOINTED_BARE, TITLE_BEFORE,
                    LOWER_TITLE_BEFORE, SAID_TITLE, LOWER_SAID_TITLE, TITLE_OF_BEFORE, TITLE_IS, LOWER_HEAD_SAID, PAREN_TITLE, PROJECT_ROLE):
        for m in pattern.finditer(sentence.text):
            role = _role(m, sentence, registry)
            if role:
                roles.append(role)
    if "," in sentence.text and _LOWER_HEAD.search(sentence.text):  # the costly pattern only where its title can be
        for m in LOWER_APPOSITION.finditer(sentence.text):
            if _LOWER_HEAD.search(m.group("title")) and (role := _role(m, sentence, registry)):
                roles.append(role)
    for m in QUOTED.finditer(sentence.text):
        name = m.group("name").strip()
        if plausible_person(name, registry) and not looks_like_title(name):
            ref = registry.add(Kind.PERSON, with_generation(name, m.group("suffixes")), sentence.span(m.start("name"), m.end("name")))
            registry.mentions[ref].quoted = True
    return roles


_SPEECH_VERBS = {"says", "said", "adds", "added", "notes", "noted", "explains", "explained", "continues", "continued"}


def _role(m: re.Match, sentence: Sentence, registry: Registry) -> Role | None:
    name = _bare_name(m.group("name").strip())
    if len(name.split()) > 2 and name.split()[0].lower() in STOP_WORDS | PLACE_NAMES | _SPEECH_VERBS:
        # "With Chris Murfy joining as CFO", "Says Satish Redman, MD and COO, ...": the sentence's first word, capitalized
        name = name.split(" ", 1)[1]
    if m.re is LOWER_APPOSITION:
        name = _after_run_in(name, sentence.text[: m.start("name")])
    if not plausible_person(name, registry) or looks_like_title(name):
        return None  # "Executive Vice President, General Counsel": two titles, no name
    if _ends_a_longer_name(name, sentence.text[: m.start("name")]):
        return None
    if m.groupdict().get("former"):  # "Desmond Fairweather, its former Chief Commercial Officer": a person, no role now
        if plausible_person(name, registry):
            registry.mentions[registry.add(Kind.PERSON, with_generation(name, m.group("suffixes")), sentence.span(m.start(), m.end()))].quoted = True
        return None
    name = with_generation(name, m.group("suffixes"))
    title, org = _split_title(m.group("title"), registry)
    if title and title.split()[-1].lower() in _MODIFIERS and not title.lower().endswith("chief executive"):
        title = None  # "in his role as Senior independent Non-Executive Director": cut off before its noun
    if title is None and org is None:
        return None
    if m.re is PROMOTED and re.search(r"\b(?:may|might|could|would|will|not|if|consider\w*)\b", sentence.text[: m.start()]):
        return None  # "The Board may consider the promotion of Dana Whitfield to President"
    # (not a project's role: a principal investigator is the university's as often as the filer's)
    if org is None and m.re in (AS_TITLE, APPOINTED, PROMOTED, APPOINTED_BARE, LOWER_TITLE_BEFORE, SAID_TITLE, TITLE_IS, LOWER_HEAD_SAID, PAREN_TITLE):
        orgs = [r for _, _, r in registry.find(sentence.text[: m.start()]) if r.kind is Kind.ORG]
        org = orgs[-1] if orgs else registry.registrant
    evidence = sentence.span(m.start(), m.end())
    person = registry.add(Kind.PERSON, name, evidence)
    return Role(person, org, title, evidence)


def _after_run_in(name: str, before: str) -> str:
    """'Care David E. Robinson' -> 'David E. Robinson' where the name runs on from a capitalized phrase ("Vice Chairman for
    Health Care David E. Robinson"): its first words are ordinary words, unless an initial follows them ("Mark C. Hale")."""
    words = name.split()
    if not re.search(r"(?:[A-Z][\w\-]*|&)[ ]$", before):
        return name
    if before.endswith("& ") and len(words) > 2:
        words = words[1:]  # "for Food & Agriculture Carrol Bolen": the word after "&" ends the phrase
    while len(words) > 2 and words[0].lower() in common_words() and not re.fullmatch(r"[A-Z]\.", words[1]):
        words = words[1:]
    return " ".join(words)


def _bare_name(name: str) -> str:
    """A name without its honorific or the headline before it ("Tessaro Bio Appoints Fiona McAllister as Chief
    Legal Officer", "Press Release - Halvern Names Orla Quinn to the Board of Directors")."""
    return _HEADLINE_VERB.sub("", _HONORIFIC_PREFIX.sub("", name))


# Headlines are set in title case, the verb too: "Board Names Ramón Castillo-Ortega as CEO".
_HEADLINE_VERB = re.compile(r"^.*\b(?:Appoints|Names|Announces|Promotes|Welcomes|Adds|Elects|Hires|Taps|Nominates|Selects)\s+")


def _ends_a_longer_name(name: str, before: str) -> bool:
    """'... Institute of Infectious Diseases, RedHill said': common words after 'of' end an
    institution's name; they are not a person's."""
    if re.search(r"\bof\s+the\s+$", before):
        return True  # "Professor Henrik Sandqvist of the Karolinska Neuromuscular Unit, lead investigator, said"
    return bool(re.search(r"\bof\s+$", before)) and all(w.lower() in common_words() for w in name.split())


# Words that qualify a title's noun and never end a title.
_MODIFIERS = {"senior", "executive", "independent", "non-executive", "lead", "chief", "vice", "deputy", "acting", "interim", "general"}


def plausible_person(name: str, registry: Registry) -> bool:
    words = name.split()
    if not 2 <= len(words) <= 4:
        return False
    if any(_not_a_name_word(w, i) for i, w in enumerate(words) if not re.fullmatch(r"[A-Z]\.?", w)):
        return False
    if any(w.lower() in FIELD_WORDS or w.lower() in NAMED_AFTER_WORDS for w in words):
        return False  # "Senior Vice President, Translational Medicine": the field a title heads
    if all(_REDACTED.fullmatch(w) for w in words):
        return False  # "Xxx X. Xxxxx": an exhibit's redacted name
    if words[-1].lower() in _REGION_WORDS:
        return False
    return registry.lookup(Kind.ORG, name) is None and registry.lookup(Kind.PRODUCT, name) is None


# Fields of work that follow a title after a comma, "Vice President, Regulatory Affairs", and are no one's name.
FIELD_WORDS = {"medicine", "research", "affairs", "finance", "marketing", "sales", "manufacturing", "quality", "strategy",
                "technology", "science", "sciences", "oncology", "immunology", "biology", "chemistry", "engineering",
                "regulatory", "clinical", "commercial", "programs", "portfolio", "discovery", "pharmacology", "toxicology",
                "biostatistics", "translational", "accounting", "compliance", "pharmacovigilance"}


# Things named after people or headed by one, whose last words no person's name has: "the Dr. Sol J. Barer Award",
# "Director, Economic Evaluations Unit", "Director, Value-based Insurance Design Initiatives".
NAMED_AFTER_WORDS = {"award", "awards", "prize", "medal", "lecture", "lectureship", "fellowship", "scholarship",
                      "unit", "units", "initiative", "initiatives", "evaluations", "programs", "services", "division"}
# A firm's region ends its name, never a person's: "Contact Details / Proactive North America / +1 604 ...".
_REGION_WORDS = {"america", "americas", "europe", "asia", "africa", "international", "worldwide", "global"}
# Exhibits print a confidential name as x's: "Xxx X. Xxxxx", or a run of capital X's.
_REDACTED = re.compile(r"X[Xx]*\.?|x+\.?")


# Months that are also surnames ("Graham May", "Elizabeth August"): a name's first word never is one.
_SURNAME_MONTHS = {"may", "june", "april", "august"}


def _not_a_name_word(word: str, position: int) -> bool:
    w = word.lower().strip(".")
    if position > 0 and w in _SURNAME_MONTHS:
        return False
    return w in STOP_WORDS or word.lower() in NOT_PERSON_WORDS


PLACE_NAMES = {s.lower() for s in US_STATES.values()} | {"america", "europe", "asia", "japan", "china", "canada", "india", "israel",
                                                          "germany", "france", "switzerland", "england", "italy", "spain", "sweden",
                                                          "denmark", "belgium", "netherlands", "ireland", "australia", "korea"}
_EXECUTIVE = re.compile(r"\b(?:Chief\s+\w+\s+Officer|CEO|CFO|COO|CSO|CMO|President|Chairman|Chairwoman|Founder|Co-?[Ff]ounder)$")


def _headed_company(title: str, name: str) -> bool:
    """'Chief Executive Officer of Genmab': what an executive heads is a company, when its one word is no English
    word nor a place's ("Director of Research", "President of Texas")."""
    # initials are as often the filer's own short name ("Chief Scientific Officer of CBMG"), kept back
    return (_EXECUTIVE.search(title) is not None and " " not in name and not name.isupper() and name.lower() not in common_words()
            and name.lower() not in PLACE_NAMES)


def _split_title(raw: str, registry: Registry) -> tuple[str | None, Ref | None]:
    """'ImmunoGen Chairman and CEO' -> ('Chairman and CEO', ImmunoGen); 'CFO of Acme' likewise."""
    raw = re.sub(r"\s+(?:of|and|&|at|for)$", "", raw.strip(" ,"))  # "Officer of [the Company]", cut by a pattern
    org: Ref | None = None
    hits = registry.find(raw)
    orgs = [(s, e, r) for s, e, r in hits if r.kind is Kind.ORG]
    if orgs:
        s, e, org = orgs[0]
        if suffix := re.match(rf",?\s*{LEGAL_SUFFIX_RE}\.?(?!\w)", raw[e:]):
            e += suffix.end()  # "President of Quarra Pharma Inc": the legal form the short name left behind
        raw = (raw[:s] + raw[e:]).strip()
        raw = re.sub(r"^(?:['\u2019]s|of|at)\s+|\s+(?:of|at|for|with)(?:\s+the)?$", "", raw).strip(" ,")  # "CEO of [the Orrin Foundation]"
    elif re.search(r"\b(?:[Oo]ur|(?:[Tt]he )?Company's)\b", raw) and registry.registrant:
        org = registry.registrant
    raw = re.sub(r"^(?:[Tt]he Company's|[Oo]ur|[Ii]ts|[Tt]he)\s+", "", raw).strip(" ,")
    raw = re.sub(r"^(?:current|then-current|incoming|newly\s+appointed)\s+", "", raw)  # "our current Chief Financial Officer"
    if org is None and (m := re.search(r"\s+(?:of|at)\s+(?P<org>[A-Z][\w.&\- ,]+)$", raw)):
        name = trim_name(m.group("org").strip(" ,"))
        if plausible_org_name(name) and (has_legal_suffix(name) or registry.lookup(Kind.ORG, name) or _headed_company(raw[: m.start()], name)):
            org = registry.add(Kind.ORG, name)
            raw = raw[: m.start()]
    if org is None and (m := re.match(r"(?P<word>[A-Z][\w\-]*)['\u2019]s\s+(?P<rest>.*)$", raw)):
        # "Algernon's co-founder", "Corvessa's Chief Medical Officer": the company by the first word of its name
        starts = [r.ref for r in registry.of_kind(Kind.ORG) if r.name.split()[0] == m.group("word")]
        org, raw = (starts[0] if len(starts) == 1 else None), m.group("rest")
    if org is None and (m := re.match(r"(?P<org>(?:[A-Z][\w&\-]*\s+){1,4}?)(?P<rest>(?:Chief|CEO|CFO|COO|President|Chair|Founder|Co-[Ff]ounder)\b.*)$", raw)):
        # "Citius Pharmaceuticals CEO and co-founder": a company's own words before the title
        name = m.group("org").strip()
        if plausible_org_name(name) and name.split()[-1].lower() in ORG_KEYWORDS:
            org, raw = registry.add(Kind.ORG, name), m.group("rest")
    title = raw if raw and looks_like_title(raw) else None
    if title is None and " at " in raw and looks_like_title(head := raw.rsplit(" at ", 1)[0]):
        title = head  # "associate professor of Investigational Cancer Therapeutics at MD Anderson"
    return title, org


# --------------------------------------------------------------------------- contact blocks


# "Please direct any questions to Dagny Berg at (858) 555-0133": whom to call, in a sentence.
CONTACT_AT = re.compile(rf"\b(?:contact|questions\s+to|inquiries\s+to)\s+{_HONORIFIC}{_NAME}\s+at\s+(?=\(?\d{{3}}|\+\d|[\w.+\-]+@)")


def find_contacts(document: Document, registry: Registry) -> list[Role]:
    """Press-release contact blocks, inline contacts and the notice addresses of agreements."""
    roles: list[Role] = []
    for heading in CONTACT_HEADING.finditer(document.text):
        block_start = heading.end()
        block = document.text[block_start : block_start + 1200]
        roles.extend(_contact_block(document, block, block_start, registry))
    roles.extend(_column_contacts(document, registry))
    in_blocks = {role.person for role in roles}
    for label in re.finditer(r"\b(?:[A-Z][\w&]+\s+)?(?:Investors?|Media|Press|Analyst)?\s*Contacts?\b\s*:?|\b(?:Investors|Media)\s*:|\bCONTACTS?:", document.text):
        roles.extend(r for r in _inline_contacts(document, label, registry) if r.person not in in_blocks)
    for m in ATTENTION.finditer(document.text):
        roles.extend(_attention(document, m, registry))
    for hit in AGENT_LABEL.finditer(document.text):
        roles.extend(_agent_for_service(document, hit, registry))
    for m in CONTACT_AT.finditer(document.text):
        name = m.group("name").strip()
        if plausible_person(name, registry) and not looks_like_title(name):
            evidence = Evidence(document.sequence, m.start("name"), m.end("name"), name)
            roles.append(Role(registry.add(Kind.PERSON, name, evidence), registry.registrant, None, evidence))
    return roles


# A registration statement's cover names its agent for service in the block above the words that say so: "Halvard Lind /
# Vice President, Finance / Quarra Pharma, Inc. / 12 Elm Street ... / (Name, Address, Including Zip Code, and Telephone Number,
# Including Area Code, of Agent for Service)".
AGENT_LABEL = re.compile(r"\(Name,[^()]{0,200}?[Aa]gent\s+[Ff]or\s+[Ss]ervice\)")
_COVER_LABEL = re.compile(r"^[ \t]*\([A-Za-z][^\n]*\)[ \t]*$", re.M)  # "(I.R.S. Employer Identification No.)", not "(510) 970-6000"


def _agent_for_service(document: Document, hit: re.Match, registry: Registry) -> list[Role]:
    """The block's first line is the agent's name (after the cover's previous label in brackets); a title may follow it."""
    text = document.text
    window = max(0, hit.start() - 600)
    labels = list(_COVER_LABEL.finditer(text, window, hit.start()))
    block_start = labels[-1].end() if labels else window
    lines = [(block_start + m.start(), m.group(0).strip()) for m in re.finditer(r"[^\n]+", text[block_start : hit.start()]) if m.group(0).strip()]
    if not lines or not re.fullmatch(rf"{PERSON_NAME}(?:,?[ ]{NAME_SUFFIXES})*", lines[0][1]):
        return []
    name = re.match(PERSON_NAME, lines[0][1]).group(0)  # "Halvard Lind II": the generation is read as a suffix
    if not plausible_person(name, registry) or looks_like_title(name):
        return []
    title = lines[1][1] if len(lines) > 1 and looks_like_title(lines[1][1]) and _LEADER_TITLE.search(lines[1][1]) else "Agent for Service"
    evidence = Evidence(document.sequence, lines[0][0], lines[0][0] + len(lines[0][1]), lines[0][1])
    person = registry.add(Kind.PERSON, with_generation(name, lines[0][1][len(name) :]), evidence)
    return [Role(person, registry.registrant, title, evidence)]


def _inline_contacts(document: Document, label: re.Match, registry: Registry) -> list[Role]:
    """'Contacts: Investors: DeDe Sheel (917) 834-1494 ...': names directly followed by a phone or e-mail."""
    text = document.text
    region_end = min(len(text), label.end() + 500)
    stop = re.search(r"\n\s*\n\s*(?:About|Forward|Safe Harbor|###|Source:)", text[label.end() : region_end])
    region_end = label.end() + stop.start() if stop else region_end
    label_orgs = [r for _, _, r in registry.find(label.group(0)) if r.kind is Kind.ORG]
    roles = []
    taken = 0  # where the firm or title of the last contact ends: "Tessa Morrow, Ballard Point Communications, +1 ..."
    for m in CONTACT_PERSON.finditer(text, label.end(), region_end):
        name = m.group("name").strip()
        if m.start() < taken:
            continue
        if re.search(r"\bContacts?\b", name):
            # "Contacts / ... / Media Contact Jason I. Spark Canale Communications 619-...": the next label's, read from there
            # (not "I. Spark Canale" inside it)
            taken = m.end() + len(m.group("tail"))
            continue
        if not plausible_person(name, registry) or looks_like_title(name):
            continue
        taken = m.end() + len(m.group("tail"))
        name = _whole_name(text, m.start(), name)  # "Jose Luis Morenza, Director": the title's words may not take the family name
        after = text[m.start() + len(name) : m.start() + len(name) + 80]
        orgs = [r for _, _, r in registry.find(after.split("\n")[0]) if r.kind is Kind.ORG]
        org = orgs[0] if orgs else (label_orgs[0] if label_orgs else registry.registrant)
        evidence = Evidence(document.sequence, m.start(), m.start() + len(name), name)
        roles.append(Role(registry.add(Kind.PERSON, name, evidence), org, None, evidence))
    return roles


def _whole_name(text: str, start: int, name: str) -> str:
    """The name at ``start`` read as far as it goes, when the words it adds are no title's."""
    # only before a comma or a dash and a title: "Jane Doerr Westwicke, 443-555-0101" names a firm after the person
    whole = re.match(rf"{PERSON_NAME}(?=(?:,|[ ]*[-\u2013\u2014])[ ]*(?:the[ ]+)?(?P<title>[A-Z][\w&]*(?:[ ][\w&]+){{0,5}}))",
                     text[start : start + 120])
    if whole is None or not any(w.lower() in TITLE_WORDS for w in whole.group("title").split()):
        return name
    if len(whole.group(0)) <= len(name) or not whole.group(0).startswith(name):
        return name
    added = whole.group(0)[len(name) :].split()
    return whole.group(0) if not any(w.lower() in TITLE_WORDS | ORG_KEYWORDS for w in added) else name


def _attention(document: Document, m: re.Match, registry: Registry) -> list[Role]:
    before = document.text[max(0, m.start() - 250) : m.start()]
    orgs = [r for _, _, r in registry.find(before) if r.kind is Kind.ORG]
    org = orgs[-1] if orgs else None
    roles = []
    for nm in re.finditer(PERSON_NAME, m.group("names")):
        name = nm.group(0)
        words = name.split()
        if re.match(r"[ \t]*(?:Manager|Department|Desk|Team|Group)\b", m.group("names")[nm.end() :]):
            continue  # "Attention: North South Loop Asset Manager": a desk's name, no people
        if len(words) == 4 and not any(re.fullmatch(r"[A-Z]\.", w) for w in words):
            # "Attention: Patrick Pohlen Judith Hasko" lists two people.
            for part in (" ".join(words[:2]), " ".join(words[2:])):
                start = m.start("names") + nm.start() + name.find(part)
                evidence = Evidence(document.sequence, start, start + len(part), part)
                if org is not None and plausible_person(part, registry):
                    roles.append(Role(registry.add(Kind.PERSON, part, evidence), org, None, evidence))
            continue
        if looks_like_title(name) or not plausible_person(name, registry):
            continue
        start = m.start("names") + nm.start()
        evidence = Evidence(document.sequence, start, start + len(name), name)
        if org is not None:
            roles.append(Role(registry.add(Kind.PERSON, name, evidence), org, None, evidence))
    return roles


_REACH_LINE = re.compile(r"(?i)(tel|phone|fax|e-?mail|\(?\d{3}\)?|\+\d|\S+@\S+|www\.)")
_FIRM_WORDS = re.compile(r"\b(?:Communications|Strategies|Group|Partners|Advisors|Associates|Consulting|PR|Agency|LLC|LLP)$")


def _firm_line(line: str, following: list[tuple[int, str]]) -> bool:
    """Under a contact's name, the line before the phone or e-mail is the firm when it is not a title:
    "Evan Delacorte / Copperline Strategies / evan@copperline.com"."""
    if not re.fullmatch(r"(?:[A-Z][\w&.'\-]*[ ]?){1,5}", line) or (looks_like_title(line) and not _FIRM_WORDS.search(line)):
        return False
    return bool(_FIRM_WORDS.search(line)) or any(_REACH_LINE.match(next_line.strip()) for _, next_line in following)


def _contact_block(document: Document, block: str, offset: int, registry: Registry) -> list[Role]:
    lines = block.split("\n")
    pos = offset
    spans = []
    for line in lines:
        spans.append((pos, line))
        pos += len(line) + 1
    return _contacts_in(document, spans, registry)


# A contact block set in columns, one contact each, the first line after its label:
# "CONTACT:  Margaret A. O'Day          Peter Lundgren" / "          Halvorsen Biosciences, Inc.   Fenimore Group".
# ... or on the line under it, each cell labelled: "Contacts:" / "Halvorsen:  Marit K. Aas        Investors:  Tom Reyes".
COLUMN_CONTACTS = re.compile(r"^[ \t]*(?:media |investor |press )?contacts?:[ \t]*(?:\n(?=[ \t]*\S[^\n]*?[ \t]{3,}\S))?(?=\S.*?[ \t]{3,}\S)", re.I | re.M)
# A cell's label before the name: "Investors:  Tom Reyes".
_CELL_LABEL = re.compile(r"^(?:[A-Z][\w&.\-]*[ ]?){1,3}:[ ]+(?=[A-Z])")


def _column_contacts(document: Document, registry: Registry) -> list[Role]:
    roles: list[Role] = []
    for label in COLUMN_CONTACTS.finditer(document.text):
        line_start = document.text.rfind("\n", 0, label.end()) + 1  # the first row's line: the label's, or the one under it
        rows = document.text[line_start : line_start + 1200].split("\n\n")[0].split("\n")
        first = rows[0]
        starts = [label.end() - line_start, *(m.end() for m in re.finditer(r"[ \t]{3,}(?=\S)", first) if m.start() > label.end() - line_start)]
        for k, col in enumerate(starts):
            end = starts[k + 1] if k + 1 < len(starts) else None
            spans, pos = [], line_start
            for row in rows:
                # a row's cell: what stands in the column (its spaces kept, so later columns keep their places)
                spans.append((pos + col, row[col:end]))
                pos += len(row) + 1
            roles.extend(_contacts_in(document, spans, registry))
    return roles


def _contacts_in(document: Document, spans: list[tuple[int, str]], registry: Registry) -> list[Role]:
    roles = []
    i = 0
    while i < len(spans):
        start, line = spans[i]
        value = _CELL_LABEL.sub("", line.strip())
        if re.fullmatch(rf"{PERSON_NAME}(?:,?\s+{NAME_SUFFIXES})*", value) and plausible_person(value.split(",")[0], registry):
            name = value.split(",")[0].strip()
            title_lines, org, end = [], None, start + len(line)
            for j, (s2, l2) in enumerate(spans[i + 1 : i + 5], start=i + 1):
                v2 = l2.strip()
                if not v2 or _REACH_LINE.match(v2):
                    break
                continued = bool(title_lines) and re.search(r"(?:\band|&|,|\bof)$", title_lines[-1]) is not None
                if continued:
                    title_lines.append(v2)  # "Senior Director, Investor Relations and / Corporate Communications"
                elif LEGAL_NAME.fullmatch(v2) or registry.lookup(Kind.ORG, v2) or _firm_line(v2, spans[j + 1 : j + 2]):
                    org = registry.add(Kind.ORG, v2, Evidence(document.sequence, s2, s2 + len(l2), l2))
                elif looks_like_title(v2):
                    title_lines.append(v2)
                else:
                    break
                end = s2 + len(l2)
            if title_lines or org:
                evidence = Evidence(document.sequence, start, end, document.text[start:end])
                person = registry.add(Kind.PERSON, name, evidence)
                title = " ".join(title_lines) or None
                roles.append(Role(person, org or (registry.registrant if title else None), title, evidence))
        elif re.match(r"(?i)^(?:about|forward|safe harbor|###)", value):
            break
        i += 1
    return roles


# "Orvin Taleck Vasquo, M.D.", "JOHN L. QUARRIE, PH.D.", "Frederick T. Mutov, Esq.": a degree is no part of a name, but the
# name as printed with it is one analysts copy; it stays an alias (a generation is already part of the name).
_DEGREES_AFTER = re.compile(rf"(?:,?[ ]{{1,2}}{NAME_SUFFIXES})+(?![\w-])", re.I)


def with_degrees(name: str) -> bool:
    """Whether a person's name is one printed with degrees after it (an alias, never the label)."""
    return re.search(_DEGREES_AFTER.pattern + "$", name, re.I) is not None and not GENERATION.search(name[-5:])


def add_degree_aliases(registry: Registry, texts: dict[int, str]) -> None:
    """Give each person the names the filing prints with degrees after them."""
    for mention in registry.of_kind(Kind.PERSON):
        names = {fold(n) for n in (mention.name, *mention.aliases)}
        for ev in mention.evidence:
            degrees = _DEGREES_AFTER.match(texts.get(ev.doc, ""), ev.end)
            if degrees and fold(ev.quote) in names and not GENERATION.fullmatch(degrees.group(0).strip(" ,.")):
                mention.aliases.add(" ".join(f"{ev.quote}{degrees.group(0)}".split()))
