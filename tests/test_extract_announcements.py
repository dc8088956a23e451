"""Licenses as press releases and 8-K items announce them: the licensee's side of the deal, who pays for the
rights, agreements that grant, terminations with the rights' way back (made-up names throughout)."""

from __future__ import annotations

import pytest

from .conftest import extract_text, license_names

HEADER = "FORM 8-K\n\nCorvane Bio, Inc.\n(Exact name of registrant as specified in its charter)\n\n"
CORVANE, LYSTRA = "Corvane Bio, Inc.", "Lystra Pharma K.K."


def _licenses(text: str, tmp_path) -> set[tuple]:
    return license_names(extract_text(tmp_path, HEADER + text))


def test_the_party_that_will_receive_rights_under_the_agreement_is_the_licensee(tmp_path):
    found = _licenses("Corvane Bio, Inc. and Lystra Pharma K.K. today announced that they have entered into an exclusive "
                      "license agreement under which Lystra will receive rights to develop and commercialize CRV-210 in Japan.", tmp_path)
    assert (CORVANE, LYSTRA, "CRV-210") in found


def test_rights_a_partner_gains_a_sentence_after_the_deal_come_from_the_filer(tmp_path):
    found = _licenses('Corvane Bio, Inc. ("Corvane") announced a license agreement with Lystra Pharma K.K. ("Lystra"). '
                      "Lystra will have exclusive rights to develop and commercialize CRV-210 in Japan.", tmp_path)
    assert found == {(CORVANE, LYSTRA, "CRV-210")}


def test_rights_the_filer_is_granted_after_signing_come_from_the_partner_it_signed_with(tmp_path):
    found = _licenses('Corvane Bio, Inc. ("Corvane") has today signed a sub-license agreement with Lystra Pharma K.K. ("Lystra") for '
                      "the Intellectual Property to the compound, tomrelimab. Under the agreement, Corvane has been granted exclusive "
                      "rights to the intellectual property in tomrelimab for animal health.", tmp_path)
    assert found == {(LYSTRA, CORVANE, "tomrelimab")}
    # concluding that an agreement is something, or executing its amendment, signs no new one
    for told in ("In March 2023, the Company concluded that the license agreement with Lystra Pharma K.K. is a collaboration.",
                 "In March 2023, the Company executed an amendment to the license agreement with Lystra Pharma K.K."):
        ext = extract_text(tmp_path, HEADER + told + " Under the agreement, Lystra granted the Company an exclusive license to "
                           "tomrelimab.\n")
        assert [str(e.date) for lic in ext.licenses for e in lic.events if e.type.name == "GRANT"] == ["None"]  # not dated 2023-03
    # an asset purchase signed is no licensing agreement: the rights bought are no license
    assert _licenses('In March 2021, the Company executed an Asset Purchase Agreement with Lystra Pharma K.K. Pursuant to its terms, '
                     "the Company acquired the rights to tomrelimab.", tmp_path) == set()


def test_rights_obtained_from_a_party_named_before_them(tmp_path):
    found = _licenses("The Company has obtained from Lystra Pharma K.K. an exclusive license to tomrelimab.", tmp_path)
    assert found == {(LYSTRA, CORVANE, "tomrelimab")}


def test_rights_to_a_product_the_sentence_says_is_the_grantors(tmp_path):
    found = _licenses("Under the agreement, Lystra Pharma K.K. has been granted an exclusive license under Corvane's patents "
                      "covering CRV-210.", tmp_path)
    assert found == {(CORVANE, LYSTRA, "CRV-210")}


def test_rights_gained_on_a_condition_or_with_a_company_bought_are_no_license(tmp_path):
    assert _licenses("Under the agreement, Lystra Pharma K.K. will receive exclusive rights to CRV-210 in Japan if it exercises its "
                     "option.", tmp_path) == set()
    assert _licenses("Corvane Bio, Inc. obtained the rights to tomrelimab through its acquisition of Lystra Pharma K.K.", tmp_path) == set()


def test_rights_the_filer_will_have_again_when_a_license_ends_are_no_grant_to_it(tmp_path):
    found = _licenses('Lystra Pharma K.K. ("Lystra") delivered to Corvane Bio, Inc. (the "Company") notice of termination of '
                      "the License Agreement. Upon the termination, all rights to tomrelimab licensed to Lystra will revert to "
                      "the Company, and the Company will have exclusive worldwide rights to develop and commercialize tomrelimab.", tmp_path)
    assert (LYSTRA, CORVANE, "tomrelimab") not in found


def test_an_agreement_granting_the_filer_a_license_is_the_partners_grant(tmp_path):
    found = _licenses("Corvane Bio, Inc. today announced that it has entered into an agreement with Lystra Pharma K.K., granting "
                      "Corvane an exclusive worldwide license to develop and commercialize tomrelimab.", tmp_path)
    assert found == {(LYSTRA, CORVANE, "tomrelimab")}
    found = _licenses("The license grants Lystra Pharma K.K. exclusive rights to CRV-210 in Korea.", tmp_path)
    assert found == {(CORVANE, LYSTRA, "CRV-210")}


def test_the_one_who_pays_for_the_rights_is_their_licensee(tmp_path):
    found = _licenses("Lystra Pharma K.K. will pay Corvane Bio, Inc. an upfront payment of $20 million for exclusive rights "
                      "to CRV-210 in China.", tmp_path)
    assert found == {(CORVANE, LYSTRA, "CRV-210")}
    found = _licenses("Under the terms of the agreement, Corvane Bio, Inc. will receive an upfront payment of $25 million from "
                      "Lystra Pharma K.K. in exchange for exclusive rights to CRV-210 in Korea.", tmp_path)
    assert found == {(CORVANE, LYSTRA, "CRV-210")}


def test_payments_for_supply_or_royalties_name_no_license(tmp_path):
    assert _licenses("Lystra Pharma K.K. will pay Corvane Bio, Inc. $5 million for supply of CRV-210 for clinical trials.", tmp_path) == set()


def test_a_termination_tells_the_license_by_where_the_rights_go(tmp_path):
    found = _licenses("Corvane Bio, Inc. announced that Lystra Pharma K.K. has terminated its license agreement for tomrelimab, "
                      "and all rights to tomrelimab will revert to Corvane.", tmp_path)
    assert found == {(CORVANE, LYSTRA, "tomrelimab")}
    found = _licenses('Corvane Bio, Inc. announced that it has terminated its license agreement with Lystra Pharma K.K. ("Lystra") '
                      "for tomrelimab and returned all rights to tomrelimab to Lystra.", tmp_path)
    assert found == {(LYSTRA, CORVANE, "tomrelimab")}


def test_a_termination_noticed_then_the_rights_revert(tmp_path):
    found = _licenses("Corvane Bio, Inc. announced that Lystra Pharma K.K. has given notice of termination of the license "
                      "agreement for tomrelimab. Upon the termination, all rights to tomrelimab will revert to Corvane.", tmp_path)
    assert found == {(CORVANE, LYSTRA, "tomrelimab")}


def test_an_announced_license_agreement_with_a_university_is_its_license(tmp_path):
    found = _licenses("Corvane Bio, Inc. today announced the execution of an exclusive license agreement with Hollins "
                      "University for the rights to CRV-404.", tmp_path)
    assert found == {("Hollins University", CORVANE, "CRV-404")}


