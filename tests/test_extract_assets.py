"""What a license is of: assets named in shapes no product rule reads on its own (made-up names)."""

from __future__ import annotations

import pytest

from builders.model import Kind

from .conftest import extract_text
from .conftest import license_names as _licenses

FILER_8K = "FORM 8-K\nVeltrane Therapeutics, Inc.\n(Exact name of registrant as specified in its charter)\n\n"


def _extract(tmp_path, text: str):
    return extract_text(tmp_path, FILER_8K + text)


def _products(ext) -> set[str]:
    return {m.name for m in ext.mentions.values() if m.kind is Kind.PRODUCT}


def test_a_one_digit_code_licensed_to_develop_and_commercialize(tmp_path):
    ext = _extract(tmp_path, "In May 2012, Veltrane Therapeutics, Inc. entered into an agreement with Orsolo Pharma AB pursuant to which "
                             "Veltrane Therapeutics, Inc. granted to Orsolo Pharma AB an exclusive, worldwide license to develop, manufacture "
                             "and commercialize QRF-1, with its binding protein, for the treatment of preterm complications.")
    assert _licenses(ext) == {("Veltrane Therapeutics, Inc.", "Orsolo Pharma AB", "QRF-1")}


def test_a_code_after_an_appositive_of_what_it_is(tmp_path):
    ext = _extract(tmp_path, "In addition, we entered into a license agreement with Marbelle SA (Belgium) to exclusively develop and "
                             "commercialize an allogeneic CAR-T cell therapy, VKR-2, in Japan, South Korea and Taiwan.")
    assert _licenses(ext) == {("Marbelle SA", "Veltrane Therapeutics, Inc.", "VKR-2")}


def test_a_generic_name_of_no_known_stem_and_its_salt(tmp_path):
    ext = _extract(tmp_path, "In 2007, Veltrane Therapeutics, Inc. granted Hokuto Pharma Co., Ltd. the exclusive sublicense rights for the "
                             "development and commercialization of stannic malonate in Japan.")
    assert "stannic malonate" in _products(ext)
    assert _licenses(ext) == {("Veltrane Therapeutics, Inc.", "Hokuto Pharma Co., Ltd.", "stannic malonate")}


def test_words_where_a_licensed_name_would_stand_are_no_product(tmp_path):
    ext = _extract(tmp_path, "Veltrane Therapeutics, Inc. granted Hokuto Pharma Co., Ltd. an exclusive license to develop and commercialize "
                             "therapeutics in Japan, and the rights to commercialize COVID-19 vaccines, and a license to use certain "
                             "proprietary know-how for research, rights to market IL-2 in Japan and a license to sell QRF-1 in Korea.")
    assert _products(ext) == {"QRF-1"}


def test_a_mutual_license_to_intellectual_property_relating_to_a_generic_name(tmp_path):
    ext = _extract(tmp_path, "On December 6, 2005, Veltrane Therapeutics, Inc. (Veltrane) entered into a License Agreement (the Agreement) with "
                             "Hollis Laboratories, Inc. (Hollis). Under the Agreement, each of the parties has granted the other a worldwide "
                             "license (which is exclusive in the case of the grant from Hollis to Veltrane and nonexclusive in the case of the "
                             "grant from Veltrane to Hollis) to certain intellectual property, including patent rights and know-how, owned or "
                             "controlled by each party relating to dorexalone.")
    assert _licenses(ext) == {("Hollis Laboratories, Inc.", "Veltrane Therapeutics, Inc.", "dorexalone"),
                              ("Veltrane Therapeutics, Inc.", "Hollis Laboratories, Inc.", "dorexalone")}


AGREEMENT = ('EXCLUSIVE LICENSE AGREEMENT This Exclusive License Agreement (this "Agreement") is entered into as of May 1, 2015 by and '
             'between Orsolo Pharma AB, a Swedish company ("Licensor"), and Veltrane Therapeutics, Inc., a Delaware corporation '
             '("Licensee"). ')


def test_a_defined_term_resolves_only_to_a_name_its_definition_reads(tmp_path):
    grant = "2.1 Licensor hereby grants to Licensee an exclusive license to develop and commercialize the Licensed Product in the Territory."
    ext = _extract(tmp_path, AGREEMENT + '1.5 "Licensed Product" means QRF-1 (a recombinant growth factor). ' + grant)
    assert _licenses(ext) == {("Orsolo Pharma AB", "Veltrane Therapeutics, Inc.", "QRF-1")}
    # a definition that names no product: the grant licenses the defined term itself (a node of this filing only)
    ext = _extract(tmp_path, AGREEMENT + '1.5 "Licensed Product" means any product covered by a Valid Claim. ' + grant)
    assert {a.casefold() for _, _, a in _licenses(ext)} == {"licensed product"} and "QRF-1" not in _products(ext)


def test_a_list_of_capitalized_generic_names_the_licensed_patents_relate_to(tmp_path):
    ext = _extract(tmp_path, "In 2009, Veltrane Therapeutics, Inc. granted Hokuto Pharma Co., Ltd. a license to certain patents relating to "
                             "Zorvamine, Potassium Clavoxate, analogues of both and other compounds.")
    assert {"Zorvamine", "Potassium Clavoxate"} <= {n.title() for n in _products(ext)}
    assert {a.title() for _, _, a in _licenses(ext)} == {"Zorvamine", "Potassium Clavoxate"}


def test_a_recital_of_a_licensee_interested_in_rights_the_owner_is_willing_to_grant(tmp_path):
    ext = _extract(tmp_path, AGREEMENT + "WHEREAS , Licensor owns rights to intellectual property relating to dorexalone and its analogues; "
                                         "and WHEREAS , Licensee is interested in obtaining rights for the use and marketing of products "
                                         "derived from such intellectual property, and Licensor is willing to grant such rights.")
    assert _licenses(ext) == {("Orsolo Pharma AB", "Veltrane Therapeutics, Inc.", "dorexalone")}


