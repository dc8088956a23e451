"""Writes the hostile and broken inputs of this folder (run it to regenerate them).

Each file is small and made by a function below, so what it contains and why is
readable here rather than in a hex dump. The 50 MB filing is not committed: tests
and benchmarks call :func:`write_big_filing` to make it in a temporary folder.

    python tests/bad_inputs/make_bad_inputs.py          # rewrite the small files
    python tests/bad_inputs/make_bad_inputs.py --big X  # also write the 50 MB filing to X
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Identifiers from the reserved-looking 99999xxxxx CIK range so nothing collides with a real filer.
ACC_TRUNCATED = "0009999901-24-000001"
ACC_CONTRADICTS = "0009999902-24-000002"
ACC_DUPLICATE = "0009999903-24-000003"
ACC_BIG = "0009999904-24-000004"

PROSE = (
    "On March 3, 2023, {licensor} granted {licensee} an exclusive, worldwide license to develop "
    "and commercialize {product}. {licensee} paid an upfront fee of $5 million."
)


def _submission(accession: str, form: str, name: str, cik: str, documents: list[tuple[str, str]]) -> str:
    """A classic EDGAR full submission: SGML header and ``<DOCUMENT>`` blocks."""
    header = (
        f"<SEC-DOCUMENT>{accession}.txt : 20240102\n<SEC-HEADER>{accession}.hdr.sgml : 20240102\n"
        f"ACCESSION NUMBER:\t\t{accession}\nCONFORMED SUBMISSION TYPE:\t{form}\nPUBLIC DOCUMENT COUNT:\t\t{len(documents)}\n"
        f"FILED AS OF DATE:\t\t20240102\n\nFILER:\n\n\tCOMPANY DATA:\t\n"
        f"\t\tCOMPANY CONFORMED NAME:\t\t\t{name}\n\t\tCENTRAL INDEX KEY:\t\t\t{cik}\n"
        f"\t\tSTATE OF INCORPORATION:\t\t\tDE\n\n\tFILING VALUES:\n\t\tFORM TYPE:\t\t{form}\n"
        f"\t\tSEC FILE NUMBER:\t000-99999\n</SEC-HEADER>\n"
    )
    blocks = [
        f"<DOCUMENT>\n<TYPE>{doc_type}\n<SEQUENCE>{i}\n<FILENAME>doc{i}.txt\n<TEXT>\n{body}\n</TEXT>\n</DOCUMENT>\n"
        for i, (doc_type, body) in enumerate(documents, start=1)
    ]
    return header + "".join(blocks) + "</SEC-DOCUMENT>\n"


def _cover(form: str, name: str) -> str:
    return (
        f"UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549\n\nFORM {form}\n\n"
        f"CURRENT REPORT\n\n{name}\n(Exact name of registrant as specified in its charter)\n\n"
        "Delaware\n(State or other jurisdiction of incorporation)\n\n"
    )


# --------------------------------------------------------------------------- the files


def empty() -> bytes:
    return b""


def binary_pdf() -> bytes:
    return b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" + bytes(range(256)) * 4


def binary_jpeg() -> bytes:
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(range(256)) * 8


def truncated_sgml() -> bytes:
    """A submission cut off mid-document: no </TEXT>, </DOCUMENT> or </SEC-DOCUMENT>."""
    body = _cover("8-K", "Truncatia Therapeutics, Inc.") + "Item 1.01 Entry into a Material Definitive Agreement.\n\n" + PROSE.format(
        licensor="Truncatia Therapeutics, Inc.", licensee="Halfway Pharma Corp.", product="cutamab"
    ) + "\n\nOn April 1, 2023, Truncatia Therapeutics, Inc. entered into a research colla"
    text = _submission(ACC_TRUNCATED, "8-K", "TRUNCATIA THERAPEUTICS INC", "0009999901", [("8-K", body)])
    return text[: text.index(body) + len(body)].encode()


def nested_unclosed_html() -> bytes:
    """Tags that never close, stray closing tags, a table with no rows closed, 3000 levels of nesting."""
    deep = "<div><font>" * 3000 + "Deeply nested text is still text." + "</font></div>" * 1000
    return (
        "<html><head><title>Form 8-K</title><body><p><b>FORM 8-K<p><i>Unclosa Bio, Inc.<br>"
        "(Exact name of registrant as specified in its charter)</i></div></span>"
        "<table><tr><td>Delaware<td>001-99999<tr><td>(State)<td>(File)</table></table></td>"
        "<p>" + PROSE.format(licensor="Unclosa Bio, Inc.", licensee="Openend Pharmaceuticals Inc.", product="nestumab")
        + "<p><a href='x'><b><i>Unclosed formatting at the end" + deep
    ).encode()


def cp1252_text() -> bytes:
    """Windows-1252: curly quotes, an en dash, a trademark sign and accented names."""
    text = _cover("8-K", "Caf\u00e9 Biosciences, Inc.") + (
        "On March 3, 2023, Caf\u00e9 Biosciences, Inc. (\u201cCaf\u00e9\u201d) granted Soci\u00e9t\u00e9 G\u00e9n\u00e9rique S.A. an exclusive, "
        "worldwide license to develop and commercialize cafumab\u2122 \u2013 its lead antibody.\n"
    )
    return text.encode("cp1252")


def latin1_text() -> bytes:
    """ISO-8859-1 with bytes that Windows-1252 leaves undefined (0x81, 0x8d, 0x8f, 0x90, 0x9d)."""
    text = _cover("8-K", "M\u00fcller Biotech AG") + PROSE.format(licensor="M\u00fcller Biotech AG", licensee="\u00c5ngstr\u00f6m Pharma AB", product="latinumab")
    return text.encode("latin-1").replace(b"Pharma AB", b"Pharma AB\x81\x8d\x8f\x90\x9d", 1)


def utf16_bom() -> bytes:
    text = _cover("8-K", "Sixteen Bits Therapeutics, Inc.") + PROSE.format(licensor="Sixteen Bits Therapeutics, Inc.", licensee="Wide Char Pharma Inc.", product="sixteenumab")
    return text.encode("utf-16")  # little-endian with a BOM


def utf16_be_no_bom() -> bytes:
    text = _cover("8-K", "Big Endian Bio, Inc.") + PROSE.format(licensor="Big Endian Bio, Inc.", licensee="Byte Order Pharma Inc.", product="endianumab")
    return text.encode("utf-16-be")


def header_contradicts_cover() -> bytes:
    """The SEC header says one company and form, the cover page another."""
    body = _cover("10-K", "Beta Contrary Therapeutics, Inc.") + PROSE.format(licensor="Alpha Header Biosciences Inc.", licensee="Gamma Licensee Corp.", product="contramab")
    return _submission(ACC_CONTRADICTS, "8-K", "ALPHA HEADER BIOSCIENCES INC", "0009999902", [("8-K", body)]).encode()


def duplicate_a() -> bytes:
    body = _cover("8-K", "Twice Filed Bio, Inc.") + PROSE.format(licensor="Twice Filed Bio, Inc.", licensee="First Copy Pharma Inc.", product="duplimab")
    return _submission(ACC_DUPLICATE, "8-K", "TWICE FILED BIO INC", "0009999903", [("8-K", body)]).encode()


def duplicate_b() -> bytes:
    """Same accession number as duplicate_a, different content (a bad mirror or a hand edit)."""
    body = _cover("8-K", "Twice Filed Bio, Inc.") + PROSE.format(licensor="Twice Filed Bio, Inc.", licensee="Second Copy Pharma Inc.", product="duplimab")
    return _submission(ACC_DUPLICATE, "8-K", "TWICE FILED BIO INC", "0009999903", [("8-K", body)]).encode()


def control_characters() -> bytes:
    """Control characters in the header and the prose: a bell, a terminal escape, DEL, C1 NEL, a NUL."""
    name = "CONTROL\x07 CHARS\x1b[2J BIO\x7f INC"
    body = _cover("8-K", "Control Chars\x1b[31m Bio, Inc.") + PROSE.format(
        licensor="Control\x00 Chars Bio, Inc.", licensee="Escape\x1b]0;pwned\x07 Pharma Inc.", product="ctrl\x85umab"
    )
    return _submission("0009999905-24-000005", "8-K", name, "0009999905", [("8-K", body)]).encode()


def odd_names() -> bytes:
    """Names with ``>``, ``"``, ``<``, a backslash and a newline, in the header (feed dialect) and the prose."""
    header = (
        "<SUBMISSION>\n<ACCESSION-NUMBER>0009999906-24-000006\n<TYPE>8-K\n<FILING-DATE>20240102\n"
        "<FILER>\n<COMPANY-DATA>\n<CONFORMED-NAME>QUOTE \"AND\" ANGLE > BIO\nSECOND LINE INC\n"
        "<CIK>0009999906\n</COMPANY-DATA>\n</FILER>\n"
    )
    body = _cover("8-K", 'Quote "And" Angle > Bio, Inc.') + PROSE.format(
        licensor='Quote "And" Angle > Bio, Inc.', licensee="Back\\slash <Brackets> Pharma Inc.", product="quotumab"
    ) + "\n\nOn May 5, 2023, Quote \"And\" Angle > Bio, Inc. entered into a license agreement with Split\nLine Pharma Corp.\n"
    return (header + f"<DOCUMENT>\n<TYPE>8-K\n<SEQUENCE>1\n<FILENAME>odd.txt\n<TEXT>\n{body}\n</TEXT>\n</DOCUMENT>\n</SUBMISSION>\n").encode()


