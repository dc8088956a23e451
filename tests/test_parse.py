"""Parse stage: the three input shapes, header fields, offsets and refusals."""

from __future__ import annotations

import pytest

from builders.errors import ParseError
from builders.model import PartialDate
from builders.parse import decode, parse_bytes, parse_path
from builders.parse.html import html_to_text
from builders.parse.items import item_number
from builders.parse.text import clean_text

from .conftest import ABVC, MACROGENICS, SEED, corpus_file


def test_seed_text_rendering_is_one_8k_document():
    filing = parse_path(SEED)
    assert filing.accession is None
    assert filing.filing_id.startswith("sha256-")
    assert [d.doc_type for d in filing.documents] == ["8-K"]
    text = filing.documents[0].text
    assert "cantuzumab mertansine (huC242-DM1)" in text
    assert text.startswith("UNITED STATES")


def test_full_submission_header_and_documents():
    filing = parse_path(ABVC)
    assert filing.accession == "0001213900-25-032135"
    assert filing.form_type == "8-K"
    assert filing.filed == PartialDate(2025, 4, 15)
    assert filing.period == PartialDate(2025, 4, 15)
    assert filing.header_items == ["2.02", "4.02", "7.01", "9.01"]
    filer = filing.filers[0]
    assert (filer.name, filer.cik, filer.ein, filer.file_number) == ("ABVC BIOPHARMA, INC.", "0001173313", "26-0014658", "001-40700")
    assert filer.state_of_incorporation == "NV"
    assert filer.business_address == "44370 OLD WARM SPRINGS BLVD., FREMONT, CA 94538"
    assert [name for name, _ in filer.former_names] == ["American BriVision (Holding) Corp", "METU BRANDS, INC.", "ECOLOGY COATINGS, INC."]
    # Images, XBRL and archives hold no prose and are not documents to read.
    assert [(d.sequence, d.doc_type) for d in filing.documents] == [(1, "8-K"), (2, "EX-99.1")]
    assert all(d.source_format == "html" for d in filing.documents)
    assert "Uttam Patil" in filing.documents[0].text


def test_inline_xbrl_hidden_header_is_not_text():
    text = parse_path(ABVC).documents[0].text
    assert "dei:EntityCentralIndexKey" not in text
    assert "ix:header" not in text


def test_feed_dialect_nc_header():
    filing = parse_path(corpus_file("dgunning__edgartools/0001493152-25-001317.nc"))
    assert filing.accession == "0001493152-25-001317"
    assert filing.header_items == ["5.02", "9.01"]
    assert filing.filers[0].cik == "0000880984"
    assert filing.filers[0].ein == "22-2786081"


def test_header_only_file_has_no_documents_and_says_so():
    filing = parse_path(corpus_file("ryankfrench__sec_cover_page_parser/0000018230-22-000107.hdr.sgml"))
    assert filing.accession == "0000018230-22-000107"
    assert filing.documents == []
    assert any("header-only" in w for w in filing.warnings)


def test_pre_august_2004_items_use_old_numbers():
    filing = parse_path(corpus_file("ryankfrench__sec_cover_page_parser/0000320193-96-000027.txt"))
    assert filing.header_items == ["7"]


def test_agreement_exhibit_type_from_its_first_line():
    filing = parse_path(MACROGENICS)
    assert filing.documents[0].doc_type == "EX-10.17"


def test_markdown_with_sec_header_keeps_header_fields():
    filing = parse_path(corpus_file("Stanford-Advanced-FinTech-Lab-SAFTL__stanford-edgar-filings-dataset/parsed.md"))
    assert filing.accession == "0000882095-24-000007"
    assert filing.form_type == "10-K"
    assert filing.filers[0].cik == "0000882095"
    assert "**" not in filing.documents[0].text


def test_html_tables_keep_rows_and_cells():
    text = html_to_text("<table><tr><td>Delaware</td><td></td><td>001-33886</td></tr><tr><td>(State)</td><td>(File)</td></tr></table>")
    assert text.splitlines() == ["Delaware | 001-33886", "(State) | (File)"]


def test_html_drops_hidden_and_script_content_and_keeps_pre():
    text = html_to_text("<html><body><div style='display: none'>HIDDEN</div><script>x=1</script><p>Shown  text</p><pre>a\n  b</pre></body></html>")
    assert "HIDDEN" not in text and "x=1" not in text
    assert "Shown text" in text
    assert "a\nb" in text  # pre keeps its lines (spaces are collapsed for matching)


