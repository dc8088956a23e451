"""Technology platforms in the phrasings filings commonly use, and descriptions that are no platform (made-up names)."""

from __future__ import annotations

from builders.model import Kind

from .conftest import extract_text

FILER_8K = "FORM 8-K\nQorvant Therapeutics, Inc.\n(Exact name of registrant as specified in its charter)\n\n"


def _platforms(tmp_path, text: str) -> dict[str, set[str]]:
    ext = extract_text(tmp_path, FILER_8K + text)
    return {m.name: m.aliases for m in ext.mentions.values() if m.kind is Kind.PLATFORM}


def _names(platforms: dict[str, set[str]]) -> set[str]:
    return {n for name, aliases in platforms.items() for n in (name, *aliases)}


def test_an_owner_that_starts_the_sentence(tmp_path):
    found = _platforms(tmp_path, "Our Helixor platform technology has been used to generate gene therapy candidates for rare diseases.")
    assert "Helixor" in _names(found)


def test_a_name_in_apposition_to_an_acronym_description_or_the_companys(tmp_path):
    found = _platforms(tmp_path, "Synthera, our next-generation ADC platform, combines a cleavable linker with a novel payload. "
                                 "Dualis, the Company's bispecific antibody platform, is the source of its clinical programs.")
    assert {"Synthera", "Dualis"} <= _names(found)


def test_two_names_before_one_plural_head_after_an_article(tmp_path):
    found = _platforms(tmp_path, "Our pipeline of antibody therapeutics is built on the Perlon\u00ae and Movantix\u00ae platforms. "
                                 "We expect two INDs for candidates from its iTune and iMask technologies.")
    assert {"Perlon", "Movantix", "iTune", "iMask"} <= _names(found)


def test_areas_before_a_plural_head_after_an_article_are_no_platforms(tmp_path):
    found = _platforms(tmp_path, "We develop therapies for patients in the Oncology and Immunology platforms of our company.")
    assert not found


def test_an_acronym_set_off_by_commas(tmp_path):
    found = _platforms(tmp_path, "We developed our Tumor-Selective Activation, or TSA, platform to reduce the toxicity of antibody "
                                 "therapies in patients.")
    assert {"TSA platform", "Tumor-Selective Activation"} <= _names(found)


def test_a_dotted_acronym(tmp_path):
    found = _platforms(tmp_path, "The collaboration uses Bravonia's F.I.R.S.T screening platform to identify antibodies against cancer "
                                 "targets. Our H.A.L.O.\u2122 technology extends the half-life of biologic drugs. Our U.S.A. technology is new.")
    assert _names(found) >= {"F.I.R.S.T platform", "H.A.L.O. technology"}
    assert not any(n.startswith("U.S.A") for n in _names(found))


def test_a_coined_name_that_medicines_are_based_on(tmp_path):
    found = _platforms(tmp_path, "We initiated dosing of our first ProTmab-based antibody in patients with solid tumors, and will "
                                 "present data from our TriGuard\u2122-based vaccine program. Our mRNA-based vaccines and LNP-based "
                                 "therapies are preclinical.")
    assert set(found) == {"ProTmab", "TriGuard"}
