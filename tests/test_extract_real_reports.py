"""Licenses as agreements and report notes name them by a defined term ("the Licensed Technology"), and such a
term's node, which means something only inside its filing (made-up names throughout)."""

from __future__ import annotations

from builders.model import Evidence, Extraction, Kind, Mention, PartialDate, Ref
from builders.resolve import resolve

from .conftest import extract_text, license_names

Q = "Quintara Therapeutics, Inc."
HEADER = f"FORM 10-K\n\n{Q}\n(Exact name of registrant as specified in its charter)\n\n"
OPENING = (
    "EXCLUSIVE LICENSE AGREEMENT This License Agreement (the \"Agreement\") is entered into as of March 3, 2016 (the "
    "\"Effective Date\") by and between Velmora University, a nonprofit corporation (\"University\"), and Quintara "
    "Therapeutics, Inc., a Delaware corporation (\"Licensee\").\n\n"
)


def _licenses(text: str, tmp_path) -> set[tuple]:
    """Each license by its parties' and asset's labels (an agreement's term keeps its capitals: "Licensed Products")."""
    return license_names(extract_text(tmp_path, HEADER + text))


def _lic(*names: str) -> tuple:
    return names


def test_a_grant_under_a_defined_term_licenses_the_term(tmp_path):
    got = _licenses(OPENING + "2.1 University hereby grants to Licensee an exclusive, royalty-bearing license under the "
                    "Licensed Technology to make, use and sell products in the Field in the Territory.", tmp_path)
    assert got == {_lic("Velmora University", Q, "Licensed Technology")}


def test_the_product_a_grant_is_to_make_comes_before_the_rights_it_is_under(tmp_path):
    got = _licenses(OPENING + "2.1 University hereby grants to Licensee an exclusive license under the Licensed Patents "
                    "to make, have made, use and sell Licensed Products in the Territory.", tmp_path)
    assert got == {_lic("Velmora University", Q, "Licensed Products")}


def test_a_named_product_wins_over_the_term(tmp_path):
    got = _licenses(OPENING + "RECITALS WHEREAS, University is currently developing QTX-4410; and WHEREAS, Licensee "
                    "wishes to develop it.\n\n2.1 University hereby grants to Licensee an exclusive license under the "
                    "Licensed Technology to develop and sell Licensed Products.", tmp_path)
    assert got == {_lic("Velmora University", Q, "QTX-4410")}


def test_an_option_under_a_term_is_no_license(tmp_path):
    got = _licenses(OPENING + "3.2 University hereby grants to Licensee an exclusive option, under the Patent Rights "
                    "and Know-How, for the Optioned Targets.", tmp_path)
    assert got == set()


def test_a_report_note_licenses_a_term_it_says_the_agreement_defines(tmp_path):
    got = _licenses("In May 2017, Velmora University granted the Company an exclusive, nontransferable license under "
                    "Velmora's rights in the Patent Rights (as defined in the Velmora License Agreement).", tmp_path)
    assert got == {_lic("Velmora University", Q, "Patent Rights")}


def test_a_report_note_of_an_undefined_technology_licenses_no_term(tmp_path):
    """'its Technology' in a note that defines nothing is no agreement's term: no license is read."""
    got = _licenses("In May 2017, Velmora University granted the Company an exclusive license to its Technology "
                    "for use in ophthalmology.", tmp_path)
    assert got == set()


def test_a_recital_that_the_licensee_wants_a_license_under_a_term(tmp_path):
    """An agreement's recital alone: the licensee desires a license under the term, the other party grants it."""
    got = _licenses(OPENING + "RECITALS A. University is the owner of certain Licensed Patent Rights. B. Licensee "
                    "desires to obtain a license under the Licensed Patent Rights on the terms set forth herein.", tmp_path)
    assert got == {_lic("Velmora University", Q, "Licensed Patent Rights")}


EV = Evidence(1, 0, 4, "text")


