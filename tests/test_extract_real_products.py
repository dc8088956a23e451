"""Products and platforms as real passages name them where the extractor missed them (the misses of
data/probes/holdout.json, written here with made-up names)."""

from __future__ import annotations

from builders.model import Kind

from .conftest import entity_labels as _labels
from .conftest import entity_names as _names
from .conftest import extract_text
from .conftest import license_names as _licenses

FILER_8K = "FORM 8-K\nVeltrane Therapeutics, Inc.\n(Exact name of registrant as specified in its charter)\n\n"


def _extract(tmp_path, text: str):
    return extract_text(tmp_path, FILER_8K + text)


# --------------------------------------------------------------------------- brands in a license, at a sentence's end

def test_a_brand_licensed_to_develop_and_commercialize_at_the_sentence_end_is_the_asset(tmp_path):
    ext = _extract(tmp_path, "In June 2011, we entered into a worldwide license agreement with Zentor, Inc. to obtain exclusive global "
                             "rights to develop and commercialize Velquaza. The exclusive rights include the right to grant sublicenses.")
    assert "Velquaza" in _labels(ext, Kind.PRODUCT)
    assert ("Zentor, Inc.", "Veltrane Therapeutics, Inc.", "Velquaza") in _licenses(ext)


def test_a_place_at_the_sentence_end_is_no_brand(tmp_path):
    ext = _extract(tmp_path, "Zentor, Inc. received the rights to develop and commercialize products in the territory and to sell Germany.")
    assert "Germany" not in _labels(ext, Kind.PRODUCT)


# --------------------------------------------------------------------------- lower-case names of no known stem

def test_a_lower_case_name_described_as_the_companys_compound_is_a_product(tmp_path):
    ext = _extract(tmp_path, "The ARLO study evaluated zentravine, the Company's first-in-class, oral Selective Blocker of Nuclear "
                             "Transport (SBNT) compound, in adult patients. The results were reported on velquamine, our anti-fibrotic therapy.")
    assert {"zentravine", "velquamine"} <= _labels(ext, Kind.PRODUCT)


def test_a_lower_case_name_given_for_the_treatment_of_a_disease_is_a_product(tmp_path):
    ext = _extract(tmp_path, "From 2009 to 2014, he led the clinical team toward the approval of dorvanopa for the treatment of "
                             "orthostatic hypotension. The FDA granted fast track designation for the development of trelnexor as "
                             "monotherapy for the treatment of myelofibrosis.")
    assert {"dorvanopa", "trelnexor"} <= _labels(ext, Kind.PRODUCT)


def test_words_of_the_language_given_for_the_treatment_of_a_disease_are_no_products(tmp_path):
    ext = _extract(tmp_path, "Our product candidates are developed for the treatment of cancer, and chemotherapy for the treatment "
                             "of lymphoma is indicated for the treatment of adults, as is radiotherapy for the management of pain.")
    assert _labels(ext, Kind.PRODUCT) == set()


def test_a_cell_therapy_name_with_a_letter_after_its_stem_is_a_product(tmp_path):
    ext = _extract(tmp_path, "The Company agreed with the FDA on the design of the Phase 3 trial of zentamyocel-T, the company's "
                             "expanded multicellular therapy, in patients with critical limb ischemia.")
    assert "zentamyocel-T" in _labels(ext, Kind.PRODUCT)


# --------------------------------------------------------------------------- codes that begin as a month is written

def test_a_code_whose_letters_are_a_months_is_a_product_and_the_licensed_asset(tmp_path):
    ext = _extract(tmp_path, "Under the License Agreement, the Company obtained from Orsolo Research Foundation an exclusive worldwide "
                             "license under certain patents, including patents claiming DEC017 and related compounds.")
    assert "DEC017" in _labels(ext, Kind.PRODUCT)
    assert ("Orsolo Research Foundation", "Veltrane Therapeutics, Inc.", "DEC017") in _licenses(ext)


def test_a_month_glued_to_its_day_or_year_is_no_code(tmp_path):
    ext = _extract(tmp_path, "The License Agreement with Orsolo Pharma AB for our product candidates was executed on May11, 2016 "
                             "and amended in Nov2018 and DEC 2019.")
    assert _labels(ext, Kind.PRODUCT) == set()


