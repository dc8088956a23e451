"""Assets as real filings name them in deals, pipelines and platform descriptions (phrasings of
data/probes/entities-3.json, written here with made-up names)."""

from __future__ import annotations

from builders.model import Kind

from .conftest import entity_labels as _labels
from .conftest import entity_names as _names
from .conftest import extract_text
from .conftest import license_names as _licenses

FILER_8K = "FORM 8-K\nVeltrane Therapeutics, Inc.\n(Exact name of registrant as specified in its charter)\n\n"


def _extract(tmp_path, text: str):
    return extract_text(tmp_path, FILER_8K + text)


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


# --------------------------------------------------------------------------- codes glued to the word before

def test_a_code_glued_to_the_word_before_it_is_a_product(tmp_path):
    ext = _extract(tmp_path, "Pursuant to the agreements, we granted to Orsolo Pharma AB the rights to exclusively commercializeQT4-517 "
                             "for the treatment of psoriasis in Japan, and the compound also known asVLT2-208 in Korea.")
    assert {"QT4-517", "VLT2-208"} <= _labels(ext, Kind.PRODUCT)


def test_a_code_glued_to_a_name_or_outside_medicine_is_no_product(tmp_path):
    ext = _extract(tmp_path, "The filing of the FormAB-123 and the XmAb7195 results were reported by the treasurer.")
    assert "AB-123" not in _labels(ext, Kind.PRODUCT)


# --------------------------------------------------------------------------- what a license is to develop

def test_a_brand_a_license_is_for_the_commercialization_of(tmp_path):
    ext = _extract(tmp_path, 'Prior to the merger, Veltrane Therapeutics, Inc. and Hokuto Pharma Co., Ltd. entered into an exclusive license '
                             'agreement (the "Hokuto License Agreement") for the commercialization of Qorvaxa in the United States.')
    assert "Qorvaxa" in _labels(ext, Kind.PRODUCT)


def test_a_brand_and_a_one_letter_code_a_license_is_to_develop(tmp_path):
    ext = _extract(tmp_path, "In June 2021, the Company entered into a license agreement to obtain global rights for the development and "
                             "commercialization of Zelmira for the treatment of rosacea with Orsolo Pharma AB. In February 2021, we entered "
                             "into a global exclusive license agreement and strategic collaboration with Hokuto Pharma Co., Ltd. to co-develop "
                             "and commercialize V618, a kinase inhibitor, for the treatment of non-CNS diseases.")
    assert {"Zelmira", "V618"} <= _labels(ext, Kind.PRODUCT)
    assert ("Orsolo Pharma AB", "Veltrane Therapeutics, Inc.", "Zelmira") in _licenses(ext)


def test_places_words_and_companies_where_a_brand_would_stand_are_no_product(tmp_path):
    ext = _extract(tmp_path, "Hokuto Pharma Co., Ltd. received rights to develop and commercialize Products in Japan, rights for the "
                             "commercialization of Licensed Products in Korea, a license to market Hokuto in Europe, rights to develop "
                             "Germany for, and rights to sell Q2019 in Korea.")
    assert _labels(ext, Kind.PRODUCT) == set()


# --------------------------------------------------------------------------- an agreement's definitions

AGREEMENT = ('COLLABORATION AGREEMENT This Collaboration Agreement (this "Agreement") is entered into as of August 18, 2014 by and '
             'between Veltrane Therapeutics, Inc., a Delaware corporation ("Veltrane"), and Orsolo Pharma AB, a Swedish company '
             '("Orsolo"). ')


def test_the_active_ingredient_an_agreement_defines_is_a_product(tmp_path):
    ext = _extract(tmp_path, AGREEMENT + '1.1 "Active Ingredient" shall mean the synthetic Zeaxorin and/or esters thereof that will be '
                                         'formulated in the Product as the active ingredient of the Product.')
    assert "Zeaxorin" in _labels(ext, Kind.PRODUCT)


def test_an_ingredient_defined_by_words_is_no_product(tmp_path):
    ext = _extract(tmp_path, AGREEMENT + '1.1 "Active Ingredient" shall mean the synthetic Compound or Material supplied by Veltrane, and '
                                         '"Licensed Product" means the product containing Material in Japan.')
    assert _labels(ext, Kind.PRODUCT) == set()


# --------------------------------------------------------------------------- platforms named after what they do

def test_a_technology_named_after_what_it_does_and_a_named_technique(tmp_path):
    ext = _extract(tmp_path, "Veltrane unveiled a new antibody-based technology for discovering the proteins which are involved in disease "
                             "processes, called ProTrap, which has provided new drug targets. The company also gave details of a new "
                             "technique, NearMol, which identifies molecules that are in close proximity to each other.")
    assert {"ProTrap", "NearMol"} <= _names(ext, Kind.PLATFORM)


def test_a_technique_or_technology_of_no_medicine_or_no_name_is_no_platform(tmp_path):
    ext = _extract(tmp_path, "The auditors used a new technique, Sampling, which checks invoices. Veltrane licensed a technology for "
                             "treating cancer patients, called the Company's technology in this report.")
    assert _labels(ext, Kind.PLATFORM) == set()


def test_a_coined_system_after_its_owner_and_a_patented_formulation_system(tmp_path):
    ext = _extract(tmp_path, "Under the deal, Veltrane will generate fully-human monoclonal antibodies using its proprietary VeloMAb Human "
                             "Antibody Development System. Orsolo Pharma AB is the exclusive supplier of Zorbitol®, a patented drug "
                             "formulation system designed to enhance the solubility and stability of drugs.")
    platforms = _names(ext, Kind.PLATFORM)
    assert {"VeloMAb", "VeloMAb Human Antibody Development System", "Zorbitol"} <= platforms
    assert "Zorbitol" not in _labels(ext, Kind.PRODUCT)


