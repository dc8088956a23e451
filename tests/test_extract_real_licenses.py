"""Licenses as real releases and report notes state them in phrasings no older rule knew: a footnote's mark and
a ticker around the partner, an announced deal closed, a term an agreement gives a list of products, an ending
told as a noun ("the termination of X's license to P"), an option agreement's payments (made-up names throughout)."""

from __future__ import annotations

from .conftest import extract_text, license_names

Q = "Quintara Therapeutics, Inc."
HEADER = f"FORM 8-K\n\n{Q}\n(Exact name of registrant as specified in its charter)\n\n"


def _licenses(text: str, tmp_path) -> set[tuple]:
    return license_names(extract_text(tmp_path, HEADER + text))


def test_a_footnote_mark_and_a_ticker_do_not_hide_the_license_agreement(tmp_path):
    got = _licenses(f"{Q} (Nasdaq:QNTR) today announced that it has entered into an exclusive worldwide1 license "
                    "agreement with Velmora Bio Inc (Nasdaq:VLMB) to develop and commercialize velorimab (VLM-2210, "
                    "anti-TIGIT antibody) for the treatment of bladder cancer.", tmp_path)
    assert got == {("Velmora Bio Inc", Q, "velorimab")}


def test_closing_announced_licensing_agreements_for_its_own_compound_licenses_it_out(tmp_path):
    got = _licenses(f"{Q} (NASDAQ: QNTR) today announced that it has closed on its previously announced licensing and "
                    "stock purchase agreements with Brightwell Pharma Ltd. (NASDAQ:BRWL), a top 10 pharmaceutical "
                    "company, for the development of its novel anti-cancer compound, QT-4471.", tmp_path)
    assert got == {(Q, "Brightwell Pharma Ltd.", "QT-4471")}


def test_a_term_given_to_a_list_of_products_licenses_each(tmp_path):
    got = _licenses("In May 2016, the Company entered into a Research, Collaboration & License Agreement (the "
                    "\"Collaboration Agreement\") with Velmora University. The Collaboration Agreement provides the "
                    "terms for the Company and Velmora University to collaborate on gene therapy products for the "
                    "treatment of Fabry disease (QTX101), Pompe disease (QTX201) and Gaucher disease (QTX301) (each, "
                    "a \"Subfield\"). Under the Collaboration Agreement, Velmora University granted the Company an "
                    "exclusive, worldwide license to certain patent rights to develop and commercialize licensed "
                    "products in each Subfield.", tmp_path)
    assert got == {("Velmora University", Q, p) for p in ("QTX101", "QTX201", "QTX301")}


def test_the_termination_of_a_partners_license_to_ones_technology(tmp_path):
    got = _licenses(f"{Q} announced today a letter agreement with Brightwell Pharma Inc. providing for the termination "
                    "of Brightwell's license to Quintara's ZORBIX® Technology and the return to Quintara of the "
                    "approved Lumexa® product.", tmp_path)
    assert {(lr, le) for lr, le, _ in got} == {(Q, "Brightwell Pharma Inc.")}
    assert any(a and "ZORBIX" in a for _, _, a in got)


def test_the_termination_of_an_agreement_between_two_for_ones_product(tmp_path):
    got = _licenses("On March 3, 2017, the Company received the required 90-day notice from Brightwell Pharma Inc. "
                    "(\"Brightwell\") regarding termination of the previously announced license and development "
                    "agreement between the Company and Brightwell for the Company's LUMEXA® (fentanyl nasal spray) "
                    "product (the \"License Agreement\").", tmp_path)
    assert got == {(Q, "Brightwell Pharma Inc.", "LUMEXA")}


def test_a_termination_that_could_follow_is_no_ending(tmp_path):
    got = _licenses("A breach of the agreement could result in the termination of the Company's license to "
                    "Brightwell Pharma Inc.'s ZORBIX® Technology.", tmp_path)
    assert got == set()


def test_payments_for_an_option_agreement_are_no_license(tmp_path):
    got = _licenses("In July 2019, the Company and Velmora Bio Inc (\"Velmora\") entered into an option agreement which "
                    "granted Velmora the option to license multiple programs from the Company and access the Company's "
                    "ZelgoX® platform technology for asset identification and selection. The Company received an upfront "
                    "cash payment of $5 million upon execution of this option agreement. In September 2019, the Company "
                    "entered into a License Agreement with Orrin Bio Inc, a wholly owned subsidiary of Velmora, in which "
                    "the Company granted to Orrin Bio Inc multiple exclusive license programs, the Company's ZelgoX® "
                    "platform technology for the development of up to five product candidates, and manufacturing "
                    "rights.", tmp_path)
    assert got == {(Q, "Orrin Bio Inc", "ZelgoX platform")}