# --------------------------------------------------------------------------- a brand before its generic name and its form

def test_a_brand_before_its_generic_name_and_dosage_form_is_a_product(tmp_path):
    ext = _extract(tmp_path, "The Company entered into an agreement with Orsolo Pharma AB terminating Orsolo's licensing of rights "
                             "for VELDORA (zentorphine) buccal film.")
    assert "VELDORA" in _labels(ext, Kind.PRODUCT)


def test_a_name_before_words_in_brackets_and_no_dosage_form_is_no_brand(tmp_path):
    ext = _extract(tmp_path, "The Company entered into an agreement with Orsolo Pharma AB regarding its Research (pending) film studio.")
    assert "Research" not in _labels(ext, Kind.PRODUCT)


# --------------------------------------------------------------------------- an INN with its salt

def test_an_inn_followed_by_its_salt_is_named_both_ways(tmp_path):
    ext = _extract(tmp_path, "His research resulted in the identification of zentabulin tromethamine, a promising anti-cancer therapy "
                             "currently in advanced clinical trials.")
    assert "zentabulin tromethamine" in _names(ext, Kind.PRODUCT)
    assert "zentabulin" in _names(ext, Kind.PRODUCT)


# --------------------------------------------------------------------------- a word glued to a code

def test_a_word_glued_to_a_code_is_not_part_of_its_name(tmp_path):
    ext = _extract(tmp_path, "We have completed the New Drug Application (NDA) submission forZVT-101 to the FDA.")
    assert _labels(ext, Kind.PRODUCT) == {"ZVT-101"}


# --------------------------------------------------------------------------- one molecule by two partners' codes

def test_two_codes_joined_by_a_slash_name_one_product(tmp_path):
    ext = _extract(tmp_path, "In August 2014, we entered into a collaboration agreement with Orsolo AG for the joint development and "
                             "commercialization of ZTX209/QV414, a targeted immunotherapeutic protein.")
    assert "ZTX209/QV414" in _labels(ext, Kind.PRODUCT)


def test_two_codes_of_a_form_joined_by_a_slash_are_no_product(tmp_path):
    ext = _extract(tmp_path, "The clinical development plan was filed with the SEC as exhibits EX10/EX99 to our report.")
    assert _labels(ext, Kind.PRODUCT) == set()


# --------------------------------------------------------------------------- a product named in words with its abbreviation

def test_a_product_candidate_named_in_words_with_its_abbreviation_is_the_licensed_asset(tmp_path):
    ext = _extract(tmp_path, "On May 9, 2016, the Company entered into a Development, License and Commercialization Agreement "
                             "(the \u201cAgreement\u201d) with Orsolo plc\u2019s wholly owned subsidiary, Zentor Laboratories, Inc. "
                             "(\u201cLicensee\u201d), regarding the Company\u2019s Zentrine Pre-filled Pen (\u201cZPP\u201d) product "
                             "candidate for the emergency treatment of anaphylaxis. Under the terms of the Agreement, the Company granted "
                             "Licensee exclusive commercial rights to market and sell the ZPP product in the United States.")
    assert "Zentrine Pre-filled Pen" in _labels(ext, Kind.PRODUCT)
    assert "ZPP" in _names(ext, Kind.PRODUCT)
    assert "ZPP" not in _names(ext, Kind.ORG)


def test_a_lead_compound_named_in_words_with_its_abbreviation_is_a_product(tmp_path):
    ext = _extract(tmp_path, "He is the inventor of the family of molecules from which the Company\u2019s lead compound Velsodium "
                             "Crocetate, or VSC, was derived.")
    assert "Velsodium Crocetate" in _labels(ext, Kind.PRODUCT)
    assert "VSC" in _names(ext, Kind.PRODUCT)


def test_a_company_named_with_its_abbreviation_after_a_product_word_is_no_product(tmp_path):
    ext = _extract(tmp_path, "The product candidate Zentor Laboratories, Inc. (\u201cZLI\u201d) licensed is in development, and "
                             "our Business Development (\u201cBD\u201d) product team met.")
    assert _labels(ext, Kind.PRODUCT) == set()


# --------------------------------------------------------------------------- a platform named with the kind of molecule it makes

