"""Parties and organizations in shapes the name patterns used to miss (made-up names throughout)."""

from __future__ import annotations

from builders.model import Kind

from .conftest import extract_text, license_names

HEADER = "FORM 8-K\n\nPellworth Therapeutics, Inc.\n(Exact name of registrant as specified in its charter)\n\n"


def _extract(text: str, tmp_path):
    return extract_text(tmp_path, HEADER + text)


def _orgs(ext) -> dict[str, set[str]]:
    """Each organization's label with its other names."""
    return {m.name: m.aliases for m in ext.mentions.values() if m.kind is Kind.ORG}


def _licenses(ext) -> set[tuple[str, str]]:
    return {(licensor, licensee) for licensor, licensee, _ in license_names(ext)}


def test_a_university_party_set_in_capitals_before_its_address(tmp_path):
    """The whole capitalized name, not its last words ("JUNIOR UNIVERSITY"); its role word is no alias."""
    ext = _extract('THIS LICENSE AGREEMENT is made between THE BOARD OF TRUSTEES OF THE HALDANE CROFT JUNIOR UNIVERSITY '
                   'having an address at 12 Quarry Road, Palo Alto, California (hereinafter referred to as "University") '
                   'and Pellworth Therapeutics, Inc., a Delaware corporation. University hereby grants to Pellworth '
                   'Therapeutics, Inc. an exclusive license to PLW-101.', tmp_path)
    orgs = _orgs(ext)
    assert "BOARD OF TRUSTEES OF THE HALDANE CROFT JUNIOR UNIVERSITY" in orgs
    assert not any("University" in aliases for aliases in orgs.values())
    assert "JUNIOR UNIVERSITY" not in orgs


def test_a_university_of_a_place_at_a_campus_in_capitals(tmp_path):
    ext = _extract('This Agreement is entered into by and between: NEW HAVEN UNIVERSITY (hereinafter "NHU"), a corporation '
                   'organized under the laws of the State of Delaware, and THE UNIVERSITY OF WESTMARCH AT ELM HOLLOW having '
                   'an address at 3 Birch Lane.', tmp_path)
    orgs = _orgs(ext)
    assert "NHU" in orgs.get("NEW HAVEN UNIVERSITY", set())
    assert "UNIVERSITY OF WESTMARCH AT ELM HOLLOW" in orgs


def test_a_party_in_capitals_with_its_legal_form_said_once(tmp_path):
    ext = _extract('This Agreement is made by and between QUARREL BRIDGE RESEARCH CORPORATION, a non-profit corporation '
                   'organized under the laws of the State of Ohio, and Pellworth Therapeutics, Inc.', tmp_path)
    assert "Quarrel Bridge Research Corporation" in _orgs(ext)


def test_legalese_in_capitals_names_no_institution(tmp_path):
    ext = _extract("IN NO EVENT SHALL THE UNIVERSITY BE LIABLE FOR ANY DAMAGES (INCLUDING LOST PROFITS) ARISING FROM "
                   "THIS AGREEMENT.", tmp_path)
    assert set(_orgs(ext)) == {"Pellworth Therapeutics, Inc."}


def test_a_bare_name_that_has_affiliates_is_a_company(tmp_path):
    """Flattened text glues 'its' to 'Affiliates'; a role word and a numbered clause's digit are no names."""
    ext = _extract("Subject to the terms of this Agreement, Pellworth grants an exclusive license (even as to Zorvane and "
                   "itsAffiliates) under the Licensed Technology. Licensee and its Affiliates shall keep records. "
                   "10.2.3Quillar and its Affiliates have maintained the Patents.", tmp_path)
    assert set(_orgs(ext)) == {"Pellworth Therapeutics, Inc.", "Zorvane"}


def test_the_grantor_and_grantee_of_a_grant_clause_are_companies(tmp_path):
    ext = _extract("2.1 License Grant. Subject to the terms and conditions of this Agreement, Halgrim shall grant and hereby "
                   "grants to Tessaly an exclusive, royalty-bearing license under the Licensed Patents.", tmp_path)
    assert {"Halgrim", "Tessaly"} <= set(_orgs(ext))


def test_a_country_possessive_is_no_part_of_the_name(tmp_path):
    ext = _extract("Pellworth Therapeutics (NASDAQ:PLWT) and Sweden's Quillan Biologics (OTC:QLBX) signed a license "
                   "agreement to develop novel antibodies.", tmp_path)
    assert "Quillan Biologics" in _orgs(ext)
    assert not any(name.startswith("Sweden") for name in _orgs(ext))


