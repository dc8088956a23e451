"""Technology platforms in the phrasings filings commonly use, and descriptions that are no platform (made-up names)."""

from __future__ import annotations

from builders.model import Kind

from .conftest import extract_text

FILER_8K = "FORM 8-K\nQorvant Therapeutics, Inc.\n(Exact name of registrant as specified in its charter)\n\n"


def _platforms(tmp_path, text: str) -> dict[str, set[str]]:
    ext = extract_text(tmp_path, FILER_8K + text)
    return {m.name: m.aliases for m in ext.mentions.values() if m.kind is Kind.PLATFORM}


def _names(platforms: dict[str, set[str]]) -> set[str]:
    return {n for name, aliases in platforms.items() for n in (name, *aliases)}


def test_an_owner_that_starts_the_sentence(tmp_path):
    found = _platforms(tmp_path, "Our Helixor platform technology has been used to generate gene therapy candidates for rare diseases.")
    assert "Helixor" in _names(found)


def test_a_name_in_apposition_to_an_acronym_description_or_the_companys(tmp_path):
    found = _platforms(tmp_path, "Synthera, our next-generation ADC platform, combines a cleavable linker with a novel payload. "
                                 "Dualis, the Company's bispecific antibody platform, is the source of its clinical programs.")
    assert {"Synthera", "Dualis"} <= _names(found)


def test_two_names_before_one_plural_head_after_an_article(tmp_path):
    found = _platforms(tmp_path, "Our pipeline of antibody therapeutics is built on the Perlon\u00ae and Movantix\u00ae platforms. "
                                 "We expect two INDs for candidates from its iTune and iMask technologies.")
    assert {"Perlon", "Movantix", "iTune", "iMask"} <= _names(found)


def test_areas_before_a_plural_head_after_an_article_are_no_platforms(tmp_path):
    found = _platforms(tmp_path, "We develop therapies for patients in the Oncology and Immunology platforms of our company.")
    assert not found


def test_an_acronym_set_off_by_commas(tmp_path):
    found = _platforms(tmp_path, "We developed our Tumor-Selective Activation, or TSA, platform to reduce the toxicity of antibody "
                                 "therapies in patients.")
    assert {"TSA platform", "Tumor-Selective Activation"} <= _names(found)


def test_a_dotted_acronym(tmp_path):
    found = _platforms(tmp_path, "The collaboration uses Bravonia's F.I.R.S.T screening platform to identify antibodies against cancer "
                                 "targets. Our H.A.L.O.\u2122 technology extends the half-life of biologic drugs. Our U.S.A. technology is new.")
    assert _names(found) >= {"F.I.R.S.T platform", "H.A.L.O. technology"}
    assert not any(n.startswith("U.S.A") for n in _names(found))


def test_a_coined_name_that_medicines_are_based_on(tmp_path):
    found = _platforms(tmp_path, "We initiated dosing of our first ProTmab-based antibody in patients with solid tumors, and will "
                                 "present data from our TriGuard\u2122-based vaccine program. Our mRNA-based vaccines and LNP-based "
                                 "therapies are preclinical.")
    assert set(found) == {"ProTmab", "TriGuard"}


def test_a_companys_first_word_before_the_name_says_whose_it_is(tmp_path):
    """The platform is named with the company's word or without it; words of the language after it are no name alone."""
    found = _platforms(tmp_path, "Our product candidates are generated using the Qorvant OptiCell platform, a proprietary approach to "
                                 "engineering natural killer cells. The Qorvant Display platform makes antibodies.")
    assert {"OptiCell", "OptiCell platform"} <= _names(found)
    assert "Display platform" not in _names(found)


def test_a_marked_name_before_title_cased_words_of_what_it_is(tmp_path):
    found = _platforms(tmp_path, "Movarin's proprietary ClearPath\u2122 Antibody Engineering Platform improves the developability of "
                                 "therapeutic antibodies.")
    assert "ClearPath" in _names(found)


def test_a_name_a_company_calls_it(tmp_path):
    found = _platforms(tmp_path, "Wystera has developed a novel nanoparticle delivery platform, which it calls Nanovesta, for the "
                                 "delivery of RNA to the lung.")
    assert "Nanovesta" in _names(found)