def test_a_device_system_and_a_titled_system_without_a_coined_name_are_no_platform(tmp_path):
    ext = _extract(tmp_path, "Veltrane sells Glucora®, a patented insulin pump system for patients with diabetes, and uses its proprietary "
                             "Quality Management System to release drugs.")
    assert _labels(ext, Kind.PLATFORM) == set()


def test_a_glued_code_also_known_as_is_another_name_of_the_product_before(tmp_path):
    ext = _extract(tmp_path, "Orsolo Pharma AB obtains the exclusive right to commercialize in Japan those products that contain our "
                             "proprietary kinase inhibitor,QT-01, also known asQT4-517.")
    assert any(m.name == "QT-01" and "QT4-517" in m.aliases for m in ext.mentions.values())


# --------------------------------------------------------------------------- a name that starts in lower case; a library

def test_a_name_starting_with_a_lower_case_letter_and_an_owned_antibody_library(tmp_path):
    ext = _extract(tmp_path, "Protana got a nonexclusive license to Veltrane's q-SCAN proteomics technology for biomarker discovery. "
                             "The collaboration will use Orsolo's proprietary x-BaNK antibody library for target and antibody discovery.")
    assert {"q-SCAN", "x-BaNK"} <= _names(ext, Kind.PLATFORM)


def test_a_library_not_of_antibodies_or_without_an_owner_is_no_platform(tmp_path):
    ext = _extract(tmp_path, "The collaboration will use Orsolo's ChemPlex compound library and the public DrugBank antibody library to "
                             "discover antibodies for patients.")
    assert _labels(ext, Kind.PLATFORM) == set()


def test_a_coined_word_starting_a_sentence_as_the_subject_of_what_the_technology_does(tmp_path):
    ext = _extract(tmp_path, "Veltrane develops polymer-based delivery technologies. Zelvix nanoparticulate technology is designed to "
                             "deliver therapeutic proteins.")
    assert "Zelvix" in _names(ext, Kind.PLATFORM)


def test_a_coined_word_starting_a_sentence_before_a_technology_it_does_not_do_is_no_name(tmp_path):
    ext = _extract(tmp_path, "Veltrane develops therapeutic proteins. Zelvix technology for delivering proteins was licensed to patients.")
    assert "Zelvix" not in _names(ext, Kind.PLATFORM)


def test_a_word_glued_after_a_code_is_no_part_of_it(tmp_path):
    ext = _extract(tmp_path, "On June 13, 2018, the Company entered into a license agreement with Orsolo Pharma AB to gain an exclusive "
                             "license to QT-806in China, and the product candidate DS-3032b in Japan.")
    products = _labels(ext, Kind.PRODUCT)
    assert "QT-806" in products and "QT-806in" not in products and "DS-3032b" in products


def test_a_code_of_one_letter_a_dash_and_a_code_is_a_product(tmp_path):
    ext = _extract(tmp_path, "The FDA cleared the IND for its CAR T-cell therapy targeting CD19 and CD20 (Q-VRX039). Q-VRX039 is a novel "
                             "autologous CAR-T therapy for patients with lymphoma; F-35 and A-10 aircraft are not medicines.")
    products = _labels(ext, Kind.PRODUCT)
    assert "Q-VRX039" in products and "F-35" not in products and "A-10" not in products


def test_a_code_an_option_is_to_license(tmp_path):
    ext = _extract(tmp_path, "The agreement included the in-license by our Company of Orsolo's oncology product, zentrafil, and an option "
                             "for Orsolo Pharma AB to license QDH-1. The rights to license Products in Japan were retained.")
    products = _labels(ext, Kind.PRODUCT)
    assert "QDH-1" in products and "Products" not in products


# --------------------------------------------------------------------------- coined names listed after their owner

def test_coined_names_listed_after_their_owner_before_a_described_technology(tmp_path):
    ext = _extract(tmp_path, "The Company granted to Orsolo Pharma AB a worldwide exclusive license under the Company's knotWeave, "
                             "Zip-LOCKER, biodegradable DNA and RNA nanoparticle delivery technology and other proprietary genetic "
                             "engineering platforms to develop gene therapy products.")
    assert {"knotWeave", "Zip-LOCKER"} <= _labels(ext, Kind.PLATFORM)


def test_names_listed_after_an_owner_before_no_technology_or_plain_words_are_no_platform(tmp_path):
    ext = _extract(tmp_path, "The Company's CEO, Chief Technology Officer and other officers attended. Our Keytruda, Opdivo, and other "
                             "cancer therapies grew, and our Oncology, Immunology, and other research platforms expanded.")
    assert _labels(ext, Kind.PLATFORM) == set()


# --------------------------------------------------------------------------- a technology spelled out in lower case

def test_a_technology_spelled_out_in_lower_case_and_named_by_its_acronym(tmp_path):
    ext = _extract(tmp_path, "Orsolo Pharma AB obtained a license to use Veltrane's tumor-targeted prodrug (TTP) technology with its "
                             "antibody, and an option to use Veltrane's magnesium silicate nanotechnology (MaS) in allergy products.")
    platforms = _names(ext, Kind.PLATFORM)
    assert {"TTP", "tumor-targeted prodrug", "MaS"} <= platforms


def test_a_kind_of_technology_or_an_acronym_of_other_words_is_no_platform(tmp_path):
    ext = _extract(tmp_path, "Veltrane licensed its lipid nanoparticle (LNP) technology, its antibody drug conjugate (ADC) platform and "
                             "its cell therapy manufacturing (FDA) technology for patients.")
    assert _labels(ext, Kind.PLATFORM) == set()
