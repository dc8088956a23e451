"""People no role pattern finds, read by their given names (builders/extract/named_people.py), and the
names of places, firms and things that begin with a given name and are no one's. Names are made up; the
layouts are those of the real passages in data/probes/people.json."""

from __future__ import annotations

from builders.extract.named_people import given_names
from builders.model import Kind

from .conftest import extract_text

HEADER = "FORM 8-K\n\nQorvant Therapeutics, Inc.\n(Exact name of registrant as specified in its charter)\n\n"


def _people(text: str, tmp_path) -> dict[str, object]:
    ext = extract_text(tmp_path, HEADER + text)
    return {m.name: m for m in ext.mentions.values() if m.kind is Kind.PERSON}


# --------------------------------------------------------------------------- people


def test_a_contact_column_names_people_without_a_title(tmp_path):
    people = _people("CONTACT: | | | Halvern Communications | | Qorvant Therapeutics, Inc. | | | | "
                     "Brad Wexmore x17 (for media inquiries) | | Jennifer Oskarby x16 (for investor inquiries) |\n", tmp_path)
    assert {"Brad Wexmore", "Jennifer Oskarby"} <= set(people)


def test_a_director_leaving_with_an_initial_before_his_given_name(tmp_path):
    people = _people("Virtually all of the Company's other officers have resigned. In addition, R. Dalton Quimbrey also "
                     "recently announced his resignation from the Company's Board of Directors.\n", tmp_path)
    assert "R. Dalton Quimbrey" in people
    assert all("R. Dalton Quimbrey" in e.quote for e in people["R. Dalton Quimbrey"].evidence)  # back to the words


def test_a_given_name_that_is_a_word_needs_an_initial(tmp_path):
    people = _people("The board thanked Mark C. Tessaly and Hiroshi Nakabara for their service. Grant Funding rose.\n", tmp_path)
    assert {"Mark C. Tessaly", "Hiroshi Nakabara"} <= set(people)
    assert "Grant Funding" not in people


def test_one_initial_between_two_names_marks_a_person_whatever_the_given_name(tmp_path):
    assert "Halvor" not in given_names()  # no list has every given name
    people = _people("Board of Directors: Halvor T. Brennick (Chair), Marguerite Olafsen and Pieter Vandam. "
                     "Section A. Grant of rights follows.\n", tmp_path)
    assert "Halvor T. Brennick" in people
    assert not any("Grant" in n for n in people)


def test_two_initials_between_a_given_and_a_family_name(tmp_path):
    people = _people("Board members include Joshua Brennick, Ph.D., chairman of Halden Bio, Inc.; Bruce L.A. Quimbrey, Ph.D., "
                     "president of Orvane Pharma, Inc.; and others. Sales in the U.S. Drug market grew.\n", tmp_path)
    assert "Bruce L.A. Quimbrey" in people


def test_family_names_with_a_particle_or_an_apostrophe(tmp_path):
    people = _people("The board thanked Maria De Vantis and Paul D'Orvaldo for their service.\n", tmp_path)
    assert {"Maria De Vantis", "Paul D'Orvaldo"} <= set(people)


def test_a_shortened_given_name_is_the_person_already_found(tmp_path):
    people = _people("Qorvant named Timothy Varnell as Chief Technical Officer. \"We are thrilled to welcome Tim Varnell to "
                     "our team,\" said the board.\n", tmp_path)
    assert "Timothy Varnell" in people and "Tim Varnell" not in people


# --------------------------------------------------------------------------- not people
# Each text names one person too (CONTROL), so that a test fails if no one is read at all.

CONTROL = "The board thanked Jennifer Oskarby for her service. "


def _only_control(text: str, tmp_path) -> set[str]:
    return set(_people(CONTROL + text, tmp_path))


def test_streets_places_and_squares_are_no_one(tmp_path):
    assert _only_control("Our offices are at 2400 Ellis Road, Durham, and at Henri A. Termeer Square Cambridge. We have sites "
                         "in San Diego, West Chester and on Mercer Island, near Grace Church.\n", tmp_path) == {"Jennifer Oskarby"}


