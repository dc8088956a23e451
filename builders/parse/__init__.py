"""Parse stage: any input file -> :class:`~builders.model.Filing`.

Three shapes are read: full EDGAR submissions (SGML header + documents, both the
classic and the ``.nc`` feed dialect), HTML filings (old ``<pre>`` text and modern
inline XBRL) and plain-text or Markdown renderings. Binary and empty files raise
:class:`~builders.errors.ParseError` with the reason.
"""

from __future__ import annotations

import hashlib
import re
import stat
from pathlib import Path

from ..errors import ParseError
from ..model import Document, Filing
from . import sgml
from .consistency import header_conflicts
from .html import read_html
from .items import NEW_ITEMS_SINCE, item_number
from .limits import DEFAULT_LIMITS, MB, Limits
from .text import clean_text, control_characters, looks_like_markdown, markdown_to_text

__all__ = ["parse_path", "parse_bytes", "decode", "decode_text", "Limits", "DEFAULT_LIMITS"]

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
# A bare "<TABLE>" is an old text filing's SGML layout tag (its columns set in spaces), not HTML: a table in HTML has rows.
_HTML_SNIFF = re.compile(r"<(html|body|p|div|font|br|tr|td)[\s>/]|<table\s", re.I)
_ANY_TAG = re.compile(r"<[A-Za-z!/]")
_UUENCODE = re.compile(r"^\s*begin \d{3} ", re.M)


