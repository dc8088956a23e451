"""Licenses as 8-K items and older (1995-2010) filings tell them: a product sold under a license from its grantor, a partner
funding a product for its marketing rights, an option being exercised (made-up names throughout)."""

from __future__ import annotations

from .conftest import extract_text, license_names

HEADER = "FORM 8-K\n\nCortiva Pharmaceuticals, Inc.\n(Exact name of registrant as specified in its charter)\n\n"
CORTIVA, NERIDA, DUNMORE = "Cortiva Pharmaceuticals, Inc.", "Nerida Corporation", "Dunmore Laboratories Ltd."


def _licenses(text: str, tmp_path) -> set[tuple]:
    return license_names(extract_text(tmp_path, HEADER + text))


def test_a_product_sold_under_a_license_from_a_party_is_that_partys_grant(tmp_path):
    found = _licenses('Nerida Corporation ("Nerida") markets CVX-120 in Europe under a license from the Company.', tmp_path)
    assert found == {(CORTIVA, NERIDA, "CVX-120")}
    found = _licenses("The Company markets VST-701 in the United States under an exclusive license granted by Dunmore "
                      "Laboratories Ltd.", tmp_path)
    assert found == {(DUNMORE, CORTIVA, "VST-701")}


def test_a_partner_funding_a_product_for_its_marketing_rights_is_its_licensee(tmp_path):
    found = _licenses("Nerida Corporation has agreed to fund development of CVX-120 in exchange for exclusive marketing rights "
                      "in Europe.", tmp_path)
    assert found == {(CORTIVA, NERIDA, "CVX-120")}


def test_funding_with_rights_only_on_a_condition_is_no_license(tmp_path):
    assert _licenses("Nerida Corporation has agreed to fund development of CVX-120 and would receive exclusive marketing "
                     "rights if the product is approved.", tmp_path) == set()
    assert _licenses("Nerida Corporation may market CVX-120 in Japan under a license from the Company.", tmp_path) == set()


def test_an_option_being_exercised_by_notice_is_an_exercise(tmp_path):
    found = _licenses('On May 3, 2021, Nerida Corporation ("Nerida") notified the Company that it was exercising its option to '
                      "obtain an exclusive license to CVX-120.", tmp_path)
    assert found == {(CORTIVA, NERIDA, "CVX-120")}


def test_a_license_granted_in_return_for_royalties_is_no_return_of_rights(tmp_path):
    found = _licenses("In 1998, the Company granted Nerida Corporation a license to manufacture and sell CVX-120 in Latin America "
                      "in return for royalties.", tmp_path)
    assert found == {(CORTIVA, NERIDA, "CVX-120")}


def test_a_product_distributed_pursuant_to_a_license_agreement_is_licensed_from_the_other_party(tmp_path):
    found = _licenses("The Company distributes VST-701 in the United States pursuant to a license agreement with Dunmore "
                      "Laboratories Ltd.", tmp_path)
    assert found == {(DUNMORE, CORTIVA, "VST-701")}


def test_the_filers_license_agreement_for_rights_takes_them_from_the_other_party(tmp_path):
    found = _licenses('On May 3, 2021, the Company entered into an Exclusive License Agreement with Dunmore Laboratories Ltd. '
                      '("Dunmore") for the exclusive worldwide rights to VST-701.', tmp_path)
    assert found == {(DUNMORE, CORTIVA, "VST-701")}


def test_an_agreement_to_acquire_marketing_rights_of_a_country(tmp_path):
    found = _licenses("The Company has entered into an agreement with Dunmore Laboratories Ltd. to acquire the exclusive United "
                      "States marketing rights to VST-701.", tmp_path)
    assert found == {(DUNMORE, CORTIVA, "VST-701")}


def test_the_license_a_party_holds_under_an_agreement_named_by_its_parties_is_the_other_partys_grant(tmp_path):
    found = _licenses('On May 3, 2021, the Company entered into Amendment No. 2 (the "Amendment") to the License Agreement dated '
                      'January 5, 2018 between the Company and Nerida Corporation ("Nerida"), under which Nerida holds an exclusive '
                      "license to develop and commercialize CVX-120 in Japan.", tmp_path)
    assert found == {(CORTIVA, NERIDA, "CVX-120")}
    assert _licenses('On May 3, 2021, the Company entered into a Supply Agreement between the Company and Nerida Corporation '
                     '("Nerida"), under which Nerida has the exclusive right to manufacture CVX-120 for the Company.', tmp_path) == set()


def test_a_notice_of_termination_delivered_and_the_rights_scheduled_to_revert(tmp_path):
    # Item 1.02: the partner delivers notice; the ending takes effect later; the rights licensed to it will revert
    from .conftest import extract_text
    ext = extract_text(tmp_path, "FORM 8-K\n\nQorvane Bio, Inc.\n(Exact name of registrant as specified in its charter)\n\n"
                                 "Item 1.02 Termination of a Material Definitive Agreement.\n\n"
                                 "On May 2, 2022, Halvik Pharma AB (\"Halvik\") delivered to Qorvane Bio, Inc. (the \"Company\") "
                                 "written notice of Halvik's election to end, for convenience, the License Agreement dated as of "
                                 "June 1, 2018 between the Company and Halvik.\n\n"
                                 "Under the License Agreement, the Company granted Halvik an exclusive license to QRV-77 in Europe.\n\n"
                                 "As provided in the License Agreement, the termination takes effect on November 28, 2022, 180 days "
                                 "after the termination notice (the \"Termination Effective Date\").\n\n"
                                 "Upon the Termination Effective Date, all rights to QRV-77 licensed to Halvik will revert to the Company.\n")
    (lic,) = ext.licenses
    ended = [e for e in lic.events if e.type.name == "TERMINATION"]
    assert len(ended) == 1 and str(ended[0].date) == "2022-11-28"