def test_what_a_bare_name_owns_or_signs_makes_it_a_company(tmp_path):
    """'X's proprietary', 'X has entered into a license agreement': a company's; a person's or a role's, not."""
    ext = _extract("The collaboration will use Tarvik's proprietary antibody library and Ostrand Partners' proprietary "
                   "scaffold technology. Brevane has entered into an exclusive license agreement with Pellworth. "
                   "Dr. Halden's proprietary method is licensed. John Halden has entered into a license agreement with us. "
                   "The Company's proprietary platform is unique.", tmp_path)
    orgs = set(_orgs(ext))
    assert {"Tarvik", "Ostrand Partners", "Brevane"} <= orgs
    assert not any("Halden" in name for name in orgs)


def test_a_firm_of_founders_names_with_commas(tmp_path):
    """The whole name, not its end after the last comma; initials before it in brackets are its short name;
    a list of companies ending in a legal name is no firm."""
    ext = _extract("ZD (ZELLER, DORNAN AND COMPANY) Effective May 1, 2002, we entered into a license agreement with ZD. "
                   "We licensed patents from Marlow, Keene & Oster Corp. and collaborate with Varden, Tolliver and "
                   "Quist Inc.", tmp_path)
    orgs = _orgs(ext)
    assert "ZD" in orgs["Zeller, Dornan and Company"]
    assert "Marlow, Keene & Oster Corp." in orgs and "Keene & Oster Corp." not in orgs
    assert not any(name.startswith("Varden") for name in orgs)


def test_a_company_name_glued_by_flattened_text_is_taken_apart(tmp_path):
    """'ZentixEnterprises, LLC' is 'Zentix Enterprises, LLC'; a company's own camel case stays whole."""
    ext = _extract("The fee is payable to Zentix Enterprises, LLC or as it directs, and was paid into the account of "
                   "ZentixEnterprises, LLC at the bank. Pellworth licensed patents from NeuroTherapeutics, Inc.", tmp_path)
    orgs = _orgs(ext)
    assert "ZentixEnterprises, LLC" not in orgs and "Zentix Enterprises, LLC" in orgs
    assert "NeuroTherapeutics, Inc." in orgs


def test_a_polish_limited_company(tmp_path):
    ext = _extract("On May 3, 2021, Quarvel Pharmaceuticals Sp. z o.o., a subsidiary of the Company, entered into a "
                   "sublicense agreement.", tmp_path)
    assert "Quarvel Pharmaceuticals Sp. z o.o." in _orgs(ext)


def test_a_university_campus_after_a_comma_with_its_initials(tmp_path):
    """The campus is part of the name when the initials say so; the comma alone may start a list."""
    ext = _extract('In 2010, the Company entered into a license agreement with University of Westmarch, Elm Hollow ("UWEH"). '
                   "We collaborate with the University of Calder, Brightwater Institute and others.", tmp_path)
    orgs = _orgs(ext)
    assert "UWEH" in orgs["University of Westmarch, Elm Hollow"]
    assert "Elm Hollow" not in orgs and "University of Calder, Brightwater" not in orgs


def test_a_party_known_by_its_legal_description_alone(tmp_path):
    """'X, a company incorporated under the laws of France': X is a party; a role so described is none."""
    ext = _extract("This Agreement is entered into by and between SOVRAL, a company incorporated under the laws of France "
                   "with offices at 4 rue Blanche, Paris (\u201cSOVRAL\u201d), Halden, a Delaware corporation, and Parent, "
                   "a Delaware corporation.", tmp_path)
    orgs = set(_orgs(ext))
    assert {"SOVRAL", "Halden"} <= orgs and "Parent" not in orgs


def test_a_party_s_short_name_after_its_address_names_the_party(tmp_path):
    """The street of the address is no organization, and the defined term shortens the party's name."""
    ext = _extract('This Agreement is made by and between Zentix Therapeutics, Inc., a Delaware corporation having its '
                   'principal place of business at 9 University Avenue, Madison, WI 53705, USA ("Zentix"), and Pellworth '
                   'Therapeutics, Inc.', tmp_path)
    orgs = _orgs(ext)
    assert "Zentix" in orgs["Zentix Therapeutics, Inc."]
    assert "University Avenue" not in orgs


def test_a_glossary_line_names_a_company_and_its_short_name(tmp_path):
    """'Halvik - Halvik Group.': a company; an abbreviation of anything else is none."""
    ext = _extract("Glossary\n\nHalvik - Halvik Group.\n\nGWP - Global Warming Potential.\n\nHCPs - healthcare professionals.",
                   tmp_path)
    orgs = _orgs(ext)
    assert "Halvik" in orgs["Halvik Group"]
    assert set(orgs) == {"Pellworth Therapeutics, Inc.", "Halvik Group"}