def test_a_name_inside_a_longer_capitalized_name_is_no_one(tmp_path):
    assert _only_control("All MD Anderson Records will be owned by the Institute. The Parties share the Orange Book "
                         "listings.\n", tmp_path) == {"Jennifer Oskarby"}


def test_firms_and_companies_named_like_people_are_no_one(tmp_path):
    assert _only_control("The underwriters are Ashby Kline & Co. and Talvern Partners. The milestone was triggered by "
                         "Bristol Myers Squibb\u2019s dosing of the first patient.\n", tmp_path) == {"Jennifer Oskarby"}


def test_a_firm_in_its_part_of_a_deal_is_no_one(tmp_path):
    assert _only_control("Morgan Vantrell acted as sole placement agent and Wilson Garrow served as legal counsel. Under "
                         "the agreement, its partner Garrick Holloway agreed to pay milestones.\n", tmp_path) == {"Jennifer Oskarby"}


def test_a_co_founder_is_still_a_person(tmp_path):
    people = _people("Marguerite Olafsen, Co-Founder of Halden Bio, joined. The board thanked Marguerite Olafsen.\n", tmp_path)
    assert "Marguerite Olafsen" in people


def test_a_team_led_by_a_person_after_customers_is_no_list_of_firms(tmp_path):
    people = _people("Our customers will be served by a team led by Marguerite Olafsen.\n", tmp_path)
    assert "Marguerite Olafsen" in people


def test_a_name_printed_twice_in_a_table_is_one_person(tmp_path):
    people = _people("| Signature | Title |\n| Peter Holvang Peter Holvang | Director |\n", tmp_path)
    assert "Peter Holvang Peter Holvang" not in people


def test_titles_and_fields_of_work_are_no_one(tmp_path):
    assert _only_control("The General Counsel and the Gene Therapy group reported to the board.\n", tmp_path) == {"Jennifer Oskarby"}


def test_firms_named_after_their_founders_are_no_one(tmp_path):
    assert _only_control("Our competitors include AHP, Garrick Holloway, Barr Labs and Dermik. Customers include Ford and "
                         "Vance Tillery. Amsterdam - Royal Ostrander (NYSE: RO) reported. Royal Ostrander grew. Milton Graves "
                         "Limited is a distributor; Milton Graves supplies us.\n", tmp_path) == {"Jennifer Oskarby"}


def test_an_eponym_of_a_disease_is_no_one(tmp_path):
    assert _only_control("The grant supports research into Lou Vantreight\u2019s disease. Lou Vantreight was a pitcher.\n",
                         tmp_path) == {"Jennifer Oskarby"}


def test_a_two_letter_given_name_is_a_name_and_a_word_after_it_is_not(tmp_path):
    people = _people("The board welcomed Ed Woolbury. The agreement was signed for Halden Bio by Amit Kumarin By: the parties.\n",
                     tmp_path)
    assert "Ed Woolbury" in people
    assert not any(n.endswith(" By") for n in people)


# --------------------------------------------------------------------------- the list


def test_the_given_names_cover_many_countries_and_are_only_names():
    names = given_names()
    assert len(names) > 15000
    assert {"Jennifer", "Hiroshi", "Priya", "Lars", "Jean-Pierre"} <= names
    assert not {"Therapeutics", "Pharma", "Inc", "the"} & names
    assert all(n[0].isupper() and " " not in n for n in names)


def test_two_initials_of_a_degree_or_a_place_still_end_a_sentence():
    from builders.extract.sentences import segment
    from builders.model import Document

    def sentences(text: str) -> list[str]:
        return [s.text for s in segment(Document(sequence=1, doc_type="8-K", text=text))]

    assert sentences("He holds degrees from Halden University B.A. Williams College later hired him.") == [
        "He holds degrees from Halden University B.A.", "Williams College later hired him."]
    assert sentences("We have offices in Washington D.C. Moreover, we grew.") == ["We have offices in Washington D.C.", "Moreover, we grew."]
    assert len(sentences("Joshua Brennick; Bruce L.A. Quimbrey, Ph.D., president of Orvane Pharma, Inc.; and others.")) == 1