def test_a_coined_name_before_words_of_medicine_or_a_participle(tmp_path):
    found = _platforms(tmp_path, "In 2022 we acquired the Bindara antibody platform from Vestige Biologics, Inc. to expand our discovery "
                                 "of drugs. QRV-8 was generated with the Sorvix platform developed by Tamrin Biologics, Inc.")
    assert {"Bindara", "Sorvix"} <= _names(found)


def test_descriptions_software_and_webcasts_are_no_platforms(tmp_path):
    found = _platforms(tmp_path, "Ribovance, our RNA-targeting small molecule platform, has yielded drug candidates. We have a "
                                 "proprietary Next-Generation Sequencing platform for cancer diagnostics. The Company's Adeno-Associated "
                                 "Virus (AAV) platform supports its gene therapy candidates. Our CardioSync\u2122 software platform helps "
                                 "physicians monitor patients on therapy. Patients use the DoseSync\u2122 platform, our remote monitoring "
                                 "software, to report symptoms. Investors may access the webcast via the Lumicast platform; the "
                                 "presentation will include clinical data in patients.")
    assert set(found) == {"Ribovance platform"}


def test_a_name_known_as_after_an_owner_that_starts_the_sentence(tmp_path):
    found = _platforms(tmp_path, "Our technology, known as ViroTrap, captures viral antigens for use in vaccines.")
    assert "ViroTrap" in _names(found)


def test_a_descriptions_acronym_before_the_head(tmp_path):
    found = _platforms(tmp_path, "QRV-4 is built on the Veltrix\u00ae antibody-drug conjugate (ADC) technology, which we licensed in 2020.")
    assert "Veltrix" in _names(found)


def test_a_subject_said_to_be_a_platform_of_medicine(tmp_path):
    found = _platforms(tmp_path, "Cellomir is a next-generation cell engineering platform that allows us to armor T cells. Halberd, a "
                                 "clinical-stage gene therapy platform company, and Zentrix, a leading antibody discovery platform, "
                                 "announced a collaboration. Immunotherapy is a promising cancer treatment technology.")
    assert set(found) == {"Cellomir platform"}


def test_a_coined_name_in_a_sentence_about_inhibitors(tmp_path):
    found = _platforms(tmp_path, "Our scientists used the clinically validated Precisa platform to discover QRV-9, an oral inhibitor of KRAS.")
    assert "Precisa" in _names(found)


def test_a_chemistry_every_company_uses_is_no_platform(tmp_path):
    found = _platforms(tmp_path, "Our proprietary PEGylation technology extends the half-life of protein drugs.")
    assert not found


def test_a_name_referred_to_as_and_a_coined_name_before_what_it_makes(tmp_path):
    found = _platforms(tmp_path, "Our proprietary technology platform, referred to as TargaCell, enables allogeneic cell therapies. "
                                 "Our core technologies, the Heliovec capsid platform and the PromoTune regulatory element platform, "
                                 "underpin our gene therapy programs.")
    assert {"TargaCell", "Heliovec", "PromoTune"} <= _names(found)


def test_what_a_platform_makes_after_its_name_is_no_part_of_it(tmp_path):
    found = _platforms(tmp_path, "We are built on our proprietary Synthase RNA editing platform. QRV-3 is the first candidate generated "
                                 "from our Trident\u2122 T-cell receptor platform. The antibodies were made with Halberd's "
                                 "Composite Human Antibody\u2122 technology.")
    assert set(found) == {"Synthase platform", "Trident platform", "Composite Human Antibody technology"}


def test_a_title_cased_engine(tmp_path):
    found = _platforms(tmp_path, "We use machine learning and our Orbital Discovery Engine to design small molecule drugs for fibrosis.")
    assert "Orbital Discovery engine" in found


def test_devices_tools_and_agreement_terms_are_no_platforms(tmp_path):
    found = _platforms(tmp_path, "Our Impella\u00ae heart pump technology supports patients during cardiac procedures. Each party retains "
                                 "its Background Technology under the collaboration for the licensed compounds. Our Medical Affairs "
                                 "Technology group informs physicians who treat patients. We use the Benchling platform to record the results of "
                                 "preclinical experiments on drug candidates. We use GalNAc conjugation technology to deliver siRNA drugs. "
                                 "We have a license to the iPSC technology of the University of Pellham for our cell therapies.")
    assert not found