def test_deeply_nested_html_does_not_exhaust_recursion():
    markup = "<div>" * 5000 + "deep" + "</div>" * 5000
    assert html_to_text(markup) == "deep"


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty"), (b"%PDF-1.4 binary", "PDF"), (b"\xff\xd8\xff\xe0JFIF", "JPEG"), (b"\x00\x01\x02\x03" * 100, "binary")],
)
def test_unreadable_inputs_raise_with_a_reason(data, reason):
    with pytest.raises(ParseError) as err:
        parse_bytes(data, "bad.txt")
    assert reason in str(err.value)
    assert str(err.value).startswith("bad.txt:")


def test_decoding_falls_back_to_windows_1252_and_reads_utf16():
    assert decode("Caf\u00e9 \u2019".encode("cp1252"), "x") == "Caf\u00e9 \u2019"
    assert decode("Form 8-K".encode("utf-16"), "x") == "Form 8-K"


def test_item_titles_map_to_numbers():
    assert item_number("Entry into a Material Definitive Agreement") == "1.01"
    assert item_number("Other Events") == "8.01"
    assert item_number("Other Events", old_numbering=True) == "5"
    assert item_number("Something else") is None


def test_text_cleaning_joins_a_possessive_and_a_code_name_split_by_rendering():
    from builders.parse.text import clean_text

    assert clean_text("CytomX &#8217; s Probody platform and XmAb®7195; Platinum™Software") == \
        "CytomX's Probody platform and XmAb7195; Platinum™Software"


def test_a_flattened_agreement_gets_back_the_spaces_its_joined_lines_lost():
    # renderings of EX-10 agreements that dropped every line break and the space standing for it
    body = ("This Option Agreement is made by Halden Bio, Inc. andOrvane Pharma Ltd, a Bermuda company. "
            "Orvane shall deliver the Compound to aTyr Pharma, Inc. Appendix A lists the patents. "  # "Orvane" stands alone, "Tyr" never
            + "The Parties agree as follows. " * 200
            + "Notices shall be sent byOrvane toHalden at the address inAppendix A. IN WITNESS WHEREOF "
            "the Parties sign.HALDEN BIO, INC.ORVANE PHARMA LTDBy: /s/ Mara QuistName: Mara QuistTitle: "
            "Chief Executive OfficerBy:/s/ Tobias LindName:Tobias Lind, Ph.D.Title: President")
    text = clean_text(body)
    assert "Inc. and Orvane Pharma Ltd" in text and "to aTyr Pharma" in text
    assert "by Orvane to Halden at the address in Appendix A. IN WITNESS" in text
    assert "sign. HALDEN BIO, INC. ORVANE PHARMA LTD" in text
    assert "/s/ Mara Quist Name: Mara Quist Title: Chief Executive Officer By:" in text
    assert "Name: Tobias Lind, Ph.D. Title: President" in text


def test_a_flattened_agreement_gets_back_the_spaces_between_lower_case_words():
    # joined lines glue a line's last word to the next one's first: "anylicense", "setforth"
    body = ("Halden hereby grants to Orvane anexclusive license, as setforth below, to develop zanfotinib. "
            "Orvane shall not grant anylicense except as expresslygranted herein, nor prevent Halden from "
            "Commercializingzanfotinib. "
            + "The Parties agree as follows. " * 200
            + "The grantor and the assignee of the nonexclusive license, Blackstone and Newport, are "
            "parties underthe agreement; the sublicensee remains inactive.")
    text = clean_text(body)
    assert "an exclusive license, as set forth below" in text
    assert "not grant any license except as expressly granted herein" in text
    assert "from Commercializing zanfotinib." in text  # the rest is written alone in the text
    assert "under the agreement" in text
    # a prefix or a suffix is no word of its own: "non exclusive" would read as exclusive
    assert "The grantor and the assignee of the nonexclusive license, Blackstone and Newport" in text
    assert "the sublicensee remains inactive" in text


def test_only_a_flattened_text_is_unglued():
    # with its line breaks kept, "inVentiv" and "eXtend" are names and stay as written
    lines = "\n".join(["The Parties agree as follows."] * 300 + ["inVentiv Health andOrvane signed."])
    assert "inVentiv Health andOrvane" in clean_text(lines)
    short = "Signed by inVentiv Health andOrvane Pharma."
    assert clean_text(short) == short
