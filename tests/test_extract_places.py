"""Where a sentence says an agreement's rights are, and where a document says a party is at home (made-up names)."""

from __future__ import annotations

from builders.extract.places import Territory, places_in, territory


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
