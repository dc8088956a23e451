"""People in phrasings of releases, 8-Ks, 10-Ks and agreements the rules used to miss (made-up names throughout)."""

from __future__ import annotations

from builders.model import Kind

from .conftest import extract_text

HEADER = "FORM 8-K\n\nQorvant Therapeutics, Inc.\n(Exact name of registrant as specified in its charter)\n\n"


def _extract(text: str, tmp_path):
    return extract_text(tmp_path, HEADER + text)


def _people(ext) -> set[str]:
    return {m.name for m in ext.mentions.values() if m.kind is Kind.PERSON}


def _roles(ext) -> dict[str, str | None]:
    """Each person's title."""
    return {ext.mentions[r.person].name: r.title for r in ext.roles}


# --------------------------------------------------------------------------- signatures


def test_a_signer_with_a_generation_and_one_with_particles_in_a_signature_table(tmp_path):
    ext = _extract("| Signature | Title | Date |\n|---|---|---|\n"
                   "| /s/ Samuel O. Brightwater III | Chief Executive Officer and Director | March 1, 2024 |\n"
                   "| /s/ Carlos de la Vega | Chairman of the Board | March 1, 2024 |\n", tmp_path)
    assert {"Samuel O. Brightwater III", "Carlos de la Vega"} <= _people(ext)


def test_a_printed_name_with_particles_beside_an_unsigned_line(tmp_path):
    ext = _extract("IN WITNESS WHEREOF, the parties have executed this Agreement.\n\nHALDEN BIO, INC.\n\n"
                   "By: ______________________\nName: Hugo van den Broek\nTitle: Managing Director\n", tmp_path)
    assert "Hugo van den Broek" in _people(ext)


def test_a_signer_whose_names_carry_accents(tmp_path):
    ext = _extract("By: /s/ José Luis García-Márquez\nName: José Luis García-Márquez\nTitle: Director General\n", tmp_path)
    assert "José Luis García-Márquez" in _people(ext)


# --------------------------------------------------------------------------- 10-K tables and director lists


def test_an_officer_table_row_whose_name_carries_footnote_marks(tmp_path):
    ext = _extract("| Name | Age | Position(s) |\n|---|---|---|\n| Tomas Ekwall | 52 | Chief Executive Officer |\n"
                   "| Adaeze Okonkwo-Reid (1)(2) | 63 | Director |\n| Juan Pablo Herrera* | 57 | Director |\n", tmp_path)
    assert {"Tomas Ekwall", "Adaeze Okonkwo-Reid", "Juan Pablo Herrera"} <= _people(ext)


def test_a_board_that_consists_of_a_counted_list_of_members(tmp_path):
    ext = _extract("Our board of directors currently consists of five members: Carlos de la Vega, Jane Q. Roe, "
                   "Helga Johansson, Marguerite A. Delacroix and Kenji Sato.", tmp_path)
    assert {"Carlos de la Vega", "Jane Q. Roe", "Helga Johansson", "Marguerite A. Delacroix", "Kenji Sato"} <= _people(ext)
    assert _roles(ext)["Kenji Sato"] == "Director"


def test_a_board_composed_of_the_following_directors(tmp_path):
    ext = _extract("Our board of directors is composed of the following three directors: Owen Blackwood, "
                   "Priyanka Desai and Ahmed El-Sayed.", tmp_path)
    assert {"Owen Blackwood", "Priyanka Desai", "Ahmed El-Sayed"} <= _people(ext)


def test_the_members_of_a_board_committee_are(tmp_path):
    ext = _extract("The members of our Audit Committee are Helga Johansson, Oluwaseun Adebayo and Marguerite A. "
                   "Delacroix, and Ms. Johansson serves as its chair.", tmp_path)
    assert {"Helga Johansson", "Oluwaseun Adebayo", "Marguerite A. Delacroix"} <= _people(ext)


def test_new_directors_named_in_apposition(tmp_path):
    ext = _extract("Qorvant Therapeutics, Inc. announced the appointment of two new independent directors, Helga Johansson "
                   "and Oluwaseun Adebayo, to its Board of Directors.", tmp_path)
    assert {"Helga Johansson", "Oluwaseun Adebayo"} <= _people(ext)


