"""Product candidates in the phrasings filings commonly use, and names that are no product (made-up names)."""

from __future__ import annotations

from builders.extract.names import is_inn
from builders.model import Kind

from .conftest import extract_text

FILER_8K = "FORM 8-K\nQorvant Therapeutics, Inc.\n(Exact name of registrant as specified in its charter)\n\n"


def _products(tmp_path, text: str) -> dict[str, set[str]]:
    ext = extract_text(tmp_path, FILER_8K + text)
    return {m.name: set(m.aliases) for m in ext.mentions.values() if m.kind is Kind.PRODUCT}


def _names(products: dict[str, set[str]]) -> set[str]:
    return {n for name, aliases in products.items() for n in (name, *aliases)}


def test_an_inn_with_its_greek_letter_or_a_pegylated_enzyme_is_one_name(tmp_path):
    found = _products(tmp_path, "efzentermin alfa is a long-acting FGF21 analog. We are developing pegzentase, a pegylated enzyme, "
                                "for homocystinuria. zenbepoetin alfa-2b is an erythropoiesis-stimulating agent.")
    assert {"efzentermin alfa", "pegzentase", "zenbepoetin alfa-2b"} <= set(found)
    assert "efzentermin" not in found


def test_enzymes_and_proteins_of_biology_with_a_greek_letter_are_no_products(tmp_path):
    found = _products(tmp_path, "Interferon beta and amyloid beta levels were measured in patients in the study. "
                                "The enzyme lipase and the protease were measured as biomarkers in the clinical trial.")
    assert not found


def test_codes_with_a_modality_a_two_part_number_or_two_molecules(tmp_path):
    found = _products(tmp_path, "Qorvant's lead cell therapy candidate, ZT-CAR19, is an autologous CAR-T therapy. "
                                "NNC0385-0434 is an investigational oral PCSK9 inhibitor the Company in-licensed. "
                                "Our program ZTX-101/102 consists of two antibodies in clinical development.")
    assert {"ZT-CAR19", "NNC0385-0434", "ZTX-101/102"} <= set(found)


def test_a_code_of_letters_or_one_digit_the_text_says_is_a_drug(tmp_path):
    found = _products(tmp_path, "Qorvant is developing QRV-FH, a gene therapy for familial hypercholesterolemia. "
                                "QX-7 is an oral small molecule that inhibits TYK2. QRV-X1, our bispecific antibody, engages CD3.")
    assert {"QRV-FH", "QX-7", "QRV-X1"} <= set(found)


def test_modalities_cytokines_and_target_pairs_are_no_codes(tmp_path):
    found = _products(tmp_path, "CAR-T, a cell therapy, has transformed the treatment of B-cell lymphoma. IL-2, a cytokine, "
                                "stimulates T cell proliferation. PSMA-CD3 bispecific antibodies have shown activity in patients.")
    assert not found


def test_a_generic_name_a_medicine_is_a_formulation_or_prodrug_of(tmp_path):
    found = _products(tmp_path, "We are developing a proprietary formulation of metaxolene for acute pain. "
                                "The Company is developing an extended-release formulation of baclofen for spasticity. "
                                "We are developing a prodrug of zentrilone for the treatment of schizophrenia.")
    assert {"metaxolene", "baclofen", "zentrilone"} <= set(found)
    assert not _products(tmp_path, "The drug is a formulation of existing compounds with improved stability.")


def test_a_brand_named_as_what_is_sold_or_approved(tmp_path):
    found = _products(tmp_path, "Qorvant's partner will commercialize the product, which will be marketed as Valorza in the "
                                "United States. Our first commercial product, sold as Amplivex, is a topical cream. The FDA approved "
                                "VELQUIRA for the treatment of adults with chronic migraine. Qorvant markets Pruvela, an ophthalmic "
                                "solution for dry eye disease.")
    assert {"Valorza", "Amplivex", "VELQUIRA", "Pruvela"} <= set(found)


def test_what_is_sold_as_or_approved_that_is_no_brand(tmp_path):
    found = _products(tmp_path, "Our common stock is sold as Units consisting of one share and one warrant. The Board approved "
                                "Qorvant for listing on the Nasdaq Capital Market. The product will be marketed in Europe by our partner.")
    assert not found