def test_the_announcers_news_that_its_partner_licensed_a_product(tmp_path):
    found = _licenses("Corvane Bio, Inc. today announced that Lystra Pharma K.K. has licensed CRV-210 for development in Asia.", tmp_path)
    assert found == {(CORVANE, LYSTRA, "CRV-210")}


def test_the_partner_responsible_for_the_product_under_a_license_just_told(tmp_path):
    found = _licenses('Corvane Bio, Inc. ("Corvane") today announced an exclusive license agreement with Lystra Pharma K.K. '
                      '("Lystra") for CRV-210. Lystra will be responsible for the development and commercialization of CRV-210 '
                      "in Greater China.", tmp_path)
    assert found == {(CORVANE, LYSTRA, "CRV-210")}
    assert _licenses('Corvane Bio, Inc. today announced a supply agreement with Lystra Pharma K.K. ("Lystra"). Lystra will be '
                     "responsible for the manufacturing of CRV-210.", tmp_path) == set()


def test_a_license_agreement_for_the_announcers_own_product_licenses_it_out(tmp_path):
    found = _licenses("Corvane Bio, Inc. today announced a worldwide licensing agreement with Lystra Pharma K.K. for CRV-210, "
                      "Corvane's lead product candidate.", tmp_path)
    assert found == {(CORVANE, LYSTRA, "CRV-210")}


def test_a_right_of_reference_to_a_partners_filings_is_no_license(tmp_path):
    assert _licenses("Under the agreement, we have received a right of reference to Lystra's regulatory filings for tomrelimab "
                     "from Lystra Pharma K.K.", tmp_path) == set()


def test_an_option_exercise_told_as_a_decision_or_an_opt_in(tmp_path):
    found = _licenses("Corvane Bio, Inc. today announced that Lystra Pharma K.K. has elected to exercise its option to license CRV-210.", tmp_path)
    assert found == {(CORVANE, LYSTRA, "CRV-210")}
    found = _licenses("CRV-210 is an antibody developed by Corvane Bio, Inc. Corvane Bio, Inc. today announced that Lystra Pharma "
                      "K.K. has exercised its opt-in right for CRV-210 under the companies' collaboration agreement.", tmp_path)
    assert found == {(CORVANE, LYSTRA, "CRV-210")}
    assert _licenses("Corvane Bio, Inc. today announced that Lystra Pharma K.K. has decided not to exercise its option to license "
                     "CRV-210.", tmp_path) == set()


def test_rights_licensed_to_a_party_that_will_revert_name_the_license(tmp_path):
    """After a notice of termination the license ends; in terms that suppose an ending it only is."""
    ext = extract_text(tmp_path, HEADER + 'On June 1, 2022, Lystra Pharma K.K. ("Lystra") delivered written notice to Corvane Bio, '
                       'Inc. (the "Company") of its election to terminate the License Agreement. Upon the effectiveness of such '
                       "termination, all rights to CRV-210 licensed to Lystra will revert to the Company.")
    assert license_names(ext) == {(CORVANE, LYSTRA, "CRV-210")}
    assert ext.licenses[0].status == "Terminated"
    ext = extract_text(tmp_path, HEADER + "Upon any termination of the agreement, all rights to CRV-210 licensed to Lystra Pharma "
                       "K.K. will revert to Corvane Bio, Inc.")
    assert license_names(ext) == {(CORVANE, LYSTRA, "CRV-210")}
    assert ext.licenses[0].status != "Terminated"


def test_a_partner_that_will_in_license_a_product_takes_it_from_the_filer(tmp_path):
    found = _licenses("Corvane Bio, Inc. today announced that it has entered into a strategic partnership with Lystra Pharma K.K. "
                      '("Lystra"), under which Lystra will in-license CRV-210 for the Chinese market.', tmp_path)
    assert found == {(CORVANE, LYSTRA, "CRV-210")}


def test_a_partner_that_will_assume_responsibility_for_the_product(tmp_path):
    found = _licenses('Corvane Bio, Inc. ("Corvane") today announced an exclusive license agreement with Lystra Pharma K.K. '
                      '("Lystra"). Lystra will assume responsibility for the development and commercialization of CRV-210 in Japan.', tmp_path)
    assert found == {(CORVANE, LYSTRA, "CRV-210")}


def test_the_one_entitled_to_a_payment_for_the_rights_is_their_licensor(tmp_path):
    found = _licenses("Corvane Bio, Inc. is entitled to receive an upfront payment of $20 million from Lystra Pharma K.K. for the "
                      "exclusive rights to CRV-210 in Japan.", tmp_path)
    assert found == {(CORVANE, LYSTRA, "CRV-210")}


def test_a_license_agreement_for_or_that_allows_a_party_to_develop_a_product(tmp_path):
    found = _licenses('Corvane Bio, Inc. and Lystra Pharma K.K. ("Lystra") today announced an exclusive license agreement for '
                      "Lystra to develop and commercialize CRV-210 in Greater China.", tmp_path)
    assert found == {(CORVANE, LYSTRA, "CRV-210")}
    found = _licenses('Corvane Bio, Inc. today announced an exclusive license agreement with Lystra Pharma K.K. ("Lystra") that '
                      "allows Lystra to develop and commercialize CRV-210 in Japan.", tmp_path)
    assert found == {(CORVANE, LYSTRA, "CRV-210")}
    assert _licenses('Corvane Bio, Inc. today announced a distribution agreement with Lystra Pharma K.K. ("Lystra") that allows '
                     "Lystra to sell CRV-210 in Japan.", tmp_path) == set()


def test_the_licensee_as_first_object_or_the_product_partnered_under_a_license(tmp_path):
    assert _licenses("Corvane Bio, Inc. licensed Lystra Pharma K.K. the exclusive rights to CRV-210 in Japan.", tmp_path) == {(CORVANE, LYSTRA, "CRV-210")}
    found = _licenses("Under the agreement, Corvane Bio, Inc. will license to Lystra Pharma K.K. exclusive rights to CRV-210 in Japan.", tmp_path)
    assert found == {(CORVANE, LYSTRA, "CRV-210")}
    found = _licenses("Corvane Bio, Inc. has partnered CRV-210 with Lystra Pharma K.K. for Japan under an exclusive license agreement.", tmp_path)
    assert found == {(CORVANE, LYSTRA, "CRV-210")}


def test_a_license_a_company_obtained_outside_the_filers_deals_is_not_the_filers(tmp_path):
    """A 10-K's pages on competitors: no agreement of the filer's named with it before, so no grant by it."""
    found = _licenses("Our product candidates face competition. In 2018, Lystra Pharma K.K. obtained an exclusive license to "
                      "tomrelimab, a competing antibody.", tmp_path)
    assert (CORVANE, LYSTRA, "tomrelimab") not in found


def test_a_deal_told_in_the_future_tense_is_a_license_and_one_on_a_condition_is_none(tmp_path):
    """Two helpers' rules met here: "will" marked a license not yet granted, which a signed deal's "Under the
    agreement, Y will license P from X" is not; only a condition ("if", "upon exercise") keeps it from being one."""
    found = _licenses('Corvane Bio, Inc. ("Corvane") today announced an exclusive license agreement with Lystra Pharma K.K. '
                      '("Lystra"). Under the agreement, Lystra will license CRV-210 from Corvane for development in Japan.', tmp_path)
    assert found == {(CORVANE, LYSTRA, "CRV-210")}
    assert _licenses("Lystra Pharma K.K. will license CRV-210 from Corvane Bio, Inc. if it exercises its option.", tmp_path) == set()


