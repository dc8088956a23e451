"""Companies named bare, known by what only a company does (data/probes entities e33/e48, entities-2 n35, holdout
h39/h56: a partner that "has decided not to retain the option", a "Chief Executive Officer of" one, "X (now Y)"), with
made-up names; and the words, roles, departments, places, payers and people the same places hold, which are no
companies."""

from __future__ import annotations

import pytest

from builders.model import Kind

from .conftest import entity_names, extract_text

HEADER = "FORM 8-K\n\nQorvant Therapeutics, Inc.\n(Exact name of registrant as specified in its charter)\n\n"


def _orgs(text: str, tmp_path) -> set[str]:
    return entity_names(extract_text(tmp_path, HEADER + text), Kind.ORG)


@pytest.mark.parametrize(("sentence", "company"), [
    ("With respect to the remaining programs, Halvexa has decided not to retain the option to acquire rights.", "Halvexa"),
    ("Trentova Pharmaceutical Industries has elected not to exercise its option to license QRV-311.", "Trentova Pharmaceutical Industries"),
    ("Morbrand has entered into an agreement with Qorvant to develop a formulation.", "Morbrand"),
    ("Qorvant entered into a license agreement under which Ostrelle will be developing and commercializing QRV-12 globally.", "Ostrelle"),
    ("Pellwick will use Qorvant's antibody platform to discover new candidates.", "Pellwick"),
    ("\"We are pleased,\" said Anna Lindqvist, Chief Executive Officer of Varnholt.", "Varnholt"),
    ("He served as Vice President of Oncology for Brescor (now Delmaire), where he led discovery.", "Brescor"),
    ("He served as Vice President of Oncology for Brescor (now Delmaire), where he led discovery.", "Delmaire"),
    ("Qorvant will receive an upfront payment of $5 million from Kestova Sciences under the agreement.", "Kestova Sciences"),
    ("We were pleased to learn of Tarvel's decision not to terminate the QRV-14 program.", "Tarvel"),
    ("Qorvant has granted US headquartered Ambrosi Sciences an exclusive license to its antibody technology.", "Ambrosi Sciences"),
    ("Trentova Pharma International, a subsidiary of Trentova Industries, has entered into a license agreement with Qorvant.",
     "Trentova Pharma International"),
    ("Shares of Qorvant surged after it announced a licensing deal with multinational drugmaker Halvexa.", "Halvexa"),
    ("An exclusive licensing and distribution agreement has been signed with NorthBay Pharmaceuticals for Abstrava, Qorvant's product.",
     "NorthBay Pharmaceuticals"),
    ("Halvexa (HVX) and Qorvant Therapeutics, Inc. announced they have entered into a manufacturing partnership.", "Halvexa"),
    ("Qorvant Therapeutics, Inc. (Nasdaq: QRV) and Ostrelle today announced a research collaboration.", "Ostrelle"),
    ("The group works on tissue engineering. A subsidiary company, Morbrand Terudo Biomaterials, is developing dermis.",
     "Morbrand Terudo Biomaterials"),
    ("Qorvant and Pellwick Rx, the leader in developing pharmaceutical films, signed a deal.", "Pellwick Rx"),
    ("Mr. Tzvan Pelash joins Qorvant from Enlivera, where he leads the design of the new plant.", "Enlivera"),
    ("Royalties come from two products marketed by its partner Halvexo.", "Halvexo"),
    ("Dana Welk (now head of discovery at Halvex) joined the board.", "Halvex"),
    ("The Directors elected Mr. Tavin R. Olsk, Managing Partner of Brevik Partners, as the Chairman.", "Brevik Partners"),
    ("\"It is a good day,\" said Orlo Venz, founder of the Quelby Group.", "Quelby Group"),
    ("The deal is with Vexira, a Torvane Kabel majority-owned group.", "Torvane Kabel"),
    ("The agency works with a consortium comprising Pellix, Ambrio Biologics and Tevana Vaccines.", "Pellix"),
    ("Lars Ekholm is chairman of the Vantra Bio board of directors.", "Vantra Bio"),
    ("The new agreement provides Ostrelle with an exclusive worldwide license for QRV-20.", "Ostrelle"),
    ("We look forward to working together as we collaborate with Brevanta, a pioneer in cell engineering.", "Brevanta"),
    ("Qorvant has partnered with Kestolin to develop a long-acting formulation.", "Kestolin"),
    ("And now long-time partner Morvexa is back with $20 million in upfront cash.", "Morvexa"),
    ("On August 2, 2019, Trevalon announced that the pivotal trial of QRV-5 did not meet its primary endpoint.", "Trevalon"),
    ("The Company received written notice from Halvexo of the termination of the license agreement.", "Halvexo"),
    ("Qorvant signed an exclusive licensing deal with US-based MultiValex Biotherapies for QRV-18.", "MultiValex Biotherapies"),
])