def test_a_marked_name_a_drug_maker_sells_is_a_brand_but_not_any_industrys_marked_goods(tmp_path):
    found = _products(tmp_path, "Net product revenue from Zetriva(TM) was $45.2 million for the quarter. "
                                "Prescriptions of Trelzia\u2122 grew 30% in the United States.")
    assert {"Zetriva", "Trelzia"} <= set(found)
    assert not _products(tmp_path, "We sell ZenScan\u00ae software to hospitals; revenue from ZenScan\u00ae software grew 12%.")
    assert not _products(tmp_path, "Sales grew 15 percent, reflecting continued growth of the Valvora\u00ae product along with "
                                   "recently launched products, including Cardiax\u00ae and Navelle\u00ae.")


def test_a_drug_and_the_brand_it_is_sold_under_are_one_product(tmp_path):
    found = _products(tmp_path, "The Company sells zenprofen under the brand name Dolverex in Europe.")
    assert "zenprofen" in found and "Dolverex" in found["zenprofen"]


def test_a_code_of_letters_a_company_calls_its_program(tmp_path):
    found = _products(tmp_path, "Our QRV-FH program was focused on an ASO for hypercholesterolemia. "
                                "We chose to advance our QRV-SYNGAP program in the clinic.")
    assert {"QRV-FH", "QRV-SYNGAP"} <= set(found)
    assert not _products(tmp_path, "We are advancing our TYK-2 program, the Company's GLP-1 program and our CAR-NK program.")


def test_numbered_gene_families_nk_receptors_and_run_together_mutations_are_targets(tmp_path):
    found = _products(tmp_path, "In the clinical trial, the antibodies bind TNFRSF17 and NKp46; patients had KRASG12C tumors.")
    assert not found


def test_a_brand_said_to_be_the_approved_or_lead_product_or_sold_under_two_names(tmp_path):
    found = _products(tmp_path, "VALTRESSA is the first approved therapy for adults with uveal melanoma. ZENTRALIX is our lead "
                                "product. The product, which is sold as Zenlora in Europe and as Zentova in Japan, is a tablet.")
    assert {"VALTRESSA", "ZENTRALIX", "Zenlora", "Zentova"} <= set(found)
    assert not _products(tmp_path, "This is the first approved therapy for the disease. Europe is our lead market.")


def test_a_coined_name_where_a_drug_stands(tmp_path):
    found = _products(tmp_path, "Our product candidate, Zentrelo, is a topical gel for rosacea. The Company received a Complete "
                                "Response Letter for its NDA for Velzora. Sales of our products, including Olmivex and Dazurel, "
                                "increased in the fourth quarter.")
    assert {"Zentrelo", "Velzora", "Olmivex", "Dazurel"} <= set(found)
    assert not _products(tmp_path, "Sales of our products, including Europe and Japan, rose. Our product candidate, However, is new.")


def test_a_lower_case_name_a_trial_is_of_or_a_program_is_named_by(tmp_path):
    found = _products(tmp_path, "Halcyra announced that the pivotal Phase 3 trial to evaluate the efficacy and safety of rivelansel "
                                "did not meet its endpoints. Next steps with respect to the zentapsel program will follow. "
                                "All development activities with rosiptan were halted.")
    assert {"rivelansel", "zentapsel", "rosiptan"} <= set(found)
    assert not _products(tmp_path, "A study of glioblastoma patients, a trial of immunotherapy, a study of hepatotoxicity and "
                                   "the phosphorylation program were described.")


def test_a_lower_case_name_said_to_be_a_drug_and_cell_therapies_of_the_stem_cel(tmp_path):
    found = _products(tmp_path, "The Company licensed its rights to orvanacogene, a gene therapy for hemophilia A, to Halcyra. "
                                "The Company plans to file a BLA for zentacel, its allogeneic cell therapy, in 2026. "
                                "The Company's investigational therapy, QRV-7, is a small molecule activator of PKR.")
    assert {"orvanacogene", "zentacel", "QRV-7"} <= set(found)
    assert not _products(tmp_path, "Patients receiving placebo, a sugar pill, and those with lymphoma, a blood cancer, did well.")


def test_a_formulation_named_after_its_ingredient_is_the_product_not_the_ingredient(tmp_path):
    found = _products(tmp_path, "Velmora has developed a proprietary formulation of velpidol known as Quilvex for pain. "
                                "The ZX-101 formulation of zentrilone was developed at the University of Westbrook.")
    assert "velpidol" not in found and "zentrilone" not in found