def test_a_limited_partnership_and_a_research_and_development_subsidiary(tmp_path):
    ext = _extract("Shares are held by Halvik Capital Partners Limited Partnership. On July 20, 2017, our wholly owned "
                   "subsidiary Pellworth Research and Development LLC (Pellworth R&D) entered into an option agreement.",
                   tmp_path)
    orgs = set(_orgs(ext))
    assert {"Halvik Capital Partners Limited Partnership", "Pellworth Research and Development LLC"} <= orgs
    assert "Halvik Capital Partners Limited" not in orgs


def test_a_contract_manufacturer_named_before_or_after_what_it_is(tmp_path):
    """A name of ordinary words is a company when the text says it is a contract manufacturer."""
    ext = _extract("The FDA found deficiencies at a facility of Silver Lake Pharmaceutical Services, or Silver Lake, a "
                   "contract manufacturing organization, or CMO. We selected a new CMO partner to produce the bulk "
                   "solution, Tarvik Pharma Solutions, and completed the transfer.", tmp_path)
    orgs = _orgs(ext)
    assert "Silver Lake" in orgs["Silver Lake Pharmaceutical Services"]
    assert "Tarvik Pharma Solutions" in orgs


def _roles(ext) -> set[tuple]:
    name = lambda r: ext.mentions[r].name if r in ext.mentions else None  # noqa: E731
    return {(name(r.person), r.title, name(r.organization)) for r in ext.roles}


def test_a_contact_block_set_in_two_columns(tmp_path):
    """Each column is a contact: the second one's firm is under its name, not under the first one's."""
    roles = _roles(extract_text(tmp_path, "FOR IMMEDIATE RELEASE\n\nCONTACT:  Margaret A. Quill                 Peter Lindqvist\n"
                                          "          Pellworth Therapeutics, Inc.      Fenwick Communications Group\n"
                                          "          (612) 555-0188                    (212) 555-0147\n\n"
                                          "Pellworth Therapeutics, Inc. announced results today."))
    assert ("Peter Lindqvist", None, "Fenwick Communications Group") in roles
    assert ("Margaret A. Quill", None, "Pellworth Therapeutics, Inc.") in roles


def _people(ext) -> set[str]:
    return {m.name for m in ext.mentions.values() if m.kind is Kind.PERSON}


def test_a_speaker_after_a_title_in_lower_case(tmp_path):
    ext = _extract('US-based biotechnology firm Halvik and Pellworth announced a deal. Halvik research and development head '
                   'Oren Castell, Jr. said: "This collaboration solves key challenges."', tmp_path)
    assert "Oren Castell, Jr." in _people(ext)


def test_a_given_name_in_brackets_and_a_clause_before_the_title(tmp_path):
    ext = _extract('"We look forward to the trial," said Rowan (Beiyu) Tarn, Chairman and CEO. Tobias K. Varro, who '
                   'oversaw our operations on an interim basis, will continue to serve as Chairman of the Board.', tmp_path)
    assert {"Rowan (Beiyu) Tarn", "Tobias K. Varro"} <= _people(ext)


def test_a_company_an_executive_heads(tmp_path):
    """'Chief Executive Officer of X': X is a company; a department or initials are kept back."""
    ext = _extract('"We grew," said Oren Castell, Ph.D., Chief Executive Officer of Tarvikon. "Good," said Mary Lindqvist, '
                   'Director of Research. "Yes," said Paul Renner, Chief Scientific Officer of QXBT.', tmp_path)
    assert set(_orgs(ext)) == {"Pellworth Therapeutics, Inc.", "Tarvikon"}


def test_a_commercial_arm_and_the_parties_an_agreement_is_between(tmp_path):
    ext = _extract("The University of Halden and its commercial arm, Brisk Innovations (Brisk), reported an agreement. "
                   "Pellworth assumed a license agreement between Tarvik Health and Monash Polytechnic entered into in 2017. "
                   "The agreement between the Company and Licensee is effective.", tmp_path)
    orgs = _orgs(ext)
    assert "Brisk" in orgs["Brisk Innovations"]
    assert "Tarvik Health" in orgs
    assert "Licensee" not in orgs


