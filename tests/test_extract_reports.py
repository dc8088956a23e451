"""Licenses as 10-K/10-Q notes, prospectuses and license agreements tell them, and their endings (made-up names)."""

from __future__ import annotations

from .conftest import extract_text, license_names

HEADER = "FORM 10-K\n\nQorvant Therapeutics, Inc.\n(Exact name of registrant as specified in its charter)\n\n"
Q = "Qorvant Therapeutics, Inc."


def _licenses(text: str, tmp_path) -> set[tuple]:
    return license_names(extract_text(tmp_path, HEADER + text))


def test_an_appositive_product_licensed_to_us_by_its_licensor(tmp_path):
    got = _licenses("Our lead product candidate, zentumab, is licensed to us by Belcastra Pharma AG.", tmp_path)
    assert ("Belcastra Pharma AG", Q, "zentumab") in got


def test_the_exclusive_licensee_of_a_company_for_a_product(tmp_path):
    got = _licenses("We are the exclusive licensee of Hanlin Pharmaceutical Co., Ltd. for QRV-12 outside of China.", tmp_path)
    assert ("Hanlin Pharmaceutical Co., Ltd.", Q, "QRV-12") in got


def test_an_agreement_from_which_we_license_a_product(tmp_path):
    got = _licenses("We are party to an exclusive license agreement with Hanlin Pharmaceutical Co., Ltd., from which we "
                    "license QRV-12.", tmp_path)
    assert ("Hanlin Pharmaceutical Co., Ltd.", Q, "QRV-12") in got


def test_an_agreement_to_grant_the_partner_rights_licenses_out(tmp_path):
    """The guess that the partner of 'a license agreement with X ... to P' licensed P yields to 'to grant X'."""
    got = _licenses("In 2016, we entered into a license agreement with Sarnova Pharma, Inc. to grant Sarnova exclusive rights "
                    "to QRV-202 in Europe.", tmp_path)
    assert got == {(Q, "Sarnova Pharma, Inc.", "QRV-202")}


def test_losing_rights_if_the_agreement_ends_says_who_holds_them(tmp_path):
    """Our own product's rights held from X: a risk factor that we would lose them says X licensed them to us."""
    got = _licenses("QRV-12 is our lead product candidate. If our license agreement with Hanlin Pharmaceutical Co., Ltd. is "
                    "terminated, we would lose our rights to QRV-12.", tmp_path)
    assert (Q, "Hanlin Pharmaceutical Co., Ltd.", "QRV-12") not in got
    assert ("Hanlin Pharmaceutical Co., Ltd.", Q, "QRV-12") in got


def test_rights_held_under_the_licensors_agreement_with_the_holder(tmp_path):
    got = _licenses("Kaseda Pharma Co., Ltd. has the exclusive right to commercialize QRV-330 in Japan under our agreement "
                    "with Kaseda.", tmp_path)
    assert (Q, "Kaseda Pharma Co., Ltd.", "QRV-330") in got


def test_rights_held_under_a_distribution_agreement_are_no_license(tmp_path):
    got = _licenses("Kaseda Pharma Co., Ltd. has the exclusive right to sell QRV-330 in Japan under its distribution "
                    "agreement with us.", tmp_path)
    assert got == set()


def test_rights_reacquired_following_the_termination(tmp_path):
    """'following the termination' after a past return is what happened, not contract language."""
    got = _licenses("In 2020, we reacquired the worldwide rights to QRV-202 from Sarnova Pharma, Inc. following the termination "
                    "of our license agreement.", tmp_path)
    assert (Q, "Sarnova Pharma, Inc.", "QRV-202") in got


def test_rights_granted_to_the_partner_reverted_to_us(tmp_path):
    got = _licenses("Upon the effectiveness of the termination, the rights to QRV-40 granted to Orlanda Pharma S.A. reverted "
                    "to us.", tmp_path)
    assert (Q, "Orlanda Pharma S.A.", "QRV-40") in got


def test_a_partner_terminated_and_we_regained_the_program(tmp_path):
    got = _licenses("In 2020, Sarnova Pharma, Inc. terminated the collaboration and license agreement for QRV-202, and we "
                    "regained full rights to the program.", tmp_path)
    assert (Q, "Sarnova Pharma, Inc.", "QRV-202") in got


