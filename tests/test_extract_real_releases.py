"""Licenses as real press releases, 8-K items and deal news phrase them (made-up names throughout): a table of
licensing partners whose program cell names no drug, a deal closed to take rights or to take them back, the
licensee of patents another company owns, and a license told as a noun phrase granted to the partner."""

from __future__ import annotations

from .conftest import extract_text, license_names

HEADER = "FORM 8-K\n\nKestrel Bio, Inc.\n(Exact name of registrant as specified in its charter)\n\n"
KESTREL, MARROW, NORRLAND = "Kestrel Bio, Inc.", "Marrow Labs Inc.", "Norrland Pharma K.K."


def _licenses(text: str, tmp_path) -> set[tuple]:
    return license_names(extract_text(tmp_path, HEADER + text))


def test_a_licensing_table_row_whose_program_cell_names_an_area_licenses_that_program(tmp_path):
    found = _licenses("Revenue grew on milestone payments from our licensing partners.\n\n"
                      "Partner | Program | Cash Collected | Remaining Milestone Potential\n"
                      "Marrow Labs Inc. | Dermatology (acne & rosacea) | $150,000 | $2,850,000\n"
                      "Norrland Pharma K.K. | Oncology | $100,000 | $1,900,000\n"
                      "Total | $250,000 | $4,750,000\n", tmp_path)
    # (the cell's name may be cased as a common word: "dermatology (acne & rosacea)")
    assert {(lr, le, a.lower()) for lr, le, a in found} == {(KESTREL, MARROW, "dermatology (acne & rosacea)"), (KESTREL, NORRLAND, "oncology")}


def test_a_partner_table_away_from_any_license_or_with_amounts_only_licenses_nothing(tmp_path):
    assert _licenses("We buy glass from two suppliers.\n\n"
                     "Partner | Program | Amount Paid\n"
                     "Marrow Labs Inc. | Packaging | $150,000\n", tmp_path) == set()
    assert _licenses("Our licensing partners paid us in 2024.\n\n"
                     "Partner | Program | Cash Collected\n"
                     "Marrow Labs Inc. | $150,000 | $150,000\n", tmp_path) == set()


def test_a_deal_completed_to_obtain_rights_is_a_license_from_the_partner(tmp_path):
    found = _licenses("Shares of Kestrel Bio, Inc. rose 4.2% to $3.10 after it said it has completed an agreement with Marrow "
                      "Labs Inc. (Marrow) to obtain the rights to a worldwide, exclusive, royalty-bearing license for the compound "
                      "known as KST-401.", tmp_path)
    assert found == {(MARROW, KESTREL, "KST-401")}


def test_a_deal_reached_to_reacquire_rights_returns_the_license_to_the_partner(tmp_path):
    ext = extract_text(tmp_path, HEADER + "Kestrel Bio, Inc. says it has reached an agreement with partner Marrow Labs Inc. to "
                                          "reacquire rights to KST-401, licensed to Marrow in 2019.")
    assert license_names(ext) == {(KESTREL, MARROW, "KST-401")}
    assert any(e.type.value == "RightsReturned" for lic in ext.licenses for e in lic.events)


def test_a_deal_only_hoped_for_is_no_license(tmp_path):
    assert _licenses("Kestrel Bio, Inc. hopes it could have completed an agreement with Marrow Labs Inc. to obtain the rights "
                     "to KST-401 by June.", tmp_path) == set()


def test_the_licensee_of_patents_on_a_product_another_company_owns(tmp_path):
    found = _licenses("As previously disclosed, we are the exclusive licensee of US, European and other patents related to "
                      "KST-402 owned by Marrow Labs Inc. (\"Marrow\"), a company based in Lisbon.", tmp_path)
    assert found == {(MARROW, KESTREL, "KST-402")}


def test_an_announced_license_granted_to_the_partner_is_the_announcers(tmp_path):
    found = _licenses("Kestrel Bio, Inc. and Norrland Pharma K.K. announce today an exclusive licence granted to Norrland Pharma "
                      "K.K. to develop and commercialise KST-220 in Japan and Korea.", tmp_path)
    assert found == {(KESTREL, NORRLAND, "KST-220")}
    found = _licenses("Under the accord, a license was granted by Marrow Labs Inc. to Norrland Pharma K.K. to commercialize KST-220 "
                      "in Asia.", tmp_path)
    assert found == {(MARROW, NORRLAND, "KST-220")}


def test_the_signer_of_a_licensing_agreement_to_develop_the_asset_is_its_licensee(tmp_path):
    found = _licenses("Kestrel Bio, Inc., of Boston, took a step into Asia by signing a worldwide exclusive licensing agreement "
                      "with Marrow Labs Inc., of Porto, Portugal, and Norrland Pharma K.K. to develop and commercialize KST-330 "
                      "for treating eczema.", tmp_path)
    assert found == {(MARROW, KESTREL, "KST-330"), (NORRLAND, KESTREL, "KST-330")}


def test_a_signed_agreement_to_develop_its_asset_or_to_develop_it_jointly_says_no_direction(tmp_path):
    assert _licenses("Kestrel Bio, Inc. grew by signing a licensing agreement with Marrow Labs Inc. to develop and commercialize "
                     "its KST-330 in Japan.", tmp_path) == set()
    assert _licenses("Kestrel Bio, Inc. grew by signing a licensing agreement with Marrow Labs Inc. to develop jointly "
                     "KST-330 in Japan.", tmp_path) == set()