def test_a_name_said_to_be_of_a_class_of_medicines(tmp_path):
    found = _products(tmp_path, "The Company acquired rights to dantrelone, a muscle relaxant, for heat stroke. "
                                "QRV-9, a non-opioid analgesic, entered the clinic.")
    assert {"dantrelone", "QRV-9"} <= set(found)
    assert set(_products(tmp_path, "Patients received placebo, a sugar pill, or morphine, an opioid, in the study.")) <= {"morphine"}


def test_a_code_and_its_generic_name_are_one_product(tmp_path):
    """'X, generically known as Y' (and the typo 'generically know as' that filings have) names one molecule twice."""
    for text in ("The agreement covers QRV-13PE, generically known as zentredekin besudotox, for Japan.",
                 "The agreement covers QRV-13PE, generically know as zentredekin besudotox, for Japan.",
                 "The agreement covers QRV-13PE (generically known as zentredekin besudotox) for Japan."):
        found = _products(tmp_path, text)
        assert any({"QRV-13PE", "zentredekin besudotox"} <= {name, *aliases} for name, aliases in found.items()), text


def test_the_lead_product_named_after_it(tmp_path):
    found = _products(tmp_path, "Qorvant has been offered a grant toward the development of its lead anti-cancer product ZelCAMP, "
                                "now in Phase II. Halsan is developing its lead product candidate Torvexa. Our lead product "
                                "candidate Phase 3 trial began.")
    assert {"ZelCAMP", "Torvexa"} <= set(found)
    assert "Phase" not in found


def test_products_named_by_their_platform_and_the_molecule_they_carry(tmp_path):
    ext = extract_text(tmp_path, "FORM 8-K\nQorvant Therapeutics, Inc.\n(Exact name of registrant as specified in its charter)\n\n"
                                 "Qorvant utilizes its Zelvex technologies to address unmet medical needs. Qorvant submitted a BLA for "
                                 "Zelvex hGH (lonapegsomatropin), a once-weekly prodrug. We will continue the development of our "
                                 "other product candidates, Zelvex PTH and Zelvex CNP. The Zelvex ADC platform is also in use.")
    products = {m.name: m.aliases for m in ext.mentions.values() if m.kind is Kind.PRODUCT}
    names = {n for name, aliases in products.items() for n in (name, *aliases)}
    assert {"Zelvex hGH", "lonapegsomatropin", "Zelvex PTH", "Zelvex CNP"} <= names
    assert "Zelvex ADC" not in names
    assert any({"Zelvex hGH", "lonapegsomatropin"} <= {name, *aliases} for name, aliases in products.items())


def test_growth_hormone_ecteinascidin_and_nnrti_stems_name_products_but_not_the_hormone_class():
    assert all(is_inn(w) for w in ("somatropin", "follitropin", "lurbinectedin", "doravirine"))
    assert not is_inn("gonadotropin")


def test_a_code_an_option_or_a_license_title_is_for_and_a_code_called_a_therapeutic(tmp_path):
    found = _products(tmp_path, "Halvane paid $2 million when it exercised the option on QV4410 last year. "
                                "QRV-88 EXCLUSIVE LICENSE AGREEMENT. This Agreement is effective as of May 1, 2015. "
                                "We presented QRV-KLB, our first-in-class oral peptide therapeutic for celiac disease, at the meeting.")
    assert {"QV4410", "QRV-88", "QRV-KLB"} <= set(found)


def test_a_code_no_agreement_is_for_and_a_therapeutic_approach_are_no_products(tmp_path):
    found = _products(tmp_path, "In 2019 the Board adopted the plan under ASC718 with an effective date in May. "
                                "QRV-KLB, a novel therapeutic approach we call stacking, was described at the meeting. "
                                "The parties signed an agreement for CPT-99213 billing codes. Halvane holds an option for "
                                "QV2244 shares. The LA-2019 Option Agreement ends in June.")
    assert not {"QRV-KLB", "ASC718", "CPT-99213", "QV2244", "LA-2019"} & set(found)


