"""Parse stage: any input file -> :class:`~builders.model.Filing`.

Three shapes are read: full EDGAR submissions (SGML header + documents, both the
classic and the ``.nc`` feed dialect), HTML filings (old ``<pre>`` text and modern
inline XBRL) and plain-text or Markdown renderings. Binary and empty files raise
:class:`~builders.errors.ParseError` with the reason.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from ..errors import ParseError
from ..model import Document, Filing
from . import sgml
from .html import html_to_text
from .items import NEW_ITEMS_SINCE, item_number
from .text import clean_text, looks_like_markdown, markdown_to_text

__all__ = ["parse_path", "parse_bytes", "decode"]

_BINARY_MAGIC = {
    b"%PDF": "a PDF document",
    b"\xff\xd8\xff": "a JPEG image",
    b"\x89PNG": "a PNG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive",
    b"\x1f\x8b": "a gzip archive",
}
# Document types that hold no prose: images, archives, XBRL machinery.
_SKIP_TYPES = re.compile(r"^(GRAPHIC|ZIP|EXCEL|PDF|JSON|XML|EX-101\.\w+|EX-?\d*\.?INS|COVER|XSD)$")
_HTML_SNIFF = re.compile(r"<(html|body|p|div|table|font|br)[\s>/]", re.I)
_UUENCODE = re.compile(r"^\s*begin \d{3} ", re.M)


def parse_path(path: str | Path, display: str | None = None) -> Filing:
    """Read one file. ``display`` is the name used in messages and reports."""
    path = Path(path)
    source = display or str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ParseError(source, f"cannot read file ({exc.strerror or exc})") from exc
    return parse_bytes(data, source, suffix=path.suffix.lower())


def parse_bytes(data: bytes, source: str, suffix: str = "") -> Filing:
    digest = hashlib.sha256(data).hexdigest()
    text = decode(data, source)
    if not text.strip():
        raise ParseError(source, "empty file (no text)")
    if sgml.is_submission(text):
        filing = _parse_submission(text, source, digest)
    else:
        filing = _parse_single(text, source, digest, suffix)
    if not any(d.text.strip() for d in filing.documents):
        filing.warnings.append("no readable text in any document")
    return filing


def decode(data: bytes, source: str) -> str:
    """Bytes -> str: BOMs honoured, UTF-8 preferred, Windows-1252 as EDGAR's usual fallback."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise ParseError(source, f"binary file ({what}), not a filing")
    head = data[:8192]
    if head.count(b"\x00") > len(head) // 20:
        # UTF-16 without a BOM shows as every other byte zero.
        if head[1::2].count(0) > len(head) // 3 or head[0::2].count(0) > len(head) // 3:
            enc = "utf-16-le" if head[1::2].count(0) > head[0::2].count(0) else "utf-16-be"
            return data.decode(enc, errors="replace")
        raise ParseError(source, "binary file (NUL bytes), not a filing")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _document_text(body: str, filename: str | None) -> tuple[str, str]:
    """Return (format, text) of one document body."""
    stripped = re.sub(r"</?(XBRL|XML)>", "", body, flags=re.I)
    is_html = (filename or "").lower().endswith((".htm", ".html")) or _HTML_SNIFF.search(stripped[:5000])
    if is_html:
        return "html", html_to_text(stripped)
    # Old text filings mark layout with SGML tags: <PAGE>, <TABLE>, <S>, <C>, <CAPTION>, <FN>.
    stripped = re.sub(r"</?(PAGE|TABLE|S|C|CAPTION|FN|F\d+)>", "", stripped, flags=re.I)
    return "text", clean_text(stripped)