def test_a_present_tense_license_of_a_described_asset_named_after_the_licensee(tmp_path):
    ext = _extract(tmp_path, "Hollis Laboratories, Inc. licenses the same purified neurotoxin complex to Marbelle SA for cosmetic "
                             "indications, which it markets and sells under the name Lumivex in the United States.")
    assert _licenses(ext) == {("Hollis Laboratories, Inc.", "Marbelle SA", "Lumivex")}


def test_the_asset_a_license_is_to_develop_after_a_long_account_of_its_patents(tmp_path):
    ext = _extract(tmp_path, "In September 2016, Veltrane Therapeutics, Inc. entered into a collaboration, development and license agreement "
                             "with Dravon Labs, Inc., under which Veltrane Therapeutics, Inc. obtained an exclusive license for certain patents "
                             "and know-how that Dravon Labs, Inc. licensed from Hollis Laboratories, Inc. (a subsidiary of Hollis Group plc), "
                             "and Orsolo Pharma AB to develop, manufacture, use, sell, import and commercialize Dravon Labs, Inc.'s proprietary "
                             "PARP inhibitor, DRV-118, in mainland China, Hong Kong and Macau.")
    assert ("Dravon Labs, Inc.", "Veltrane Therapeutics, Inc.", "DRV-118") in _licenses(ext)


def test_rights_to_a_one_digit_code_named_at_once(tmp_path):
    ext = _extract(tmp_path, "In 2014, Veltrane Therapeutics, Inc. granted Hokuto Pharma Co., Ltd. exclusive rights to QRF-1 in Japan, "
                             "and Hokuto Pharma Co., Ltd. waived its rights to protest the patents.")
    assert _licenses(ext) == {("Veltrane Therapeutics, Inc.", "Hokuto Pharma Co., Ltd.", "QRF-1")}
    assert _products(ext) == {"QRF-1"}


def test_a_brand_of_initials_between_slashes_licensed_in_a_list(tmp_path):
    ext = _extract(tmp_path, "In November 1998, Veltrane Therapeutics, Inc. entered into a license agreement with Dravon Labs, Inc. The "
                             "products licensed from Dravon Labs, Inc. include CORVEX®, PELIDERM® and B/K/T®.")
    assert ("Dravon Labs, Inc.", "Veltrane Therapeutics, Inc.", "B/K/T") in _licenses(ext)


def test_a_license_to_an_owned_compound_named_in_apposition(tmp_path):
    ext = _extract(tmp_path, "In 2018, Veltrane Therapeutics, Inc. granted Hokuto Pharma Co., Ltd. an exclusive license to its proprietary "
                             "compound, GF-1, for the treatment of burns.")
    assert _licenses(ext) == {("Veltrane Therapeutics, Inc.", "Hokuto Pharma Co., Ltd.", "GF-1")}


def test_rights_to_another_companys_product_candidate_named_in_apposition(tmp_path):
    ext = _extract(tmp_path, "Under the agreement, Veltrane Therapeutics, Inc. obtained exclusive rights to Dravon Labs, Inc.'s product "
                             "candidate, DRV-118, in Japan.")
    assert _licenses(ext) == {("Dravon Labs, Inc.", "Veltrane Therapeutics, Inc.", "DRV-118")}


def test_a_code_named_between_a_determiner_and_what_it_is(tmp_path):
    ext = _extract(tmp_path, "In 2018, Veltrane Therapeutics, Inc. granted Hokuto Pharma Co., Ltd. a license to the QRF-5 compound in Japan.")
    assert _licenses(ext) == {("Veltrane Therapeutics, Inc.", "Hokuto Pharma Co., Ltd.", "QRF-5")}


def test_a_code_in_brackets_after_its_description(tmp_path):
    ext = _extract(tmp_path, "In 2018, Veltrane Therapeutics, Inc. granted Hokuto Pharma Co., Ltd. an exclusive license to develop and "
                             "commercialize its anti-CD20 antibody (QRF-5) in Asia.")
    assert _licenses(ext) == {("Veltrane Therapeutics, Inc.", "Hokuto Pharma Co., Ltd.", "QRF-5")}


def test_a_code_the_verb_licensed_to_or_from_a_party(tmp_path):
    ext = _extract(tmp_path, "In 2018, Veltrane Therapeutics, Inc. out-licensed QRF-5 to Hokuto Pharma Co., Ltd. for Japan. In 2019, "
                             "Veltrane Therapeutics, Inc. licensed rights to QRF-7 from Dravon Labs, Inc. for the treatment of burns.")
    assert _licenses(ext) == {("Veltrane Therapeutics, Inc.", "Hokuto Pharma Co., Ltd.", "QRF-5"),
                              ("Dravon Labs, Inc.", "Veltrane Therapeutics, Inc.", "QRF-7")}


def test_a_definition_of_the_products_containing_a_named_compound(tmp_path):
    ext = _extract(tmp_path, AGREEMENT + '1.5 "Licensed Product" means any pharmaceutical product containing QRF-1 as an active '
                                         "ingredient. 2.1 Licensor hereby grants to Licensee an exclusive license to develop and "
                                         "commercialize the Licensed Product in the Territory.")
    assert _licenses(ext) == {("Orsolo Pharma AB", "Veltrane Therapeutics, Inc.", "QRF-1")}


def test_places_listed_after_a_licensed_product_are_no_products(tmp_path):
    ext = _extract(tmp_path, "In 2018, Veltrane Therapeutics, Inc. granted Hokuto Pharma Co., Ltd. an exclusive license to develop and "
                             "commercialize the product in China, Taiwan and Korea, and a license to develop and commercialize its lead "
                             "compound, QRF-5, in Japan.")
    assert _products(ext) == {"QRF-5"}