def test_a_coined_name_before_a_kind_of_molecule_in_capitals_and_platform_is_a_platform(tmp_path):
    ext = _extract(tmp_path, "The manuscripts describe the preclinical development of the Zolaflexin ADC platform and ZMT-1536, "
                             "the Company's first-in-class ADC developed using this platform.")
    assert "Zolaflexin" in _names(ext, Kind.PLATFORM)


def test_a_word_of_the_language_before_a_kind_of_molecule_and_platform_is_no_platform(tmp_path):
    ext = _extract(tmp_path, "The manuscripts describe the preclinical development of the Second ADC platform and ZMT-1536, "
                             "the Company's first-in-class ADC.")
    assert _labels(ext, Kind.PLATFORM) == set()


# --------------------------------------------------------------------------- a marked platform is no product

def test_a_mark_in_brackets_before_what_it_makes_and_technology_platform_is_no_product(tmp_path):
    ext = _extract(tmp_path, "We are a clinical stage biopharmaceutical company focused on the development of immuno-oncology products "
                             "based on our proprietary Tri-valent Killer Binder (TriKB®) fusion protein immune cell engager technology "
                             "platform. Our TriKB® platform generates proprietary therapeutics.")
    assert "TriKB" not in _names(ext, Kind.PRODUCT)
    assert "TriKB" in _names(ext, Kind.PLATFORM)


def test_a_marked_drug_said_to_be_made_with_a_platform_is_a_product(tmp_path):
    ext = _extract(tmp_path, "Zentrava® is a drug made using our proprietary technology platform for the treatment of patients.")
    assert "Zentrava" in _labels(ext, Kind.PRODUCT)


# --------------------------------------------------------------------------- a brand's release form

def test_a_marked_brand_with_its_release_form_is_a_product_of_its_own(tmp_path):
    ext = _extract(tmp_path, "Orsolo recently executed a license agreement to commercialize Zentadol® (velpidol) Immediate Release "
                             "and Zentadol® ER (velpidol).")
    assert {"Zentadol", "Zentadol ER"} <= _labels(ext, Kind.PRODUCT)


# --------------------------------------------------------------------------- a brand a study evaluates

def test_a_brand_a_study_evaluates_or_whose_development_is_spoken_of_is_a_product(tmp_path):
    ext = _extract(tmp_path, "The results of the Phase 2b ARLO study evaluating ZENTRIVO in patients with relapsed lymphoma were "
                             "published. He oversaw the post-marketing clinical development of Velnadur.")
    assert {"ZENTRIVO", "Velnadur"} <= _labels(ext, Kind.PRODUCT)


def test_a_partner_or_a_place_after_development_of_is_no_product(tmp_path):
    ext = _extract(tmp_path, "The antibody is in co-development with Orsolo Pharma AB, and the development of Europe for our "
                             "product candidates continued.")
    assert _labels(ext, Kind.PRODUCT) == set()


def test_a_code_whose_own_name_starts_in_two_lower_case_letters_keeps_them(tmp_path):
    ext = _extract(tmp_path, "We are developing crIL-12, a cytokine-regulated product candidate, in combination with our gene circuits.")
    assert "crIL-12" in _labels(ext, Kind.PRODUCT)


# --------------------------------------------------------------------------- a code of letters a company calls its own

def test_a_code_of_letters_before_its_antibody_or_its_phase_trial_is_a_product(tmp_path):
    ext = _extract(tmp_path, "Under the agreement, we have rights to use Orsolo's conjugation technology with our ZenMab-TF antibody "
                             "targeting the tissue factor antigen. The Company presented data from its QRV-VSP Phase I liver cancer trial.")
    assert {"ZenMab-TF", "QRV-VSP"} <= _labels(ext, Kind.PRODUCT)


def test_a_target_or_a_modality_before_an_antibody_is_no_product(tmp_path):
    ext = _extract(tmp_path, "The company presented its CAR-T program and our PD-L1 antibody data, and its Non-GAAP measures.")
    assert _labels(ext, Kind.PRODUCT) == set()


def test_an_anti_target_in_the_shape_of_a_code_is_no_product(tmp_path):
    ext = _extract(tmp_path, "The study evaluates the safety and efficacy of ZC-CAR011 (Anti-CD22 single-chain variable fragment "
                             "(scFv) (41BB-CD3z)) therapy in relapsed lymphoma.")
    assert "Anti-CD22" not in _names(ext, Kind.PRODUCT)
    assert "ZC-CAR011" in _labels(ext, Kind.PRODUCT)


