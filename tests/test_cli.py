"""The CLI: every command explains itself with an example, and bad input gets one clear line."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from builders.cli import _parser, main

from .conftest import GOLD, SEED

COMMANDS = sorted(_parser()._subparsers._group_actions[0].choices)  # noqa: SLF001


def test_there_is_a_command_per_stage():
    assert {"build", "validate", "query", "export", "eval"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command, capsys):
    with pytest.raises(SystemExit) as exit_:
        main([command, "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert "examples:" in out
    assert f"filing-kg {command}" in out.split("examples:", 1)[1]


def test_top_level_help_lists_commands_and_exit_codes(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "build" in out and "exit codes" in out


def _run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "builders", *args], capture_output=True, text=True, cwd=cwd)


def test_missing_input_is_one_line_without_traceback(tmp_path):
    result = _run("build", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip() == f"error: {tmp_path / 'nope.txt'}: no such file or folder"


def test_only_unreadable_inputs_is_an_error_and_writes_nothing(tmp_path):
    bad = tmp_path / "scan.pdf.txt"
    bad.write_bytes(b"%PDF-1.7 \x00\x01 binary")
    result = _run("build", str(bad), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "binary file (a PDF document)" in result.stderr
    assert not (tmp_path / "out").exists()


def test_partial_build_exits_3_and_reports_the_bad_file(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    out = tmp_path / "out"
    result = _run("build", str(SEED), str(bad), "--out", str(out), "--quiet")
    assert result.returncode == 3, result.stderr
    assert f"skipped {bad}: empty file" in result.stderr
    report = json.loads((out / "report.json").read_text())
    by_source = {f["source"]: f for f in report["filings"]}
    assert by_source[str(bad)]["status"] == "error"
    assert by_source[str(SEED)]["counts"]["licenses"] == 6
    assert (out / "graph.nq").exists() and (out / "validation.txt").read_text().startswith("Conforms")


def test_validate_exit_codes(tmp_path, seed_out):
    assert _run("validate", str(seed_out)).returncode == 0
    broken = tmp_path / "broken.nq"
    text = (seed_out / "graph.nq").read_text()
    broken.write_text(text.replace("\"0-17999\"", "\"file seventeen\""))
    result = _run("validate", str(broken))
    assert result.returncode == 1
    assert "fkg:fileNumber" in result.stdout and "ImmunoGen, Inc." in result.stdout
    garbage = tmp_path / "garbage.nq"
    garbage.write_text("this is not rdf\n")
    result = _run("validate", str(garbage))
    assert result.returncode == 2 and "cannot parse" in result.stderr and "Traceback" not in result.stderr


def test_unknown_query_suggests_the_list(seed_out):
    result = _run("query", "no-such-query", str(seed_out))
    assert result.returncode == 2
    assert "filing-kg query --list" in result.stderr


def test_summary_reads_back_the_build_report(seed_out):
    result = _run("summary", str(seed_out))
    assert result.returncode == 0, result.stderr
    assert "filings read: 1 of 1" in result.stdout
    assert "licenses: Active 5, Terminated 1" in result.stdout
    assert "validation: conforms" in result.stdout


@pytest.mark.parametrize("command", [
    ["export", "{built}", "--to", "graphml", "--out", "{blocked}/graph.graphml"],
    ["eval", "--gold", "{gold}", "{built}", "--json", "{blocked}/eval.json"],
    ["load", "{built}/graph.nq", "--store", "{blocked}/store"],
])
def test_an_output_path_through_a_file_is_an_error_naming_it(command, tmp_path, seed_out, capsys):
    """A file where the output's folder must be: the path and why, exit 2, no traceback."""
    blocked = tmp_path / "blocked"
    blocked.write_text("a file")
    values = {"built": seed_out, "blocked": blocked, "gold": GOLD / "dev"}
    assert main([part.format(**values) for part in command]) == 2
    err = capsys.readouterr().err
    assert f"error: {blocked}: is a file, not a folder" in err
    assert "Traceback" not in err