def test_a_capitalized_word_a_license_is_to_develop_may_be_a_place(tmp_path):
    ext = _extract(tmp_path, "Veltrane Therapeutics, Inc. holds rights to develop Seattle in 2020 and a license to develop and commercialize "
                             "dorexalone in Japan.")
    assert _products(ext) == {"dorexalone"}


def test_a_part_or_a_technology_the_licensed_patents_relate_to_is_no_product(tmp_path):
    ext = _extract(tmp_path, "Veltrane Therapeutics, Inc. granted Hokuto Pharma Co., Ltd. a license under patents relating to exosome, "
                             "and a license under patents covering microneedle, and a license under patents covering dorexalone.")
    assert _products(ext) == {"dorexalone"}


def test_a_term_an_agreement_gives_a_named_compound_and_the_license_its_grantor_holds(tmp_path):
    ext = _extract(tmp_path, AGREEMENT + 'WHEREAS, Dravon Labs, Inc. is the owner of know-how with respect to the chemical substance, which '
                                         'is known as "velmoxane" (hereinafter called "Compound"); WHEREAS, Licensor is the sole exclusive '
                                         "licensee with the right to sub-license the patent rights owned by Dravon Labs, Inc. concerning "
                                         "Compound; WHEREAS, Licensee desires to obtain a license under such patent rights to develop the "
                                         "Compound, and Licensor is willing to grant such license.")
    assert _licenses(ext) == {("Orsolo Pharma AB", "Veltrane Therapeutics, Inc.", "velmoxane"),
                              ("Dravon Labs, Inc.", "Orsolo Pharma AB", "velmoxane")}


def test_a_sublicense_under_patents_a_license_to_a_generic_name_and_a_licensee_for_a_code(tmp_path):
    ext = _extract(tmp_path, "In 2015, Veltrane Therapeutics, Inc. granted Hokuto Pharma Co., Ltd. a sublicense under the licensed patents to "
                             "develop QRF-5 in Japan. In 2016, we granted Marbelle SA an exclusive license to dorexalone, our muscle "
                             "relaxant, for Europe, and a license to compile and distribute our data. Torvik AB is our exclusive "
                             "licensee for QRF-7 in Sweden.")
    assert _licenses(ext) == {("Veltrane Therapeutics, Inc.", "Hokuto Pharma Co., Ltd.", "QRF-5"),
                              ("Veltrane Therapeutics, Inc.", "Marbelle SA", "dorexalone"),
                              ("Veltrane Therapeutics, Inc.", "Torvik AB", "QRF-7")}
    assert _products(ext) == {"QRF-5", "dorexalone", "QRF-7"}


def test_a_sublicense_agreement_whose_licensee_is_a_subsidiary_named_with_its_parent(tmp_path):
    # the parent named in the licensee's description is no third party; the product's term is defined "as more fully
    # defined below"; the sub-license is wanted "now", and the term is named far after the word
    ext = _extract(tmp_path, 'SUBLICENSE AGREEMENT made on 3 March 2004 (the "Effective Date") by and between QUELLIN BIOLOGICS INC. '
                             '("LICENSOR" or "Party"), an Ontario company, and TORVAN PHARMACEUTICALS, INC. ("LICENSEE" or "Party"), '
                             "a company wholly owned by VELTRANE THERAPEUTICS, INC. and a subsidiary of VELTRANE THERAPEUTICS, INC. "
                             "WHEREAS, LICENSOR carries out preclinical work on the candidate called QBX-12, including all of its salts "
                             '(as more fully defined below, the "Licensed Product"); WHEREAS, LICENSEE now desires to obtain an '
                             "exclusive sub-license under the Patent Rights (as defined below) in order to test it in animals, to run "
                             "clinical studies of it, to seek approvals for it in each country of the Territory, to have it made by "
                             "contract manufacturers and to sell the Licensed Product.")
    assert _licenses(ext) == {("Quellin Biologics Inc.", "Torvan Pharmaceuticals, Inc.", "QBX-12")}


def test_a_license_agreement_titled_for_its_product_licensed_by_its_owner(tmp_path):
    # no grant clause: the title names the product, the recitals make its owner the licensor
    ext = _extract(tmp_path, 'This DORVATINIB LICENSE AGREEMENT (this "Agreement") dated 9 May 2011 is by and between Hokuto Pharma '
                             'Co., Ltd., of Sapporo (hereinafter called "HOKUTO"), and Veltrane Therapeutics, Inc., of Denver '
                             '(hereinafter called "VELTRANE"). WITNESSETH THAT: WHEREAS, HOKUTO is the joint owner with Marbelle SA of '
                             "patents on tablets of Dorvatinib; and WHEREAS, VELTRANE seeks to sell such tablets in Canada.")
    licenses = {(lr, le, a.lower()) for lr, le, a in _licenses(ext)}
    assert licenses == {("Hokuto Pharma Co., Ltd.", "Veltrane Therapeutics, Inc.", "dorvatinib")}


def test_a_titled_agreement_that_names_no_licensor_grants_nothing_by_its_title(tmp_path):
    # neither a role nor a recital says who owns the product: no license from the title alone
    ext = _extract(tmp_path, 'This EXCLUSIVE DORVATINIB LICENSE AGREEMENT (this "Agreement") is made as of April 3, 2006 by and between '
                             'Hokuto Pharma Co., Ltd. ("HOKUTO") and Veltrane Therapeutics, Inc. ("VELTRANE"). WHEREAS, the parties '
                             "wish to develop Dorvatinib together.")
    assert _licenses(ext) == set()
    assert "DORVATINIB" in {m.name.upper() for m in ext.mentions.values() if m.kind is Kind.PRODUCT}