def test_rights_licensed_from_the_discoverer_named_before(tmp_path):
    got = _licenses("Zentumab was originally discovered by Belcastra Pharma AG, from which we licensed exclusive worldwide "
                    "rights in 2016.", tmp_path)
    assert ("Belcastra Pharma AG", Q, "zentumab") in got


AGREEMENT = ('This LICENSE AGREEMENT is made between Hallbrook Institute ("Hallbrook") and Qorvant Therapeutics, Inc. '
             '("Qorvant"). ')


def test_a_recital_of_the_owner_willing_to_grant_a_license_to_such_rights(tmp_path):
    got = _licenses(AGREEMENT + "Hallbrook is the owner of certain rights to QRV-101 and is willing to grant to Qorvant an "
                    "exclusive license to such rights.", tmp_path)
    assert ("Hallbrook Institute", Q, "QRV-101") in got


def test_recitals_of_the_owner_and_of_the_licensee_desiring_a_license_under_such_rights(tmp_path):
    got = _licenses('This Agreement is made between Hallbrook Institute ("Licensor") and Qorvant Therapeutics, Inc. ("Licensee"). '
                    "WHEREAS, Licensor owns certain patent rights relating to QRV-101; WHEREAS, Licensee desires to obtain an "
                    "exclusive license under such patent rights.", tmp_path)
    assert ("Hallbrook Institute", Q, "QRV-101") in got


def test_the_license_grants_us_rights_from_the_partner_of_the_agreement_before(tmp_path):
    got = _licenses('In January 2020, we entered into an exclusive license agreement with Ardent Biologics, Inc. ("Ardent"). '
                    "The license grants us exclusive worldwide rights to QRV-701.", tmp_path)
    assert ("Ardent Biologics, Inc.", Q, "QRV-701") in got


def test_a_license_acquired_pursuant_to_our_agreement_with_the_licensor(tmp_path):
    got = _licenses("We acquired an exclusive license to QRV-701 pursuant to our license agreement with Ardent Biologics, Inc.",
                    tmp_path)
    assert ("Ardent Biologics, Inc.", Q, "QRV-701") in got


def test_our_licensee_named_in_apposition(tmp_path):
    got = _licenses("Nerissa Pharma Co., Ltd., our licensee in Japan, is developing QRV-902 for gastric cancer.", tmp_path)
    assert (Q, "Nerissa Pharma Co., Ltd.", "QRV-902") in got


def test_the_party_responsible_for_development_under_the_agreement_is_the_licensee(tmp_path):
    got = _licenses("Under our license agreement with Nerissa Pharma Co., Ltd., Nerissa is responsible for the development and "
                    "commercialization of QRV-902 in Japan.", tmp_path)
    assert got == {(Q, "Nerissa Pharma Co., Ltd.", "QRV-902")}


def test_products_listed_as_licensed_from_a_company(tmp_path):
    got = _licenses("Our product candidates QRV-701 and QRV-801 are licensed from Ardent Biologics, Inc.", tmp_path)
    assert {("Ardent Biologics, Inc.", Q, "QRV-701"), ("Ardent Biologics, Inc.", Q, "QRV-801")} <= got


def test_licenses_from_a_company_to_products_listed(tmp_path):
    got = _licenses("We hold exclusive licenses from Ardent Biologics, Inc. to QRV-701 and QRV-801.", tmp_path)
    assert {("Ardent Biologics, Inc.", Q, "QRV-701"), ("Ardent Biologics, Inc.", Q, "QRV-801")} <= got


def test_a_recital_desiring_to_obtain_what_the_other_is_willing_to_grant(tmp_path):
    got = _licenses('This Agreement is made by and between Ardent Biologics, Inc. ("Ardent") and Qorvant Therapeutics, Inc. '
                    '("Qorvant"). WHEREAS, Ardent has developed QRV-701; and WHEREAS, Qorvant desires to obtain, and Ardent is '
                    "willing to grant, an exclusive license to develop and commercialize QRV-701.", tmp_path)
    assert ("Ardent Biologics, Inc.", Q, "QRV-701") in got


def test_rights_reacquired_from_the_licensee_named_first(tmp_path):
    got = _licenses("In 2022, we reacquired from Nerissa Pharma Co., Ltd. the rights to QRV-902 in Japan.", tmp_path)
    assert (Q, "Nerissa Pharma Co., Ltd.", "QRV-902") in got