def test_a_director_who_resigned_keeps_his_generation(tmp_path):
    ext = _extract("Effective as of March 1, 2025, Richard E. Holloway III resigned as a member of the Board.", tmp_path)
    assert "Richard E. Holloway III" in _people(ext)


def test_founders_by_founded_by_with_an_apposition_and_in_apposition(tmp_path):
    ext = _extract("Qorvant was founded in 2016 by Dr. Rafael Quintero-Lopez, a professor of immunology at Westbrook "
                   "University, and Helen Marsh. Qorvant's founders, Yolanda Reyes and Ahmed El-Sayed, serve on the Board.",
                   tmp_path)
    assert {"Rafael Quintero-Lopez", "Helen Marsh", "Yolanda Reyes", "Ahmed El-Sayed"} <= _people(ext)
    assert _roles(ext)["Helen Marsh"] == "Founder"
    assert "Westbrook University" not in _people(ext)


# --------------------------------------------------------------------------- 8-K Item 5.02


def test_an_officer_who_informed_the_board_that_he_will_retire(tmp_path):
    ext = _extract("On February 12, 2024, Thomas J. Reardon, Jr. informed the Board that he will retire as Chief "
                   "Executive Officer effective upon the appointment of his successor.", tmp_path)
    assert _roles(ext).get("Thomas J. Reardon, Jr.") == "Chief Executive Officer"


def test_a_biography_that_most_recently_served(tmp_path):
    ext = _extract("Chioma Okafor most recently served as Chief Financial Officer of Brightline Bio, Inc.", tmp_path)
    assert "Chioma Okafor" in _people(ext)


def test_the_person_succeeded_is_a_person(tmp_path):
    ext = _extract("Qorvant today announced that its Board of Directors has named Ayodele Bankole, Ph.D., President "
                   "and Chief Executive Officer, succeeding Mark Trevino, who is retiring.", tmp_path)
    assert {"Ayodele Bankole", "Mark Trevino"} <= _people(ext)


def test_a_current_officer_in_apposition_takes_a_further_role(tmp_path):
    ext = _extract("The Board appointed Grace Liu-Hartmann, the Company's current Chief Financial Officer, to the "
                   "additional role of Chief Operating Officer.", tmp_path)
    assert _roles(ext).get("Grace Liu-Hartmann") == "Chief Financial Officer"


def test_an_officer_currently_in_one_role_appointed_to_another(tmp_path):
    ext = _extract("The Board has appointed Gustavo Pereira da Silva, currently the Company's Chief Operating Officer, "
                   "as President.", tmp_path)
    assert "Gustavo Pereira da Silva" in _people(ext)


def test_a_principal_accounting_officer_in_lower_case(tmp_path):
    ext = _extract("On January 15, 2025, the Board of Directors of the Company appointed Shreya Balakrishnan, age 47, "
                   "to serve as the Company's principal accounting officer.", tmp_path)
    assert "Shreya Balakrishnan" in _people(ext)


def test_an_interim_officer_by_a_who_clause_then_appointed(tmp_path):
    ext = _extract("Corinne Lambert, who has served as interim Chief Financial Officer since June, has been appointed "
                   "Chief Financial Officer.", tmp_path)
    assert _roles(ext).get("Corinne Lambert") == "Chief Financial Officer"


def test_the_full_name_a_title_of_address_takes_up(tmp_path):
    """The full name stands in no pattern; "Ms. Haddad-Rizk" later says it is a person's."""
    ext = _extract("On October 2, 2024, the Company entered into an employment agreement with Nadia Haddad-Rizk, "
                   "pursuant to which Ms. Haddad-Rizk will serve as the Company's Chief People Officer.", tmp_path)
    assert "Nadia Haddad-Rizk" in _people(ext)


def test_a_title_of_address_takes_up_no_company_nor_a_lone_word(tmp_path):
    ext = _extract("Qorvant entered into a supply agreement with Halden Bio, Inc. Mr. Brennan negotiated it. "
                   "Mr. Bio signed it.", tmp_path)
    assert _people(ext) == set()