def _agreement(title: str, recitals: str = "WHEREAS, the parties wish to develop Dorvatinib together.") -> str:
    return (f'This {title} (this "Agreement") dated 9 May 2011 is by and between Hokuto Pharma Co., Ltd. ("Licensor") and '
            f'Veltrane Therapeutics, Inc. ("Licensee"). {recitals} NOW, THEREFORE, the parties agree as follows.')


def test_a_titled_agreement_licenses_its_product_from_the_party_its_opening_calls_licensor(tmp_path):
    got = {(lr, le, a.lower()) for lr, le, a in _licenses(_extract(tmp_path, _agreement("DORVATINIB LICENSE AGREEMENT")))}
    assert got == {("Hokuto Pharma Co., Ltd.", "Veltrane Therapeutics, Inc.", "dorvatinib")}


def test_a_title_of_an_option_an_amendment_a_termination_or_a_supply_of_a_license_grants_nothing(tmp_path):
    for title in ("DORVATINIB LICENSE TERMINATION AGREEMENT", "DORVATINIB LICENSE OPTION AGREEMENT",
                  "DORVATINIB LICENSE AGREEMENT AMENDMENT", "DORVATINIB SUPPLY AND LICENSE AGREEMENT"):
        assert _licenses(_extract(tmp_path, _agreement(title))) == set(), title


def test_the_licensees_own_product_in_the_title_is_not_what_the_licensor_grants(tmp_path):
    # the recitals give the product to the party the roles call the licensee: the licensor brings something else
    ext = _extract(tmp_path, _agreement("DORVATINIB DEVICE LICENSE AGREEMENT", "WHEREAS, Licensee is developing Dorvatinib; and WHEREAS, "
                                        "Licensor owns patents on a dosing pump that Licensee wishes to use."))
    assert not any(a.lower() == "dorvatinib" and lr.startswith("Hokuto") for lr, _, a in _licenses(ext))


def test_a_narrative_license_agreement_between_two_parties_is_no_title(tmp_path):
    ext = _extract(tmp_path, "Effective as of June 1, 2010 the Company named a new controller. The Dorvatinib license agreement between "
                             'Hokuto Pharma Co., Ltd. and Veltrane Therapeutics, Inc. ended in 2010. Veltrane Therapeutics, Inc. (the '
                             '"Licensee") still pays royalties on other products.')
    assert not any(a.lower() == "dorvatinib" for _, _, a in _licenses(ext))


def test_roles_another_exhibit_defines_say_nothing_of_a_titled_agreement(tmp_path):
    header = ("<SEC-DOCUMENT>0009999902-24-000002.txt : 20240102\n<SEC-HEADER>0009999902-24-000002.hdr.sgml : 20240102\n"
              "ACCESSION NUMBER:\t\t0009999902-24-000002\nCONFORMED SUBMISSION TYPE:\t8-K\nPUBLIC DOCUMENT COUNT:\t\t2\n"
              "FILED AS OF DATE:\t\t20240102\n\nFILER:\n\n\tCOMPANY DATA:\t\n\t\tCOMPANY CONFORMED NAME:\t\t\tVELTRANE "
              "THERAPEUTICS, INC.\n\t\tCENTRAL INDEX KEY:\t\t\t0009999902\n</SEC-HEADER>\n")
    first = ('This SERVICES AGREEMENT dated 1 May 2011 is by and between Quarra Biologics Inc. ("Licensor") and Veltrane Therapeutics, '
             'Inc. ("Licensee"). WHEREAS, Quarra Biologics Inc. runs assays.')
    second = ('This DORVATINIB LICENSE AGREEMENT dated 9 May 2011 is by and between Veltrane Therapeutics, Inc. ("VELTRANE") and '
              'Hokuto Pharma Co., Ltd. ("HOKUTO"). WHEREAS, the parties wish to develop Dorvatinib together.')
    body = "".join(f"<DOCUMENT>\n<TYPE>EX-10.{i}\n<SEQUENCE>{i}\n<FILENAME>d{i}.txt\n<TEXT>\n{text}\n</TEXT>\n</DOCUMENT>\n"
                   for i, text in ((1, first), (2, second)))
    path = tmp_path / "submission.txt"
    path.write_text(header + body + "</SEC-DOCUMENT>\n", encoding="utf-8")
    from builders.extract import extract
    from builders.parse import parse_path
    ext = extract(parse_path(path))
    assert not any(a.lower() == "dorvatinib" for _, _, a in _licenses(ext))


def test_a_wanted_license_stops_at_another_clause_of_its_subject(tmp_path):
    ext = _extract(tmp_path, 'This LICENSE AGREEMENT dated 9 May 2011 is by and between Hokuto Pharma Co., Ltd. ("HOKUTO") and Veltrane '
                             'Therapeutics, Inc. ("VELTRANE"). WHEREAS, HOKUTO owns certain Patent Rights; WHEREAS, VELTRANE desires to '
                             "obtain a non-exclusive license under the Patent Rights to make and sell dosing pumps in the Territory, "
                             "and VELTRANE separately markets Dorvatinib in Japan.")
    assert not any(a.lower() == "dorvatinib" for _, _, a in _licenses(ext))