def _filing(accession: str):
    from builders.model import Document, Filing

    return Filing(source=f"{accession}.txt", sha256=accession.replace("-", "") * 3, documents=[Document(1, "EX-10", "text")],
                  accession=accession, filed=PartialDate(2020))


def _platform(ext: Extraction, name: str) -> Ref:
    ref = Ref(Kind.PLATFORM, name.lower())
    ext.mentions[ref] = Mention(Kind.PLATFORM, ref.key, name, set(), [EV])
    return ref


def test_each_filings_licensed_technology_is_its_own_node():
    """'Licensed Technology' names one filing's thing: never joined across filings, and three filings' stay three
    nodes (their IRIs do not collide); within a filing it is one node."""
    exts = [Extraction(_filing(f"000000000{i}-20-000001")) for i in (1, 2, 3)]
    refs = [_platform(e, "Licensed Technology") for e in exts]
    real = [_platform(e, "Zentra platform") for e in exts[:2]]
    res = resolve(exts)
    nodes = {res.ref_iri(e.filing.filing_id, r) for e, r in zip(exts, refs, strict=True)}
    assert len(nodes) == 3 and None not in nodes
    assert res.ref_iri(exts[0].filing.filing_id, refs[0]) == res.ref_iri(exts[0].filing.filing_id, Ref(Kind.PLATFORM, "licensed technology"))
    # a real platform's name still joins
    assert res.ref_iri(exts[0].filing.filing_id, real[0]) == res.ref_iri(exts[1].filing.filing_id, real[1])


def test_a_research_grant_back_under_a_term_is_no_license(tmp_path):
    got = _licenses(OPENING + "7.6 Licensee hereby grants University a non-exclusive, royalty-free license under the "
                    "Licensee Patent Rights for University's internal non-commercial research and teaching purposes.", tmp_path)
    assert got == set()


def test_a_license_to_any_invention_yet_to_come_is_no_license(tmp_path):
    got = _licenses(OPENING + "7.5 University hereby grants Licensee a non-exclusive, worldwide license to any Invention "
                    "in which University has an ownership interest, for any purpose.", tmp_path)
    assert got == set()


def test_the_term_yields_to_the_product_the_filing_names_for_the_same_parties(tmp_path):
    """A grant under a term, and elsewhere the same two parties' license of a named product: one license, of the
    product, and no node for the term."""
    ext = extract_text(tmp_path, HEADER + OPENING + "2.1 University hereby grants to Licensee an exclusive license under the "
                       "Licensed Technology to make and sell Licensed Products.\n\nUnder the agreement, University granted "
                       "Licensee an exclusive license to develop QTX-4410.")
    got = license_names(ext)
    assert got == {_lic("Velmora University", Q, "QTX-4410")}
    assert not {m.name.casefold() for m in ext.mentions.values()} & {"licensed technology", "licensed products"}


def test_it_that_obtained_the_license_is_who_entered_into_the_agreement(tmp_path):
    """A note's heading names the partner first: 'it' is the one the sentence says entered into the agreement."""
    got = _licenses("License agreement with Halvern Biopharma, Inc. (\"Halvern\") In June 2019, the Company entered into a "
                    "license agreement with Halvern, pursuant to which it obtained an exclusive license under certain patents "
                    "of Halvern to develop and commercialize products containing QTX-77 in Greater China.", tmp_path)
    assert _lic("Halvern Biopharma, Inc.", Q, "QTX-77") in got
    assert _lic(Q, "Halvern Biopharma, Inc.", "QTX-77") not in got


def test_a_recital_of_the_ingredient_the_licensor_possesses_names_what_is_licensed(tmp_path):
    got = _licenses(OPENING + "INTRODUCTION WHEREAS, University possesses certain intellectual property pertaining to the "
                    "pharmaceutical active ingredient known as zorbicillin; and WHEREAS, Licensee desires to license the use "
                    "of such intellectual property upon the terms and conditions set forth herein;", tmp_path)
    assert got == {_lic("Velmora University", Q, "zorbicillin")}


