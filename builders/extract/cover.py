"""The registrant, the cover page and the signature block.

The SEC header is the most reliable source when the input has one; the cover
page of the first document fills the gaps (and is all there is for HTML and text
renderings). Labels on cover pages sit *under* their values, so values are read
from the lines just before each label.
"""

from __future__ import annotations

import re

from ..model import CoverPage, Document, Evidence, Filing, Kind, PartialDate, Ref
from .context import Registry
from .dates import find_dates, parse_date
from .names import LEGAL_SUFFIX_RE, normalize_name, title_case

US_STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia",
    "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois",
    "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York",
    "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon",
    "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota",
    "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia",
    "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
    "PR": "Puerto Rico", "A1": "Alberta", "A6": "British Columbia", "A8": "Manitoba",
    "B0": "Ontario", "A0": "Quebec", "E9": "Cayman Islands", "D0": "Bermuda", "L2": "Ireland",
    "V8": "Switzerland", "X0": "United Kingdom", "P7": "Netherlands", "L3": "Israel",
}
_JURISDICTIONS = sorted(set(US_STATES.values()) | {"England and Wales", "Jersey", "Luxembourg", "Canada"}, key=len, reverse=True)
_JURISDICTION_RE = re.compile(r"\b(" + "|".join(re.escape(j) for j in _JURISDICTIONS) + r")\b", re.I)

EIN = re.compile(r"(?<![\d-])(\d{2}-\d{7})(?![\d-])")
FILE_NUMBER = re.compile(r"(?<![\d-])((?:0|00|000|001|002|005|021|033|333|811|814)-\d{4,6})(?![\d-])")
PHONE = re.compile(r"(\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4})")
COVER_CHARS = 8000


def cover_region(filing: Filing) -> tuple[Document, str, int] | None:
    """The first document's cover page: its text and where that text starts in the document."""
    for doc in filing.documents:
        if doc.text.strip():
            start = _cover_start(doc.text)
            return doc, doc.text[start : start + COVER_CHARS], start
    return None


