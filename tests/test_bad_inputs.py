"""Hostile and broken inputs (tests/bad_inputs): each is reported in report.json in one line
naming the file and the reason, what can be read is read, the rest of the build is unchanged,
and the exit status says "partial".
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from builders.cli import EXIT_ERROR, EXIT_PARTIAL, main
from builders.emit import nquads
from builders.errors import ParseError
from builders.parse import Limits, parse_path
from builders.pipeline import build_graph

from .bad_inputs.make_bad_inputs import ACC_BIG, ACC_DUPLICATE, FILES, write_big_filing
from .conftest import ABVC, SEED
from .nquads_check import check_nquads

BAD = Path(__file__).resolve().parent / "bad_inputs"
GOOD = [SEED, ABVC]

# file -> (status in report.json, what its one line must say)
EXPECTED = {
    "empty.txt": ("error", "empty file (no text)"),
    "binary-pdf.txt": ("error", "binary file (a PDF document), not a filing"),
    "binary-jpeg.htm": ("error", "binary file (a JPEG image), not a filing"),
    "truncated-sgml.txt": ("warning", "document 1 (8-K) is truncated: no </DOCUMENT>"),
    "nested-unclosed.htm": ("warning", "HTML nested deeper than the parser's limit"),
    "cp1252.txt": ("warning", "not UTF-8: read as Windows-1252"),
    "latin1.txt": ("warning", "read as ISO-8859-1 (latin-1)"),
    "utf16-bom.txt": ("warning", "read as UTF-16 with a byte order mark"),
    "utf16-be-no-bom.txt": ("warning", "read as UTF-16-BE without a byte order mark"),
    "header-contradicts-cover.txt": ("warning", "the cover page names 'Beta Contrary Therapeutics, Inc.'; the header is used"),
    # b has more text ("Second" is longer than "First"): it is kept, whatever the order.
    "duplicate-accession-a.txt": ("error", f"duplicate filing {ACC_DUPLICATE} with different content"),
    "duplicate-accession-b.txt": ("ok", None),
    "control-characters.txt": ("warning", "control character(s) removed (U+0000, U+0007, U+001B, U+007F, U+0085)"),
    "odd-names.nc": ("warning", "header <CONFORMED-NAME> value spans several lines"),
    "path-traversal.txt": ("warning", "header ACCESSION NUMBER '../../../../tmp/0009999907-24-000007' is not"),
    "long-run.txt": ("warning", "document 1: 1 run(s) of over 100 characters without a space or punctuation (not prose): split for extraction"),
}
UNREADABLE = {name for name, (status, _) in EXPECTED.items() if status == "error"}
EXIT_OK_WITH_WARNINGS = 0  # warnings alone do not make a build partial: every file was read


def bad(name: str) -> Path:
    return BAD / name


def test_every_bad_input_is_listed_and_is_what_the_script_makes():
    assert set(EXPECTED) == set(FILES)
    for name, make in FILES.items():
        assert bad(name).read_bytes() == make(), f"{name} differs from make_bad_inputs.py: rerun it"


@pytest.fixture(scope="module")
def mixed_build(tmp_path_factory):
    """The good filings and every bad input in one build, through the CLI."""
    out = tmp_path_factory.mktemp("mixed")
    code = main(["build", *map(str, GOOD), str(BAD), "--out", str(out), "--quiet", "--no-validate"])
    return code, out, json.loads((out / "report.json").read_text(encoding="utf-8"))


def test_a_build_with_bad_inputs_is_partial(mixed_build):
    code, out, report = mixed_build
    assert code == EXIT_PARTIAL
    assert report["summary"] == {"files": len(GOOD) + len(EXPECTED), "read": len(GOOD) + len(EXPECTED) - len(UNREADABLE), "failed": len(UNREADABLE)}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_bad_input_gets_one_line_naming_the_file_and_the_reason(mixed_build, name):
    _code, _out, report = mixed_build
    status, reason = EXPECTED[name]
    entry = next(f for f in report["filings"] if Path(f["source"]).name == name)
    assert entry["status"] == status
    lines = [line for line in report["problems"] if line.startswith(f"{entry['source']}: ")]
    if reason is None:
        assert lines == []
    else:
        assert any(reason in line for line in lines), lines
        kind = "error" if status == "error" else "warning"
        assert all(line.startswith(f"{entry['source']}: {kind}: ") for line in lines), lines
    assert all("\n" not in line and "\x1b" not in line for line in report["problems"])


def test_good_filings_are_reported_clean(mixed_build):
    _code, _out, report = mixed_build
    for f in report["filings"]:
        if Path(f["source"]) in GOOD:
            assert f["status"] == "ok" and f["counts"]["facts"] > 0


def _lines(text: str) -> set[str]:
    return set(text.splitlines())


def test_bad_inputs_add_only_their_own_readable_graphs(mixed_build):
    """graph.nq = the good files' build + each readable bad file's build alone, nothing else."""
    _code, out, _report = mixed_build
    have = _lines((out / "graph.nq").read_text(encoding="utf-8"))
    want = _lines(nquads(build_graph(GOOD, validate=False).dataset))
    readable = sorted(set(EXPECTED) - UNREADABLE)
    for name in readable:
        want |= _lines(nquads(build_graph([bad(name)], validate=False).dataset))
    assert have == want
    graphs = {line.rsplit(" ", 2)[-2] for line in have}
    assert len(graphs) == len(GOOD) + len(readable)


def test_the_graph_is_valid_nquads_without_control_characters(mixed_build):
    _code, out, _report = mixed_build
    text = (out / "graph.nq").read_text(encoding="utf-8")
    check_nquads(text)
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", text)
    assert "[31m" not in text and "]0;pwned" not in text


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("cp1252.txt", "Caf\u00e9 Biosciences, Inc. (\"Caf\u00e9\") granted Soci\u00e9t\u00e9 G\u00e9n\u00e9rique S.A."),
        ("latin1.txt", "M\u00fcller Biotech AG granted \u00c5ngstr\u00f6m Pharma AB an exclusive"),
        ("utf16-bom.txt", "Sixteen Bits Therapeutics, Inc. granted Wide Char Pharma Inc."),
        ("utf16-be-no-bom.txt", "Big Endian Bio, Inc. granted Byte Order Pharma Inc."),
        ("nested-unclosed.htm", "Deeply nested text is still text."),
        ("nested-unclosed.htm", "Unclosa Bio, Inc. granted Openend Pharmaceuticals Inc. an exclusive"),
        ("truncated-sgml.txt", "entered into a research colla"),
        ("control-characters.txt", "Escape Pharma Inc."),
        ("long-run.txt", "Blob Carrier Bio, Inc. granted Base Sixty Four Pharma Inc."),
    ],
)
def test_what_can_be_read_is_read(name, text):
    filing = parse_path(bad(name))
    assert text in filing.documents[0].text


def test_header_values_are_one_clean_line():
    filer = parse_path(bad("control-characters.txt")).filers[0]
    assert filer.name == "CONTROL CHARS BIO INC"
    filer = parse_path(bad("odd-names.nc")).filers[0]
    assert filer.name == 'QUOTE "AND" ANGLE > BIO SECOND LINE INC'


def test_of_two_different_copies_the_fuller_one_is_kept_whatever_the_order():
    a, b = bad("duplicate-accession-a.txt"), bad("duplicate-accession-b.txt")
    first, second = build_graph([a, b], validate=False), build_graph([b, a], validate=False)
    assert nquads(first.dataset) == nquads(second.dataset)
    assert [f.status for f in first.report.filings] == ["error", "ok"]
    assert [f.status for f in second.report.filings] == ["ok", "error"]
    assert first.report.filings[0].error == f"duplicate filing {ACC_DUPLICATE} with different content: {b} was kept (more text), this copy skipped"


def test_an_identical_copy_is_a_warning_not_an_error(tmp_path):
    copy = tmp_path / "copy.txt"
    copy.write_bytes(ABVC.read_bytes())
    result = build_graph([ABVC, copy], validate=False)
    # Identical copies are told apart by path: the one whose path sorts first is read.
    kept, skipped = sorted([ABVC, copy], key=str)
    status = {f.source: f for f in result.report.filings}
    assert status[str(kept)].status == "ok"
    assert status[str(skipped)].status == "warning"
    assert status[str(skipped)].warnings == [f"identical copy of {kept} (filing 0001213900-25-032135): not read twice"]
    assert not result.report.failed
    assert nquads(build_graph([copy, ABVC], validate=False).dataset) == nquads(result.dataset)


def test_file_names_with_newlines_and_escapes_stay_one_line(tmp_path):
    evil = tmp_path / "evil\nname\x1b[2J.txt"
    evil.write_text("")
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, "-m", "builders", "build", str(SEED), str(evil), "--out", str(out), "--quiet", "--no-validate"], capture_output=True, text=True)
    assert result.returncode == EXIT_PARTIAL
    assert "\x1b" not in result.stderr
    assert result.stderr.count("\n") == 1 and "evil\\x0aname\\x1b[2J.txt: empty file" in result.stderr
    problems = json.loads((out / "report.json").read_text(encoding="utf-8"))["problems"]
    assert problems == [f"{tmp_path}/evil\\x0aname\\x1b[2J.txt: error: empty file (no text)"]


# --------------------------------------------------------------------------- the 50 MB filing


@pytest.fixture(scope="module")
def big_filing(tmp_path_factory) -> Path:
    return write_big_filing(tmp_path_factory.mktemp("big") / "big-10k.txt")


def test_the_50_mb_filing_is_read_up_to_the_text_limit(big_filing):
    assert big_filing.stat().st_size >= 50 * 1024 * 1024
    filing = parse_path(big_filing, limits=Limits(max_text_chars=200_000))
    assert filing.accession == ACC_BIG
    assert [d.doc_type for d in filing.documents] == ["10-K"]  # the uuencoded graphic is not text
    assert len(filing.documents[0].text) == 200_000
    assert filing.documents[0].text.startswith("UNITED STATES")
    assert filing.warnings == ["text cut at 200,000 characters (the limit): document 1 (10-K) is only partly read; what follows is not read"]


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(big_filing):
    with pytest.raises(ParseError, match=r"file too large \(50 MB; the limit is 10 MB\)"):
        parse_path(big_filing, limits=Limits(max_file_bytes=10 * 1024 * 1024))


def test_limits_on_the_command_line(big_filing, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["build", str(big_filing), "--out", str(out), "--max-file-mb", "10"]) == EXIT_ERROR
    assert "file too large (50 MB; the limit is 10 MB)" in capsys.readouterr().err
    assert not out.exists()
    code = main(["build", str(SEED), str(big_filing), "--out", str(out), "--quiet", "--no-validate", "--max-text-chars", "20000"])
    assert code == EXIT_OK_WITH_WARNINGS
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert f"{big_filing}: warning: text cut at 20,000 characters (the limit): document 1 (10-K) is only partly read; what follows is not read" in report["problems"]
    with pytest.raises(SystemExit):
        main(["build", str(SEED), "--out", str(out), "--max-text-chars", "0"])



def test_build_help_documents_the_exit_codes(capsys):
    with pytest.raises(SystemExit):
        main(["build", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "Exit codes: 0 built (warnings allowed), 1 SHACL violations, 2 error (nothing written), 3 partial" in out


def test_special_files_are_refused_not_read_forever():
    with pytest.raises(ParseError, match="not a regular file"):
        parse_path("/dev/zero")
    proc = Path("/proc/self/status")  # says 0 bytes on disk, holds more: the read itself is bounded
    if proc.exists():
        assert proc.stat().st_size == 0
        with pytest.raises(ParseError, match=r"file too large \(more than the limit of 100 bytes\)"):
            parse_path(proc, limits=Limits(max_file_bytes=100))