def test_an_undated_agreements_recital_reads_its_parties_from_its_opening(tmp_path):
    got = _licenses("THIS EXCLUSIVE LICENSE AGREEMENT (\"AGREEMENT\") is made on the date of the last party to sign, by and "
                    "between Velmora University (\"UNIVERSITY\") and Quintara Therapeutics, Inc. (\"LICENSEE\").\n\nWHEREAS, "
                    "LICENSEE is desirous of obtaining a license to practice the Patent Rights under the terms of this "
                    "AGREEMENT.", tmp_path)
    assert got == {_lic("Velmora University", Q, "Patent Rights")}


def test_a_recital_of_licensing_the_term_from_the_owner(tmp_path):
    got = _licenses(OPENING + "RECITALS WHEREAS, Licensee desires to expand its product line by licensing the Technology "
                    "from University;", tmp_path)
    assert got == {_lic("Velmora University", Q, "Technology")}


def test_an_ingredient_under_a_policy_entitled_is_no_asset(tmp_path):
    """'known as' names an ingredient; a policy 'entitled' after one is a title of something else."""
    ext = extract_text(tmp_path, HEADER + "ZORVEX, which contains the active ingredients sodium zorbate and sulfur, is "
                       "marketed under the FDA compliance policy entitled \"Prescription Drugs Marketed with an NDA.\"")
    assert not any("Marketed with" in m.name for m in ext.mentions.values())


def test_a_sublicense_obtained_whose_grantor_licensed_the_patents_from_another(tmp_path):
    """'(including such patents licensed from Z)' says where the grantor's rights came from, not who granted these."""
    got = _licenses("In 2016, the Company entered into a collaboration and license agreement with Halvern Biopharma, Inc., a "
                    "company later acquired by Dorsey Pharma Ltd., pursuant to which it obtained an exclusive sublicense under "
                    "certain patents and know-how of Dorsey (including such patents and know-how licensed from Ostrava Bio, "
                    "Inc.) to develop and commercialize Dorsey's proprietary kinase inhibitor, zorvatinib, in China.", tmp_path)
    assert _lic("Halvern Biopharma, Inc.", Q, "zorvatinib") in got


def test_royalties_on_the_partners_sales_of_a_product_say_who_licensed_it(tmp_path):
    got = _licenses("Under the Halvern Agreement, the Company is currently entitled to potential development milestones of "
                    "$25.0 million, as well as tiered royalties on annual net sales by Halvern Biopharma, Inc. ranging from "
                    "high single-digit to mid-teens percentages upon the successful commercialization of QTX-930.", tmp_path)
    assert _lic(Q, "Halvern Biopharma, Inc.", "QTX-930") in got


def test_royalties_we_would_receive_if_a_partner_sold_are_no_license(tmp_path):
    got = _licenses("The Company would be entitled to royalties on net sales by Halvern Biopharma, Inc. of QTX-930 if "
                    "Halvern elects to license it.", tmp_path)
    assert _lic(Q, "Halvern Biopharma, Inc.", "QTX-930") not in got


def test_an_owner_with_the_power_to_license_its_titled_invention(tmp_path):
    """An agreement opened with 'between' only; its recitals: the owner's invention by its title, and the power to
    license it to the other party."""
    got = _licenses("LICENSE AGREEMENT THIS LICENSE AGREEMENT is made and entered into this 2nd day of May, 1994 between "
                    "Velmora University (\"University\") and Quintara Therapeutics, Inc. (\"Licensee\"). WITNESSETH WHEREAS, "
                    "University owns and controls an invention known as \"Methods of Treating Zorvan Fever\" (file #Z-12); "
                    "and WHEREAS, University owns the Invention and has the power to license it exclusively to Licensee;",
                    tmp_path)
    assert got == {_lic("Velmora University", Q, "Methods of Treating Zorvan Fever")}