def test_a_party_whose_short_name_in_brackets_lost_its_quotes(tmp_path):
    """'Halvik IP AG, having its place of business at ... (Halvik)': the whole name, and its short name; two
    capital letters before a legal form are the name's own, no signature run into it."""
    ext = _extract("This Agreement is entered into by and between Halvik IP AG, having its place of business at [***] "
                   "(Halvik) and Pellworth Therapeutics, Inc., having its principal place of business at 9 Bay Road "
                   "(Licensee).", tmp_path)
    orgs = _orgs(ext)
    assert "Halvik" in orgs["Halvik IP AG"]
    assert not any("Licensee" in aliases for aliases in orgs.values())


def test_a_recital_heading_is_no_part_of_a_party(tmp_path):
    ext = _extract('RECITALS WHEREAS Tarvik University, a state chartered university, and Pellworth Therapeutics, Inc. '
                   'entered into a license agreement.', tmp_path)
    assert "Tarvik University" in _orgs(ext)


def test_a_trade_name_after_the_legal_name(tmp_path):
    ext = _extract("On February 8, 2005, Pellworth executed a License Agreement with Halvik Technologies, L.L.C. d/b/a "
                   "HalvikForm (the \u201cAgreement\u201d).", tmp_path)
    assert {"HalvikForm", "Halvik Technologies, L.L.C. d/b/a HalvikForm"} <= _orgs(ext)["Halvik Technologies, L.L.C."]


COVER_10K = ('FORM 10-K\nPELLWORTH THERAPEUTICS, INC.\n(Exact name of registrant as specified in its charter)\n\n'
             'References to "we," "us" and "our" refer to Pellworth Therapeutics, Inc.\n\n')


def _filer_extract(text: str, tmp_path):
    return extract_text(tmp_path, COVER_10K + text)


def test_a_group_is_its_company_or_a_party_of_its_own(tmp_path):
    """'the Zentix Group' is the one company named 'Zentix ...'; with none, the party of the license; an ordinary
    word's group is no company."""
    ext = _filer_extract("In March 2020, we entered into an agreement with Zentix Biologics, Inc. We granted the Zentix "
                         "Group an exclusive license to develop and commercialize lorvatinib in Japan.", tmp_path)
    assert _licenses(ext) == {("Pellworth Therapeutics, Inc.", "Zentix Biologics, Inc.")}
    assert "Zentix Group" in _orgs(ext)["Zentix Biologics, Inc."]
    ext = _filer_extract("In March 2020, we granted the Morvane Group an exclusive license to develop and commercialize "
                         "lorvatinib in Japan. Our Sales Group grew.", tmp_path)
    assert _licenses(ext) == {("Pellworth Therapeutics, Inc.", "Morvane Group")}


def test_a_division_is_a_name_of_its_company(tmp_path):
    ext = _filer_extract("In March 2020, we granted Morvane Oncology, a division of Zentix Biologics, Inc., an exclusive "
                         "license to develop and commercialize lorvatinib in Japan.", tmp_path)
    assert _licenses(ext) == {("Pellworth Therapeutics, Inc.", "Zentix Biologics, Inc.")}
    assert "Morvane Oncology" in _orgs(ext)["Zentix Biologics, Inc."]


def test_the_company_a_subsidiary_or_an_arm_belongs_to(tmp_path):
    """'the commercial arm of X', 'a wholly owned subsidiary of X': X is a company; initials are kept back."""
    ext = _extract("Brisk Technology \u2013 the commercial arm of Cancer Relief Halden \u2013 reported an agreement. Halvik "
                   "Labs, a wholly owned subsidiary of Tarvikon, entered into a license. Pellworth Labs is a subsidiary of "
                   "HXQ.", tmp_path)
    orgs = set(_orgs(ext))
    assert {"Cancer Relief Halden", "Tarvikon"} <= orgs and "HXQ" not in orgs


def test_bare_partners_of_deals_named_after_with(tmp_path):
    """A deal's partner, and the next item's partner of the same list; a role ('Licensee') is none."""
    orgs = _orgs(_extract("We manage the financial collaborations for zorbimab with Kestrel and zorbinib with Vanmoor. "
                          "Under our license agreement with Licensee, we received $5 million. We have an employment agreement "
                          "with Jane K. Roe.", tmp_path))
    assert {"Kestrel", "Vanmoor"} <= set(orgs)
    assert not {"Licensee", "Jane K. Roe"} & set(orgs)


def test_the_owner_of_a_technology_platform_named_bare(tmp_path):
    orgs = _orgs(_extract("Trevallis will use Ostrova’s nanobody technology platform to discover new medicines.", tmp_path))
    assert "Ostrova" in orgs