def test_a_grant_under_an_agreement_named_by_its_product(tmp_path):
    got = _licenses("In connection with the sale, the Company amended and restated its kestromab license agreement with Dravon "
                    "University, pursuant to which Dravon granted a license to the Company to exploit certain intellectual "
                    "property rights owned by Dravon.", tmp_path)
    assert ("Dravon University", Q, "kestromab") in got


def test_a_recital_desiring_to_obtain_what_the_other_desires_to_provide(tmp_path):
    got = _licenses('This LICENSE AGREEMENT is made by and between Ombra Pharmaceuticals, Inc. ("Licensor") and Qorvant '
                    'Therapeutics, Inc. ("Licensee"). WHEREAS, Licensee desires to obtain, and Licensor desires to provide, a '
                    "license to QRV-40 in accordance with the terms of this Agreement.", tmp_path)
    assert ("Ombra Pharmaceuticals, Inc.", Q, "QRV-40") in got


def test_a_recital_of_the_licensee_desirous_of_a_license_under_the_owners_patent_rights(tmp_path):
    got = _licenses('This Agreement is entered into by and between Hallbrook Institute ("HALLBROOK") and Qorvant Therapeutics, '
                    'Inc. ("LICENSEE"). WHEREAS, HALLBROOK is the owner of the Patent Rights covering QRV-10; and WHEREAS, '
                    "LICENSEE is desirous of obtaining an exclusive license under the Patent Rights.", tmp_path)
    assert ("Hallbrook Institute", Q, "QRV-10") in got


def test_a_product_developed_under_a_license_from_a_company(tmp_path):
    got = _licenses("QRV-10 is being developed under an exclusive license from Hallbrook Institute.", tmp_path)
    assert ("Hallbrook Institute", Q, "QRV-10") in got


def test_rights_in_a_territory_received_to_our_product(tmp_path):
    got = _licenses("Under the agreement, Halvor Pharma N.V. will receive exclusive commercialization rights in Europe to our "
                    "product candidate QRV-301.", tmp_path)
    assert (Q, "Halvor Pharma N.V.", "QRV-301") in got


def test_a_license_held_under_an_agreement_dated_before_its_partner(tmp_path):
    got = _licenses("We hold an exclusive license to QRV-301 under a license agreement dated November 1, 2013 with Corvina "
                    "University.", tmp_path)
    assert ("Corvina University", Q, "QRV-301") in got


def test_the_licensor_of_a_product(tmp_path):
    got = _licenses("Corvina University is the licensor of QRV-301.", tmp_path)
    assert ("Corvina University", Q, "QRV-301") in got


def test_a_partner_exercised_its_right_to_terminate_and_the_rights_reverted(tmp_path):
    got = _licenses("In 2020, Halvor Pharma N.V. exercised its right to terminate the license agreement for QRV-301. The "
                    "termination became effective on June 30, 2020, and all rights to QRV-301 in Europe reverted to us.", tmp_path)
    assert (Q, "Halvor Pharma N.V.", "QRV-301") in got


def test_both_terminated_and_the_company_regained_the_territorys_rights(tmp_path):
    got = _licenses("In 2020, Halvor Pharma N.V. and the Company terminated the license agreement for QRV-301 by mutual "
                    "consent, and the Company regained the European rights to QRV-301.", tmp_path)
    assert (Q, "Halvor Pharma N.V.", "QRV-301") in got


def test_we_returned_our_rights_to_the_licensor(tmp_path):
    got = _licenses("In 2021, we returned our rights to QRV-302 to Corvina University.", tmp_path)
    assert ("Corvina University", Q, "QRV-302") in got


def test_the_licensor_terminated_our_license(tmp_path):
    """Whose license ended says the direction: ours, so the one who ended it had granted it."""
    ext = extract_text(tmp_path, HEADER + "Corvina University terminated our license to QRV-302 in 2021 due to our failure to "
                       "meet a diligence milestone.")
    assert [(ext.mentions[lic.licensor].name, ext.mentions[lic.licensee].name, lic.status) for lic in ext.licenses] == \
        [("Corvina University", Q, "Terminated")]