def test_rights_regained_a_sentence_after_the_ending_are_regained_from_the_one_partner_named(tmp_path):
    # data/probes/entities-4 e4-56
    found = _licenses("Lystra Pharma K.K. and Corvane Bio, Inc. terminate the license agreement for development, registration and "
                      "commercialization of CRV-015 in Japan. Lystra has conducted a review of its pipeline and decided to stop the "
                      "development of CRV-015. Therefore, Corvane now regains the full rights for CRV-015 in Japan.", tmp_path)
    assert found == {(CORVANE, LYSTRA, "CRV-015")}


def test_rights_regained_after_an_ending_only_supposed_are_no_license(tmp_path):
    found = _licenses("Lystra Pharma K.K. may terminate the license agreement with Corvane Bio, Inc. at any time upon notice. In such "
                      "event, Corvane regains all rights to CRV-015.", tmp_path)
    assert found == set()


def test_rights_regained_that_were_granted_to_a_partner(tmp_path):
    found = _licenses("Corvane Bio, Inc. has regained all rights granted to Lystra Pharma K.K. after the termination, and the company "
                      "is considering its plans for CRV-015 outside Japan.", tmp_path)
    assert found == {(CORVANE, LYSTRA, "CRV-015")}


def test_a_release_that_says_it_signed_to_introduce_its_drug_out_licenses_it(tmp_path):
    # the parent in apposition is no party; "said it" is the company; "its" the one who signed with the other
    found = _licenses("Corvane Bio, Inc., a subsidiary of Halden Holdings Co., Ltd., said it signed a licensing agreement with "
                      "Laboratorios Lystra, S.A. de C.V., a drug company of Lima, to bring its heartburn medicine, Zelvara "
                      "(tomrelimab), to eleven markets of South America. Lystra will sell it there.", tmp_path)
    assert found == {(CORVANE, "Laboratorios Lystra, S.A. de C.V.", "tomrelimab")}


def test_who_signs_a_license_agreement_to_manufacture_and_sell_is_the_licensee(tmp_path):
    found = _licenses("Corvane Bio, Inc. on Monday said it has signed a non-exclusive license agreement with the Generic Access "
                      "Fund (GAF), Geneva to manufacture and sell tomrelimab tablets for influenza.", tmp_path)
    assert found == {("Generic Access Fund", CORVANE, "tomrelimab")}
    # who signs to distribute it may be the other's distributor: nothing says which way
    assert _licenses("Corvane Bio, Inc. has entered into an exclusive license agreement with the Generic Access Fund (GAF), Geneva "
                     "to distribute tomrelimab.", tmp_path) == set()


def test_rights_that_will_be_regained_after_a_termination_told_as_fact(tmp_path):
    found = _licenses("Corvane Bio, Inc. will regain all rights granted to Lystra Pharma K.K. after termination, and the company is "
                      "considering its plans for tomrelimab outside Japan.", tmp_path)
    assert found == {(CORVANE, LYSTRA, "tomrelimab")}
    # contract language: any termination, if it comes
    for supposed in ("Upon any termination of this Agreement, Corvane Bio, Inc. will regain all rights granted to Lystra Pharma K.K. "
                     "for tomrelimab.", "If Lystra Pharma K.K. terminates, after termination Corvane Bio, Inc. will regain all rights "
                     "granted to Lystra Pharma K.K. for tomrelimab."):
        assert _licenses(supposed, tmp_path) == set()
    assert _licenses("Corvane Bio, Inc. will regain all rights granted to Lystra Pharma K.K. following termination of the Agreement by "
                     "either party, including tomrelimab.", tmp_path) == set()


def test_a_company_named_like_a_person_is_known_by_its_last_word_and_a_contract_is_a_deal(tmp_path):
    found = _licenses("Corvane Bio, Inc. has signed a contract with Ellis Varnholt and Company to export its technology and "
                      "cooperate on the development of its oral inhibitor, CRV-210. Under the contract, Varnholt will receive "
                      "worldwide rights to the molecule for all indications of CRV-210, except in Korea.", tmp_path)
    assert found == {(CORVANE, "Ellis Varnholt and Company", "CRV-210")}



def test_a_contract_manufacturer_tells_no_deal(tmp_path):
    assert _licenses("Lystra Pharma K.K. has obtained exclusive rights to tomrelimab in Japan, and the contract manufacturer will "
                     "make it.", tmp_path) == set()


def test_the_announcer_is_it_again_in_the_clause_of_what_it_obtained(tmp_path):
    # "it" of "under which it obtained" is the company that announced, as the first "it" is
    found = _licenses("Halmont Labs, Inc. announced today that it entered into a license agreement with Lystra Pharma K.K. under "
                      "which it obtained an exclusive license to develop CRV-210.", tmp_path)
    assert found == {(LYSTRA, "Halmont Labs, Inc.", "CRV-210")}


def test_an_announced_termination_and_the_rights_to_the_product_regained(tmp_path):
    # a listing in brackets after the announcer; the partner's country in the possessive is no company; the filer's
    # initials act for it ("CB has"); "the product" is the one the ending named
    ext = extract_text(tmp_path, "FORM 8-K\n\nCB Halvane Biopharma plc\n(Exact name of registrant as specified in its charter)\n\n"
                                 "In a statement, CB Halvane Biopharma (Nasdaq: CBHV) reported the termination of the license "
                                 "agreement with Korea\u2019s Lystra Pharma K.K. covering CRV-210. Lystra gave no reason. CB has "
                                 "regained full ownership of the marketing rights to the product at no cost to Lystra.")
    (lic,) = ext.licenses
    assert (ext.mentions[lic.licensor].name, ext.mentions[lic.licensee].name, ext.mentions[lic.asset].name) == (
        "CB Halvane Biopharma plc", LYSTRA, "CRV-210")
    assert {e.type.name for e in lic.events} == {"TERMINATION", "RIGHTS_RETURNED"}
    assert not any(m.name.startswith("Korea") for m in ext.mentions.values())


def test_the_product_whose_rights_come_back_is_the_ended_licenses_only(tmp_path):
    # a distribution deal's ending says nothing of the product licensed earlier; a product another company keeps is not
    # the one regained; a termination not announced is none
    for text in ("In 2019, Corvane Bio, Inc. granted Lystra Pharma K.K. a license to CRV-210. Corvane also sells ZX-5, a generic. In "
                 "2024, Corvane Bio, Inc. and Quarra Labs, Inc. ended their distribution agreement for ZX-5. Corvane has now regained "
                 "the rights to the product.",
                 "In 2019, Corvane Bio, Inc. granted Lystra Pharma K.K. a license to CRV-210. Lystra ended the license agreement in "
                 "2024. Corvane has regained the rights in Japan, while Quarra Labs, Inc. keeps its rights to ZX-5."):
        assert {(e.type.name, lr, a) for lic in extract_text(tmp_path, HEADER + text).licenses
                for lr, a in [(lic.licensor.key, lic.asset.key)] for e in lic.events if e.type.name == "RIGHTS_RETURNED"
                and a != "crv 210"} == set(), text
    ext = extract_text(tmp_path, HEADER + "In 2019, Corvane Bio, Inc. granted Lystra Pharma K.K. a license to CRV-210. Corvane Bio, "
                                          "Inc. has not announced the termination of its license agreement with Lystra Pharma K.K. in "
                                          "relation to CRV-210.")
    assert [[e.type.name for e in lic.events] for lic in ext.licenses] == [["GRANT"]]


