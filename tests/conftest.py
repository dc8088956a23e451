"""Shared fixtures: real filings from data/ and ../shared/corpus, and built graphs of them."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
FILINGS = DATA / "filings"
GOLD = DATA / "gold"
SEED = FILINGS / "immunogen-8k-2003-01-24.txt"
ABVC = FILINGS / "0001213900-25-032135.txt"
MACROGENICS = FILINGS / "MACROGENICSINC_08_02_2013-EX-10-COLLABORATION AGREEMENT.txt"
def _find_corpus() -> Path:
    """The shared corpus: $FILING_KG_CORPUS, else ``shared/corpus`` beside this checkout or an ancestor."""
    if os.environ.get("FILING_KG_CORPUS"):
        return Path(os.environ["FILING_KG_CORPUS"])
    for folder in ROOT.parents:
        if (folder / "shared" / "corpus").is_dir():
            return folder / "shared" / "corpus"
    return ROOT.parent / "shared" / "corpus"


SHARED_CORPUS = _find_corpus()
GOLDENS = Path(__file__).resolve().parent / "goldens"


def load_tool(name: str):
    """``tools/<name>.py`` as a module (the tools are scripts, not part of the package)."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # its dataclasses look their module up while being made
    spec.loader.exec_module(module)
    return module


def extract_text(tmp_path: Path, text: str):
    """``text`` as a filing of its own (a cover naming the filer first, as rule tests write it), extracted."""
    from builders.extract import extract
    from builders.parse import parse_path

    path = tmp_path / "f.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return extract(parse_path(path))


def license_names(ext) -> set[tuple]:
    """Each license as (licensor, licensee, asset) names; None where a part names no mention."""
    name = lambda ref: ext.mentions[ref].name if ref in ext.mentions else None  # noqa: E731
    return {(name(lic.licensor), name(lic.licensee), name(lic.asset)) for lic in ext.licenses}


def entity_names(ext, kind) -> set[str]:
    """Every name (labels and aliases) of the mentions of one kind."""
    return {name for m in ext.mentions.values() if m.kind is kind for name in (m.name, *m.aliases)}


def entity_labels(ext, kind) -> set[str]:
    """The preferred name of each mention of one kind."""
    return {m.name for m in ext.mentions.values() if m.kind is kind}


def pytest_addoption(parser):
    parser.addoption("--update-goldens", action="store_true", help="rewrite tests/goldens/* from the current output")


@pytest.fixture
def update_goldens(request) -> bool:
    return request.config.getoption("--update-goldens")


def corpus_file(relative: str) -> Path:
    """A file of the shared corpus; the test is skipped when the corpus is not beside the project."""
    path = SHARED_CORPUS / relative
    if not path.exists():
        pytest.skip(f"shared corpus file not available: {path}")
    return path


@pytest.fixture(scope="session")
def seed_build():
    from builders.pipeline import build_graph

    return build_graph([SEED])


@pytest.fixture(scope="session")
def seed_extraction(seed_build):
    return seed_build.extractions[0]


@pytest.fixture(scope="session")
def seed_out(tmp_path_factory, seed_build):
    from builders.pipeline import write_outputs

    out = tmp_path_factory.mktemp("seed-build")
    write_outputs(seed_build, out)
    return out


@pytest.fixture(scope="session")
def seed_dataset(seed_out):
    from builders.store import load_dataset

    return load_dataset(seed_out)


# --------------------------------------------------------------------------- query, store and endpoint fixtures

SYNDAX = FILINGS / "e2923f240db86d0096f462f6cb398339d3251b50.md"


def _built(tmp_path_factory, name: str, inputs):
    """Build inputs into a fresh folder with graph files and an Oxigraph store, as `filing-kg build` does."""
    from builders.pipeline import build_graph, write_outputs
    from builders.store import STORE_DIR, fill_store

    out = tmp_path_factory.mktemp(name)
    write_outputs(build_graph(inputs, validate=False), out)
    fill_store(out / "graph.nq", out / STORE_DIR)
    return out


@pytest.fixture(scope="session")
def library_out(tmp_path_factory):
    """The seed with an 8-K (ABVC) and a license agreement exhibit (MacroGenics), built together."""
    return _built(tmp_path_factory, "library-build", [SEED, ABVC, MACROGENICS])


@pytest.fixture(scope="session")
def syndax_out(tmp_path_factory):
    """A 10-K with in- and out-licenses, built alone."""
    return _built(tmp_path_factory, "syndax-build", [SYNDAX])


@pytest.fixture(scope="session")
def library_engines(library_out):
    from builders.store import open_engine

    return {"rdflib": open_engine(library_out, engine="rdflib"), "oxigraph": open_engine(library_out)}


@pytest.fixture(scope="session")
def syndax_engines(syndax_out):
    from builders.store import open_engine

    return {"rdflib": open_engine(syndax_out, engine="rdflib"), "oxigraph": open_engine(syndax_out)}


@pytest.fixture
def corpus(tmp_path):
    """Three real filings in a folder of their own: what the incremental-build tests change, add and remove."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in (SEED, ABVC, MACROGENICS):
        shutil.copy(path, folder / path.name)
    return folder
