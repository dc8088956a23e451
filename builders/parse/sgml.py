"""Full EDGAR submissions: the SEC header and the ``<DOCUMENT>`` blocks.

Two dialects exist: the classic ``KEY: value`` header (``<SEC-HEADER>``) and the
tagged feed dialect of ``.nc`` files (``<SUBMISSION><ACCESSION-NUMBER>...``).
Both are reduced to the same flat sections before building :class:`FilerInfo`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ..model import FilerInfo, PartialDate
from .text import clean_value

TOP_SECTIONS = {"FILER", "SUBJECT COMPANY", "FILED BY", "REPORTING-OWNER", "ISSUER", "SERIAL COMPANY"}
SUB_SECTIONS = {"COMPANY DATA", "FILING VALUES", "BUSINESS ADDRESS", "MAIL ADDRESS", "FORMER COMPANY", "OWNER DATA"}

# Tag names of the feed dialect mapped to the classic header's keys.
_NC_KEYS = {
    "ACCESSION-NUMBER": "ACCESSION NUMBER",
    "TYPE": "CONFORMED SUBMISSION TYPE",
    "PERIOD": "CONFORMED PERIOD OF REPORT",
    "FILING-DATE": "FILED AS OF DATE",
    "ITEMS": "ITEMS",
    "CONFORMED-NAME": "COMPANY CONFORMED NAME",
    "CIK": "CENTRAL INDEX KEY",
    "ASSIGNED-SIC": "STANDARD INDUSTRIAL CLASSIFICATION",
    "IRS-NUMBER": "IRS NUMBER",
    "STATE-OF-INCORPORATION": "STATE OF INCORPORATION",
    "FILE-NUMBER": "SEC FILE NUMBER",
    "STREET1": "STREET 1",
    "STREET2": "STREET 2",
    "CITY": "CITY",
    "STATE": "STATE",
    "ZIP": "ZIP",
    "PHONE": "BUSINESS PHONE",
    "FORMER-CONFORMED-NAME": "FORMER CONFORMED NAME",
    "DATE-CHANGED": "DATE OF NAME CHANGE",
}
_NC_SECTIONS = {
    "FILER": "FILER", "SUBJECT-COMPANY": "SUBJECT COMPANY", "FILED-BY": "FILED BY",
    "REPORTING-OWNER": "REPORTING-OWNER", "ISSUER": "ISSUER",
    "COMPANY-DATA": "COMPANY DATA", "FILING-VALUES": "FILING VALUES",
    "BUSINESS-ADDRESS": "BUSINESS ADDRESS", "MAIL-ADDRESS": "MAIL ADDRESS",
    "FORMER-COMPANY": "FORMER COMPANY", "OWNER-DATA": "OWNER DATA",
}


@dataclass
class Section:
    name: str
    fields: list[tuple[str, str, str]] = field(default_factory=list)  # (subsection, key, value)

    def get(self, key: str, sub: str | None = None) -> str | None:
        for s, k, v in self.fields:
            if k == key and (sub is None or s == sub) and v:
                return v
        return None


@dataclass
class Header:
    top: Section
    parties: list[Section]
    warnings: list[str] = field(default_factory=list)

    def value(self, key: str) -> str | None:
        return self.top.get(key)

    def values(self, key: str) -> list[str]:
        return [v for _, k, v in self.top.fields if k == key and v]


_KEY_VALUE = re.compile(r"^[\s\-*]*([A-Z][A-Z0-9 /().&'-]*?):[ \t]*(.*)$")


def parse_classic_header(text: str) -> Header:
    """Parse ``KEY: value`` lines; nesting follows the known section names."""
    top = Section("SUBMISSION")
    parties: list[Section] = []
    current, sub = top, ""
    for line in text.split("\n"):  # not splitlines(): \x85 or U+2028 inside a value is no line end
        m = _KEY_VALUE.match(line.replace("**", ""))
        if not m:
            continue
        key, value = m.group(1).strip(), clean_value(m.group(2))
        if not value and key in TOP_SECTIONS:
            current, sub = Section(key), ""
            parties.append(current)
        elif not value and key in SUB_SECTIONS:
            sub = key
        else:
            current.fields.append((sub, key, value))
    return Header(top, parties)


_NC_TOKEN = re.compile(r"<(/?)([A-Z0-9-]+)>([^<]*)")


def parse_nc_header(text: str) -> Header:
    """Parse the tagged feed dialect up to the first document."""
    top = Section("SUBMISSION")
    parties: list[Section] = []
    warnings: list[str] = []
    current, sub = top, ""
    for closing, tag, raw in _NC_TOKEN.findall(text):
        value = clean_value(raw)
        if "\n" in raw.strip() and tag in _NC_KEYS:
            warnings.append(f"header <{tag}> value spans several lines: joined into {value!r}")
        if tag == "DOCUMENT":
            break
        section = _NC_SECTIONS.get(tag)
        if section in TOP_SECTIONS:
            if closing:
                current, sub = top, ""
            else:
                current, sub = Section(section), ""
                parties.append(current)
        elif section in SUB_SECTIONS:
            sub = "" if closing else section
        elif not closing and tag in _NC_KEYS:
            current.fields.append((sub, _NC_KEYS[tag], value))
    return Header(top, parties, warnings)


def compact_date(value: str | None) -> PartialDate | None:
    """``20030124`` -> 2003-01-24."""
    if not value:
        return None
    m = re.fullmatch(r"([0-9]{4})([0-9]{2})([0-9]{2})(?:[0-9]{6})?", value.strip())
    if not m:
        return None
    y, mo, d = (int(g) for g in m.groups())
    try:
        date(y, mo, d)  # a header that says 20240230 states no day at all
    except ValueError:
        return None
    return PartialDate(y, mo, d)


def filer_info(section: Section) -> FilerInfo | None:
    name = section.get("COMPANY CONFORMED NAME")
    if not name:
        return None
    ein = section.get("IRS NUMBER") or section.get("EIN")
    if ein and re.fullmatch(r"[0-9]{9}", ein) and ein != "000000000":
        ein = f"{ein[:2]}-{ein[2:]}"
    else:
        ein = None
    cik = section.get("CENTRAL INDEX KEY")
    sic = section.get("STANDARD INDUSTRIAL CLASSIFICATION")
    former = []
    pending_name = None
    for sub, key, value in section.fields:
        if sub == "FORMER COMPANY" and key == "FORMER CONFORMED NAME":
            pending_name = value
        elif sub == "FORMER COMPANY" and key == "DATE OF NAME CHANGE" and pending_name:
            former.append((pending_name, compact_date(value)))
            pending_name = None
    return FilerInfo(
        name=name,
        cik=cik.zfill(10) if cik and re.fullmatch(r"[0-9]{1,10}", cik) else None,
        sic=sic,
        ein=ein,
        state_of_incorporation=section.get("STATE OF INCORPORATION"),
        file_number=section.get("SEC FILE NUMBER"),
        business_address=_address(section, "BUSINESS ADDRESS"),
        phone=section.get("BUSINESS PHONE", "BUSINESS ADDRESS"),
        former_names=former,
    )


def _address(section: Section, sub: str) -> str | None:
    parts = [section.get(k, sub) for k in ("STREET 1", "STREET 2", "CITY")]
    state, zip_code = section.get("STATE", sub), section.get("ZIP", sub)
    tail = " ".join(p for p in (state, zip_code) if p)
    text = ", ".join(p for p in [*parts, tail] if p)
    return text or None


@dataclass
class RawDocument:
    doc_type: str
    sequence: int | None
    filename: str | None
    description: str | None
    body: str
    closed: bool


_DOC_FIELD = re.compile(r"<(TYPE|SEQUENCE|FILENAME|DESCRIPTION)>([^<\n]*)")


def split_documents(text: str) -> list[RawDocument]:
    """The ``<DOCUMENT>`` blocks; one that never closes runs to the end of the file.
    Plain ``str.find`` rather than a lazy regex: ten times faster on a 50 MB submission."""
    docs = []
    pos = 0
    while (start := text.find("<DOCUMENT>", pos)) >= 0:
        start += len("<DOCUMENT>")
        end = text.find("</DOCUMENT>", start)
        closed = end >= 0
        end = end if closed else len(text)
        text_at = text.find("<TEXT>", start, end)
        head_end = text_at if text_at >= 0 else end
        fields = {k: v.strip() for k, v in _DOC_FIELD.findall(text, start, head_end)}
        body = ""
        if text_at >= 0:
            body_end = text.find("</TEXT>", text_at, end)
            body = text[text_at + len("<TEXT>") : body_end if body_end >= 0 else end]
        seq = fields.get("SEQUENCE", "")
        docs.append(
            RawDocument(
                doc_type=clean_value(fields.get("TYPE", "")).upper()[:40] or "UNKNOWN",
                sequence=int(seq) if re.fullmatch(r"[0-9]{1,6}", seq) else None,
                filename=clean_value(fields.get("FILENAME", "")) or None,
                description=clean_value(fields.get("DESCRIPTION", "")) or None,
                body=body,
                closed=closed,
            )
        )
        pos = end + len("</DOCUMENT>") if closed else len(text)
    return docs


def is_submission(text: str) -> bool:
    head = text[:5000]
    return any(t in head for t in ("<SEC-DOCUMENT>", "<SEC-HEADER>", "<SUBMISSION>", "<IMS-HEADER>")) or (
        "<DOCUMENT>" in head and "<TYPE>" in head
    )


def header_text(text: str) -> tuple[str, str]:
    """Return (dialect, header text) of a submission."""
    m = re.search(r"<(?:SEC|IMS)-HEADER>(.*?)(?:</(?:SEC|IMS)-HEADER>|<DOCUMENT>|\Z)", text, re.S)
    if m:
        body = m.group(1)
        return ("nc" if "<ACCESSION-NUMBER>" in body else "classic"), body
    if "<SUBMISSION>" in text[:2000]:
        end = text.find("<DOCUMENT>")
        return "nc", text[: end if end >= 0 else len(text)]
    end = text.find("<DOCUMENT>")
    return "classic", text[: end if end >= 0 else min(len(text), 20000)]