def test_a_product_developed_by_a_partner_under_a_license_from_the_filer(tmp_path):
    # the partner by its initials ("by LPK"): a company's, not a technology's
    found = _licenses("Corvane Bio, Inc. said its partner LPK Pharmaceuticals Co. Ltd won approval in Korea for CRV-031. "
                      "Under its agreement with LPK, Corvane receives royalties. CRV-031 was developed in Korea by LPK using "
                      "technology under a license from Corvane.", tmp_path)
    assert found == {(CORVANE, "LPK Pharmaceuticals Co. Ltd", "CRV-031")}


def test_it_is_the_announcer_again_only_where_no_other_subject_stands_between(tmp_path):
    found = _licenses("Halmont Labs, Inc. announced that it has been told that Lystra Pharma K.K. entered into an agreement with "
                      "Quarra Labs, Inc. under which it obtained an exclusive license to CRV-210.", tmp_path)
    assert ("Quarra Labs, Inc.", "Halmont Labs, Inc.", "CRV-210") not in found


def test_the_deal_that_grants_a_partner_a_license_is_the_filers_grant(tmp_path):
    found = _licenses("Under the terms of the agreement, the deal gives Halvane Pharma Ltd. worldwide rights to CVB-220 in "
                      "exchange for $10 million.\n", tmp_path)
    assert ("Corvane Bio, Inc.", "Halvane Pharma Ltd.", "CVB-220") in found


def test_a_deal_of_a_partner_with_a_third_company_is_not_the_filers_grant(tmp_path):
    found = _licenses("Our partner Halvane Pharma Ltd. formed an alliance with Orbis Biologics AG in 2019. "
                      "The alliance grants Orbis Biologics AG an exclusive license to CVB-220.\n", tmp_path)
    assert not any(licensor == "Corvane Bio, Inc." for licensor, _, _ in found)


def test_the_deal_that_grants_no_license_or_denies_one_grants_none(tmp_path):
    found = _licenses("The agreement grants Halvane Pharma Ltd. a seat on the joint steering committee for CVB-220. "
                      "The agreement does not grant Orbis Biologics AG any license to CVB-310.\n", tmp_path)
    assert not found


def test_a_company_that_licensed_another_companys_product(tmp_path):
    found = _licenses("In 2016 Halvane Pharma Ltd. licensed Orbis Biologics AG's antibody ZXB-901 for its eye disease program. "
                      "Later Halvane Pharma Ltd. licensed Orbis Biologics AG's ZXB-902 to Quillan Inc.\n", tmp_path)
    assert ("Orbis Biologics AG", "Halvane Pharma Ltd.", "ZXB-901") in found
    assert ("Orbis Biologics AG", "Halvane Pharma Ltd.", "ZXB-902") not in found


def test_rights_regained_in_a_transaction_with_the_former_licensee(tmp_path):
    found = _licenses("We completed the transaction with Halvane Pharma Ltd., under which Corvane Bio, Inc. reacquired "
                      "worldwide rights to CVB-220, on June 2.\n", tmp_path)
    assert ("Corvane Bio, Inc.", "Halvane Pharma Ltd.", "CVB-220") in found
    assert not _licenses("After the financing transaction with Halvane Capital LLC, Corvane Bio, Inc. regained all rights "
                         "to CVB-220.\n", tmp_path)


def test_a_deal_for_a_products_potential_use_is_a_deal_in_force(tmp_path):
    # "potential" of the use, not of the deal: the owner's product is licensed to the other
    found = _licenses("Corvane Bio, Inc. and Lystra Pharma K.K. today announced a global license agreement for CRV-118, an "
                      "antibody developed by Corvane Bio, Inc. as a potential treatment for people with lupus.", tmp_path)
    assert found == {(CORVANE, LYSTRA, "CRV-118")}
    # a deal that is itself only potential is not one, however many words describe it
    assert not _licenses("Corvane Bio, Inc. and Lystra Pharma K.K. today announced talks on a potential license agreement for "
                         "CRV-118, an antibody developed by Corvane Bio, Inc.", tmp_path)
    assert not _licenses("Corvane Bio, Inc. and Lystra Pharma K.K. said they are weighing a potential worldwide, exclusive "
                         "co-development and license agreement for CRV-118, an antibody developed by Corvane Bio, Inc.", tmp_path)


def test_the_owner_of_a_product_named_only_by_its_proposed_trade_name(tmp_path):
    found = _licenses("Lystra Pharma K.K. and Corvane Bio, Inc. said today that they have signed an exclusive license agreement "
                      "for the potential commercialization of Corvane's nasal gel (proposed brand name VELMORA®) in Asia.", tmp_path)
    assert found == {(CORVANE, LYSTRA, "VELMORA")}


def test_the_party_that_will_develop_the_product_under_the_agreement_is_the_licensee(tmp_path):
    found = _licenses("Corvane Bio, Inc. has entered into a license agreement for CRV-330, an eye drop, with Lystra Pharma K.K. "
                      "for Korea. Under the new license agreement, Lystra Pharma K.K. will develop CRV-330 for glaucoma and sell "
                      "it in Korea.", tmp_path)
    assert found == {(CORVANE, LYSTRA, "CRV-330")}


def test_what_a_licensor_keeps_doing_under_the_agreement_does_not_make_it_the_licensee(tmp_path):
    # the owner keeps making the product: whose product it is decides
    found = _licenses("Corvane Bio, Inc. and Lystra Pharma K.K. announced an exclusive license agreement for Korea for CRV-330, "
                      "Corvane's eye drop. Under the agreement, Corvane Bio, Inc. will manufacture and supply CRV-330.", tmp_path)
    assert found == {(CORVANE, LYSTRA, "CRV-330")}
    # each party commercializes in its own market: no direction at all
    assert not _licenses("Corvane Bio, Inc. and Lystra Pharma K.K. today announced an exclusive license agreement for CRV-118 in "
                         "Japan. Under the agreement, Lystra Pharma K.K. will commercialize CRV-118 in the United States and "
                         "Corvane Bio, Inc. in Japan.", tmp_path)


def test_a_deal_with_a_subsidiary_of_a_group_known_by_its_initials(tmp_path):
    # the group's initials leave its "Holdings" out; the filer's short name shortens "Pharmaceutical Industries"
    found = _licenses("Corvane Pharmaceutical Industries Ltd said one of its subsidiaries has entered into a licensing agreement "
                      "with a subsidiary of Ostrava Medical Group Holdings Ltd. (OMG) for the development of CRV-412 in Poland. "
                      '"Under the agreement, OMG will pay Corvane Pharma an upfront payment and royalties on net sales," it said.',
                      tmp_path)
    assert found == {("Corvane Pharmaceutical Industries Ltd", "Ostrava Medical Group Holdings Ltd.", "CRV-412")}


def test_a_license_agreement_for_commercializing_its_own_product_licenses_it_out(tmp_path):
    found = _licenses("Corvane Bio, Inc. has entered into an exclusive licensing agreement with Lystra Pharma K.K. for "
                      "commercializing its investigational seasonal allergic rhinitis nasal spray VELMORA\u00ae in Japan.", tmp_path)
    assert found == {(CORVANE, LYSTRA, "VELMORA")}