def test_rights_we_now_have_after_the_termination_of_an_agreement(tmp_path):
    got = _licenses("As a result of the termination of our agreement with Halvor Pharma N.V., we now have worldwide rights to "
                    "QRV-301.", tmp_path)
    assert (Q, "Halvor Pharma N.V.", "QRV-301") in got


def test_the_partner_responsible_for_development_in_the_next_sentence_is_the_licensee(tmp_path):
    got = _licenses('In 2017, we entered into a license agreement with Halvor Pharma N.V. ("Halvor") for QRV-301 in Europe. '
                    "Under the license agreement, Halvor is responsible for all development and commercialization activities "
                    "in Europe.", tmp_path)
    assert got == {(Q, "Halvor Pharma N.V.", "QRV-301")}


def test_rights_after_ending_a_supply_agreement_are_no_license(tmp_path):
    got = _licenses("As a result of the termination of our supply agreement with Halvor Pharma N.V., we now have the rights "
                    "to sell QRV-301 through other distributors.", tmp_path)
    assert got == set()


def test_a_license_we_may_acquire_is_none_yet(tmp_path):
    got = _licenses("We may acquire an exclusive license to QRV-303 from Corvina University if we exercise our option.", tmp_path)
    assert got == set()


def test_supplies_returned_are_no_rights_returned(tmp_path):
    got = _licenses("We returned the unused clinical supplies of QRV-301 to Halvor Pharma N.V.", tmp_path)
    assert got == set()


def test_the_license_named_by_its_licensor_provides_us_a_license(tmp_path):
    got = _licenses('In June 2019, we entered into an exclusive license agreement (the "Brisk License") with Brisk Biopharma, '
                    'Inc. ("Brisk"). The Brisk License provides us with an exclusive, worldwide license to develop and '
                    "commercialize QRV-11.", tmp_path)
    assert ("Brisk Biopharma, Inc.", Q, "QRV-11") in got


def test_under_such_license_we_have_the_right_to_develop(tmp_path):
    got = _licenses('In June 2019, we entered into an exclusive license agreement with Brisk Biopharma, Inc. (the "Licensor"). '
                    "Under such license, we have the exclusive right to develop and commercialize QRV-11 worldwide.", tmp_path)
    assert ("Brisk Biopharma, Inc.", Q, "QRV-11") in got


def test_a_partner_terminated_its_own_license(tmp_path):
    got = _licenses("In 2023, Brisk Biopharma, Inc. terminated its license to QRV-20, which we had granted in 2019.", tmp_path)
    assert (Q, "Brisk Biopharma, Inc.", "QRV-20") in got


def test_we_terminated_and_returned_the_rights_to_the_licensor(tmp_path):
    got = _licenses("In 2023, we terminated our license agreement with Brisk Biopharma, Inc. under which we had licensed "
                    "QRV-11, and returned all rights to QRV-11 to Brisk Biopharma, Inc.", tmp_path)
    assert got == {("Brisk Biopharma, Inc.", Q, "QRV-11")}


def test_the_agreement_under_which_the_partner_held_rights_was_terminated(tmp_path):
    ext = extract_text(tmp_path, HEADER + "Effective March 31, 2023, the license agreement under which Brisk Biopharma, Inc. "
                       "held rights to QRV-20 in Greater China was terminated.")
    assert [(ext.mentions[lic.licensor].name, ext.mentions[lic.licensee].name, ext.mentions[lic.asset].name, lic.status)
            for lic in ext.licenses] == [(Q, "Brisk Biopharma, Inc.", "QRV-20", "Terminated")]


def test_a_licensor_provided_us_with_a_license(tmp_path):
    got = _licenses("In 2018, Tavix Bio AG provided us with an exclusive license to develop QRV-200.", tmp_path)
    assert ("Tavix Bio AG", Q, "QRV-200") in got


def test_our_licensor_named_in_apposition(tmp_path):
    got = _licenses("Tavix Bio AG, our licensor, has filed patent applications covering QRV-200.", tmp_path)
    assert ("Tavix Bio AG", Q, "QRV-200") in got


def test_the_rights_to_a_product_that_we_license_from_a_company(tmp_path):
    got = _licenses("We depend on the rights to QRV-200 that we license from Tavix Bio AG.", tmp_path)
    assert ("Tavix Bio AG", Q, "QRV-200") in got


