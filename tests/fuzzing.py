"""What fuzzing checks on one input, shared by the hypothesis tests (tests/test_fuzz.py)
and the atheris fuzzer (tests/fuzz_atheris.py).

For any bytes: parsing raises nothing but ParseError; extraction (with the pipeline's
guards on its output) raises nothing; every
piece of evidence points inside its document's text and its quote is exactly that span;
the emitted graph is valid N-Quads that rdflib reads back to the same statements.
"""

from __future__ import annotations

from collections.abc import Iterator

from builders.emit import emit as emit_dataset
from builders.emit import nquads
from builders.errors import ParseError
from builders.model import Evidence, Extraction, Filing
from builders.parse import Limits, parse_bytes
from builders.pipeline import extract_filing
from builders.resolve import resolve

from .nquads_check import check_nquads

# Small limits keep every example fast and exercise the cut paths too.
FUZZ_LIMITS = Limits(max_file_bytes=1 << 20, max_text_chars=50_000)

# Pieces of real filings: SGML structure, both header dialects, HTML, cover page
# labels, licensing prose, signatures, and characters that break naive code.
FRAGMENTS = [
    "<SEC-DOCUMENT>", "<SEC-HEADER>", "</SEC-HEADER>", "<DOCUMENT>", "</DOCUMENT>", "<TEXT>", "</TEXT>",
    "<TYPE>8-K\n", "<TYPE>EX-99.1\n", "<TYPE>EX-10.1\n", "<TYPE>GRAPHIC\n", "<SEQUENCE>1\n", "<SEQUENCE>1\n",
    "<SEQUENCE>x\n", "<FILENAME>a.htm\n", "<FILENAME>../../x.htm\n", "<DESCRIPTION>PRESS RELEASE\n",
    "ACCESSION NUMBER:\t\t0000000001-24-000001\n", "ACCESSION NUMBER: ../0000000001-24-000001\n",
    "CONFORMED SUBMISSION TYPE:\t8-K\n", "FILED AS OF DATE:\t\t20240230\n", "FILED AS OF DATE:\t\t20031399\n",
    "ITEM INFORMATION:\t\tEntry into a Material Definitive Agreement\n", "FILER:\n", "\tCOMPANY DATA:\t\n",
    "\t\tCOMPANY CONFORMED NAME:\t\t\tACME BIO\x07 INC\n", "\t\tCENTRAL INDEX KEY:\t\t\t0000000001\n",
    "\t\tCENTRAL INDEX KEY:\t\t\t\u0661\u0662\u0663\n", "\t\tIRS NUMBER:\t\t\t123456789\n", "FORMER COMPANY:\n",
    "\t\tFORMER CONFORMED NAME:\tOLD NAME CORP\n", "\t\tDATE OF NAME CHANGE:\t19991231\n", "SUBJECT COMPANY:\n",
    "<SUBMISSION>\n", "<ACCESSION-NUMBER>0000000002-24-000002\n", "<CONFORMED-NAME>Quote \"Bio\" > Inc\nNext\n",
    "<FILER>\n", "</FILER>\n", "<COMPANY-DATA>\n", "<CIK>0000000002\n", "<TYPE>8-K\n",
    "<html>", "<body>", "<p>", "</p>", "<table>", "<tr>", "<td>", "</td>", "</tr>", "</table>", "<br>",
    "<div style='display:none'>", "</div>", "<!--", "-->", "<pre>", "</pre>", "<script>", "</script>",
    "<ix:header>", "</ix:header>", "&amp;", "&#160;", "&#0;", "&#x1b;", "&nbsp;", "&lt;", "<b>", "<font>",
    "UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\n", "FORM 8-K\n", "FORM 10-K\n", "CURRENT REPORT\n",
    "Date of Report (Date of earliest event reported): January 24, 2003\n",
    "Acme Therapeutics, Inc.\n(Exact name of registrant as specified in its charter)\n",
    "Delaware\n(State or other jurisdiction of incorporation)\n", "001-12345\n", "04-2726691\n",
    "Item 1.01 Entry into a Material Definitive Agreement.\n", "Item 1.02 Termination of a Material Definitive Agreement.\n",
    "On March 3, 2023, Acme Therapeutics, Inc. granted Beta Pharma Corp. an exclusive, worldwide license to develop and commercialize acmezumab. ",
    "Beta Pharma Corp. (\"Beta\") paid an upfront fee of $5 million and will pay royalties on net sales. ",
    "In 1999, the Company licensed these rights to SmithKline Beecham, which later became GlaxoSmithKline plc. ",
    "The Company has regained the development and commercialization rights for cantuzumab mertansine (huC242-DM1). ",
    "Millennium Pharmaceuticals, Inc. is developing MLN2704 using the Company's TAP technology. ",
    "The agreement terminated on June 30, 2004. ", "The license became effective on February 30, 2024. ",
    "On 31 April 2003 the Company terminated the license agreement with Beta Pharma Corp. ", "13/45/2003 ", "The latter is licensed to Gamma Corp. ", "It is in Phase 2 clinical trials. ",
    "\"We are pleased,\" said Jane Q. Smith, Chief Executive Officer of Acme Therapeutics, Inc. ",
    "SIGNATURES\n", "/s/ John A. Doe\n", "John A. Doe\nChief Financial Officer\n", "By: /s/ Mary Roe\nName: Mary Roe\nTitle: President\n",
    "Contact: Pat Lee, (617) 555-0100\n", "Exhibit 99.1 Press release dated January 24, 2003\n", "99.1 | Press Release\n",
    "Caf\u00e9 \u201cQuoted\u201d \u2013 \u2122 ", "\u00ad", "\u200b", "\ufeff", "\x00", "\x1b[31m", "\x85", "\u2028",
    "\"", ">", "<", "\\", "{", "}", "|", "^", "`", "\n", "\n\n", "\r\n", "\t", "  ", ". ", ", ", "(", ")", "[[O:0]]",
]


