"""An installed wheel works outside the checkout: ontology, shapes and queries ship inside it."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile

import pytest

from .conftest import ROOT, SEED


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    dist = tmp_path_factory.mktemp("dist")
    # No build isolation: the test must not download build requirements.
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", str(dist), str(ROOT)], check=True)
    return next(dist.glob("filing_kg-*.whl"))


def test_wheel_contains_the_ontology_and_the_query_library(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"builders/ontology/filing-kg.ttl", "builders/ontology/shapes.ttl", "builders/queries/license-history.rq"} <= names
    assert any(n.endswith("entry_points.txt") for n in names)


def test_installed_wheel_builds_the_seed_outside_the_checkout(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", "--target", str(target), str(wheel)], check=True)
    env = dict(os.environ, PYTHONPATH=str(target))
    probe = subprocess.run([sys.executable, "-c", "import builders; print(builders.__file__)"], capture_output=True, text=True, cwd=tmp_path, env=env, check=True)
    assert probe.stdout.startswith(str(target)), "the test must exercise the installed copy, not the checkout"
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, "-m", "builders", "build", str(SEED), "--out", str(out)], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    assert "validation: conforms" in result.stdout
    assert (out / "graph.nq").stat().st_size > 10_000
    listed = subprocess.run([sys.executable, "-m", "builders", "query", "--list"], capture_output=True, text=True, cwd=tmp_path, env=env, check=True)
    assert "license-history" in listed.stdout


def test_wheel_ships_the_html_page_and_its_library(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assets = {f"builders/export/assets/{n}" for n in ("cytoscape.min.js", "cytoscape.LICENSE", "page.html", "page.css", "page.js")}
    assert assets <= names


def test_wheel_ships_the_word_lists_and_the_given_names_licence(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"builders/extract/common_words.txt", "builders/extract/given_names.txt", "builders/extract/given_names.LICENSE",
            "builders/extract/drug_names.txt", "builders/extract/drug_names.LICENSE"} <= names
