"""The shapes of companies' legal names that real passages print and the name patterns missed (data/probes
licenses-releases-2, licenses-reports-2), with made-up names: a name in small letters before its legal form, a
legal form in capitals after a name in mixed case, "X and Co."."""

from __future__ import annotations

import pytest

from builders.extract.entities.common import trim_name
from builders.extract.names import has_legal_suffix
from builders.model import Kind

from .conftest import entity_names, extract_text, license_names

HEADER = "FORM 8-K\n\nQorvant Therapeutics, Inc.\n(Exact name of registrant as specified in its charter)\n\n"


def _orgs(text: str, tmp_path) -> set[str]:
    return entity_names(extract_text(tmp_path, HEADER + text), Kind.ORG)


def test_a_company_that_writes_its_name_in_small_letters_before_its_legal_form(tmp_path):
    orgs = _orgs("In January 2021, the Group entered into a collaboration and license agreement with zenvax BV (\u201czenvax\u201d). "
                 "Qorvant today announced a licensing agreement with orbida GmbH to develop a formulation. The Company licensed "
                 "its vector platform to redfinch bio, Inc. in 2019.\n", tmp_path)
    assert {"zenvax BV", "orbida GmbH", "redfinch bio, Inc."} <= orgs


def test_words_before_a_company_are_no_part_of_it(tmp_path):
    orgs = _orgs("Two officers will depart the Company. The agreement with orbida GmbH expands the Company's reach.\n", tmp_path)
    assert "orbida GmbH" in orgs
    assert not any(n.startswith(("depart", "with", "expands")) for n in orgs)


def test_a_legal_form_in_capitals_after_a_name_in_mixed_case(tmp_path):
    orgs = _orgs("On March 31, 2021, the Company issued a license agreement for US $5,000,000 to Velray Pharmaceutical Co, LTD, "
                 "(Licensee) licensing ZX-41 internationally.\n", tmp_path)
    assert "Velray Pharmaceutical Co, LTD" in orgs
    assert has_legal_suffix("Velray Pharmaceutical Co, LTD")
    assert not has_legal_suffix("CISCO SYSTEMS TO ACQUIRE COMBINET INC.")  # a headline in capitals, no name


def test_a_company_named_and_co(tmp_path):
    orgs = _orgs("Shanghai-based Halvern Biosciences Co. Ltd. and Orrin Tamsley and Co. have disclosed an agreement to co-develop "
                 "therapeutic antibodies.\n", tmp_path)
    assert "Orrin Tamsley and Co." in orgs


def test_words_of_the_language_or_a_drug_before_a_legal_form_are_no_company(tmp_path):
    orgs = _orgs("We paid the escrow agent Inc. fees. Patients on zelvaprizumab AG received placebo.\n", tmp_path)
    assert not any("agent" in n or "zelvaprizumab" in n for n in orgs)


def test_a_role_in_brackets_whose_quotes_a_conversion_lost_names_the_party(tmp_path):
    # data/probes/licenses-agreements ag01: a CUAD copy printed '(Licensee)' for '("Licensee")'
    ext = extract_text(tmp_path, HEADER + (
        "This LICENSE AGREEMENT is entered into effective as of May 2, 2019 by and between Quarra IP AG, having its place "
        "of business at Bahnhofstrasse 4, Zug (Quarra) and Varnholt Biosciences, Inc., having its principal place of business "
        "at 333 Main Street, Redwood City, CA 94065, USA (Licensee). WHEREAS, Licensee wishes to obtain an exclusive license "
        "from Quarra for the commercialization of QRV-101 in the United States.\n"))
    assert ("Quarra IP AG", "Varnholt Biosciences, Inc.", "QRV-101") in license_names(ext)


def test_a_company_s_legal_name_in_capitals_inside_a_sentence_in_small_letters(tmp_path):
    # data/probes/entities-4 e4-26: old trade news set companies' names in capitals
    orgs = _orgs("It took seven years, but the Ministry finally has given KORVALE PHARMACEUTICAL CO., LTD. the go-ahead to produce "
                 "the drug, the HALDEN & QUARRA, INC. product that promotes the growth of new hair.\n"
                 "NOTE REGARDING COMPANY REFERENCES Unless the context otherwise requires, the terms mean the Company.\n", tmp_path)
    assert {"Korvale Pharmaceutical Co., Ltd.", "Halden & Quarra, Inc."} <= orgs
    assert not any("Regarding" in n for n in orgs)  # a heading's words before a legal form in capitals