def _parse_submission(text: str, source: str, digest: str) -> Filing:
    dialect, header_text = sgml.header_text(text)
    header = sgml.parse_nc_header(header_text) if dialect == "nc" else sgml.parse_classic_header(header_text)
    filing = _filing_from_header(header, source, digest)
    raw_docs = sgml.split_documents(text)
    if not raw_docs:
        filing.warnings.append("submission has a header but no <DOCUMENT> blocks (header-only file)")
    for index, raw in enumerate(raw_docs, start=1):
        if not raw.closed:
            filing.warnings.append(f"document {index} ({raw.doc_type}) is truncated: no </DOCUMENT>")
        if _SKIP_TYPES.match(raw.doc_type) or _UUENCODE.search(raw.body[:2000]) or "<PDF>" in raw.body[:200]:
            continue
        fmt, body = _document_text(raw.body, raw.filename)
        filing.documents.append(
            Document(
                sequence=raw.sequence or index,
                doc_type=raw.doc_type,
                text=body,
                filename=raw.filename,
                description=raw.description,
                source_format=fmt,
            )
        )
    _deduplicate_sequences(filing)
    return filing


def _filing_from_header(header: sgml.Header, source: str, digest: str) -> Filing:
    accession = header.value("ACCESSION NUMBER")
    if accession and not re.fullmatch(r"\d{10}-\d{2}-\d{6}", accession):
        accession = None
    items = header.values("ITEMS") + header.values("ITEM INFORMATION")
    filed = sgml.compact_date(header.value("FILED AS OF DATE"))
    old = filed is not None and filed.sort_key() < NEW_ITEMS_SINCE
    filing = Filing(
        source=source,
        sha256=digest,
        documents=[],
        accession=accession,
        form_type=header.value("CONFORMED SUBMISSION TYPE") or header.value("FORM TYPE"),
        filed=filed,
        period=sgml.compact_date(header.value("CONFORMED PERIOD OF REPORT")),
        header_items=sorted({n for n in (item_number(i, old) for i in items) if n}),
    )
    for party in header.parties:
        info = sgml.filer_info(party)
        if info:
            filing.filers.append(info)
    return filing


def _deduplicate_sequences(filing: Filing) -> None:
    """Evidence points at documents by sequence number, so sequence numbers must be unique."""
    seen: set[int] = set()
    for doc in filing.documents:
        if doc.sequence in seen:
            doc.sequence = max(seen) + 1
            filing.warnings.append(f"duplicate document sequence renumbered to {doc.sequence}")
        seen.add(doc.sequence)


def _parse_single(text: str, source: str, digest: str, suffix: str) -> Filing:
    if suffix == ".md" or (suffix not in (".htm", ".html", ".xhtml") and looks_like_markdown(text)):
        # Checked before HTML: converters leave tags such as <br> and <span> in Markdown.
        fmt, body = "markdown", clean_text(markdown_to_text(text))
    elif suffix in (".htm", ".html", ".xhtml") or _HTML_SNIFF.search(text[:5000]):
        fmt, body = "html", html_to_text(text)
    else:
        fmt, body = "text", clean_text(text)
    filing = Filing(source=source, sha256=digest, documents=[])
    # Converters sometimes keep the SEC header as text ("ACCESSION NUMBER: ...").
    if re.search(r"^\W*ACCESSION NUMBER:", body[:20000], re.M):
        header = sgml.parse_classic_header(body[:20000])
        filing = _filing_from_header(header, source, digest)
    doc_type = filing.form_type or _form_from_text(body) or "TEXT"
    filing.documents.append(Document(sequence=1, doc_type=doc_type, text=body, filename=Path(source).name, source_format=fmt))
    return filing


_FORM_LINE = re.compile(
    r"^\W*(?:FORM\s+(?P<form>8-K|10-K|10-Q|6-K|20-F|S-1|S-3|S-4|424B\d|SC 14D9|DEF 14A)\b"
    r"|EXHIBIT\s+(?P<exhibit>\d{1,3}(?:\.\d{1,3})?)\b)",
    re.I | re.M,
)


def _form_from_text(text: str) -> str | None:
    """The form a single-document input presents itself as: ``FORM 8-K`` or ``Exhibit 10.17``."""
    m = _FORM_LINE.search(text[:4000])
    if not m:
        return None
    if m.group("form"):
        return m.group("form").upper()
    return f"EX-{m.group('exhibit')}"