def test_an_owner_willing_to_grant_rights_to_the_products_its_recital_names(tmp_path):
    """'such pharmaceutical products' of the grant clause are those the owner's recital says it developed."""
    ext = _extract(tmp_path, 'This LICENSE AGREEMENT (the "Agreement") is entered into on March 3, 2011 between TORVELD SEIYAKU K.K., a '
                             'Japanese corporation ("TORVELD"), and Brisca Biologics, LLC, a Delaware company ("BRISCA"). RECITALS '
                             "WHEREAS, TORVELD developed and sells in Japan pharmaceutical products containing olvetinib as an active "
                             "ingredient; WHEREAS, BRISCA wishes to develop such pharmaceutical products for kidney disease; and WHEREAS, "
                             "TORVELD is willing to grant to BRISCA a right to develop and commercialize such pharmaceutical products for "
                             "kidney disease.")
    assert _licenses(ext) == {("TORVELD SEIYAKU K.K.", "Brisca Biologics, LLC", "olvetinib")}


def test_an_agreement_titled_for_its_product_and_its_territory_read_from_an_excerpt_of_its_opening(tmp_path):
    """'QX-77 U.S. LICENSE AGREEMENT ... by and among A (the "Licensor") and B (the "Licensee")': the excerpt ends in the
    recitals, and the title's product is still licensed by the Licensor."""
    ext = _extract(tmp_path, 'QX-77 U.S. LICENSE AGREEMENT This License Agreement (this "Agreement") is effective as of June 9, 2016, by '
                             'and among Quenby Pharma, Inc., a Delaware corporation (hereinafter "Licensor"), and Rostrel, LLC, a '
                             'Maryland company (hereinafter "Licensee"). Recitals WHEREAS, Licensor is engaged in the business of '
                             "developing medicines;")
    assert _licenses(ext) == {("Quenby Pharma, Inc.", "Rostrel, LLC", "QX-77")}


def test_a_partner_that_agreed_to_grant_a_license_under_rights_related_to_two_compounds(tmp_path):
    ext = _extract(tmp_path, "Under the Quenby Agreement, Quenby Pharma AB agreed to grant a license to Veltrane Therapeutics, Inc. "
                             "under certain patent rights owned by Quenby Pharma AB related to QPB-1186 and QPB-2204 in all indications.")
    assert _licenses(ext) == {("Quenby Pharma AB", "Veltrane Therapeutics, Inc.", a) for a in ("QPB-1186", "QPB-2204")}


def test_a_recital_of_an_option_or_of_rights_to_evaluate_grants_no_license(tmp_path):
    opening = ('This AGREEMENT (the "Agreement") is entered into on March 3, 2011 between TORVELD SEIYAKU K.K., a Japanese '
               'corporation ("TORVELD"), and Brisca Biologics, LLC ("BRISCA"). RECITALS WHEREAS, TORVELD developed and sells in '
               "Japan products containing olvetinib; and WHEREAS, TORVELD is willing to grant to BRISCA ")
    for offered in ("an option to obtain a license to develop such products.", "rights to evaluate such products.",
                    "a right of first negotiation for a license to olvetinib in Europe."):
        assert not _licenses(_extract(tmp_path, opening + offered)), offered


def test_a_promised_grant_that_waits_on_a_condition_or_serves_the_licensees_own_products(tmp_path):
    assert not _licenses(_extract(tmp_path, "Quenby Pharma AB agreed to grant a license to Veltrane Therapeutics, Inc. under patents "
                                            "related to QPB-1186 if Veltrane Therapeutics, Inc. exercises its option by 2025."))
    assert not _licenses(_extract(tmp_path, "Quenby Pharma AB agreed to grant an exclusive license to Veltrane Therapeutics, Inc. for "
                                            "use in combination with Veltrane Therapeutics, Inc.'s VLT-20 and VLT-30."))


def test_what_a_license_agreement_with_the_other_party_is_for(tmp_path):
    ext = _extract(tmp_path, "Veltrane Therapeutics, Inc. entered into a license agreement with Kestrel Bio Inc. for Zenvoria in "
                             "Greater China. Veltrane also signed an exclusive license agreement with Orsolo Pharma AB for the development "
                             "and commercialization of QX-17 in Japan.")
    assert {"Zenvoria", "QX-17"} <= _products(ext)
    assert {asset for _, _, asset in _licenses(ext)} == {"Zenvoria", "QX-17"}


def test_a_place_or_a_target_a_deal_is_for_is_no_product(tmp_path):
    ext = _extract(tmp_path, "Veltrane Therapeutics, Inc. signed a distribution agreement with Kestrel Bio Inc. for Taiwan (the "
                             "Territory) and a license agreement with Orsolo Pharma AB for CD19 in Japan. It entered into a research "
                             "collaboration and license agreement with Kestrel Bio Inc. for NLRP3 in inflammatory diseases. It "
                             "signed license agreements with Orsolo Pharma AB for Vietnam (the \"Territory\"), for Duchenne (DMD) "
                             "and for Novabex, a wholly owned subsidiary of Orsolo Pharma AB.")
    assert not {"Taiwan", "CD19", "NLRP3", "Vietnam", "Duchenne", "Novabex"} & _products(ext)
    assert not _licenses(ext)


def test_a_name_after_the_products_a_license_makes_of_it(tmp_path):
    ext = _extract(tmp_path, "The Company granted Qorvex Inc. an exclusive license to develop and commercialize pharmaceutical "
                             "products consisting of Zentrova in Japan.")
    assert _licenses(ext) == {("Veltrane Therapeutics, Inc.", "Qorvex Inc.", "Zentrova")}


def test_a_generic_name_a_license_is_for(tmp_path):
    ext = _extract(tmp_path, "The letter of intent provides for Orvane Inc. to grant the Company a licence for efavirenz. The Company "
                             "also holds a license for the territory of Japan, a license for telehealth and a license for research "
                             "use only.")
    assert _products(ext) == {"efavirenz"}