def test_a_product_for_which_we_hold_a_license(tmp_path):
    got = _licenses("QRV-200, for which we hold an exclusive license from Tavix Bio AG, is in Phase 2.", tmp_path)
    assert ("Tavix Bio AG", Q, "QRV-200") in got


def test_rights_held_under_a_sublicense_from_a_company(tmp_path):
    got = _licenses("Under a sublicense from Tavix Bio AG, we have exclusive rights to QRV-200 in North America.", tmp_path)
    assert ("Tavix Bio AG", Q, "QRV-200") in got


def test_our_partner_holds_rights_without_commas(tmp_path):
    got = _licenses("Our partner Renmark Pharma Co., Ltd. holds exclusive rights to QRV-300 in Korea.", tmp_path)
    assert (Q, "Renmark Pharma Co., Ltd.", "QRV-300") in got


def test_a_partner_discontinued_a_product_and_returned_the_rights(tmp_path):
    got = _licenses("In 2021, Renmark Pharma Co., Ltd. discontinued development of QRV-300 and returned the rights to us.",
                    tmp_path)
    assert (Q, "Renmark Pharma Co., Ltd.", "QRV-300") in got


def test_a_partner_elected_to_terminate_its_rights(tmp_path):
    got = _licenses("In 2021, Renmark Pharma Co., Ltd. elected to terminate its rights to QRV-300.", tmp_path)
    assert (Q, "Renmark Pharma Co., Ltd.", "QRV-300") in got


def test_rights_regained_after_the_partner_terminated(tmp_path):
    got = _licenses("We regained the rights to QRV-300 in Korea after Renmark Pharma Co., Ltd. terminated our license "
                    "agreement in 2021.", tmp_path)
    assert (Q, "Renmark Pharma Co., Ltd.", "QRV-300") in got


def test_the_product_itself_reverted_after_the_termination(tmp_path):
    got = _licenses("In 2021, we and Renmark Pharma Co., Ltd. terminated our license agreement for QRV-300, and QRV-300 "
                    "reverted to us.", tmp_path)
    assert (Q, "Renmark Pharma Co., Ltd.", "QRV-300") in got


def test_products_licensed_from_two_licensors_each_their_own(tmp_path):
    """A list after the licensor is another license's: 'P1 from X and P2 from Y' is no license of P2 from X."""
    got = _licenses("We in-licensed QRV-101 from Dravon University and QRV-202 from Corvina University.", tmp_path)
    assert ("Dravon University", Q, "QRV-101") in got
    assert ("Dravon University", Q, "QRV-202") not in got


def test_royalties_received_from_a_licensee_on_its_sales(tmp_path):
    got = _licenses("We receive royalties from Kaseda Pharma Co., Ltd. on sales of QRV-505 in Japan.", tmp_path)
    assert (Q, "Kaseda Pharma Co., Ltd.", "QRV-505") in got


def test_a_notice_that_the_partner_would_terminate_its_license(tmp_path):
    got = _licenses("In 2022, Kaseda Pharma Co., Ltd. gave notice that it would terminate its license to QRV-505 effective "
                    "June 30, 2023.", tmp_path)
    assert (Q, "Kaseda Pharma Co., Ltd.", "QRV-505") in got


def test_a_partner_the_exclusive_licensee_of_our_product(tmp_path):
    got = _licenses("Osprey Pharma Ltd. is the exclusive licensee of QRV-44 in Greater China.", tmp_path)
    assert (Q, "Osprey Pharma Ltd.", "QRV-44") in got


def test_a_product_where_it_is_licensed_to_a_partner(tmp_path):
    got = _licenses("We retain all rights to QRV-44 outside Greater China, where it is licensed to Osprey Pharma Ltd.", tmp_path)
    assert (Q, "Osprey Pharma Ltd.", "QRV-44") in got


def test_rights_reverted_upon_the_effective_date_of_termination(tmp_path):
    got = _licenses("In 2023, Osprey Pharma Ltd. notified us of its decision to terminate the collaboration and license "
                    "agreement for QRV-44. Upon the effective date of termination, all rights to QRV-44 in Greater China "
                    "reverted to us.", tmp_path)
    assert (Q, "Osprey Pharma Ltd.", "QRV-44") in got