def test_a_capitalized_head_after_a_verb_or_before_more_of_a_title(tmp_path):
    found = _platforms(tmp_path, "In 2023 the FDA granted Platform Technology Designation to our Zelvex platform, which is used in two "
                                 "gene therapy candidates.")
    assert set(found) == {"Zelvex platform"}


def test_a_marked_name_of_a_portfolio_of_medicines(tmp_path):
    ext = extract_text(tmp_path, FILER_8K + "We are advancing our Zetrix\u00ae portfolio of bispecific antibodies, which includes "
                                            "QRV-101 and QRV-102, in clinical trials for cancer. The Halvora portfolio of vaccines grew.")
    assert {m.name for m in ext.mentions.values() if m.kind is Kind.PLATFORM} == {"Zetrix"}
    assert "Zetrix" not in {m.name for m in ext.mentions.values() if m.kind is Kind.PRODUCT}


def test_acronyms_glued_to_a_bracket_after_the_head_and_before_platform_technologies(tmp_path):
    found = _platforms(tmp_path, "The 3G4 antibody is part of Halberd's Anti-Phospholipid Therapy(APT) platform technology. We identified "
                                 "two cancer antibodies using our Cell-Based Antibody Selection technology (CBAS). The antibody adds "
                                 "to Halberd's VTA and APT platform technologies.")
    assert {"APT platform", "Anti-Phospholipid Therapy", "CBAS", "VTA"} <= _names(found)


def test_a_vendors_trial_instrument_or_data_platform_is_none(tmp_path):
    found = _platforms(tmp_path, "We run our clinical trials for cancer patients on the Medidata clinical trial platform, sequence "
                                 "tumors on the Illumina sequencing platform and keep the results of our drug programs on the "
                                 "Snowflake data platform.")
    assert not found


def test_a_platform_keeps_its_name_as_written(tmp_path):
    # data/probes/entities-4 e4-08, e4-22: "X Technology Platform", "X technology platform" are the names analysts copy
    platforms = _platforms(tmp_path, "Halvexa has applied its KorMouse Technology Platform to antibody discovery. Quarra has "
                                     "developed its DuR technology platform that enables it to design drugs.")
    assert "KorMouse Technology Platform" in platforms["KorMouse platform"]
    assert "DuR technology platform" in platforms["DuR technology"]


def test_an_acronym_of_a_hyphenated_name_and_a_titled_name_in_apposition(tmp_path):
    found = _platforms(tmp_path, "Under the deal Halsan will use Qorvant's Folded Lattice Non-Stick Tiles (FLNT) platform for "
                                 "vaccines. We leverage our proprietary protein production platform, the Halden Expression "
                                 "Technology, to expand our antibody pipeline.")
    assert found["FLNT platform"] >= {"FLNT", "Folded Lattice Non-Stick Tiles"}  # "Non-Stick" is one initial
    assert "Halden Expression" in found["Halden Expression technology"]


def test_an_acronym_spelled_in_small_letters_or_marked_keeps_its_name_as_written(tmp_path):
    found = _platforms(tmp_path, "Halsan signed an agreement with Rikova to make cell therapies with Rikova's engineered "
                                 "vesicle carrier unit (eVCU) technology in oncology. Our products come from our proprietary "
                                 "Dual-site Lymphocyte Binder (DuLyB\u00ae) protein engager technology platform. Our DuLyB\u00ae "
                                 "platform generates therapeutics.")
    assert "engineered vesicle carrier unit (eVCU) technology" in found["eVCU technology"]
    assert "Dual-site Lymphocyte Binder (DuLyB)" in found["DuLyB platform"]


def test_a_long_titled_name_its_owner_gives_a_capitalized_head(tmp_path):
    found = _platforms(tmp_path, "Using our proprietary Tumor-Bound Marker and Shield Marker Paired Discovery Platform, we found two "
                                 "targets. We also use our Cell Therapy Manufacturing Platform in our plant.")
    assert "Tumor-Bound Marker and Shield Marker Paired Discovery Platform" in found
    assert not any("Manufacturing" in n for n in _names(found))  # generic words in title case name nothing