# --------------------------------------------------------------------------- letters, contacts, titles


def test_a_letter_closes_with_its_writer(tmp_path):
    ext = _extract("Dear Shareholder,\nOn behalf of the Board, I invite you to attend our annual meeting. "
                   "Sincerely, Jane Q. Roe", tmp_path)
    assert _people(ext) == {"Jane Q. Roe"}


def test_a_contact_label_in_capitals(tmp_path):
    ext = _extract("CONTACT: Qorvant Therapeutics, Inc.\nLars Mikkelsen, 617-555-0177\nlmikkelsen@qorvant.com", tmp_path)
    assert "Lars Mikkelsen" in _people(ext)


def test_the_field_a_vice_president_heads_is_no_person(tmp_path):
    ext = _extract("Qorvant Therapeutics today announced that Cheng Wei-Ming, Ph.D., has been named Senior Vice "
                   "President, Translational Medicine.", tmp_path)
    assert _people(ext) == {"Cheng Wei-Ming"}


# --------------------------------------------------------------------------- votes, leader lists, headlines


def test_nominees_in_a_vote_results_table(tmp_path):
    ext = _extract("Proposal 1. Election of Directors.\n\n| Nominee | For | Withheld | Broker Non-Votes |\n|---|---|---|---|\n"
                   "| Lucinda M. Harrow | 21,304,112 | 1,022,455 | 4,112,009 |\n| Jean-Luc Baptiste | 21,100,420 | 1,226,147 | 4,112,009 |\n",
                   tmp_path)
    assert {"Lucinda M. Harrow", "Jean-Luc Baptiste"} <= _people(ext)


def test_nominees_in_vote_columns_set_with_spaces(tmp_path):
    ext = _extract("Nominee                 For           Withheld      Broker Non-Votes\n"
                   "Svetlana Morozova       18,220,114    902,331       3,004,118\n", tmp_path)
    assert "Svetlana Morozova" in _people(ext)


def test_a_table_of_counts_under_no_nominee_heading_names_no_one(tmp_path):
    ext = _extract("| Segment | 2024 | 2023 |\n|---|---|---|\n| Product Revenue | 21,304,112 | 1,022,455 |\n", tmp_path)
    assert _people(ext) == set()


def test_leaders_listed_name_dash_title(tmp_path):
    ext = _extract("Leadership Team\nMarta Kowalczyk - President and Chief Executive Officer\n"
                   "Devin Ashworth \u2013 Chief Financial Officer\nPhase 2 - Topline Data Expected\n", tmp_path)
    assert _people(ext) == {"Marta Kowalczyk", "Devin Ashworth"}


def test_officers_with_their_titles_in_brackets(tmp_path):
    ext = _extract("The following is a list of our executive officers: Marta Kowalczyk (President and Chief Executive "
                   "Officer) and Devin Ashworth (Chief Financial Officer).", tmp_path)
    assert _roles(ext).get("Devin Ashworth") == "Chief Financial Officer"
    assert "Marta Kowalczyk" in _people(ext)


def test_a_headline_verb_is_no_part_of_the_name(tmp_path):
    ext = _extract("Qorvant Bio Appoints Fiona McAllister as Chief Legal Officer\n\nBoard Names Ramón Castillo-Ortega as CEO",
                   tmp_path)
    assert _people(ext) == {"Fiona McAllister", "Ramón Castillo-Ortega"}


# --------------------------------------------------------------------------- directors leaving


def test_a_director_who_decided_to_step_down_from_the_board(tmp_path):
    ext = _extract("Gregor Mattheisen has decided to step down from the Board of Directors, effective June 30, 2025.", tmp_path)
    assert _roles(ext).get("Gregor Mattheisen") == "Director"


def test_the_board_accepted_the_resignation_of_a_director_and_of_an_officer(tmp_path):
    ext = _extract("On May 2, 2025, the Board accepted the resignation of Hollis Vandermeer as a director of the Company "
                   "and the resignation of Ines Duarte as Chief Financial Officer.", tmp_path)
    roles = _roles(ext)
    assert roles.get("Hollis Vandermeer") == "Director" and roles.get("Ines Duarte") == "Chief Financial Officer"