def test_a_word_before_a_salt_only_drugs_are_made_as_is_a_drug_with_its_brand_in_brackets(tmp_path):
    found = _products(tmp_path, "Our lead drug is velfenoramine hydrochloride (Quorex®), an oral tablet. Patients in the trial "
                                "also took dexzoltane mesylate.")
    assert {"velfenoramine hydrochloride", "Quorex", "dexzoltane mesylate"} <= _names(found)
    assert any({"velfenoramine hydrochloride", "Quorex"} <= {name, *aliases} for name, aliases in found.items())
    assert not _products(tmp_path, "The drug buffer holds guanidine hydrochloride (Sigma), thiamine hydrochloride and sodium citrate.")


def test_a_brand_an_application_for_approval_is_of(tmp_path):
    found = _products(tmp_path, "The agency accepted the Velnexa BLA in March, and a decision on the Dorvanta NDA is due in May. "
                                "The Company paid the BLA fee and its Original NDA filing was accepted.")
    assert {"Velnexa", "Dorvanta"} <= set(found)
    assert not {"Company", "Original"} & set(found)


def test_a_name_after_the_dosage_form_or_the_candidacy_it_is(tmp_path):
    found = _products(tmp_path, "Morvane acquired worldwide rights to the autoimmune disease drug Quellimune from its founders. "
                                "It will sell its novel nasal spray, Zentaris in Korea, and develop the first-in-class candidate "
                                "DRX4 with a partner.")
    assert {"Quellimune", "Zentaris", "DRX4"} <= set(found)
    found = _products(tmp_path, "The Board candidate Marianne was elected, and the drug Company shares rose.")
    assert not {"Marianne", "Company"} & set(found)


def test_a_short_code_after_the_drug_candidacy_it_is(tmp_path):
    found = _products(tmp_path, "We granted a license related to our clinical stage drug candidate, QX1, an antioxidant molecule. "
                                "Tarvel Bio will use its new drug K606 for the treatment of two indications.")
    assert {"QX1", "K606"} <= set(found)


def test_a_code_with_a_one_letter_middle_part(tmp_path):
    found = _products(tmp_path, "Tarvel Bio signed a co-development deal for TvB-K-4410 (velmitinib hydrochloride), an agent in "
                                "late-stage development. TvB-K-4410 is in pivotal development in Japan.")
    assert "TvB-K-4410" in _names(found)


def test_a_name_before_a_bracket_that_says_what_medicine_it_is(tmp_path):
    found = _products(tmp_path, "Morvane licensed Zelvoderm (transdermal nicotine product) to Tarvel Bio. The parties will develop "
                                "QV7 (licensed antibody) and ConVyx (recombinant human relaxin-H2) for scleroderma.")
    assert {"Zelvoderm", "QV7", "ConVyx"} <= set(found)


def test_a_bracket_that_describes_a_company_a_target_or_a_word_names_no_product(tmp_path):
    found = _products(tmp_path, "Lindqvist Pharma (oral drug maker) and Research (an oral presentation) were cited. "
                                "Antibodies to CD20 (monoclonal antibody) bind B cells. Rights: worldwide, excluding Korea "
                                "(licensed from Tarvel Bio); Japan (oral drug) is sublicensed.")
    assert not {"Pharma", "Research", "CD20", "Korea", "Japan"} & set(found)


def test_a_brand_after_its_owners_possessive_with_its_official_name_in_brackets(tmp_path):
    found = _products(tmp_path, "Morvane acquired the rights to market Halvex Marion's Ditrazan (oxybutynin chloride) in the U.S.")
    assert "Ditrazan" in set(found)


def test_a_code_of_letters_and_one_digit_said_to_be_a_drug_or_tried_on_patients(tmp_path):
    found = _products(tmp_path, "QXR4, an oral small molecule inhibitor of TYK2, entered Phase 1. ZLTRV3 is currently being "
                                "evaluated in several studies across solid tumors, and a Phase 3 study is evaluating ZLTRV3 for "
                                "the treatment of patients with head and neck cancer.")
    assert {"QXR4", "ZLTRV3"} <= set(found)


def test_genes_and_targets_of_letters_and_one_digit_are_no_drugs(tmp_path):
    found = _products(tmp_path, "BRCA1 is a tumor suppressor gene. NOTCH1, a receptor, is mutated in leukemia. HER2 is being "
                                "studied in several trials, and a trial is evaluating CDK4 in patients.")
    assert not {"BRCA1", "NOTCH1", "HER2", "CDK4"} & set(found)


