"""People in the layouts and phrasings real filings use (gathered as data/probes/people.json), with made-up names:
releases and news that set titles in lower case, 8-K Item 5.02 departures, director lists, powers of attorney, cover
pages, old text filings' officer lists and biographies, contact columns."""

from __future__ import annotations

from builders.model import Kind

from .conftest import extract_text

HEADER = "FORM 8-K\n\nQorvant Therapeutics, Inc.\n(Exact name of registrant as specified in its charter)\n\n"


def _extract(text: str, tmp_path):
    return extract_text(tmp_path, HEADER + text)


def _people(ext) -> set[str]:
    """Every name a person is known by."""
    return {n for m in ext.mentions.values() if m.kind is Kind.PERSON for n in (m.name, *m.aliases)}


def _roles(ext) -> dict[str, str | None]:
    return {ext.mentions[r.person].name: r.title for r in ext.roles}


# --------------------------------------------------------------------------- not people


def test_an_award_named_after_a_person_is_no_person(tmp_path):
    ext = _extract("As the 2011 recipient of the Dr. Hollis K. Vantreight Award for Leadership, she spoke at the meeting.", tmp_path)
    assert not any("Award" in n for n in _people(ext))


def test_a_unit_a_title_heads_is_no_person(tmp_path):
    ext = _extract("Featured guests include:\n\nMarla Oyen, Ph.D., Director, Patient Access Unit, Center for Rural Health; "
                   "and Professor of Medicine, Halden University\n", tmp_path)
    assert "Marla Oyen" in _people(ext)
    assert "Patient Access Unit" not in _people(ext)


def test_a_redacted_name_is_no_person(tmp_path):
    ext = _extract('THIS Agreement is made by and between Qorvant Therapeutics, Inc. ("Qorvant") and Xxxxx X. Xxxxxx '
                   '(the "Executive").\n\nBy: /s/ Xxxxx Xxxxxx\nName: Xxxxx Xxxxxx\nTitle: Chief Executive Officer\n', tmp_path)
    assert not any(n.startswith("Xx") for n in _people(ext))


# --------------------------------------------------------------------------- names


def test_a_nickname_in_brackets_leaves_the_name_without_it(tmp_path):
    ext = _extract("Qorvant today announced the appointments of Dorian (Dash) Pellerin, J.D., as general counsel.", tmp_path)
    assert {"Dorian Pellerin", "Dash Pellerin"} <= _people(ext)


def test_a_signer_with_a_quoted_nickname_in_brackets(tmp_path):
    ext = _extract("| Signature | Title | Date |\n|---|---|---|\n"
                   '| /s/ Bertram ("Bert") K. Oyelaran | Chairman of the Board | May 8, 2024 |\n', tmp_path)
    assert "Bertram K. Oyelaran" in _people(ext)


# --------------------------------------------------------------------------- releases and news


def test_a_title_with_a_bracket_after_the_company(tmp_path):
    ext = _extract("Maren Voss, President & CEO of Halbridge (the Ohio chapter of the association) released the following statement:", tmp_path)
    assert _roles(ext).get("Maren Voss") == "President & CEO"


def test_a_title_before_a_name_that_a_verb_of_the_sentence_follows(tmp_path):
    ext = _extract("Qorvant reported that President and CEO, Talia Brenner and CFO Odell Marsh are scheduled to meet investors. "
                   "Chairman Ruben Osei today issued the following statement:", tmp_path)
    assert {"Odell Marsh", "Ruben Osei"} <= _people(ext)


def test_a_chief_executive_in_lower_case_before_the_speaker(tmp_path):
    ext = _extract("Interim chief executive Corwin Hale said: \"The team brings deep experience.\"", tmp_path)
    assert "Corwin Hale" in _people(ext)


def test_a_chairman_of_the_board_in_brackets(tmp_path):
    ext = _extract("The representatives are: Svetlana Orlova (Chairman of the Board), Deputy CEO, Halden Capital; and others.", tmp_path)
    assert "Svetlana Orlova" in _people(ext)


def test_appointed_to_a_title_in_lower_case_that_starts_with_president_or_ends_with_director(tmp_path):
    ext = _extract("NEW YORK - Irena Blum has been appointed president and chief executive officer of Halvern Bio, the company said. "
                   "Pavel Orlov has been appointed as general director of the joint venture.", tmp_path)
    assert {"Irena Blum", "Pavel Orlov"} <= _people(ext)


def test_who_is_appointed_and_tapped_to_be(tmp_path):
    ext = _extract("The team will be: Tobias Renn, who is appointed Deputy CEO, in addition to his role as treasurer. "
                   "Ines Varga was tapped to be chief scientific officer.", tmp_path)
    assert {"Tobias Renn", "Ines Varga"} <= _people(ext)