def test_a_director_who_will_not_stand_for_re_election(tmp_path):
    ext = _extract("On June 4, 2025, Priscilla Oyelaran-Hughes informed the Company that she will not stand for "
                   "re-election at the Company's 2025 annual meeting of stockholders.", tmp_path)
    assert _roles(ext).get("Priscilla Oyelaran-Hughes") == "Director"


def test_a_co_founder_who_has_served_as_an_officer(tmp_path):
    ext = _extract("Marta Kowalczyk is a co-founder of Tessaro and has served as its Chief Executive Officer since 2017.", tmp_path)
    assert _roles(ext).get("Marta Kowalczyk") == "Chief Executive Officer"


def test_a_person_by_his_or_her_pronoun(tmp_path):
    ext = _extract("The Company thanked Bernard Kessler for his many contributions. The fee is payable to Mohan Rao and "
                   "his designees. Johnson & Johnson and its affiliates are not parties.", tmp_path)
    assert _people(ext) == {"Bernard Kessler", "Mohan Rao"}


def test_a_title_of_address_takes_up_a_name_with_an_inner_capital(tmp_path):
    ext = _extract("Fiona McAllister brings to Tessaro more than two decades of legal experience. Ms. McAllister was "
                   "previously a partner at a law firm.", tmp_path)
    assert "Fiona McAllister" in _people(ext)


# --------------------------------------------------------------------------- appositions


def test_an_officer_in_apposition_by_the_company_s_short_name(tmp_path):
    ext = _extract("Qorvant Therapeutics, Inc. (\"Qorvant\") will host a call. Imogen Falconer, Qorvant\u2019s Chief Medical "
                   "Officer, will present the data at the meeting.", tmp_path)
    assert _roles(ext).get("Imogen Falconer") == "Chief Medical Officer"


def test_a_former_officer_is_a_person_with_no_present_role(tmp_path):
    ext = _extract("The Company entered into a separation agreement with Desmond Fairweather, its former Chief Commercial "
                   "Officer.", tmp_path)
    assert "Desmond Fairweather" in _people(ext)
    assert "Desmond Fairweather" not in _roles(ext)


def test_a_knight_is_addressed_as_a_person(tmp_path):
    ext = _extract("Qorvant welcomed Nobel laureate Sir Edmund Ashcombe to its Scientific Advisory Board.", tmp_path)
    assert "Edmund Ashcombe" in _people(ext)


def test_a_heading_with_a_dash_is_no_leader_row(tmp_path):
    ext = _extract("Equipment Leases - Operating and Financing\n\nWe lease laboratory equipment.", tmp_path)
    assert _people(ext) == set()


# --------------------------------------------------------------------------- boards joined, officer lists, certifications


def test_a_director_appointed_or_elected_to_the_board_in_the_passive(tmp_path):
    ext = _extract("Orla Fitzsimmons has been appointed to the Company's Board of Directors, effective immediately. "
                   "Tariq Benali was elected to the Board at the 2025 annual meeting. Pavel Novotny joined the Board in 2019.",
                   tmp_path)
    roles = _roles(ext)
    assert roles.get("Orla Fitzsimmons") == roles.get("Tariq Benali") == roles.get("Pavel Novotny") == "Director"


def test_a_director_appointed_to_fill_a_vacancy(tmp_path):
    ext = _extract("The Board appointed Tariq Benali, 61, to fill the vacancy created by the resignation of Dr. Farahani.", tmp_path)
    assert _roles(ext).get("Tariq Benali") == "Director"


def test_an_officer_appointed_with_her_former_post_between(tmp_path):
    ext = _extract("Qorvant has appointed Bettina Kraus, formerly Chief Financial Officer of Ostrava Biologics, as its Chief "
                   "Financial Officer.", tmp_path)
    assert "Bettina Kraus" in _people(ext)


