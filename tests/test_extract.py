"""Extract stage on real filings: the facts a careful reader finds, with evidence."""

from __future__ import annotations

import pytest

from builders.extract import extract
from builders.extract.dates import find_dates
from builders.extract.entities import company_of
from builders.extract.names import INN_PAIR, is_inn, looks_like_code, normalize_name
from builders.extract.sentences import segment
from builders.model import Document, EventType, Kind, PartialDate
from builders.parse import parse_path

from .conftest import ABVC, MACROGENICS


def names(ext, kind):
    return {m.name for m in ext.mentions.values() if m.kind is kind}


def mention(ext, kind, name):
    for m in ext.mentions.values():
        if m.kind is kind and (m.name == name or name in m.aliases):
            return m
    raise AssertionError(f"no {kind.value} named {name!r}; have {sorted(names(ext, kind))}")


def test_seed_registrant_from_the_cover_page(seed_extraction):
    reg = seed_extraction.mentions[seed_extraction.registrant]
    assert reg.name == "ImmunoGen, Inc."
    assert (reg.ein, reg.file_number, reg.state, reg.ticker) == ("04-2726691", "0-17999", "Massachusetts", "IMGN")
    assert reg.phone == "(617) 995-2500"
    assert "ImmunoGen" in reg.aliases


def test_seed_cover_page(seed_extraction):
    cover = seed_extraction.cover
    assert cover.report_date == PartialDate(2003, 1, 24)
    assert cover.items == ["5", "7"]
    assert cover.exhibits == ["99.1"]
    assert [seed_extraction.mentions[s].name for s in cover.signers] == ["Gregg D. Beloff"]


def test_seed_organizations(seed_extraction):
    assert names(seed_extraction, Kind.ORG) == {
        "ImmunoGen, Inc.", "GlaxoSmithKline plc", "SmithKline Beecham", "British Biotech",
        "Boehringer Ingelheim", "Millennium", "Genentech", "Abgenix", "Rx Communications Group, LLC",
    }


def test_seed_products_and_aliases(seed_extraction):
    assert names(seed_extraction, Kind.PRODUCT) == {
        "cantuzumab mertansine", "huN901-DM1", "bivatuzumab mertansine", "MLN2704", "Trastuzumab-DM1",
    }
    assert mention(seed_extraction, Kind.PRODUCT, "cantuzumab mertansine").aliases == {"huC242-DM1"}
    assert mention(seed_extraction, Kind.PRODUCT, "huN901-DM1").aliases == {"BB-10901"}


def test_seed_platform(seed_extraction):
    tap = mention(seed_extraction, Kind.PLATFORM, "TAP technology")
    assert {"TAP", "Tumor-Activated Prodrug"} <= tap.aliases | {tap.name}


def test_seed_people_and_titles(seed_extraction):
    roles = {(seed_extraction.mentions[r.person].name, r.title, seed_extraction.mentions[r.organization].name if r.organization else None) for r in seed_extraction.roles}
    assert roles == {
        ("Gregg D. Beloff", "Chief Financial Officer and Vice President, Finance", "ImmunoGen, Inc."),
        ("Mitchel Sayare", "Chairman and CEO", "ImmunoGen, Inc."),
        ("Carol Hausner", "Senior Director, Investor Relations and Corporate Communications", "ImmunoGen, Inc."),
        ("Pete Holmberg", None, "Rx Communications Group, LLC"),
    }


def _licenses(ext):
    n = lambda ref: ext.mentions[ref].name  # noqa: E731
    return {(n(lic.licensor), n(lic.licensee), n(lic.asset)): lic for lic in ext.licenses}


def test_seed_licenses(seed_extraction):
    lic = _licenses(seed_extraction)
    assert set(lic) == {
        ("ImmunoGen, Inc.", "SmithKline Beecham", "cantuzumab mertansine"),
        ("ImmunoGen, Inc.", "British Biotech", "huN901-DM1"),
        ("ImmunoGen, Inc.", "Boehringer Ingelheim", "TAP technology"),
        ("ImmunoGen, Inc.", "Millennium", "TAP technology"),
        ("ImmunoGen, Inc.", "Genentech", "TAP technology"),
        ("ImmunoGen, Inc.", "Abgenix", "TAP technology"),
    }
    british = lic[("ImmunoGen, Inc.", "British Biotech", "huN901-DM1")]
    assert (british.status, british.territory) == ("Active", "certain territories")


def test_seed_license_history_grant_1999_rights_returned_2003(seed_extraction):
    gsk = _licenses(seed_extraction)[("ImmunoGen, Inc.", "SmithKline Beecham", "cantuzumab mertansine")]
    assert [(e.type, e.date) for e in gsk.events] == [
        (EventType.GRANT, PartialDate(1999)),
        (EventType.RIGHTS_RETURNED, PartialDate(2003, 1, 24)),
    ]
    assert (gsk.status, gsk.effective, gsk.terminated) == ("Terminated", PartialDate(1999), PartialDate(2003, 1, 24))
    assert gsk.scopes == {"development", "commercialization"}
    assert "In 1999, the Company licensed these rights to SmithKline Beecham" in gsk.events[0].evidence.quote


def test_seed_product_facts(seed_extraction):
    facts = {(seed_extraction.mentions[f.subject].name, f.prop, seed_extraction.mentions[f.value].name if hasattr(f.value, "kind") else str(f.value)) for f in seed_extraction.facts}
    assert ("SmithKline Beecham", "succeededBy", "GlaxoSmithKline plc") in facts
    assert ("cantuzumab mertansine", "developmentPhase", "Phase1") in facts
    assert ("cantuzumab mertansine", "developer", "ImmunoGen, Inc.") in facts
    assert ("MLN2704", "developer", "Millennium") in facts
    assert ("bivatuzumab mertansine", "usesPlatform", "TAP technology") in facts
    assert ("TAP technology", "owner", "ImmunoGen, Inc.") in facts
    assert {("cantuzumab mertansine", "component", "huC242"), ("cantuzumab mertansine", "component", "DM1")} <= facts
    # A phase that is only hoped for is not a phase.
    assert ("cantuzumab mertansine", "developmentPhase", "Phase2") not in facts


def test_every_evidence_quote_is_the_text_at_its_offsets(seed_extraction):
    text = {d.sequence: d.text for d in seed_extraction.filing.documents}
    spans = [ev for m in seed_extraction.mentions.values() for ev in m.evidence]
    spans += [f.evidence for f in seed_extraction.facts] + [r.evidence for r in seed_extraction.roles]
    spans += [e.evidence for lic in seed_extraction.licenses for e in lic.events]
    assert len(spans) > 30
    for ev in spans:
        assert 0 <= ev.start < ev.end <= len(text[ev.doc])
        assert text[ev.doc][ev.start : ev.end] == ev.quote


def test_full_submission_registrant_uses_header_identifiers():
    ext = extract(parse_path(ABVC))
    reg = ext.mentions[ext.registrant]
    assert reg.cik == "0001173313"
    assert reg.ein == "26-0014658"
    assert reg.state == "Nevada"
    assert "American BriVision (Holding) Corp" in reg.aliases
    assert ext.cover.items == ["2.02", "4.02", "7.01", "9.01"]
    assert "99.1" in ext.cover.exhibits
    assert [ext.mentions[s].name for s in ext.cover.signers] == ["Uttam Patil"]


def test_agreement_parties_are_organizations_with_their_defined_names():
    ext = extract(parse_path(MACROGENICS))
    macro = mention(ext, Kind.ORG, "MacroGenics, Inc.")
    green = mention(ext, Kind.ORG, "Green Cross Corp.")
    assert "MacroGenics" in macro.aliases and "Green Cross" in green.aliases
    assert "MGAH22" in names(ext, Kind.PRODUCT)


# --------------------------------------------------------------------------- mechanisms


@pytest.mark.parametrize("word", ["trastuzumab", "lenacapavir", "entinostat", "imatinib", "etanercept", "certepetide", "axatilimab",
                                  "mavacamten", "vorasidenib", "ziftomenib", "adagrasib", "iptacopan", "resmetirom"])
def test_inn_stems_recognize_drug_names(word):
    assert is_inn(word)


@pytest.mark.parametrize("word", ["peptide", "nucleotide", "concept", "forecast", "statin", "April", "thermostat"])
def test_inn_stems_reject_ordinary_words(word):
    assert not is_inn(word)


@pytest.mark.parametrize("pair", ["valoctocogene roxaparvovec", "exagamglogene autotemcel", "mirvetuximab soravtansine"])
def test_two_word_inns_of_gene_therapies_and_conjugates(pair):
    assert INN_PAIR.fullmatch(pair)


@pytest.mark.parametrize("code", ["MLN2704", "BB-10901", "TERN-701", "huC242-DM1", "SNDX-5613", "GS-6791"])
def test_code_names(code):
    assert looks_like_code(code)


@pytest.mark.parametrize("token", ["HER2", "CD20", "PD-1", "FY2023", "EX-99", "ASC 606", "COVID-19", "MA 02139"])
def test_targets_forms_and_dates_are_not_code_names(token):
    assert not looks_like_code(token)


def test_name_normalization_follows_the_gold_rules():
    assert normalize_name("ImmunoGen, Inc.") == normalize_name("IMMUNOGEN") == "immunogen"
    assert normalize_name("Ono Pharmaceutical Co., Ltd.") == "ono pharmaceutical"
    assert normalize_name("GlaxoSmithKline plc") == "glaxosmithkline"
    # an apostrophe inside a word is dropped: a heading's "WOMENS" is the "Women’s" of the text
    assert normalize_name("THE HALDEN AND WOMENS HOSPITAL, INC.") == normalize_name("Halden and Women’s Hospital, Inc.")
    assert normalize_name("Dr. Velby's Laboratories") == "dr velbys laboratories"


def test_dates_as_precise_as_stated():
    found = [d for _, _, d in find_dates("On January 24, 2003 it licensed, in 1999, rights effective June 2010.")]
    assert found == [PartialDate(2003, 1, 24), PartialDate(1999), PartialDate(2010, 6)]
    # a flattened agreement's "April 15 , 2010" (a space before the comma) is as precise
    assert [d for _, _, d in find_dates("entered into on April 15 , 2010 by and between")] == [PartialDate(2010, 4, 15)]


def test_sentences_keep_offsets_and_respect_abbreviations():
    doc = Document(1, "8-K", "Gregg D. Beloff signed it. ImmunoGen, Inc. announced a deal.\n\nNEXT HEADING\nBody text.")
    sentences = segment(doc)
    assert [s.text for s in sentences] == ["Gregg D. Beloff signed it.", "ImmunoGen, Inc. announced a deal.", "NEXT HEADING", "Body text."]
    assert all(doc.text[s.start : s.end] == s.text for s in sentences)


def _license_rows(path):
    ext = extract(parse_path(path))
    name = lambda r: ext.mentions[r].name if r in ext.mentions else None  # noqa: E731
    return {(name(lic.licensor), name(lic.licensee), name(lic.asset), tuple(sorted(e.type.value for e in lic.events)))
            for lic in ext.licenses}


def _filer_licenses(sentence: str, tmp_path) -> set[tuple]:
    """(licensor, licensee, asset) of each license a sentence of the filer's 8-K states."""
    path = tmp_path / "f.txt"
    path.write_text(_FILER_8K + sentence + "\n")
    return {row[:3] for row in _license_rows(path)}


def _role_rows(path):
    """(person, title, organization) of every role the filing states."""
    ext = extract(parse_path(path))
    name = lambda r: ext.mentions[r].name if r in ext.mentions else None  # noqa: E731
    return {(name(r.person), r.title, name(r.organization)) for r in ext.roles}


COVER = "FORM 10-K\nSYNDAX PHARMACEUTICALS, INC.\n(Exact name of registrant as specified in its charter)\n\n" \
    'References to "we," "us" and "our" refer to Syndax Pharmaceuticals, Inc.\n\n'


def test_a_collaboration_and_license_agreement_whose_partner_received_the_rights(tmp_path):
    """The agreement named between its kind and 'with X'; the partner receives the rights, so the filer granted them."""
    path = tmp_path / "f.txt"
    path.write_text(COVER + "In September 2021, we entered into a collaboration and license agreement, or the Incyte "
                    "Collaboration Agreement, with Incyte Corporation, or Incyte, for the development and commercialization "
                    "of axatilimab. Under the terms of the Incyte Collaboration Agreement, Incyte received exclusive "
                    "commercialization rights outside of the United States, and we and Incyte will, subject to the exercise "
                    "of our co-promotion option, have co-commercialization rights in the United States, with respect to axatilimab.\n")
    assert _license_rows(path) == {("Syndax Pharmaceuticals, Inc.", "Incyte Corporation", "axatilimab", ("Grant",))}


def test_an_acronym_short_name_and_a_cancelled_license(tmp_path):
    """'Kyowa Kirin Co., Ltd., or KKC': legal words count in an acronym; 'cancelled the license' ends it."""
    path = tmp_path / "f.txt"
    path.write_text(COVER + "Our revenues were derived from our agreements with Kyowa Kirin Co., Ltd., or KKC.\n\n"
                    "We granted KKC an exclusive license to develop and commercialize entinostat in Japan and Korea.\n\n"
                    "In September 2021, KKC informed us that they discontinued the entinostat program and cancelled the "
                    "license to develop and commercialize entinostat.\n")
    assert _license_rows(path) == {("Syndax Pharmaceuticals, Inc.", "Kyowa Kirin Co., Ltd.", "entinostat", ("Grant", "Termination"))}


def test_a_press_release_whose_announcer_is_it(tmp_path):
    """'X, a ... company ..., today announced it has acquired ... rights to P ... from San Diego-based Y':
    'it' is X, the place is not a company, and a brand sold as an opioid is a product."""
    path = tmp_path / "f.txt"
    path.write_text("EKR Therapeutics Acquires Rights to DepoDur®, a Novel Extended-Release Opioid\n\n"
                    "Cedar Knolls, N.J., August 10, 2007 - EKR Therapeutics, Inc., a specialty pharmaceutical company focused "
                    "on acquiring, developing, and commercializing proprietary products for the acute care setting, today "
                    "announced it has acquired exclusive marketing and distribution rights to DepoDur for the Americas from "
                    "San Diego-based Pacira Pharmaceuticals.\n")
    ext = extract(parse_path(path))
    assert names(ext, Kind.ORG) == {"EKR Therapeutics, Inc.", "Pacira Pharmaceuticals"}
    assert _license_rows(path) == {("Pacira Pharmaceuticals", "EKR Therapeutics, Inc.", "DepoDur", ("Grant",))}