def test_a_partner_that_acquired_the_rights_under_a_pair_s_agreement_is_the_licensee(tmp_path):
    # the partner goes by the first word of its name, three letters long
    found = _licenses("On May 4, 2009, Corvane Bio, Inc. and Oku Pharmaceutical Co., Ltd., Osaka, Japan entered an exclusive "
                      "license agreement under which Oku acquired the rights to CRV-550 in Japan. Under the agreement, Oku is "
                      "responsible for developing CRV-550 in Japan.", tmp_path)
    assert found == {(CORVANE, "Oku Pharmaceutical Co., Ltd.", "CRV-550")}


def test_a_company_named_for_its_founder_discovered_a_drug_and_licensed_it_out(tmp_path):
    found = _licenses("Ellis Halden and Company will pay $900 million to acquire Corvane Bio, Inc., which is developing "
                      "velmitinib. Halden discovered velmitinib and licensed it to Corvane in 2006.", tmp_path)
    assert found == {("Ellis Halden and Company", CORVANE, "velmitinib")}


def test_institutions_that_own_the_patents_on_the_filers_candidate_licensed_them_to_it(tmp_path):
    found = _licenses("Corvane Bio, Inc. granted Lystra Pharma K.K. an exclusive license to our drug candidate, CRV-81. Tarvik "
                      "Medical Research Foundation, which owns certain patents in relation to CRV-81, is entitled to a portion "
                      "of the royalties received by us pursuant to an exclusive license agreement between the foundation and us.",
                      tmp_path)
    assert found == {(CORVANE, LYSTRA, "CRV-81"), ("Tarvik Medical Research Foundation", CORVANE, "CRV-81")}


def test_an_agreement_granting_rights_with_the_grantee_unsaid_grants_them_to_the_partner(tmp_path):
    found = _licenses("Corvane Bio, Inc. entered into a licensing agreement with Lystra Pharma K.K. in 2017, granting exclusive "
                      "development and commercialization rights for CRV-161 in Japan.", tmp_path)
    assert found == {(CORVANE, LYSTRA, "CRV-161")}


def test_rights_to_the_drug_are_to_the_one_product_just_named(tmp_path):
    told = ("Lystra Pharma K.K. has filed an application in Japan for CRV-11 as a treatment for gout. The acceptance triggers a "
            "payment from Lystra Pharma K.K. to Corvane Bio, Inc., the firm which granted Lystra Pharma K.K. rights to the drug "
            "in Japan in 2005.")
    assert _licenses(told, tmp_path) == {(CORVANE, LYSTRA, "CRV-11")}
    # two products just named: which one "the drug" is, the text does not say
    assert not _licenses(told.replace("for CRV-11", "for CRV-11 and CRV-12"), tmp_path)


def test_a_licensing_agreement_announced_today_under_which_the_partner_will_sell_the_product(tmp_path):
    found = _licenses("Corvane Bio, Inc. has announced today a licensing agreement with Lystra Pharma K.K. under which Lystra "
                      "will commercialize the anticancer drug velmotinib in Japan.", tmp_path)
    assert found == {(CORVANE, LYSTRA, "velmotinib")}
    found = _licenses("Corvane Bio, Inc. signed a license agreement with Lystra Pharma K.K., under which Corvane will have the "
                      "exclusive right to develop and commercialize velmotinib in the United States.", tmp_path)
    assert found == {(LYSTRA, CORVANE, "velmotinib")}


def test_agreements_with_a_partner_described_between_to_develop_the_filers_own_product(tmp_path):
    found = _licenses("In August 2016 and May 2017, the Company entered into certain agreements with Lystra Pharma K.K. "
                      "(\u201cLystra\u201d) a subsidiary of Orvane Holdings N.V., a Japanese company to develop and commercialize "
                      "the Company\u2019s VELORA\u00ae product, a film for breakthrough pain.", tmp_path)
    assert found == {(CORVANE, LYSTRA, "VELORA")}


def test_an_agreement_to_in_license_with_the_hyphen_split_by_a_line_break(tmp_path):
    found = _licenses("Corvane Bio, Inc. has entered into an agreement with Lystra Pharma K.K. (\"Lystra\") to in- license the "
                      "exclusive right to commercialize its CRV-77 product worldwide.", tmp_path)
    assert found == {(LYSTRA, CORVANE, "CRV-77")}


def test_a_license_told_by_its_grant_ends_after_a_notice_of_termination(tmp_path):
    text = ("In February 2021, Lystra Pharma K.K. notified Corvane Bio, Inc. that it had elected to terminate the collaboration "
            "with regards to the CRV-AADC Program, effective August 2, 2021. As a result of the termination, the license granted "
            "by Corvane Bio, Inc. to Lystra Pharma K.K. thereunder regarding the CRV-AADC Program shall expire.")
    ext = extract_text(tmp_path, HEADER + text)
    ended = [lic for lic in ext.licenses if lic.status == "Terminated"]
    assert {(ext.mentions[lic.licensor].name, ext.mentions[lic.licensee].name, ext.mentions[lic.asset].name) for lic in ended} == {
        (CORVANE, LYSTRA, "CRV-AADC")}
    # an agreement's own words suppose an ending; they end nothing; nor does the end of one territory's part, or a disputed one
    assert not _licenses("Upon termination of this Agreement, the licenses granted by Corvane Bio, Inc. to Lystra Pharma K.K. "
                         "regarding CRV-12 shall terminate.", tmp_path)
    for ending in ("shall expire in Korea", "will terminate absent a cure within 90 days"):
        ext = extract_text(tmp_path, HEADER + text.replace("shall expire", ending))
        assert not [lic for lic in ext.licenses if lic.status == "Terminated"]


def test_the_party_whose_name_an_assets_code_is_made_of_licenses_it_when_nothing_else_tells(tmp_path):
    told = ("Corvane Bio, Inc. and Lystra Pharma K.K. entered into a worldwide exclusive license agreement to develop and market "
            "the inhibitor {} in Asia.")
    assert _licenses(told.format("CORV-708"), tmp_path) == {(CORVANE, LYSTRA, "CORV-708")}
    assert _licenses(told.format("LYS-708"), tmp_path) == {(LYSTRA, CORVANE, "LYS-708")}
    assert not _licenses(told.format("ZX-708"), tmp_path)  # a code of neither: no direction, no license


def test_its_product_with_a_field_that_leaves_something_out(tmp_path):
    text = ("Kessler Bio Ltd and Lystra Pharma K.K. signed an exclusive license agreement to develop Kessler Bio Ltd's oral "
            "agonist KSB-101 in Japan for inflammatory indications but not including ophthalmic indications.")
    assert _licenses(text, tmp_path) == {("Kessler Bio Ltd", LYSTRA, "KSB-101")}


def test_an_agreement_signed_after_a_letter_of_intent_is_in_force(tmp_path):
    text = ("Kessler Bio Ltd and Lystra Pharma K.K. announced that the two companies have signed a license agreement on the "
            "oral agonist KSB-304 for the treatment of hypertension, based on the previous binding letter of intent. Under the "
            "terms of this license agreement, Kessler Bio Ltd will receive from Lystra Pharma K.K. an upfront payment and "
            "milestone payments.")
    assert _licenses(text, tmp_path) == {("Kessler Bio Ltd", LYSTRA, "KSB-304")}



def test_rights_received_from_a_partner_with_a_payment_made_to_it_are_no_payment_received(tmp_path):
    text = ("Corvane Bio, Inc. and Lystra Pharma K.K. signed a license agreement to develop CRV-55 in North America. Under "
            "the agreement, Corvane Bio, Inc. will receive from Lystra Pharma K.K. exclusive rights in North America and will "
            "make an upfront payment.")
    assert (CORVANE, LYSTRA, "CRV-55") not in _licenses(text, tmp_path)