# --------------------------------------------------------------------------- cues other than a given name (data/probes/entities-4)


def test_an_honorific_makes_a_person_of_a_name_no_list_holds(tmp_path):
    people = _people("For more information, contact: Mr. Chirvano Guendé, Ostrava SA CEO Tel: (011) 555 0100. The inventions were "
                     "made by Drs. Shavaan Rafiqi, a faculty member, and Daylor Jamesby, a staff scientist.\n", tmp_path)
    assert {"Chirvano Guendé", "Shavaan Rafiqi"} <= set(people)


def test_a_plural_honorific_opens_a_list_of_names(tmp_path):
    people = _people("At the meeting, a new board, namely Messrs. Guowen Tang, Hoi Fung Qiao, Jianzhe Cao and Yuk Lam Lau (the "
                     "Current Board), was elected.\n", tmp_path)
    assert {"Guowen Tang", "Hoi Fung Qiao", "Jianzhe Cao", "Yuk Lam Lau"} <= set(people)
    assert "Current Board" not in people


def test_a_family_name_in_capitals_after_an_honorific(tmp_path):
    people = _people("Represented by Mr. Michel VARDON, its DIRECTEUR GENERAL, and by Mr Stanley KORMAN, its Chief Executive "
                     "Officer. The study was led by Dr. Anna Brennick PHD and reviewed by Mr. Tavrin Oduba USA.\n", tmp_path)
    assert {"Michel VARDON", "Stanley KORMAN"} <= set(people)
    assert not {"Anna Brennick PHD", "Tavrin Oduba USA"} & set(people)  # a degree, a country


def test_said_or_a_title_after_a_name_admits_a_word_or_a_second_family_name(tmp_path):
    people = _people("Qorvant executive vice president of business development Tomas Grant said: \"We are pleased.\" This was "
                     "announced by Ulises Barrera Ortano, president of the National Union of Pharmacists. Grant Thornley, partner "
                     "firm of the auditors, signed.\n", tmp_path)
    assert {"Tomas Grant", "Ulises Barrera Ortano"} <= set(people)
    assert "Grant Thornley" not in people  # "partner firm": a firm's word after the name, no role


def test_a_telephone_number_before_a_name_is_no_street_number(tmp_path):
    people = _people("Media enquiries: Mr. Chirvano Guendé, Halde SA CEO Tel: (011) 555 0100 Cell: 055 501 0142 Stephen Saadl, "
                     "Ostrava Group CEO Tel: (031) 555 0106 Cell: 055 501 0177 Gus Attrayne, Ostrava Deputy Group CEO Tel: "
                     "(031) 555 0105. The fund's address is 520 Madison Ave, 19th Floor.\n", tmp_path)
    assert {"Stephen Saadl", "Gus Attrayne"} <= set(people)
    assert not any("Madison" in n for n in people)


def test_a_title_after_a_department_is_no_cue_for_the_words_before(tmp_path):
    people = _people("Other officers are: Vice Chairman for Food & Agriculture Carrol Bolenko, vice president of Pioneer Seeds Inc.\n",
                     tmp_path)
    assert "Carrol Bolenko" in people  # the control: the line is read
    assert not any(n.startswith("Agriculture") for n in people)


def test_chinese_and_korean_names_in_either_order(tmp_path):
    people = _people("Lee Min-seok, CEO of Halsan Pharmaceutical, said the deal was important. The board includes Haodong Xue and "
                     "Jia-Ning Zhou. Xue Haodong founded the firm in 2001.\n", tmp_path)
    assert {"Lee Min-seok", "Haodong Xue", "Jia-Ning Zhou"} <= set(people)
    assert "Xue Haodong" not in people  # the same person as Haodong Xue, named in the other order