def test_a_company_that_writes_its_name_in_small_letters_is_a_party(tmp_path):
    from .conftest import extract_text, license_names
    ext = extract_text(tmp_path, "FORM 8-K\nHalvik Medical Ltd.\n(Exact name of registrant as specified in its charter)\n\n"
                                 "Halvik Medical Ltd. signed a license agreement with torvane bio, Inc. in 2022. Under it, Halvik Medical "
                                 "Ltd. was granted by torvane bio, Inc. an exclusive license to QRV-21 in Brazil.")
    assert license_names(ext) == {("torvane bio, Inc.", "Halvik Medical Ltd.", "QRV-21")}


def test_a_licensee_that_wants_a_license_to_a_product_and_an_option_to_another(tmp_path):
    opening = ("This Exclusive License Agreement is entered into by and between Orbis Biologics, Inc., a Delaware corporation "
               "(\u201cLicensor\u201d), and Pellworth Therapeutics, Inc., a Delaware corporation (\u201cLicensee\u201d), "
               "effective as of March 3, 2021. RECITALS A. Licensor owns the Licensed Patents. B. Licensee wishes to acquire "
               "a license under the Licensed Patents to sell ZX-77 in Canada, together with an option to license ZX-78")
    found = license_names(_extract(opening + ".\n", tmp_path))
    assert ("Orbis Biologics, Inc.", "Pellworth Therapeutics, Inc.", "ZX-77") in found
    assert not any(asset == "ZX-78" for _, _, asset in found)
    later = license_names(_extract(opening.replace(", together with an option to license ZX-78", " if it exercises its option")
                                   + ".\n", tmp_path))
    assert not any(asset == "ZX-77" for _, _, asset in later)


def test_a_companys_first_word_alone_as_the_other_party_of_a_deal_is_its_short_name(tmp_path):
    orgs = _orgs(_extract("Pellworth signed a licensing deal with Lystra Pharma K.K. for PLW-12. Pellworth agreed to transfer "
                          "exclusive rights to PLW-12 to Lystra.", tmp_path))
    assert "Lystra" in orgs["Lystra Pharma K.K."]


def test_a_town_a_team_moves_to_is_no_short_name_of_the_company_named_after_it(tmp_path):
    orgs = _orgs(_extract("Pellworth signed a licensing agreement with Hefzou Zelvane Labs Co., Ltd. for PLW-12. Pellworth moved "
                          "its licensing team to Hefzou.", tmp_path))
    assert "Hefzou" not in orgs.get("Hefzou Zelvane Labs Co., Ltd.", set())


def test_a_place_a_company_is_named_after_is_no_short_name_of_it(tmp_path):
    orgs = _orgs(_extract("Pellworth signed a licensing agreement with Osaka Zelvane Labs Co., Ltd. for PLW-12. Pellworth moved "
                          "its rights team to Osaka.", tmp_path))
    assert "Osaka" not in orgs.get("Osaka Zelvane Labs Co., Ltd.", set())
    assert "Osaka" not in orgs


def test_a_companys_named_subsidiary_after_its_possessive_is_a_company_that_licenses(tmp_path):
    ext = _extract("Halvex Pharma's biotech subsidiary Boran has licensed ZX-9004, a biosimilar, to the Chinese ophthalmic "
                   "drug company Ocuvant Therapeutics.", tmp_path)
    assert "Boran" in _orgs(ext)
    assert _licenses(ext) == {("Boran", "Ocuvant Therapeutics")}


def test_a_name_of_words_joined_by_of_before_its_legal_form_is_one_name(tmp_path):
    orgs = _orgs(_extract("Pellworth signed licensing agreements with Hefei Zantor Incubator of Technologies Co., Ltd. "
                          "(\u201cHZIT\u201d) for exclusive rights to market Pellworth's PLW-0801 in China.", tmp_path))
    assert "Hefei Zantor Incubator of Technologies Co., Ltd." in orgs
    assert "Technologies Co., Ltd." not in orgs