def evidence_of(ext: Extraction) -> Iterator[tuple[str, Evidence]]:
    """Every piece of evidence an extraction carries, with where it hangs."""
    for ref, mention in ext.mentions.items():
        for ev in mention.evidence:
            yield f"mention {ref}", ev
    for fact in ext.facts:
        yield f"fact {fact.prop}", fact.evidence
    for role in ext.roles:
        yield "role", role.evidence
    for lic in ext.licenses:
        for ev in lic.evidence:
            yield "license", ev
        for event in lic.events:
            yield f"license event {event.type}", event.evidence
    for collab in ext.collaborations:
        for ev in collab.evidence:
            yield "collaboration", ev
    for ev in ext.cover.evidence:
        yield "cover", ev


def evidence_problems(filing: Filing, ext: Extraction) -> list[str]:
    texts = {d.sequence: d.text for d in filing.documents}
    problems = []
    for where, ev in evidence_of(ext):
        text = texts.get(ev.doc)
        if text is None:
            problems.append(f"{where}: evidence points at document {ev.doc}, which does not exist")
        elif not 0 <= ev.start <= ev.end <= len(text):
            problems.append(f"{where}: offsets {ev.start}-{ev.end} outside the text (length {len(text)})")
        elif text[ev.start : ev.end] != ev.quote:
            problems.append(f"{where}: quote {ev.quote[:60]!r} is not the text at {ev.start}-{ev.end}: {text[ev.start : ev.end][:60]!r}")
    return problems


def check_input(data: bytes, suffix: str = ".txt") -> Extraction | None:
    """Run parse -> extract -> resolve -> emit on ``data`` and assert every invariant."""
    try:
        filing = parse_bytes(data, "fuzz" + suffix, suffix=suffix, limits=FUZZ_LIMITS)
    except ParseError as exc:
        assert exc.reason and "\n" not in exc.reason
        return None
    for doc in filing.documents:
        assert len(doc.text) <= FUZZ_LIMITS.max_text_chars
    ext = extract_filing(filing)
    problems = evidence_problems(filing, ext)
    assert not problems, "\n".join(problems)
    text = nquads(emit_dataset([ext], resolve([ext])))
    check_nquads(text)
    return ext