def test_mexican_legal_forms(tmp_path):
    orgs = _orgs("Qorvant signed a licensing agreement with Laboratorios Velmar, S.A. de C.V., a Mexico-based company, and with "
                 "Grupo Tessal, S. de R.L. de C.V. in 2024.\n", tmp_path)
    assert {"Laboratorios Velmar, S.A. de C.V.", "Grupo Tessal, S. de R.L. de C.V."} <= orgs


def test_a_legal_form_that_names_keep_gives_the_name_without_it_where_the_filing_writes_it_so(tmp_path):
    ext = extract_text(tmp_path, HEADER + "Qorvant signed an agreement with Halvik Biotech AB, with Nordvaxa A/S and with Halvex "
                       "KGaA on the program. Halvik Biotech will pay Qorvant $2 million, and Nordvaxa will fund the trial.\n")
    aliases = {m.name: m.aliases for m in ext.mentions.values() if m.kind is Kind.ORG}
    assert "Halvik Biotech" in aliases["Halvik Biotech AB"]  # "AB", "A/S" are no Inc.: compared, the name keeps them
    assert "Nordvaxa" in aliases["Nordvaxa A/S"]
    # never written bare, "Halvex" would join another filing's "Halvex & Co., Inc."
    assert "Halvex" not in aliases["Halvex KGaA"]


def test_a_joint_ventures_last_word_is_no_short_form_of_it(tmp_path):
    ext = extract_text(tmp_path, HEADER + "Halden and Quarra Bio formed Quarra Halden, Inc., a joint venture. Qorvant signed an "
                       "agreement with Halden.\n")
    aliases = {m.name: m.aliases for m in ext.mentions.values() if m.kind is Kind.ORG}
    assert "Halden" not in aliases["Quarra Halden, Inc."]  # a parent is no short form of its joint venture


def test_one_word_of_a_legal_name_that_no_organization_word_is_stands_for_it(tmp_path):
    ext = extract_text(tmp_path, HEADER + "Qorvant to launch Zelvara through deal with Sanverto. Qorvant signed a licensing agreement "
                       "with Laboratorios Sanverto, S.A. de C.V., a Mexico-based pharmaceutical company.\n")
    aliases = {m.name: m.aliases for m in ext.mentions.values() if m.kind is Kind.ORG}
    assert "Sanverto" not in aliases and "Sanverto" in aliases["Laboratorios Sanverto, S.A. de C.V."]


def test_an_institution_in_capitals_named_by_its_first_word_as_french_names_are(tmp_path):
    ext = extract_text(tmp_path, HEADER + "This agreement is made between QORVANT SA, represented by its Chairman, AND UNIVERSITE "
                       "HALDEN DE VARENNE (VARENNE 3), a public establishment, whose office is at 4 Rue Verte, and CENTRE NATIONAL "
                       "DE LA RECHERCHE MARINE, a public establishment, hereinafter \"CNRM\". CENTRE SHALL NOT BE LIABLE (INCLUDING "
                       "FOR NEGLIGENCE) TO COMPANY.\n")
    aliases = {m.name: m.aliases for m in ext.mentions.values() if m.kind is Kind.ORG}
    assert "UNIVERSITE HALDEN DE VARENNE (VARENNE 3)" in aliases["UNIVERSITE HALDEN DE VARENNE"]  # with its seat, as written
    assert "CENTRE NATIONAL DE LA RECHERCHE MARINE" in aliases
    assert not any("LIABLE" in n for n in aliases)  # a clause in capitals names no institution


def test_two_institutions_joined_by_and_are_two(tmp_path):
    orgs = _orgs("Both the University of Wexford and Dunmore State University hold patents on the method.\n", tmp_path)
    assert {"University of Wexford", "Dunmore State University"} <= orgs
    assert not any(" and " in n for n in orgs)
    # ... but one institution whose name holds "and" stays whole
    assert "College of Healers and Surgeons of Dunmore" in " | ".join(
        _orgs("The patents belong to the College of Healers and Surgeons of Dunmore University.\n", tmp_path))


def test_an_institution_whose_name_holds_and_before_a_possessive(tmp_path):
    orgs = _orgs("Our licensor is The Halden and Mariner\u2019s Hospital, Inc., a nonprofit corporation of Maine.\n", tmp_path)
    assert "Halden and Mariner's Hospital, Inc." in orgs
    assert "Mariner's Hospital, Inc." not in orgs and "Mariner's Hospital" not in orgs
    # a list is no name: "with Stanmore and Children's Hospital Dunmore"
    listed = _orgs("We have license agreements with Stanmore and Children's Hospital Dunmore for the program.\n", tmp_path)
    assert not any(n.startswith("Stanmore and") for n in listed)