def test_a_titled_name_before_a_verb(tmp_path):
    ext = _extract("Ostrava Biologics' Chief Executive Officer Pavel Novotny will join the Qorvant Board upon closing.", tmp_path)
    assert "Pavel Novotny" in _people(ext)


def test_the_directors_and_the_executive_officers_are(tmp_path):
    ext = _extract("The independent directors of the Company are Tariq Benali and Orla Fitzsimmons. The Company's executive "
                   "officers are Rowena T. Castellanos and Kwame Asante-Boateng.", tmp_path)
    roles = _roles(ext)
    assert roles.get("Tariq Benali") == "Director" and roles.get("Kwame Asante-Boateng") == "Executive Officer"


def test_a_certifying_officer_and_an_executive_defined_by_an_agreement(tmp_path):
    ext = _extract("I, Rowena T. Castellanos, certify that:\n1. I have reviewed this Quarterly Report on Form 10-Q.\n\n"
                   "This Employment Agreement is entered into by and between Qorvant Therapeutics, Inc. (the \"Company\") "
                   "and Beatrix Lindahl (\"Executive\").", tmp_path)
    assert {"Rowena T. Castellanos", "Beatrix Lindahl"} <= _people(ext)


# --------------------------------------------------------------------------- contacts


def test_contacts_under_an_inquiries_or_relations_heading(tmp_path):
    ext = _extract("About Qorvant\nQorvant is a clinical-stage company.\n\nMedia Inquiries:\nCassandra Whitlow\nQorvant Therapeutics, Inc.\n"
                   "(858) 555-0177\n\nInvestor Relations:\nNikhil Banerjee\nSterling IR Partners\n(212) 555-0121\n", tmp_path)
    assert {"Cassandra Whitlow", "Nikhil Banerjee"} <= _people(ext)


def test_whom_to_contact_in_a_sentence(tmp_path):
    ext = _extract("Please direct any questions to Dagny Berg at (858) 555-0133 or dberg@qorvant.com.", tmp_path)
    assert "Dagny Berg" in _people(ext)


# --------------------------------------------------------------------------- role changes


def test_an_officer_who_will_assume_a_role(tmp_path):
    ext = _extract("Effective January 1, 2026, Zhang Wei will assume the role of Chief Operating Officer.", tmp_path)
    assert _roles(ext).get("Zhang Wei") == "Chief Operating Officer"


def test_the_transition_of_an_officer_from_one_title_to_another(tmp_path):
    ext = _extract("The Board has approved the transition of Hollis P. Grange from Chief Operating Officer to Chief "
                   "Strategy Officer.", tmp_path)
    assert _roles(ext).get("Hollis P. Grange") == "Chief Strategy Officer"


def test_a_title_and_company_in_brackets(tmp_path):
    ext = _extract("Valentina Rossi (CEO, Qorvant) and Zhang Wei (CFO, Qorvant) will join a panel.", tmp_path)
    assert {"Valentina Rossi", "Zhang Wei"} <= _people(ext)


# --------------------------------------------------------------------------- annual meeting results


def test_vote_rows_with_empty_cells_between_and_no_nominee_word(tmp_path):
    ext = _extract("| | | | | | | | | |\nDirector Name | | For | | Against | | Abstain | | Broker Non-Votes |\n"
                   "Avram A. Glaser | | 36,108,164 | | 1,036,726 | | 54,567 | | 19,304,675 |\n"
                   "Wayne Barrow, Jr. | | 30,915,185 | | 6,218,885 | | 65,387 | | 19,304,675 |\n", tmp_path)
    assert {"Avram A. Glaser", "Wayne Barrow, Jr."} <= _people(ext)


def test_vote_rows_with_a_share_in_per_cent(tmp_path):
    ext = _extract("The vote on the election of the two nominees to serve as Class I directors was as follows:\n"
                   "| For | Percent Votes Cast | Against and Withheld |\nHoratio C. Binns | 5,395,718 | 55.87% | 4,261,839 |\n", tmp_path)
    assert "Horatio C. Binns" in _people(ext)