def test_another_name_after_a_bracket_is_the_same_product(tmp_path):
    found = _products(tmp_path, "Tarvel Bio filed an application in Japan for QRX8825 (zelvaprant acetate), also known as QX13512, "
                                "as a potential treatment for restless legs syndrome.")
    assert any({"QRX8825", "QX13512"} <= {name, *aliases} for name, aliases in found.items())


def test_products_listed_in_brackets_after_the_word(tmp_path):
    found = _products(tmp_path, "Tarvel Bio earns royalties on its two COPD products (Zelvira Breezer and Qorvix Breezer) marketed "
                                "by its partner Halvane.")
    assert {"Zelvira Breezer", "Qorvix Breezer"} <= set(found)
    found = _products(tmp_path, "The Company sells products (Drugs and Devices) and licensed products (the Licensed Products). "
                                "Its commercial products (North America, Europe and Asia) and sold products (Kestrel, Orsolo and "
                                "Halvex) grew.")
    assert not found


def test_a_code_of_letters_an_agreement_names_as_its_defined_program(tmp_path):
    found = _products(tmp_path, "Tarvel Bio elected to terminate the collaboration solely with regards to the QRV-AADC Program, "
                                "effective August 2, 2021.")
    assert "QRV-AADC" in set(found)
    assert not _products(tmp_path, "The SARS-COV Program and the IND-CMC Program were funded by the agency.")


def test_a_bracket_that_describes_a_company_a_trial_a_person_or_a_commodity_names_no_product(tmp_path):
    found = _products(tmp_path, "Tarvel Bio entered into an agreement with Quillon (a private company developing oral peptide drugs) "
                                "in 2021. Results from the Zenith (inhaled insulin) trial were presented. Dr. Harrowgate (intravenous "
                                "drug delivery expert) joined. Tarvel owns 60% of the Kestrava (platinum group metals) project. "
                                "APOE4 (a lipid transport protein) is a risk factor, and loss of SMN1 (survival motor neuron protein) "
                                "causes SMA. Insulin (a peptide hormone) is secreted by beta cells. KeyGene (monoclonal antibody "
                                "platform) signed a deal. Revenue of the Company's Healthcare (oxygen therapy) segment grew.")
    assert not {"Quillon", "Zenith", "Harrowgate", "Kestrava", "APOE4", "SMN1", "Insulin", "KeyGene", "Healthcare"} & set(found)


def test_a_gene_said_to_be_a_target_or_a_biomarker_is_no_drug(tmp_path):
    found = _products(tmp_path, "PCSK9, a protein targeted by approved antibodies, regulates LDL cholesterol. NLRP3, a target for "
                                "small molecule inhibitors, drives inflammation. ARID1A is currently being studied in several "
                                "trials as a predictive biomarker. Our companion diagnostic is used for testing ERBB2 in patients "
                                "with gastric cancer.")
    assert not {"PCSK9", "NLRP3", "ARID1A", "ERBB2"} & set(found)


def test_a_brand_of_two_hyphened_parts_or_a_bracket_that_says_the_ingredient(tmp_path):
    """'K-CAB (ingredient: tegoprazan)': a brand in two parts, and a bracket that names what its name is."""
    found = _products(tmp_path, "Halvex transferred the technology of Q-ZAL (ingredient: zelvoprazan), a reflux drug, to Morvane. "
                                "Halvex also sells PEG-ZELTRON (generic name: pegzelfermin) in Korea.")
    assert {"Q-ZAL", "PEG-ZELTRON"} <= _names(found)
    assert not any(":" in n for n in _names(found))
    zal = next(aliases | {name} for name, aliases in found.items() if "Q-ZAL" in aliases | {name})
    assert "zelvoprazan" in zal


def test_a_hyphened_word_before_a_bracket_of_no_drug_is_no_brand(tmp_path):
    found = _products(tmp_path, "The CO-OP (cooperative) met in May. NOVA-BIO (biological) samples and DE-NOVO (zealous) "
                                "designs were shown.")
    assert not {"CO-OP", "NOVA-BIO", "DE-NOVO"} & _names(found)


