"""Truecasing: a filing set in capitals is read as if written in mixed case, letter for letter."""

from __future__ import annotations

from builders.extract import extract
from builders.extract.truecase import shouting, truecase
from builders.model import Kind
from builders.parse import parse_path

CAPITALS = """FORM 8-K

                           HALBERG BIOSCIENCES, INC.
             (EXACT NAME OF REGISTRANT AS SPECIFIED IN ITS CHARTER)

ITEM 5.  OTHER EVENTS.

     ON MARCH 10, 1997, HALBERG BIOSCIENCES, INC. (THE "COMPANY")
ENTERED INTO A DEVELOPMENT AND LICENSE AGREEMENT (THE "MITSUKA
AGREEMENT") WITH MITSUKA PHARMACEUTICAL CO., LTD., OSAKA, JAPAN
("MITSUKA"). UNDER THE MITSUKA AGREEMENT, THE COMPANY GRANTED TO
MITSUKA AN EXCLUSIVE LICENSE TO DEVELOP AND MARKET THE COMPANY'S
ELASTASE INHIBITOR, DORAVISTAT (HB-217), IN JAPAN.

     THE COMPANY HOLDS ITS RIGHTS TO DORAVISTAT UNDER AN EXCLUSIVE,
WORLDWIDE LICENSE GRANTED IN OCTOBER 1991 BY THE COLDBROOK STATE
UNIVERSITY RESEARCH FOUNDATION (THE "FOUNDATION"). THE FOUNDATION HAS
CONSENTED TO THE GRANT OF THE SUBLICENSE TO MITSUKA.

                                   SIGNATURES

DATED: MARCH 14, 1997               BY: /S/ MARGARET A. O'DEA
                                        MARGARET A. O'DEA
                                        CHIEF FINANCIAL OFFICER
"""


def test_a_text_in_capitals_is_read_in_mixed_case_letter_for_letter():
    cased = truecase(CAPITALS)
    assert len(cased) == len(CAPITALS) and cased.lower() == CAPITALS.lower()
    assert "Halberg Biosciences, Inc. (the \"Company\")\nentered into a development and license agreement" in cased
    assert "Mitsuka Pharmaceutical Co., Ltd." in cased and "Coldbrook State\nUniversity Research Foundation" in cased
    assert "the Company's" in cased and "doravistat (HB-217)" in cased and "The Foundation has" in cased
    assert "/s/ Margaret A. O'Dea" in cased


def test_mixed_case_text_is_left_as_it_is():
    text = "On March 10, 1997, Halberg Biosciences, Inc. entered into a license agreement. " * 10
    assert not shouting(text) and truecase(text) == text


def test_a_filing_in_capitals_gives_its_facts_with_quotes_as_filed(tmp_path):
    path = tmp_path / "f.txt"
    path.write_text(CAPITALS)
    ext = extract(parse_path(path))
    name = lambda r: ext.mentions[r].name  # noqa: E731
    assert name(ext.registrant) == "Halberg Biosciences, Inc."
    assert {(name(lic.licensor), name(lic.licensee), name(lic.asset)) for lic in ext.licenses} == {
        ("Halberg Biosciences, Inc.", "Mitsuka Pharmaceutical Co., Ltd.", "doravistat"),
        ("Coldbrook State University Research Foundation", "Halberg Biosciences, Inc.", "doravistat"),
    }
    assert "Margaret A. O'Dea" in {m.name for m in ext.mentions.values() if m.kind is Kind.PERSON}
    quotes = [e.evidence.quote for lic in ext.licenses for e in lic.events]
    assert quotes and all(q == q.upper() for q in quotes)  # evidence quotes the filing as it is written