def test_a_proteins_long_name_and_its_abbreviation_in_mixed_case_as_the_licensed_product(tmp_path):
    ext = _extract(tmp_path, 'Veltrane Therapeutics, Inc. entered into an agreement with Orsolo Pharma AB ("Orsolo") to in-license '
                             "the exclusive right to commercialize its Recombinant Human Growth Stimulating Factor Nine "
                             '("rhG-SF9") product worldwide, excluding China.')
    assert _licenses(ext) == {("Orsolo Pharma AB", "Veltrane Therapeutics, Inc.", "Recombinant Human Growth Stimulating Factor Nine")}
    assert "rhG-SF9" in next(m.aliases for m in ext.mentions.values() if m.kind is Kind.PRODUCT)


def test_a_technology_the_licensed_products_incorporate_is_no_product(tmp_path):
    ext = _extract(tmp_path, "Veltrane Therapeutics, Inc. granted Kestrel Bio Inc. an exclusive license to develop and commercialize "
                             "products incorporating Medisorv (a microsphere technology) in Asia.")
    assert "Medisorv" not in _products(ext)


def test_a_product_described_as_in_licensed_or_based_on_an_in_license(tmp_path):
    ext = _extract(tmp_path, "QX-101 is an oral tablet in-licensed from Orsolo Pharma AB. QX-202 is an ophthalmic solution based on "
                             "an in-license from Kestrel Bio Inc. and was developed in Japan by the Company. QX-303 is an oral "
                             "tablet that competes with a drug licensed from Halvane Inc.")
    assert _licenses(ext) == {("Orsolo Pharma AB", "Veltrane Therapeutics, Inc.", "QX-101"),
                              ("Kestrel Bio Inc.", "Veltrane Therapeutics, Inc.", "QX-202")}


def test_a_therapy_named_in_apposition_out_licensed_to_a_company_after_its_countrys_possessive(tmp_path):
    ext = _extract(tmp_path, "Veltrane Therapeutics, Inc. has out-licensed its lead mesenchymal stem cell (MSC) and secretome "
                             "therapy, Progenzo, to Japan's Kestrel Bio Inc. for osteoarthritis of the knee.")
    assert _licenses(ext) == {("Veltrane Therapeutics, Inc.", "Kestrel Bio Inc.", "Progenzo")}
    ext = _extract(tmp_path, "Patients on the therapy, Medicare and Medicaid pay less. Our cell therapy, Phase 2 trials, and more. "
                             "Kestrel Bio Inc. (\u201cKestrel\u201d) is its partner: its lead cell therapy, Kestrel, will fund it. "
                             "Sales of its lead gene therapy, Europe, Japan and Canada included, grew. The capsid of its lead "
                             "gene therapy, AAV9, is licensed from Orsolo Pharma AB.")
    assert not _products(ext)


def test_an_agreements_title_in_capitals_names_its_parties_after_between(tmp_path):
    ext = _extract(tmp_path, "HS-187 LICENSE AGREEMENT BETWEEN HALDEN SHINYAKU CO., LTD. AND VELTRANE THERAPEUTICS, INC. Exhibit "
                             "10.10 Portions of this exhibit marked [*] are omitted and are requested to be treated confidentially.")
    assert _licenses(ext) == {("Halden Shinyaku Co., Ltd.", "Veltrane Therapeutics, Inc.", "HS-187")}


def test_another_companys_in_licensed_product_is_not_the_filers(tmp_path):
    ext = _extract(tmp_path, "Our main competitor is Halvane Inc. QX-404 is a competing product candidate licensed from Orsolo "
                             "Pharma AB by Halvane Inc. in 2021. QX-303 is a product candidate under an exclusive license from "
                             "Orsolo Pharma AB to Halvane Inc. QX-101 is a product candidate Halvane licensed from Orsolo Pharma AB.")
    assert not _licenses(ext)


def test_a_brand_in_licensed_with_what_it_is_or_the_party_it_came_from(tmp_path):
    ext = _extract(tmp_path, "Veltrane Therapeutics, Inc. in-licensed Kelvoderm, a silicone gel to treat scars, from Orsolo Pharma AB last "
                             "week. In January, Veltrane had in-licensed Vitaquor from Kestrel Bio Inc.")
    assert {"Kelvoderm", "Vitaquor"} <= _products(ext)
    assert ("Orsolo Pharma AB", "Veltrane Therapeutics, Inc.", "Kelvoderm") in _licenses(ext)
    # a word of the language, a place or the other party after the verb is none
    ext = _extract(tmp_path, "Veltrane Therapeutics, Inc. licensed Japan to Orsolo Pharma AB. Veltrane licensed Orsolo to Kestrel Bio Inc. "
                             "Veltrane licensed Certain, a set of patents, to Kestrel Bio Inc.")
    assert not _products(ext) & {"Japan", "Orsolo", "Certain"}


def test_a_company_in_apposition_after_licensed_is_the_verbs_other_object_not_a_brand(tmp_path):
    ext = _extract(tmp_path, "Veltrane Therapeutics, Inc. licensed Qelvix, an affiliate of Orsolo Pharma AB, the rights to VLT-101.")
    assert "Qelvix" not in _products(ext)


_SUPPLY_OPENING = ('This {title} (this "Agreement") is entered into as of March 2, 2018 by and between Zorvane Therapeutics, Inc., a '
                   'Delaware corporation ("Zorvane"), and Kestrel Peptides, Inc., a California corporation ("Kestrel"). ')