def test_a_role_several_companies_play_together_is_played_by_each(tmp_path):
    ext = _extract('On September 21, 2016, the Company entered into a License Agreement with Ligvar Pharmaceuticals '
                   'Incorporated ("Ligvar"), Neurovance Corporation and CyBex Pharmaceuticals, Inc. (collectively, the '
                   '"Licensors"), pursuant to which the Licensors granted to the Company an exclusive, worldwide right and '
                   'license under patents related to a product known as Aplorone, which is now known as PLW-006, and an H3 receptor '
                   'antagonist, which is now known as PLW-010 (collectively, the "Licensed Products").', tmp_path)
    found = license_names(ext)
    assert {lr for lr, _, _ in found} == {"Ligvar Pharmaceuticals Incorporated", "Neurovance Corporation", "CyBex Pharmaceuticals, Inc."}
    assert {le for _, le, _ in found} == {"Pellworth Therapeutics, Inc."}
    assert not any("Licensors" in {name, *aliases} for name, aliases in _orgs(ext).items())
    assets = {a for *_, a in found}
    assert len(assets) == 2 and "PLW-010" in assets  # each product the collective term gathers
    (asset,) = assets - {"PLW-010"}
    assert {"Aplorone", "PLW-006"} <= {n for m in ext.mentions.values() if asset in {m.name, *m.aliases} for n in (m.name, *m.aliases)}
    assert len(found) == 6


def test_a_marketing_partner_an_agreement_defines_is_a_role_not_a_company(tmp_path):
    """'identifying a marketing partner(s) ("Marketer") for Marketer's onward sale': a role, which a party slot may hold."""
    from builders.extract.context import Registry
    from builders.extract.relations import _slot_name_ok

    assert not _slot_name_ok("Marketer", Registry(), party=True)
    assert not _slot_name_ok("Commercializers", Registry(), party=True)
    assert _slot_name_ok("Zelcap", Registry(), party=True)
    orgs = _orgs(_extract("The Parties shall identify a marketing partner (\u201cMarketer\u201d) for Marketer\u2019s onward sale of the "
                          "Product in the Territory. Studies shall be paid for by the Marketer.", tmp_path))
    assert "Marketer" not in orgs


def test_a_role_defined_for_two_groups_or_with_a_parent_in_apposition_gives_no_wrong_licensor(tmp_path):
    twice = license_names(_extract('In 2016, the Company entered into a License Agreement with Halvex Pharma AG and Zentor Biologics '
                                   'GmbH (collectively, the "Licensors"), pursuant to which the Licensors granted to the Company an '
                                   'exclusive license to ZX-12. In 2019, the Company entered into a License Agreement with Morvane '
                                   'Labs Ltd. and Qorva Bio Inc. (collectively, the "Licensors"), pursuant to which the Licensors '
                                   'granted to the Company an exclusive license to QV-7.', tmp_path))
    assert not {(lr, a) for lr, _, a in twice} & {("Halvex Pharma AG", "QV-7"), ("Zentor Biologics GmbH", "QV-7")}
    for apposed in ("an affiliate of Zentor Holdings AG,", "Zentor Holdings AG, Halvex's parent,", "Zentor Holdings AG (its parent company),"):
        parent = license_names(_extract(f'On May 1, 2024, the Company entered into a License Agreement with Halvex Pharma AG ("Halvex"), '
                                        f'{apposed} and Morvane Labs Ltd. (collectively, the "Licensors"), pursuant to which the '
                                        'Licensors granted to the Company an exclusive license to ZX-12.', tmp_path))
        assert {lr for lr, _, _ in parent} == {"Halvex Pharma AG", "Morvane Labs Ltd."}, apposed


def test_products_a_collective_term_gathers_leave_out_the_excluded_and_the_ones_named_beside(tmp_path):
    for text in ("Halvex Pharma AG granted to the Company an exclusive license under patents related to ZX-12 for use in combination "
                 "with PLW-006, the Company's lead product, and ZX-14 (collectively, the \"Licensed Products\").",
                 "Halvex Pharma AG granted to the Company an exclusive license under patents related to ZX-12, a long-acting successor "
                 "to Zentor Biologics GmbH's marketed drug Zentrabine, and ZX-14 (collectively, the \"Licensed Products\").",
                 "Halvex Pharma AG granted to the Company an exclusive license to ZX-12, ZX-14 and any backup compound thereof, but "
                 "excluding ZX-20, which Halvex previously licensed to Zentor Biologics GmbH (collectively, the \"Licensed Compounds\")."):
        found = {a for lr, _, a in license_names(_extract(text, tmp_path)) if lr == "Halvex Pharma AG"}
        assert "ZX-12" in found and found <= {"ZX-12", "ZX-14"}, text