def test_a_code_whose_letters_only_happen_to_start_a_partys_name_or_beside_another_drug_tells_no_direction(tmp_path):
    for text in ("Corvane Bio, Inc. and Lykora Pharma AG signed a license agreement to develop and commercialize LY3200882 in Europe.",
                 "Savrel Therapeutics, Inc. and Nordane Pharma AG signed an exclusive license agreement to develop SAR442168 in Asia.",
                 "Corvane Bio, Inc. and Lystra Pharma K.K. signed a license agreement to develop LYS-708 with QX-12 in Asia."):
        assert not _licenses(text, tmp_path)


QUORRA, HALDEN = "Quorra Pharma Co., Ltd.", "Halden Seiyaku Co., Ltd."


def test_the_party_at_home_where_the_rights_are_is_their_licensee_when_nothing_else_tells(tmp_path):
    # the partner's stock exchange, in the bracket after its name, is in the territory; the filer's dateline is elsewhere
    assert _licenses("LYON, France, March 3, 2021 /PRNewswire/ -- Corvane Bio, Inc. has announced today a licensing agreement with "
                     "Quorra Pharma Co., Ltd. (TWSE:4321) to commercialize the drug zelvorinib in Taiwan.", tmp_path) == {
        (CORVANE, QUORRA, "zelvorinib")}
    # what the partner is called; the filer's home in its bracket
    assert _licenses("Corvane Bio, Inc. (Lyon, France) announced that it has signed an exclusive license agreement with a Japanese "
                     "pharmaceutical company, Halden Seiyaku Co., Ltd., to develop and market zelvorinib in Japan for the treatment "
                     "of asthma.", tmp_path) == {(CORVANE, HALDEN, "zelvorinib")}
    # rights outside a country: the party at home there keeps it and licenses the rest
    for outside in ("outside Japan", "worldwide other than in Japan"):
        assert _licenses("Corvane Bio, Inc. (Boston, Massachusetts) and Tokyo-based Halden Seiyaku Co., Ltd. entered into a license "
                         f"agreement to develop and commercialize zelvorinib {outside}.", tmp_path) == {(HALDEN, CORVANE, "zelvorinib")}


def test_a_home_and_a_place_that_say_nothing_of_the_rights_give_no_license(tmp_path):
    # the place is where trials run, not where rights are
    assert not _licenses("Corvane Bio, Inc. (Lyon, France) and Quorra Pharma Co., Ltd. (Taipei, Taiwan) entered into a license "
                         "agreement for zelvorinib. Quorra has run two trials in Taiwan.", tmp_path)
    # both parties at home in the territory
    assert not _licenses("Halden Seiyaku Co., Ltd. (Osaka, Japan) and Tokyo-based Quorra Pharma Co., Ltd. entered into a license "
                         "agreement to market zelvorinib in Japan.", tmp_path)
    # the code's owner and the territory's disagree: no direction
    assert not _licenses("Corvane Bio, Inc. (Boston, Massachusetts) and Tokyo-based Halden Seiyaku Co., Ltd. entered into a license "
                         "agreement to develop and market HALD-708 in Japan.", tmp_path)


@pytest.mark.parametrize("said", [
    "covering the Japanese patent rights to zelvorinib",  # whose patents, not where the rights are
    "to develop zelvorinib in the United States and Europe, with Halden retaining rights in Japan",  # rights kept
    "for zelvorinib, its product on the market in Japan",
    "for zelvorinib; Halden is one of the largest pharmaceutical companies in Japan",
    "for zelvorinib, with all payments payable in U.S. dollars and disputes resolved by arbitration in Japan",
])
def test_a_place_said_of_patents_markets_money_or_law_does_not_turn_an_in_license_around(said, tmp_path):
    found = _licenses(f"Corvane Bio, Inc. (Boston, Massachusetts) entered into a license agreement with Tokyo-based Halden Seiyaku "
                      f"Co., Ltd. {said}.", tmp_path)
    assert (CORVANE, HALDEN, "zelvorinib") not in found


def test_no_home_is_read_from_a_shared_dateline_nor_known_for_a_party_the_text_does_not_place(tmp_path):
    # two towns in the dateline: the first issuer is at home in neither
    assert (QUORRA, CORVANE, "zelvorinib") not in _licenses(
        "SAN DIEGO and SHANGHAI, Jan. 5, 2021 /PRNewswire/ -- Corvane Bio, Inc. and Quorra Biopharma Co., Ltd. (Shanghai, China) "
        "today announced an exclusive license agreement to develop and commercialize zelvorinib in Greater China.", tmp_path)
    # the filer's home is not told: it may be in the territory too
    assert (CORVANE, "Zelmark GmbH", "zelvorinib") not in _licenses(
        "Corvane Bio, Inc. entered into a license agreement with Zelmark GmbH (Munich, Germany) for zelvorinib in Europe and "
        "North America.", tmp_path)


def test_the_party_responsible_for_a_product_under_a_license_agreement_with_another_is_its_licensee(tmp_path):
    assert _licenses("Lystra Pharma K.K., part of the Lystra group of companies, is responsible for the clinical development and "
                     "commercialization of CRV-40411813 (LYS71149) under the terms of a licensing agreement with Corvane Bio, Inc.",
                     tmp_path) == {(CORVANE, LYSTRA, "CRV-40411813")}
    # an agreement of another kind
    assert not _licenses("Lystra Pharma K.K. is responsible for the commercialization of CRV-210 under the terms of a supply "
                         "agreement with Corvane Bio, Inc.", tmp_path)


def test_a_product_said_in_apposition_to_be_licensed_to_or_from_a_party(tmp_path):
    assert _licenses("Zelvadenant (CRV115), originally licensed to Lystra Pharma K.K. in 2010, is a selective inhibitor of the "
                     "adenosine receptor.", tmp_path) == {(CORVANE, LYSTRA, "zelvadenant")}
    assert _licenses("CRV-101 (LX-5), licensed from Lystra Pharma K.K. in 2015, is in Phase 2.", tmp_path) == {(LYSTRA, CORVANE, "CRV-101")}
    # another company named in the sentence may own it: no licensor
    assert not _licenses("Zelvadenant (QX115), which competes with products of Quorra Pharma Co., Ltd., and zelvorinib, originally "
                         "licensed to Lystra Pharma K.K. in 2010, are selective inhibitors.", tmp_path)


def test_rights_gained_under_a_deal_told_between_two_other_companies_are_theirs(tmp_path):
    found = _licenses("Quorra Biopharma signed an exclusive licensing deal with US-based ZelVana Biotherapies for QRB-1018. Under the "
                      "agreement, ZelVana gained exclusive rights to develop and commercialise QRB-1018 outside Greater China.", tmp_path)
    assert found == {("Quorra Biopharma", "ZelVana Biotherapies", "QRB-1018")}  # not the filer's


def test_the_one_who_signs_with_a_partner_to_gain_a_license_is_the_licensee(tmp_path):
    assert _licenses("On June 13, 2018, Corvane Bio, Inc. entered into a license agreement with Lystra Pharma K.K. to gain an "
                     "exclusive license to QX-806 in China.", tmp_path) == {(LYSTRA, CORVANE, "QX-806")}