def test_a_supply_agreements_side_grants_license_each_partys_own_ip_not_the_product(tmp_path):
    """In an agreement to develop and make a product, a grant 'to use any Zorvane Developed Intellectual Property to
    manufacture the Product' licenses the party's IP: the Product is what the agreement makes."""
    ext = _extract(tmp_path, _SUPPLY_OPENING.format(title="Master Development and Manufacturing Agreement")
                   + "Title to any deliverable (including Zorvane Developed Intellectual Property (including Product)) passes to "
                   "Zorvane, and Kestrel hereby grants to Zorvane a perpetual, non-exclusive, royalty-free license under such Kestrel Intellectual "
                   "Property (with the right to sublicense) to copy, distribute, display, perform and create derivative works of the "
                   "Kestrel Intellectual Property, solely in connection with selling such deliverable (e.g., Product). "
                   "Zorvane grants to Kestrel a limited, non-exclusive license to use any Zorvane Developed Intellectual Property to "
                   "manufacture and release the Product for Zorvane.")
    assert _licenses(ext) == {("Kestrel Peptides, Inc.", "Zorvane Therapeutics, Inc.", "Kestrel Intellectual Property"),
                              ("Zorvane Therapeutics, Inc.", "Kestrel Peptides, Inc.", "Zorvane Developed Intellectual Property")}


def test_a_license_agreements_grant_under_a_partys_technology_licenses_its_products(tmp_path):
    """The same shape in a license agreement licenses what it is to make and sell."""
    ext = _extract(tmp_path, _SUPPLY_OPENING.format(title="Exclusive License Agreement")
                   + "Kestrel hereby grants to Zorvane an exclusive, royalty-bearing license under the Kestrel Licensed Technology, "
                   "to develop, manufacture, use and sell Products in the Field in the Territory.")
    assert _licenses(ext) == {("Kestrel Peptides, Inc.", "Zorvane Therapeutics, Inc.", "Products")}


def test_reference_rights_to_a_drug_master_file_are_no_license(tmp_path):
    ext = _extract(tmp_path, _SUPPLY_OPENING.format(title="Supply Agreement")
                   + "Kestrel hereby grants to Zorvane, at no additional cost, reference rights to the DMFs, which are necessary to "
                   "support Zorvane's regulatory submissions with respect to the Product.")
    assert _licenses(ext) == set()



@pytest.mark.parametrize("title", ["Collaboration Agreement", "Research Agreement", "Development Agreement", "Exclusive License Agreement"])
def test_a_grant_under_a_partys_patents_in_other_agreements_licenses_its_products(tmp_path, title):
    """The side-grant reading is for supply and manufacturing agreements only: a collaboration's or a research
    agreement's grant 'under the Kestrel Patents to ... sell Products' licenses the Products."""
    ext = _extract(tmp_path, _SUPPLY_OPENING.format(title=title)
                   + "Kestrel hereby grants to Zorvane a non-exclusive, royalty-bearing license under the Kestrel Patents to "
                   "develop, manufacture, use and sell Products in the Territory.")
    assert _licenses(ext) == {("Kestrel Peptides, Inc.", "Zorvane Therapeutics, Inc.", "Products")}


def test_a_supply_agreements_exclusive_grant_or_one_of_the_licensees_own_technology_licenses_the_product(tmp_path):
    """An exclusive grant is the agreement's main one; the licensee's own technology is not what it is licensed."""
    ext = _extract(tmp_path, _SUPPLY_OPENING.format(title="Supply Agreement")
                   + "Kestrel hereby grants to Zorvane a non-exclusive license to use, sell and distribute the Product, including "
                   "as incorporated into devices made with Zorvane Technology. Kestrel hereby grants to Halden Bio, Inc. an "
                   "exclusive license under the Kestrel Know-How to import, market and sell the Product in Japan.")
    assert _licenses(ext) == {("Kestrel Peptides, Inc.", "Zorvane Therapeutics, Inc.", "Product"),
                              ("Kestrel Peptides, Inc.", "Halden Bio, Inc.", "Product")}


def test_a_licensors_own_ip_term_is_the_asset_though_the_licensees_comes_first(tmp_path):
    ext = _extract(tmp_path, _SUPPLY_OPENING.format(title="Manufacturing Services Agreement")
                   + "To the extent any Kestrel Intellectual Property is needed for Zorvane Developed Intellectual Property, Kestrel "
                   "hereby grants to Zorvane a non-exclusive, royalty-free license under such Kestrel Intellectual Property to "
                   "sell such deliverable (e.g., Product). Zorvane grants to Kestrel a limited, non-exclusive license to use the "
                   "Kestrel Developed Intellectual Property and any Zorvane Developed Intellectual Property to manufacture the Product.")
    assert ("Zorvane Therapeutics, Inc.", "Kestrel Peptides, Inc.", "Zorvane Developed Intellectual Property") in _licenses(ext)


def test_exclusive_rights_with_a_right_of_reference_beside_them_are_a_license(tmp_path):
    ext = _extract(tmp_path, "Under the agreement, Kestrel Peptides, Inc. granted Zorvane Therapeutics, Inc. exclusive rights to develop "
                   "and commercialize KST-101 in Greater China, together with a right of reference to Kestrel's IND for KST-101.")
    assert _licenses(ext) == {("Kestrel Peptides, Inc.", "Zorvane Therapeutics, Inc.", "KST-101")}


def test_a_license_to_perform_the_agreements_work_is_none(tmp_path):
    ext = _extract(tmp_path, _SUPPLY_OPENING.format(title="Supply Agreement")
                   + "Kestrel hereby grants to Zorvane a non-exclusive license under the Kestrel Technology to perform its "
                   "responsibilities under this Agreement.")
    assert _licenses(ext) == set()