def test_a_bare_name_that_acts_as_a_company_is_one(sentence, company, tmp_path):
    assert company in _orgs(sentence + "\n", tmp_path)


@pytest.mark.parametrize(("sentence", "word"), [
    ("Mark A. Feldrin resigned from his position as Senior Vice President of Manufacturing.", "Manufacturing"),
    ("Halvor Brennick, Executive Vice President of Research & Development, joined in 2019.", "Research & Development"),
    ("He served as Special Assistant to the President for Homeland Security from 2001 to 2002.", "Homeland Security"),
    ("Anna Lindqvist is Chief Executive Officer and Chairman of the Board of Directors.", "Directors"),
    ("Each Rollover Stockholder will receive from Parent a simple agreement for future equity.", "Rollover Stockholder"),
    ("No Indemnitee shall pay or permit the determination of any claim.", "Indemnitee"),
    ("Merger Sub will merge with and into the Company.", "Merger Sub"),
    ("Company A will receive an upfront payment of $5 million.", "Company A"),
    ("Dr. Halden will lead the program, and John Halden has agreed to serve on the board.", "John Halden"),
    ("The FDA will review the application.", "FDA"),
    ("The Supreme Court's decision in the case changed the rule.", "Supreme Court"),
    ("Anna Brennick joined Qorvant in May. Brennick has agreed to serve as Chief Financial Officer.", "Brennick"),
    ("Germany has decided to reimburse the drug, and Brazil will develop a generic.", "Germany"),
    ("Qorvant received a payment of $5 million from Medicare, and Medicaid will pay the rest.", "Medicare"),
    ("Ms. Wells is President of Sales at Northern Region.", "Northern Region"),
    ("Our product Zelvara (now Zelvara XR) sold well, as did Brenlix (formerly QRV-7).", "Zelvara"),
    ("Borrower shall pay interest, and Buyer will assume the debt.", "Borrower"),
    ("Tolvexa's development plan was approved by the agency.", "Tolvexa"),
    ("Dr. Halden joins the board from Lakeport, where he lived for ten years.", "Lakeport"),
    ("Anna Halden, a leader in the field of oncology, joined the board.", "Anna Halden"),
    ("Zelvara, the leader in the reflux market, sold well.", "Zelvara"),
    ("A subsidiary company, Lakeport, Ohio, is the site of the plant.", "Lakeport"),
    ("She is vice president of sales at Northern Region.", "Northern"),
    ("Qorvant Ltd is an Irish wholly-owned subsidiary of the group.", "Irish"),
    ("The fund is a consortium of European, Asian and American investors.", "European"),
    ("She is chair of the Supervisory Board and a member of the Halden Scientific Advisory Board.", "Supervisory"),
    ("He is the General Partner of Opco and a founder of Buddhism.", "Opco"),
    ("He is the General Partner of Opco and a founder of Buddhism.", "Buddhism"),
    ("It is sold by its partner Anna in Europe.", "Anna"),
    ("She thanked our partner Anna Halden for her work.", "Anna Halden"),
    ("Our nurses collaborate with Physicians in every ward.", "Physicians"),
    ("We partnered with Dr. Lenka Morvath on the trial.", "Lenka Morvath"),
    ("The plan provides Employees with an option to buy shares.", "Employees"),
    ("The indenture provides Noteholders with the right to require a repurchase.", "Noteholders"),
    ("Management announced that the plant will close, and China announced a new rule.", "Management"),
    ("Management announced that the plant will close, and China announced a new rule.", "China"),
    ("Anna Brennick joined Qorvant in May. Brennick announced that she will lead the program.", "Brennick"),
])
def test_a_word_a_role_or_a_person_in_a_company_s_place_is_no_company(sentence, word, tmp_path):
    orgs = _orgs(sentence + " Qorvant has entered into an agreement with Varnholt Bio, Inc.\n", tmp_path)
    assert "Varnholt Bio, Inc." in orgs  # the control: the passage is read
    assert not any(word in n for n in orgs)