def test_a_college_of_a_university_is_not_the_university(tmp_path):
    ext = extract_text(tmp_path, HEADER + "The University of Wexford holds the patents. Jane Holt, who teaches at the University of "
                                          "Wexford Lorne Ames College of Pharmacy, led the work.\n")
    labels = {m.name: m.aliases for m in ext.mentions.values() if m.kind is Kind.ORG}
    college = labels.get("University of Wexford Lorne Ames College of Pharmacy")
    assert college is not None and "University of Wexford" not in college


def test_a_name_and_company_before_a_heading_run_into_its_text(tmp_path):
    orgs = _orgs("Global License Agreement with Ansel Corwin and Company In February 2021, we entered into a license agreement "
                 "with Corwin to develop QRV-552.\n", tmp_path)
    assert "Ansel Corwin and Company" in orgs
    assert "Ansel" not in orgs


def test_a_term_after_a_subsidiarys_parent_names_the_subsidiary_when_it_shortens_both(tmp_path):
    ext = extract_text(tmp_path, HEADER + "In May 2018, the Company entered into a license agreement with Halvane US LLC, a subsidiary "
                                          "of Halvane Pharma Inc. (\u201cHalvane\u201d). The Company granted Halvane an exclusive license "
                                          "to develop QRV-12 in Japan.\n")
    assert license_names(ext) == {("Qorvant Therapeutics, Inc.", "Halvane US LLC", "QRV-12")}


def test_initials_act_for_a_company_but_not_a_things_name_nor_a_shouted_first_word(tmp_path):
    ext = extract_text(tmp_path, HEADER + "We signed a services agreement with ADC Partners, Inc. in 2020. Our ADC has shown activity "
                                          "in mice. QV Biologics Ltd. is our licensee. QV has paid the first milestone.\n")
    aliases = {m.name: m.aliases for m in ext.mentions.values() if m.kind is Kind.ORG}
    assert "QV" in aliases["QV Biologics Ltd."]
    assert "ADC" not in aliases["ADC Partners, Inc."]
    shouted = extract_text(tmp_path, "FORM 8-K\n\nVERDANT THERAPEUTICS, INC.\n(Exact name of registrant as specified in its charter)\n\n"
                                     "Verdant Oncology, Inc. is our former affiliate. In 2020, Verdant granted Lystra Pharma K.K. a "
                                     "license to QRV-12. Verdant will receive royalties.\n")
    holders = [m.name for m in shouted.mentions.values() if m.kind is Kind.ORG and "Verdant" in m.aliases]
    assert len(holders) <= 1


def test_a_plural_possessive_before_a_company_in_a_party_slot_is_no_company(tmp_path):
    orgs = _orgs("We entered into a license agreement with Vantor Holdings' subsidiary Halvane Pharma Co., Ltd. in 2021.\n", tmp_path)
    assert not any(n.startswith("Vantor Holdings'") for n in orgs)


def test_an_italian_legal_form_without_its_last_full_stop(tmp_path):
    orgs = _orgs("Our supplier since 2015 is Ferrandi Farmaceutici S.p.A, which makes the active ingredient in Parma.\n", tmp_path)
    assert "Ferrandi Farmaceutici S.p.A" in orgs and not any(o.endswith(" S.") for o in orgs)


def test_the_group_a_company_belongs_to_in_the_place_of_its_description(tmp_path):
    orgs = _orgs("Our distributor in Canada is Velmar AG, a Halvane & Halvane company. Brenfold Ltd, a Danish company, "
                 "Corvane Inc., a San Diego company, and Maplin KK, a European Pharmaceutical company, bid for the rights too.\n",
                 tmp_path)
    assert "Halvane & Halvane" in orgs
    assert not {"Danish", "San Diego", "European Pharmaceutical"} & orgs


def test_an_office_or_a_heading_before_the_company_is_not_its_name(tmp_path):
    orgs = _orgs("Item 8.01 Other Events Tessaly, Inc. said on Monday that its board approved the plan.\n\n"
                 "The board thanked Rena Holt, President & COO of Velmar Therapeutics, for her service.\n\n"
                 "Copies to: Arvid Lund General Counsel Maplin BioPharma, Inc. 400 Quay Street\n", tmp_path)
    assert {"Tessaly, Inc.", "Velmar Therapeutics", "Maplin BioPharma, Inc."} <= orgs
    assert not any(o.startswith(("Events", "&", "Counsel", "General")) for o in orgs)