def test_a_title_in_lower_case_after_the_name_with_the_company_it_heads(tmp_path):
    ext = _extract("The association today named as chairman Halvard Lind, president and CEO of Quarra Pharma Inc., of Boston. "
                   "Other officers are: Vice Chairman for Food & Agriculture Carla Brandt, vice president of Tessaro Seeds Inc., of Ames; "
                   "and Vice Chairman for Health Care Dorian E. Falk, chairman and CEO of Ostrava Biologics Inc., of Denver.", tmp_path)
    assert {"Halvard Lind", "Carla Brandt", "Dorian E. Falk"} <= _people(ext)
    assert not {"Agriculture Carla Brandt", "Care Dorian E. Falk"} & _people(ext)
    assert _roles(ext)["Halvard Lind"] == "president and CEO"


def test_a_lower_case_title_keeps_no_full_stop(tmp_path):
    ext = _extract('"We are pleased," said Jayla Morn, president and CEO of Aimmex.', tmp_path)
    assert not any(t and t.endswith(".") for t in _roles(ext).values())


def test_said_principal_investigator(tmp_path):
    ext = _extract('"We look forward to the trial," said principal investigator Imre Halasz, MD, of Ridgeway Medical Center.', tmp_path)
    assert _roles(ext).get("Imre Halasz") == "principal investigator"


def test_the_title_of_an_organization_before_the_speaker(tmp_path):
    ext = _extract("The CEO of the Orrin Foundation (OF), Tamsin Reyes, said that the grant would fund two projects.", tmp_path)
    assert _roles(ext).get("Tamsin Reyes") == "CEO"


# --------------------------------------------------------------------------- 8-K Item 5.02


def test_whom_an_8k_says_left(tmp_path):
    ext = _extract("The Board appointed Nora Vale as Chief Financial Officer, to fill the position created by the departure of "
                   "Jeffrey Tamm from such position. Dr. Ando will take up the position of Chairman, following the retirement of "
                   "Mr. Alden Fisk.", tmp_path)
    assert {"Jeffrey Tamm", "Alden Fisk"} <= _people(ext)


def test_directors_each_a_member_of_the_board(tmp_path):
    ext = _extract("On March 3, 2023, Ivo Brandt, Lena Marsh and Otto Quinn, each a member of the Company\u2019s Board of Directors "
                   "(the \u201cBoard\u201d), notified the Company that he/she was resigning from the Board.", tmp_path)
    assert {_roles(ext).get(n) for n in ("Ivo Brandt", "Lena Marsh", "Otto Quinn")} == {"Director"}


def test_a_director_who_resigned(tmp_path):
    ext = _extract("The new directors fill the vacancies created by the resignations of Mr. Brandt and Ruth Calder, who resigned "
                   "from the Board in December 2022.", tmp_path)
    assert _roles(ext).get("Ruth Calder") == "Director"


def test_a_director_added_to_the_board(tmp_path):
    ext = _extract("Halvern Bio said on Feb. 19 that it has added Nils O. Ober to its board of directors.", tmp_path)
    assert _roles(ext).get("Nils O. Ober") == "Director"


def test_officers_in_apposition(tmp_path):
    ext = _extract("The Company reduced its headcount, retaining two officers, Dale K. Monti and Paul Brandt, to complete its "
                   "redeployment efforts.", tmp_path)
    assert {"Dale K. Monti", "Paul Brandt"} <= _people(ext)


# --------------------------------------------------------------------------- signature pages and covers


def test_attorneys_in_fact_a_power_of_attorney_appoints(tmp_path):
    ext = _extract("KNOW ALL PERSONS BY THESE PRESENTS, that each person whose signature appears below hereby constitutes and "
                   "appoints Dana Lowe and Felix R. Ambrose, and each of them, his true and lawful attorneys-in-fact and agents.", tmp_path)
    assert _roles(ext).get("Dana Lowe") == _roles(ext).get("Felix R. Ambrose") == "Attorney-in-Fact"


def test_a_lawyer_named_esquire(tmp_path):
    ext = _extract("Copies to:\nRhea M. Lind, Esquire\nTobias Kell, Esq.\nCalder & Voss LLP\n12 Elm Street\n", tmp_path)
    assert {"Rhea M. Lind", "Tobias Kell"} <= _people(ext)


def test_a_letter_signed_with_the_title_after_the_degree(tmp_path):
    ext = _extract("| | By order of the Board of Directors, | |\n| | ||\n| | Ivo Marek, Ph.D. President and Chief Executive Officer |\n", tmp_path)
    assert "Ivo Marek" in _people(ext)