def test_a_role_defined_again_in_another_shape_names_no_group(tmp_path):
    found = license_names(_extract('In 2016, the Company entered into a License Agreement with Halvex Pharma AG and Zentor Biologics '
                                   'GmbH (collectively, the "Licensors"), pursuant to which the Licensors granted to the Company an '
                                   'exclusive license to ZX-12. In 2019, the Company entered into a License Agreement with Morvane Labs '
                                   'Ltd. and Qorva Bio Inc. (each a "Licensor" and jointly the "Licensors"), pursuant to which the '
                                   'Licensors granted to the Company an exclusive license to QV-7.', tmp_path))
    assert not {(lr, a) for lr, _, a in found} & {("Halvex Pharma AG", "QV-7"), ("Zentor Biologics GmbH", "QV-7")}


def test_a_partys_short_name_is_its_own_beside_a_sibling_of_another_legal_form(tmp_path):
    # 'Bachem Americas, Inc. ("Bachem")' grants; "Bachem AG", which only acknowledges, is spelled "Bachem" without its form
    rows = license_names(_extract('This Agreement is by and between Velcor Therapeutics, Inc., a Delaware corporation ("Velcor"), '
                                  'and Zentor Americas, Inc., a California corporation, having offices at 12 Main Street, '
                                  'Torrance, CA 90505 ("Zentor"). Zentor hereby grants to Velcor a license to use ZX-12. '
                                  'ACKNOWLEDGED: Zentor AG, By: John Smith.', tmp_path))
    assert {lr for lr, _, _ in rows} == {"Zentor Americas, Inc."}


def test_a_hospital_that_desires_to_grant_its_patent_rights_to_the_company_it_defined(tmp_path):
    """An opening that defines the filer as a bare "Company", and a recital "X desires to grant a license of those Patent
    Rights to Company in order to benefit the public by ... use of Products": the rights are what is licensed."""
    ext = extract_text(tmp_path, "FORM 8-K\n\nVelcor Therapeutics, Inc.\n(Exact name of registrant as specified in its charter)\n\n"
                       "EXCLUSIVE PATENT LICENSE AGREEMENT This Agreement is made as of the 20th day of April 2021, by and between "
                       "Velcor Therapeutics, Inc., a Delaware corporation (\u201cCompany\u201d) and The Halden and Women\u2019s "
                       "Hospital, Inc., a not-for-profit Massachusetts corporation (\u201cHospital\u201d). RECITALS Hospital is the owner "
                       "of certain Patent Rights (defined below) developed by Dr. Ann Quill, an Investigator of the Morvane Medical "
                       "Institute (\u201cMMI\u201d), and Hospital desires to grant a license of those Patent Rights to Company in order "
                       "to benefit the public by the commercial development and use of Products and Processes (defined below).")
    assert license_names(ext) == {("Halden and Women's Hospital, Inc.", "Velcor Therapeutics, Inc.", "Patent Rights")}
    orgs = _orgs(ext)
    assert "Morvane Medical Institute" in orgs  # an investigator of the institute is no part of its name
    assert not any(name.startswith("Investigator") for name in orgs)


def test_only_a_bare_company_term_makes_company_alone_the_filer():
    """'Velcor, Inc. ("Company")' (an agreement's party) makes "Company shall ..." the filer; a report's '(the "Company")'
    leaves the word to other names ("Cowen and Company, LLC")."""
    from builders.extract.context import Registry
    from builders.extract.entities import find_defined_terms
    from builders.extract.sentences import Sentence

    for text, role in (('Velcor Therapeutics, Inc., a Delaware corporation ("Company"), and Halden Hospital agree.', True),
                       ('Velcor Therapeutics, Inc. (the "Company") sells shares through Corvane and Company, LLC.', False)):
        registry = Registry()
        registry.registrant = registry.add(Kind.ORG, "Velcor Therapeutics, Inc.", Sentence(1, 0, len(text), text).evidence())
        find_defined_terms(Sentence(1, 0, len(text), text), registry)
        assert ("Company" in registry.role_terms) is role, text


def test_licensors_named_in_the_brackets_that_make_them_one_each_grant(tmp_path):
    """'(OMRF and UKRF are hereinafter collectively referred to as "LICENSORS")', then "an exclusive grant by Licensors
    to Licensee of certain Licensed Technology in order to make ... Licensed Products": each licenses the technology."""
    found = license_names(_extract(
        'FIRST AMENDMENT TO LICENSE AGREEMENT This First Amendment is made as of this 29th day of June, 1995, by and among the '
        'HALDEN MEDICAL RESEARCH FOUNDATION, an Oklahoma nonprofit corporation (\u201cHMRF\u201d); THE UNIVERSITY OF CORVANE '
        'RESEARCH FOUNDATION, a Kentucky nonprofit corporation (\u201cUCRF\u201d) (HMRF and UCRF are hereinafter collectively '
        'referred to as \u201cLICENSORS\u201d); and PELLWORTH THERAPEUTICS, INC., a Delaware corporation (\u201cLICENSEE\u201d). '
        'RECITALS A. Licensors and Licensee entered into a License Agreement dated as of July 15, 1992, providing, in part, '
        'for an exclusive grant by Licensors to Licensee of certain Licensed Technology in order to make, have made, use and '
        'sell Licensed Products within the Licensed Territory.', tmp_path))
    assert {(lr.upper(), a) for lr, _, a in found} == {("HALDEN MEDICAL RESEARCH FOUNDATION", "Licensed Technology"),
                                                        ("UNIVERSITY OF CORVANE RESEARCH FOUNDATION", "Licensed Technology")}
    assert {le for _, le, _ in found} == {"Pellworth Therapeutics, Inc."}