def test_a_company_whose_name_starts_with_what_it_is(tmp_path):
    orgs = _orgs("Since 2018 Les Laboratoires Halvier has sold our tablets in France. Our partners Grupo Vantor Internacional and "
                 "Laboratorios Quarra In Chile reported higher sales. Grupo Dorsa Signs Agreement With Qorvant.\n", tmp_path)
    assert {"Les Laboratoires Halvier", "Grupo Vantor Internacional", "Laboratorios Quarra", "Grupo Dorsa"} <= orgs
    assert not {"Laboratorios Quarra In Chile", "Grupo Dorsa Signs"} & orgs


def test_initials_of_a_hyphened_partner_name_are_the_partners_not_the_filers(tmp_path):
    """'Qorvant ..., a Delaware corporation, ... with Halden-Myers Quill ("HMQ")': HMQ shortens the partner's name, though
    a party description stands between it and the filer's."""
    ext = extract_text(tmp_path, HEADER + 'On May 2, 2019, Qorvant Therapeutics, Inc., a Delaware corporation (the "Company"), '
                       'entered into a license agreement with Halden-Myers Quill ("HMQ") to grant HMQ rights to QRV-12.\n')
    aliases = {m.name: m.aliases for m in ext.mentions.values() if m.kind is Kind.ORG}
    assert "HMQ" in aliases["Halden-Myers Quill"]
    assert "HMQ" not in aliases["Qorvant Therapeutics, Inc."]


def test_two_letter_initials_that_are_a_legal_form_do_not_name_a_group(tmp_path):
    """'Sirona Analytics Holdings (SA)': "SA" without the group word would be the initials, but it is a legal form; the
    company keeps its name."""
    ext = extract_text(tmp_path, HEADER + "Qorvant Therapeutics, Inc. licensed QRV-1 to Sirona Analytics Holdings (SA) for Europe.\n")
    assert license_names(ext) == {("Qorvant Therapeutics, Inc.", "Sirona Analytics Holdings", "QRV-1")}


def test_a_company_named_with_its_country_in_brackets(tmp_path):
    orgs = _orgs("BEIJING--(BUSINESS WIRE)--Halvane Biologics (Beijing) Co., Ltd. today announced a license agreement with Tervo "
                 "(China) Co for QRV-77, and Orsolo Pharma (Hong Kong) Limited will supply it.\n", tmp_path)
    assert {"Halvane Biologics (Beijing) Co., Ltd.", "Tervo (China) Co", "Orsolo Pharma (Hong Kong) Limited"} <= orgs
    assert not {"Biologics (Beijing) Co., Ltd.", "Co., Ltd."} & orgs


def test_a_german_limited_company_whose_legal_form_is_cased_otherwise(tmp_path):
    orgs = _orgs("Sales of Zelvane by Harnwald Gmbh rose in 2020. Zelvane is sold by Brenner Gmbh and Orvax GMBH. Qorvant "
                 "entered into a supply agreement with Kessler Pharma GmbH & Co. KG on May 1, 2021.\n", tmp_path)
    assert {"Harnwald Gmbh", "Brenner Gmbh", "Kessler Pharma GmbH & Co. KG"} <= orgs
    assert {"orvax gmbh"} <= {name.lower() for name in orgs}


def test_a_school_and_a_foundation_joined_by_and_are_two_institutions(tmp_path):
    orgs = _orgs("Northgate School of Medicine and South Dunmore Medical Science Foundation, which own certain patents in "
                 "relation to QX1, are entitled to royalties.\n", tmp_path)
    assert {"Northgate School of Medicine", "South Dunmore Medical Science Foundation"} <= orgs
    assert not any(" and " in name for name in orgs)


def test_a_subsidiary_named_before_what_it_is_even_by_its_parents_name_and_a_place(tmp_path):
    orgs = _orgs("Qorvant entered into a collaboration in which Halvane Australia (a wholly owned subsidiary of Halvane, Inc.) "
                 "will apply Qorvant's payload technology. Velmar Labs, an indirect subsidiary of Orvane Inc., signed too.\n",
                 tmp_path)
    assert {"Halvane Australia", "Velmar Labs"} <= orgs
    assert "Company" not in _orgs("The Company (a subsidiary of Orvane Inc.) agreed.\n", tmp_path)


