"""Where a sentence says an agreement's rights are, and where a document says a party is at home (made-up names)."""

from __future__ import annotations

from builders.extract.places import Territory, cover_home, places_in, territory

from .conftest import extract_text, license_names


def test_the_rights_territory_inside_and_outside():
    assert territory("a licensing agreement with [[O:1]] to commercialize [[P:2]] in Taiwan.").inside == {"taiwan"}
    assert territory("an exclusive license agreement for the U.S. rights to [[P:2]]").inside == {"united states"}
    assert territory("a license to develop and commercialize [[P:2]] outside Japan.").outside == {"japan"}
    assert territory("a license to commercialize [[P:2]] worldwide other than in Japan.") == Territory(frozenset(), frozenset({"japan"}))
    assert territory("a license to [[P:2]], with [[O:1]] retaining rights in Japan.").outside == {"japan"}
    assert territory("rights to [[P:1]] in Greater China").inside == {"china", "hong kong", "taiwan"}


def test_a_place_where_something_else_happens_is_no_territory():
    for said in ("[[P:0]] was granted marketing approval in the EU under the license agreement.",
                 "the license agreement covers [[P:1]], which is under development in Europe by [[O:0]]",
                 "[[O:0]] is growing fast in Japan.",  # no deal in the sentence
                 "a license agreement covering the Japanese patent rights to [[P:1]]",  # whose patents
                 "the license agreement's payments are payable in U.S. dollars",
                 "the deal is worth up to US$200 million",
                 "disputes under the license agreement go to arbitration in Singapore",
                 "a license agreement with [[O:1]], one of the largest pharmaceutical companies in Japan",
                 "we signed an agreement to help us in Japanese."):
        assert not territory(said).inside, said


def test_places_a_phrase_names():
    assert places_in("Tokyo-based") == {"japan"}
    assert places_in("(PETACH TIKVA, Israel)") == {"israel"}
    assert places_in("a Japanese research-based pharmaceutical company") == {"japan"}
    assert not places_in("let us know")  # the pronoun, not the country
    assert places_in("(Cambridge, Massachusetts)") == {"united states"}


def test_a_filers_home_is_its_covers_country_where_state_and_address_agree():
    assert cover_home("Delaware", "830 Winter Street, Waltham, MA 02451") == {"united states"}
    assert cover_home(None, "2-1 Marunouchi, Chiyoda-ku, Tokyo, Japan 100-0005") == {"japan"}
    assert cover_home("British Columbia", "1055 West Hastings Street, Vancouver") == {"canada"}  # a province, not "British"
    assert cover_home("Delaware", "No. 88 Keyuan Road, Shanghai, China") == set()  # incorporated where it is not at home
    assert cover_home(None, None) == set()


COVER = """FORM 8-K
CURRENT REPORT

Zelvane K.K.
(Exact name of registrant as specified in its charter)

Japan                      001-99999            98-0000000
(State or other jurisdiction of incorporation)   (Commission File Number)   (IRS Employer Identification No.)

{address}
(Address of principal executive offices)

Item 1.01 Entry into a Material Definitive Agreement.

On March 3, 2025, Zelvane K.K. entered into an exclusive license agreement with Lystra Therapeutics, Inc. (Boston,
Massachusetts) to develop and commercialize zelvatinib in the United States.
"""


def test_the_filers_cover_gives_its_home_for_the_territory_a_deal_licenses(tmp_path):
    """A Japanese filer and a Boston company sign for the United States: the Boston company is the licensee."""
    found = license_names(extract_text(tmp_path, COVER.format(address="2-1 Marunouchi, Chiyoda-ku, Tokyo, Japan 100-0005")))
    assert found == {("Zelvane K.K.", "Lystra Therapeutics, Inc.", "zelvatinib")}


def test_a_filer_whose_cover_names_no_one_country_gives_the_territory_no_say(tmp_path):
    found = license_names(extract_text(tmp_path, COVER.format(address="100 Main Street, Boston, MA 02110")))
    # (both at home in the US: the territory says nothing, and the wording's guess, an in-license, stands)
    assert found == {("Lystra Therapeutics, Inc.", "Zelvane K.K.", "zelvatinib")}


def test_an_offshore_seat_is_no_home():
    assert cover_home("British Virgin Islands", "Craigmuir Chambers, Road Town, Tortola, British Virgin Islands") == set()
    assert cover_home("Cayman Islands", "No. 88 Keyuan Road, Shanghai, China") == {"china"}


def test_new_jersey_is_at_home_in_the_united_states():
    assert cover_home("New Jersey", "100 College Road, Princeton, New Jersey 08540") == {"united states"}
    assert cover_home("Jersey", "22 Grenville Street, St Helier, Jersey") == set()