def test_the_following_people_listed_after_a_colon(tmp_path):
    ext = _extract("The following individuals were elected as Class III Directors to hold office until the 2026 Annual "
                   "Meeting: Gideon R. Fairholm and Dilnoza S. Karimova. The terms of the following directors continued "
                   "after the meeting: Albin L. Stroud and Judith G. Castleman. The following individuals received "
                   "awards: Mercer Island and Sterling Park.", tmp_path)
    roles = _roles(ext)
    assert roles.get("Gideon R. Fairholm") == roles.get("Judith G. Castleman") == "Director"
    assert "Mercer Island" not in _people(ext)


# --------------------------------------------------------------------------- biographies


def test_our_co_founder_who_has_served_as_an_officer(tmp_path):
    ext = _extract("Temperance Hale is our co-founder and has served as our Chief Executive Officer since 2016.", tmp_path)
    assert _roles(ext).get("Temperance Hale") == "Chief Executive Officer"


def test_a_director_who_has_served_on_our_board(tmp_path):
    ext = _extract("Mr. Cornelius J. Vantongeren has served on our board of directors since 2021.", tmp_path)
    assert _roles(ext).get("Cornelius J. Vantongeren") == "Director"


# --------------------------------------------------------------------------- agreements


def test_the_people_of_a_project_named_by_their_role(tmp_path):
    ext = _extract("Principal Investigator: Gwendolyn Achebe-Ford\nInstitution: University of Lakemont\n\n"
                   "Each Party shall appoint an Alliance Manager. Qorvant's initial Alliance Manager shall be Tobias Renwick.",
                   tmp_path)
    roles = _roles(ext)
    assert roles.get("Gwendolyn Achebe-Ford") == "Principal Investigator" and roles.get("Tobias Renwick") == "Alliance Manager"


def test_a_party_s_representatives_on_a_joint_committee(tmp_path):
    ext = _extract("The Company's initial representatives on the Joint Steering Committee shall be Tobias Renwick and "
                   "Wilhelm Strand.", tmp_path)
    assert {"Tobias Renwick", "Wilhelm Strand"} <= _people(ext)


def test_a_headline_naming_a_director_gives_the_person_without_the_headline(tmp_path):
    """An exhibit list's title, set in title case: the verb and the company before the name are not the name."""
    people = _people(_extract("Ms. Quinn will serve on the Audit Committee.\n\nExhibit No. | Description\n99.1 | Press "
                              "Release - Halvern Names Orla Quinn to the Board of Directors, dated July 10, 2019\n", tmp_path))
    assert "Orla Quinn" in people and not any("Names" in p for p in people)


def test_a_signature_followed_by_its_label_on_the_same_line(tmp_path):
    ext = _extract("CARGILL, INCORPORATED     HALDEN S.A.S.\n\n/s/ Jack Stabor       /s/ Jean-François Hugo Signature     Signature\n\n"
                   "VP BioTDC     Director General Title     Title\n\n\n" + "Lorem ipsum dolor sit amet. " * 40 + "\n\n"
                   "THE HALDEN CANCER CENTER     /s/ Maria Farden  /s/ Chris McKelvey Authorized Signature  Authorized Signature\n",
                   tmp_path)
    assert {"Jack Stabor", "Jean-François Hugo", "Maria Farden", "Chris McKelvey"} <= _people(ext)
    assert not {p for p in _people(ext) if "Signature" in p or "Authorized" in p}


def test_a_middle_initial_without_its_full_stop_a_speech_verb_first_and_a_plural_honorific(tmp_path):
    ext = extract_text(tmp_path, "FORM 8-K\n\nLabovane Inc.\n(Exact name of registrant as specified in its charter)\n\n"
                       '"We are pleased," said Jarvis R Holden-Tripp, president and chief executive officer, Labovane Inc. '
                       'Says Satvik Redmane, MD and COO, "There are various options." '
                       "Congratulations to Profs. Bennet Reubelow and Eyan Banerel who together developed the IP.")
    people = {m.name for m in ext.mentions.values() if m.kind is Kind.PERSON}
    assert {"Jarvis R Holden-Tripp", "Satvik Redmane", "Bennet Reubelow", "Eyan Banerel"} <= people
    assert not any(name.startswith("Says") for name in people)