def parse_path(path: str | Path, display: str | None = None, limits: Limits = DEFAULT_LIMITS) -> Filing:
    """Read one file. ``display`` is the name used in messages and reports."""
    path = Path(path)
    source = display or str(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a FIFO or /dev/zero would never end
            raise ParseError(source, "not a regular file")
        if info.st_size > limits.max_file_bytes:  # refused before reading: the size is the threat
            raise ParseError(source, _too_large(info.st_size, limits))
        with path.open("rb") as handle:  # bounded even when the size on disk lies (/proc, growing files)
            data = handle.read(limits.max_file_bytes + 1)
    except OSError as exc:
        raise ParseError(source, f"cannot read file ({exc.strerror or exc})") from exc
    if len(data) > limits.max_file_bytes:
        raise ParseError(source, f"file too large (more than the limit of {_size(limits.max_file_bytes)})")
    return parse_bytes(data, source, suffix=path.suffix.lower(), limits=limits)


def parse_bytes(data: bytes, source: str, suffix: str = "", limits: Limits = DEFAULT_LIMITS) -> Filing:
    if len(data) > limits.max_file_bytes:
        raise ParseError(source, _too_large(len(data), limits))
    digest = hashlib.sha256(data).hexdigest()
    text, note = decode_text(data, source)
    del data
    if not text.strip():
        raise ParseError(source, "empty file (no text)")
    warnings = [note] if note else []
    count, controls = control_characters(text)
    if count:
        warnings.append(f"{count} control character(s) removed ({', '.join(controls)})")
    budget = _Budget(limits.max_text_chars)
    if sgml.is_submission(text):
        filing = _parse_submission(text, source, digest, budget)
    else:
        filing = _parse_single(text, source, digest, suffix, budget)
    filing.warnings[:0] = warnings
    filing.warnings += header_conflicts(filing)
    if budget.cut:
        filing.warnings.append(
            f"text cut at {limits.max_text_chars:,} characters (the limit): {budget.cut}; what follows is not read"
        )
    if not any(d.text.strip() for d in filing.documents):
        filing.warnings.append("no readable text in any document")
    return filing


def _too_large(size: int, limits: Limits) -> str:
    return f"file too large ({_size(size)}; the limit is {_size(limits.max_file_bytes)})"


def _size(n: int) -> str:
    if n < MB:
        return f"{n:,} bytes"
    return f"{n / MB:,.1f} MB".replace(".0 MB", " MB")


class _Budget:
    """Characters of text still to be read in this filing, and what the limit cut."""

    def __init__(self, chars: int) -> None:
        self.left = chars
        self.cut: str | None = None

    def take(self, text: str, truncated: bool, label: str) -> str:
        if len(text) > self.left or truncated:
            text = text[: self.left]
            self.cut = self.cut or f"{label} is only partly read"
        self.left -= len(text)
        return text

    def skip(self, label: str) -> bool:
        """True when nothing is left for this document (it is then noted as not read)."""
        if self.left > 0:
            return False
        self.cut = self.cut or f"{label} and what follows are not read"
        return True


def decode(data: bytes, source: str) -> str:
    """Bytes -> str: BOMs honoured, UTF-8 preferred, Windows-1252 as EDGAR's usual fallback."""
    return decode_text(data, source)[0]


def decode_text(data: bytes, source: str) -> tuple[str, str | None]:
    """Bytes -> (str, a note for the report when the bytes were not plain UTF-8)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _lossy(data, "utf-16", "UTF-16 with a byte order mark")
    if data.startswith(b"\xef\xbb\xbf"):
        text, note = _lossy(data[3:], "utf-8", None)
        return text, note
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise ParseError(source, f"binary file ({what}), not a filing")
    head = data[:8192]
    if head.count(b"\x00") > len(head) // 20:
        # UTF-16 without a BOM shows as every other byte zero.
        if head[1::2].count(0) > len(head) // 3 or head[0::2].count(0) > len(head) // 3:
            enc = "utf-16-le" if head[1::2].count(0) > head[0::2].count(0) else "utf-16-be"
            return _lossy(data, enc, f"{enc.upper()} without a byte order mark")
        raise ParseError(source, "binary file (NUL bytes), not a filing")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "not UTF-8: read as Windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "neither UTF-8 nor Windows-1252: read as ISO-8859-1 (latin-1)"


def _lossy(data: bytes, encoding: str, what: str | None) -> tuple[str, str | None]:
    text = data.decode(encoding, errors="replace")
    bad = text.count("\ufffd") - data.decode(encoding, errors="ignore").count("\ufffd")
    notes = [f"read as {what}"] if what else []
    if bad:
        notes.append(f"{bad} undecodable byte sequence(s) replaced by U+FFFD")
    return text, "; ".join(notes) or None


def _document_text(body: str, filename: str | None, max_chars: int) -> tuple[str, str, bool, list[str]]:
    """Return (format, text, cut short, warnings) of one document body."""
    stripped = re.sub(r"</?(XBRL|XML)>", "", body, flags=re.I)
    # The file name is the filer's word: trusted only when the body has some markup.
    named_html = (filename or "").lower().endswith((".htm", ".html")) and _ANY_TAG.search(stripped[:5000])
    is_html = named_html or _HTML_SNIFF.search(stripped[:5000])
    if is_html:
        html = read_html(stripped, max_chars)
        return "html", html.text, html.truncated, html.warnings
    # Old text filings mark layout with SGML tags: <PAGE>, <TABLE>, <S>, <C>, <CAPTION>, <FN>.
    stripped = re.sub(r"</?(PAGE|TABLE|S|C|CAPTION|FN|F\d+)>", "", stripped, flags=re.I)
    return "text", clean_text(stripped), False, []


def _parse_submission(text: str, source: str, digest: str, budget: _Budget) -> Filing:
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
        label = f"document {index} ({raw.doc_type})"
        if budget.skip(label):
            continue
        fmt, body, truncated, notes = _document_text(raw.body, raw.filename, budget.left)
        body = budget.take(body, truncated, label)
        filing.warnings += [f"{label}: {n}" for n in notes]
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
    warnings = list(header.warnings)
    if accession and not re.fullmatch(r"[0-9]{10}-[0-9]{2}-[0-9]{6}", accession):
        warnings.append(f"header ACCESSION NUMBER {accession!r} is not 0000000000-00-000000: ignored, the filing is named by its content hash")
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
        warnings=warnings,
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


def _parse_single(text: str, source: str, digest: str, suffix: str, budget: _Budget) -> Filing:
    notes: list[str] = []
    truncated = False
    if suffix == ".md" or (suffix not in (".htm", ".html", ".xhtml") and looks_like_markdown(text)):
        # Checked before HTML: converters leave tags such as <br> and <span> in Markdown.
        fmt, body = "markdown", clean_text(markdown_to_text(text))
    elif suffix in (".htm", ".html", ".xhtml") or _HTML_SNIFF.search(text[:5000]):
        html = read_html(text, budget.left)
        fmt, body, truncated, notes = "html", html.text, html.truncated, html.warnings
    else:
        fmt, body = "text", clean_text(text)
    body = budget.take(body, truncated, "the document")
    filing = Filing(source=source, sha256=digest, documents=[], warnings=notes)
    # Converters sometimes keep the SEC header as text ("ACCESSION NUMBER: ...").
    if re.search(r"^\W*ACCESSION NUMBER:", body[:20000], re.M):
        header = sgml.parse_classic_header(body[:20000])
        filing = _filing_from_header(header, source, digest)
        filing.warnings += notes
    doc_type = filing.form_type or _form_from_text(body) or "TEXT"
    filing.documents.append(Document(sequence=1, doc_type=doc_type, text=body, filename=Path(source).name, source_format=fmt))
    return filing


_FORM_LINE = re.compile(
    r"^\W*(?:FORM\s+(?P<form>8-K|10-K|10-Q|6-K|20-F|S-1|S-3|S-4|424B\d|SC 14D9|DEF 14A)\b"
    r"|EXHIBIT\s+(?P<exhibit>[0-9]{1,3}(?:\.[0-9]{1,3})?)\b)",
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