def test_a_trademarked_name_of_a_technique_is_its_owners_technology(tmp_path):
    # "ZFN" alone is a kind of gene editing; with its mark it is the owner's name for its technology ...
    found = _platforms(tmp_path, "We rely on the ZFN® technology, which Quarra Biologics Inc. licensed to us for crops, to edit "
                                 "genes in wheat.")
    assert "ZFN" in _names(found)
    # ... but not without the mark, nor a word of the language with one
    assert "ZFN" not in _names(_platforms(tmp_path, "Gene editing tools such as ZFN technology are used in wheat."))
    assert not _names(_platforms(tmp_path, "Our Gene® technology is used to treat patients. Gene expression was measured."))


def test_a_name_with_a_dot_between_capitals_and_a_digit(tmp_path):
    found = _platforms(tmp_path, "Qorvant and Halden Bio announced a license agreement for Qorvant's proprietary QR.V7(TM) production "
                                 "technology, a human cell line used for the production of vaccines.")
    assert "QR.V7" in _names(found)
    assert "V7" not in _names(found)


def test_a_technology_hub_or_transfer_and_a_companys_initials_are_no_platform(tmp_path):
    assert not _names(_platforms(tmp_path, "Kestria will become the first KV-19 mRNA vaccine technology transfer hub for the "
                                           "region's vaccine makers."))
    # ... but a coined technology handed over is one
    assert "TetraLink" in _names(_platforms(tmp_path, "Qorvant will complete the TetraLink antibody conjugation technology "
                                                      "transfer to Halden Bio by 2025."))
    found = _platforms(tmp_path, "Our partner QV Pharmaceuticals Co. Ltd sells it in Korea. Zelvora was developed in Korea by QV "
                                 "using technology under a license from Qorvant, for patients with graft versus host disease.")
    assert not any(n.startswith("QV") for n in _names(found))


def test_kinds_of_molecule_by_their_abbreviations_are_no_platforms(tmp_path):
    found = _platforms(tmp_path, "Qorvant's scFv-based antibodies, a Bispecific platform and plasmid-based vaccines are in clinical "
                                 "development for patients with solid tumors.")
    assert not found
    kept = _platforms(tmp_path, "Qorvant's ScFv-based antibodies and its Zentrabody® platform are in clinical development for "
                                "patients with solid tumors.")
    assert "Zentrabody" in _names(kept) and "ScFv" not in _names(kept)


def test_a_platform_spelled_out_with_its_acronym_is_known_by_the_whole_as_written(tmp_path):
    found = _platforms(tmp_path, "Qorvant makes its bispecific antibodies with the Tandem Binding Engager (TBE) platform it "
                                 "invented in 2012.")
    assert {"TBE platform", "TBE", "Tandem Binding Engager", "Tandem Binding Engager (TBE) platform"} <= _names(found)


def test_a_marked_name_between_an_indefinite_article_and_a_kind_of_molecule_is_a_platform(tmp_path):
    ext = extract_text(tmp_path, FILER_8K + "QV-310, a once-weekly Zentrabody® protein, binds IL-23 in patients with psoriasis. "
                                            "Our Velcor™ capsule is approved, and the Dorvax® antibody is marketed in Europe.")
    platforms = {m.name for m in ext.mentions.values() if m.kind is Kind.PLATFORM}
    products = {m.name for m in ext.mentions.values() if m.kind is Kind.PRODUCT}
    assert "Zentrabody" in platforms and "Zentrabody" not in products
    assert "Dorvax" in products  # "the X® antibody": that molecule itself, not one of a kind


def test_an_it_system_or_a_share_plan_platform_is_no_technology_medicines_are_made_on(tmp_path):
    found = _platforms(tmp_path, "Our operations rely on information technology systems and networks, including our Zelcor "
                                 "Connect platform, which tracks each patient's cell therapy. Vested shares of our cancer drug "
                                 "business are held in the QRV nominee platform until sold.")
    assert not found
    kept = _platforms(tmp_path, "Our Zelcor antibody platform makes bispecific antibodies for patients with cancer.")
    assert "Zelcor" in _names(kept)


def test_a_platform_said_to_do_two_things_and_named_with_the_molecules_it_makes(tmp_path):
    found = _platforms(tmp_path, "We develop T-cell therapies for cancer patients. Programs would use T-cell receptors identified "
                                 "by Halvane's ZEPTRA TCR discovery and engineering platform.")
    assert "ZEPTRA" in _names(found)