def _cover_start(text: str) -> int:
    """0, unless a rendering puts pages of inline-XBRL facts before the cover page: then a
    window around the registrant's label (searched no further than the first 100k characters)."""
    if _REGISTRANT_LABEL.search(text, 0, COVER_CHARS):
        return 0
    m = _REGISTRANT_LABEL.search(text, 0, 100_000)
    return max(0, m.start() - COVER_CHARS // 2) if m else 0


def _line_before(text: str, label: re.Pattern, skip: re.Pattern | None = None) -> tuple[int, str] | None:
    """The last meaningful line before ``label`` (cover values sit above their labels)."""
    m = label.search(text)
    if not m:
        return None
    lines = text[: m.start()].rstrip().split("\n")
    offset = len(text[: m.start()].rstrip())
    for line in reversed(lines):
        offset -= len(line) + 1
        value = line.strip().strip("|").strip()
        if not value or re.fullmatch(r"[-_=*. |]+", value):
            continue
        if skip and skip.search(value):
            continue
        return offset + 1 + line.find(value), value
    return None


# 10-K/8-K covers; a proxy statement's ("Name of Registrant as Specified In Its Charter"); a 14D-9 names its filer
_REGISTRANT_LABEL = re.compile(r"\(?\s*(?:Exact name of (?:the )?registrant|Name of Registrant as Specified|Name of Persons? Filing Statement\))", re.I)
_ADDRESS_LABEL = re.compile(r"\(?\s*Address(?:es)? of principal executive offices?", re.I)
_STATE_LABEL = re.compile(r"\(?\s*State (?:or other )?(?:jurisdiction )?of\s+incorporation|\(\s*State or other", re.I)
_REPORT_DATE_LABEL = re.compile(r"Date of Report|Date of earliest event reported", re.I)


def read_registrant(filing: Filing, registry: Registry) -> Ref | None:
    """Register the registrant with what the header and the cover page say about it."""
    region = cover_region(filing)
    doc, cover, cover_start = region if region else (None, "", 0)
    header = filing.filers[0] if filing.filers else None
    name_line = _line_before(cover, _REGISTRANT_LABEL) if cover else None
    if name_line is None and header is None and cover:
        name_line = _issuer_line(cover) or _announcer_line(cover) or _we_line(cover)
        if name_line is None and (name_line := _annual_report_line(cover)):
            registry.registrant_from_title = True
    name = header.name if header else (_clean_name(name_line[1]) if name_line else None)
    if not name:
        return None
    evidence = None
    if name_line and doc is not None:
        start, value = name_line
        start += cover_start
        cleaned = _clean_name(value)
        if cleaned and cleaned != value and cleaned in value:
            # A cover run into one line: the evidence is the name, not the line.
            start, value = start + value.rfind(cleaned), cleaned
        evidence = Evidence(doc.sequence, start, start + len(value), value)
    ref = registry.add(Kind.ORG, _clean_name(name), evidence)
    mention = registry.mentions[ref]
    mention.is_registrant = True
    cover_name = _clean_name(name_line[1]) if name_line else ""
    if header and cover_name and cover_name != header.name and _same_company(cover_name, header.name):
        registry.add_alias(ref, cover_name)
    if header:
        mention.cik = header.cik
        mention.ein = header.ein
        mention.file_number = header.file_number
        mention.state = US_STATES.get(header.state_of_incorporation or "", header.state_of_incorporation)
        mention.address = header.business_address
        mention.phone = header.phone
        for former, _date in header.former_names:
            registry.add_alias(ref, _clean_name(former))
    if cover:
        _fill_from_cover(mention, cover)
    registry.registrant = ref
    return ref


# A prospectus cover names its issuer on a line of its own above what it sells:
# "Quillon Biotherapeutics, Inc. / Common Stock", "8,500,000 Shares / Acme, Inc. / Common Stock".
_ISSUER_LINE = re.compile(
    r"^[ \t]*(?P<name>[A-Z][\w&.,'\- ]{2,80}?(?:Inc\.?|Corp\.?|Corporation|Company|Ltd\.?|Limited|plc|PLC|N\.V\.|AG|S\.A\.|SE|LLC|L\.P\.))[ \t]*\n"
    r"(?:[ \t]*\n){0,3}[ \t]*(?:[\d,]+\s+)?(?:Shares\s+of\s+)?(?:Common\s+Stock|Ordinary\s+Shares|American\s+Depositary\s+Shares|Units|Common\s+Shares)\b",
    re.M,
)


def _issuer_line(cover: str) -> tuple[int, str] | None:
    """The issuer of a prospectus, whose cover has no registrant label."""
    if not re.search(r"\bPROSPECTUS\b|\bProspectus\b", cover[:3000]):
        return None
    m = _ISSUER_LINE.search(cover, 0, 6000)
    return (m.start("name"), m.group("name")) if m else None


# A press release filed alone speaks for its filer: "SEATTLE, Oct. 2, 2023 -- Wrenfield Bio, Inc. (Nasdaq: WRFD), a
# clinical-stage company ..., today announced".
_ANNOUNCER = re.compile(
    r"(?P<name>[A-Z][\w&.,'\- ]{2,80}?(?:Inc\.|Corp\.|Corporation|Ltd\.|Limited|plc|PLC|N\.V\.|AG|S\.A\.|SE|LLC|Co\.))"
    r"\s*\((?:Nasdaq|NASDAQ|NYSE|AMEX|OTC\w*|TSX|LSE)[^)]{0,30}\)[^.]{0,250}?\b(?:today\s+)?announced\b"
)


def _announcer_line(cover: str) -> tuple[int, str] | None:
    m = _ANNOUNCER.search(cover, 0, 5000)
    if m is None:
        return None
    # the dateline runs into the name: "SEATTLE, Oct. 2, 2023 (BUSINESS WIRE) - Wrenfield Bio, Inc."
    name = re.split(r"\s[-\u2013\u2014]+\s|\)\s*[-\u2013\u2014]*\s*|--\s*", m.group("name"))[-1].strip()
    return m.start("name") + m.group("name").rfind(name), name


# A report's excerpt without its cover says whom "we" stands for: 'references to "we", "us", "our"
# and "the Company" refer to the business and operations of AEON Biopharma, Inc. ...'.
# Only the report's own convention counts ("Unless the context otherwise requires", "As used in this
# prospectus"), not a merger agreement's or a banker's letter's; and only one company named: a SPAC's
# "... refer to Kestrel Acquisition Corp. prior to the Business Combination and to Halden Bio, Inc. after"
# names two.
_WE_REFER = re.compile(
    r"(?:[Uu]nless\s+the\s+context\s+(?:otherwise\s+)?(?:requires|indicates)(?:\s+otherwise)?|"
    r"[Aa]s\s+used\s+in\s+this\s+(?:[Aa]nnual\s+|[Qq]uarterly\s+)?(?:[Rr]eport|[Pp]rospectus|[Ff]orm\s+10-[KQ]))"
    r'[^.]{0,80}?"(?:we|us|our)[,"][^.]{0,160}?\b(?<!not\s)(?:refers?|means?)\s+(?:to\s+)?(?:the\s+business\s+and\s+operations\s+of\s+)?'
    rf"(?P<name>[A-Z][\w&.'\-]*(?:,?\s(?:[A-Z][\w&.'\-]*|of|&)){{0,6}}(?:,?\s(?:{LEGAL_SUFFIX_RE}))+)"
)


def _we_line(cover: str) -> tuple[int, str] | None:
    m = _WE_REFER.search(cover)
    if m is None:
        return None
    rest = cover[m.end() :].split(".", 1)[0]  # the rest of the sentence
    named = {normalize_name(n) for n in re.findall(rf"[A-Z][\w&.'\-]*(?:,?\s[A-Z][\w&.'\-]*){{0,6}},?\s(?:{LEGAL_SUFFIX_RE})", rest)}
    if named - {normalize_name(m.group("name"))}:
        return None  # another company named as well: which one "we" is depends on the date
    return m.start("name"), m.group("name")


# An annual report's cover: "**AstraZeneca** Annual Report and Form 20-F Information 2022".
_ANNUAL_REPORT = re.compile(r"^[#*\s]*(?P<name>[A-Z][\w&.,'\- ]{1,60}?)[*\s]*\s(?:Annual\s+Report|Form\s+(?:20-F|10-K))\b", re.M)


def _annual_report_line(cover: str) -> tuple[int, str] | None:
    m = _ANNUAL_REPORT.search(cover, 0, 3000)
    if m is None or m.group("name").strip().lower() in ("the", "our", "this", "2022", "form"):
        return None
    return m.start("name"), m.group("name").strip()


def _same_company(a: str, b: str) -> bool:
    """A cover name is an alias of the header's only if they share a first word: a cover that
    names another company contradicts the header (parse reports it) and is not an alias."""
    wa, wb = normalize_name(a).split(), normalize_name(b).split()
    return bool(wa and wb and wa[0] == wb[0])


def _clean_name(name: str) -> str:
    name = re.sub(r"\s*/[A-Z]{2}/?\s*$", "", name.strip())  # EDGAR's "/DE/" state tags
    name = name.strip(" |*#")
    if len(name) > 80 or len(name.split()) > 10:
        # A rendering that ran the cover page into one line: the name is its last legal name.
        from .entities import LEGAL_NAME

        names = LEGAL_NAME.findall(name)
        name = names[-1] if names else ""
    return name


def _fill_from_cover(mention, cover: str) -> None:
    label = _STATE_LABEL.search(cover)
    head = cover[: label.start()] if label else cover[:3000]
    if mention.ein is None and (m := EIN.search(head[-600:] if label else head)):
        mention.ein = m.group(1)
    if mention.file_number is None and (m := FILE_NUMBER.search(cover)):
        mention.file_number = m.group(1)
    if mention.state is None and label:
        before = _JURISDICTION_RE.findall(cover[max(0, label.start() - 400) : label.start()])
        after = _JURISDICTION_RE.findall(cover[label.end() : label.end() + 200])
        states = before[-1:] or after[:1]
        if states:
            mention.state = title_case(states[0]) if states[0].isupper() else states[0]
    if mention.address is None and (line := _line_before(cover, _ADDRESS_LABEL)):
        mention.address = line[1].replace(" | ", ", ")
    if mention.phone is None and (m := re.search(r"telephone number[^\n]{0,60}?" + PHONE.pattern, cover, re.I)):
        mention.phone = m.group(1)


# --------------------------------------------------------------------------- cover page facts

_ITEM_LINE = re.compile(r"^\W{0,3}ITEM\s+(\d{1,2}(?:\.\d{2})?)[.:)\s]", re.I | re.M)
_EXHIBIT_REF = re.compile(r"\bExhibit\s+(?:No\.\s*)?(\d{1,3}(?:\.\d{1,3})?)\b", re.I)
_EXHIBIT_ROW = re.compile(r"^\s*(\d{1,3}\.\d{1,3}|10[0-9](?=\s*\|?\s*Cover Page))\s*(?:\||\s)\s*[A-Z(]", re.M)


def read_cover(filing: Filing, registry: Registry) -> CoverPage:
    cover = CoverPage()
    region = cover_region(filing)
    if region is None:
        return cover
    doc, text, _ = region
    if m := _REPORT_DATE_LABEL.search(text):
        after = [d for _, _, d in find_dates(text[m.end() : m.end() + 160]) if d.day]
        before = [d for _, _, d in find_dates(text[max(0, m.start() - 120) : m.start()]) if d.day]
        cover.report_date = after[0] if after else (before[-1] if before else None)
    if cover.report_date is None:
        cover.report_date = filing.period
    body = doc.text
    is_8k = (filing.form_type or doc.doc_type or "").upper().startswith(("8-K", "6-K")) or "FORM 8-K" in text.upper()
    if is_8k:
        cover.items = sorted(set(filing.header_items) | set(_ITEM_LINE.findall(body)), key=_item_sort)
    else:
        cover.items = list(filing.header_items)
    exhibits = {d.doc_type[3:] for d in filing.documents if d.doc_type.startswith("EX-")}
    if is_8k:
        exhibits |= set(_EXHIBIT_REF.findall(body))
        section = re.search(r"\bExhibits?\b(.{0,3000})", body[body.upper().rfind("ITEM") if "ITEM" in body.upper() else 0 :], re.S)
        if section:
            exhibits |= set(_EXHIBIT_ROW.findall(section.group(1)))
    cover.exhibits = sorted((e for e in exhibits if re.fullmatch(r"\d{1,3}(\.\d{1,3})?", e)), key=_item_sort)
    return cover


def _item_sort(value: str) -> tuple[float, ...]:
    return tuple(float(p) for p in value.split(".") if p.isdigit())


def report_date(filing: Filing, cover: CoverPage) -> PartialDate | None:
    return cover.report_date or filing.period or filing.filed


def dateline(document: Document) -> PartialDate | None:
    """The date of a press release: ``CAMBRIDGE, MA, JANUARY 24, 2003 -`` or ``... /PRNewswire/ --``."""
    m = re.search(r"^[A-Z][A-Za-z .,'/]{2,60},\s*(.{6,40}?\d{4})\s*(?:/[^/\n]{2,40}/\s*)?[-\u2013\u2014]{1,3}\s", document.text, re.M)
    return parse_date(m.group(1)) if m else None


_AGREEMENT_DATE = re.compile(
    r"\b(?:effective\s+as\s+of|dated\s+as\s+of|is\s+dated|entered\s+into\s+(?:as\s+of|on)|made\s+(?:and\s+entered\s+into\s+)?(?:as\s+of|on))\s+(?:the\s+)?",
    re.I,
)


def agreement_date(document: Document) -> PartialDate | None:
    """The date an agreement states for itself in its opening ("effective as of June 1, 2010")."""
    head = document.text[:3000]
    for m in _AGREEMENT_DATE.finditer(head):
        dates = find_dates(head[m.end() : m.end() + 40])
        if dates and dates[0][0] < 25:
            return dates[0][2]
    return None


# An agreement's opening names it: "This Master Development and Manufacturing Agreement (including all appendices
# hereto, this "Agreement") is entered into ...", "THIS EXCLUSIVE LICENSE AND PRODUCT DEVELOPMENT AGREEMENT".
_AGREEMENT_TITLE = re.compile(r"\b(?:This|THIS)\s+(?P<title>(?:[A-Z][\w-]*\s+|(?:and|AND|of|OF|&)\s+){0,8}?(?:Agreement|AGREEMENT))\b")


def agreement_title(document: Document) -> str | None:
    """The title an agreement gives itself in its opening, as written."""
    m = _AGREEMENT_TITLE.search(document.text[:3000])
    return " ".join(m.group("title").split()) if m else None