def test_notice_received_that_the_licensor_was_terminating_our_license(tmp_path):
    got = _licenses("In 2023, we received notice from Marlow Institute that it was terminating our license to QRV-10 for "
                    "breach.", tmp_path)
    assert ("Marlow Institute", Q, "QRV-10") in got


def test_a_license_agreement_assumed_with_an_acquisition(tmp_path):
    got = _licenses("In connection with our acquisition of Tervane Therapeutics, Inc., we assumed an exclusive license agreement "
                    "with Corvina University for QRV-44.", tmp_path)
    assert ("Corvina University", Q, "QRV-44") in got


def test_an_assumed_agreement_whose_grant_names_the_licensee(tmp_path):
    """The guess that the assuming filer is the licensee yields to the grant the sentence states."""
    got = _licenses("In connection with the acquisition of Tervane Therapeutics, Inc., we assumed a license agreement with "
                    "Corvina University under which Corvina granted Tervane an exclusive license to QRV-44.", tmp_path)
    assert got == {("Corvina University", "Tervane Therapeutics, Inc.", "QRV-44")}


def test_the_partner_responsible_at_its_own_cost_under_the_named_agreement(tmp_path):
    got = _licenses('In January 2021, we entered into a license and collaboration agreement (the "Pensive Agreement") with '
                    'Pensive Biopharma Co., Ltd. ("Pensive") for QRV-900. Under the Pensive Agreement, Pensive is responsible, '
                    "at its own cost, for the development and commercialization of QRV-900 in its territory.", tmp_path)
    assert got == {(Q, "Pensive Biopharma Co., Ltd.", "QRV-900")}


def test_a_product_described_before_the_clause_that_in_licensed_it(tmp_path):
    got = _licenses("QRV-800, our lead product candidate, is a small-molecule inhibitor of PI3K-delta that we in-licensed from "
                    "Tolland Therapeutics, Inc. in August 2017.", tmp_path)
    assert ("Tolland Therapeutics, Inc.", Q, "QRV-800") in got


def test_our_product_candidate_in_licensed_from_a_company(tmp_path):
    got = _licenses("We have in-licensed our lead product candidate, QRV-800, from Tolland Therapeutics, Inc.", tmp_path)
    assert ("Tolland Therapeutics, Inc.", Q, "QRV-800") in got


def test_rights_in_licensed_told_by_coreference_to_an_earlier_sentence(tmp_path):
    """'these rights' stands for the asset of the sentence before, whose name this sentence does not hold."""
    got = _licenses("Our lead product candidate is QRV-800. We hold exclusive rights to QRV-800. We in-licensed these rights "
                    "from Tolland Therapeutics, Inc. in 2017.", tmp_path)
    assert ("Tolland Therapeutics, Inc.", Q, "QRV-800") in got


def test_rights_received_upon_a_spinoff_are_no_in_license(tmp_path):
    """A possessive in the stretch before 'from X' only for 'our lead product candidate, P'; not 'upon our spinoff'."""
    ext = extract_text(tmp_path, HEADER + "We hold rights to the OmniAb platform. We subsequently received the rights to the "
                       "platform patent family upon our spinoff from Emergent BioSolutions Inc.")
    parties = [{ext.mentions[lic.licensor].name, ext.mentions[lic.licensee].name} for lic in ext.licenses]
    parties += [{ext.mentions[p].name for p in collab.parties} for collab in ext.collaborations]
    assert not any("Emergent BioSolutions Inc." in pair for pair in parties)


def test_rights_bought_under_a_purchase_agreement_are_no_license(tmp_path):
    got = _licenses("In 2016, we acquired all rights to QRV-61 from Cadwell Pharma AG under an asset purchase agreement.", tmp_path)
    assert got == set()


def test_a_sublicense_granted_under_our_license_from_the_licensor(tmp_path):
    got = _licenses("We sublicensed QRV-61 to Pellucid Therapeutics, Inc. under our license from Cadwell Pharma AG.", tmp_path)
    assert {("Cadwell Pharma AG", Q, "QRV-61"), (Q, "Pellucid Therapeutics, Inc.", "QRV-61")} <= got


def test_the_owners_platform_which_we_license(tmp_path):
    got = _licenses("We discover our antibodies using Cadwell Pharma AG's proprietary TriMab platform, which we license "
                    "non-exclusively.", tmp_path)
    assert ("Cadwell Pharma AG", Q, "TriMab platform") in got