def test_the_partner_responsible_for_selling_the_product_is_the_licensee(tmp_path):
    told = ('Corvane Bio, Inc. entered into a collaboration and license agreement with Lystra Pharma K.K. ("Lystra") to develop, manufacture '
            "and commercialize zelvorinib in the United States and Japan. Corvane has agreed to jointly develop zelvorinib with "
            "Lystra, with Lystra responsible for regulatory submissions and for commercialization {}.")
    assert _licenses(told.format("upon approval"), tmp_path) == {(CORVANE, LYSTRA, "zelvorinib")}
    # a market of its own: no sign of who licensed whom
    assert (CORVANE, LYSTRA, "zelvorinib") not in _licenses(told.format("in Japan"), tmp_path)


def test_a_licensor_that_remains_responsible_for_development_is_not_the_licensee(tmp_path):
    found = _licenses("Corvane Bio, Inc. remains responsible for the clinical development of CRV-101 under the terms of its license "
                      "agreement with Lystra Pharma K.K., and Lystra is responsible for commercialization in Japan.", tmp_path)
    assert (LYSTRA, CORVANE, "CRV-101") not in found
    found = _licenses("Under our agreement, Corvane Bio, Inc. granted Lystra Pharma K.K. an exclusive license to commercialize CRV-101 "
                      "in Japan. Corvane Bio, Inc. is responsible for the development of CRV-101 under the license agreement with "
                      "Lystra Pharma K.K.", tmp_path)
    assert found == {(CORVANE, LYSTRA, "CRV-101")}


@pytest.mark.parametrize("told", [
    "Zelvadenant (LX115), originally licensed to Lystra Pharma K.K. in 2010 by a Japanese university, was acquired by Corvane Bio, "
    "Inc. in 2021.",
    "Zelvadenant (CRV115), originally licensed to Lystra Pharma K.K. under an agreement that was terminated in 2019, is now wholly "
    "owned by Corvane.",
    "In 2010, Northgate University licensed zelvadenant to Lystra Pharma K.K. Zelvadenant (QX115), originally licensed to Lystra "
    "Pharma K.K. in 2010, is now in Phase 3.",
])
def test_a_product_licensed_to_a_party_long_ago_and_changed_hands_since_is_no_license_of_the_filer(told, tmp_path):
    assert (CORVANE, LYSTRA, "zelvadenant") not in _licenses(told, tmp_path)


def test_a_stray_quotation_mark_does_not_silence_the_paragraphs_after_it(tmp_path):
    assert _licenses('The device has a 5" screen.\n\nSales grew.\n\nCorvane Bio, Inc. and Lystra Pharma K.K. entered into a worldwide '
                     "exclusive license agreement to develop and market the inhibitor CORV-708 in Asia.", tmp_path) == {
        (CORVANE, LYSTRA, "CORV-708")}


def test_a_second_deal_of_two_parties_with_a_stated_first_one_is_read_from_its_paragraph(tmp_path):
    found = _licenses("Lystra Pharma K.K. granted Corvane Bio, Inc. an exclusive license to LYS-12.\n\nIn July 2020, Corvane Bio, Inc. "
                      "entered into a new global development and commercialization agreement with Lystra Pharma K.K. for QX-1062. "
                      "Corvane Bio, Inc. agreed to pay Lystra Pharma K.K. an upfront payment of $1 billion.", tmp_path)
    assert found == {(LYSTRA, CORVANE, "LYS-12"), (LYSTRA, CORVANE, "QX-1062")}


def test_the_party_a_paragraph_says_was_granted_the_rights_is_the_licensee(tmp_path):
    """The deal is told in one sentence and the grant in the next, whose asset is named only there or after it."""
    found = _licenses("Corvane Bio, Inc. announced a licensing deal with Lystra Pharma K.K. that could bring in as much as "
                      "$12 billion by granting global rights to a portfolio of early-stage drug candidates. Corvane agreed to "
                      "transfer exclusive rights outside China to the CRV-9821 project, as well as 11 preclinical candidates, "
                      "to Lystra.", tmp_path)
    assert found == {(CORVANE, LYSTRA, "CRV-9821")}


def test_a_deal_that_might_be_signed_is_still_no_license(tmp_path):
    """What a deal could pay is hedged in any signed deal; a deal that could be signed is no deal."""
    found = _licenses("Corvane Bio, Inc. said a license agreement with Lystra Pharma K.K. could be signed for CRV-9821 next "
                      "year. Corvane would grant exclusive rights to CRV-9821 to Lystra.", tmp_path)
    assert not found
    found = _licenses("Corvane Bio, Inc. said a licensing deal with Lystra Pharma K.K. for CRV-12 could be worth up to $500 million, "
                      "and it hopes to sign it in March. Lystra would receive exclusive rights to CRV-12 in Japan.", tmp_path)
    assert not found  # what a deal would be worth is hedged in a signed one too; rights it "would" give are not given


def test_a_parent_or_the_owner_of_a_trade_name_in_brackets_is_no_party_to_the_deal(tmp_path):
    """The release's "it" is the company before the bracket, and the paragraph's two parties are the two outside it."""
    found = license_names(extract_text(tmp_path, "FORM 8-K\n\nQorvant Holdings, Inc.\n(Exact name of registrant as specified in "
                                       "its charter)\n\nCorvane Bio, Inc. (a holding subsidiary of Sichuan Halvex Pharmaceutical Co., "
                                       "Ltd), a clinical-stage biotech company, announced today that it has entered into an exclusive "
                                       "license agreement with Lystra Pharma K.K. (the tradename of Zentor Holdings Inc. Osaka Japan) "
                                       "for zelvatinib. In return, Corvane will receive an upfront payment of $35 million and "
                                       "royalties on net sales."))
    assert found == {(CORVANE, LYSTRA, "zelvatinib")}


def test_an_option_to_license_a_paragraph_says_was_granted_is_no_license(tmp_path):
    found = _licenses("Corvane Bio, Inc. announced a collaboration with Lystra Pharma K.K. to develop zelvatinib. Corvane "
                      "granted Lystra an exclusive option to license zelvatinib in Japan.", tmp_path)
    assert not {(lr, le) for lr, le, a in found if a == "zelvatinib"}


def test_a_right_to_buy_the_rights_to_a_product_is_an_option_no_license(tmp_path):
    found = _licenses("On December 5, 2022, Corvane Bio, Inc. and Lystra Pharma K.K. entered into an Asset Purchase Agreement "
                      "pursuant to which Corvane granted Lystra the exclusive right, but not the obligation, to acquire "
                      "Corvane's rights to zelvimab (the Option).", tmp_path)
    assert not found


def test_a_partners_decision_to_exercise_its_option_to_a_product_licenses_it(tmp_path):
    found = _licenses("Corvane Bio, Inc. entered into a license agreement with Lystra Pharma K.K. for a new ADC. This latest "
                      "transaction follows Lystra Pharma K.K.\u2019s decision earlier this year to exercise an option for worldwide "
                      "rights, except for the Greater China region, to CRV-264, an investigational TROP2 targeting ADC.", tmp_path)
    assert (CORVANE, LYSTRA, "CRV-264") in found


@pytest.mark.parametrize("told", [
    # a grant told as history, by a founder or a former parent
    "Corvane was spun out of Halvex in 2018, when Halvex transferred all rights to its oncology programs to Corvane.",
    "Separately, Corvane said its founder, who previously granted Corvane exclusive rights to the underlying patents, will join the board.",
    # rights that go back to the licensor if the licensee stops
    "Lystra agreed to transfer all rights to CRV-12 back to Corvane in the event it discontinues development.",
])
def test_rights_granted_in_history_or_given_back_are_no_licensee_cue(told, tmp_path):
    found = _licenses(f"Corvane Bio, Inc. announced a licensing deal with Lystra Pharma K.K. for CRV-12 that could bring in $300 "
                      f"million. {told}", tmp_path)
    assert (LYSTRA, CORVANE, "CRV-12") not in found