# --------------------------------------------------------------------------- a compound number in two parts after a space

def test_a_number_in_two_parts_after_a_space_is_a_code_where_drugs_are_spoken_of(tmp_path):
    ext = _extract(tmp_path, "He oversaw the Phase I and Phase II studies for ZAY 43-9006 (zentafenib, a RAF kinase inhibitor).")
    assert "ZAY 43-9006" in _labels(ext, Kind.PRODUCT)


def test_a_standard_or_a_year_in_that_shape_is_no_code(tmp_path):
    ext = _extract(tmp_path, "The clinical trials followed ISO 13-4850, and FY 20-2021 results describe the studies.")
    assert _labels(ext, Kind.PRODUCT) == set()


# --------------------------------------------------------------------------- shapes of names (data/probes licenses-releases-2 r04, r09, r42)


def test_a_long_inn_capitalized_after_of_is_a_product_not_a_company(tmp_path):
    ext = _extract(tmp_path, "Veltrane entered into a licensing agreement with a subsidiary of Orvane Holdings Ltd. for the development "
                             "and commercialization of Zelvaprizumab, an innovative biologic product, for psoriasis.")
    assert "zelvaprizumab" in _names(ext, Kind.PRODUCT)


def test_a_short_company_name_ending_like_an_inn_after_of_is_still_no_product(tmp_path):
    ext = _extract(tmp_path, "Dana Lowe, Chief Executive Officer of Zenmab has granted the board a waiver.")
    assert not _names(ext, Kind.PRODUCT)


def test_a_code_with_a_letter_among_its_digits_is_a_product(tmp_path):
    ext = _extract(tmp_path, "Orvane was paying for exclusive rights to research, develop and commercialise Veltrane's experimental "
                             "cancer therapy QRV-41E28 in markets worldwide.")
    assert "QRV-41E28" in _names(ext, Kind.PRODUCT)


def test_a_heat_shock_protein_is_a_target_not_a_product(tmp_path):
    ext = _extract(tmp_path, "Veltrane granted Orvane Pharma Ltd. an exclusive, worldwide license to ZX-0932, a small molecule "
                             "inhibitor of Heat Shock Protein 90, or HSP90.")
    assert "HSP90" not in _names(ext, Kind.PRODUCT)


def test_a_long_name_a_company_cue_calls_a_company_is_no_product(tmp_path):
    ext = _extract(tmp_path, "The company Corvexizumab announced a financing. Shares rose after Corvexizumab received a grant.")
    assert not _names(ext, Kind.PRODUCT)


# --------------------------------------------------------------------------- names the FDA registers (tools/drug_names.py)
# The names below are in the FDA's list (builders/extract/drug_names.txt); the companies are made up.


def test_a_registered_code_and_brand_in_capitals_are_products(tmp_path):
    from builders.extract.entities.product_names import drug_names

    assert drug_names().get("CX1632") == "code" and drug_names().get("ZEJULA") == "brand"
    ext = _extract(tmp_path, "In June 2011, Veltrane's agreements with Orvane were amended with an option agreement for the "
                             "compound CX1632. Orvane markets ZEJULA in Japan under a license from Veltrane.")
    assert {"CX1632", "ZEJULA"} <= _names(ext, Kind.PRODUCT)


def test_a_capitalized_brand_needs_a_mark_of_a_product(tmp_path):
    ext = _extract(tmp_path, "Veltrane granted Orvane Pharma Ltd. the rights to Lidoderm in Canada. Our Sorrel facility "
                             "makes the drug.")
    names = _names(ext, Kind.PRODUCT)
    assert "Lidoderm" in names
    assert "Sorrel" not in names  # a brand name that is also a word is the word, unless marked


def test_registered_names_of_targets_enzymes_and_viruses_are_no_products(tmp_path):
    ext = _extract(tmp_path, "The drug candidate inhibits STAT3, PI3K-gamma and trypsin in patients with COVID-19 "
                             "caused by SARS-CoV-2.")
    assert not {"STAT3", "PI3K-gamma", "trypsin", "COVID-19", "SARS-CoV-2"} & _names(ext, Kind.PRODUCT)