def test_a_covers_agent_for_service(tmp_path):
    ext = _extract("(I.R.S. Employer Identification No.)\nHalvard Lind II\nVice President, Finance\nQorvant Therapeutics, Inc.\n"
                   "12 Elm Street\nBoston, MA 02110\n(617) 555-0100\n(Name, Address, Including Zip Code, and Telephone Number,\n"
                   "Including Area Code, of Agent for Service)\n", tmp_path)
    assert _roles(ext).get("Halvard Lind II") == "Vice President, Finance"


# --------------------------------------------------------------------------- old filings' lists


def test_officers_joined_to_their_titles_by_dots(tmp_path):
    ext = _extract("Name, Business Address                   Present Principal Occupation\n\n"
                   "* Dr. h.c. Hanno Vogt..................Chairman of the Board and President\n"
                   "* Dr.  Ilse M. Brandt....................Vice President\n", tmp_path)
    assert _roles(ext).get("Hanno Vogt") == "Chairman of the Board and President"
    assert "Ilse M. Brandt" in _people(ext)


def test_officers_in_columns_under_a_name_heading(tmp_path):
    ext = _extract("NAME                             POSITION/PRESENT PRINCIPAL OCCUPATION              CITIZENSHIP\n"
                   "Ingrid M. Salo(1)                 Senior Vice President, Finance                    U.S.A.\n\n"
                   "Tomas Ekwall                      Chief Executive Officer                           Sweden\n", tmp_path)
    assert _roles(ext).get("Ingrid M. Salo") == "Senior Vice President, Finance"
    assert "Tomas Ekwall" in _people(ext)


def test_a_director_over_his_occupation(tmp_path):
    ext = _extract("Set forth below is the name, present principal occupation or employment of each director.\n\n"
                   "         Oskar T. Lindqvist\n         Chairman of the Board, President and Chief Executive Officer\n"
                   "         Halvern Bio, Inc.\n\n         Constantin R. Bell\n         Managing General Partner\n"
                   "         Gateway Associates (venture capital firm)\n", tmp_path)
    assert {"Oskar T. Lindqvist", "Constantin R. Bell"} <= _people(ext)


def test_an_old_text_filings_table_tags_keep_its_columns(tmp_path):
    ext = _extract("<TABLE>\n<CAPTION>\nNAME                       AGE    POSITION\n<S>                        <C>    <C>\n"
                   "Marta Okonjo                52    President and Chief Executive Officer\n"
                   "Lorne B. Haskell            61    Chief Financial Officer\n</TABLE>\n", tmp_path)
    assert _roles(ext).get("Lorne B. Haskell") == "Chief Financial Officer"


def test_a_biography_whose_name_is_in_capitals(tmp_path):
    ext = _extract("HALVARD J. LIND, PH.D., has served as a Director of the Company since 1995. Since 1990 Dr. Lind has been a "
                   "venture capitalist.\n\nNET SALES have been flat. TOTAL REVENUE has been lower than planned.\n", tmp_path)
    assert "Halvard J. Lind" in _people(ext)
    assert not {"Net Sales", "Total Revenue"} & _people(ext)


# --------------------------------------------------------------------------- contacts


def test_a_contact_whose_phone_has_a_space_after_the_plus(tmp_path):
    ext = _extract("Qorvant Investor Relations Contact\nTamsin Roe\n+ 1 (617) 555-0142\ntroe@qorvant.com\n", tmp_path)
    assert "Tamsin Roe" in _people(ext)


def test_contacts_in_labelled_columns_under_the_heading(tmp_path):
    ext = _extract("Contacts:\nHalvorsen:  Marit K. Aas          Investors:  Tom Reyes\n"
                   "            President/COO                      Wall Street Investor Relations\n"
                   "            (508) 555-0176                     (877) 555-0123\n", tmp_path)
    assert {"Marit K. Aas", "Tom Reyes"} <= _people(ext)


def test_a_country_that_ends_the_cell_before_is_no_part_of_the_name(tmp_path):
    # an HTML table's cells run together: "... | Frankfurt Main Germany | Frank L. Dorsey, Head of Research ..."
    ext = _extract("Office of API Frankfurt Main Germany Frank L. Dorsey, Head of Research and Development, presented the plan.", tmp_path)
    assert "Frank L. Dorsey" in _people(ext)
    assert "Germany Frank L. Dorsey" not in _people(ext)