def test_a_family_name_that_is_a_word_or_a_place_is_no_chinese_name(tmp_path):
    people = _people("He Wanted to expand. We opened an office in Hong Kong. Sun Pharma agreed. Our warehouse is in Cheung Sha "
                     "Wan. Haodong Xue joined the board.\n", tmp_path)
    assert "Haodong Xue" in people
    assert not {"He Wanted", "Hong Kong", "Sun Pharma", "Cheung Sha Wan"} & set(people)



def test_a_town_of_an_address_is_no_one(tmp_path):
    # "Maple Hollis", "Del Mar" open with given names; a state's name, a state's code with its ZIP or a street says they are towns
    assert _only_control("Our offices are at 12 Elm Street, Maple Hollis, IL 60527. Halsan was a minority owner of that "
                         "Del Mar, California manufacturer. The lab is at 8 Quay Street, Harbour Trade Estate, Carol Wendt, "
                         "Kowloon.\n", tmp_path) == {"Jennifer Oskarby"}


def test_a_person_followed_by_initials_or_a_countrys_possessive_is_still_one(tmp_path):
    people = _people("We thank Jane Holtwick, PA, and Ingrid Solvenna, Norway's ambassador, for visiting.\n", tmp_path)
    assert {"Jane Holtwick", "Ingrid Solvenna"} <= set(people)


def test_a_title_right_before_a_name_makes_a_person_of_a_name_no_list_holds(tmp_path):
    people = _people("Halsan founder Tavro Quimbeki told guests of the opening. The minister joins Governor Ulavo Renkatu in "
                     "welcoming it. Executive Chairman Marta Quellon and Vice President Torvald Ekmann spoke.\n", tmp_path)
    assert {"Tavro Quimbeki", "Ulavo Renkatu", "Marta Quellon", "Torvald Ekmann"} <= set(people)


def test_said_or_a_title_after_it_is_no_cue_for_a_name_no_list_holds(tmp_path):
    # companies speak too, and a firm's chief is named after the firm
    people = _only_control("Halvik Nordia said sales rose. Warnel Chilvane President and CEO spoke at the meeting.\n", tmp_path)
    assert people == {"Jennifer Oskarby"}


def test_a_title_in_a_table_row_or_before_an_employer_is_cut_from_the_name_before_it(tmp_path):
    people = _people("Name | Title | Salary\nColetta M. Krevs Executive Vice President and Chief Financial Officer | $1,500,000\n"
                     "Tavrek Oluwan President and Chief Executive Officer | $4,000,000\n"
                     "Wendal Vivan Distinguished Chair Professor of Immunology\n\nAnders Bjevkel President and CEO of Halsan agreed.\n",
                     tmp_path)
    assert {"Coletta M. Krevs", "Tavrek Oluwan", "Anders Bjevkel"} <= set(people)  # "Tavrek": no list holds it, the cell does
    assert not any("Distinguished" in n for n in people)


def test_a_name_printed_with_degrees_is_an_alias_not_the_label(tmp_path):
    people = _people("The board: Orvin Taleck Vasquo, M.D., chairman. Copies to: Frederick T. Mutov, Esq. and Annette Nordel, "
                     "Esq., of counsel. Mark A. Prygollo, Sr., CPA, joined.\n", tmp_path)
    assert people["Orvin Taleck Vasquo"].aliases == {"Orvin Taleck Vasquo, M.D."}
    assert people["Frederick T. Mutov"].aliases == {"Frederick T. Mutov, Esq."}
    assert people["Annette Nordel"].aliases == {"Annette Nordel, Esq."}
    assert people["Mark A. Prygollo, Sr."].aliases == set()  # a generation is the name itself


def test_a_title_and_a_colon_before_a_name(tmp_path):
    people = _people("Halsan Holdings Corporation (head office: Minato, Osaka; Representative Director & President: Ryujo Arakava; "
                     "hereinafter \"Halsan\") and Qorvant (President & CEO: Shinra Kurebasho) agreed.\n", tmp_path)
    assert {"Ryujo Arakava", "Shinra Kurebasho"} <= set(people)