def test_a_name_in_apposition_that_says_again_what_it_is_after_the_medicine_it_made(tmp_path):
    found = _platforms(tmp_path, "The Antibody was originally discovered by Qorvant's proprietary platform, ZelLib® system, in "
                                 "collaboration with Northgate University.")
    assert {"ZelLib", "ZelLib system"} <= _names(found)
    # no medicine before or after: a list of areas, or a company's software
    assert not _platforms(tmp_path, "The report was compiled by Qorvant's proprietary platform, Zelcast system, in collaboration "
                                    "with its auditors.")


def test_a_platform_in_apposition_that_made_no_medicine_is_none(tmp_path):
    assert not _platforms(tmp_path, "In addition to developing antibody candidates for cancer, we sell subscriptions to our "
                                    "proprietary analytics platform, Cortexa, to hospital administrators.")


def test_a_recital_saying_a_party_possesses_technologies_names_no_platform(tmp_path):
    platforms = _platforms(tmp_path, 'This Agreement is made by and between Velcor SA, a Swiss corporation ("VCS"), and Orbida, Inc. '
                                     '("Orbida"). RECITALS WHEREAS VCS possesses certain expertise and proprietary technologies '
                                     'related to antibody products. WHEREAS Orbida owns the Zentrix platform.\n')
    assert _names(platforms) == {"Zentrix", "Zentrix platform"}


def test_a_companys_own_name_before_technology_names_no_platform(tmp_path):
    platforms = _platforms(tmp_path, "Under the Zelvis Agreement with Zelvis Therapeutics, LLC, the Company licensed rights to certain "
                                     "proprietary Zelvis technology. Orbida BioPharma Inc. licensed Orbida technology and its "
                                     "Nexomab technology to the Company.\n")
    assert _names(platforms) == {"Nexomab", "Nexomab technology"}
    agreement = _platforms(tmp_path, 'This Agreement is between Orbida BioPharma Inc. ("OB") and Zelvis, LLC. OB hereby grants '
                                     'to Zelvis an exclusive license under the OB Technology to sell the Lead Compounds.\n')
    assert "OB technology" in _names(agreement)  # an agreement's defined term, what its grant licenses
    marked = _platforms(tmp_path, "Velcor Group plc, the developer of Orvane\u00ae biotherapeutics, announced its results. Orvane "
                                  "Therapeutics progressed. The partnership combines Velcor's Orvane technology with drug conjugates.\n")
    assert "Orvane technology" in _names(marked)  # a name the filing marks is one, though a company's division bears it


def test_a_platform_named_like_another_companys_first_word_stays_a_platform(tmp_path):
    platforms = _platforms(tmp_path, "Orbida uses its proprietary Apollo platform to discover antibodies. Apollo Therapeutics Ltd. "
                                     "is a competitor.\n")
    assert "Apollo platform" in _names(platforms)


def test_a_companys_center_named_for_a_technology_is_no_platform(tmp_path):
    found = _platforms(tmp_path, "Halden, Incorporated, through its Bio Technology Development Center, develops a microbial strain "
                                 "for the production of bio-succinic acid and therapeutic proteins.")
    assert not found


def test_a_named_vaccine_adjuvant_is_a_technology_but_no_adjuvant_therapy_is(tmp_path):
    found = _platforms(tmp_path, "Qorvant amended its license agreement with Halden Bio Inc. concerning the Zelvax-M adjuvant for use "
                                 "in its pandemic influenza vaccine candidate programme.")
    assert "Zelvax-M" in _names(found)
    assert not _platforms(tmp_path, "Patients received the drug as Adjuvant therapy in the vaccine trial; the alum adjuvant was well "
                                    "tolerated in our Phase 3 Adjuvant Trial. Phase 3 trials of INT adjuvant melanoma are ongoing.")


def test_a_technology_the_text_names_after_saying_what_it_is(tmp_path):
    found = _platforms(tmp_path, "Qorvant has licensed antibody-drug conjugate technology from Halden. Under the deal, Qorvant gets "
                                 "exclusive rights to sub-license Halden's technology, called ZELTag, and will take a minority stake in Halden.")
    assert "ZELTag" in _names(found)
    assert not _platforms(tmp_path, "Under the deal, Qorvant will use a screening platform, known as DISCOVERY, in its own labs.")
