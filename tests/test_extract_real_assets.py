"""Assets as real filings name them in deals, pipelines and platform descriptions (phrasings of
data/probes/entities-3.json, written here with made-up names)."""

from __future__ import annotations

from builders.model import Kind

from .conftest import extract_text

FILER_8K = "FORM 8-K\nVeltrane Therapeutics, Inc.\n(Exact name of registrant as specified in its charter)\n\n"


def _extract(tmp_path, text: str):
    return extract_text(tmp_path, FILER_8K + text)


def _names(ext, kind: Kind) -> set[str]:
    return {name for m in ext.mentions.values() if m.kind is kind for name in (m.name, *m.aliases)}


def _labels(ext, kind: Kind) -> set[str]:
    return {m.name for m in ext.mentions.values() if m.kind is kind}


# --------------------------------------------------------------------------- platforms named by their molecules

def test_a_coined_name_before_the_molecules_a_deal_is_about_is_a_platform(tmp_path):
    ext = _extract(tmp_path, "On July 11, 2011, we entered into a Collaboration and License Agreement with Orsolo Pharma AB under which "
                             "the two companies will collaborate on the research of TwinLock antibodies against three undisclosed targets.")
    assert "TwinLock antibodies" in _names(ext, Kind.PLATFORM)


def test_a_coined_capitalized_word_and_six_capitals_name_the_platform_too(tmp_path):
    ext = _extract(tmp_path, "The amendment grants Orsolo Pharma AB exclusive worldwide rights to develop and commercialize Maskbody "
                             "therapeutics for up to six additional targets. The Company co-owns patent rights covering CLOAKMAB antibodies "
                             "under a license agreement with the University of Veltria.")
    assert {"Maskbody", "CLOAKMAB"} <= _labels(ext, Kind.PLATFORM)


def test_kinds_targets_and_words_before_molecules_name_no_platform(tmp_path):
    ext = _extract(tmp_path, "Under the license agreement, Orsolo Pharma AB received rights to develop Human antibodies, TIGIT antibodies, "
                             "IgG antibodies and Bispecific molecules, and Harbour BioMed antibodies in China.")
    assert _labels(ext, Kind.PLATFORM) == set()


def test_molecules_outside_a_deal_and_without_an_owner_name_no_platform(tmp_path):
    ext = _extract(tmp_path, "Physicians measured Corvexa antibodies in the serum of treated patients.")
    assert "Corvexa" not in _labels(ext, Kind.PLATFORM)