def test_an_officer_who_will_retire_as_chief_executive(tmp_path):
    ext = _extract("On July 13, 2021, Anton R. Vell will retire as the Chief Executive Officer of the Company and as a member of "
                   "the Company\u2019s Board of Directors.", tmp_path)
    assert _roles(ext).get("Anton R. Vell") == "Chief Executive Officer"


def test_a_board_listed_name_over_title_under_its_heading(tmp_path):
    ext = _extract("Board of Directors\n\n* Rhea Lind\nExecutive Vice President/\nPresident for R&D\nHalvern Bio, Inc.\nPeapack, NJ\n"
                   "Tobias K. Marr\nChairman, President & CEO\nOstrava Biologics, Inc.\nBurlingame, CA\n", tmp_path)
    assert {"Rhea Lind", "Tobias K. Marr"} <= _people(ext)


def test_a_management_table_with_no_age_column(tmp_path):
    ext = _extract("The following table sets forth the name and position of each of our executive officers and directors.\n\n"
                   "| Name | Position(s) |\n|---|---|\n| Ines Varga | President, Chief Executive Officer and Director |\n"
                   "| Tobias K. Marr (1) | Chief Financial Officer |\n", tmp_path)
    assert _roles(ext).get("Tobias K. Marr") == "Chief Financial Officer"
    assert "Ines Varga" in _people(ext)


def test_a_signer_typed_on_the_signature_line(tmp_path):
    ext = _extract("IN WITNESS WHEREOF, the parties have executed this Agreement.\n\nHALDEN BIO, INC.\n\n"
                   "By: Ivo K. Marek\nTitle: Chief Executive Officer\n\nOSTRAVA CAPITAL LLC\n\nBy: Ostrava Partners LLC\nIts: General Partner\n", tmp_path)
    assert _roles(ext).get("Ivo K. Marek") == "Chief Executive Officer"
    assert "Ostrava Partners LLC" not in _people(ext)


# --------------------------------------------------------------------------- not people, in open filings' layouts


def test_member_states_is_no_speech(tmp_path):
    ext = _extract("For example, Baltic Alliance, or BA, member states and other jurisdictions have adopted data protection laws.", tmp_path)
    assert "Baltic Alliance" not in _people(ext)


def test_an_auditor_signing_with_its_city(tmp_path):
    ext = _extract("We have served as the Company's auditor since 2017.\n\n/s/ Orrin Vale LLP Boston, Massachusetts March 6, 2023\n", tmp_path)
    assert not any("LLP" in n for n in _people(ext))


def test_a_street_named_after_a_doctor_in_a_table(tmp_path):
    ext = _extract("| Brazil | | Av. Dr Tiago Moraes, 1240, 15 andar |\n", tmp_path)
    assert not any(n.startswith("Tiago") for n in _people(ext))


def test_a_desk_to_whose_attention_a_notice_goes(tmp_path):
    ext = _extract("Notices to Halden shall be sent to:\nAttention: Harbor Point Loan Asset Manager Telephone:(617) 555-0100\n", tmp_path)
    assert not {"Harbor Point", "Loan Asset"} & _people(ext)


def test_a_firms_region_ends_its_name(tmp_path):
    ext = _extract("Contact Details\n\nTessaro North America\n\n+1 604-555-0100\n", tmp_path)
    assert "Tessaro North America" not in _people(ext)


def test_a_clause_that_but_opens_is_no_title(tmp_path):
    ext = _extract("This Agreement is made by and between Halvern Bio, Inc. (\u201cHalvern\u201d) and Ostrava Pharma AG (\u201cOstrava\u201d). "
                   "Halvern shall be the controlling Party in connection with the defense to any challenge of validity of such Halvern "
                   "Patents, but shall reasonably consult with Ostrava in connection with any such defense, and shall consider in good "
                   "faith Ostrava's reasonable comments.", tmp_path)
    assert "Halvern Patents" not in _people(ext)


def test_a_contact_line_under_a_contacts_heading_is_read_from_its_own_label(tmp_path):
    ext = _extract("Contacts\n\nCorin Lales 626-555-8118 clales@halvern.com\n\n"
                   "Media Contact Janek T. Sprague Morrow Communications 619-555-6005 janek@morrowcomm.com\n", tmp_path)
    assert {"Corin Lales", "Janek T. Sprague"} <= _people(ext)
    assert "T. Sprague Morrow" not in _people(ext)


def test_an_interviewer_a_video_item_names(tmp_path):
    ext = _extract("Halvern Bio CEO Ana Ruiz joined Tomas Kell from Brightline to announce a significant agreement regarding "
                   "the company's drug.", tmp_path)
    assert "Tomas Kell" in _people(ext)