def test_a_license_ended_by_a_termination_agreement_and_one_obtained_under_the_partners_rights(tmp_path):
    got = _licenses("Belcastra Pharma AG and the Company signed a wind-down agreement in 2017 to terminate the 2012 license "
                    "agreement, as amended, between the Company and Belcastra Pharma AG, under which the Company granted Belcastra "
                    "Pharma AG sole rights in Europe to QRV-0932. The Company then obtained a royalty-free license under the patents "
                    "and know-how of Belcastra Pharma AG to complete and sell QRV-0932.", tmp_path)
    assert got == {(Q, "Belcastra Pharma AG", "QRV-0932"), ("Belcastra Pharma AG", Q, "QRV-0932")}


def test_the_termination_ends_the_grant_the_relative_clause_told(tmp_path):
    ext = extract_text(tmp_path, HEADER + "In 2017 Belcastra Pharma AG agreed to terminate the 2012 license agreement, as amended, "
                                          "between Hokuto Pharma Co., Ltd. and Belcastra Pharma AG, under which Hokuto Pharma Co., Ltd. "
                                          "granted Belcastra Pharma AG a license to QRV-0932, and Hokuto Pharma Co., Ltd. granted "
                                          "Quarra Biologics Inc. a license to QRV-0932.")
    events = {ext.mentions[lic.licensee].name: sorted(e.type.name for e in lic.events) for lic in ext.licenses}
    assert events == {"Belcastra Pharma AG": ["GRANT", "TERMINATION"], "Quarra Biologics Inc.": ["GRANT"]}


def test_a_new_agreement_after_a_termination_or_a_right_to_terminate_ends_no_grant(tmp_path):
    for text in ("In 2017, the Company agreed with Belcastra Pharma AG to terminate the collaboration and enter into a new license "
                 "agreement, under which the Company granted Belcastra Pharma AG a license to QRV-0932.",
                 "The Company has the right to terminate the 2012 license agreement, as amended, between the Company and Belcastra "
                 "Pharma AG, under which the Company granted Belcastra Pharma AG a license to QRV-0932."):
        (lic,) = extract_text(tmp_path, HEADER + text).licenses
        assert [e.type.name for e in lic.events] == ["GRANT"], text


def test_a_sublicense_or_a_license_for_use_with_a_product_is_no_license_from_the_rights_owner(tmp_path):
    # a sublicense under X's patents comes from X's licensee; a license to make devices "for use with" P is no license to P
    assert _licenses("In 2019, the Company obtained a sublicense under certain patents of Wexford University to develop QRV-0932, "
                     "through its agreement with Quarra Biologics Inc.", tmp_path) == set()
    assert _licenses("In 2019, the Company received a license under certain know-how of Hokuto Pharma Co., Ltd. to build pumps "
                     "for use with QRV-0932.", tmp_path) == set()
    assert _licenses("In 2019, the Company received a license under certain know-how of Hokuto Pharma Co., Ltd. to build and sell "
                     "QRV-0932.", tmp_path) == {("Hokuto Pharma Co., Ltd.", Q, "QRV-0932")}


def test_an_abbreviation_between_the_licensee_and_its_license_keeps_the_clause(tmp_path):
    found = _licenses("Halvane Pharmaceuticals Inc., based in Dunmore, Vt., acquired from Orbis Biologics Ltd. a license to "
                      "ZX-410. In 2003 Qorvant obtained U.S. rights to ZX-411 from Orbis Biologics Ltd.\n", tmp_path)
    assert {("Orbis Biologics Ltd.", "Halvane Pharmaceuticals Inc.", "ZX-410"),
            ("Orbis Biologics Ltd.", "Qorvant Therapeutics, Inc.", "ZX-411")} <= found


def test_an_abbreviation_does_not_join_two_sentences_into_one_license(tmp_path):
    found = _licenses("Halvane Pharmaceuticals Inc. keeps its offices in the U.S. The foundation granted Orbis Biologics Ltd. "
                      "an exclusive license to ZX-410. Halvane Pharmaceuticals Inc. is located in Dover, Del., and the "
                      "institute granted Orbis Biologics Ltd. a license to ZX-411.\n", tmp_path)
    assert not any(licensor.startswith("Halvane") for licensor, _, _ in found)