def path_traversal() -> bytes:
    """Header and document fields that look like paths out of the output folder."""
    body = _cover("8-K", "Traversal Labs, Inc.") + PROSE.format(licensor="Traversal Labs, Inc.", licensee="Dotdot Pharma Inc.", product="escapumab")
    text = _submission("0009999907-24-000007", "8-K", "../../../../tmp/TRAVERSAL LABS INC", "0009999907", [("8-K", body)])
    text = text.replace("ACCESSION NUMBER:\t\t0009999907-24-000007", "ACCESSION NUMBER:\t\t../../../../tmp/0009999907-24-000007")
    return text.replace("<FILENAME>doc1.txt", "<FILENAME>../../../../../tmp/evil.htm").encode()


def long_run() -> bytes:
    """20,000 characters with no space or punctuation (an inline base64 blob in a text filing):
    the extractor's alias patterns take time in the square of such a run."""
    rng = random.Random(20)
    blob = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(20_000))
    text = _cover("8-K", "Blob Carrier Bio, Inc.") + PROSE.format(licensor="Blob Carrier Bio, Inc.", licensee="Base Sixty Four Pharma Inc.", product="blobumab")
    return (text + "\n\n" + blob + "\n").encode()


FILES: dict[str, Callable[[], bytes]] = {
    "empty.txt": empty,
    "binary-pdf.txt": binary_pdf,
    "binary-jpeg.htm": binary_jpeg,
    "truncated-sgml.txt": truncated_sgml,
    "nested-unclosed.htm": nested_unclosed_html,
    "cp1252.txt": cp1252_text,
    "latin1.txt": latin1_text,
    "utf16-bom.txt": utf16_bom,
    "utf16-be-no-bom.txt": utf16_be_no_bom,
    "header-contradicts-cover.txt": header_contradicts_cover,
    "duplicate-accession-a.txt": duplicate_a,
    "duplicate-accession-b.txt": duplicate_b,
    "control-characters.txt": control_characters,
    "odd-names.nc": odd_names,
    "path-traversal.txt": path_traversal,
    "long-run.txt": long_run,
}