def test_a_cross_license_in_an_agreement_whose_opening_runs_over_lines_and_whose_product_is_made_with_a_platform(tmp_path):
    """The opening's parties are read across the text file's line breaks; '"Product" shall mean Active Ingredient
    Formulated in KESTREL's proprietary Lipid Bead Technology' is the active ingredient's product, not the platform."""
    ext = _extract(tmp_path, 'THIS COLLABORATION AGREEMENT ("Agreement") is made as of August 18, 2014 by and between\n'
                   'Kestrel Peptides, LLC and its Affiliates with an address at 412 Main Ave, Morristown, NJ 07960 ("KESTREL") and '
                   'Zorvane Therapeutics, Inc.,\nand its Affiliates, with an address at 2800 Woodlawn Dr., Honolulu, HI 96822 ("ZORVANE").\n\n'
                   '1.1 "Active Ingredient" shall mean the compound known as QV-118 that will be formulated in the Product.\n\n'
                   '1.2 "Product" shall mean Active Ingredient Formulated in KESTREL\'s proprietary Lipid Bead Technology, including '
                   "any improvements of such technology.\n\n3.6 Joint Inventions. During the Term, each Party hereby provides a "
                   "worldwide, exclusive, royalty free, perpetual license of such Intellectual Property Rights for use by each "
                   "licensee in connection with the development and commercialization of the Product.")
    assert _licenses(ext) == {("Kestrel Peptides, LLC", "Zorvane Therapeutics, Inc.", "QV-118"),
                              ("Zorvane Therapeutics, Inc.", "Kestrel Peptides, LLC", "QV-118")}


def test_each_partys_improvements_granted_to_the_other_are_licensed(tmp_path):
    """A development agreement's grant-backs: "A hereby grants B ... a license to A Improvements and Joint Improvements";
    the joint ones are no party's own term."""
    text = ('DEVELOPMENT AGREEMENT This Development Agreement is entered into on April 15 , 2010 by and between Halvane, '
            'Incorporated ("Halvane") and Corvex S.A.S. ("Corvex"). 5.2.1 Halvane hereby grants Corvex, and Corvex hereby '
            'accepts, an exclusive, royalty-free license to Halvane Improvements and Joint Improvements for use in the Field. '
            '5.2.2 Corvex hereby grants Halvane an exclusive, worldwide, royalty-free license under and to Corvex Improvements '
            'for use outside the Field.')
    ext = _extract(tmp_path, text)
    assert _licenses(ext) == {("Halvane, Incorporated", "Corvex S.A.S.", "Halvane Improvements"),
                              ("Corvex S.A.S.", "Halvane, Incorporated", "Corvex Improvements")}
    dates = {e.date for lic in ext.licenses for e in lic.events}
    assert {str(d) for d in dates} == {"2010-04-15"}


def test_a_grant_under_rights_to_sell_products_is_known_by_both_terms(tmp_path):
    """'a license, under the EVMS Patent Rights, to ... sell the Licensed Product': the asset is the product term, and the
    rights term is another name of it (analysts write either)."""
    ext = _extract(tmp_path, 'EXCLUSIVE LICENSE AGREEMENT This Agreement is entered into as of the 1st day of May, 2020, by and '
                             'between HALDEN MEDICAL SCHOOL ("HMS") and Veltrane Therapeutics, Inc. ("LICENSEE"). RECITALS D. HMS '
                             'desires to grant to LICENSEE, and LICENSEE wishes to acquire, an exclusive worldwide license, under the '
                             'HMS Patent Rights, to develop, to make, to use and to sell the Licensed Product (as hereinafter defined).')
    (lic,) = ext.licenses
    asset = ext.mentions[lic.asset]
    assert {asset.name, *asset.aliases} >= {"Licensed Product", "HMS Patent Rights"}


def test_a_license_agreement_whose_excerpt_grants_nothing_in_words_licenses_its_defined_rights(tmp_path):
    """The opening of a license agreement titled for no product, then its background: the licensed rights by their
    term, from the party that is not the "Licensee" (or the one academic party)."""
    ext = _extract(tmp_path, 'LICENCE OF TECHNOLOGY (HALDEN PROJECT Nos. [***]) THIS AGREEMENT is made on 4 March 2016 BETWEEN: '
                             '(1)HALDEN INNOVATION LIMITED (Company No. 2199542) whose registered office is at University Offices, '
                             'Wellington Square, Oxford OX1 2JD, England ("Halden"); and (2)CORVEX LIMITED (Company No. 9973585) '
                             'whose registered office is at Broad Street, Oxford (the "Licensee"). BACKGROUND: (A)The Licensed '
                             'Technology is connected with Halden Projects [***] \'Adenovirus long promoter\'.')
    assert {(lr.upper(), le.upper(), a) for lr, le, a in _licenses(ext)} == {("HALDEN INNOVATION LIMITED", "CORVEX LIMITED", "Licensed Technology")}
    assert not any(m.name == "University Offices" for m in ext.mentions.values())
    # ... and nothing from a title that names what it licenses in words
    named = _extract(tmp_path, 'EXCLUSIVE LICENSE AGREEMENT FOR LOWER LIMB BRACE TECHNOLOGY This license agreement is entered into '
                               'as of May 1, 2010, by and between The Regents of the University of Halden ("REGENTS"), and Corvex, Inc. '
                               '("LICENSEE"). 1.1 REGENTS has an assignment of the PATENT RIGHTS.')
    assert not _licenses(named)


def test_a_party_under_its_former_name_too_is_one_party_of_the_opening(tmp_path):
    ext = _extract(tmp_path, 'This License Agreement (the "Agreement") is effective as of this 30th day of November, 2016 between '
                             'Halden Forest University Health Sciences, having its principal offices at 12 Main Street ("HFUHS") and '
                             'Corvex Therapeutics IP Holdings, LLC (f/k/a Corvex Therapeutics, LLC), having its principal offices at '
                             '4 Elm Street ("Corvex"). WHEREAS, Corvex has exercised its option to obtain the license anticipated '
                             'therein; and WHEREAS, there is no ongoing research related to the Licensed Patents at HFUHS.')
    assert _licenses(ext) == {("Halden Forest University Health Sciences", "Corvex Therapeutics IP Holdings, LLC", "Licensed Patents")}