def test_a_trademark_sign_inside_a_code_name_does_not_split_it(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text("Aimmune Therapeutics, Inc. today announced it has obtained an exclusive worldwide license to develop "
                    "and commercialize the humanized monoclonal antibody XmAb®7195 from Xencor, Inc.\n")
    assert _license_rows(path) == {("Xencor, Inc.", "Aimmune Therapeutics, Inc.", "XmAb7195", ("Grant",))}


def test_a_cover_page_after_pages_of_inline_xbrl_facts(tmp_path):
    """Text renderings of inline-XBRL 10-Ks start with the hidden facts; the cover comes after them.
    The registrant is still read, its evidence is the name (not the run-on line), and 'we' is it."""
    facts = " ".join(f"0001682852 us-gaap:Member{i} 2024-01-01 2024-12-31" for i in range(600))
    path = tmp_path / "f.txt"
    path.write_text(facts + " UNITED STATES SECURITIES AND EXCHANGE COMMISSION FORM 10-K Commission File Number: 001-38753 "
                    "Moderna, Inc. (Exact Name of Registrant as Specified in Its Charter) Delaware 81-3467528\n\n"
                    "We have licensed mRNA-3351 to Institute for Life Changing Medicines (ILCM) with no upfront fees.\n")
    ext = extract(parse_path(path))
    registrant = ext.mentions[ext.registrant]
    assert registrant.name == "Moderna, Inc."
    [evidence] = registrant.evidence[:1]
    assert evidence.quote == "Moderna, Inc." and ext.filing.documents[0].text[evidence.start : evidence.end] == "Moderna, Inc."
    assert _license_rows(path) == {("Moderna, Inc.", "Institute for Life Changing Medicines", "mRNA-3351", ("Grant",))}


def test_an_entity_that_formerly_bore_the_registrants_name_is_another_one(tmp_path):
    """After a SPAC merger the cover names the registrant; 'Senti Sub I, Inc., formerly Senti
    Biosciences, Inc.' is the legacy company, and must not take the registrant's place."""
    path = tmp_path / "f.txt"
    path.write_text("FORM 10-K\nSenti Biosciences, Inc.\n(Exact name of registrant as specified in its charter)\n\n"
                    "Merger Sub merged with and into Senti Sub I, Inc., formerly Senti Biosciences, Inc., with Senti Sub I, "
                    "Inc. surviving the merger.\n\nWe obtained an exclusive license to SENTI-202 from the National Cancer Institute.\n")
    ext = extract(parse_path(path))
    assert ext.mentions[ext.registrant].name == "Senti Biosciences, Inc."
    assert _license_rows(path) == {("National Cancer Institute", "Senti Biosciences, Inc.", "SENTI-202", ("Grant",))}


def test_a_brand_keeps_its_name_when_its_inn_becomes_the_label_and_listed_licensed_products(tmp_path):
    """'TOPICORT® (desoximetasone)': the INN is the label and the brand stays an alias.
    'The products licensed from HMR include A®, B® and C®': each is licensed to the filer."""
    path = tmp_path / "f.txt"
    path.write_text("FORM 10-K\nMedicis Pharmaceutical Corporation\n(Exact name of registrant as specified in its charter)\n\n"
                    "Medicis has acquired the dermatological asset TOPICORT® (desoximetasone) from Hoechst Marion Roussel, "
                    "Inc. (\"HMR\"). Medicis also markets DYNACIN® (minocycline).\n\n"
                    "In November 1998, the company entered into a license agreement with HMR. The products licensed from "
                    "HMR include TOPICORT® and DYNACIN®.\n")
    ext = extract(parse_path(path))
    topicort = mention(ext, Kind.PRODUCT, "desoximetasone")
    assert "TOPICORT" in topicort.aliases
    assert _license_rows(path) == {
        ("Hoechst Marion Roussel, Inc.", "Medicis Pharmaceutical Corporation", "desoximetasone", ("Grant",)),
        ("Hoechst Marion Roussel, Inc.", "Medicis Pharmaceutical Corporation", "minocycline", ("Grant",)),
    }


def test_a_wrapped_line_reads_as_one_line_and_a_heading_stays_apart():
    text = ("Doravistat was discovered at Coldwater State University and is licensed to us by the Coldwater\n"
            "State University Research Foundation.\n\nEffect of the Offer and the Merger on Company Equity Awards\n"
            "The Company's non-employee directors hold Company Stock Options and Company RSUs, which the Merger Agreement "
            "treats as follows, whether vested or unvested at the Effective Time of the Merger.")
    doc = Document(sequence=1, doc_type="8-K", filename=None, description=None, text=text)
    sentences = segment(doc)
    assert sentences[0].text.endswith("by the Coldwater State University Research Foundation.")
    assert not any("Equity Awards The Company" in s.text for s in sentences)
    assert all(text[s.start : s.end].replace("\n", " ") == s.text.replace("\n", " ") for s in sentences)


def test_lines_broken_by_inline_html_are_one_sentence():
    text = "The offer by Kuva Acquisition Corp.\n, a Delaware corporation, is $4.\n25 per share.\n\nNext one."
    doc = Document(sequence=1, doc_type="SC 14D9", filename=None, description=None, text=text)
    assert [s.text for s in segment(doc)] == [text.split("\n\n")[0], "Next one."]


def test_a_14d9_cover_names_its_filer_and_two_terms_in_one_definition(tmp_path):
    """'(Name of Person Filing Statement)' labels the filer; '("Parent" or "Kuva")' defines both terms."""
    path = tmp_path / "f.txt"
    path.write_text("SCHEDULE 14D-9\nLisata Therapeutics, Inc.\n(Name of Subject Company)\nLisata Therapeutics, Inc.\n"
                    "(Name of Person Filing Statement)\n\nThe tender offer is made by a subsidiary of Kuva Labs Inc., a Delaware "
                    "corporation (\"Parent\" or \"Kuva\").\n\nOn November 30, 2024, the Company entered into an exclusive "
                    "license agreement with Parent, pursuant to which the Company granted a worldwide exclusive license for the "
                    "development and commercialization of certepetide.\n")
    ext = extract(parse_path(path))
    assert ext.mentions[ext.registrant].name == "Lisata Therapeutics, Inc."
    assert _license_rows(path) == {("Lisata Therapeutics, Inc.", "Kuva Labs Inc.", "certepetide", ("Grant",))}


def test_the_successor_in_interest(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text("FORM 10-K\nModerna, Inc.\n(Exact name of registrant as specified in its charter)\n\n"
                    "Moderna LLC was the successor in interest to Moderna Therapeutics, Inc., a corporation incorporated in 2010.\n")
    ext = extract(parse_path(path))
    name = {r: m.name for r, m in ext.mentions.items()}
    # Moderna LLC is a legal entity of its own beside the registrant Moderna, Inc.: the successor the sentence names.
    assert [(name[f.subject], name[f.value]) for f in ext.facts if f.prop == "succeededBy"] == [("Moderna Therapeutics, Inc.", "Moderna LLC")]


def test_two_legal_entities_of_one_name_stay_two(tmp_path):
    """An agreement's parties "Adaptimmune LLC" and "Adaptimmune Limited" share a short name but are two
    companies; "Acme, Inc." and "ACME INC." are one."""
    path = tmp_path / "f.txt"
    path.write_text('This Agreement is entered into by and between Bigco University Hospital ("Bigco") and Zorbix LLC, '
                    'with a place of business in Philadelphia ("Zorbix"); and Zorbix Limited, with a place of business in '
                    'Oxford ("Zorbix Limited"). Zorbix and Zorbix Limited are biotechnology companies. ZORBIX LLC shall pay.\n')
    ext = extract(parse_path(path))
    orgs = {m.name: m.aliases for m in ext.of_kind(Kind.ORG)}
    assert "Zorbix LLC" in orgs and "Zorbix Limited" in orgs
    assert "Zorbix" in orgs["Zorbix LLC"] and "Zorbix Limited" not in orgs["Zorbix LLC"]


def test_a_bare_name_in_an_agreement_slot_is_a_party(tmp_path):
    """A one-word company said once, as the other party of an agreement, is kept; a person with an
    honorific, departments in a list and plural nouns in the same slot are not companies."""
    path = tmp_path / "f.txt"
    path.write_text("Zorbix Therapeutics plc announced results. Zorbix has a strategic collaboration and licensing agreement "
                    "with Novartix for the development of its lead program. The Company entered into an indemnification "
                    "agreement with Mr. Hetzel. Our team works in partnership with Legal, Compliance and HR. "
                    "The policy covers compensation arrangements with Covered Executives.\n")
    orgs = {m.name for m in extract(parse_path(path)).of_kind(Kind.ORG)}
    assert "Novartix" in orgs
    assert not orgs & {"Hetzel", "Mr. Hetzel", "Compliance", "Legal", "Covered Executives"}


def test_departments_and_plans_are_not_organizations(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text('"We are pleased," said Jane Roe, M.D., associate professor of Breast Surgical Oncology. The Hospital is '
                    "self-insured under The University of Texas Professional Medical Liability Benefit Plan.\n")
    orgs = {m.name for m in extract(parse_path(path)).of_kind(Kind.ORG)}
    assert not any("Oncology" in o or o.endswith("Plan") for o in orgs)


def test_a_table_of_licensing_partners(tmp_path):
    """Rows of 'Partner | Program | ...' under a heading about licensing: the filer licensed each row's product, or the
    program a row's program cell names ('Oncology'), as the cell writes it."""
    path = tmp_path / "f.txt"
    path.write_text("FORM 8-K\nABVC BioPharma, Inc.\n(Exact name of registrant as specified in its charter)\n\n"
                    "Vitargus® is our product candidate for retinal detachment.\n\n"
                    "Remaining Licensing Milestone Income Provides Strong Revenue Visibility\n\n"
                    "Partner | Program | Cash Collected | Remaining Milestone Potential\n"
                    "ForSeeCon Eye Corporation | Ophthalmology (Vitargus®) | $296,000 | $6,704,000\n"
                    "OncoX BioPharma Inc. | Oncology | $200,000 | $4,800,000\n"
                    "Total | $702,000 | $18,298,000\n\n"
                    "Supplier | Product | Amount\nAcme Glass Corporation | Vitargus® vials | $10,000\n")
    assert _license_rows(path) == {("ABVC BioPharma, Inc.", "ForSeeCon Eye Corporation", "Vitargus", ("Grant",)),
                                   ("ABVC BioPharma, Inc.", "OncoX BioPharma Inc.", "Oncology", ("Grant",))}


def test_a_license_to_an_owners_platform(tmp_path):
    """'..., Inc.' / ''s (OMT) OmniAb platform' split over two lines is one sentence; 'OMT' is a short name;
    'a non-exclusive license to certain transgenic rodents of OMT's OmniAb platform' is OMT's license."""
    path = tmp_path / "f.txt"
    path.write_text("FORM 10-K\nAptevo Therapeutics Inc.\n(Exact name of registrant as specified in its charter)\n\n"
                    "Our IP portfolio is ours, except for rodents of Open Monoclonal Technology, Inc.\n's (OMT) OmniAb platform. "
                    "We also have a non-exclusive license to certain transgenic rodents of OMT's OmniAb platform.\n")
    assert _license_rows(path) == {("Open Monoclonal Technology, Inc.", "Aptevo Therapeutics Inc.", "OmniAb platform", ("Grant",))}


def test_medicines_named_by_what_they_are_indicated_for(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text("Gelclair, which is marketed to acute care facilities, is indicated for the management of oral pain. "
                    "Revenues come from two marketed products: DepoCyt for lymphomatous meningitis and DepoDur for "
                    "post-surgical pain. It is indicated for pain. Apple is a company.\n")
    assert names(extract(parse_path(path)), Kind.PRODUCT) == {"Gelclair", "DepoCyt", "DepoDur"}


def test_a_title_with_an_affiliation_after_at(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text('David Hong, M.D., associate professor of Investigational Cancer Therapeutics at MD Anderson added, '
                    '"It is our hope this alliance will help."\n')
    ext = extract(parse_path(path))
    assert [(ext.mentions[r.person].name, r.title) for r in ext.roles] == [
        ("David Hong", "associate professor of Investigational Cancer Therapeutics")]


def test_an_in_license_in_brackets_and_a_licensing_agreement_for_a_product(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text("FORM 20-F\nAstraZeneca PLC\n(Exact name of registrant as specified in its charter)\n\n"
                    "Investment in 2022 increased to support our late-stage assets, including eplontersen (in-licensed from "
                    "Ionis Pharmaceuticals, Inc. in 2021).\n\nAlexion Pharmaceuticals, Inc. entered into an exclusive worldwide "
                    "licensing agreement with Neurimmune AG for the development of NI006, an investigational human mAb.\n")
    ext = extract(parse_path(path))
    assert _license_rows(path) == {
        ("Ionis Pharmaceuticals, Inc.", "AstraZeneca PLC", "eplontersen", ("Grant",)),
        ("Neurimmune AG", "Alexion Pharmaceuticals, Inc.", "NI006", ("Grant",)),
    }
    [eplontersen] = [lic for lic in ext.licenses if ext.mentions[lic.asset].name == "eplontersen"]
    assert str(eplontersen.events[0].date) == "2021"


def _people(path):
    ext = extract(parse_path(path))
    return {ext.mentions[r.person].name: r.title for r in ext.roles}


def test_signatures_repeat_the_name_in_any_case_keep_a_generation_and_firms_are_not_people(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text("FORM 10-K\nMEDICIS PHARMACEUTICAL CORPORATION\n(Exact name of registrant as specified in its charter)\n\n"
                    "SIGNATURES\n\n/s/ JONAH SHACKNAI Jonah Shacknai\nChairman of the Board and Chief Executive Officer\n\n"
                    "/s/ MARK A. PRYGOCKI, SR.\nMark A. Prygocki, Sr.\nChief Financial Officer\n\n/s/ KPMG LLP\n")
    ext = extract(parse_path(path))
    assert names(ext, Kind.PERSON) == {"Jonah Shacknai", "Mark A. Prygocki, Sr."}
    assert "KPMG LLP" not in names(ext, Kind.ORG)  # the auditor plays no part in any fact


def test_officers_appointed_leaving_and_listed_in_a_table_with_ages(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text(COVER + "The Board of Directors appointed Mary Johnson to serve as Chief Financial Officer, effective March 1, 2024.\n\n"
                    "On January 5, 2024, Peter Lee notified the Company of his resignation as Chief Operating Officer.\n\n"
                    "Information about our Executive Officers\n\n| Name | Age | Position |\n| John Adams | 61 | Chief Scientific Officer |\n"
                    "| Alice Walker, Jr. | 45 | General Counsel and Secretary |\n| Total | 12 | 15 |\n")
    assert _people(path) == {
        "Mary Johnson": "Chief Financial Officer", "Peter Lee": "Chief Operating Officer",
        "John Adams": "Chief Scientific Officer", "Alice Walker, Jr.": "General Counsel and Secretary",
    }


def test_what_a_company_has_is_not_a_company_and_fragments_are_not_names(tmp_path):
    """'Board of Directors of X', 'Form 10-K of X', 'Investment Manager of X': X is the company; 'Bank of
    America Corporation' is a name of its own; 'Development LLC' is the broken-off end of one."""
    path = tmp_path / "f.txt"
    path.write_text("This Annual Report on Form 10-K of Acurx Pharmaceuticals, Inc. is filed. The Board of Directors of "
                    "Syndax Pharmaceuticals, Inc. approved the 2015 Equity Incentive Plan of Gilead Sciences, Inc. Bank of "
                    "America Corporation is the agent of the Investment Manager of Heights Capital Management, Inc. and "
                    "Aptevo Research and Development LLC holds it.\n")
    found = names(extract(parse_path(path)), Kind.ORG)
    # a bank is left out as incidental, but never cut to "America Corporation"
    assert found == {"Acurx Pharmaceuticals, Inc.", "Syndax Pharmaceuticals, Inc.", "Gilead Sciences, Inc.", "Heights Capital Management, Inc.",
                     "Aptevo Research and Development LLC"}  # the whole name, not its broken-off end
    assert company_of("Bank of America Corporation") == "Bank of America Corporation"


def test_technologies_named_by_a_target_a_company_or_a_modality_are_not_platforms(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text("Moderna, Inc. is a biotechnology company. We licensed the CD33 technology and FLT3 technology from the "
                    "National Cancer Institute. Our LNP technology and Moderna technology are protected. Our Chief People "
                    "Officer leads the Office technology group. We use CAR T-cell technology. Our IP platform is strong. "
                    "The XmAb technology of Xencor, Inc. is used to engineer antibodies.\n")
    assert names(extract(parse_path(path)), Kind.PLATFORM) == {"XmAb technology"}


def test_rights_obtained_under_the_agreement_of_the_sentence_before_and_rights_that_reverted(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text(COVER + "In January 2021, we entered into a collaboration with Vireo Pharma, Inc. (\"Vireo\"). Under the "
                    "terms of the agreement, we will receive an upfront payment of $50 million and Vireo will obtain "
                    "exclusive rights to develop and commercialize SNDX-808 in Europe.\n\n"
                    "On June 1, 2021, Zeta Corp. terminated its license agreement with us for SNDX-606, and all rights to "
                    "SNDX-606 reverted to us.\n\nSNDX-444 is licensed from Northern State University.\n")
    assert _license_rows(path) == {
        ("Syndax Pharmaceuticals, Inc.", "Vireo Pharma, Inc.", "SNDX-808", ("Grant",)),
        ("Syndax Pharmaceuticals, Inc.", "Zeta Corp.", "SNDX-606", ("RightsReturned", "Termination")),
        ("Northern State University", "Syndax Pharmaceuticals, Inc.", "SNDX-444", ("Grant",)),
    }


def test_an_exhibit_index_gives_the_day_the_prose_only_gives_the_month_of(tmp_path):
    """'In August 2020 ... license' + 'License Agreement, dated August 7, 2020, by and between the Registrant
    and X': the license starts on August 7; an amendment's date is not its start."""
    path = tmp_path / "f.txt"
    path.write_text(COVER + "In August 2020, we entered into a license agreement with Lytix Biopharma AS, pursuant to which "
                    "we obtained an exclusive license to develop and commercialize LTX-315.\n\nEXHIBIT INDEX\n\n"
                    "| 10.12 | License Agreement, dated August 7, 2020, by and between the Registrant and Lytix Biopharma AS. |\n"
                    "| 10.13 | Amendment No. 1 to License Agreement, dated August 3, 2020, by and between the Registrant and "
                    "Lytix Biopharma AS. |\n")
    [lic] = extract(parse_path(path)).licenses
    assert str(lic.effective) == "2020-08-07"


def test_a_short_name_inside_one_longer_name_and_counsel_banks_and_bare_names_said_once(tmp_path):
    """'Schering Pharma' is inside exactly one name; counsel and banks with no part in a fact are left out,
    as is a bare name said once unless its last word makes it a company."""
    path = tmp_path / "f.txt"
    path.write_text("Syndax Pharmaceuticals, Inc. licensed entinostat from Bayer Schering Pharma AG in 2007. Schering Pharma "
                    "retains rights in Japan. Counsel: Morgan, Lewis & Bockius LLP. The Strategic Industry Ventures group and "
                    "Carisma Therapeutics attended. Silicon Valley Bank is the lender.\n")
    ext = extract(parse_path(path))
    assert names(ext, Kind.ORG) == {"Syndax Pharmaceuticals, Inc.", "Bayer Schering Pharma AG", "Carisma Therapeutics"}
    assert "Schering Pharma" in mention(ext, Kind.ORG, "Bayer Schering Pharma AG").aliases


def test_people_quoted_by_name_alone_and_titles_before_names(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text("Acme Therapeutics, Inc. (Nasdaq: ACME) today announced results.\n\n"
                    "\"We are pleased with these results,\" said John Smith.\n\n"
                    "According to Dr. Wei Chen, the data support advancing the program.\n\n"
                    "Acme is led by Chief Executive Officer Robert King.\n\n"
                    "Our Non-Employee Director Compensation Policy is attached.\n")
    ext = extract(parse_path(path))
    assert names(ext, Kind.PERSON) == {"John Smith", "Wei Chen", "Robert King"}
    assert _people(path) == {"Robert King": "Chief Executive Officer"}


def test_a_collaboration_to_co_develop_the_partners_product_is_a_license_from_it(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text(COVER + "In January 2023, we closed an agreement to enter into a global strategic collaboration with "
                    "Arcellx, Inc. (\"Arcellx\"), a public company, to co-develop and co-commercialize Arcellx's lead "
                    "late-stage product candidate, ACLX-001, for the treatment of patients with multiple myeloma.\n")
    assert _license_rows(path) == {("Arcellx, Inc.", "Syndax Pharmaceuticals, Inc.", "ACLX-001", ("Grant",))}


def test_a_press_release_without_a_cover_out_licenses_exercises_an_option_and_gets_rights_back(tmp_path):
    """No cover page: the announcer entered into the agreement under which the partner receives rights."""
    path = tmp_path / "f.txt"
    path.write_text(
        "BOSTON, March 3, 2024 -- Acme Therapeutics, Inc. (Nasdaq: ACME) today announced that it has entered into an "
        "exclusive license agreement with Zenith Pharma Co., Ltd. (\"Zenith\") under which Zenith will receive exclusive "
        "rights to develop and commercialize ACM-101 in Greater China.\n\n"
        "Separately, Acme has exercised its option to acquire an exclusive license to ORB-701 from Orbis Bio, Inc.\n\n"
        "Acme also announced that Helix Corp. has returned the rights to ACM-202, an antibody, to Acme, effective April 1, 2024.\n")
    assert _license_rows(path) == {
        ("Acme Therapeutics, Inc.", "Zenith Pharma Co., Ltd.", "ACM-101", ("Grant",)),
        ("Orbis Bio, Inc.", "Acme Therapeutics, Inc.", "ORB-701", ("Grant", "OptionExercise")),
        ("Acme Therapeutics, Inc.", "Helix Corp.", "ACM-202", ("RightsReturned",)),
    }


def _successions(path):
    ext = extract(parse_path(path))
    return {(ext.mentions[f.subject].name, ext.mentions[f.value].name) for f in ext.facts if f.prop == "succeededBy"}


def test_renames_merge_and_combinations_succeed(tmp_path):
    """A SPAC that merged and took its target's name, and an LLC converted to a corporation, are succeeded by
    the company under the new name; a company renamed within one legal form ("f/k/a") is one company."""
    path = tmp_path / "f.txt"
    path.write_text("On March 1, 2021, Dynamics Special Purpose Corp. completed its business combination with Senti "
                    "Biosciences, Inc., and changed its name to Senti Biosciences, Inc.\n\n"
                    "Acme Therapeutics, Inc. (formerly known as Old Acme Pharmaceuticals, Inc.) is developing ACM-101.\n\n"
                    "Zorbix, Inc. (formerly known as Zorbix LLC) is developing ZRB-1.\n")
    assert _successions(path) == {
        ("Dynamics Special Purpose Corp.", "Senti Biosciences, Inc."),
        ("Zorbix LLC", "Zorbix, Inc."),
    }
    orgs = {m.name: m.aliases for m in extract(parse_path(path)).of_kind(Kind.ORG)}
    assert "Old Acme Pharmaceuticals, Inc." in orgs["Acme Therapeutics, Inc."]


def test_a_company_renamed_after_its_ticker_and_description_succeeds_its_former_name(tmp_path):
    # (Corporation to Inc. is read as another legal form, as a blank-check company's "Holdings IX, Inc." to "Corp." must be;
    # a subsidiary "formerly Kestrin Corporation's" is no former name)
    path = tmp_path / "f.txt"
    path.write_text("This Agreement is by and between Marlo Enterprises, LLC (\u201cMarlo\u201d) and Velmar Health, Inc. (OTC Pink: "
                    "VLMH), a Colorado corporation f/k/a Kestrin Corporation (\u201cVHI\u201d).\n\n"
                    "Orvane Bio, Inc. (OTC: ORVB), a Nevada corporation formerly Zelmar Corporation's subsidiary, signed it.\n")
    assert _successions(path) == {("Kestrin Corporation", "Velmar Health, Inc.")}


def test_an_agreement_grants_a_licensed_product_defined_through_the_compound(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text(
        "EXCLUSIVE LICENSE AGREEMENT\n\nThis Exclusive License Agreement (the \"Agreement\") is entered into as of June 15, "
        "2018 (the \"Effective Date\") by and between Northstar Biologics, Inc., a Delaware corporation (\"Licensor\"), and "
        "Riverbend Pharmaceuticals, Inc., a Delaware corporation (\"Licensee\").\n\n1.1 \"Compound\" means NSB-4471 and any "
        "salt, ester or prodrug thereof.\n\n1.2 \"Licensed Product\" means any pharmaceutical product containing the "
        "Compound.\n\n2.1 Licensor hereby grants to Licensee an exclusive, royalty-bearing license under the Licensed "
        "Patents to develop, manufacture and commercialize Licensed Products in the Territory.\n")
    assert _license_rows(path) == {("Northstar Biologics, Inc.", "Riverbend Pharmaceuticals, Inc.", "NSB-4471", ("Grant",))}
    [lic] = extract(parse_path(path)).licenses
    assert str(lic.effective) == "2018-06-15"


def test_a_notice_of_termination_ends_the_license_on_the_day_it_takes_effect(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text(COVER + "We have licensed SNDX-101 to Zeta Corp. since 2015.\n\nOn May 2, 2022, Zeta Corp. notified us of "
                    "its decision to terminate the license agreement for SNDX-101, effective August 1, 2022.\n")
    assert _license_rows(path) == {("Syndax Pharmaceuticals, Inc.", "Zeta Corp.", "SNDX-101", ("Grant", "Termination"))}
    [lic] = extract(parse_path(path)).licenses
    assert (lic.status, str(lic.terminated)) == ("Terminated", "2022-08-01")


def test_a_nickname_in_quotes_is_part_of_a_signers_name(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text(COVER + "SIGNATURES\n\nName | Title\n/s/ Jose \"Pepe\" Carmona Jose \"Pepe\" Carmona | Chief Financial Officer\n")
    assert _people(path) == {'Jose "Pepe" Carmona': "Chief Financial Officer"}


def test_brands_without_a_trademark_sign_named_as_what_is_sold(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text("Our future income will depend on the ability of Medexus Pharmaceuticals Inc. to develop, market and "
                    "commercialize IXINITY. The supply of placebo for PPI's Exparel product continues. Our Licensed product "
                    "and sales of COVID tests grew.\n")
    assert names(extract(parse_path(path)), Kind.PRODUCT) == {"IXINITY", "Exparel"}


def test_licenses_stated_through_the_agreement_they_come_under(tmp_path):
    """'a license agreement (the "X Agreement") with X for a ... license to develop P' is an in-license even of
    a product the filer develops; 'a license to P pursuant to a license agreement with X'; 'agreed to license P to X'."""
    path = tmp_path / "f.txt"
    path.write_text(COVER + "We are developing SNDX-101, SNDX-202 and SNDX-303.\n\n"
                    "In March 2007, we entered into a license agreement (the \"Beta Agreement\") with Beta Bio, Inc. (\"Beta\") "
                    "for a worldwide, exclusive license to develop and commercialize SNDX-101.\n\n"
                    "We have a worldwide, sublicensable, exclusive license to SNDX-202 pursuant to a license agreement with "
                    "Gamma University.\n\nUnder the terms of the agreement, we agreed to license SNDX-303 to Delta Corp. with "
                    "no upfront fees.\n")
    assert _license_rows(path) == {
        ("Beta Bio, Inc.", "Syndax Pharmaceuticals, Inc.", "SNDX-101", ("Grant",)),
        ("Gamma University", "Syndax Pharmaceuticals, Inc.", "SNDX-202", ("Grant",)),
        ("Syndax Pharmaceuticals, Inc.", "Delta Corp.", "SNDX-303", ("Grant",)),
    }


def test_an_agreement_to_acquire_the_rights_to_a_product(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text(COVER + "Effective December 2018, we entered into an agreement with Japan Tobacco Inc. to acquire the rights "
                    "to market and distribute certain products in our HIV portfolio in Japan and to expand our rights to "
                    "develop and commercialize elvitegravir to include Japan.\n")
    assert _license_rows(path) == {("Japan Tobacco Inc.", "Syndax Pharmaceuticals, Inc.", "elvitegravir", ("Grant",))}


def test_restated_is_not_a_speech_verb_and_two_titles_are_not_a_person(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text(COVER + "| 10.8+ | Amended and Restated Employment Agreement, by and between the Registrant and Jane Roe. |\n\n"
                    "Our Executive Vice President, General Counsel, signed. The Chairman and CEO, Adobe Systems, attended.\n")
    # the agreement's other party is a person (named_people reads her by her given name); the titles are no one
    assert names(extract(parse_path(path)), Kind.PERSON) == {"Jane Roe"}


def test_named_technologies_are_platforms_only_near_medicine(tmp_path):
    """A computer maker's 'NEXTSTEP technology' or 'Vera Rubin platform' is a product of its own, not a
    platform drugs are made on: a platform needs words of medicine in its sentence or the next to it."""
    path = tmp_path / "f.txt"
    path.write_text("Apple Computer, Inc. will ship the NEXTSTEP technology this year. Revenue grew.\n\n"
                    "Sales were flat. The NVIDIA Vera Rubin platform ships in 2026. Margins rose.\n\n"
                    "Costs fell. Our proprietary TetraLink technology conjugates payloads. Revenue grew.\n")
    assert names(extract(parse_path(path)), Kind.PLATFORM) == {"TetraLink technology"}


def test_platform_names_without_descriptions_verbs_or_a_second_head(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text("Using NeXT technology, we build antibodies. Our AI-based technology helps. We develop ADAPTIR-FLEX Platform "
                    "Technologies; ADAPTIR-FLEX are promising platform candidates.\n")
    ext = extract(parse_path(path))
    assert names(ext, Kind.PLATFORM) == {"NeXT technology", "ADAPTIR-FLEX technology"}
    assert mention(ext, Kind.PLATFORM, "ADAPTIR-FLEX technology").aliases <= {"ADAPTIR-FLEX", "ADAPTIR-FLEX platform"}


def test_deal_table_headings_and_legalese_in_capitals_are_not_companies(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text("Number of Shares Underlying Vested Company options were paid. The Aggregate Closing Option "
                    "Consideration for Vested In-The-Money Company is set. IN THE EVENT THAT ANY OF THE ASSUMPTIONS "
                    "UNDERLYING THE COMPANY change. Lisata Therapeutics, Inc. agreed.\n")
    assert names(extract(parse_path(path)), Kind.ORG) == {"Lisata Therapeutics, Inc."}


def test_british_spellings_read_as_american(tmp_path):
    """'licence', 'commercialise': annual reports of UK companies; the rules read them all the same."""
    path = tmp_path / "f.txt"
    path.write_text("In June 2016, Zorbix plc licenced to Quarra Ltd the global rights to develop and commercialise ZRB-123. "
                    "In April 2015, Quarra Ltd entered into two oncology agreements with Novartix AG: first, a licence which "
                    "provides Quarra Ltd with exclusive global rights to co-develop and commercialise monalizumab.\n")
    assert _license_rows(path) == {("Zorbix plc", "Quarra Ltd", "ZRB-123", ("Grant",)),
                                   ("Novartix AG", "Quarra Ltd", "monalizumab", ("Grant",))}


def test_committee_members_listed_by_party(tmp_path):
    """'EKR - Graham May, MD - CMO   PPI - Gary Patou, MD - CMO': each member with the party before the name.
    "PPI" shortens the first party although its former name stands between them."""
    path = tmp_path / "f.txt"
    path.write_text('This Agreement is made between ZORBIX PHARMACEUTICALS, INC. (F/K/A QUARRA, INC.) a company incorporated '
                    'in the state of California ("ZPI"); and EKR THERAPEUTICS, INC., a Delaware corporation ("EKR").\n\n'
                    "EKR - Graham May, MD - CMO   ZPI - Gary Patou, MD - CMO\n")
    rows = _role_rows(path)
    assert any(p == "Graham May" and t == "CMO" and o.upper().startswith("EKR") for p, t, o in rows)
    assert any(p == "Gary Patou" and t == "CMO" and o.upper().startswith("ZORBIX") for p, t, o in rows)


def test_a_named_approach_is_a_platform_and_a_platform_is_not_a_product(tmp_path):
    """'Characterized Oral Desensitization ImmunoTherapy (CODIT™) approach' names a technology (its acronym
    takes the T of 'ImmunoTherapy'); 'platforms: DepoFoam™ and Biosphere™' are technologies, not products."""
    path = tmp_path / "f.txt"
    path.write_text("The Company's Characterized Oral Desensitization ImmunoTherapy (CODIT\u2122) approach is intended to "
                    "protect patients. Zorbix develops injectable products based on two proprietary drug delivery "
                    "platforms: DepoFoam\u2122 and Biosphere\u2122. DepoDur, which utilizes the DepoFoam technology, is approved.\n")
    ext = extract(parse_path(path))
    platforms = {m.name: m.aliases for m in ext.of_kind(Kind.PLATFORM)}
    assert "CODIT" in platforms.get("CODIT approach", set())
    assert any("DepoFoam" in {n, *a} for n, a in platforms.items())
    assert not {m.name for m in ext.of_kind(Kind.PRODUCT)} & {"DepoFoam", "CODIT", "Biosphere"}


def test_a_grant_of_products_defined_by_several_compounds_licenses_each(tmp_path):
    """'"Compound" means ZB-4592, ZB-2216 and any other ...'; 'Product' contains a Compound; the grant of
    Products licenses each compound the definition names."""
    path = tmp_path / "f.txt"
    path.write_text(
        'COLLABORATION AGREEMENT\n\nThis Collaboration Agreement (the "Agreement") is entered into as of June 1, 2005 by '
        'and between Zorbix Pharmaceuticals, Inc., a Delaware corporation ("Zorbix"), and Quarra Pharma Inc., a Japanese '
        'corporation ("Quarra").\n\n1.12 "Compound" means ZB-4592, ZB-2216 and any other HIF prolyl hydroxylase inhibitor '
        'Controlled by Zorbix.\n\n1.45 "Product" means any pharmaceutical product containing a Compound.\n\n2.1 Zorbix '
        "hereby grants to Quarra an exclusive, royalty-bearing license under the Zorbix Patents to develop, use, sell and "
        "import Products in the Territory.\n")
    assert _license_rows(path) == {
        ("Zorbix Pharmaceuticals, Inc.", "Quarra Pharma Inc.", "ZB-4592", ("Grant",)),
        ("Zorbix Pharmaceuticals, Inc.", "Quarra Pharma Inc.", "ZB-2216", ("Grant",)),
    }


def test_an_agreement_names_a_party_by_a_term_of_other_letters(tmp_path):
    """'GLAXO GROUP LIMITED, a United Kingdom corporation, having its principal office at ... ("GSK")': the
    party's term even though its letters are not the name's initials; a pool of both parties' compounds
    ('(i) ... provided by GSK, (ii) ...') is not a list of licensed products."""
    path = tmp_path / "f.txt"
    path.write_text(
        'This Agreement is entered into by and between Zorbix, Inc., a Delaware corporation ("Zorbix"), and QUARRA GROUP '
        'LIMITED, a United Kingdom corporation, having its principal office at Berkeley Avenue, Greenford ("QGX").\n\n'
        '1.1 "Pooled Compounds" means (i) the two compounds provided by QGX (identified as QG-597901 and QG-678007), and '
        '(ii) the compound provided by Zorbix (ZB-3327).\n\n1.2 "Collaboration Product" means any of the Pooled '
        "Compounds.\n\n2.1 Zorbix hereby grants to QGX an exclusive license under the Zorbix Patents to make, use and sell "
        "Collaboration Products in the Territory.\n")
    ext = extract(parse_path(path))
    assert "QGX" in {a for m in ext.of_kind(Kind.ORG) if m.name.upper() == "QUARRA GROUP LIMITED" for a in m.aliases}
    assert not {row for row in _license_rows(path) if row[2].startswith("QG")}


def test_an_agreement_signed_by_printed_name_only(tmp_path):
    """'By: ____  Name: Jane Q. Roe  Title: Chief Financial Officer' under the party's name: a signatory of that
    party; beside a /s/ signature the printed name only repeats it."""
    path = tmp_path / "f.txt"
    path.write_text("IN WITNESS WHEREOF, the parties have signed this Agreement.\n\nACME BIO LLC\n\nBy:  ____________\n"
                    "Name: Jane Q. Roe\nTitle: Chief Financial Officer\n")
    assert _role_rows(path) == {("Jane Q. Roe", "Chief Financial Officer", "ACME BIO LLC")}


def test_appointments_as_8k_items_word_them(tmp_path):
    """Item 5.02 phrasings: an age in apposition, 'will succeed X as', 'step down from his role as',
    'was appointed' with no 'as', 'the Company's General Counsel'; a title cut off before its noun is none."""
    path = tmp_path / "f.txt"
    path.write_text("FORM 8-K\nZorbix Therapeutics, Inc.\n(Exact name of registrant as specified in its charter)\n\n"
                    "On March 1, 2026, the Board appointed Jane Doe, 52, as Chief Financial Officer.\n\n"
                    "Mark Wilson, 61, will succeed John Roe as President.\n\n"
                    "Peter Lane will step down from his role as Chief Executive Officer on May 1.\n\n"
                    "Robert Kim was appointed Chief Scientific Officer in 2019.\n\n"
                    "Effective June 1, Karen Bell, the Company's General Counsel, will become Chief Legal Officer.\n\n"
                    "The search was led by Philip Broadley in his role as Senior independent Director.\n")
    rows = {(person, title) for person, title, _ in _role_rows(path)}
    assert {("Jane Doe", "Chief Financial Officer"), ("Mark Wilson", "President"), ("Peter Lane", "Chief Executive Officer"),
            ("Robert Kim", "Chief Scientific Officer"), ("Karen Bell", "General Counsel")} <= rows
    assert not any(t == "Senior" for _, t in rows)


def test_cell_therapies_named_by_target_and_platform(tmp_path):
    """'its NY-ESO SPEAR T-cell therapy', 'SPEAR T-cell therapies targeting the MAGE-A10 and AFP cancer antigens':
    one product a target, named as the first is."""
    path = tmp_path / "f.txt"
    path.write_text("Zorbix's SPEAR® (Specific Peptide Enhanced Affinity Receptor) T-cell platform engineers T-cells. "
                    "Its NY-ESO SPEAR T-cell therapy has shown responses. Its programs include SPEAR T-cell therapies "
                    "targeting the MAGE-A10 and AFP cancer antigens.\n")
    products = {m.name: m.aliases for m in extract(parse_path(path)).of_kind(Kind.PRODUCT)}
    assert {"NY-ESO SPEAR T-cell therapy", "MAGE-A10 SPEAR T-cell therapy", "AFP SPEAR T-cell therapy"} <= set(products)
    assert "SPEAR T-cell therapy targeting AFP" in products["AFP SPEAR T-cell therapy"]


@pytest.mark.parametrize("sentence, licensor", [
    ("In 2018, we entered into an exclusive license agreement with the University of Pennsylvania, or Penn, pursuant to "
     "which we obtained an exclusive, worldwide license to certain patents relating to ZX-101.", "University of Pennsylvania"),
    ("ZX-101 is licensed to us by the Regents of the University of California.", "Regents of the University of California"),
    ("Our product candidate ZX-101 is being developed under a license from Quarra Pharma Inc.", "Quarra Pharma Inc."),
    ("We have worldwide rights to ZX-101 under a license agreement with Stanford University.", "Stanford University"),
    ("We license ZX-101 from Quarra Pharma Inc. pursuant to an exclusive license agreement.", "Quarra Pharma Inc."),
    ("We obtained the rights to ZX-101 through a license agreement with Quarra Pharma Inc. in 2016.", "Quarra Pharma Inc."),
])
def test_in_licenses_as_10ks_word_them(tmp_path, sentence, licensor):
    path = tmp_path / "f.txt"
    path.write_text(f"FORM 10-K\nZorbix Therapeutics, Inc.\n(Exact name of registrant as specified in its charter)\n\n{sentence}\n")
    assert {row[:3] for row in _license_rows(path)} == {(licensor, "Zorbix Therapeutics, Inc.", "ZX-101")}


def test_a_press_release_partner_known_by_its_first_word_receives_the_rights(tmp_path):
    """'Quarra will receive exclusive rights to ...' names Quarra Pharma Inc. by its first word; the announcer
    of a release with no cover page granted them, and that outranks the bare 'license agreement with Quarra'."""
    path = tmp_path / "f.txt"
    path.write_text("SAN DIEGO, March 3, 2025 -- Zorbix Therapeutics, Inc. (Nasdaq: ZRBX) today announced that it has "
                    "entered into an exclusive license agreement with Quarra Pharma Inc. for the development and "
                    "commercialization of ZX-201 in Greater China. Under the terms of the agreement, Quarra will receive "
                    "exclusive rights to develop and commercialize ZX-201 in Greater China.\n")
    assert {row[:3] for row in _license_rows(path)} == {("Zorbix Therapeutics, Inc.", "Quarra Pharma Inc.", "ZX-201")}


def test_initials_an_agreement_coins_for_a_party_but_not_for_a_law(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text('This Agreement is made by Kuva Acquisition Corp., a Delaware corporation organized under the Delaware '
                    'General Corporation Law ("DGCL"), and Dynamics Special Purpose Corp., a Delaware corporation ("DYNS").\n')
    orgs = {m.name: m.aliases for m in extract(parse_path(path)).of_kind(Kind.ORG)}
    assert "DYNS" in orgs["Dynamics Special Purpose Corp."] and "DGCL" not in orgs["Kuva Acquisition Corp."]


def test_license_histories_as_10ks_tell_them(tmp_path):
    """Endings told after the grant: 'we terminated our license agreement with X for P' (after a legal form that
    ends the sentence before it), 'Following the termination of the Vega Agreement in 2018, we regained all rights
    to P', 'The license agreement with X for P expired in 2022'."""
    path = tmp_path / "f.txt"
    path.write_text("FORM 10-K\nZorbix Therapeutics, Inc.\n(Exact name of registrant as specified in its charter)\n\n"
                    "In 2012, we licensed ZX-511 from Orbis Pharma Inc. Effective December 31, 2019, we terminated our "
                    "license agreement with Orbis Pharma Inc. for ZX-511.\n\n"
                    'In 2016, we granted Vega Bio Inc. an exclusive license to ZX-531 (the "Vega Agreement"). Following the '
                    "termination of the Vega Agreement in 2018, we regained all rights to ZX-531.\n\n"
                    "We licensed ZX-541 from Stanford University in 2010. The license agreement with Stanford University for "
                    "ZX-541 expired in 2022.\n\n"
                    "In 2014, we licensed ZX-521 to Helix Bio Inc. Helix Bio Inc. returned the worldwide rights to ZX-521 to "
                    "us in 2021.\n")
    ext = extract(parse_path(path))
    name = {r: m.name for r, m in ext.mentions.items()}
    history = {name[lic.asset]: [(e.type.value, str(e.date)) for e in lic.events] for lic in ext.licenses}
    assert history == {
        "ZX-511": [("Grant", "2012"), ("Termination", "2019-12-31")],
        "ZX-531": [("Grant", "2016"), ("RightsReturned", "2018")],
        "ZX-541": [("Grant", "2010"), ("Termination", "2022")],
        "ZX-521": [("Grant", "2014"), ("RightsReturned", "2021")],
    }


def test_officer_biographies_as_10ks_write_them(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text("FORM 10-K\nZorbix Therapeutics, Inc.\n(Exact name of registrant as specified in its charter)\n\n"
                    "Anthony S. Marucci, 62, co-founded our company and has served as our President and Chief Executive "
                    "Officer since July 2008.\n\nSam Martin has been our Chief Financial Officer since 2019.\n\n"
                    "Dr. Jane Smith joined the Company in 2018 as Senior Vice President, Research.\n\n"
                    "Mr. Gary Lee is our Executive Vice President and General Counsel.\n")
    assert {(person, title) for person, title, _ in _role_rows(path)} >= {
        ("Anthony S. Marucci", "President and Chief Executive Officer"), ("Sam Martin", "Chief Financial Officer"),
        ("Jane Smith", "Senior Vice President"), ("Gary Lee", "Executive Vice President and General Counsel")}


def test_a_press_release_grant_to_a_partner_named_by_its_first_word(tmp_path):
    """'Zorbix grants Quarra an exclusive ... license' and 'The agreement grants Orbis exclusive rights to P';
    a first word the filing also writes in lower case ('Legal & General Group plc', 'legal') is not a name."""
    path = tmp_path / "f.txt"
    path.write_text("SAN DIEGO, March 3, 2025 -- Zorbix Therapeutics, Inc. (Nasdaq: ZRBX) today announced that it has "
                    "entered into a license agreement with Quarra Pharma Inc. Under the agreement, Zorbix grants Quarra an "
                    "exclusive, worldwide license to develop, manufacture and commercialize ZX-301. Zorbix also announced a "
                    "collaboration with Orbis Pharma Inc. The agreement grants Orbis exclusive rights to ZX-303 in Europe. "
                    "Shares are held by Legal & General Group plc; our legal counsel reviewed them. Legal will vote.\n")
    assert {row[:3] for row in _license_rows(path)} == {("Zorbix Therapeutics, Inc.", "Quarra Pharma Inc.", "ZX-301"),
                                                        ("Zorbix Therapeutics, Inc.", "Orbis Pharma Inc.", "ZX-303")}
    orgs = {m.name: m.aliases for m in extract(parse_path(path)).of_kind(Kind.ORG)}
    assert "Legal" not in orgs.get("Legal & General Group plc", set())


# --------------------------------------------------------------------------- written for data/fresh (see README)

def _write(tmp_path, text: str, name: str = "f.txt"):
    """A filing of ``text`` in a file of its own."""
    path = tmp_path / name
    path.write_text(text)
    return path


ACME_8K = "FORM 8-K\nAcme Biologics Corp.\n(Exact name of registrant as specified in its charter)\n\n"


def test_directors_named_in_lists_and_appointments(tmp_path):
    path = _write(tmp_path, ACME_8K + "Effective as of the Effective Time, Robert K. Hale, Mary Lind and Paul J. Ortiz resigned from the "
                    "board of directors of the Company.\n\nThe Board consists of Tom Reyes, who continues as a director, and "
                    "Ines Vidal, Gideon Marsh, M.D., and Wen-Li Chao, each of whom was a director of Private Acme.\n\n"
                    "On July 18, 2019, the Board elected Cora Banks, Ph.D., as a Class I director of the Company.\n\n"
                    "On July 16, 2019, Dr. Frank T. Ode informed Acme Biologics Corp. (the \"Company\") of his resignation "
                    "from the Company's Board of Directors, effective immediately.\n")
    directors = {p for p, title, org in _role_rows(path) if title == "Director" and org == "Acme Biologics Corp."}
    assert directors == {"Robert K. Hale", "Mary Lind", "Paul J. Ortiz", "Tom Reyes", "Ines Vidal", "Gideon Marsh",
                         "Wen-Li Chao", "Cora Banks", "Frank T. Ode"}


def test_officers_stated_as_the_title_is_the_name_and_accented_names(tmp_path):
    path = _write(tmp_path, ACME_8K + "Our Chief Financial Officer is Terry Gallon.\n\n"
                    "The Board appointed Victor M. Sala as the Company's Executive Vice President and Chief Financial Officer.\n\n"
                    '"We are pleased," said Sabine Köhler, Ph.D., Head of Oncology Research.\n\n'
                    "The company was founded by Martin Quell, Ph.D., Professor of Molecular Virology at Hollis University.\n")
    rows = _role_rows(path)
    assert ("Terry Gallon", "Chief Financial Officer", "Acme Biologics Corp.") in rows
    assert ("Victor M. Sala", "Executive Vice President and Chief Financial Officer", "Acme Biologics Corp.") in rows
    assert ("Sabine Köhler", "Head of Oncology Research", None) in rows
    assert ("Martin Quell", "Professor of Molecular Virology", None) in rows


def test_a_contacts_firm_line_is_an_organization_not_a_person(tmp_path):
    path = _write(tmp_path, ACME_8K + "Media Contact:\nEvan Dale\nCopperline Strategies\nevan@copperline.example\n\n"
                    "Investor Contact:\nSheila Moss\nSenior Director, Investor Relations and\nCorporate Communications\n"
                    "ir@acme.example\n")
    ext = extract(parse_path(path))
    assert names(ext, Kind.PERSON) == {"Evan Dale", "Sheila Moss"}
    assert "Copperline Strategies" in names(ext, Kind.ORG) and "Corporate Communications" not in names(ext, Kind.ORG)
    assert ("Sheila Moss", "Senior Director, Investor Relations and Corporate Communications", "Acme Biologics Corp.") in _role_rows(path)


def test_a_job_before_its_company_is_not_part_of_the_name():
    assert company_of("Discovery Biology at Pellham Therapeutics, Inc.") == "Pellham Therapeutics, Inc."
    assert company_of("Chief Financial Officer of Tamsen Biologics") == "Tamsen Biologics"
    assert company_of("University of Texas at Austin") == "University of Texas at Austin"
    assert company_of("Bank of America Corporation") == "Bank of America Corporation"
    assert company_of("Group Finance Director of Halloway plc") == "Halloway plc"
    assert company_of("Fellow of the Institute of Chartered Surveyors") == "Institute of Chartered Surveyors"
    assert company_of("Professor of Genetics at the Institute of Tumour Biology") == "Institute of Tumour Biology"


def test_headings_and_web_names_do_not_run_into_company_names(tmp_path):
    path = _write(tmp_path, ACME_8K + "Acquisition of Delmar Pharma\n\nWe paid $20 million for Delmar Pharma in May.\n\n"
                    "Acquired Quenby Therapeutics, Inc.\n\nQuenby Therapeutics, Inc. develops antibodies.\n\n"
                    "FACILITIES LEASE The Company leases its offices. Visit the Carrow Company online.\n\n"
                    "On May 2, SHOPNOW.COM, INC. agreed to buy New Jersey-- Fennick Foods, Inc. for cash.\n\n"
                    "She studied at the Chinese University of Hong Kong.\n")
    orgs = names(extract(parse_path(path)), Kind.ORG)
    assert {"Delmar Pharma", "Quenby Therapeutics, Inc.", "Carrow Company", "Fennick Foods, Inc.", "Chinese University of Hong Kong"} <= orgs
    assert not {o for o in orgs if o.startswith(("Acqui", "FACILITIES", "Visit", "COM", "Jersey"))}


def test_codes_of_studies_parts_and_abbreviations_are_not_products(tmp_path):
    path = _write(tmp_path, ACME_8K + "Our product candidate AB-101 uses our CF-09 capsid; capsid families include CF-09 and CF-14. "
                    "Our product candidate AB-103 uses the CF-14 capsid.\n\n"
                    "The BRIGHT-310 clinical trial of AB-101 is ongoing in patients.\n\n"
                    "In the trial, 58% of patients achieved an Eczema Area and Severity Index score (EASI-75) response.\n\n"
                    "AB-202 is a selective degrader of phosphoinositide 3-kinase delta.\n")
    assert names(extract(parse_path(path)), Kind.PRODUCT) == {"AB-101", "AB-103", "AB-202"}


def test_a_compound_referred_to_by_two_codes_is_one_product(tmp_path):
    path = _write(tmp_path, ACME_8K + '"Licensed Compound" means the compound designated by University as CU-4471 and referred to by '
                    "Licensee as TB-102, for the treatment of lymphoma.\n")
    assert mention(extract(parse_path(path)), Kind.PRODUCT, "CU-4471").aliases == {"TB-102"}


def test_an_acquisition_stated_in_a_biography_and_a_rename_after_a_merger_are_successions(tmp_path):
    path = _write(tmp_path, ACME_8K + "He served as CFO of Tamsen Biologics, Inc., a biotechnology company, until its acquisition by "
                    "Rowan Pharma plc in October 2017.\n\nTalon Bio, Inc., a Delaware corporation (\"Talon\"), completed its "
                    "merger with Verda Oncology, Inc. (the \"Merger\"). Immediately following the Merger, Talon changed its "
                    'name from "Talon Bio, Inc." to "Acme Biologics Corp."\n')
    assert _successions(path) == {("Tamsen Biologics, Inc.", "Rowan Pharma plc"), ("Talon Bio, Inc.", "Acme Biologics Corp.")}


def test_a_prospectus_names_its_issuer_above_what_it_sells_and_its_former_name_is_an_alias(tmp_path):
    path = _write(tmp_path, "PROSPECTUS\n\n8,500,000 Shares\n\nQuill Gene Therapies, Inc.\n\nCommon Stock\n\n"
                    "We were incorporated in Delaware in May 2017 under the name AAVgen, Inc. In October 2019, we changed our "
                    "name to Quill Gene Therapies, Inc.\n")
    ext = extract(parse_path(path))
    registrant = ext.mentions[ext.registrant]
    assert registrant.name == "Quill Gene Therapies, Inc." and "AAVgen, Inc." in registrant.aliases
    assert names(ext, Kind.ORG) == {"Quill Gene Therapies, Inc."}


def test_a_notice_of_termination_and_rights_that_reverted_close_the_license(tmp_path):
    path = _write(tmp_path, ACME_8K + "In January 2019, we entered into a collaboration and license agreement with Vantar Bio, Inc. "
                    '("Vantar"), pursuant to which we granted Vantar an exclusive worldwide license to develop and '
                    "commercialize AB-105, with Vantar responsible for funding development. In August 2020, Vantar notified "
                    "us of its decision to terminate the agreement for convenience. The termination became effective on "
                    "December 1, 2020, and all rights to AB-105 reverted to us.\n")
    # the notice (August 2020) and the termination taking effect (December 1, 2020) are two events
    assert _license_rows(path) == {("Acme Biologics Corp.", "Vantar Bio, Inc.", "AB-105", ("Grant", "RightsReturned", "Termination", "Termination"))}


def test_an_agreement_named_after_its_partner_expired_and_a_pde4_stem_is_an_inn(tmp_path):
    path = _write(tmp_path, ACME_8K + 'In December 2017, we in-licensed AB-007 (tarmilast) from Castel Therapeutics S.r.l. ("Castel") under '
                    'a license agreement (the "Castel Agreement") that granted us exclusive worldwide rights to develop AB-007. '
                    "We elected not to renew, and the Castel Agreement expired in accordance with its terms on December 31, 2021.\n")
    ext = extract(parse_path(path))
    assert mention(ext, Kind.PRODUCT, "tarmilast").aliases == {"AB-007"}
    (lic,) = ext.licenses
    assert (lic.status, lic.terminated) == ("Expired", PartialDate(2021, 12, 31))


def test_licensed_to_a_subsidiary_under_a_university_agreement_and_rights_licensed_to_a_partner_reverted(tmp_path):
    path = _write(tmp_path, ACME_8K + "PhageBox is our proprietary antibody discovery platform. Certain library methods used in PhageBox are "
                    "licensed to Tesla Bio, Inc. under a license agreement with Wexley University.\n\n"
                    'In May 2020, we entered into a license agreement with Ashby Pharma plc ("Ashby"), under which we granted '
                    "Ashby an exclusive license to develop AB-214 outside the United States. The termination became effective on "
                    "October 15, 2022, at which time all rights to AB-214 licensed to Ashby reverted to us.\n\n"
                    "TetraBond is our proprietary conjugation platform for antibody-drug conjugates. TetraBond is based in part on "
                    "technology exclusively licensed from Northam University.\n")
    assert _license_rows(path) == {
        ("Wexley University", "Tesla Bio, Inc.", "PhageBox platform", ("Grant",)),
        ("Acme Biologics Corp.", "Ashby Pharma plc", "AB-214", ("Grant", "RightsReturned", "Termination")),
        ("Northam University", "Acme Biologics Corp.", "TetraBond platform", ("Grant",)),
    }


def test_a_bispecific_format_is_a_platform_and_an_xbrl_format_is_not(tmp_path):
    path = _write(tmp_path, ACME_8K + "The cover page is formatted in the Inline XBRL format.\n\n"
                    "In January 2022, Orvo Biologics S.p.A. granted us a non-exclusive license relating to its BiKey bispecific "
                    "antibody format, for use with antibodies discovered by us.\n")
    ext = extract(parse_path(path))
    assert names(ext, Kind.PLATFORM) == {"BiKey format"}
    assert _license_rows(path) == {("Orvo Biologics S.p.A.", "Acme Biologics Corp.", "BiKey format", ("Grant",))}


def test_a_merger_party_named_apart_holds_rights_and_a_merger_sub_is_succeeded_by_no_one(tmp_path):
    path = _write(tmp_path, ACME_8K + 'Talon Bio, Inc. completed its merger with Verda Oncology, Inc., a Delaware corporation ("Private Verda"), '
                    'pursuant to which Talon Merger Sub, Inc. merged with and into Private Verda.\n\n'
                    "Private Verda holds exclusive worldwide rights, excluding mainland China, to lerzotinib under a September "
                    "2019 license agreement with Sagebush Pharmaceuticals Co., Ltd., which discovered the compound.\n")
    ext = extract(parse_path(path))
    assert "Private Verda" in mention(ext, Kind.ORG, "Verda Oncology, Inc.").aliases
    assert _successions(path) == set()
    assert _license_rows(path) == {("Sagebush Pharmaceuticals Co., Ltd.", "Verda Oncology, Inc.", "lerzotinib", ("Grant",))}


def test_a_cancer_center_is_an_institution_and_two_parties_entering_an_agreement_date_its_grant(tmp_path):
    path = _write(tmp_path, ACME_8K + 'On January 8, 2023, Acme Biologics Corp. ("Acme") and Merida Pharma AG, a Swiss company ("Merida"), '
                    'entered into a Collaboration and License Agreement (the "Collaboration Agreement"). Under the Collaboration '
                    "Agreement, we granted Merida an exclusive license to develop AB-310 for cancer.\n\n"
                    "We also collaborate with the Lindvall Cancer Center in Stockholm.\n")
    ext = extract(parse_path(path))
    assert "Lindvall Cancer Center" in names(ext, Kind.ORG)
    (lic,) = ext.licenses
    assert lic.effective == PartialDate(2023, 1, 8)


def test_each_signature_under_its_own_partys_name_belongs_to_that_party(tmp_path):
    path = _write(tmp_path, 'This LICENSE AGREEMENT is entered into by and between Harbor Gene Corporation, a Delaware corporation '
                    '("Harbor"), and Kanto Seiyaku Co., Ltd., a Japanese corporation ("Kanto").\n\n'
                    "IN WITNESS WHEREOF, the Parties have executed this Agreement as of the Effective Date.\n\n"
                    "HARBOR GENE CORPORATION\n\nBy: /s/ John Smith\nName: John Smith\nTitle: President\n\n"
                    "KANTO SEIYAKU CO., LTD.\n\nBy: /s/ Taro Yamada\nName: Taro Yamada\nTitle: Representative Director\n")
    assert _role_rows(path) == {("John Smith", "President", "Harbor Gene Corporation"),
                                ("Taro Yamada", "Representative Director", "Kanto Seiyaku Co., Ltd.")}


def test_a_press_release_filed_alone_speaks_for_its_announcer_and_its_first_name_is_an_alias(tmp_path):
    path = tmp_path / "f.htm"
    path.write_text("<html><body><p>SEATTLE, Oct. 2, 2023 (BUSINESS WIRE) - Wrenly Bio, Inc. (Nasdaq: WRNL), a clinical-stage "
                    "company, today announced that it will regain worldwide rights to ebrakimab (WRN-330) after Ostera Pharma "
                    'S.A. ("Ostera") notified Wrenly on September 28, 2023 that it has elected to terminate the license agreement '
                    "between the two companies. Under that agreement, which took effect on February 1, 2021, Wrenly had granted "
                    "Ostera an exclusive license to develop ebrakimab outside the United States.</p>"
                    "<p>The termination will become effective on December 27, 2023.</p>"
                    "<p>Wrenly was incorporated in 2016 as Wrenly Antibody Sciences LLC and adopted its current name in 2019. "
                    "Wrenly discovered ebrakimab using its DeepFold antibody discovery engine.</p></body></html>")
    ext = extract(parse_path(path))
    registrant = ext.mentions[ext.registrant]
    assert registrant.name == "Wrenly Bio, Inc." and "Wrenly Antibody Sciences LLC" in registrant.aliases
    assert names(ext, Kind.PLATFORM) == {"DeepFold engine"}
    (lic,) = ext.licenses
    assert (lic.effective, lic.status, lic.terminated) == (PartialDate(2021, 2, 1), "Terminated", PartialDate(2023, 12, 27))


def test_an_8k_that_names_the_parties_licensor_and_licensee_and_a_late_named_compound(tmp_path):
    path = _write(tmp_path, "FORM 8-K\nCorvel Therapeutics, Inc.\n(Exact name of registrant as specified in its charter)\n\n"
                    'On August 31, 2020, Corvel Therapeutics, Inc. (the "Company" or the "Licensee") entered into an Exclusive '
                    'License Agreement (the "License Agreement") with Hangzhou Jinmu Biopharmaceutical Co., Ltd., a company '
                    'organized under the laws of China (the "Licensor" and, together with the Licensee, the "Parties"). '
                    "Pursuant to the License Agreement, the Licensor granted to the Licensee an exclusive license to develop "
                    'Licensed Products in the Field. "Licensed Products" means any pharmaceutical product containing (i) '
                    "JM-0917 (devoparib), a selective inhibitor of PARP1 discovered by the Licensor, or (ii) certain backup "
                    "compounds identified in the License Agreement, alone or in combination with other active ingredients.\n")
    assert _license_rows(path) == {("Hangzhou Jinmu Biopharmaceutical Co., Ltd.", "Corvel Therapeutics, Inc.", "devoparib", ("Grant",))}
    (lic,) = extract(parse_path(path)).licenses
    assert lic.effective == PartialDate(2020, 8, 31)


def test_an_institut_korean_names_and_a_form_letter_that_ends_a_sentence(tmp_path):
    path = _write(tmp_path, "FORM 6-K\nHanbit Biologics Co., Ltd.\n(Exact name of registrant as specified in its charter)\n\n"
                    "The press release is furnished as Exhibit 99.1 to this report on Form 6-K. The Company also filed a report.\n\n"
                    '"This deal lets us focus on Asia," said Kim Jae-won, Chief Executive Officer of Hanbit.\n\n'
                    "Contacts:\nHanbit Biologics: Lee Ha-eun, Head of Investor Relations, ir@hanbit.example\n\n"
                    "The CD16A-binding domain used in NKbond molecules is licensed to Hanbit on an exclusive basis under a license "
                    "agreement entered into in March 2020 with the Institut Marchal de Recherche Biomédicale, a French institute. "
                    "NKbond is our proprietary antibody engineering platform.\n")
    ext = extract(parse_path(path))
    assert names(ext, Kind.ORG) == {"Hanbit Biologics Co., Ltd.", "Institut Marchal de Recherche Biomédicale"}
    assert {"Kim Jae-won", "Lee Ha-eun"} <= names(ext, Kind.PERSON)
    assert _license_rows(path) == {("Institut Marchal de Recherche Biomédicale", "Hanbit Biologics Co., Ltd.", "NKbond platform", ("Grant",))}


def test_a_license_agreement_for_a_product_whose_rights_reverted_to_the_partner(tmp_path):
    path = _write(tmp_path, ACME_8K + 'On August 8, 2017, we entered into an exclusive license agreement with Pelman Bioscience, Inc. ("Pelman") '
                    "for AB-180, an oral inhibitor of galectin-3, which we advanced through a Phase 1 trial. In December 2020, we "
                    "gave Pelman notice of our termination of that agreement for convenience. The termination became effective on "
                    "March 31, 2021, upon which all rights to AB-180 reverted to Pelman.\n\n"
                    "ALD-022, a preclinical antibody-cytokine fusion in-licensed in 2021 from Ravenscroft University, is in our pipeline.\n")
    ext = extract(parse_path(path))
    rows = {(r[0], r[1], r[2]) for r in _license_rows(path)}
    assert rows == {("Pelman Bioscience, Inc.", "Acme Biologics Corp.", "AB-180"), ("Ravenscroft University", "Acme Biologics Corp.", "ALD-022")}
    pelman = next(lic for lic in ext.licenses if ext.mentions[lic.asset].name == "AB-180")
    assert (pelman.effective, pelman.terminated) == (PartialDate(2017, 8, 8), PartialDate(2021, 3, 31))


def test_an_agreement_names_its_company_without_an_article(tmp_path):
    path = _write(tmp_path, 'This Agreement is entered into by and between Bellmore Memorial Hospital Corporation, a not-for-profit '
                    'corporation ("Hospital"), and Nerine Therapeutics, Inc., a Delaware corporation ("Company").\n\n'
                    '1.5 "Licensed Product" means any product the manufacture, use or sale of which, absent the license granted '
                    "hereunder, would infringe a Valid Claim of the Patent Rights in the country in which such act occurs, "
                    "including any recombinant adeno-associated virus vector that comprises a capsid of the MyoGlide Technology.\n\n"
                    "2.1 Grant. Hospital hereby grants to Company an exclusive, royalty-bearing license under the Patent Rights "
                    "to make, use and sell Licensed Products in the Field.\n")
    assert _license_rows(path) == {("Bellmore Memorial Hospital Corporation", "Nerine Therapeutics, Inc.", "MyoGlide technology", ("Grant",))}


def test_a_company_whose_first_word_ends_like_an_inn_and_a_headlines_verb(tmp_path):
    path = _write(tmp_path, "Halvorsen Biosciences, Inc. announced results. Halvorsen could receive $11 million for doravistat, "
                    "Halvorsen's lead compound, from its partner.\n\n"
                    "Brackett Completes Acquisition of Solenne Bio, Adding NKlink Platform to its Oncology Pipeline\n\n"
                    "Solenne develops NK cell engagers based on its proprietary NKlink platform for cancer patients.\n")
    ext = extract(parse_path(path))
    assert names(ext, Kind.PRODUCT) == {"doravistat"}
    assert names(ext, Kind.PLATFORM) == {"NKlink platform"}


# ---------------------------------------------------------------- real press-release and 8-K prose (data/real)


def test_a_product_term_defined_in_passing_and_a_licensee_defined_as_two_companies(tmp_path):
    """'... with A ("A1") and B ("B1," each of A1 and B1, individually and collectively, "C")': a license to C
    is one to each; 'products containing P, the Company's siRNA therapeutic ("Licensed Products")' is P;
    both licenses are dated by the sentence that named the parties."""
    path = _write(tmp_path, ACME_8K + 'On March 3, 2024 (the "Effective Date"), Acme Biologics Corp. (the "Company") entered into a '
                    'Collaboration and License Agreement with Halvard Pharma AG ("Halvard Basel") and Tessel Bio, Inc. ("Tessel," '
                    'each of Halvard Basel and Tessel, individually and collectively, "Halvard"), pursuant to which the Company and '
                    'Halvard established a collaboration for the development of pharmaceutical products containing vorasiran, '
                    'the Company\'s proprietary siRNA therapeutic ("Licensed Products"). Under the Agreement, the Company granted '
                    'to Halvard exclusive rights to develop and commercialize Licensed Products outside the United States.\n')
    assert _license_rows(path) == {("Acme Biologics Corp.", "Halvard Pharma AG", "vorasiran", ("Grant",)),
                                   ("Acme Biologics Corp.", "Tessel Bio, Inc.", "vorasiran", ("Grant",))}
    ext = extract(parse_path(path))
    assert "Halvard" not in names(ext, Kind.ORG)  # the pair's name is a name of its first member
    assert {str(lic.effective) for lic in ext.licenses} == {"2024-03-03"}


def test_a_release_announcing_a_partnership_for_the_announcers_own_product(tmp_path):
    """'X (Nasdaq: X), the leading RNAi therapeutics company, today announced it has entered into a strategic
    agreement with Y to develop and commercialize P, X's investigational therapeutic': X licensed P to Y; a
    headline's capitalized 'RNAi Therapeutics' is no company, so 'it' is X."""
    path = _write(tmp_path, "Marlow Announces Partnership with Veska to Co-Develop Tarnosiran, Combining Leadership in RNAi "
                    "Therapeutics with Proven Global Reach\n\n"
                    "BOSTON, Mass. - May 2, 2024 - Marlow Pharmaceuticals, Inc. (Nasdaq: MRLW), the leading RNAi therapeutics "
                    "company, today announced it has entered into a strategic agreement with Veska to develop and commercialize "
                    "tarnosiran, Marlow's investigational RNAi therapeutic for the treatment of hypertension.\n\n"
                    "Marlow's marketed products are Ovelta (patisoran) and Lenvo (inclosiran), which is being developed and "
                    "commercialized by Marlow's partner, Brightfield.\n\n"
                    "Risks include Marlow's dependence on third parties for the development of certain products, including "
                    "Veska, Brightfield, Sandora, Quellix and Ardent Bio.\n")
    ext = extract(parse_path(path))
    assert "RNAi Therapeutics" not in names(ext, Kind.ORG)
    assert {"Veska", "Brightfield", "Sandora", "Quellix", "Ardent Bio"} <= names(ext, Kind.ORG)
    rows = {(a, b, c) for a, b, c, _ in _license_rows(path)}
    assert rows == {("Marlow Pharmaceuticals, Inc.", "Veska", "tarnosiran"), ("Marlow Pharmaceuticals, Inc.", "Brightfield", "inclosiran")}


def test_contacts_with_their_beat_in_brackets_medical_degrees_and_short_inns_and_codes(tmp_path):
    path = _write(tmp_path, "Exhibit 99.1\n\nContacts: Marlow Pharmaceuticals, Inc.\n\nDana Ruiz Whitfield\n\n(Investors and Media)\n\n"
                    "+1-617-555-0100\n\nOwen Park\n\n(Investors)\n\n+1-617-555-0101\n\n"
                    "\"We are pleased,\" said Helen Marsh MBChB, Chief Executive Officer of Marlow Pharmaceuticals, Inc.\n\n"
                    "The Company received tentative approval of an abbreviated new drug application for flutamide.\n\n"
                    "We are advancing MRL-CPS-001 in a Phase 1 clinical trial.\n")
    ext = extract(parse_path(path))
    assert {"Dana Ruiz Whitfield", "Owen Park", "Helen Marsh"} <= names(ext, Kind.PERSON)
    assert {"flutamide", "MRL-CPS-001"} <= names(ext, Kind.PRODUCT)


def test_news_prose_titles_before_names_acquired_companies_and_institutes_are_not_people(tmp_path):
    """'Acme Pharmaceuticals CEO and co-founder Jane Doe told ...': the company, the title and the person;
    'acquired Lorvex, a clinical-stage biotechnology company' names a company and a succession; '... Institute
    of Infectious Diseases, Acme said' is not a person named Infectious Diseases; ifenprodil is an INN (-dil)."""
    path = _write(tmp_path, "Halden Pharmaceuticals CEO and co-founder Maren Holt told Benzinga that ifenprodil is ready for "
                    "a Phase 2 study. Orrin Pharmaceuticals CEO Pavel Ross joined the interview.\n\n"
                    "In 2019, Halden Pharmaceuticals acquired Lorvex, a clinical-stage biotechnology company focused on fibrosis.\n\n"
                    "In a study with the Northfield Institute of Infectious Diseases, Halden Pharmaceuticals said survival improved.\n\n"
                    "Dr. Ivo Brandt, Halden's co-founder, identified the drug's potential.\n")
    ext = extract(parse_path(path))
    assert names(ext, Kind.PERSON) == {"Maren Holt", "Pavel Ross", "Ivo Brandt"}
    assert ("Ivo Brandt", "co-founder", "Halden Pharmaceuticals") in _role_rows(path)
    assert ("Maren Holt", "CEO and co-founder", "Halden Pharmaceuticals") in _role_rows(path)
    assert {"Lorvex", "Orrin Pharmaceuticals"} <= names(ext, Kind.ORG)
    assert "ifenprodil" in names(ext, Kind.PRODUCT)
    succ = {(ext.mentions[f.subject].name, ext.mentions[f.value].name) for f in ext.facts if f.prop == "succeededBy"}
    assert ("Lorvex", "Halden Pharmaceuticals") in succ


def test_who_is_paid_licensed_who_exercised_an_option_and_a_license_from_a_bare_name(tmp_path):
    """'A and B commenced a collaboration to develop P ... B is eligible to receive milestones and royalties': B
    licensed P to A (a guess any stated direction overrides); 'A exercised its option to license Q' is from the
    partner just named; 'We license R from Daewon, a ... manufacturer' names the licensor; no license comes of
    a payment that speaks of another company's product."""
    path = _write(tmp_path, "FORM 10-K\nHalden Pharma Company\n(Exact name of registrant as specified in its charter)\n\n"
                    "In 2022, Halden Pharma Company and Corvid Bio, Inc. commenced a collaboration to develop and commercialize "
                    "CRV-398, a SHP2 inhibitor, in oncology. Corvid is eligible to receive development milestones, as well as "
                    "royalties on net sales.\n\n"
                    "In 2013, Halden Pharma Company and Tessaly Bio, Inc. entered into a collaboration to develop gene therapies. "
                    "Halden Pharma Company exercised its option to license tessacabtagene autoleucel in 2016.\n\n"
                    "We license HP-450 from Daewon, a South Korean pharmaceutical manufacturer, and have exclusive rights in "
                    "the United States.\n\n"
                    "In 2016, we entered into a collaboration agreement with Marrow Inc. to study HP-900 with ravolizumab, "
                    "Marrow's anti-PD-1 therapy. We received an upfront payment of $200 million from Marrow.\n")
    rows = {(a, b, c) for a, b, c, _ in _license_rows(path)}
    assert {("Corvid Bio, Inc.", "Halden Pharma Company", "CRV-398"),
            ("Tessaly Bio, Inc.", "Halden Pharma Company", "tessacabtagene autoleucel"),
            ("Daewon", "Halden Pharma Company", "HP-450")} <= rows
    assert not {r for r in rows if r[2] == "ravolizumab"}


def test_an_annual_reports_cover_the_group_and_rights_sold_or_divested(tmp_path):
    """A 20-F in markdown: '**Halden** Annual Report and Form 20-F' names the filer; 'the Group' is the filer;
    rights sold or a brand divested to a company pass to it; 'intangible assets acquired from X' were X's;
    'a collaboration with MSD' names a company by its initials, 'in accordance with GCP' does not."""
    path = _write(tmp_path, "# What science can do\n\n**Halden** Annual Report and Form 20-F Information 2022\n\n"
                    "Halden Pharma plc is a global biopharmaceutical company.\n\n"
                    "Effective 25 January 2019, Halden sold its rights to Vexalin® in the US to Sobrio AB. Effective 18 May 2022, "
                    "the Group divested Plendor® tablets in 35 markets to Glenmoor.\n\n"
                    "Farxil® is approved for the treatment of diabetes. Farxil intangible assets acquired from Brisco Inc. are "
                    "amortised.\n\n"
                    "In July 2017, the Group announced a global strategic oncology collaboration with MSD to co-develop and "
                    "co-commercialise Halden's Lynzara® tablets for multiple cancer types.\n\n"
                    "Each trial is conducted in accordance with GCP and our policies. Our agreements with IPR&D sellers vary.\n",
                    name="ar.md")
    ext = extract(parse_path(path))
    assert ext.mentions[ext.registrant].name == "Halden Pharma plc"
    assert not {"GCP", "IPR"} & names(ext, Kind.ORG)
    rows = {(a, b, c) for a, b, c, _ in _license_rows(path)}
    assert {("Halden Pharma plc", "Sobrio AB", "Vexalin"), ("Halden Pharma plc", "Glenmoor", "Plendor"),
            ("Brisco Inc.", "Halden Pharma plc", "Farxil"), ("Halden Pharma plc", "MSD", "Lynzara")} <= rows


def test_a_filer_named_on_its_cover_is_not_folded_into_a_longer_name(tmp_path):
    """Only a filer known by a report's title alone is completed from the one legal name starting with it:
    one named on the cover is named in full, and a longer name there is another company."""
    path = _write(tmp_path, "FORM 8-K\nCorvid Bio\n(Exact name of registrant as specified in its charter)\n\n"
                    "In 2020, Corvid Bio Holdings, Inc. merged with and into Corvid Bio, which survived the merger.\n")
    ext = extract(parse_path(path))
    assert ext.mentions[ext.registrant].name == "Corvid Bio"
    assert "Corvid Bio Holdings, Inc." in names(ext, Kind.ORG)


def _license_dates(path):
    ext = extract(parse_path(path))
    name = lambda r: ext.mentions[r].name if r in ext.mentions else None  # noqa: E731
    return {(name(lic.licensor), name(lic.licensee), name(lic.asset)): lic.effective for lic in ext.licenses}


def test_a_license_told_over_a_paragraph_is_the_product_owners_or_the_paid_partys(tmp_path):
    """No sentence says who licensed what to whom; the paragraph does: whose product it is ('the company's',
    'Its'), or who is paid ('failed to make agreed payments to X', 'Y ... will pay a royalty')."""
    path = _write(tmp_path, "Halden Bio Ltd. (NASDAQ: HLDB) sued Korvo Co. Ltd. over a breach of contract related to "
                    "velatinib, the company's first-in-class kinase inhibitor. The lawsuit stemmed from Korvo's failure "
                    "to make agreed payments to Halden Bio pursuant to a subscription agreement signed on Oct. 25, 2021, "
                    "and a subsequent exclusive license agreement inked on March 14, 2022.\n\n"
                    "Halden Bio Ltd. is a clinical-stage company. Its HX-100 therapy has shown efficacy in sarcoma. Halden "
                    "has a strategic collaboration and licensing agreement with Norvel Pharma Inc. for the development "
                    "and commercialization of the program.\n")
    dates = _license_dates(path)
    assert dates[("Halden Bio Ltd.", "Korvo Co. Ltd.", "velatinib")] == PartialDate(2022, 3, 14)
    assert ("Halden Bio Ltd.", "Norvel Pharma Inc.", "HX-100") in dates


def test_a_10k_collaboration_note_names_its_partners_by_short_names_and_tells_who_pays(tmp_path):
    """A note under a heading per partner: 'BMX and Ostra commenced a collaboration' and 'Kino is entitled to
    receive royalties' make BMX, Ostra and Kino companies; 'BMX ... will pay a royalty' a paragraph later
    says Ostra licensed OST-202 to BMX."""
    path = _write(tmp_path, "Kino\nBMX has the exclusive right to develop, manufacture and commercialize HX-701 worldwide. Kino is entitled to receive "
                    "royalties of 4% in North America.\n\n"
                    "Ostra\nIn 2021, BMX and Ostra commenced an exclusive global strategic collaboration for the "
                    "co-development and co-commercialization of OST-202, an antibody-drug conjugate. OST-202 is in "
                    "Phase 1.\n\nThe parties jointly develop OST-202 in the U.S. and Japan. Ostra is responsible for "
                    "manufacturing. BMX is responsible for development outside of the collaboration territory and will "
                    "pay a royalty on those sales.\n")
    ext = extract(parse_path(path))
    assert {"BMX", "Ostra", "Kino"} <= names(ext, Kind.ORG)
    rows = {(a, b, c) for a, b, c, _ in _license_rows(path)}
    assert ("Ostra", "BMX", "OST-202") in rows
    assert ("Kino", "BMX", "HX-701") in rows


def test_a_paragraph_that_does_not_say_the_direction_gives_no_license(tmp_path):
    """Two parties and a product with no owner or payment named: no direction is guessed. A quotation's 'we'
    is the speaker's company, and a product 'other than' which the agreement runs is not its asset."""
    path = _write(tmp_path, ACME_8K + "Acme Biologics Corp. and Norvel Pharma Inc. entered into a license agreement "
                    "for PX-5.\n\n"
                    '"We believe that this alliance will provide a strong partnership for the development of TX-1 '
                    'therapies," said Jane Roe, Norvel Pharma\'s chief medical officer. Acme Biologics\' TX-1 is in Phase 1.\n\n'
                    "In August 2019, Acme Biologics Corp. closed an option, license and collaboration agreement with Galvo NV "
                    "that covers Galvo's current and future portfolio (other than GLV-634). Galvo will receive milestones "
                    "and royalties.\n")
    rows = {(a, b, c) for a, b, c, _ in _license_rows(path)}
    assert not {r for r in rows if r[2] in ("PX-5", "TX-1", "GLV-634")}


def test_a_brand_developed_and_commercialized_with_a_partner(tmp_path):
    """'to develop and commercialize Enherza for multiple cancer types' names a product; 'Products' in the
    same slot is a common word."""
    path = _write(tmp_path, ACME_8K + "In March 2019, Acme Biologics Corp. entered into an alliance with Daichu Pharma "
                    "to develop and commercialize Enherza for multiple cancer types. Norvel Pharma Inc. agreed to develop "
                    "and commercialize Products in the Territory.\n")
    ext = extract(parse_path(path))
    assert "Enherza" in names(ext, Kind.PRODUCT)
    assert "Products" not in names(ext, Kind.PRODUCT)


def test_the_party_a_paragraph_gives_rights_is_the_licensee(tmp_path):
    """'A and B entered into a license agreement for P. B will obtain exclusive rights to ...': A licensed P to
    B. 'On May 2' is a date, not the modal that makes an agreement hypothetical."""
    path = _write(tmp_path, ACME_8K + "On May 2, 2024, Acme Biologics Corp. and Norvel Pharma Inc. entered into a license "
                    "agreement for PX-512. Norvel will obtain exclusive rights to develop and commercialize the product in "
                    "Japan.\n")
    dates = _license_dates(path)
    assert dates == {("Acme Biologics Corp.", "Norvel Pharma Inc.", "PX-512"): PartialDate(2024, 5, 2)}


def test_an_ending_dated_in_may_is_an_ending(tmp_path):
    """'On May 2, 2024, B terminated the license agreement': 'May' the month is not the modal 'may' that makes
    contract language conditional (the termination was dropped before)."""
    path = _write(tmp_path, ACME_8K + "In 2019, Acme Biologics Corp. granted Norvel Pharma Inc. an exclusive license to "
                    "PX-512.\n\nOn May 2, 2024, Norvel Pharma Inc. terminated the license agreement and returned the rights "
                    "to PX-512 to Acme Biologics Corp.\n")
    ext = extract(parse_path(path))
    (lic,) = ext.licenses
    assert (lic.status, lic.terminated) == ("Terminated", PartialDate(2024, 5, 2))


def test_brands_said_to_be_a_drug_or_sold_under_a_name(tmp_path):
    """'Kravoni is a best-in-class inhibitor of KRAS' and 'markets it under the name Jevora in the United States
    and Nucelle in Canada' name products; 'incorporated under the name Lark Bioscience, Inc.' and 'This is an
    inhibitor' do not."""
    path = _write(tmp_path, ACME_8K + "Through this acquisition, Acme Biologics Corp. has added Kravoni. Kravoni is a "
                    "best-in-class inhibitor of KRAS mutations. Daewon licenses the toxin to Evolve Inc., which markets it "
                    "under the name Jevora in the United States and Nucelle in Canada. This is an inhibitor of growth.\n\n"
                    "We were incorporated in Delaware in March 2015 under the name Lark Bioscience, Inc.\n")
    products = names(extract(parse_path(path)), Kind.PRODUCT)
    assert {"Kravoni", "Jevora", "Nucelle"} <= products
    assert not {"Lark", "This"} & products


@pytest.mark.parametrize("paragraph", [
    # a manufacturing contract, paid per batch
    "On July 10, 2023, Acme Biologics Corp. entered into a manufacturing services agreement with Halden Biologics, "
    "Inc. to develop and manufacture commercial supply of HX-101. Acme will pay Halden Biologics, Inc. fees based on "
    "batches produced.",
    # an agreement expected, not made
    "Acme Biologics Corp. expects to enter into a definitive exclusive license agreement with Halden Bio, Inc. for "
    "HX-101, the Company's lead antibody, in the second quarter of 2024.",
    # rights that came with a company bought
    "Acme Biologics Corp. obtained the exclusive worldwide rights to develop and commercialize velatinib through its "
    "acquisition of Halden Bio, Inc. in 2021.",
    # the middle of another company's quotation: its "our" is not the filer's
    'Zenith Pharma, Inc. ("Zenith") today announced a partnership with Halden Bio, Inc. ("Halden"). "This is a '
    "transformative day for our company. Our new license agreement with Halden brings velatinib, Halden's kinase "
    'inhibitor, to patients in Asia. We look forward to working together," said Jane Doe, Chief Executive Officer of Zenith.',
    # a license the paragraph ends
    'Acme Biologics Corp. ("Acme") and Halden Bio, Inc. ("Halden") were parties to an exclusive license agreement '
    "covering velatinib, Halden's kinase inhibitor. Acme's notice of termination became effective March 31, 2023, and "
    "Acme ceased all development of velatinib.",
    # a license that held until a date: its end, not its grant
    "Until December 2022, Acme Biologics Corp. and Halden Bio, Inc. were parties to an exclusive license agreement "
    "covering velatinib, Halden's kinase inhibitor.",
    # a trial run together, each party keeping its own compound
    "In 2022, Acme Biologics Corp. entered into a clinical collaboration with Halden Bio, Inc. to develop combination "
    "regimens of velatinib, the Company's kinase inhibitor, and zelimab, an anti-PD-1 antibody. Halden Bio, Inc. will "
    "supply zelimab at no cost for the trial, and each party retains all rights to its own compound.",
    # a license for data, beside the filer's own product
    "Our lead product candidate, velatinib, is in a Phase 3 trial for non-small cell lung cancer. In addition, in March "
    "2022 we entered into a license agreement with Halden Diagnostics, Inc. for access to its sequencing data.",
])
def test_paragraphs_that_are_not_a_product_license_give_none(tmp_path, paragraph):
    """Supply and services, acquisitions, agreements not yet or no longer in force, quotations, combination
    trials and licenses of something else: a frame reads none of them as a license of the product named."""
    path = _write(tmp_path, ACME_8K + paragraph + "\n")
    assert not {r for r in _license_rows(path) if r[2] in ("HX-101", "velatinib", "zelimab")}


def test_a_regulator_is_not_a_party_to_a_license(tmp_path):
    path = _write(tmp_path, ACME_8K + "Acme Biologics Corp. and Halden Bio, Inc. entered into an exclusive license agreement "
                    "in 2021. Under the license agreement, Halden Bio, Inc. is eligible to receive milestone payments upon "
                    "approval of velatinib by the European Medicines Agency.\n")
    assert {(a, b) for a, b, c, _ in _license_rows(path)} <= {("Halden Bio, Inc.", "Acme Biologics Corp.")}


def test_a_legal_form_before_a_sentence_adverb_ends_the_sentence():
    """'... with Halden Bio, Inc. Separately, we ...': the adverb's comma does not hide that a sentence starts."""
    doc = Document(1, "8-K", "In 2020, we entered into a license agreement with Halden Bio, Inc. Separately, we continue "
                   "to develop HX-202. We sold shares to Zenith Corp. However, the offering closed.")
    assert [s.text for s in segment(doc)] == [
        "In 2020, we entered into a license agreement with Halden Bio, Inc.", "Separately, we continue to develop HX-202.",
        "We sold shares to Zenith Corp.", "However, the offering closed."]


def test_a_product_out_licensed_after_it_was_in_licensed(tmp_path):
    """'... a license agreement with B for P, which the Company in-licensed from U in 2016': the filer licensed
    P out to B, and in from U in 2016."""
    path = _write(tmp_path, ACME_8K + "In 2021, the Company entered into an exclusive license agreement with Halden Bio, "
                    "Inc. for velatinib, which the Company in-licensed from Zenith University in 2016.\n")
    dates = _license_dates(path)
    assert dates == {("Acme Biologics Corp.", "Halden Bio, Inc.", "velatinib"): PartialDate(2021),
                     ("Zenith University", "Acme Biologics Corp.", "velatinib"): PartialDate(2016)}


def test_a_table_of_trade_marks_licensed_to_the_filer(tmp_path):
    """'The following medicine names are trade marks licensed to the Group by the entities set out below:' and
    a '| Trade mark | Licensor or Owner |' table: each row's brand is licensed to the filer by its company. A
    table of names neither owned by nor licensed to the filer gives no license."""
    path = _write(tmp_path, "# Annual Report\n\n**Halden** Annual Report and Form 20-F Information 2022\n\n"
                    "Halden Pharma plc is a global biopharmaceutical company.\n\n"
                    "The following medicine names are trade marks licensed to the Group by the entities set out below:\n\n"
                    "| Trade mark | Licensor or Owner |  |\n|------------|-------------------|--|\n"
                    "| Duakora    | Almera, S.A.      |  |\n| Lintera    | Ironvale Pharmaceuticals, Inc. |  |\n\n"
                    "The following medicine names are not owned by or licensed to the Group:\n\n"
                    "| Trade mark | Owner |\n|------------|-------|\n| Covaxa | Serum Works Ltd. |\n",
                    name="ar.md")
    rows = {(a, b, c) for a, b, c, _ in _license_rows(path)}
    assert rows == {("Almera, S.A.", "Halden Pharma plc", "Duakora"), ("Ironvale Pharmaceuticals, Inc.", "Halden Pharma plc", "Lintera")}


def test_a_news_article_names_its_writer_and_photographer_but_not_agencies_or_orders(tmp_path):
    path = _write(tmp_path, "# Halden Bio Nears Approval\n\nBy Mara Quist, Orvane News\n\n"
                  "Halden Bio, Inc. said its drug haldenzumab met its primary endpoint.\n\n"
                  "Featured photo by Tobias Lind on Unsplash.\n\nPhoto by Getty Images.\n\n"
                  "By Order of the Board of Directors\n\nBy Staff Writer\n", "f.md")
    assert names(extract(parse_path(path)), Kind.PERSON) == {"Mara Quist", "Tobias Lind"}


def test_an_excerpt_without_a_cover_takes_its_filer_from_whom_we_refers_to(tmp_path):
    path = _write(tmp_path, "Item 2. Management's Discussion and Analysis\n\nUnless the context otherwise requires, "
                  'references to "we", "us", "our" and "the Company" refer to the business and operations of '
                  "Halden Bio, Inc. and its consolidated subsidiaries.\n\nHX-450 is manufactured by Orvane Pharma Co., Ltd. "
                  '("Orvane"). We license HX-450 from Orvane and have exclusive development rights in the United States.\n')
    ext = extract(parse_path(path))
    assert ext.mentions[ext.registrant].name == "Halden Bio, Inc."
    assert set(_licenses(ext)) == {("Orvane Pharma Co., Ltd.", "Halden Bio, Inc.", "HX-450")}


def _platforms(text, tmp_path):
    ext = extract(parse_path(_write(tmp_path, text)))
    return {m.name: m.aliases for m in ext.of_kind(Kind.PLATFORM)}


def test_a_platform_spelled_out_with_its_acronym_keeps_what_it_makes_and_a_plus(tmp_path):
    platforms = _platforms("Halden Bio, Inc. announced data. Haldenisiran uses Halden's Extended Release Chemistry Plus "
                           "(ERC+) GalNAc-conjugate technology, which enables subcutaneous dosing of the drug candidate.", tmp_path)
    assert set(platforms) == {"ERC+ GalNAc-conjugate technology"}  # not a second "GalNAc-conjugate technology" from inside
    assert {"ERC+", "Extended Release Chemistry Plus"} <= platforms["ERC+ GalNAc-conjugate technology"]


def test_a_marked_name_joined_to_a_code_is_the_platform_the_molecule_is_made_on(tmp_path):
    platforms = _platforms("Halden Bio, Inc. dosed the first patient with QuadBody®-CD3xB7H4 (HB1047), a bispecific antibody, "
                           "and with ZETA(TM)-RSV, a vaccine candidate. Patients with cancer previously Haldivo®-treated, or given "
                           "the Haldivo®-Haldox® combination, were excluded.", tmp_path)
    assert set(platforms) == {"QuadBody", "ZETA"}
    ext = extract(parse_path(_write(tmp_path, "Halden Bio, Inc. dosed the first patient with QuadBody®-CD3xB7H4 (HB1047), "
                                    "a bispecific antibody for the treatment of cancer.")))
    assert {m.name: "HB1047" in m.aliases for m in ext.of_kind(Kind.PRODUCT)} == {"QuadBody-CD3xB7H4": True}


def test_a_title_cased_technology_keeps_the_nouns_of_its_name(tmp_path):
    platforms = _platforms("The Product means the Active Ingredient formulated in Orvane's proprietary Lipid "
                           "Multi-Particulate Technology for the drug candidate. Halden Bio, Inc. uses Lipid "
                           "Nanoparticle Technology in its drug candidates.", tmp_path)
    assert set(platforms) == {"Lipid Multi-Particulate technology"}  # all generic words: no name


def test_the_right_to_develop_manufacture_and_commercialize_a_brand_names_it_and_the_royalty_gives_the_direction(tmp_path):
    ext = extract(parse_path(_write(tmp_path, "Orvane Pharma Co., Ltd. and Halden Bio, Inc. entered into a collaboration. "
                                    "Halden has the exclusive right to develop, manufacture and commercialize Haldivo "
                                    "worldwide except in Japan. Orvane is entitled to receive royalties on sales of Haldivo. "
                                    "Halden will develop, manufacture and commercialize Products in the Territory.\n")))
    assert names(ext, Kind.PRODUCT) == {"Haldivo"}  # not the defined term "Products"
    assert set(_licenses(ext)) == {("Orvane Pharma Co., Ltd.", "Halden Bio, Inc.", "Haldivo")}


def test_a_companys_acquisition_of_another_is_a_succession_unless_only_proposed(tmp_path):
    ext = extract(parse_path(_write(tmp_path, "Halden Bio, Inc. reported results. Following Halden's acquisition of "
                                    "Orvane Pharma, Inc., sales grew. In connection with Orvane's July 2020 acquisition of "
                                    "Tessel Therapeutics, Inc., Orvane assumed litigation. Halden's proposed acquisition of "
                                    "Kelp Bio, Inc. is pending. The acquisition of Mira Bio, Inc. closed.\n")))
    n = lambda ref: ext.mentions[ref].name  # noqa: E731
    assert {(n(f.subject), n(f.value)) for f in ext.facts if f.prop == "succeededBy"} == {
        ("Orvane Pharma, Inc.", "Halden Bio, Inc."), ("Tessel Therapeutics, Inc.", "Orvane Pharma, Inc.")}


def test_a_firm_named_by_its_partners_keeps_every_name_and_a_person_at_a_firm_is_not_one(tmp_path):
    from builders.extract.context import Registry
    from builders.extract.entities import find_organizations

    registry = Registry()
    text = ("Notices shall be sent with a copy to Morgan, Lewis & Bockius LLP and to Herrick, Feinstein LLP. "
            "Attention: John Smith, Cooley LLP.")
    for sentence in segment(Document(1, "EX-10.1", text)):
        find_organizations(sentence, registry)
    assert {m.name for m in registry.of_kind(Kind.ORG)} == {"Morgan, Lewis & Bockius LLP", "Herrick, Feinstein LLP", "Cooley LLP"}


# Paragraphs a reviewer wrote to tempt the rules of 2026-11-26 (bylines, "we" means, acquisitions,
# possessives, short names, brands); each must not give the fact it tempts.
_HEAD = "FORM 8-K\nHalden Bio, Inc.\n(Exact name of registrant as specified in its charter)\n\n"


@pytest.mark.parametrize("body", [
    "Halden Bio, Inc. and Orvane Pharma Ltd entered into an asset purchase agreement. Halden's acquisition of "
    "Orvane's assets relating to velatinib closed on March 10, 2023.",
    "Halden Bio, Inc. previously agreed to acquire Orvane Pharma Ltd. The Federal Trade Commission sued to block "
    "the transaction, and Halden's acquisition of Orvane was blocked by the court.",
    "Halden Bio, Inc. has agreed to acquire Orvane Pharma Ltd. If Halden's acquisition of Orvane is not completed, "
    "our stock price may decline.",
    "On January 5, 2023, we entered into an Agreement and Plan of Merger with Orvane Pharma Ltd. We expect our "
    "acquisition of Orvane Pharma Ltd to close in the third quarter of 2023.",
    "On March 1, 2023, our Board of Directors appointed John Halden as a director. Mr. Halden is a private investor. "
    "Mr. Halden's acquisition of Kestrel Therapeutics, Inc. in 2019, through his family office, gave him experience.",
])
def test_acquisitions_not_done_or_not_of_the_company_or_by_a_person_are_no_succession(tmp_path, body):
    ext = extract(parse_path(_write(tmp_path, _HEAD + body + "\n")))
    assert [f for f in ext.facts if f.prop == "succeededBy"] == []


def test_a_short_name_merges_only_into_the_company_its_short_word_stands_for(tmp_path):
    ext = extract(parse_path(_write(tmp_path, _HEAD + "We purchase active ingredients from Sterling Pharmacy Inc., a "
                                    "retail compounding pharmacy chain. Sterling Pharma, an unrelated drug developer, "
                                    "granted us an exclusive license to STP-201 in 2021.\n")))
    assert set(_licenses(ext)) == {("Sterling Pharma", "Halden Bio, Inc.", "STP-201")}


@pytest.mark.parametrize("text", [
    'Members of the Board: As used in this letter, "we," "us" and "our" refer to Lazard Freres & Co. LLC. We have '
    "acted as financial advisor to Halden Bio, Inc.",
    'References to "we," "us" and "our" refer to Kestrel Acquisition Corp. prior to the consummation of the Business '
    "Combination and to Halden Bio, Inc. and its subsidiaries after the Business Combination.",
])
def test_whom_we_refers_to_names_no_filer_in_a_letter_or_before_and_after_a_merger(tmp_path, text):
    assert extract(parse_path(_write(tmp_path, text + "\n"))).registrant is None


def test_a_proxy_statement_cover_names_its_filer(tmp_path):
    ext = extract(parse_path(_write(tmp_path, "SCHEDULE 14A\nProxy Statement Pursuant to Section 14(a)\n\nHalden Bio, Inc.\n"
                                    "(Name of Registrant as Specified In Its Charter)\n\nWe license velatinib from "
                                    "Kestrel Therapeutics, Inc.\n")))
    assert ext.mentions[ext.registrant].name == "Halden Bio, Inc."


def test_a_class_of_medicines_is_no_brand_and_a_firm_signing_is_no_byline(tmp_path):
    ext = extract(parse_path(_write(tmp_path, _HEAD + "On March 1, 2023, Halden Bio, Inc. entered into a License "
                                    "Agreement with Orvane Pharma Ltd, under which Orvane granted Halden the exclusive "
                                    "right to develop, make, use, sell, import and commercialize Degraders in Japan.\n\n"
                                    "By Morgan Stanley, as Representative\n\nPhoto by Eli Lilly.\n")))
    assert not names(ext, Kind.PRODUCT) and not ext.licenses
    assert not ext.of_kind(Kind.PERSON)


def test_a_flattened_text_keeps_names_that_start_in_lower_case(tmp_path):
    body = ("LICENSE AGREEMENT This License Agreement is entered into between Halden Bio, Inc. and aTyr Pharma, Inc. "
            "Under this Agreement, aTyr Pharma, Inc. granted Halden Bio, Inc. an exclusive license to velatinib. "
            + "The parties acknowledge that the research plan may be amended from time to time. " * 80
            + "Notices to inVentiv Health Clinical, LLC shall be sent byHalden.")
    ext = extract(parse_path(_write(tmp_path, body)))
    assert {"aTyr Pharma, Inc.", "Halden Bio, Inc."} <= names(ext, Kind.ORG)
    assert set(_licenses(ext)) == {("aTyr Pharma, Inc.", "Halden Bio, Inc.", "velatinib")}
    assert "by Halden" in ext.filing.documents[0].text and "inVentiv Health" in ext.filing.documents[0].text


def test_officers_appointed_with_a_degree_stepping_down_or_named_as_a_contact_of_their_company(tmp_path):
    path = _write(tmp_path, _HEAD + "On March 1, 2023, the Board appointed Mara Quist, Ph.D., to serve as Chief Scientific "
                  "Officer.\n\nThe Company also announced that Jonas Berg will step down as Chief Financial Officer "
                  "effective April 1, 2023.\n\nInvestor Contact: Nils Ekdahl, Halden Bio, Inc., ir@haldenbio.com\n")
    ext = extract(parse_path(path))
    n = lambda ref: ext.mentions[ref].name if ref else None  # noqa: E731
    assert {(n(r.person), r.title, n(r.organization)) for r in ext.roles} == {
        ("Mara Quist", "Chief Scientific Officer", "Halden Bio, Inc."),
        ("Jonas Berg", "Chief Financial Officer", "Halden Bio, Inc."),
        ("Nils Ekdahl", None, "Halden Bio, Inc.")}


@pytest.mark.parametrize("sentence, licensor", [
    ("The Quarra license agreement, as amended, permits us to use ZX-101 or other licensed products for the treatment "
     "of any human disease. Quarra Pharma Inc. is based in Boston.", "Quarra Pharma Inc."),
    ("If we breach the Orbis license agreement related to ZX-101 or if the Orbis license agreement is otherwise "
     "terminated, we could lose the ability to continue the development and commercialization of ZX-101. Orbis Pharma "
     "Inc. is based in Basel.", "Orbis Pharma Inc."),
    ("We are also obligated to pay Helix Bio Inc. up to $100.0 million in aggregate sales milestones, and a tiered "
     "single-digit royalty on net sales by us and our sublicensees of ZX-101 and any other licensed products under "
     "the Helix Bio Inc. license agreement.", "Helix Bio Inc."),
    ("We acquired the exclusive worldwide rights to Vega Bio Inc.'s ZX-101 for the development of allergy treatments.",
     "Vega Bio Inc."),
])
def test_licenses_told_by_what_the_agreement_lets_the_licensee_do_or_pay(tmp_path, sentence, licensor):
    """What a license agreement permits, what its licensee would lose without it, what it pays under it,
    and rights acquired to another's product: the agreement's party, or the product's owner, licensed it."""
    path = tmp_path / "f.txt"
    path.write_text(f"FORM 10-K\nZorbix Therapeutics, Inc.\n(Exact name of registrant as specified in its charter)\n\n{sentence}\n")
    assert {row[:3] for row in _license_rows(path)} == {(licensor, "Zorbix Therapeutics, Inc.", "ZX-101")}


@pytest.mark.parametrize("sentence", [
    "If the Quarra license agreement is terminated, Quarra Pharma Inc. could terminate our collaboration on ZX-101.",
    "We may be required to pay Helix Bio Inc. royalties on ZX-101 if we enter into a license agreement with it.",
    "We have not acquired any rights to Vega Bio Inc.'s ZX-101.",
    "We licensed the rights to Vega Bio Inc.'s ZX-101 to Quarra Pharma Inc. in 2020.",
])
def test_sentences_near_those_shapes_that_state_no_license_from_the_other_party(tmp_path, sentence):
    path = tmp_path / "f.txt"
    path.write_text(f"FORM 10-K\nZorbix Therapeutics, Inc.\n(Exact name of registrant as specified in its charter)\n\n{sentence}\n")
    assert not {row for row in _license_rows(path) if row[1] == "Zorbix Therapeutics, Inc."}


def test_a_recital_that_the_licensor_desires_to_grant_and_a_code_with_a_far_year(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text("WHEREAS, Vega Bio Inc. desires to grant to Zorbix Therapeutics, Inc., and Zorbix Therapeutics, Inc. "
                    "desires to receive, an exclusive license for all indications of ZX-505 for South Korea.\n\n"
                    "Zorbix Therapeutics, Inc. holds an exclusive license from Vega Bio Inc. to develop and commercialize "
                    "ZXN2060 in Japan.\n")
    assert {row[:3] for row in _license_rows(path)} == {
        ("Vega Bio Inc.", "Zorbix Therapeutics, Inc.", "ZX-505"), ("Vega Bio Inc.", "Zorbix Therapeutics, Inc.", "ZXN2060")}
    assert not looks_like_code("FY2023") and not looks_like_code("Q1-2024")


_Z = "Zorbix Therapeutics, Inc."


@pytest.mark.parametrize("sentence, expected", [
    # the role nouns, with no grant verb
    ("Belcastro Pharma S.p.A. is our exclusive licensee for ZX-150 in Europe.", (_Z, "Belcastro Pharma S.p.A.", "ZX-150")),
    ('Our licensee Sarvo Medicines K.K. ("Sarvo") is conducting a Phase 2 trial of ZX-101 in Japan.',
     (_Z, "Sarvo Medicines K.K.", "ZX-101")),
    ('Shenlan Biopharma Co., Ltd. ("Shenlan"), our partner for velantuzumab in China, submitted a biologics license '
     "application in 2024.", (_Z, "Shenlan Biopharma Co., Ltd.", "velantuzumab")),
    ('Kestrel Oncology, Inc. ("Kestrel") is our licensor for brivotinib.', ("Kestrel Oncology, Inc.", _Z, "brivotinib")),
    ("We are party to a license agreement with Quarra Pharma Inc., under which we are the exclusive licensee of QX-214.",
     ("Quarra Pharma Inc.", _Z, "QX-214")),
    ("We are the exclusive licensee of Nordavia Biosciences AG's NX-18 outside of Europe.", ("Nordavia Biosciences AG", _Z, "NX-18")),
    ("Halvorsen University, from whom we license ZX-501, is entitled to royalties on net sales.", ("Halvorsen University", _Z, "ZX-501")),
    # rights held, with the license they come under
    ('Nordavia Biosciences AG ("Nordavia") has exclusive rights to our product candidate ZX-205 in Japan.',
     (_Z, "Nordavia Biosciences AG", "ZX-205")),
    ("Commercial rights to ZX-310 in Latin America are held by Brightwell Therapeutics, Inc. under a license from us.",
     (_Z, "Brightwell Therapeutics, Inc.", "ZX-310")),
    ("Sarvo Medicines K.K. holds the rights to ZX-310 in Japan pursuant to a license we granted in 2019.",
     (_Z, "Sarvo Medicines K.K.", "ZX-310")),
    ('Under the license, Quarra Pharma Inc. ("Quarra") received exclusive rights to ZX-101 in the Middle East, and we are '
     "eligible to receive royalties on Quarra's net sales.", (_Z, "Quarra Pharma Inc.", "ZX-101")),
    ("Our rights to ZX-101 derive from a license agreement with Quarra Pharma Inc., which discovered the compound.",
     ("Quarra Pharma Inc.", _Z, "ZX-101")),
    ("We derive our rights to our lead product candidate, ZX-101, through an exclusive license from Quarra Pharma Inc.",
     ("Quarra Pharma Inc.", _Z, "ZX-101")),
    ('Under our license agreement with Helix Bio Ltd ("Helix"), we are obligated to pay Helix up to $140 million in '
     "milestone payments and royalties on net sales of velantuzumab.", ("Helix Bio Ltd", _Z, "velantuzumab")),
    # the owner's possessive, our own rights sublicensed, and an option exercised under an agreement
    ("In 2022, we obtained a non-exclusive license to Lumeris Genomics LLC's OmniMab platform for use with our ZX-700 "
     "antibody program.", ("Lumeris Genomics LLC", _Z, "OmniMab platform")),
    ("In 2019, we sublicensed our rights to ZX-501 in Europe to Brightwell Therapeutics, Inc.",
     (_Z, "Brightwell Therapeutics, Inc.", "ZX-501")),
    ("In February 2024, we exercised our option under the Option and License Agreement with Veridane Biologics Corp. to "
     "obtain an exclusive license to VB-330.", ("Veridane Biologics Corp.", _Z, "VB-330")),
])
def test_licenses_a_10k_tells_through_roles_rights_held_and_possessives(tmp_path, sentence, expected):
    path = tmp_path / "f.txt"
    path.write_text(f"FORM 10-K\n{_Z}\n(Exact name of registrant as specified in its charter)\n\n{sentence}\n")
    assert {row[:3] for row in _license_rows(path)} == {expected}


@pytest.mark.parametrize("sentence", [
    "Belcastro Pharma S.p.A. may become our exclusive licensee for ZX-150 in Europe.",
    "Nordavia Biosciences AG has no rights to our product candidate ZX-205.",
    "We are not the exclusive licensee of Nordavia Biosciences AG's NX-18.",
    "If Quarra Pharma Inc. receives exclusive rights to ZX-101 under a license agreement, we would receive royalties.",
    "Our rights to ZX-101 do not derive from a license agreement with Quarra Pharma Inc.",
    "We would market ZX-101 in the United States under a license from Quarra Pharma Inc. if it is approved.",
    "We have not licensed Lumeris Genomics LLC's OmniMab platform.",
])
def test_the_same_shapes_hedged_or_denied_give_no_license(tmp_path, sentence):
    path = tmp_path / "f.txt"
    path.write_text(f"FORM 10-K\n{_Z}\n(Exact name of registrant as specified in its charter)\n\n{sentence}\n")
    assert _license_rows(path) == set()


def test_one_grant_to_two_licensees_and_a_cross_license(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text(f"FORM 10-K\n{_Z}\n(Exact name of registrant as specified in its charter)\n\n"
                    "We have licensed velantuzumab to Shenlan Biopharma Co., Ltd. for Greater China and to Sarvo Medicines "
                    'K.K. for Japan. In 2020, we entered into a cross-license agreement with Kestrel Oncology, Inc. ("Kestrel"), '
                    "under which we received a license to Kestrel's KX-77 and Kestrel received a license to our ZX-660.\n")
    assert {row[:3] for row in _license_rows(path)} == {
        (_Z, "Shenlan Biopharma Co., Ltd.", "velantuzumab"), (_Z, "Sarvo Medicines K.K.", "velantuzumab"),
        ("Kestrel Oncology, Inc.", _Z, "KX-77"), (_Z, "Kestrel Oncology, Inc.", "ZX-660")}


@pytest.mark.parametrize("text, expected", [
    ("SAN DIEGO, January 6, 2025 -- Zorbix Therapeutics, Inc. (Nasdaq: ZRBX) today announced an exclusive out-licensing "
     "agreement with Tamsin Pharmaceutical Co., Ltd. for ortaciclib in Asia, excluding Japan.",
     (_Z, "Tamsin Pharmaceutical Co., Ltd.", "ortaciclib")),
    ("Kestrel Oncology to In-License Brivotinib from Nordavia\n\nCAMBRIDGE, Mass., January 8, 2024 -- Kestrel Oncology, "
     "Inc. (Nasdaq: KSTL) today announced an agreement with Nordavia Biosciences AG to in-license global rights to "
     "brivotinib, a KRAS inhibitor.", ("Nordavia Biosciences AG", "Kestrel Oncology, Inc.", "brivotinib")),
    ("SAN DIEGO, May 2, 2023 -- Zorbix Therapeutics, Inc. (Nasdaq: ZRBX) today announced that Orvane Health plc will "
     "acquire exclusive worldwide rights to ZX-402 under a license agreement signed today.", (_Z, "Orvane Health plc", "ZX-402")),
    ("BOSTON, May 14, 2024 -- Corvanta Genomics, Inc. (Nasdaq: CRVB) today announced that it has licensed Lumeris "
     "Genomics LLC's OmniMab platform on a non-exclusive basis for use in its antibody programs.",
     ("Lumeris Genomics LLC", "Corvanta Genomics, Inc.", "OmniMab platform")),
    ('Item 1.01 Entry into a Material Definitive Agreement.\n\nOn April 2, 2024, Veridane Biologics Corp. ("Veridane") '
     f'notified {_Z} (the "Company") that it has exercised its option under the Option Agreement to obtain an exclusive '
     "license to ZX-800.", (_Z, "Veridane Biologics Corp.", "ZX-800")),
    (f'SUBLICENSE AGREEMENT\n\nThis Sublicense Agreement is entered into as of August 30, 2022 between {_Z} ("Sublicensor") '
     'and Brightwell Therapeutics, Inc. ("Sublicensee").\n\n2.1 Grant. Sublicensor hereby grants to Sublicensee an '
     "exclusive sublicense under the Head License to develop and commercialize ZX-501 in the Territory.",
     (_Z, "Brightwell Therapeutics, Inc.", "ZX-501")),
    (f'LICENSE AGREEMENT\n\nThis License Agreement is entered into by and between Orvane Health plc ("Licensee") and {_Z} '
     '("Licensor").\n\n1.9 "Product" means ZX-402 in any formulation.\n\n2.1 Licensor shall grant, and hereby does grant, '
     "to Licensee an exclusive license under the Licensor Patents to commercialize the Product in the Territory.",
     (_Z, "Orvane Health plc", "ZX-402")),
    ('LICENSE AGREEMENT\n\nThis License Agreement is made by and between Sarvo Medicines K.K., a Japanese corporation '
     f'(together with its Affiliates, "Sarvo"), and {_Z} ("Zorbix").\n\n2.1 License to Zorbix. Sarvo hereby grants to '
     "Zorbix an exclusive license under the Sarvo Patents to develop and commercialize SV-112 outside Japan.",
     ("Sarvo Medicines K.K.", _Z, "SV-112")),
    (f'EXCLUSIVE PATENT LICENSE AGREEMENT\n\nThis Agreement is made between Halvorsen University ("University") and {_Z} '
     '("Company").\n\n1.3 "Licensed Product" means any product covered by a Valid Claim of the Patent Rights, including '
     "ZX-501.\n\n2.1 University hereby grants to Company an exclusive license under Patent Rights to make, use and sell "
     "Licensed Products in the Licensed Field.", ("Halvorsen University", _Z, "ZX-501")),
])
def test_licenses_releases_8ks_and_agreements_word_in_other_ways(tmp_path, text, expected):
    """Press releases' nouns for the deal, an option its holder told the filer it exercised, and agreements'
    longer grant forms, sublicensors, parties defined with their affiliates and codes in definitions."""
    path = tmp_path / "f.txt"
    path.write_text(text + "\n")
    assert {row[:3] for row in _license_rows(path)} == {expected}


def test_brands_named_as_what_is_sold_and_codes_said_to_be_molecules(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text(f"FORM 10-K\n{_Z}\n(Exact name of registrant as specified in its charter)\n\n"
                    "Our marketed products, Trelvoxa and Ondralis, generated net product revenue of $84 million. Net "
                    "product sales of Nelvora increased 24% in 2024. Vantreo is approved in the United States. "
                    "ZX-101 is a humanized monoclonal antibody. ZX-450 binds to CD3 on T cells. ZX-301 is an "
                    "antibody-drug conjugate composed of an antibody, a cleavable linker and a payload. The relzatug "
                    "program started in 2023.\n")
    assert {"Trelvoxa", "Ondralis", "Nelvora", "Vantreo", "ZX-101", "ZX-450", "ZX-301", "relzatug"} <= names(extract(parse_path(path)), Kind.PRODUCT)


def test_sales_in_a_place_a_part_named_by_its_antibody_and_surnames_ending_like_antisense_drugs_are_no_products(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text(f"FORM 10-K\n{_Z}\n(Exact name of registrant as specified in its charter)\n\n"
                    "Net product sales of Products increased in 2024. We launched Operations in the United States. "
                    "ZX-909 is our lead drug candidate. The huC552 antibody is conjugated to a payload in ZX-909. Morten Halvorsen, our "
                    "Chief Medical Officer, joined in 2021; Dr. Halvorsen leads our clinical work on nusinersen.\n")
    assert names(extract(parse_path(path)), Kind.PRODUCT) == {"ZX-909", "nusinersen"}


def test_family_names_with_particles(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text(f"FORM 8-K\n{_Z}\n(Exact name of registrant as specified in its charter)\n\n"
                    "Pieter van der Berg, our Chief Operating Officer, will lead the program. “We are pleased,” said "
                    "Dr. Rafael De la Cruz, Senior Vice President, Research and Development.\n")
    assert {"Pieter van der Berg", "Rafael De la Cruz"} <= names(extract(parse_path(path)), Kind.PERSON)


def _history(text, tmp_path):
    """{(licensor, licensee, asset): (status, effective, terminated, sorted event types)} of a text."""
    path = tmp_path / "f.txt"
    path.write_text(text)
    return {key: (lic.status, str(lic.effective) if lic.effective else None, str(lic.terminated) if lic.terminated else None,
                  sorted(e.type.value for e in lic.events)) for key, lic in _licenses(extract(parse_path(path))).items()}


_FILER_8K = f"FORM 8-K\n{_Z}\n(Exact name of registrant as specified in its charter)\n\n"


def test_an_amendment_to_a_dated_agreement_and_a_license_that_expired_by_its_terms(tmp_path):
    """The grant an amendment recalls dates from its agreement ('dated March 8, 2021'), not from the 8-K; an
    agreement told in one sentence expires in the next ('The agreement expired ... upon expiration of ...')."""
    history = _history(
        _FILER_8K + 'On August 12, 2024, the Company and Velmora Bio, Inc. ("Velmora") entered into Amendment No. 2 (the '
        '"Amendment") to the Exclusive License Agreement dated March 8, 2021, pursuant to which Velmora granted the '
        "Company an exclusive license to VLM-801.\n\nOur license agreement with Kestrine Bio GmbH, under which Kestrine Bio "
        "GmbH granted us exclusive rights to KX-12, was entered into in 2008. The agreement expired in accordance with its "
        "terms on December 31, 2023 upon expiration of the last-to-expire licensed patent.\n", tmp_path)
    assert history[("Velmora Bio, Inc.", _Z, "VLM-801")] == ("Active", "2021-03-08", None, ["Amendment", "Grant"])
    assert history[("Kestrine Bio GmbH", _Z, "KX-12")] == ("Expired", "2008", "2023-12-31", ["Grant", "Termination"])


def test_a_termination_agreement_a_notice_that_took_effect_and_rights_returned_to_the_licensor(tmp_path):
    agreement = _history(
        'TERMINATION AGREEMENT\n\nThis Termination Agreement is entered into as of July 1, 2022 by and between Ardentis '
        f'Bio, Inc. ("Ardentis") and {_Z} ("Zorbix").\n\nWHEREAS, Ardentis and Zorbix are parties to that certain License '
        "Agreement dated as of May 5, 2017, pursuant to which Ardentis granted Zorbix an exclusive license to ARD-77; and\n\n"
        "1. Termination. The License Agreement is hereby terminated effective as of the date hereof.\n", tmp_path)
    assert agreement == {("Ardentis Bio, Inc.", _Z, "ARD-77"): ("Terminated", "2017-05-05", "2022-07-01", ["Grant", "Termination"])}
    notice = _history(
        f"FORM 10-K\n{_Z}\n(Exact name of registrant as specified in its charter)\n\nIn 2017, we obtained an exclusive "
        'license to BRV-220 from Brevanta Oncology, Inc. ("Brevanta"). In the fourth quarter of 2022, we provided Brevanta '
        "with notice of termination of the license agreement, which became effective on March 15, 2023. Upon effectiveness "
        "of the termination, all rights to BRV-220 returned to Brevanta.\n", tmp_path)
    assert notice == {("Brevanta Oncology, Inc.", _Z, "BRV-220"): ("Terminated", "2017", "2023-03-15", ["Grant", "RightsReturned", "Termination"])}


def test_two_grants_of_one_sentence_each_keep_their_own_date(tmp_path):
    history = _history(
        f"FORM 10-K\n{_Z}\n(Exact name of registrant as specified in its charter)\n\nIn 2019, we granted Solquin Pharma "
        "S.A. an exclusive license to ZX-310 in Europe, and in 2020 we granted Lumoral Health Co., Ltd. an exclusive "
        "license to ZX-310 in Japan.\n", tmp_path)
    assert {key[1]: value[1] for key, value in history.items()} == {"Solquin Pharma S.A.": "2019", "Lumoral Health Co., Ltd.": "2020"}


@pytest.mark.parametrize("ending", [
    "Upon termination of the license agreement, all rights to ZX-101 would revert to Quarra Pharma Inc.",
    "We may terminate the license agreement upon 90 days' notice.",
    "In 2023, Quarra Pharma Inc. and Helix Bio Inc. terminated their merger agreement.",
    "The supply agreement expired on June 30, 2023.",
])
def test_endings_supposed_or_of_other_agreements_leave_the_license_active(tmp_path, ending):
    history = _history(f"FORM 10-K\n{_Z}\n(Exact name of registrant as specified in its charter)\n\nIn 2018, we licensed "
                       f"ZX-101 from Quarra Pharma Inc. {ending}\n", tmp_path)
    assert history == {("Quarra Pharma Inc.", _Z, "ZX-101"): ("Active", "2018", None, ["Grant"])}


def test_parties_an_agreement_names_in_capitals_keep_their_legal_names(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text('EXCLUSIVE LICENSE AGREEMENT\n\nThis Exclusive License Agreement is made by and between QUARRA PHARMA '
                    'INC., a Delaware corporation ("Quarra"), and HALDEN BIOLOGICS LTD, an English company ("Halden").\n\n'
                    "Quarra hereby grants to Halden an exclusive license to develop QX-101 in Europe.\n")
    ext = extract(parse_path(path))
    assert {m.name: m.aliases for m in ext.of_kind(Kind.ORG)} == {"Quarra Pharma Inc.": {"Quarra"}, "Halden Biologics Ltd": {"Halden"}}
    assert {row[:3] for row in _license_rows(path)} == {("Quarra Pharma Inc.", "Halden Biologics Ltd", "QX-101")}


def test_officers_promoted_or_leaving_a_company_named_in_full(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text(_FILER_8K + "Item 5.02 Departure of Directors or Certain Officers.\n\nOn March 1, 2025, the Board promoted "
                    "Kwame A. Mensah to Chief Technology Officer. On January 12, 2025, Pieter Vanderberg notified Zorbix "
                    "Therapeutics, Inc. (the “Company”) of his decision to resign as Chief Operating Officer of the Company.\n")
    rows = {(person, title) for person, title, _ in _role_rows(path)}
    assert {("Kwame A. Mensah", "Chief Technology Officer"), ("Pieter Vanderberg", "Chief Operating Officer")} <= rows


def test_platforms_named_after_their_description_in_lists_and_headlines(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text("Zorbix Therapeutics Unveils NexaBody™ Platform for Bispecific Antibodies\n\n"
                    f"{_Z} (Nasdaq: ZRBX) today announced the NexaBody platform for antibody drug candidates. We built a "
                    "proprietary antibody discovery platform, known as OmniMab, and a gene editing technology, which we call "
                    "LocusEdit, for our therapeutic programs. TriScan, our antibody discovery engine, has produced two "
                    "clinical candidates. We also own two proprietary drug delivery technologies, VeloCap and StratoGel, "
                    "used in our drug formulations.\n")
    platforms = names(extract(parse_path(path)), Kind.PLATFORM)
    assert {"NexaBody platform", "OmniMab platform", "LocusEdit technology", "TriScan engine", "VeloCap technology",
            "StratoGel technology"} <= platforms
    assert not any(p.startswith("Unveils") for p in platforms)


def test_license_histories_told_with_a_pronoun_a_passive_a_return_to_us_and_a_continuing_grant(tmp_path):
    history = _history(
        f"FORM 10-K\n{_Z}\n(Exact name of registrant as specified in its charter)\n\nQuarra Pharma Inc. is a privately held "
        "biotechnology company based in Basel. In June 2022, it granted us exclusive rights to develop and commercialize "
        "QX-330 in North America.\n\nIn July 2020, an exclusive license to develop ZX-205 in China was granted by the "
        'Company to Tarnix Pharmaceuticals Ltd. ("Tarnix").\n\nIn 2023, Hanvarre Pharma Co., Ltd. returned to us the '
        "rights to ZX-206 in South Korea.\n\nUnder the restated agreement, Ferrovant Biosciences, Inc. continues to grant "
        "us an exclusive license to FRV-330.\n\nIn April 2023, we terminated our license agreement with Ardentis Bio, Inc. "
        "and returned all rights to ARD-404 to Ardentis Bio, Inc.\n", tmp_path)
    assert {key: value[0] for key, value in history.items()} == {
        ("Quarra Pharma Inc.", _Z, "QX-330"): "Active", (_Z, "Tarnix Pharmaceuticals Ltd.", "ZX-205"): "Active",
        (_Z, "Hanvarre Pharma Co., Ltd.", "ZX-206"): "Terminated", ("Ferrovant Biosciences, Inc.", _Z, "FRV-330"): "Active",
        ("Ardentis Bio, Inc.", _Z, "ARD-404"): "Terminated"}
    assert history[("Ardentis Bio, Inc.", _Z, "ARD-404")][3] == ["RightsReturned", "Termination"]


def test_directors_biographies_professors_and_their_institutions(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text(f"FORM 10-K\n{_Z}\n(Exact name of registrant as specified in its charter)\n\nHarold M. Tesch, age 66, has "
                    "served as a member of our Board since 2016. Annika Thorsen has served as a director since 2022. Our "
                    "advisory board includes Dr. Sunita Raghavan-Cole of the Ellery Children's Research Hospital. Professor "
                    "Henrik Sandqvist of the Vesterby Neuromuscular Unit, lead investigator of the trial, said the data were "
                    "strong. Because Larkspur University used federal funding, the government has rights in ZX-101.\n")
    ext = extract(parse_path(path))
    assert {"Harold M. Tesch", "Annika Thorsen", "Sunita Raghavan-Cole", "Henrik Sandqvist"} == names(ext, Kind.PERSON)
    assert {"Ellery Children's Research Hospital", "Larkspur University"} <= names(ext, Kind.ORG)
    assert not any(n.startswith(("Because", "Sunita")) for n in names(ext, Kind.ORG))
    assert {("Harold M. Tesch", "Director"), ("Annika Thorsen", "Director")} <= {(p, t) for p, t, _ in _role_rows(path)}


def test_board_committee_members_and_a_title_between_the_speech_verb_and_the_name(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text(f"FORM 10-K\n{_Z}\n(Exact name of registrant as specified in its charter)\n\nThe Audit Committee is "
                    "composed of Lucas Brandvold (Chair), Annika Thorsen and Jerome Whitcombe. The Joint Steering Committee "
                    "is composed of Mara Quist and Jonas Berg. \"We delivered,\" said Chief Executive Officer Dana Whitfield "
                    "during our call.\n")
    rows = {(p, t) for p, t, _ in _role_rows(path)}
    assert {("Lucas Brandvold", "Director"), ("Annika Thorsen", "Director"), ("Jerome Whitcombe", "Director"),
            ("Dana Whitfield", "Chief Executive Officer")} <= rows
    assert not any(p in ("Mara Quist", "Jonas Berg") for p, _ in rows)


def test_brands_sold_or_approved_products_in_partner_tables_and_codes_told_by_results(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text(f"FORM 10-K\n{_Z}\n(Exact name of registrant as specified in its charter)\n\nNet product revenue from "
                    "sales of Velquira was $412.3 million. Tresovia is approved in the United States for adults. Dormexa "
                    "received marketing authorization in the EU. Sales of Europe increased. ZX-101 in combination with "
                    "pembrolizumab demonstrated a 38% objective response rate. Royalties on ZX-202 were $3 million.\n\n"
                    "| Product | Partner | Territory |\n|---|---|---|\n| ZX-303 | Quarra Pharma Inc. | Japan |\n"
                    "| Orbaxa | Helix Bio Ltd | Europe |\n\nOur office is at 1 Main Street, Suite 2200, Boston, MA 02110 "
                    "under the lease agreement.\n")
    assert names(extract(parse_path(path)), Kind.PRODUCT) == {
        "Velquira", "Tresovia", "Dormexa", "ZX-101", "pembrolizumab", "ZX-202", "ZX-303", "Orbaxa"}


def test_a_code_and_its_inn_joined_by_or_or_referred_to_but_not_a_list_of_codes(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text(f"FORM 10-K\n{_Z}\n(Exact name of registrant as specified in its charter)\n\nOur lead product candidate "
                    "is QRX-2207, or dorvaciclib, a CDK inhibitor. Sevotinib (also referred to as ZRX-15) is in Phase 2. We "
                    "are developing ZX-101, ZX-102, or ZX-103 in trials.\n")
    products = {m.name: m.aliases for m in extract(parse_path(path)).of_kind(Kind.PRODUCT)}
    assert products == {"dorvaciclib": {"QRX-2207"}, "sevotinib": {"ZRX-15"}, "ZX-101": set(), "ZX-102": set(), "ZX-103": set()}


_P = ("In 2019, we entered into a license agreement with Quarra Pharma Inc., under which Quarra Pharma Inc. granted us an "
      "exclusive license to ZX-101. ")


@pytest.mark.parametrize("sentence", [
    "We have not terminated the license agreement.",
    "Neither party has terminated the license agreement.",
    "In 2023, we terminated the 2015 Stock Option Plan.",
    "In 2023, the Compensation Committee cancelled the stock option awards granted in 2019.",
    "In 2023, the agreement was amended to increase the borrowing limit under our credit facility.",
    "In 2023, we amended the agreement with our Chief Executive Officer to extend his term.",
])
def test_a_license_unchanged_by_denied_endings_and_by_other_contracts(tmp_path, sentence):
    history = _history(f"FORM 10-K\n{_Z}\n(Exact name of registrant as specified in its charter)\n\n{_P}{sentence}\n", tmp_path)
    assert history == {("Quarra Pharma Inc.", _Z, "ZX-101"): ("Active", "2019", None, ["Grant"])}


@pytest.mark.parametrize("text, kind, wrong", [
    ("Sarvo Biotech Ltd. has not returned to us the rights to ZX-101.", None, None),
    ("If we acquired the global rights to Quarra Pharma Inc.'s ZX-101, we would owe milestones.", None, None),
    ("Product sales from Walgreens were $2 million. We launched Salesforce in the United States.", Kind.PRODUCT, {"Walgreens", "Salesforce"}),
    ("| Program | Status | Partner |\n|---|---|---|\n| Oncology | Phase 2 | None |\n", Kind.PRODUCT, {"Oncology"}),
])
def test_shapes_the_review_found_misread(tmp_path, text, kind, wrong):
    path = tmp_path / "f.txt"
    path.write_text(f"FORM 10-K\n{_Z}\n(Exact name of registrant as specified in its charter)\n\n{text}\n")
    if kind is None:
        assert _license_rows(path) == set()
    else:
        assert not names(extract(parse_path(path)), kind) & wrong


def test_a_headline_inn_ending_like_a_surname_and_directors_of_other_companies(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text("Zorbix Presents Velarsen Data at ALS Meeting\n\n"
                    f"FORM 10-K\n{_Z}\n(Exact name of registrant as specified in its charter)\n\nDana Whitfield has served as a "
                    "member of the board of directors of Halvern Bio, Inc. since 2018. The Board may consider the promotion "
                    "of Jonas Berg to President in 2025.\n")
    assert "velarsen" in names(extract(parse_path(path)), Kind.PRODUCT)
    assert not any(org == _Z for person, _, org in _role_rows(path) if person in ("Dana Whitfield", "Jonas Berg"))


# Shapes of real annual reports and releases (a probe of 100 real passages the rules had not seen).
@pytest.mark.parametrize("header, text, expected", [
    # the counterparty known only by a short name, after a capitalized agreement or its defined term
    (_FILER_8K, "In May 2021, we entered into a License, Development, and Commercialization Agreement with Torvane for our "
     "antibody program, ZX-777. Torvane received an exclusive worldwide license to develop and commercialize ZX-777.",
     {(_Z, "Torvane", "ZX-777")}),
    (_FILER_8K, 'In June 2020, we entered into a license and collaboration agreement (the "Kelso License Agreement") with '
     "Kelso, pursuant to which we granted Kelso an exclusive license to develop and commercialize ZX-150 and ZX-160 in "
     "Greater China.", {(_Z, "Kelso", "ZX-150"), (_Z, "Kelso", "ZX-160")}),
    # the licensee has licensed the owner's product, many words after the possessive
    (_FILER_8K, 'On October 3, 2014, the Company entered into an agreement with Lindqvist Pharma Ltd. ("Lindqvist"), '
     "pursuant to which Lindqvist has licensed the Company's fully human, anti-PD-L1 monoclonal antibody (mAb) QX-A2201.",
     {(_Z, "Lindqvist Pharma Ltd.", "QX-A2201")}),
    # every option exercised, and a paragraph's four programs
    (_FILER_8K, 'Veridane Biologics Corp. ("Veridane") and the Company are parties to an option agreement. On November 17, '
     "2021, Veridane exercised its options to the molecules ZX-201 and ZX-202, as well as ZX-203 and ZX-204.",
     {("Zorbix Therapeutics, Inc.", "Veridane Biologics Corp.", p) for p in ("ZX-201", "ZX-202", "ZX-203", "ZX-204")}),
    # licensed from, told of the product
    (_FILER_8K.replace("8-K", "10-K"), "Our products include QUELTRA ® (zoltamab), an antibody for the treatment of "
     "bacteremia, including endocarditis, licensed from Basalt Pharma AG for U.S. commercialization. ZX-900 is "
     "in-licensed from Halvorsen Biosciences, Inc.",
     {("Basalt Pharma AG", _Z, "zoltamab"), ("Halvorsen Biosciences, Inc.", _Z, "ZX-900")}),
    # an institution licenses its inventions when the text gives no direction
    (_FILER_8K.replace("8-K", "10-Q"), "Between June 2018 and September 2020, the Company entered into license and "
     'sponsored research agreements with the University of Tarrant Research Foundation ("UTRF") for ZX-247, a novel '
     "aptamer-based compound.", {("University of Tarrant Research Foundation", _Z, "ZX-247")}),
])
def test_licenses_told_the_ways_real_reports_tell_them(tmp_path, header, text, expected):
    path = tmp_path / "f.txt"
    path.write_text(header + text + "\n")
    assert {row[:3] for row in _license_rows(path)} == expected


def test_the_stems_of_todays_pipelines_and_words_that_only_end_like_them(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text(f"FORM 10-K\n{_Z}\n(Exact name of registrant as specified in its charter)\n\nOur candidates are "
                    "ortaciguat, belvadenant, zemoprazan, zilatoclax, moravafusp and pelivase alfa; cholesterol, interleukin "
                    "and a mongrel are not.\n")
    assert names(extract(parse_path(path)), Kind.PRODUCT) == {
        "ortaciguat", "belvadenant", "zemoprazan", "zilatoclax", "moravafusp", "pelivase alfa"}


def test_products_real_releases_name_and_companies_that_only_end_like_an_inn(tmp_path):
    """Brands named after what they are ("eye drug Eylea"), an ADC's pair with any payload stem, "X, now called
    Y"; and a company whose name ends like an INN, named in a headline before its legal name, or acting."""
    path = tmp_path / "f.txt"
    path.write_text(
        "Halvomab and Quarra Announce FDA Approval for Trelvexa\n\nBOSTON, March 1, 2024 -- Halvomab A/S (Nasdaq: HLVM) "
        "today announced approval of the eye drug Trelvexa. Danish biotechnology company Halvomab has granted Quarra an "
        "option. The manuscripts describe ZX-1536, now called ortuzumab pelidotin (OrPe), our first ADC. We gained FDA "
        "approval for our first product, ZORVANA, in February.\n")
    products = names(extract(parse_path(path)), Kind.PRODUCT)
    assert {"Trelvexa", "ortuzumab pelidotin", "ZORVANA"} <= products
    assert not {"Halvomab", "halvomab", "pelidotin", "ZX-1536"} & products  # ZX-1536 is the pair's alias
    ext = extract(parse_path(path))
    pair = next(m for m in ext.of_kind(Kind.PRODUCT) if m.name == "ortuzumab pelidotin")
    assert "ZX-1536" in pair.aliases


def test_named_technologies_and_companies_known_by_one_word(tmp_path):
    """A technology 'called' a name says what it does after the name; a listed company ('Quillon (NYSE: QLN)')
    or one the text calls a company ('Neovacra is a French biotech company') is one, said once; 'a company man' is not."""
    path = tmp_path / "f.txt"
    path.write_text(
        "Zorbix Therapeutics, Inc. Announces Renewal of Agreement\n\nWALTHAM, Mass., May 1, 2024 -- Zorbix Therapeutics, "
        "Inc. (Nasdaq: ZRBX) today announced that Quillon (NYSE: QLN) has renewed the agreement. Neovacra is a French "
        "biotech company listed on Euronext. Halden is a company man. The company has developed a linker technology "
        "called ConjuLink, which attaches the drug to the antibody. Percipio offers a learning technology called Percy, "
        "which trains staff.\n")
    ext = extract(parse_path(path))
    assert {"Quillon", "Neovacra"} <= names(ext, Kind.ORG) and "Halden" not in names(ext, Kind.ORG)
    assert names(ext, Kind.PLATFORM) == {"ConjuLink technology"}


@pytest.mark.parametrize("text, expected", [
    # the agreement that granted, dated by its name, told by the licensor's release while ending it
    ("Quarra Pharmaceutical (CEO Jan Ek) today announced that it and Velmora Therapeutics have agreed to terminate the "
     "June 2021 license agreement, which granted Velmora Therapeutics exclusive right to develop and commercialize "
     "brivotinib in Canada.", ("Quarra Pharmaceutical", "Velmora Therapeutics", "brivotinib", "2021-06")),
    # the license agreement covering the owner's compound
    ("Zorbix Therapeutics, Inc. and Halden Pharma Co., Ltd. announced today that they have entered into an agreement to "
     "mutually terminate the February 2011 license agreement covering Zorbix Therapeutics' proprietary compound ZX-214.",
     ("Zorbix Therapeutics, Inc.", "Halden Pharma Co., Ltd.", "ZX-214", "2011-02")),
])
def test_licenses_a_release_tells_while_ending_them(tmp_path, text, expected):
    history = _history("Companies Announce Termination of License Agreement\n\nSEOUL, June 5, 2023 /PRNewswire/ -- " + text + "\n", tmp_path)
    assert {key: effective for key, (_status, effective, _ended, _events) in history.items()} == {expected[:3]: expected[3]}


@pytest.mark.parametrize("text, expected", [
    # "under which it acquired": the subject that entered into the agreement, not the partner named before "it"
    ("In July 2020, the Company entered into a license agreement with Veltrane Therapeutics (\u201cVeltrane\u201d), under "
     "which it acquired an exclusive license for the research, development, and commercialization of zelociclib worldwide.",
     {("Veltrane Therapeutics", _Z, "zelociclib")}),
    # the grantor named right after "received from", the license after it
    ('In August 2016, the Company entered into a collaboration and license agreement with Orvane Limited ("Orvane"), '
     "pursuant to which the Company received from Orvane an exclusive, worldwide, royalty-bearing, sublicensable (subject "
     "to certain conditions) license to certain intellectual property rights relating to the Company's ZX-200 product "
     "candidates.", {("Orvane Limited", _Z, "ZX-200")}),
    # a deal signed to license a drug out
    ("Korean drug maker Zorbix said on Nov. 5 that it has signed a deal with Brightwater Biotech to license out "
     "Zanertinib, a candidate for lung cancer.", {(_Z, "Brightwater Biotech", "zanertinib")}),
    # the partner's own product, built on the filer's technology, is not the partner's to license
    ('On April 26, 2017, the Company entered into a worldwide license agreement around its proprietary lentiviral vector '
     'platform with Selvara Pharma AG ("Selvara"). Under the terms of the agreement with Selvara, Selvara will '
     "non-exclusively license certain patent rights related to lentiviral vector technology to develop and commercialize "
     "CAR T therapies, including SLV019, Selvara's anti-CD19 CAR T investigational therapy.", set()),
    # an aside among the license's adjectives
    ('On February 13, 2012, the Company entered into a license agreement (the "License Agreement") with Invora '
     'Pharmaceuticals, Inc. ("Invora"), pursuant to which the Company was granted an exclusive, worldwide (except as '
     "noted below), royalty-bearing license for the rights to commercialize technologies relating to vilapristone, an "
     "anti-progestin, for all therapeutic uses.", {("Invora Pharmaceuticals, Inc.", _Z, "vilapristone")}),
    # the product the relative clause is about
    ("Zelcamab is an anti-CD19 monoclonal antibody of which the Company obtained license from Velora Bio, Inc.",
     {("Velora Bio, Inc.", _Z, "zelcamab")}),
    # every product of the collaboration, the party paid licensing them
    ("In June 2020, the Company entered into a strategic collaboration with Neurova Biosciences, Inc. to develop and "
     "commercialize compounds in the Company's neuroscience pipeline, including ZX-041, ZX-653 and ZX-831. The Company "
     "received an upfront cash payment in July 2020 and is entitled to milestones and royalties on net sales.",
     {(_Z, "Neurova Biosciences, Inc.", p) for p in ("ZX-041", "ZX-653", "ZX-831")}),
])
def test_licenses_a_pronoun_an_owner_an_aside_or_a_list_tells(tmp_path, text, expected):
    assert _filer_licenses(text, tmp_path) == expected


def test_names_a_filing_gives_a_drug_beside_its_code_and_marks_flattened_into_a_word(tmp_path):
    """'tarademetan (QX-3032b)': a name of no known stem before a code; 'QX334 (which the Company refers to
    as velasakimab)'; 'CNviewTM' (a mark a conversion glued to the word); and a company that ends like an
    INN, named in a defined term before its legal name, is no product. Stems: -pristone, -cog alfa, an
    IL-13 fusion's pair."""
    path = tmp_path / "f.txt"
    path.write_text(_FILER_8K + 'The Company licensed the rights to tarademetan (QX-3032b) from Halden Pharma. It also '
                    "develops QX334 (which the Company refers to as velasakimab), an antibody. On September 7, 2023, the "
                    'Company entered into a license agreement (the "Genocept Agreement") with Genocept, Inc ("Genocept"), '
                    "pursuant to which Genocept granted the Company a non-exclusive license to use the proprietary cell "
                    "enumeration drug test, CNviewTM. Our candidates include vilapristone, belnonacog alfa and pentredekin "
                    "besudotox. The SYSTEM and the ATM are not.\n")
    ext = extract(parse_path(path))
    products = {m.name: m.aliases for m in ext.of_kind(Kind.PRODUCT)}
    assert set(products) == {"QX-3032b", "velasakimab", "CNview", "vilapristone", "belnonacog alfa", "pentredekin besudotox"}
    assert products["QX-3032b"] == {"tarademetan"} and products["velasakimab"] == {"QX334"} and products["CNview"] == {"CNviewTM"}
    assert "Genocept, Inc" in names(ext, Kind.ORG)


def test_a_company_that_informs_another_is_a_party_and_management_is_not(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text(_FILER_8K + "Last week, Kestrel informed the Company that it is terminating its license agreement for "
                    "zaforolimus. Management informed the Board of the notice.\n")
    ext = extract(parse_path(path))
    assert "Kestrel" in names(ext, Kind.ORG) and "Management" not in names(ext, Kind.ORG)
    assert [(c.status, {ext.mentions[p].name for p in c.parties}) for c in ext.collaborations] == [("Terminated", {"Kestrel", _Z})]


def test_a_platform_named_in_apposition_and_marks_that_are_no_part_of_a_name(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text(_FILER_8K + "We are developing our personalized CAR T platform technology, ZYCART™, to develop cell-based "
                    "therapeutics for cancer. We partnered our proprietary drug delivery platform, PolyZen, and receive "
                    "royalties on antibody sales. We used funds to develop our gene circuit platform, ZX-202, ZX-301A and "
                    "other product candidates.\n")
    ext = extract(parse_path(path))
    assert names(ext, Kind.PLATFORM) == {"ZYCART technology", "PolyZen platform"}
    assert normalize_name("GalXC™") == normalize_name("GalXC") == "galxc"  # NFKD would spell the mark "tm"


def test_a_short_name_defined_at_the_end_of_a_company_s_details(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text("Zorvane Pharma Corporation (Head Office: Osaka; President & Representative Director; Hiro Ueno; "
                    'hereafter, "ZPC") announced today that ZPC has filed an application.\n')
    ext = extract(parse_path(path))
    assert {m.name: m.aliases for m in ext.of_kind(Kind.ORG)} == {"Zorvane Pharma Corporation": {"ZPC"}}


def test_codes_that_end_in_a_year_like_number_and_dates_that_look_like_codes():
    assert all(looks_like_code(c) for c in ("CX-2029", "Moli1901", "ZX-S118AI", "mRNA-1975", "GW 597901"))
    assert not any(looks_like_code(c) for c in ("FY2023", "Q1 2024", "June 2024", "SEER 2022", "EXPO 2020"))


def test_initials_written_together_inside_a_company_name(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text(_FILER_8K + "The Company licensed annamycin from The University of Texas M.D. Anderson Cancer Center "
                    "and sold it to Halden Pharmaceuticals U.S.A., Inc. last year.\n")
    orgs = names(extract(parse_path(path)), Kind.ORG)
    assert {"Halden Pharmaceuticals U.S.A., Inc."} <= orgs and not any(o.startswith(("D. ", "A.")) for o in orgs)
    assert any("M.D. Anderson Cancer Center" in o for o in orgs)


def test_appointments_as_releases_announce_them(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text(_FILER_8K + "The Company today announced that Manuel Ortiz, M.D., has been appointed President and Chief "
                    "Executive Officer. The Company also announced the appointment of Timothy Rowe to Executive Vice President. "
                    "On August 4, 2015, the Company appointed Yihong Tao, Ph.D, B.S. as the Company's Chief Scientific Officer.\n")
    roles = {(r[0], r[1]) for r in _role_rows(path)}
    assert {("Manuel Ortiz", "President and Chief Executive Officer"), ("Timothy Rowe", "Executive Vice President"),
            ("Yihong Tao", "Chief Scientific Officer")} <= roles


def test_partners_named_by_one_word_in_a_pair_or_acting_on_their_option(tmp_path):
    """'collaborations with Quarra and Velmont': two names that are no words are parties; 'that Brenner Ingel has
    exercised its option' makes its subject one; a typed em dash ends a name ('Orbis Systems--along with')."""
    path = tmp_path / "f.txt"
    path.write_text(_FILER_8K + "We executed multi-target discovery collaborations with Quarra and Velmont. Zorbix today "
                    "announced that Brenner Ingel has exercised its option to receive exclusive rights to a third program. "
                    "Our partners include Orbis Systems--along with many others. We met with Research and Development.\n")
    orgs = names(extract(parse_path(path)), Kind.ORG)
    assert {"Quarra", "Velmont", "Brenner Ingel"} <= orgs
    assert not any("--" in o or o.startswith("Research") for o in orgs)


def test_company_codes_of_letters_beside_their_numbered_siblings(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text(_FILER_8K + "We transitioned our primary hyperoxaluria program to the QRX-PHXC candidate from QRX-PH1, "
                    "and QRX-MYC remains in a Phase 1 trial. The ATTR-CM and DAPA-HF studies are not ours.\n")
    assert names(extract(parse_path(path)), Kind.PRODUCT) == {"QRX-PHXC", "QRX-PH1", "QRX-MYC"}
    assert looks_like_code("ALN-TTR02") and not looks_like_code("FGF-R1")


def test_text_whose_spaces_a_conversion_lost(tmp_path):
    """'Halden Bio Sciences,Inc.' is a company; 'dated May11, 2016' is a date, not a code."""
    path = tmp_path / "f.txt"
    path.write_text(_FILER_8K + "On December8, 2017, the Company provided written notice to Halden Bio Sciences,Inc. "
                    '("Halden") of termination of the License and Development Agreement dated May11, 2016 for ZX-77, '
                    "our product candidate for pain.\n")
    ext = extract(parse_path(path))
    assert "Halden Bio Sciences,Inc." in names(ext, Kind.ORG)
    assert names(ext, Kind.PRODUCT) == {"ZX-77"} and not looks_like_code("May11")


def test_an_adverb_before_a_pair_an_office_before_its_company_and_a_platform_named_before_its_mark(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text(_FILER_8K + "Recently, Moleculon Biotech, Inc. entered into an agreement with a research facility. "
                    '"We are pleased," said Rong Wei, M.D., VP of Biocytex, CEO and CMO of Eucara Biopharma. The Company '
                    "entered into platform Captivol® license and supply agreements with Halden Pharma, Inc. for ZX-12, an "
                    "antibody drug.\n")
    ext = extract(parse_path(path))
    orgs = names(ext, Kind.ORG)
    assert "Eucara Biopharma" in orgs and not any(o.startswith(("Recently", "CMO", "CEO")) for o in orgs)
    assert names(ext, Kind.PLATFORM) == {"Captivol platform"} and "Captivol" not in names(ext, Kind.PRODUCT)


# An agreement (EX-10) whose grant clause licenses "Products" under "the Licensed Patents": what it licenses
# is what its recitals say the licensor brings.
_AGREEMENT = (
    "EXHIBIT 10.1\n\nLICENSE AGREEMENT\n\nThis LICENSE AGREEMENT (this \"Agreement\") is entered into as of March 3, "
    "2015 by and between Quorvane Biologics, Inc., a Delaware corporation (\"Quorvane\"), and Telmiria Pharma Corp., a "
    "Nevada corporation (\"Telmiria\").\n\nRECITALS WHEREAS, Quorvane is currently developing compounds such as but not "
    "limited to QBX-217 and QBX-330 for the treatment of fibrosis; WHEREAS, Telmiria is also developing TLM-55 for the "
    "treatment of asthma; and WHEREAS, the parties wish to collaborate.\n\n{grant}\n"
)


@pytest.mark.parametrize("grant, expected", [
    # the grant names no product: the licensor's recital products, not the licensee's
    ("2.1 License Grant. Quorvane hereby grants to Telmiria an exclusive, worldwide license under the Licensed Patents "
     "to develop, make, use and sell Products in the Field.",
     {("Quorvane Biologics, Inc.", "Telmiria Pharma Corp.", "QBX-217"), ("Quorvane Biologics, Inc.", "Telmiria Pharma Corp.", "QBX-330")}),
    # a definition that speaks of rights granted grants nothing
    ('1.39 "Quorvane Patents" means all patents owned by Quorvane, with the right to grant the sublicense rights '
     "granted to Telmiria under this Agreement.", set()),
    # a grant that names its product licenses that one only
    ("2.1 License Grant. Quorvane hereby grants to Telmiria an exclusive license to develop QBX-330.",
     {("Quorvane Biologics, Inc.", "Telmiria Pharma Corp.", "QBX-330")}),
])
def test_an_agreements_grant_licenses_what_its_recitals_say_the_licensor_brings(tmp_path, grant, expected):
    path = tmp_path / "ex10.txt"
    path.write_text(_AGREEMENT.format(grant=grant))
    assert {row[:3] for row in _license_rows(path)} == expected


_LICENSE_PREAMBLE = (
    "EXHIBIT 10.2\n\nThis License Agreement (this \"Agreement\") is made as of the 25th day of June, 2009 by and between "
    "QUORVANE BIOLOGICS, INC., a corporation organized under the laws of Japan (hereinafter referred to as \"QUORVANE\") "
    "and TELMIRIA PHARMA CORP., a Delaware corporation (hereinafter referred to as \"TELMIRIA\"). WHEREAS, TELMIRIA has "
    "been developing through its research new anti-cancer agents, including TELMIRIA's compound TLM-5530 and its "
    "derivatives. {recitals}\n"
)


@pytest.mark.parametrize("recitals, expected", [
    # the licensor's patents cover the licensee's compound: "these compounds" are the recital's before
    ("WHEREAS, QUORVANE owns certain patent rights whose claims may cover these compounds; and WHEREAS, TELMIRIA desires "
     "to obtain from QUORVANE, and QUORVANE is willing to grant to TELMIRIA, an exclusive license in certain fields under "
     "such QUORVANE patent rights;", {("Quorvane Biologics, Inc.", "Telmiria Pharma Corp.", "TLM-5530")}),
    # whose patents the grant is under, unsaid: not the compound's owner as licensor against the stated direction,
    # but the grantor's defined term, the asset of a grant that names no product
    ("WHEREAS, TELMIRIA desires to obtain from QUORVANE, and QUORVANE is willing to grant to TELMIRIA, an exclusive "
     "license in certain fields under the QUORVANE Patents;", {("Quorvane Biologics, Inc.", "Telmiria Pharma Corp.", "QUORVANE Patents")}),
])
def test_an_agreement_stating_who_grants_whose_patents_cover_the_other_partys_compound(tmp_path, recitals, expected):
    path = tmp_path / "ex10.txt"
    path.write_text(_LICENSE_PREAMBLE.format(recitals=recitals))
    assert {row[:3] for row in _license_rows(path)} == expected


@pytest.mark.parametrize("text, expected", [
    # the licensee announced the ending; the rights go back to the licensor when it takes effect
    ("Last week, Quarra Pharma informed the Company that it is terminating its license agreement for the global "
     "development of zelvatinib in oncology (Press release Quarra Pharma, FEB 25, 2014). By the terms of the agreement, "
     "this becomes effective in November 2014 at which time all rights related to zelvatinib in oncology will be "
     "returned to the Company.", {(_Z, "Quarra Pharma", "zelvatinib", "2014-11")}),
    # the licensee's own rights, named by their holder
    ("On December 8, 2017, the Company provided written notice to Halden Biosciences, Inc. of termination of the "
     "License Agreement, which termination will be effective on March 8, 2018. Upon such termination of the License "
     "Agreement, Halden Biosciences' rights to develop and commercialize ZX-550 will revert to the Company.",
     {(_Z, "Halden Biosciences, Inc.", "ZX-550", "2018-03-08")}),
    # the rights' asset described at length, the licensor known by the initials of its inner capitals too
    ("On December 8, 2017, the Company provided written notice to NovaGenix Research Labs, Inc. (\u201cNGRL\u201d) of "
     "termination of the License Agreement, which termination will be effective on March 8, 2018. Upon such termination "
     "of the License Agreement, the Company's rights to develop and commercialize ZX-550 (zelfentanil buccal film), a "
     "transmucosal immediate-release film indicated for the management of breakthrough pain in certain cancer patients "
     "who are already receiving opioids, will revert to NGRL.",
     {("NovaGenix Research Labs, Inc.", _Z, "ZX-550", "2018-03-08")}),
    # contract language supposes an ending; it reports none
    ("The Company gave notice to Halden Biosciences, Inc. of its intention to terminate. Upon termination of this "
     "Agreement, all rights to ZX-550 will revert to the Company.", set()),
    ("Halden Biosciences, Inc. informed the Company that it is terminating the agreement. If such termination takes "
     "effect, all rights to ZX-550 will revert to the Company.", set()),
])
def test_rights_that_will_go_back_when_an_announced_termination_takes_effect(tmp_path, text, expected):
    history = _history(_FILER_8K + text + "\n", tmp_path)
    assert {(*key, ended) for key, (status, _eff, ended, _events) in history.items() if status == "Terminated"} == expected


@pytest.mark.parametrize("term, alias", [("NGRL", True), ("NGX", False)])
def test_a_defined_short_name_of_the_capitals_inside_a_companys_words(tmp_path, term, alias):
    path = tmp_path / "f.txt"
    path.write_text(_FILER_8K + f"The Company signed an agreement with NovaGenix Research Labs,Inc. (\u201c{term}\u201d) in 2020.\n")
    assert (term in mention(extract(parse_path(path)), Kind.ORG, "NovaGenix Research Labs,Inc.").aliases) is alias


@pytest.mark.parametrize("text, expected", [
    # the grant told as a noun
    ("The Company announced the grant of an exclusive license to ZX-310 by Halden Biosciences, Inc. to Quarra Pharma AG "
     "for Japan.", {("Halden Biosciences, Inc.", "Quarra Pharma AG", "ZX-310", ("Grant",))}),
    ("The agreement provides for the grant by Halden Biosciences, Inc. to Quarra Pharma of a worldwide license to "
     "develop ZX-310.", {("Halden Biosciences, Inc.", "Quarra Pharma", "ZX-310", ("Grant",))}),
    # ... as a participle whose rights went back, the asset given by the agreement's heading
    ("(a) License Agreement with Halden Biosciences, Inc. for Zelvatinib On January 26, 2024, the Company received a "
     "termination notice from Halden Biosciences. Accordingly, the Company ceased all development activities, and all "
     "rights and licenses granted by Halden Biosciences to the Company reverted to Halden Biosciences.",
     {("Halden Biosciences, Inc.", _Z, "zelvatinib", ("RightsReturned",))}),
    # supposed, or denied: no grant
    ("The agreement would provide for the grant of an exclusive license to ZX-310 by Halden Biosciences, Inc. to "
     "Quarra Pharma.", set()),
    ("The rights granted by Halden Biosciences, Inc. to Quarra Pharma do not include ZX-310.", set()),
])
def test_grants_told_as_a_noun_or_a_participle(tmp_path, text, expected):
    path = tmp_path / "f.txt"
    path.write_text(_FILER_8K + text + "\n")
    assert _license_rows(path) == expected


@pytest.mark.parametrize("text, expected", [
    # the license told by its transfer: the patents' owner licenses the assignee
    ("As part of the agreement, Selvane Pharma, Inc. assigned to the Company its license to a group of patents owned by "
     "the Regents of the University of Tarrant, or Tarrant, which cover uses of zelvatinib and ortavimab to treat PAH.",
     {("Regents of the University of Tarrant", _Z, "zelvatinib"), ("Regents of the University of Tarrant", _Z, "ortavimab")}),
    ("In 2019, Selvane Pharma, Inc. assigned to the Company all of its rights under its license agreement with Halden "
     "Biosciences, Inc. for ZX-310.", {("Halden Biosciences, Inc.", _Z, "ZX-310")}),
    # an assignment still to come, or of patents rather than a license, grants no license yet
    ("Selvane Pharma, Inc. will have assigned to the Company its license to patents owned by Halden Biosciences, Inc. "
     "covering ZX-310.", set()),
    ("Selvane Pharma, Inc. assigned to the Company its patents covering ZX-310, which Halden Biosciences, Inc. owned.", set()),
])
def test_a_license_told_by_its_assignment_to_a_new_licensee(tmp_path, text, expected):
    assert _filer_licenses(text, tmp_path) == expected


@pytest.mark.parametrize("text, expected", [
    # an agreement's lettered background paragraphs are its recitals
    ("EXHIBIT 10.3\n\nLICENSE AGREEMENT\n\nTHIS LICENSE AGREEMENT is made as of March 1, 2018 between THE REGENTS OF "
     "THE UNIVERSITY OF TARRANT, a public institution (\"UNIVERSITY\"), and CALLOWAY THERAPEUTICS, INC., a Delaware "
     "corporation (\"LICENSEE\").\n\nBACKGROUND\n\nA. UNIVERSITY owns certain inventions relating to the compound "
     "designated TAR-55.\n\nB. LICENSEE desires to obtain an exclusive license.\n\n2. GRANT. UNIVERSITY hereby grants "
     "to LICENSEE an exclusive license under the Patent Rights to make, use and sell Licensed Products in the Field.\n",
     {("REGENTS OF THE UNIVERSITY OF TARRANT", "Calloway Therapeutics, Inc.", "TAR-55")}),
    # a report's "Background" is no agreement's recitals
    (f"FORM 10-K\n{_Z}\n(Exact name of registrant as specified in its charter)\n\nBackground\n\nThe Company is developing "
     "ZX-310 for fibrosis. In 2020, we granted Quarra Pharma AG an exclusive license under our patents in Japan.\n", set()),
])
def test_an_agreements_background_paragraphs_are_its_recitals(tmp_path, text, expected):
    path = tmp_path / "ex10.txt"
    path.write_text(text)
    assert {row[:3] for row in _license_rows(path)} == expected


def test_a_compound_known_by_a_name_of_no_known_shape(tmp_path):
    """'a compound known as QUIN-GCSF (QX10460A)': another name of the code's product; 'the compound designated
    Velpentamide': a product; 'a drug designated Orphan Drug' is a status, not a name."""
    path = tmp_path / "f.txt"
    path.write_text(_FILER_8K + "Whereas, Halden Biosciences, Inc. has developed a compound known as QUIN-GCSF (QX10460A) "
                    "by applying its platform. The Company licensed the compound designated Velpentamide from Quarra Pharma AG. "
                    "The FDA granted our drug designated Orphan Drug status.\n")
    ext = extract(parse_path(path))
    assert "QUIN-GCSF" in mention(ext, Kind.PRODUCT, "QX10460A").aliases
    assert {"QX10460A", "Velpentamide"} <= names(ext, Kind.PRODUCT) and "Orphan" not in names(ext, Kind.PRODUCT)


@pytest.mark.parametrize("text, expected", [
    # a platform licensed to make products, the products it names licensed with it
    ("Pursuant to the License Agreement, Quarra Pharma AG granted to the Company exclusive worldwide rights under "
     "Quarra Pharma's ConjuLink platform technology to develop and commercialize antibody drug conjugate product "
     "candidates directed to certain licensed targets, including ZX-201 and ZX-203, and products containing them.",
     {("Quarra Pharma AG", _Z, a) for a in ("ConjuLink platform", "ZX-201", "ZX-203")}),
    # a product licensed, the indications it includes are no products
    ("Quarra Pharma AG granted to the Company an exclusive license to develop ZX-201 in all indications, including "
     "oncology.", {("Quarra Pharma AG", _Z, "ZX-201")}),
])
def test_a_platform_granted_with_the_products_it_names(tmp_path, text, expected):
    assert _filer_licenses(text, tmp_path) == expected


@pytest.mark.parametrize("text, expected", [
    # the licensing partner in apposition, for the product or before it
    ("Quarra Pharma AG, the Company's licensing partner for zelvatinib, filed an NDA.", {(_Z, "Quarra Pharma AG", "zelvatinib")}),
    ("The Company announced that Suda Pharma Ltd (ASX: SUD), a leader in drug delivery and the Company's ZOLVEX\u2122 "
     "licensing partner outside the U.S., has signed a distribution agreement.", {(_Z, "Suda Pharma Ltd", "ZOLVEX")}),
    # the licensor in a relative clause, the license told in the perfect
    ("Servara Labs assumed the Company's obligation to pay certain royalties to the University of Tarrant, from whom "
     "the Company has licensed rights to ZX-410.", {("University of Tarrant", _Z, "ZX-410")}),
    # a partner yet to be
    ("The Company signed a term sheet with Halvern Bio Inc., a potential licensing partner for ZX-660.", set()),
])
def test_a_licensing_partner_in_apposition_and_a_licensor_in_a_relative_clause(tmp_path, text, expected):
    assert _filer_licenses(text, tmp_path) == expected


def test_an_agreements_product_named_as_a_formulation_and_licensed_by_its_defined_term(tmp_path):
    """'a proprietary formulation of velpidol known as Quilvex (the "Product")', then 'hereby grants ... to
    commercialize the Product': the named formulation is the product the term stands for."""
    path = tmp_path / "ex10.txt"
    path.write_text('EXCLUSIVE LICENSE AGREEMENT This Exclusive License Agreement (the "Agreement") is made as of May 4, '
                    '2016 by and between Velmora Bio, Inc., a Delaware corporation ("Velmora"), and Orvane Therapeutics Ltd., '
                    'an Israeli company ("Orvane"). WHEREAS, Velmora has developed a proprietary formulation of velpidol known '
                    'as Quilvex (the "Product"). NOW, THEREFORE, the Parties agree as follows: 2.1 License Grant. Velmora '
                    "hereby grants to Orvane an exclusive license to commercialize the Product in the Territory.\n")
    assert {row[:3] for row in _license_rows(path)} == {("Velmora Bio, Inc.", "Orvane Therapeutics Ltd.", "Quilvex")}


def test_the_licensors_technology_of_an_agreement_is_no_asset_when_its_recitals_name_the_products(tmp_path):
    """'under the QuorTek Technology to develop and commercialize the Products': the agreement's word for the
    licensor's know-how (read as a platform), not what it licenses, which the recitals name."""
    path = tmp_path / "ex10.txt"
    path.write_text('This LICENSE AGREEMENT (this "Agreement") is entered into as of March 3, 2015 by and between QuorTek '
                    'Therapeutics, Inc., a Delaware corporation ("QuorTek"), and Telmiria Pharma Corp., a Nevada corporation '
                    '("Telmiria").\n\nRECITALS WHEREAS, QuorTek is currently developing zelvatinib and ortavimab for the '
                    "treatment of fibrosis; and WHEREAS, Telmiria desires to obtain from QuorTek, and QuorTek desires to grant "
                    "to Telmiria, an exclusive license under the QuorTek Technology to develop and commercialize the Products "
                    "in the Field.\n")
    assert {row[:3] for row in _license_rows(path)} == {
        ("QuorTek Therapeutics, Inc.", "Telmiria Pharma Corp.", "zelvatinib"), ("QuorTek Therapeutics, Inc.", "Telmiria Pharma Corp.", "ortavimab")}


@pytest.mark.parametrize("text, name", [
    ("Halden Biosciences, Inc. is developing its proprietary recombinant monoclonal antibody against human neonatal Fc "
     "receptor (hFcRn), referred to as QL161BKN, and owns patents relating to such compound.", "QL161BKN"),
    ("Halden Biosciences, Inc. is developing an antibody against the receptor, referred to as the Antibody.", None),
])
def test_a_compound_named_after_its_description(tmp_path, text, name):
    path = tmp_path / "f.txt"
    path.write_text(_FILER_8K + text + "\n")
    products = names(extract(parse_path(path)), Kind.PRODUCT)
    assert products == ({name} if name else set())


@pytest.mark.parametrize("lead", ["hereinafter called ", "hereinafter referred to as the ", "referred to herein as ",
                                  "hereafter ", "hereinafter, ", "herein "])
def test_the_ways_an_agreement_introduces_its_parties_terms(tmp_path, lead):
    """'Velmora Bio, Inc. (hereinafter called "LICENSOR")': the grant 'LICENSOR hereby grants to LICENSEE' names the
    parties by those terms; '(hereinafter the "Agreement")' names no party."""
    path = tmp_path / "ex10.txt"
    path.write_text(f'LICENSE AGREEMENT\n\nThis Agreement (hereinafter the "Agreement") is made as of May 4, 2016 by and '
                    f'between Velmora Bio, Inc., a Delaware corporation ({lead}"LICENSOR"), and Orvane Therapeutics Ltd., an '
                    f'Israeli company ({lead}"LICENSEE"). NOW, THEREFORE, the Parties agree as follows: 2.1 LICENSOR hereby '
                    "grants to LICENSEE an exclusive license to commercialize zelvatinib in the Territory.\n")
    ext = extract(parse_path(path))
    assert {row[:3] for row in _license_rows(path)} == {("Velmora Bio, Inc.", "Orvane Therapeutics Ltd.", "zelvatinib")}
    assert not {"Agreement", "LICENSOR", "LICENSEE"} & {a for m in ext.of_kind(Kind.ORG) for a in m.aliases}


@pytest.mark.parametrize("grant, granted", [
    ("Licensor hereby grants, and shall cause its Affiliates to grant, to Licensee an exclusive license to commercialize "
     "zelvatinib.", True),
    ("Licensee is hereby granted an exclusive license by Licensor to commercialize zelvatinib in the Territory.", True),
    ("Licensor hereby exclusively licenses to Licensee all rights to zelvatinib in the Territory.", True),
    ("Licensee is hereby granted no license by Licensor to zelvatinib.", False),
    ("Licensor's licenses to Licensee's Affiliates are listed in Schedule 2 for zelvatinib.", False),
])
def test_an_agreements_grant_clause_in_its_other_forms(tmp_path, grant, granted):
    path = tmp_path / "ex10.txt"
    path.write_text('LICENSE AGREEMENT\n\nThis Agreement is made as of May 4, 2016 by and between Velmora Bio, Inc., a '
                    'Delaware corporation ("Licensor"), and Orvane Therapeutics Ltd., an Israeli company ("Licensee"). NOW, '
                    f"THEREFORE, the Parties agree as follows: 2.1 License. {grant}\n")
    expected = {("Velmora Bio, Inc.", "Orvane Therapeutics Ltd.", "zelvatinib")} if granted else set()
    assert {row[:3] for row in _license_rows(path)} == expected


@pytest.mark.parametrize("text, expected", [
    # the field described at length between the rights and their source, vouched for by the license agreement
    ("As of March 31, 2024, the Company holds the exclusive worldwide rights to all preventative, therapeutic and/or "
     "diagnostic uses related to cancer in humans and by amendment to the agreement on December 11, 2020, viral "
     "infections in humans (including, but not limited to, coronaviruses) for zelvatinib from Halden Biosciences, Inc. "
     '("Halden") pursuant to a license agreement (the "Halden License Agreement").',
     {("Halden Biosciences, Inc.", _Z, "zelvatinib", None)}),
    # rights to distribute under a supply agreement: no license
    ("The Company holds the exclusive worldwide rights to distribute, market and sell in hospitals, clinics and other "
     "institutional settings in the United States and by amendment to the agreement on December 11, 2020, in Canada "
     "(including, but not limited to, its provinces) zelvatinib from Halden Biosciences, Inc. pursuant to a supply "
     "agreement.", set()),
])
def test_rights_held_from_a_licensor_under_a_license_agreement(tmp_path, text, expected):
    history = _history(_FILER_8K + text + "\n", tmp_path)
    assert {(*key, effective) for key, (_status, effective, _ended, _events) in history.items()} == expected


@pytest.mark.parametrize("text, expected", [
    # another asset to another licensee in the same clause, each with its description
    ("For example, the Company has out-licensed ZX-4059, a Btk inhibitor to Halden Biosciences, Inc.(U.S.) and ZX-9054, "
     "an FP/EP3 dual receptor agonist to Quarra Pharma AG.",
     {(_Z, "Halden Biosciences, Inc.", "ZX-4059"), (_Z, "Quarra Pharma AG", "ZX-9054")}),
    # a second asset the first licensee took too is no other licensee's
    ("The Company has licensed ZX-4059 to Halden Biosciences, Inc. and ZX-9054 was developed by Quarra Pharma AG.",
     {(_Z, "Halden Biosciences, Inc.", "ZX-4059")}),
])
def test_two_assets_licensed_out_to_two_licensees_in_one_clause(tmp_path, text, expected):
    assert _filer_licenses(text, tmp_path) == expected


@pytest.mark.parametrize("recital", ["is engaged in the research and development of zelvatinib", "holds certain patents covering zelvatinib",
                                     "possesses know-how relating to zelvatinib", "has certain rights to zelvatinib"])
def test_the_other_ways_a_recital_says_what_the_licensor_brings(tmp_path, recital):
    path = tmp_path / "ex10.txt"
    path.write_text('This LICENSE AGREEMENT (this "Agreement") is entered into as of March 3, 2015 by and between Quorvane '
                    'Biologics, Inc. ("Licensor") and Telmiria Pharma Corp. ("Licensee"). WHEREAS, Licensor '
                    f"{recital}; and WHEREAS, Licensee wishes to collaborate. NOW, THEREFORE, the parties agree as follows: "
                    "2.1 Licensor hereby grants to Licensee an exclusive license under the Licensed Patents to develop "
                    "Products in the Field.\n")
    assert {row[:3] for row in _license_rows(path)} == {("Quorvane Biologics, Inc.", "Telmiria Pharma Corp.", "zelvatinib")}


@pytest.mark.parametrize("recital, expected", [
    ("B. LICENSEE desires to obtain an exclusive license to TAR-55 and UNIVERSITY is willing to grant such a license.",
     {("REGENTS OF THE UNIVERSITY OF TARRANT", "Calloway Therapeutics, Inc.", "TAR-55", "2018-03-01")}),
    ("B. LICENSEE desires to obtain an exclusive license to TAR-55 and UNIVERSITY is not willing to grant such a license.", set()),
])
def test_a_recital_telling_the_grant_from_the_licensees_side(tmp_path, recital, expected):
    """The operative grant is unreadable (words glued: 'UNIVERSITYhereby grants toLICENSEE'); the recital tells it."""
    path = tmp_path / "ex10.txt"
    path.write_text('LICENSE AGREEMENT\n\nTHIS LICENSE AGREEMENT is made as of March 1, 2018 between THE REGENTS OF THE '
                    'UNIVERSITY OF TARRANT, a public institution ("UNIVERSITY"), and CALLOWAY THERAPEUTICS, INC., a Delaware '
                    f'corporation ("LICENSEE").\n\nBACKGROUND\n\n{recital}\n\n2. GRANT. UNIVERSITYhereby grants toLICENSEE an '
                    "exclusive license.\n")
    history = _history(path.read_text(), tmp_path)
    assert {(*key, effective) for key, (_s, effective, _e, _ev) in history.items()} == expected


@pytest.mark.parametrize("text, expected", [
    # the agreement's subject grants, told by a participle
    ("The Company today announced that it has entered into an exclusive license agreement granting Quarra Pharma AG the "
     "rights to develop and commercialize zelvatinib in Greater China.", {(_Z, "Quarra Pharma AG", "zelvatinib")}),
    ("On August 13, 2013, the Company entered into a License Agreement with Quarra Pharma AG granting Quarra Pharma an "
     "exclusive worldwide license for the development of zelvatinib.", {(_Z, "Quarra Pharma AG", "zelvatinib")}),
    # the licensee the agreement's subject: it grants itself nothing, the partner grants
    ("The Company entered into a license agreement with Quarra Pharma AG granting the Company the rights to zelvatinib "
     "in Japan.", {("Quarra Pharma AG", _Z, "zelvatinib")}),
    # the passive with its grantor first
    ("The Company was granted by Selvane Pharma, Inc. an exclusive license to ZX-770.", {("Selvane Pharma, Inc.", _Z, "ZX-770")}),
    ("The Company was granted by Selvane Pharma, Inc. no license to ZX-770.", set()),
])
def test_a_grant_told_by_a_participle_after_its_agreement_or_in_the_passive(tmp_path, text, expected):
    assert _filer_licenses(text, tmp_path) == expected


@pytest.mark.parametrize("text, expected", [
    # the agreement's terms, told in the future: the possessor's product
    ("Under the terms of the agreement, Quarra Pharma AG will receive exclusive rights to develop and commercialize the "
     "Company's zelvatinib in Japan.", {(_Z, "Quarra Pharma AG", "zelvatinib")}),
    ("If the agreement is terminated, Quarra Pharma AG will receive rights to the Company's zelvatinib.", set()),
    # the licensee role with its licensor after the product
    ("The Company is the exclusive licensee of zelvatinib from Quarra Pharma AG.", {("Quarra Pharma AG", _Z, "zelvatinib")}),
    # rights held under a license from X, past an abbreviation's period
    ("The Company has exclusive rights to commercialize zelvatinib in the U.S. under a license from Quarra Pharma AG.",
     {("Quarra Pharma AG", _Z, "zelvatinib")}),
    # an agreement signed to in-license
    ("The Company entered into a license agreement with Quarra Pharma AG to in-license zelvatinib.",
     {("Quarra Pharma AG", _Z, "zelvatinib")}),
    ("The Company held discussions with Quarra Pharma AG to in-license zelvatinib.", set()),
    # ... or under which the filer in-licensed, not licensed out
    ("The Company's license agreement with Quarra Pharma AG, under which we in-licensed zelvatinib, was amended in 2022.",
     {("Quarra Pharma AG", _Z, "zelvatinib")}),
    ("The Company's license agreement with Quarra Pharma AG, under which we licensed zelvatinib to Quarra Pharma, was "
     "amended in 2022.", {(_Z, "Quarra Pharma AG", "zelvatinib")}),
])
def test_licenses_a_report_tells_by_the_rights_received_held_or_in_licensed(tmp_path, text, expected):
    assert _filer_licenses(text, tmp_path) == expected


def test_a_guessed_direction_yields_to_the_paragraphs_payee(tmp_path):
    """'an exclusive licensing agreement with X for P' guesses X licensed P; 'Under the agreement, Zorbix will
    receive an upfront payment' says Zorbix did."""
    path = tmp_path / "f.txt"
    path.write_text(_FILER_8K + "Zorbix Therapeutics, Inc. today announced an exclusive licensing agreement with Quarra "
                    "Pharma AG for the development and commercialization of zelvatinib in Greater China. Under the agreement, "
                    "Zorbix will receive an upfront payment of $20 million.\n")
    assert {row[:3] for row in _license_rows(path)} == {(_Z, "Quarra Pharma AG", "zelvatinib")}


@pytest.mark.parametrize("text, expected", [
    # the grant and its ending in one sentence: the ending after the licensee does not unsay the grant
    ("The Company licensed zelvatinib to Quarra Pharma AG in 2019, and Quarra Pharma returned the rights in 2022.",
     {(_Z, "Quarra Pharma AG", "zelvatinib"): ("Terminated", "2019", "2022", ["Grant", "RightsReturned"])}),
    # an ending told before the licensee is no grant
    ("In 2022, the Company regained the rights that it had licensed to Quarra Pharma AG.", {}),
])
def test_a_grant_and_its_return_told_in_one_sentence(tmp_path, text, expected):
    history = _history(_FILER_8K + text + "\n", tmp_path)
    assert {k: v for k, v in history.items() if v[0] == "Terminated" or "Grant" in v[3]} == expected


@pytest.mark.parametrize("text, expected", [
    # the ending's direction told by where all rights went back
    ("In 2022, Quarra Pharma AG terminated its license to the Company's zelvatinib, and all rights reverted to the Company.",
     {(_Z, "Quarra Pharma AG", "zelvatinib", "Terminated")}),
    # two products named before: which rights went back is not said
    ("In 2022, Quarra Pharma AG terminated its license to zelvatinib and ortavimab, and all rights reverted to the Company.",
     set()),
])
def test_all_rights_reverting_after_a_termination_give_its_direction(tmp_path, text, expected):
    history = _history(_FILER_8K + text + "\n", tmp_path)
    assert {(*k, v[0]) for k, v in history.items()} == expected


_EX10_PREAMBLE = ('LICENSE AGREEMENT\n\nTHIS LICENSE AGREEMENT is made as of June 2, 2016 between WESTBROOK UNIVERSITY, a '
                  'corporation organized under the laws of Ohio ("WESTBROOK"), and Corvane Therapeutics, Inc., a Delaware '
                  'corporation ("LICENSEE").\n\n')


@pytest.mark.parametrize("grant, expected", [
    # a technology named by its quoted title, the title ending at its closing quote or the abbreviation after it
    ('WESTBROOK hereby grants to LICENSEE an exclusive license to the technology entitled "Cold Plasma Wound Sealant" '
     '(the "Technology").', "Cold Plasma Wound Sealant"),
    ('WESTBROOK hereby grants to LICENSEE an exclusive license to the invention known as "Methods of Sealing Chronic '
     'Wounds ("MSCW") and Devices Therefor".', "Methods of Sealing Chronic Wounds"),
    # a compound named by its INN, in lower case
    ("WESTBROOK hereby grants to LICENSEE an exclusive license to the candidate compound referred to as pemlorix, "
     "and to its salts.", "pemlorix"),
    # a title that starts with a digit is a name too
    ('WESTBROOK hereby grants to LICENSEE an exclusive license to the invention entitled "4-Aryl Quinolone Esters as '
     'Topical Analgesics".', "4-Aryl Quinolone Esters as Topical Analgesics"),
])
def test_an_agreement_names_what_it_licenses_by_a_title_after_what_it_is(tmp_path, grant, expected):
    path = tmp_path / "ex10.txt"
    path.write_text(_EX10_PREAMBLE + grant + "\n")
    assert {row[:3] for row in _license_rows(path)} == {("WESTBROOK UNIVERSITY", "Corvane Therapeutics, Inc.", expected)}


@pytest.mark.parametrize("quoted", [
    'the technology known as "a method in which the wound is sealed and then it is kept dry for a week"',
    # a definition's quoted terms, words of a list
    'any substance defined or referred to as "radiation," a "hazardous material" or "medical waste"',
    'the products referred to as "medical waste" under applicable law',
])
def test_a_quotation_that_is_no_name_names_no_asset(tmp_path, quoted):
    path = tmp_path / "ex10.txt"
    path.write_text(_EX10_PREAMBLE + f"WESTBROOK hereby grants to LICENSEE an exclusive license to {quoted}.\n")
    ext = extract(parse_path(path))
    assert names(ext, Kind.PLATFORM) | names(ext, Kind.PRODUCT) == set()


@pytest.mark.parametrize("title, expected", [
    ("Cold Plasma Wound Sealants for Diabetic Ulcers", "Cold Plasma Wound Sealants for Diabetic Ulcers"),
    # the docket number inside the title's quotes does not end the clause the definition looks back into
    ("Cold Plasma Wound Sealants (Docket 2231)", "Cold Plasma Wound Sealants (Docket 2231)"),
])
def test_an_invention_assigned_to_the_licensor_is_what_its_recitals_say_it_will_license(tmp_path, title, expected):
    """'YALE is willing to grant a license to LICENSEE' names no asset: the invention the recitals assign to the
    grantor, by its defined term, is what it licenses."""
    path = tmp_path / "ex10.txt"
    path.write_text(_EX10_PREAMBLE + "ARTICLE 1. BACKGROUND\n\n1.1. In the course of research at WESTBROOK, Dr. Alma Rusk "
                    f'(the "INVENTOR") has produced an invention entitled "{title}" (the "INVENTION").\n\n1.2. INVENTOR has '
                    "assigned to WESTBROOK all of INVENTOR's right, title and interest in and to the INVENTION.\n\n1.3. "
                    "WESTBROOK is willing to grant a license to LICENSEE, subject to the terms of this Agreement.\n")
    assert {row[:3] for row in _license_rows(path)} == {("WESTBROOK UNIVERSITY", "Corvane Therapeutics, Inc.", expected)}


@pytest.mark.parametrize("sentence, expected", [
    # the recital of the licenses a party holds, under an agreement dated and made with two licensors
    ("Zorbix has exclusive licenses to certain patent rights concerning ZX-101 in the United States pursuant to a "
     "License Agreement dated May 1, 2010 with Halden Biologics Ltd. and Marwick Pharma AG.",
     {("Halden Biologics Ltd.", _Z, "ZX-101", "2010-05-01"), ("Marwick Pharma AG", _Z, "ZX-101", "2010-05-01")}),
    ("Zorbix has no licenses to ZX-101 pursuant to a License Agreement dated May 1, 2010 with Halden Biologics Ltd.", set()),
])
def test_the_licenses_a_party_holds_pursuant_to_a_dated_agreement_with_its_licensors(tmp_path, sentence, expected):
    history = _history(_FILER_8K + sentence + "\n", tmp_path)
    assert {(*key, effective) for key, (_s, effective, _e, _ev) in history.items()} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("In March 2015, the Company and the University of Westbrook entered into an exclusive license agreement for ZX-101.",
     {("University of Westbrook", _Z, "ZX-101")}),
    ("In March 2015, Quarra Pharma AG and the University of Westbrook entered into an exclusive license agreement for "
     "ZX-101.", {("University of Westbrook", "Quarra Pharma AG", "ZX-101")}),
    # neither an institution: the sentence says nothing of who licenses whom
    ("In March 2015, Quarra Pharma AG and the Company entered into an exclusive license agreement for ZX-101.", set()),
])
def test_a_license_agreement_an_institution_and_a_company_entered_into_together(tmp_path, sentence, expected):
    assert _filer_licenses(sentence, tmp_path) == expected


_CROSS_LICENSE = ('COLLABORATION AGREEMENT\n\nThis COLLABORATION AGREEMENT is entered into as of May 4, 2017 by and between '
                  'Halden Biologics Ltd., a company organized under the laws of England ("Halden"), and Zorbix Therapeutics, '
                  'Inc., a Delaware corporation ("Zorbix").\n\n')


@pytest.mark.parametrize("text, expected", [
    # an agreement's cross-license: one license each way between its two parties
    (_CROSS_LICENSE + "3.6 Joint Inventions. During the Term, each Party hereby provides a worldwide, exclusive, royalty "
     "free, perpetual license of such rights for use by each licensee in connection with the development of ZX-101.\n",
     {("Halden Biologics Ltd.", _Z, "ZX-101"), (_Z, "Halden Biologics Ltd.", "ZX-101")}),
    # ... but not a license that serves the agreement's work
    (_CROSS_LICENSE + "3.7 Each Party hereby grants to the other Party a non-exclusive license under its Confidential "
     "Information to perform its obligations with respect to ZX-202.\n", set()),
    # a report's: between the filer and the partner of the agreement it just told
    (_FILER_8K + "On December 6, 2005, the Company entered into a License Agreement with Halden Biologics Ltd. Under the "
     "Agreement, each of the parties has granted the other a worldwide license to certain intellectual property owned "
     "or controlled by each party relating to ZX-101.\n",
     {("Halden Biologics Ltd.", _Z, "ZX-101"), (_Z, "Halden Biologics Ltd.", "ZX-101")}),
])
def test_a_grant_by_each_party_to_the_other_is_a_license_each_way(tmp_path, text, expected):
    path = tmp_path / "f.txt"
    path.write_text(text)
    assert {row[:3] for row in _license_rows(path)} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The ZX-101 formulation of velpidol was initially developed at, and is exclusively licensed by Halden Biologics Ltd. "
     "from, the University of Westbrook.", {("University of Westbrook", "Halden Biologics Ltd.", "ZX-101")}),
    ("The ZX-101 formulation of velpidol was developed at, and is not licensed by Halden Biologics Ltd. from, the "
     "University of Westbrook.", set()),
])
def test_an_asset_licensed_by_its_licensee_from_its_licensor(tmp_path, sentence, expected):
    assert _filer_licenses(sentence, tmp_path) == expected


@pytest.mark.parametrize("sentence", [
    # a word of description before the partner
    "On August 13, 2013, the Company entered into a License Agreement with privately-held Quarra Pharma, Inc. granting "
    "Quarra Pharma, Inc. an exclusive worldwide license to ZX-101.",
    # the partner by its first word where it receives the grant
    "On August 13, 2013, the Company entered into a License Agreement with Quarra Pharma, Inc. granting Quarra an "
    "exclusive worldwide license to ZX-101.",
])
def test_a_license_agreement_granting_the_partner_a_license(tmp_path, sentence):
    assert _filer_licenses(sentence, tmp_path) == {(_Z, "Quarra Pharma, Inc.", "ZX-101")}


def test_a_subsidiarys_license_agreement_granting_a_license_to_the_filers_asset(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text(_FILER_8K + "On August 13, 2013, the Company's wholly-owned subsidiary Halden Biologics Ltd. entered into a "
                    "License Agreement with Quarra Pharma, Inc. granting Quarra Pharma, Inc. an exclusive worldwide license for "
                    "the development and commercialization of the Company's ZX-101.\n")
    assert {row[:3] for row in _license_rows(path)} == {("Halden Biologics Ltd.", "Quarra Pharma, Inc.", "ZX-101")}


# --------------------------------------------------------------------------- written for data/probes/entities-2.json


def test_a_platform_after_a_determiner_a_plural_possessive_or_a_typed_mark(tmp_path):
    platforms = _platforms("Halden Bio, Inc. announced a deal. “Our proprietary Zentabody technology platform is suited to develop "
                           "multi-specific Zentabody candidates for many diseases,” the CEO said. Under the deal, Orvane Proteins' "
                           "Shield technology is used to make therapeutic proteins. The antibodies bind targets characterised "
                           "using Quellon's proprietary Vextra(TM) technologies.", tmp_path)
    assert set(platforms) == {"Zentabody technology", "Shield technology", "Vextra technology"}  # "shield": a word
    assert "Vextra" in platforms["Vextra technology"]


def test_a_mark_flattened_into_a_platform_s_name_is_no_part_of_it(tmp_path):
    platforms = _platforms("Halden Bio, Inc. will provide Orvane with antibodies against three tumor targets, generated "
                           "through Halden's Project Delta (also called KlonMiceTM HiTS Platform).", tmp_path)
    assert set(platforms) == {"KlonMice HiTS platform"}


def test_a_quoted_acronym_a_format_named_by_its_capitals_and_a_kind_of_medicine_spelled_out(tmp_path):
    platforms = _platforms("Verlix Biologics plc announced proof of concept for its Chimeric Lure Receptor (\"CLR\") platform "
                           "technology for treating viral infections. Verlix will generate drug candidates based on its "
                           "proprietary Designed Helix Repeat Protein (DHRPin) format. Orvane tied the milestone to the transfer "
                           "of its Antibody-Drug Conjugate (ADC) platform technology for cancer.", tmp_path)
    assert set(platforms) == {"CLR platform", "DHRPin format"}  # "ADC" is a kind of medicine, not a platform's name
    assert "Chimeric Lure Receptor" in platforms["CLR platform"]


def test_names_an_owner_puts_before_one_plural_head_and_a_quoted_name_after_the_head(tmp_path):
    platforms = _platforms("The companies will discover an ADC candidate leveraging Brevis' proprietary Quintecan and Zeta7 "
                           "platforms, and our Oncology and Immunology platforms. They signed a research agreement for drug "
                           "candidates using Halden's proprietary ADC platform \"LinkAll™.\"", tmp_path)
    assert set(platforms) == {"Quintecan platform", "Zeta7 platform", "LinkAll platform"}


def test_a_word_capitalized_mid_sentence_that_filings_never_write_is_a_platform_s_name(tmp_path):
    platforms = _platforms("Halden Bio, Inc. licensed its controlled-release Quivapump technology to develop a formulation "
                           "of a drug. Medicine is the company's technology for patients. The Boston technology hub hosts "
                           "drug makers.", tmp_path)
    assert set(platforms) == {"Quivapump technology"}  # not a common word ("Medicine"), nor a head that qualifies a noun ("hub")


def test_a_company_named_technologies_is_not_its_technology(tmp_path):
    platforms = _platforms("BioMira Technologies B.V. will screen miRNA libraries for cancer targets. \"We are excited,\" says "
                           "Roel Vandam, CEO of BioMira Technologies.", tmp_path)
    assert platforms == {}


def test_a_doctor_s_degree_or_a_professor_after_a_name_makes_a_person_and_a_maryland_address_does_not(tmp_path):
    ext = extract(parse_path(_write(tmp_path, ACME_8K + "Our cell therapy was developed with a center founded by Malcolm K. Brenwick, "
                                    "M.D., Ph.D., a recognized pioneer in immuno-oncology. Our founders include Jana Vela, M.D., "
                                    "Anne Leeson, Ph.D. and Clio Roona, Ph.D., who all have experience in cell therapy. The "
                                    "therapy was developed in the laboratory of George Gittson, a professor of surgery. It "
                                    "licensed patents from the University of Texas System, M.D. Anderson Cancer Center. Notices "
                                    "go to 1500 East Gude Drive Rockville, MD 20850.\n")))
    assert names(ext, Kind.PERSON) == {"Malcolm K. Brenwick", "Jana Vela", "Anne Leeson", "Clio Roona", "George Gittson"}


def test_a_second_title_of_address_a_lower_case_title_and_a_sentence_s_first_word_before_a_name(tmp_path):
    path = _write(tmp_path, ACME_8K + "Under the collaboration with Associate Professor Dr. Wilma C. Hartz of the Department of "
                  "Oncology, the library will be screened in cancer assays. Acme announced the appointment of Matt Angelo as its "
                  "interim chief executive officer and president. Acme also named Andrea Jackman as its new chief financial "
                  "officer. With Chris Murfy joining as CFO, our priority is to protect our royalty streams.\n")
    assert "Wilma C. Hartz" in names(extract(parse_path(path)), Kind.PERSON)
    assert _people(path) == {"Matt Angelo": "interim chief executive officer", "Andrea Jackman": "chief financial officer",
                             "Chris Murfy": "CFO"}


def test_a_bare_company_name_the_text_describes_as_one_or_lists_on_an_exchange(tmp_path):
    ext = extract(parse_path(_write(tmp_path, ACME_8K + "Danish biotechnology company Zenmab has granted Acme a licence to a "
                                    "bispecific antibody. Shares rose after a collaboration with pharma giant Novaris (NOVX: VX) "
                                    "on a COVID-19 drug program. Exelon (NASDAQ:EXLN) signed a license for antibodies. The "
                                    "candidate was developed with Novimune, a Swiss pharmaceutical development company. Jana "
                                    "Roeland, a biotech company executive, joined. The board met Company B, a private "
                                    "biotechnology company targeting stroke.\n")))
    assert {"Zenmab", "Novaris", "Exelon", "Novimune"} <= names(ext, Kind.ORG)
    assert not names(ext, Kind.ORG) & {"Jana Roeland", "B", "Company B"}


def test_a_platform_trial_is_a_trial_s_design_not_a_technology(tmp_path):
    platforms = _platforms("The REMEDY platform trial will test three drugs in patients with cancer. The ACCORD-2 platform "
                           "study enrolled patients. Halden uses its SPEAR platform to treat cancer.", tmp_path)
    assert set(platforms) == {"SPEAR platform"}


def test_a_doctor_at_a_university_leaves_the_university_whole(tmp_path):
    ext = extract(parse_path(_write(tmp_path, ACME_8K + "Acme's scientific advisor, Dr. Bea Dunmore at the University of Wexford, "
                                    "has published data on siRNA delivery. Dr. Sunita Cole of the Ellery Children's Hospital "
                                    "said the data were strong.\n")))
    assert {"University of Wexford", "Ellery Children's Hospital"} <= names(ext, Kind.ORG)
    assert "Wexford" not in names(ext, Kind.ORG)


def test_a_plain_word_in_apposition_to_a_platform_names_it_unless_filings_write_it(tmp_path):
    platforms = _platforms("Our proprietary discovery platform, Zymark, enables the design of antibodies for patients. We apply "
                           "our antibody platform, Oncology, Immunology, and others to drugs for patients.", tmp_path)
    assert set(platforms) == {"Zymark platform"}


def test_a_company_s_legal_form_after_and_and_a_party_paired_with_the_company(tmp_path):
    ext = extract(parse_path(_write(tmp_path, ACME_8K + "Acme licensed compounds from Yelda Research and Development Company Ltd., "
                                    "the commercial arm of the institute. Acme entered into license and supply agreements with "
                                    "Elo Lindqvist and Company in undisclosed therapeutic areas. Payments between Orvane Pharma "
                                    "and Company are due. The agreement between the Licensee and Company covers drugs. Company Options, Company "
                                    "Restricted Stock and Company RSUs vest.\n")))
    orgs = names(ext, Kind.ORG)
    assert {"Yelda Research and Development Company Ltd.", "Elo Lindqvist and Company", "Orvane Pharma"} <= orgs
    assert not {"Orvane Pharma and Company", "Licensee and Company", "Restricted Stock and Company"} & orgs


def test_a_platform_described_in_three_words_and_one_said_to_be_a_proprietary_platform(tmp_path):
    platforms = _platforms("Halden uses its DepoZoam® extended-release drug delivery technology for injectable drugs. Zetabind™ "
                           "is a proprietary antibody discovery platform that makes drugs for cancer. Immunotherapy is a novel "
                           "treatment technology for cancer patients.", tmp_path)
    assert set(platforms) == {"DepoZoam technology", "Zetabind platform"}


def test_a_marked_name_before_a_title_cased_system_or_engine_is_a_platform(tmp_path):
    platforms = _platforms("Halden engineers T cells with its Vas-CLOVER™ Gene Editing System for cancer patients. Halden "
                           "discovers antibodies with its Forgery™ Discovery Engine. The Zolgex® delivery system doses the "
                           "drug.", tmp_path)
    assert set(platforms) == {"Vas-CLOVER system", "Forgery engine"}
    assert "Vas-CLOVER Gene Editing System" in platforms["Vas-CLOVER system"]


@pytest.mark.parametrize("sentence, title", [
    ("The company's chief executive, Jana Vell, said the data were strong.", "chief executive"),
    ("Acme appointed Jana Vell chief financial officer, effective today.", "chief financial officer"),
    ("Jana Vell has been appointed chief financial officer.", "chief financial officer"),
    ("Jana Vell joins the company as chief medical officer.", "chief medical officer"),
    ("Jana Vell will become its chief executive officer in May.", "chief executive officer"),
    ("Jana Vell was promoted to chief operating officer.", "chief operating officer"),
    ("Acme named Jana Vell senior vice president of research.", "senior vice president"),
])
def test_titles_a_release_writes_in_lower_case(tmp_path, sentence, title):
    assert _people(_write(tmp_path, ACME_8K + "Acme Biologics Corp. announced news. " + sentence + "\n")) == {"Jana Vell": title}


@pytest.mark.parametrize("sentence", [
    "The Company has no rights to ZX-101 under a license from Quarra Pharma, Inc.",
    "The Company does not hold a license from Quarra Pharma, Inc. to ZX-101.",
    "Quarra Pharma, Inc. did not grant the Company a license to ZX-101.",
    "The Company has not licensed ZX-101 from Quarra Pharma, Inc.",
])
def test_a_denied_license_is_no_license(tmp_path, sentence):
    path = tmp_path / "f.txt"
    path.write_text(_FILER_8K + sentence + "\n")
    assert _license_rows(path) == set()


def test_a_denial_after_the_asset_leaves_its_license(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text(_FILER_8K + "In 2019, Quarra Pharma, Inc. granted the Company an exclusive license to ZX-101, but did not "
                    "grant the Company any rights to ZX-102.\n")
    assert {row[:3] for row in _license_rows(path)} == {("Quarra Pharma, Inc.", _Z, "ZX-101")}


def test_rights_to_evaluate_and_negotiate_a_license_are_an_option_not_a_license(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text(_FILER_8K + "In 2019, Belcastro Pharma S.p.A. signed an option agreement with the Company, which grants "
                    "Belcastro Pharma S.p.A. the rights for exclusive evaluation and license negotiation on ZX-111.\n")
    assert _license_rows(path) == set()


@pytest.mark.parametrize("sentence, expected", [
    ("Under the agreement, the Company acquired a non-exclusive, non-transferable license to Quarra Pharma, Inc.'s "
     "proprietary ZX-106.", ("Quarra Pharma, Inc.", _Z, "ZX-106")),
    # a name's possessive without s
    ("Quarra Genetics, Inc. and Belcastro Pharma S.p.A. extended their collaboration. Under the terms of the agreement, "
     "Belcastro Pharma S.p.A. has rights to use Quarra Genetics' ZX-110 technology with antibodies against targets it "
     "selects.", ("Quarra Genetics, Inc.", "Belcastro Pharma S.p.A.", "ZX-110 technology")),
])
def test_a_license_acquired_to_or_rights_to_use_anothers_asset(tmp_path, sentence, expected):
    assert _filer_licenses(sentence, tmp_path) == {expected}


def test_partners_listed_as_the_subject_of_obtained_rights_are_each_a_licensee(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text(_FILER_8K + "In September 2007, the Company entered into a Sublicense Agreement with Harlow Biotech Ltd. and "
                    "Sarvo Medicines K.K., under which Harlow Biotech Ltd. and Sarvo Medicines K.K. obtained the exclusive "
                    "sublicense rights for the development and commercialization of ZX-122 in Japan.\n")
    assert {row[:3] for row in _license_rows(path)} == {(_Z, "Harlow Biotech Ltd.", "ZX-122"), (_Z, "Sarvo Medicines K.K.", "ZX-122")}


def _history_rows(path):
    ext = extract(parse_path(path))
    name = lambda r: ext.mentions[r].name  # noqa: E731
    return {(name(lic.licensor), name(lic.licensee), name(lic.asset), lic.status,
             tuple((e.type.value, str(e.date)) for e in lic.events)) for lic in ext.licenses}


@pytest.mark.parametrize("parties, licensor, licensee", [
    ("the Company as licensor and one of the Company's subsidiaries, Quarra Pharma, Inc., as licensee", _Z, "Quarra Pharma, Inc."),
    ("Quarra Pharma, Inc., as sublicensee, and the Company, as sublicensor", _Z, "Quarra Pharma, Inc."),
    ("the Company as licensee and Quarra Pharma, Inc. as licensor", "Quarra Pharma, Inc.", _Z),
])
def test_an_agreement_between_parties_named_as_licensor_and_licensee(tmp_path, parties, licensor, licensee):
    path = tmp_path / "f.txt"
    path.write_text(_FILER_8K + "Effective as of March 6, 2019, the Company terminated the license agreement, dated as of "
                    f"December 30, 2018, between {parties}, relating to ZX-121.\n")
    assert _history_rows(path) == {(licensor, licensee, "ZX-121", "Terminated",
                                    (("Grant", "2018-12-30"), ("Termination", "2019-03-06")))}


def test_an_agreement_that_gives_its_partner_exclusive_access_to_anothers_platform(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text(_FILER_8K + "The Company today announced a global collaboration and license agreement with Sarvo Medicines "
                    "K.K. that gives exclusive access to the Company's ZX-300 drug delivery technology, recombinant human "
                    "enzyme (ZX-301), for an undisclosed target.\n")
    assert {row[:3] for row in _license_rows(path)} == {(_Z, "Sarvo Medicines K.K.", "ZX-300 technology")}


@pytest.mark.parametrize("sentence", [
    "ZX-404, which the Company licensed to Harlow Biotech Ltd. in 2018, is in a Phase 2 trial.",
    "ZX-404 (velpidol), which we out-licensed to Harlow Biotech Ltd., is in a Phase 2 trial.",
])
def test_an_asset_the_filer_licensed_out_in_a_relative_clause(tmp_path, sentence):
    assert _filer_licenses(sentence, tmp_path) == {(_Z, "Harlow Biotech Ltd.", "ZX-404")}


@pytest.mark.parametrize("sentence, expected", [
    ("In 2020, the Company entered into a license agreement with Harlow Biotech Ltd. Under the terms of the agreement, "
     "Harlow Biotech Ltd. will have exclusive rights to develop and commercialize ZX-423 in Greater China.",
     {(_Z, "Harlow Biotech Ltd.", "ZX-423")}),
    # a right that exploits nothing is no license
    ("In 2020, the Company entered into a license agreement with Harlow Biotech Ltd. Under the terms of the agreement, "
     "Harlow Biotech Ltd. will have the right to terminate the agreement for ZX-423 on notice.", set()),
])
def test_a_partner_that_will_have_exclusive_rights_under_the_agreement(tmp_path, sentence, expected):
    assert _filer_licenses(sentence, tmp_path) == expected


@pytest.mark.parametrize("sentence", [
    "In May 2022, Harlow Biotech Ltd. elected to terminate the collaboration and license agreement under which Harlow "
    "Biotech Ltd. licensed ZX-506 from the Company.",
    "In May 2022, the license agreement with Harlow Biotech Ltd., under which Harlow Biotech Ltd. held exclusive rights "
    "to ZX-506 in Japan, was terminated.",
])
def test_the_agreement_under_which_a_grant_was_made_was_terminated(tmp_path, sentence):
    path = tmp_path / "f.txt"
    path.write_text(_FILER_8K + sentence + "\n")
    assert _history_rows(path) == {(_Z, "Harlow Biotech Ltd.", "ZX-506", "Terminated",
                                    (("Termination", "2022-05"), ("Grant", "None")))}


def test_a_right_to_terminate_the_agreement_under_which_a_grant_was_made_ends_nothing(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text(_FILER_8K + "Harlow Biotech Ltd. may terminate the license agreement under which Harlow Biotech Ltd. "
                    "licensed ZX-506 from the Company.\n")
    assert {row[3] for row in _license_rows(path)} == {("Grant",)}


@pytest.mark.parametrize("sentence", [
    "Harlow Biotech Ltd. is developing ZX-604 under a license from the Company.",
    "ZX-604 is being developed by Harlow Biotech Ltd. under license from the Company.",
])
def test_an_asset_developed_under_a_license_from_its_owner(tmp_path, sentence):
    assert _filer_licenses(sentence, tmp_path) == {(_Z, "Harlow Biotech Ltd.", "ZX-604")}


def test_a_licensee_named_with_its_asset_and_territory_before_its_name(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text(_FILER_8K + "The Company's exclusive licensee for ZX-511 in Europe, Harlow Biotech Ltd., launched ZX-511 "
                    "in Germany, and the Company continues to develop ZX-512.\n")
    assert {row[:3] for row in _license_rows(path)} == {(_Z, "Harlow Biotech Ltd.", "ZX-511")}


@pytest.mark.parametrize("sentence, expected", [
    ("In 2019, the Company entered into an agreement to out-license ZX-603 to Harlow Biotech Ltd.",
     {(_Z, "Harlow Biotech Ltd.", "ZX-603")}),
    ("In 2019, the Company signed a deal to license ZX-603 to Harlow Biotech Ltd. for Japan.", {(_Z, "Harlow Biotech Ltd.", "ZX-603")}),
    # a supposition licenses nothing
    ("If the Company enters into an agreement to out-license ZX-603 to Harlow Biotech Ltd., it would receive a fee.", set()),
])
def test_an_agreement_to_license_an_asset_out_to_a_partner(tmp_path, sentence, expected):
    assert _filer_licenses(sentence, tmp_path) == expected


def test_an_announced_licensing_agreement_granting_the_partner_rights(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text(_FILER_8K + "Zorbix Therapeutics, Inc. today announced a licensing agreement with Harlow Biotech Ltd., "
                    "granting Harlow Biotech Ltd. the exclusive rights to ZX-711 in Europe.\n")
    assert {row[:3] for row in _license_rows(path)} == {(_Z, "Harlow Biotech Ltd.", "ZX-711")}


@pytest.mark.parametrize("sentence", [
    "In 2021, the Company entered into a license agreement with Harlow Biotech Ltd., under which Harlow Biotech Ltd. will "
    "develop and commercialize ZX-801 in Japan.",
    "In 2021, the Company entered into an exclusive license agreement with Harlow Biotech Ltd. that allows Harlow Biotech "
    "Ltd. to develop and commercialize ZX-801 in Japan.",
])
def test_the_partner_a_license_agreement_lets_exploit_the_asset_is_its_licensee(tmp_path, sentence):
    assert _filer_licenses(sentence, tmp_path) == {(_Z, "Harlow Biotech Ltd.", "ZX-801")}


@pytest.mark.parametrize("sentence", [
    "The Company's partner, Harlow Biotech Ltd., holds exclusive rights to ZX-608 in China.",
    "Harlow Biotech Ltd., the Company's commercial partner, has the commercial rights to ZX-608 in Japan.",
])
def test_a_partner_named_in_apposition_holding_rights_to_the_asset(tmp_path, sentence):
    assert _filer_licenses(sentence, tmp_path) == {(_Z, "Harlow Biotech Ltd.", "ZX-608")}


@pytest.mark.parametrize("sentence, expected", [
    ("In 2019, Harlow Biotech Ltd. granted the Company an option to obtain an exclusive license to ZX-906.", set()),
    ("The Company has the option to license ZX-907 from Harlow Biotech Ltd.", set()),
    ("Harlow Biotech Ltd. has not exercised its option to license ZX-913 from the Company.", set()),
    ("None of the Company's product candidates, including ZX-910, are licensed from Harlow Biotech Ltd.", set()),
    # an option taken up is a license
    ("In 2019, Harlow Biotech Ltd. exercised its exclusive option to license ZX-922, and the Company granted Harlow Biotech "
     "Ltd. an exclusive license to ZX-922.", {(_Z, "Harlow Biotech Ltd.", "ZX-922")}),
    ("Harlow Biotech Ltd. has granted the Company an option to acquire an exclusive license to ZX-923; the Company has "
     "exercised the option.", {("Harlow Biotech Ltd.", _Z, "ZX-923")}),
    # a license stated before the option leaves its asset licensed
    ("In 2015, the Company entered into two agreements with Harlow Biotech Ltd.: first, a license which provides the Company "
     "with exclusive global rights to co-develop ZX-924 in combination; and, second, an option to license exclusive global "
     "rights to co-develop ZX-924 in monotherapy.", {("Harlow Biotech Ltd.", _Z, "ZX-924")}),
])
def test_an_option_or_a_denial_is_no_license_unless_taken_up(tmp_path, sentence, expected):
    assert _filer_licenses(sentence, tmp_path) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("On June 1, 2022, the Company, as licensor, entered into an Exclusive License Agreement with Harlow Biotech Ltd. for "
     "ZX-1003.", (_Z, "Harlow Biotech Ltd.", "ZX-1003")),
    ("On June 1, 2022, the Company entered into a license agreement with Harlow Biotech Ltd., as licensee, for ZX-1003.",
     (_Z, "Harlow Biotech Ltd.", "ZX-1003")),
    ("On June 1, 2022, the Company, as licensee, entered into a license agreement with Harlow Biotech Ltd. for ZX-1003.",
     ("Harlow Biotech Ltd.", _Z, "ZX-1003")),
])
def test_an_agreement_one_of_whose_parties_is_named_licensor_or_licensee(tmp_path, sentence, expected):
    assert _filer_licenses(sentence, tmp_path) == {expected}


@pytest.mark.parametrize("sentence, expected", [
    ("In 2006, the Company entered into a Generic Distribution Agreement with Harlow Biotech Ltd., pursuant to which the "
     "Company granted Harlow Biotech Ltd. a non-exclusive and non-transferable right to distribute a generic formulation "
     "of ZX-1101 in the United States.", set()),
    # a right to make and sell is a license
    ("In 2006, the Company granted Harlow Biotech Ltd. an exclusive right to distribute and sell ZX-1101 in Japan, and "
     "an exclusive license to develop ZX-1101 in Japan.", {(_Z, "Harlow Biotech Ltd.", "ZX-1101")}),
])
def test_a_right_to_distribute_is_no_license(tmp_path, sentence, expected):
    assert _filer_licenses(sentence, tmp_path) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a description before the partner's name: its nationality is no company
    ("On March 3, 2020, the Company licensed ZX-101 to French biopharmaceutical company Flamel Biologics S.A.",
     {(_Z, "Flamel Biologics S.A.", "ZX-101")}),
    # (it had licensed the product to the Company and to its partner)
    ("On March 3, 2020, the Company entered into a license agreement with French biopharmaceutical company Flamel "
     "Biologics S.A. under which Flamel Biologics S.A. received exclusive rights to ZX-101.",
     {(_Z, "Flamel Biologics S.A.", "ZX-101")}),
    # after the name, closed by a comma, it stays out of the way as before
    ("The Company granted Flamel Biologics S.A., a Paris-based company, an exclusive license to ZX-101.",
     {(_Z, "Flamel Biologics S.A.", "ZX-101")}),
])
def test_what_a_release_says_a_partner_is_does_not_stand_in_for_it(tmp_path, sentence, expected):
    assert _filer_licenses(sentence, tmp_path) == expected
    assert "French" not in _org_names(tmp_path / "f.txt")


def _org_names(path) -> set[str]:
    return {m.name for m in extract(parse_path(path)).mentions.values() if m.kind is Kind.ORG}


def test_a_web_address_is_no_name_of_the_company_it_spells(tmp_path):
    """"investors.3q.com" holds "3q", which the case-blind search took for the name 3Q."""
    path = tmp_path / "f.txt"
    path.write_text("FORM 8-K\n3Q COMPANY\n(Exact name of registrant as specified in its charter)\n\n"
                    "3Q Company licensed ZX-101 to Orvane Bio, Inc. 3Q will receive royalties. The documents are "
                    "available on 3Q's website at https://investors.3q.com/spin-off-resources.\n")
    registrant = next(m for m in extract(parse_path(path)).mentions.values() if m.is_registrant)
    assert registrant.aliases == {"3Q"}


def test_codes_with_eight_digits_after_a_dash_but_no_dates():
    assert looks_like_code("JNJ-40411813") and looks_like_code("PF-06651600")
    assert not looks_like_code("CRV-20230101")  # a date's eight digits