# --------------------------------------------------------------------------- the 50 MB filing

_WORDS = [
    "clinical", "development", "regulatory", "approval", "manufacturing", "capacity",
    "intellectual", "property", "patent", "protection", "competition", "reimbursement",
    "collaboration", "milestone", "royalty", "revenue", "expenses", "liquidity", "capital",
    "resources", "market", "volatility", "personnel", "retention", "product", "candidates",
    "preclinical", "studies", "trial", "enrollment", "adverse", "events", "supply", "chain",
]


def _risk_paragraph(rng: random.Random) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(40, 90))]
    sentences, i = [], 0
    while i < len(words):
        n = rng.randint(8, 18)
        chunk = words[i : i + n]
        sentences.append("Our " + " ".join(chunk) + " may be adversely affected.")
        i += n
    return " ".join(sentences)


def _table(rng: random.Random) -> str:
    rows = "".join(
        f"<tr><td>{rng.choice(_WORDS).title()} {rng.choice(_WORDS)}</td><td>$</td><td>{rng.randint(1, 99_999):,}</td>"
        f"<td>$</td><td>{rng.randint(1, 99_999):,}</td></tr>"
        for _ in range(rng.randint(5, 25))
    )
    return f"<table border='0'>{rows}</table>"


def write_big_filing(path: str | Path, megabytes: float = 50.0, seed: int = 8) -> Path:
    """A 10-K full submission of ``megabytes`` MB: ~90% HTML prose and tables, ~10% an uuencoded graphic.

    Streamed to disk, so making it costs no memory. Deterministic for a given seed.
    """
    path = Path(path)
    target = int(megabytes * 1024 * 1024)
    rng = random.Random(seed)
    name = "Fifty Megabyte Therapeutics, Inc."
    head = _submission(ACC_BIG, "10-K", "FIFTY MEGABYTE THERAPEUTICS INC", "0009999904", [])
    head = head[: head.index("</SEC-DOCUMENT>")]
    graphic_bytes = target // 10
    with path.open("w", encoding="ascii", newline="\n") as out:
        out.write(head)
        out.write("<DOCUMENT>\n<TYPE>10-K\n<SEQUENCE>1\n<FILENAME>big10k.htm\n<TEXT>\n<html><body>\n")
        out.write("<p>" + _cover("10-K", name).replace("\n\n", "</p><p>") + "</p>\n")
        out.write("<p>" + PROSE.format(licensor=name, licensee="Partner Pharma Inc.", product="fiftymab") + "</p>\n")
        written = out.tell()
        while written < target - graphic_bytes:
            chunk = "".join(f"<p>{_risk_paragraph(rng)}</p>\n" if rng.random() < 0.7 else _table(rng) + "\n" for _ in range(50))
            out.write(chunk)
            written += len(chunk)
        out.write("</body></html>\n</TEXT>\n</DOCUMENT>\n")
        out.write("<DOCUMENT>\n<TYPE>GRAPHIC\n<SEQUENCE>2\n<FILENAME>chart.jpg\n<TEXT>\nbegin 644 chart.jpg\n")
        line = "M" + "".join(chr(32 + (i * 7) % 64) for i in range(60)) + "\n"
        while out.tell() < target - 64:
            out.write(line)
        out.write("`\nend\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n")
    return path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--big", metavar="FILE", help="also write the 50 MB filing to FILE")
    parser.add_argument("--megabytes", type=float, default=50.0)
    args = parser.parse_args(argv)
    for name, make in FILES.items():
        (HERE / name).write_bytes(make())
    if args.big:
        write_big_filing(args.big, args.megabytes)


if __name__ == "__main__":
    main()