def test_the_company_is_the_filer_whole_where_company_alone_is_its_term(tmp_path):
    """With "Company" the filer's bare term, "the Company granted ..." is still the filer's pronoun, read whole."""
    found = license_names(_extract('This Agreement is between Pellworth Therapeutics, Inc., a Delaware corporation ("Company"), '
                                   'and Halden Bio Inc. On May 1, 2024, the Company entered into a license agreement with Halden '
                                   'Bio Inc., pursuant to which the Company granted a worldwide exclusive license for the '
                                   'development of PLW-101.', tmp_path))
    assert found == {("Pellworth Therapeutics, Inc.", "Halden Bio Inc.", "PLW-101")}


def test_a_company_also_known_by_another_name_in_brackets_is_one_company(tmp_path):
    ext = _extract('On June 14, 2022, the Company entered into a License and Commercialization Agreement with RxVeda Therapeutics '
                   'LLC (a/k/a Veda Therapeutics, LLC) ("Veda") for the in-licensing of certain intellectual property rights from '
                   'Veda with respect to the commercialization of ZELTRA.', tmp_path)
    assert {"Veda", "Veda Therapeutics, LLC"} <= _orgs(ext)["RxVeda Therapeutics LLC"]
    assert _licenses(ext) == {("RxVeda Therapeutics LLC", "Pellworth Therapeutics, Inc.")}


def test_a_license_agreement_with_a_capitalized_title_is_read_like_one_in_small_letters(tmp_path):
    for title in ("License Agreement", "license agreement", "Exclusive License and Option Agreement"):
        found = license_names(_extract(f"On May 1, 2024, we entered into an {title} with Halden Bio Inc. for the development "
                                       "of ZX-12.", tmp_path))
        assert found == {("Halden Bio Inc.", "Pellworth Therapeutics, Inc.", "ZX-12")}, title


def test_a_coined_name_a_company_belongs_to_is_a_company(tmp_path):
    """'Zeltia Labs, Inc., a Morvantis company': the group it belongs to; not 'a Delaware company', 'a Fortune 500 company'."""
    orgs = _orgs(_extract("Zeltia Labs, Inc., a Morvantis company, licensed Halden Bio Inc.'s vector in 2014.", tmp_path))
    assert "Morvantis" in orgs
    for described in ("a Delaware company", "a Fortune 500 company", "a Biotech company", "a Cayman Islands company"):
        orgs = _orgs(_extract(f"Zeltia Labs, Inc., {described}, licensed Halden Bio Inc.'s vector in 2014.", tmp_path))
        assert set(orgs) <= {"Zeltia Labs, Inc.", "Halden Bio Inc.", "Pellworth Therapeutics, Inc."}, described


def test_a_companys_partner_named_once_is_a_company(tmp_path):
    for text in ("Knight expects to take over commercial activities from Debiopharm's current partner Morvantis and begin "
                 "recording revenues.", "The drug is marketed by Debiopharm's partner Morvantis in Canada."):
        assert "Morvantis" in _orgs(_extract(text, tmp_path)), text
    assert "Research" not in _orgs(_extract("The drug is marketed by our partner Research in Canada.", tmp_path))


def test_a_legal_name_that_goes_on_after_its_legal_form(tmp_path):
    orgs = _orgs(_extract("Pellworth announced an agreement with Zelvane AG International, a Morvex & Halden company.", tmp_path))
    assert "Zelvane AG International" in orgs.get("Zelvane AG", set())


def test_a_licensee_described_before_its_name(tmp_path):
    ext = _extract("Halden Bio Inc. has exclusively licensed ZX-12 to French therapy developer Morvantis for further clinical "
                   "development.", tmp_path)
    assert _licenses(ext) == {("Halden Bio Inc.", "Morvantis")}