def test_a_short_name_that_starts_a_word_of_the_licensors_name_is_the_licensor(tmp_path):
    got = _licenses("In May 2016, the Company entered into a License Agreement with The Trustees of the University of "
                    "Velmoria (Velm). Under the License Agreement, Velm granted the Company an exclusive, worldwide license "
                    "to certain patent rights to develop and commercialize QTX-4410.", tmp_path)
    assert got == {("Trustees of the University of Velmoria", Q, "QTX-4410")}


def test_the_termination_of_a_license_agreement_with_a_partner_for_the_partners_product(tmp_path):
    got = _licenses("In June 2021, the Company announced the termination of its license agreement with Brightwell Pharma "
                    "Inc. (\"Brightwell\") for Brightwell's BRW-101 compound.", tmp_path)
    assert got == {("Brightwell Pharma Inc.", Q, "BRW-101")}


def test_a_partner_told_the_termination_of_the_license_agreement_for_the_filers_product(tmp_path):
    got = _licenses("In June 2021, Brightwell Pharma Inc. notified the Company of the termination of the license "
                    "agreement with the Company for the Company's QTX-4410 product, effective September 1, 2021.", tmp_path)
    assert got == {(Q, "Brightwell Pharma Inc.", "QTX-4410")}


def test_a_technology_invented_at_two_universities_and_licensed_is_licensed_by_each(tmp_path):
    got = _licenses("VELTAR\u00ae technology was invented by researchers at the University of Velmoria and Corvane State "
                    "University and exclusively licensed to Brightwell Pharma Inc.", tmp_path)
    assert {(lr, le) for lr, le, _ in got} == {("University of Velmoria", "Brightwell Pharma Inc."),
                                               ("Corvane State University", "Brightwell Pharma Inc.")}
    assert all(a.startswith("VELTAR") for *_, a in got)


def test_a_license_taken_for_the_same_is_of_the_drug_just_named(tmp_path):
    got = _licenses("Quintara said it has signed a non-exclusive license agreement with the Velmora Patent Pool to "
                    "manufacture and sell zelnavir capsules. The Velmora Patent Pool had taken licence from Brightwell "
                    "Pharma Inc. for the same, the company said.", tmp_path)
    assert ("Brightwell Pharma Inc.", "Velmora Patent Pool", "zelnavir") in got


def test_it_granted_under_an_agreement_is_the_grant_of_the_agreements_subject(tmp_path):
    got = _licenses("In October 2009, Brightwell Pharma Inc. established a licensing and distribution agreement with "
                    "Velmora Bio GmbH under which it granted Velmora Bio GmbH the exclusive right to market and sell its "
                    "BRW-101 in a number of European countries.", tmp_path)
    assert got == {("Brightwell Pharma Inc.", "Velmora Bio GmbH", "BRW-101")}


def test_two_companies_signing_a_license_agreement_on_what_one_discovered(tmp_path):
    got = _licenses("Brightwell Pharma Inc. and Velmora Bio GmbH announced that the two companies have signed a license "
                    "agreement on a novel oral receptor agonist BRW-304 originally discovered and synthesized by Velmora Bio "
                    "GmbH for the treatment of pulmonary arterial hypertension.", tmp_path)
    assert got == {("Velmora Bio GmbH", "Brightwell Pharma Inc.", "BRW-304")}


def test_a_company_that_will_out_license_programs_in_an_announced_deal_licenses_them(tmp_path):
    got = _licenses("Initially, Brightwell Pharma Inc. will out-license and option two programs to Velmora Bio GmbH: BRW-12, "
                    "a monoclonal antibody, and BRW-14, a small molecule.", tmp_path)
    assert got == {("Brightwell Pharma Inc.", "Velmora Bio GmbH", "BRW-12"), ("Brightwell Pharma Inc.", "Velmora Bio GmbH", "BRW-14")}
    # ... not one that comes only if an option is taken
    assert not _licenses("Brightwell Pharma Inc. will license BRW-12 to Velmora Bio GmbH if Velmora exercises its option.", tmp_path)


def test_an_agreement_to_develop_manufacture_and_market_the_companys_own_drug(tmp_path):
    got = _licenses("Brightwell Pharma Inc. announced today that it has entered into an exclusive worldwide agreement with "
                    "Velmora Bio GmbH, a Halden company, to develop, manufacture and market zelvacillin, Brightwell Pharma "
                    "Inc.'s novel broad-spectrum cephalosporin antibiotic.", tmp_path)
    assert got == {("Brightwell Pharma Inc.", "Velmora Bio GmbH", "zelvacillin")}