def test_a_code_after_for_with_the_full_stop_is_no_company(tmp_path):
    orgs = _orgs("Halvex Bio, Inc. has granted an exclusive license to Orsolo Pharmaceuticals, Inc. for QX-1. GSK has granted an "
                 "exclusive license to Dunmore Pharmaceuticals for QX-2.\n", tmp_path)
    assert {"Halvex Bio, Inc.", "Orsolo Pharmaceuticals, Inc."} <= orgs
    assert not any(name.startswith("QX-") for name in orgs)
    assert "Dunmore" in _orgs("Halvex Bio, Inc. has granted an exclusive license to Dunmore for QX-1.\n", tmp_path)


def test_what_a_release_says_the_company_is_before_its_name_is_no_part_of_it(tmp_path):
    orgs = _orgs("Halvex has granted an exclusive license to Privately-held Dunmore Pharmaceuticals for QX-12. Privately held "
                 "Orvane Bio, Inc. signed too. Clinical-stage Kessler Therapeutics, Inc. announced a financing. Nasdaq-listed "
                 "Brenner Labs, Inc. and Venture-backed Tarvel Bio, Inc. agreed.\n", tmp_path)
    assert {"Dunmore Pharmaceuticals", "Orvane Bio, Inc.", "Kessler Therapeutics, Inc.", "Brenner Labs, Inc.", "Tarvel Bio, Inc."} <= orgs
    assert not any(name.lower().startswith(("privately", "clinical-stage", "nasdaq-", "venture-")) for name in orgs)


def test_where_a_company_is_after_of_is_no_part_of_its_name(tmp_path):
    orgs = _orgs("Qorvant in-licensed the gel from Zelmark Pharma of Italy. Qorvant in-licensed a cream from Orvane Pharma of the UK. "
                 "The vaccine is made by the Marlow Institute of India under a license.\n", tmp_path)
    assert {"Zelmark Pharma", "Orvane Pharma"} <= orgs
    assert not any(n.endswith(("of Italy", "of the UK")) for n in orgs)
    assert "Marlow Institute of India" in orgs  # an institution's "of" is its name's


def test_a_post_in_a_department_for_a_company_names_the_company(tmp_path):
    orgs = _orgs("Before joining, Dr. Chen worked as Head of External Innovation APAC for Zelmark KGaA. Dr. Lee was Vice "
                 "President of Business Development for Orvane Pharma GmbH. She chaired the Alliance for Rare Disease Research, "
                 "Inc.\n", tmp_path)
    assert {"Zelmark KGaA", "Orvane Pharma GmbH", "Alliance for Rare Disease Research, Inc."} <= orgs
    assert not any(" for Zelmark" in o or " for Orvane" in o for o in orgs)


def test_a_companys_unit_for_a_region_named_with_its_initials(tmp_path):
    orgs = _orgs("Qorvant entered into a Distribution, License, and Supply Agreement whereby Specialised Oncology Therapeutics "
                 "Asia (\u201cSOTA\u201d) shall have the exclusive rights to commercialize zelvosertib in Australia. Rights to "
                 "Halvane Therapeutics in Asia were not granted.\n", tmp_path)
    assert "Specialised Oncology Therapeutics Asia" in orgs
    assert not any(o.endswith("in Asia") for o in orgs)


def test_a_name_ending_like_an_antibody_after_what_a_company_is_called_is_no_drug(tmp_path):
    ext = extract_text(tmp_path, HEADER + "Qorvant said it has signed a deal to license its anti-glycan antibody to cancer "
                       "therapy specialist Zentimab. A Nasdaq-listed Danish group, Zentimab has been granted an exclusive "
                       "worldwide licence to develop the antibody.\n")
    assert "zentimab" not in {n.lower() for n in entity_names(ext, Kind.PRODUCT)}
    assert "Zentimab" in entity_names(ext, Kind.ORG)


def test_an_inn_written_in_capitals_mid_sentence_and_never_called_a_company_is_a_drug(tmp_path):
    ext = extract_text(tmp_path, HEADER + "Qorvant licensed its antibody Zentimab to the partner in 2020. The partner of "
                       "Qorvant said Zentimab has entered Phase 2.\n")
    assert "zentimab" in {n.lower() for n in entity_names(ext, Kind.PRODUCT)}