def test_a_list_of_partners_or_of_investors_names_companies(tmp_path):
    orgs = _orgs("Qorvant has attracted multiple pipeline and technology partners including Halvexa, Morbrand, Kestova and Pellwick. "
                 "With venture funding from Ostrelle Ventures, Tarvel Capital Fund and the Brescor Family Foundation, Qorvant grew.\n",
                 tmp_path)
    assert {"Halvexa", "Morbrand", "Kestova", "Pellwick", "Ostrelle Ventures", "Tarvel Capital Fund", "Brescor Family Foundation"} <= orgs


def test_a_law_named_for_a_company_word_is_not_cut_to_a_company(tmp_path):
    orgs = _orgs("Under the Best Pharmaceuticals for Children Act, a product may be eligible for pediatric exclusivity. Qorvant has "
                 "entered into an agreement with Varnholt Bio, Inc.\n", tmp_path)
    assert "Varnholt Bio, Inc." in orgs
    assert not any(n.startswith("Best") for n in orgs)


def test_a_legal_name_or_an_organization_word_after_for_is_part_of_the_name(tmp_path):
    orgs = _orgs("Qorvant Biologics for Animals, Inc. and Halden Therapeutics for Kids Foundation signed the agreement.\n", tmp_path)
    assert {"Qorvant Biologics for Animals, Inc.", "Halden Therapeutics for Kids Foundation"} <= orgs


def test_initials_defined_after_a_name_found_by_what_it_did_are_that_company(tmp_path):
    ext = extract_text(tmp_path, HEADER + "HalVexa Biologics (HVB) and Qorvant Therapeutics, Inc. announced a partnership to "
                       "provide HVB with capacity. HVB will pay Qorvant $5 million.\n")
    orgs = {m.name: m.aliases for m in ext.mentions.values() if m.kind is Kind.ORG}
    assert "HVB" in orgs["HalVexa Biologics"] and "HVB" not in orgs


def test_a_city_or_a_country_in_a_party_slot_is_no_company(tmp_path):
    orgs = _orgs("Qorvant, which acquired Asian rights to the drug from Lyon, France-based Halvexa Pharma GmbH in 2007, licensed it "
                 "to Morbrand Inc., a firm based in Taipei, Taiwan, and Morbrand Inc. granted rights to Kestova Labs, Inc. of "
                 "Brescia, Italy.\n", tmp_path)
    assert "Halvexa Pharma GmbH" in orgs
    assert not {"Lyon", "Taiwan", "Brescia"} & orgs


def test_a_deal_with_a_company_on_a_day(tmp_path):
    assert "MultiValex Biotherapies" in _orgs("Qorvant signed an exclusive licensing deal on December 22 with MultiValex "
                                              "Biotherapies for QRV-18, a prostate cancer candidate.\n", tmp_path)
