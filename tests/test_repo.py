"""The checkout itself: no merge left its conflict markers in a tracked file."""

from __future__ import annotations

import re
import subprocess

from .conftest import ROOT


def test_no_conflict_markers_in_tracked_files():
    listed = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=False)
    if listed.returncode != 0:
        return  # not a git checkout (an unpacked sdist): nothing to check
    marker = re.compile(r"^(<{7} |>{7} |={7}$)", re.M)
    offenders = []
    for name in listed.stdout.splitlines():
        path = ROOT / name
        if path.suffix in {".png", ".jpg", ".gz", ".nq"} or not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="ignore")
        if marker.search(text):
            offenders.append(name)
    assert not offenders