def test_names_ending_in_words_only_companies_end_with_and_where_they_are_after_of_the(tmp_path):
    orgs = _orgs("It in-licensed Kelvane, a silicone gel to treat scars, from Zelmont Biotechnologies of the US last week. "
                 "Luminor is an integrin peptide therapy originally developed by Allegra Ophthalmics, a U.S. research company. "
                 "Seara Macheli spoke for Aspen Zelcare Pharmacare.\n", tmp_path)
    assert {"Zelmont Biotechnologies", "Allegra Ophthalmics", "Aspen Zelcare Pharmacare"} <= orgs
    assert not any(o.endswith("of the US") for o in orgs)


def test_a_contact_block_run_together_names_no_company_of_a_person_and_for():
    """'Issued by: ... Shauneen Beukes For MSD SA For Aspen Pharmacare' (a release's contacts, flattened): the company after
    the last "For" in capitals, not the run of names; an institution's "For" stays."""
    assert trim_name("Shauna Beckes For QVR SA For Aspen Zelcare Pharmacare") == "Aspen Zelcare Pharmacare"
    assert trim_name("Zelvane Foundation For Kids") == "Zelvane Foundation For Kids"
    assert trim_name("Solutions For Pharma, Inc.") == "Solutions For Pharma, Inc."
    assert trim_name("Coalition For Epidemic Preparedness Innovations") == "Coalition For Epidemic Preparedness Innovations"


def test_a_company_that_writes_its_name_in_small_letters_after_a_number(tmp_path):
    orgs = _orgs("We entered into a license agreement with 3nineteen bio, Inc. for zel-cel. 47bio, Inc. signed it too.\n", tmp_path)
    assert {"3nineteen bio, Inc.", "47bio, Inc."} <= orgs


def test_an_institution_named_for_whom_it_serves_is_not_cut_at_for(tmp_path):
    ext = extract_text(tmp_path, HEADER + "Qorvant granted Global Medical Innovation for Children, Inc. a non-exclusive license "
                       "to QX-12 in Africa.\n")
    assert "Global Medical Innovation for Children, Inc." in entity_names(ext, Kind.ORG)
    assert ("Qorvant Therapeutics, Inc.", "Global Medical Innovation for Children, Inc.", "QX-12") in license_names(ext)


@pytest.mark.parametrize("said", ["In the high-dose group, Zelvimab reduced symptoms by 40%.",
                                  "In the Japanese group, Zelvimab reduced symptoms by 40%.",
                                  "Under a deal with Morvane Corporation, Zelvimab reduced costs."])
def test_a_drug_after_a_trials_group_or_a_company_stays_a_drug(said, tmp_path):
    ext = extract_text(tmp_path, HEADER + f"Qorvant announced Phase 2 results for Zelvimab. {said} Qorvant holds exclusive rights "
                       "to Zelvimab from Halvex Pharma AG.\n")
    assert "zelvimab" in {n.lower() for n in entity_names(ext, Kind.PRODUCT)}
    assert "Zelvimab" not in entity_names(ext, Kind.ORG)


def test_a_region_or_a_branch_named_as_a_companys_part_is_no_company(tmp_path):
    orgs = _orgs("Halvex Pharma's commercial arm, Asia Pacific, will sell QX-12. Halvex Pharma's subsidiary Korea Branch has "
                 "licensed QX-9004 to Ocuvant Therapeutics.\n", tmp_path)
    assert not {"Asia Pacific", "Korea Branch"} & orgs


def test_a_name_of_two_generic_words_before_its_legal_form_is_a_company(tmp_path):
    # "Technology" alone before a legal form is a broken-off tail; beside another word it is a name.
    orgs = _orgs("The agreement is by and between Marlo Enterprises, LLC (\u201cMarlo\u201d) and Technology Health, Inc., a Colorado "
                 "corporation (\u201cTHI\u201d). Hefei Zantor Incubator of Technologies Co., Ltd. was named.\n", tmp_path)
    assert {"Technology Health, Inc.", "Hefei Zantor Incubator of Technologies Co., Ltd."} <= orgs
    assert "Technologies Co., Ltd." not in orgs


def test_a_party_described_at_length_before_where_it_is_located_is_a_company(tmp_path):
    # (a four-word description, and "located at" after it; the alias in brackets is the described party's)
    text = ('This Exclusive License Agreement is made by and between Olvane, Inc., a Delaware corporation ("Licensee"), and '
            'Mercy of Dunmore, a California nonprofit public benefit corporation located at 12 East Road, Duarte, California '
            '91010 ("Mercy of Dunmore" or "MOD").\n')
    ext = extract_text(tmp_path, HEADER + text)
    aliases = {m.name: set(m.aliases) for m in ext.mentions.values() if m.kind is Kind.ORG}
    assert "MOD" in aliases.get("Mercy of Dunmore", set())
    assert "MOD" not in aliases.get("Olvane, Inc.", set())