def test_a_company_before_its_partners_code_in_brackets_is_no_name_of_the_drug(tmp_path):
    """'Millennium (MLN2704), and Genentech (Trastuzumab-DM1)': the developer and its drug, not two names of one drug; a
    drug's other name said in words ("which is now known as") is one."""
    found = _products(tmp_path, "Several companies are developing products that use the technology: Zelvanium (ZLV2704), and "
                                "Orvatech (Trastuzumab-DM1). A product known as Aplorone, which is now known as QRV-006, is "
                                "in Phase 2.")
    assert not {"Zelvanium", "Orvatech"} & _names(found)
    assert {"Aplorone", "QRV-006"} <= next(aliases | {name} for name, aliases in found.items() if "QRV-006" in aliases | {name})


def test_a_code_of_three_digits_after_a_space_said_to_be_a_molecule(tmp_path):
    found = _products(tmp_path, "Halvex granted Morvane a development and marketing license on ZLV 401, a selective, small "
                                "molecule P2X7 antagonist, for human indications in China. The Company adopted ASC 606, a new "
                                "standard for revenue, and received Form FDA 483, a list of observations.")
    assert "ZLV 401" in _names(found)
    assert not {"ASC 606", "FDA 483"} & _names(found)


def test_a_name_in_apposition_with_a_medicine_for_something_is_a_product(tmp_path):
    found = _products(tmp_path, "Halvex regained worldwide rights to Zentrex, a therapy for patients with short bowel syndrome, "
                                "from Morvane. Orvane licensed Vitalo, another drug for leucoderma, to Qelvin.")
    assert {"Zentrex", "Vitalo"} <= _names(found)


def test_a_person_a_place_or_a_company_before_what_it_does_for_medicine_is_no_product(tmp_path):
    found = _products(tmp_path, "We thank Dr. Halden, a drug developer for twenty years. Seattle, a city for biotech, grew. "
                                "Zelvex Pharma, the drug maker for Asia, signed. Brennan, a treatment advocate for patients, spoke. "
                                "Qorvant licensed PLW-12 from Kelvaro, a pioneer of gene therapy for hemophilia, and from Dunmore, "
                                "a leader in cell therapy for cancer.")
    assert not {"Halden", "Seattle", "Zelvex", "Pharma", "Brennan", "Kelvaro", "Dunmore"} & _names(found)


def test_a_company_or_a_kind_of_drug_hyphened_before_an_inn_is_no_brand(tmp_path):
    found = _products(tmp_path, "Competing EGFR antibodies are marketed by Halvex-Serono (cetuximab) and by Qorva-Pharm "
                                "(zelvitumab). QX-12 is a biosimilar of an Anti-TNF (adalimumab) antibody. Others are sold by "
                                "HALVEX-BIO (zelcetumab) and MORVANE-SERONO (panzetumab).")
    assert not {"Halvex-Serono", "Qorva-Pharm", "Anti-TNF", "HALVEX-BIO", "MORVANE-SERONO"} & _names(found)


def test_a_trial_named_by_a_code_of_three_digits_is_no_product(tmp_path):
    found = _products(tmp_path, "Qorvant announced topline results from AURA 301, a Phase 3 trial of our oral small molecule QX-12 "
                                "in psoriasis.")
    assert "AURA 301" not in _names(found) and "QX-12" in _names(found)


def test_molecules_a_license_names_by_what_they_bind_are_its_asset(tmp_path):
    found = _products(tmp_path, "Zelvane agreed to license its anti-glycan antibody to Morvane. Qelvin has obtained an exclusive "
                                "license to alpha-synuclein targeted antibodies developed by Halvex, within Greater China.")
    assert {"anti-glycan antibody", "alpha-synuclein targeted antibodies"} <= _names(found)


def test_a_class_of_drugs_named_by_a_targets_initials_is_no_licensed_product(tmp_path):
    found = _products(tmp_path, "We granted Halvex a license to PD-1 antibodies. The deal gives rights to develop GLP-1 agonists "
                                "in China. Qelvin licensed its anti-PD-1 antibodies to Morvane. Orvane has rights to certain "
                                "targeted antibodies developed by Halvex, and to factor D inhibitors for the treatment of PNH.")
    assert not {"PD-1 antibodies", "GLP-1 agonists", "anti-PD-1 antibodies", "targeted antibodies", "factor D inhibitors"} & _names(found)


def test_a_securitys_identifiers_beside_the_issuer_are_no_codes_of_drugs(tmp_path):
    products = _products(tmp_path, "Hamburg, Germany: Velmora AG (Frankfurt Stock Exchange, ISIN: DE 000 123456 7, WKN 123456) "
                                   "today announced a license agreement with Orbida Inc. for VL-204, a small molecule drug "
                                   "candidate. Orbida has been granted an exclusive license to VL-204.\n")
    assert _names(products) == {"VL-204"}