def test_rights_that_are_no_license_do_not_turn_a_paid_license_around(tmp_path):
    for told in ("Corvane will pay Lystra $50 million upfront. Corvane has granted Lystra the right to co-promote zelvimab in Japan.",
                 "Corvane will pay Lystra an upfront payment of $20 million and has granted Lystra the right to nominate one director "
                 "to the Corvane board."):
        found = _licenses(f"Corvane Bio, Inc. announced a licensing deal with Lystra Pharma K.K. for zelvimab. {told}", tmp_path)
        assert found == {(LYSTRA, CORVANE, "zelvimab")}, told


def test_a_license_granted_beside_a_right_to_buy_is_still_a_license(tmp_path):
    assert (LYSTRA, CORVANE, "LYS-12") in _licenses("Lystra Pharma K.K. granted Corvane Bio, Inc. an exclusive license to LYS-12 and "
                                                    "the right to acquire LYS-14 upon payment of $5 million.", tmp_path)


def test_an_agreement_signed_to_grant_the_other_party_rights_names_it_the_licensee(tmp_path):
    found = _licenses('On March 17, 2017, Corvane Bio, Inc. entered into an Amendment to Extend Collaboration and License Agreement '
                      '(the "Amendment") with Lystra Pharma K.K. ("Lystra") to grant Lystra exclusive worldwide rights to develop and '
                      'commercialize zelvatinib for up to six additional oncology targets.', tmp_path)
    assert found == {(CORVANE, LYSTRA, "zelvatinib")}


@pytest.mark.parametrize("told", [
    "Corvane Bio, Inc. entered into a license agreement with Lystra Pharma K.K. that aims to bring CRV-12 to patients in Japan. "
    "Lystra will pay Corvane $20 million upfront.",
    "Corvane Bio, Inc. signed an exclusive license agreement with Lystra Pharma K.K. for CRV-12, and Lystra hopes to launch CRV-12 "
    "in Japan in 2026. Lystra will pay Corvane $20 million upfront.",
])
def test_what_a_partner_hopes_to_do_with_a_signed_deal_is_no_hedge_of_it(told, tmp_path):
    assert _licenses(told, tmp_path) == {(CORVANE, LYSTRA, "CRV-12")}


def test_a_decision_whether_to_exercise_an_option_exercises_none(tmp_path):
    found = _licenses("Corvane Bio, Inc. announced a licensing deal with Lystra Pharma K.K. for CRV-12. Lystra Pharma K.K.'s decision "
                      "whether to exercise its option to CRV-14 is expected in 2026.", tmp_path)
    assert not {a for *_, a in found} & {"CRV-14"}


def test_a_right_to_buy_a_license_is_no_license_beside_one(tmp_path):
    found = _licenses("Lystra Pharma K.K. granted Corvane Bio, Inc. the right to acquire an exclusive license to LYS-14 upon "
                      "payment of $5 million.", tmp_path)
    assert not found


def test_a_licensees_grant_back_of_improvements_does_not_turn_the_license_around(tmp_path):
    found = _licenses("Corvane Bio, Inc. announced a licensing deal with Lystra Pharma K.K. for CRV-12 that could bring in $300 "
                      "million. Lystra will grant Corvane a non-exclusive license under any improvements for research use.", tmp_path)
    assert (LYSTRA, CORVANE, "CRV-12") not in found
def test_the_grant_of_a_license_two_companies_announce_is_read_from_its_paragraph(tmp_path):
    found = _licenses("Hamburg, Germany - 02 May 2012: Corvane Bio, Inc. and Lystra Pharma K.K. announced today the grant of a "
                      "development and marketing license on zelvatinib, a selective, small molecule P2X7 antagonist, in China. "
                      "Corvane receives a small upfront payment and tiered double-digit royalties on net sales.", tmp_path)
    assert found == {(CORVANE, LYSTRA, "zelvatinib")}


def test_programs_counted_before_the_licensee_and_named_after_it(tmp_path):
    """'licensed two programs to Y: P1, a monoclonal antibody ..., and P2, a small molecule': each named program, though
    a description stands between them."""
    found = _licenses("In 2020, Corvane Bio, Inc. licensed two programs to Lystra Pharma K.K.: CRV-101, a monoclonal antibody "
                      "targeting IL1RAP, and CRV-202, a small molecule inhibitor of RIPK1.", tmp_path)
    assert found == {(CORVANE, LYSTRA, "CRV-101"), (CORVANE, LYSTRA, "CRV-202")}


def test_rights_regained_from_a_partner_named_after_its_countrys_possessive(tmp_path):
    found = _licenses("Corvane Bio, Inc. has regained worldwide rights to Zelvitra, a therapy for short bowel syndrome, from "
                      "Japan's Lystra Pharma K.K.", tmp_path)
    assert found == {(CORVANE, LYSTRA, "Zelvitra")}


def test_the_compounds_a_license_is_of_are_the_product_a_sentence_before_the_last_named(tmp_path):
    """'X had licensed rights to the compounds to Y': a sentence with no product between does not lose the one before it."""
    ext = extract_text(tmp_path, HEADER + "Corvane Bio, Inc. has regained worldwide rights to Zelvitra, a therapy for short bowel syndrome, from "
                       "Lystra Pharma K.K. in May. "
                       "Lystra will receive Corvane stock valued at $50 million. Corvane had licensed rights to the compounds "
                       "outside North America in 2007 to Halden Pharma AG.\n")
    assert (CORVANE, "Halden Pharma AG", "Zelvitra") in license_names(ext)


def test_the_drug_is_none_of_two_products_the_sentence_and_the_one_before_name_apart(tmp_path):
    """'licensed the drug to Y for use with Y's own ZRV-900' after a sentence naming CRV-210: which one is not said."""
    found = _licenses("Corvane Bio, Inc. reported positive Phase 2 data for CRV-210 in gout. In 2019, Corvane licensed the drug "
                      "to Lystra Pharma K.K. for Japan; ZRV-900, Lystra's own gout drug, is sold there.", tmp_path)
    assert not {a for _, _, a in found} & {"ZRV-900"}


def test_a_backup_in_brackets_is_no_counted_program(tmp_path):
    found = _licenses("In 2020, Corvane Bio, Inc. licensed two programs to Lystra Pharma K.K.: CRV-101 (and its backup CRV-103) "
                      "and CRV-202, a small molecule.", tmp_path)
    assert found == {(CORVANE, LYSTRA, "CRV-101"), (CORVANE, LYSTRA, "CRV-202")}


def test_a_release_opening_describes_the_announcer_before_what_it_announced(tmp_path):
    """'X (Nasdaq: ZZZ), a company focused on the development and commercialization of ..., today announced an
    exclusive license agreement with Y (Y) for ...': the description does not hide the announcer."""
    got = _licenses("Corvane Bio, Inc. (Nasdaq: CRVB), a biopharmaceutical company focused on the development and "
                    "commercialization of innovative cardiovascular medicines, today announced an exclusive license agreement "
                    "with Halden Therapeutics (Halden) for the development of HLD-12 in Europe.", tmp_path)
    assert got == {("Halden Therapeutics", "Corvane Bio, Inc.", "HLD-12")}