def test_an_agreements_related_or_affiliated_company_is_no_company(tmp_path):
    orgs = _orgs("The grant includes the right to sublicense to Related Companies, but not prior to the sublicensee's becoming a "
                 "Related Company or an Affiliated Company. Orbida GmbH is the licensor.\n", tmp_path)
    assert "Orbida GmbH" in orgs
    assert not {"Related Company", "Affiliated Company"} & orgs


def test_what_a_partner_is_before_its_name_is_no_part_of_it(tmp_path):
    orgs = _orgs("Shares of Velcor Pharma rose after it revealed a worldwide licensing agreement with Japanese research "
                 "organization ZENKA for cell therapies. Orbida returned the rights to Ireland-incorporated Halvex Pharmaceuticals.\n",
                 tmp_path)
    assert {"ZENKA", "Halvex Pharmaceuticals"} <= orgs
    assert not {"Japanese", "Ireland-incorporated Halvex Pharmaceuticals"} & orgs


def test_an_agreements_things_named_after_a_partys_role_are_no_institutions(tmp_path):
    orgs = _orgs('This Agreement is by and between Velcor, Inc. ("Velcor"), and The University of Dunmore, located at 2 Hall Road '
                 '("University"). All inventions made by the University shall be the property of the University ("University '
                 'Intellectual Property"). Velcor shall hold harmless the University and its employees ("University Indemnitees"). '
                 "Velcor may examine the Program Data at the University, following the University of Dunmore's Operations Manual. "
                 "Its affiliate Zelvis Pharma U.S.A, LLC supplies the drug.\n", tmp_path)
    assert {"University of Dunmore", "Zelvis Pharma U.S.A, LLC"} <= orgs
    assert not {"University Intellectual Property", "University Indemnitees", "Data at the University",
                "University of Dunmore's Operations Manual", "U.S.A, LLC"} & orgs


def test_a_company_whose_name_starts_like_a_cancer_antigen_is_a_company(tmp_path):
    # ("MAGE-A4" is an antigen; "Magenta" and "Magellan" are words)
    orgs = _orgs('This Agreement is by and between Magenta Therapeutics, Inc., a Delaware corporation ("Magenta"), and Magellan '
                 'Biologics Ltd. ("Magellan"), for T-cell therapies against MAGE-A4.\n', tmp_path)
    assert {"Magenta Therapeutics, Inc.", "Magellan Biologics Ltd."} <= orgs


def test_a_country_owns_nothing_as_a_company_does(tmp_path):
    # (the two are not merged: "Washington University" is no "University of Washington")
    orgs = _orgs("Dunmore UniServices Limited, the commercialisation company of the University of Tarrow, licensed the compounds. "
                 "Dunmore UniServices Limited is New Zealand\u2019s leading technology transfer company.\n", tmp_path)
    assert {"Dunmore UniServices Limited", "University of Tarrow"} <= orgs
    assert not {"Zealand", "New Zealand"} & orgs


def test_a_company_called_so_is_a_company(tmp_path):
    orgs = _orgs("Equity investment for the company, called Avelor Immunotherapies, is coming from local investors. The company "
                 "named Cambridge its headquarters.\n", tmp_path)
    assert "Avelor Immunotherapies" in orgs and "Cambridge" not in orgs


def test_a_center_for_a_study_is_an_institution(tmp_path):
    orgs = _orgs('Center for Velmoric Study ("CVS") - The Company holds the exclusive worldwide marketing rights to ZELDEXTA pursuant '
                 "to an exclusive license agreement with CVS. The Lindqvist Benefit Study was completed.\n", tmp_path)
    assert "Center for Velmoric Study" in orgs
    assert "Lindqvist Benefit Study" not in orgs
    assert "Center for Disease Control" not in _orgs("The Center for Disease Control and Prevention (CDC) reported.\n", tmp_path)