def test_a_drug_a_germ_or_tumour_resists_and_a_redacted_zip_code_are_no_products(tmp_path):
    products = _products(tmp_path, "Ceftozelin is in Phase 3 against methicillin-resistant Staphylococcus aureus (MRSA) and in "
                                   "imatinib-refractory tumours. The licensor is located at 000 00xx Xxxxxx Xxxxx, Xxxxxxxxxx, XX 00000. "
                                   "We are developing zelvatinib.\n")
    assert "zelvatinib" in products
    assert not _names(products) & {"methicillin", "MRSA", "imatinib", "XX 00000"}


def test_the_surfactant_and_anthracenedione_stems_name_products_but_not_a_reactant():
    assert all(is_inn(w) for w in ("lucinactant", "poractant", "zelvactant", "pixantrone", "zelvoxantrone"))
    assert not any(is_inn(w) for w in ("reactant", "reactants", "coreactant"))


def test_analgesic_anthelmintic_diuretic_and_muscle_relaxant_stems_name_products():
    assert all(is_inn(w) for w in ("tapentadol", "zelvadol", "remifentanil", "albendazole", "hydrochlorothiazide", "rocuronium"))


def test_surfactants_in_words_and_codes_led_by_a_securitys_initials_are_read_right(tmp_path):
    assert not any(is_inn(w) for w in ("surfactant", "biosurfactant", "interactant", "contactant"))
    products = _products(tmp_path, "LEI-101, a small molecule, is licensed to Orbida Inc. The pulmonary surfactant was tested.\n")
    assert _names(products) == {"LEI-101"}


def test_patent_numbers_of_a_familys_list_are_no_product_codes(tmp_path):
    """'AT 1638938 Austria Compounds, ...', 'AP 3221 ARIPO*/Africa ...': an office's country code and a number, the country
    after it; "QV 1015550", no country after it, stays a code."""
    found = _products(tmp_path, "Patent Number Country Protection Conferred Issue Date\n\n"
                                "AT 1638938 Austria Compounds and methods for treatment of orthopoxvirus infections April 12, 2017\n\n"
                                "NZ 602578 New Zealand Certain polymorphs of QV-246 April 3, 2015\n\n"
                                "AP 3221 ARIPO*/Africa Certain polymorphs of QV-246 April 3, 2015\n\n"
                                "In a Phase 2 study, QV 1015550 tablets reduced lung function decline in patients.")
    assert not {"AT 1638938", "NZ 602578", "AP 3221"} & set(found)
    assert "QV 1015550" in found


def test_a_chemokine_a_longer_marks_last_word_and_an_organisms_abbreviation_are_no_products(tmp_path):
    """'signaling proteins, known as TLR4 and CXCL10'; 'Halden SUREtechnology Platform™ and SURE CHO-M Cell Line™'; 'an
    antibiotic for MRSA (methicillin-resistant Staphylococcus aureus)'. A brand and its generic in brackets stays one."""
    found = _products(tmp_path, "The monoclonal antibodies licensed from Halden block certain signaling proteins, known as TLR4 and "
                                "CXCL10. The license provides Turgut with access to Halden SUREtechnology Platform™ and SURE CHO-M Cell "
                                "Line™ for the development of a biosimilar product. Qorvant is developing QV-8294A2, an antibiotic for "
                                "MRSA (methicillin-resistant Staphylococcus aureus). ZELVERA® (ceftobiprole) is approved.")
    assert not {"CXCL10", "Platform", "Line", "MRSA"} & set(found)
    assert {"QV-8294A2", "ZELVERA"} <= set(found)


def test_a_code_with_a_space_before_a_countrys_rights_is_a_product(tmp_path):
    found = _products(tmp_path, "Halden granted Zorvane Therapeutics, Inc. the QV 20417 Japan rights for the antibody drug.")
    assert "QV 20417" in found


def test_a_code_of_no_known_shape_is_another_name_of_the_inn_it_is_generically_known_as(tmp_path):
    found = _products(tmp_path, "The license covers IL9-QX38RR, generically know as zelvadekin besudotox, for development in Japan.")
    assert found.get("zelvadekin besudotox") == {"IL9-QX38RR"}