def test_a_family_name_glued_to_its_particle(tmp_path):
    people = _people("The method comes from the laboratory of Josef DeMarvelo, who founded Qorvant. Jeff DiLorvano joined it.\n",
                     tmp_path)
    assert {"Josef DeMarvelo", "Jeff DiLorvano"} <= set(people)


def test_a_family_name_in_capitals_after_represented_by(tmp_path):
    people = _people("QORVANT SA, whose registered office is at 14 Rue Verte, Paris, represented by Stanislav VEILLON, its Chief "
                     "Executive Officer, duly authorised, and HALDE INC Represented by Mr Stanlo KAPLOV, its President.\n", tmp_path)
    assert {"Stanislav VEILLON", "Stanlo KAPLOV"} <= set(people)  # the honorific after "represented by" is no name's


def test_a_firm_or_a_security_after_represented_by_is_no_one(tmp_path):
    assert _only_control("Qorvant, represented by Corlen LLP, and Halvik AB, represented by Halvik AB, signed. Holders represented "
                         "by American Depositary ADS holders voted.\n", tmp_path) == {"Jennifer Oskarby"}


def test_a_letters_salutation_is_no_one(tmp_path):
    assert _only_control("Evert B. Schimmelpen Chief Executive Officer Dear Stockholders, Reflecting on the past year, it was "
                         "good.\n", tmp_path) == {"Jennifer Oskarby", "Evert B. Schimmelpen"}


def test_a_dash_glued_to_a_name_or_a_title_after_a_contacts_comma_keeps_the_family_name(tmp_path):
    people = _people("Capital Markets & Investor Relations: Jose Luis Morenza\u2013 Capital Markets Director\n\nContact: Ana Maria "
                     "Quintero, Director, +34 555 0100\n\nMedia Contact Jasen I. Sparkel Canale Communications 619-555-0101\n\n"
                     "Contact: Jane Doerr Westwicke, 443-555-0101\n", tmp_path)
    assert {"Jose Luis Morenza", "Ana Maria Quintero", "Jasen I. Sparkel", "Jane Doerr"} <= set(people)
    assert not {"Jose Luis", "Ana Maria", "Jasen I. Sparkel Canale", "Jane Doerr Westwicke"} & set(people)


def test_a_deeds_parties_in_capitals_with_a_role_defined_or_an_address_after(tmp_path):
    people = _people("THIS POWER OF ATTORNEY is made on 9 May 2007 by MARTIN BRENNICK (the \u201cLiquidator\u201d) of Ostrava Partners "
                     "LLP, 8 Elm Street, London. The Liquidator HEREBY APPOINTS ANNA VANTRELLO of 3 Quay Court, Windsor or, failing "
                     "her, MORGAN HALVEX of counsel.\n", tmp_path)
    assert {"MARTIN BRENNICK", "ANNA VANTRELLO"} <= set(people)
    assert "MORGAN HALVEX" not in people  # no street number, no role defined: a firm's name in capitals may be two given names


def test_a_firm_or_an_institution_in_capitals_with_a_role_or_an_address_is_no_one(tmp_path):
    # a firm named after its founders, in a firm's role; an institution's eponym; an address no deed appoints to
    assert _only_control("INSTITUT GUSTAVO ROUSSEL (the \u201cInstitute\u201d) and RAYMOND HALVEX (the \u201cUnderwriter\u201d) "
                         "signed. Notices to MORGAN HALVEX of 1585 Broadway.\n", tmp_path) == {"Jennifer Oskarby"}


def test_a_contacts_name_before_a_dash_and_a_title_keeps_its_family_name(tmp_path):
    people = _people("Contacts: Investor Relations: Jose Luis Varesco- Capital Markets & Investor Relations Director +34 555 0100\n",
                     tmp_path)
    assert "Jose Luis Varesco" in people and "Jose Luis" not in people