def test_institutions_named_after_a_role_word_or_before_and_are_kept(tmp_path):
    # (review R12: the role-term, "Center for ... and" and party-description rules must not take real institutions)
    orgs = _orgs('This License Agreement is made by and between The Regents of the University of Velmora ("University") and '
                 'Qorvant Therapeutics, Inc. ("Licensee"). Licensee shall run the study at University Health Network, University '
                 'Hospital Halden and Moffitt Cancer Center and Halvorsen Medical Center. Zelmora, a trademark of a Delaware '
                 'corporation located in Boston, is sold. Margaret Olsen, an officer of a Nevada corporation located in Reno, '
                 "signed. Pellworth signed licensing agreements with Hefei Zantor Incubator of Technology Industries Co., Ltd.\n",
                 tmp_path)
    assert {"University Health Network", "University Hospital Halden", "Moffitt Cancer Center", "Halvorsen Medical Center",
            "Hefei Zantor Incubator of Technology Industries Co., Ltd."} <= orgs
    assert not {"Zelmora", "Margaret Olsen", "Technology Industries Co., Ltd."} & orgs


def test_a_countrys_name_after_a_patent_number_and_a_street_running_into_its_suite_are_no_companies(tmp_path):
    orgs = _orgs("AU 2012268859 Australia Pharmaceutical compositions containing QV-246 August 18, 2016\n\n"
                 "With copy to:  Boivin Desbiens, g.p.  2000-2000 McGill College  Suite 2000  Montreal, QC, Canada\n", tmp_path)
    assert not {"Australia Pharmaceutical", "McGill College Suite", "McGill College"} & orgs


def test_an_institute_in_common_words_named_by_the_acronym_the_text_defines(tmp_path):
    """'the Biotechnology Research Institute ("BRI")': the initials make the words a name; a committee's are no company."""
    orgs = _orgs('Halden desires to fund a research project conducted by the Biotechnology Research Institute ("BRI"). '
                 'The parties shall form a Joint Steering Committee ("JSC").\n', tmp_path)
    assert "Biotechnology Research Institute" in orgs and "BRI" in orgs
    assert not {"Joint Steering Committee", "JSC"} & orgs


def test_a_signer_run_into_the_partys_name_on_one_line(tmp_path):
    orgs = _orgs("Hamburg, November 19, 2012\n\n  /s/ Thomas Kessler   /s/ Dr. R. Stephan Quorvane Pharmaceutical Inc\n\n"
                 "ZELMORA OLEO GmbH & Co KG\n", tmp_path)
    assert "Quorvane Pharmaceutical Inc" in orgs and "R. Stephan Quorvane Pharmaceutical Inc" not in orgs


def test_the_defined_term_after_a_party_described_as_a_groups_company_is_the_partys(tmp_path):
    """'MERIDIAN ..., INC., a Halvex company, and Delaware corporation having an address at ... ("MMT")': the term is the
    party's, not its group's (which the agreement defines too)."""
    ext = extract_text(tmp_path, HEADER + 'This AGREEMENT is entered into as of May 31, 2019 by and between QORVANT THERAPEUTICS, INC., '
                       'a Delaware corporation ("Qorvant"), and MERIDIAN MEDICAL TECHNOLOGIES, INC., a Halvex company, and Delaware '
                       'corporation having an address at 6350 Stevens Forest Road, Columbia, MD 21046 ("MMT"). "Halvex" means '
                       'Halvex Inc., a Delaware corporation.\n')
    aliases = {m.name: m.aliases for m in ext.mentions.values() if m.kind is Kind.ORG}
    assert "MMT" in aliases["Meridian Medical Technologies, Inc."] and "MMT" not in aliases["Halvex Inc."]


def test_a_partner_named_after_where_it_is_based(tmp_path):
    """'a license agreement with U.S.-based Seyvane', '... with U.S. Based Quorvex', '... with Japan Based Zelmora': the
    company, not where it is; a name of its own with the word stays whole ('Plant Based Foods Association, Inc.')."""
    orgs = _orgs("Halden signed a license agreement with U.S.-based Seyvane. Halden signed a license agreement with U.S. Based "
                 "Quorvex. Halden signed a license agreement with Japan Based Zelmora. The Plant Based Foods Association, Inc. "
                 "said so.\n", tmp_path)
    assert {"Seyvane", "Quorvex", "Zelmora", "Plant Based Foods Association, Inc."} <= orgs
    assert not {o for o in orgs if "Based" in o and "Plant" not in o}


def test_two_words_of_any_institute_with_their_initials_and_a_company_after_a_postal_code(tmp_path):
    orgs = _orgs('Halden funds a project of the Research Institute ("RI"). Notices: Halden Biotech SA, FR 75008 Paris Biotech SA, '
                 "agreed.\n", tmp_path)
    assert "Research Institute" not in orgs and "Paris Biotech SA" in orgs
