"""Where a party is at home, and where a paragraph says an agreement's rights are.

A regional license rarely says who licensed whom outright. It says "a licensing agreement with Y
(TWSE: 1795) to commercialize P in Taiwan", or "... with a Japanese pharmaceutical company, Y, to
develop and market P in Japan". The partner at home in the territory is the licensee: a company
does not take a license to its own market from a stranger. Rights "outside Japan" go the other
way: the Japanese party keeps its home and licenses the rest.

Only what the document says counts as a party's home: the country in its name ("Taiwan Liposome
Company"; not a town's name, nor for the filer's own affiliates), the bracket after it ("(PETACH
TIKVA, Israel)", "(TSE: 4503)", "(Cambridge, Massachusetts)"), what it is called before its name
("a Japanese pharmaceutical company, Y", "Tokyo-based Y") and the dateline of the release it issues
("MADRID, Nov. 11 -- X"; not one of two towns). A listing on Nasdaq or the NYSE says nothing: foreign
companies list there too. The cue is weak, so :func:`licensee_by_territory` speaks only where both
parties' homes are told and differ.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ..model import Ref
from .context import Tagged
from .cover import US_STATES


@dataclass(frozen=True)
class Country:
    """A country and the words a filing marks a company of it with."""

    name: str
    names: tuple[str, ...]  # lower case: "japan", "nippon"
    demonyms: tuple[str, ...]  # what calls a thing of it: "japanese" ("a Japanese company", never "in Japanese")
    cities: tuple[str, ...] = ()
    exchanges: tuple[str, ...] = ()  # stock exchanges' abbreviations, as written before a ticker

    @property
    def words(self) -> tuple[str, ...]:
        return (*self.names, *self.demonyms)


COUNTRIES = (
    Country("japan", ("japan", "nippon"), ("japanese",), ("tokyo", "osaka", "kyoto", "kobe", "yokohama", "nagoya", "chuo-ku", "fukuoka", "sapporo"),
            ("TSE", "TYO", "JASDAQ", "Tokyo Stock Exchange")),
    Country("china", ("china", "prc", "people's republic of china", "mainland china"), ("chinese",),
            ("beijing", "shanghai", "shenzhen", "guangzhou", "hangzhou", "suzhou", "nanjing", "chongqing", "wuhan", "chengdu", "tianjin",
             "jiangsu", "zhejiang", "shandong", "guangdong", "xiamen", "taizhou", "lianyungang"),
            ("SSE", "SZSE", "STAR")),
    Country("hong kong", ("hong kong",), (), (), ("HKEX", "SEHK", "HKSE", "HK")),
    Country("taiwan", ("taiwan",), ("taiwanese",), ("taipei", "hsinchu", "taichung", "kaohsiung", "tainan"), ("TWSE", "TPEx", "TWO", "GTSM")),
    Country("korea", ("korea", "south korea", "republic of korea"), ("korean",), ("seoul", "incheon", "seongnam", "pangyo", "daejeon", "osong"),
            ("KRX", "KOSDAQ", "KOSPI")),
    Country("india", ("india",), ("indian",), ("mumbai", "hyderabad", "bangalore", "bengaluru", "ahmedabad", "pune", "new delhi", "chennai"),
            ("NSE", "BSE")),
    Country("israel", ("israel",), ("israeli",), ("tel aviv", "tel-aviv", "rehovot", "haifa", "jerusalem", "petach tikva", "petah tikva",
                                                "herzliya", "ness ziona"), ("TASE", "Tel-Aviv Stock Exchange", "Tel Aviv Stock Exchange")),
    Country("singapore", ("singapore",), ("singaporean",), (), ("SGX",)),
    Country("australia", ("australia",), ("australian",), ("sydney", "melbourne", "brisbane", "perth", "adelaide"), ("ASX",)),
    Country("new zealand", ("new zealand",), (), ("auckland", "wellington", "christchurch", "dunedin"), ("NZX",)),
    Country("canada", ("canada",), ("canadian",), ("toronto", "montreal", "vancouver", "ottawa", "calgary", "quebec", "mississauga",
                                                 "british columbia", "ontario", "alberta", "manitoba", "saskatchewan", "nova scotia"), ("TSX", "TSXV")),
    # (its states, as a bracket or a dateline writes them: "(Cambridge, Massachusetts)", "DUBLIN, Ohio")
    Country("united states", ("united states", "u.s.", "us", "usa"), ("american",), tuple(s.lower() for k, s in US_STATES.items() if k.isalpha()), ()),
    Country("united kingdom", ("united kingdom", "uk", "u.k.", "britain", "england", "scotland"), ("british", "english", "scottish"),
            ("london", "cambridge, uk", "oxford", "edinburgh", "glasgow", "manchester"), ("LSE", "AIM")),
    Country("germany", ("germany",), ("german",), ("berlin", "munich", "frankfurt", "hamburg", "heidelberg", "darmstadt", "mainz", "cologne"),
            ("FSE", "XETRA", "FWB")),
    Country("france", ("france",), ("french",), ("paris", "lyon", "marseille", "toulouse", "strasbourg"), ()),
    Country("switzerland", ("switzerland",), ("swiss",), ("basel", "zurich", "geneva", "lausanne", "bern", "zug"), ("SIX",)),
    Country("italy", ("italy",), ("italian",), ("milan", "rome", "turin", "florence"), ()),
    Country("spain", ("spain",), ("spanish",), ("madrid", "barcelona", "valencia"), ("MSE", "BME")),
    Country("netherlands", ("netherlands", "holland"), ("dutch",), ("amsterdam", "leiden", "utrecht", "rotterdam"), ()),
    Country("belgium", ("belgium",), ("belgian",), ("brussels", "ghent", "antwerp", "leuven"), ()),
    Country("sweden", ("sweden",), ("swedish",), ("stockholm", "gothenburg", "uppsala", "lund"), ()),
    Country("denmark", ("denmark",), ("danish",), ("copenhagen", "aarhus"), ()),
    Country("norway", ("norway",), ("norwegian",), ("oslo",), ()),
    Country("finland", ("finland",), ("finnish",), ("helsinki", "turku"), ()),
    Country("ireland", ("ireland",), ("irish",), ("dublin",), ()),
    Country("austria", ("austria",), ("austrian",), ("vienna",), ()),
    Country("hungary", ("hungary",), ("hungarian",), ("budapest",), ()),
    Country("poland", ("poland",), ("polish",), ("warsaw",), ()),
    Country("russia", ("russia",), ("russian",), ("moscow",), ()),
    Country("brazil", ("brazil",), ("brazilian",), ("são paulo", "sao paulo", "rio de janeiro"), ()),
    Country("mexico", ("mexico",), ("mexican",), ("mexico city",), ()),
    Country("argentina", ("argentina",), ("argentine", "argentinian"), ("buenos aires",), ()),
    Country("turkey", ("turkey",), ("turkish",), ("istanbul", "ankara"), ()),
    Country("saudi arabia", ("saudi arabia",), ("saudi",), ("riyadh", "jeddah"), ()),
    Country("united arab emirates", ("united arab emirates", "uae"), ("emirati",), ("dubai", "abu dhabi"), ()),
    Country("jordan", ("jordan",), ("jordanian",), ("amman",), ()),
    Country("egypt", ("egypt",), ("egyptian",), ("cairo",), ()),
    Country("south africa", ("south africa",), ("south african",), ("johannesburg", "cape town"), ()),
)
_EUROPE = frozenset({"united kingdom", "germany", "france", "switzerland", "italy", "spain", "netherlands", "belgium", "sweden", "denmark",
                     "norway", "finland", "ireland", "austria", "hungary", "poland"})
_EU = _EUROPE - {"united kingdom", "switzerland", "norway"}
_MENA = frozenset({"saudi arabia", "united arab emirates", "jordan", "egypt", "turkey", "israel"})
_LATIN_AMERICA = frozenset({"brazil", "mexico", "argentina"})
_ASIA = frozenset({"japan", "china", "hong kong", "taiwan", "korea", "india", "singapore"})
# Territories that are more than one country: the countries of them a home may be in.
REGIONS = {
    "greater china": frozenset({"china", "hong kong", "taiwan"}),
    "asia": _ASIA, "asia-pacific": _ASIA | {"australia"}, "asia pacific": _ASIA | {"australia"},
    "europe": _EUROPE, "european union": _EU, "eu": _EU, "european economic area": _EU | {"norway"},
    "middle east": _MENA, "mena": _MENA, "north africa": frozenset({"egypt"}),
    "latin america": _LATIN_AMERICA, "south america": frozenset({"brazil", "argentina"}),
    "north america": frozenset({"united states", "canada"}),
    "nordic": frozenset({"sweden", "denmark", "norway", "finland"}), "scandinavia": frozenset({"sweden", "denmark", "norway"}),
}


# The words of COUNTRIES that call a thing of a country, not the country: "a Japanese company", never "in Japanese".
DEMONYMS = frozenset(w for c in COUNTRIES for w in c.demonyms)


@lru_cache(maxsize=1)
def _by_word() -> dict[str, str]:
    """Every word of a place (names, demonyms, cities) to its country."""
    return {w: c.name for c in COUNTRIES for w in (*c.words, *c.cities)}


@lru_cache(maxsize=1)
def _place_word() -> re.Pattern:
    words = sorted(_by_word(), key=len, reverse=True)
    # ("Tokyo-based": a place's word before "-based" is one)
    return re.compile(r"(?<![\w.-])(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w|-(?!based\b))", re.I)


@lru_cache(maxsize=1)
def _exchange() -> re.Pattern:
    pairs = sorted(((e, c.name) for c in COUNTRIES for e in c.exchanges), key=lambda p: -len(p[0]))
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(e) for e, _ in pairs) + r")\s*:\s*\w")


def _exchange_country(abbreviation: str) -> str:
    return next(c.name for c in COUNTRIES if abbreviation in c.exchanges)


def a_place(name: str) -> bool:
    """The whole of ``name`` is a country's or a city's name ("New Zealand", "Basel")."""
    return _place_word().fullmatch(name.strip()) is not None


def places_in(text: str) -> set[str]:
    """The countries the words of ``text`` name (the names, demonyms and cities of COUNTRIES); "US" only in capitals."""
    found = set()
    for m in _place_word().finditer(text):
        if m.group(0).lower() == "us" and m.group(0) != "US":
            continue  # "us", the pronoun
        found.add(_by_word()[m.group(0).lower()])
    return found


# --- where a party is at home ---------------------------------------------------------------------------------------

_TOKEN = r"\[\[O:(?P<o>\d+)\]\]"
# "Y (PETACH TIKVA, Israel)", "Y (TWSE:1795)", "Y (Home office: Montreal, Canada; ...)": the bracket after the name.
_BRACKET_AFTER = re.compile(rf"{_TOKEN}\s*\((?P<said>[^()\[\]]{{2,120}})\)")
# "Tokyo-based Y", "Japanese pharmaceuticals producer Y", "US firm Y", "a Japanese ... company, Y", "Japan's Y".
_CALLED_BEFORE = re.compile(rf"(?P<said>\b[\w.'-]+(?:-based|['\u2019]s)|\b[\w.'-]+\s+(?:(?!(?:and|or|in|of|with|to|the|by|from)\s)[\w-]+\s+){{0,4}}?"
                            rf"(?:company|firm|drugmaker|producer|maker|group|developer|pharma|biotech),?)\s+{_TOKEN}")
# "MADRID, Nov. 11, 2021 /PRNewswire/ -- X": a release's dateline is its issuer's town.
_DATELINE = re.compile(rf"^\W*(?P<said>[A-Z][A-Za-z .'-]{{2,40}}(?:,\s+[A-Z][A-Za-z. ]{{1,20}})?),\s+(?:[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}|\d{{1,2}}\s+[A-Z][a-z]{{2,8}}),?\s+\d{{4}}"
                       rf"[^\[\]]{{0,60}}?(?:--|\u2013|\u2014|-)\s+{_TOKEN}")


def party_homes(sentences: Iterable[Tagged], parties: Iterable[Ref], registrant: Ref | None = None,
                registrant_home: frozenset[str] = frozenset()) -> dict[Ref, set[str]]:
    """The countries the document says each party is at home in (its name's country counts too; the filer's, its cover's
    country too: cover_home)."""
    homes = {p: _name_home(p, registrant) | (set(registrant_home) if p == registrant else set()) for p in parties}
    for tagged in sentences:
        t = tagged.template
        if "[[O:" not in t:
            continue
        for pattern in (_BRACKET_AFTER, _CALLED_BEFORE, _DATELINE):
            for m in pattern.finditer(t):
                party = tagged.ref(m.group("o"))
                if party in homes and not (pattern is _DATELINE and _SEVERAL_TOWNS.search(m.group("said"))):
                    homes[party] |= _home_said(m.group("said"), bracket=pattern is _BRACKET_AFTER)
    return homes


# "Waltham, MA 02451": a US address ends with a state's code and a ZIP code.
_US_ZIP = re.compile(r"\b(?P<state>[A-Z]{2})\.?,?\s+\d{5}(?:-\d{4})?\b")


# Where holding companies are registered, which says nothing of where one is at home ("British Virgin Islands" is no UK)
_OFFSHORE = re.compile(r"\b(?:British\s+Virgin\s+Islands|B\.?V\.?I\.?|(?<!U\.S\.\s)(?<!US\s)Virgin\s+Islands|Cayman\s+Islands|Bermuda|(?<!New\s)Jersey|Guernsey|Isle\s+of\s+Man|"
                       r"Marshall\s+Islands|British\s+Indian\s+Ocean\s+Territory)\b", re.I)


def cover_home(state: str | None, address: str | None) -> set[str]:
    """The one country a filer's cover places it in: its state of incorporation and its office's address. A Delaware
    company with its offices in Shanghai has no one home (a company incorporated where it is not at home is common)."""
    state, address = (_OFFSHORE.sub(" ", text or "") for text in (state, address))
    found = places_in(state) | places_in(address)
    found |= {"united states" for m in _US_ZIP.finditer(address or "") if m.group("state") in US_STATES}
    return found if len(found) == 1 else set()


# "SAN DIEGO and SHANGHAI, Jan. 5 -- X and Y": a dateline of two issuers says neither's home.
_SEVERAL_TOWNS = re.compile(r"\sand\s|&|/")
# Words of a name that are a person's or a town's as often as a country's ("Jordan Biosciences", "Holland Labs").
_NOT_A_NAMES_COUNTRY = {"jordan", "turkey", "holland", "english", "scottish", "polish", "american", "us", "u.s."}


def _name_home(party: Ref, registrant: Ref | None) -> set[str]:
    """"Taiwan Liposome Company", "Nippon Shinyaku": a country named in the party's name (not a town's name, which a
    company is as often named after elsewhere; not for the filer's own affiliates, whose country is a holding's seat:
    "Corvane Bio Ireland Limited")."""
    words = party.key.split()
    if registrant is not None and party != registrant and words[:1] == registrant.key.split()[:1]:
        return set()
    names = _country_words()
    return {names[w] for w in (*words, *(" ".join(p) for p in zip(words, words[1:], strict=False))) if w in names}


@lru_cache(maxsize=1)
def _country_words() -> dict[str, str]:
    """The names and demonyms of COUNTRIES (no towns) that a company's name may carry, to their country."""
    return {w: c.name for c in COUNTRIES for w in c.words if w not in _NOT_A_NAMES_COUNTRY}


def _home_said(said: str, bracket: bool) -> set[str]:
    """The one country a phrase about a company places it in; a bracket may name its stock exchange."""
    found = places_in(said)
    if bracket:
        found |= {_exchange_country(m.group(1)) for m in _exchange().finditer(said)}
    return found if len(found) == 1 else set()  # "TEL-AVIV, Israel and RALEIGH, N.C.": no one home


# --- where an agreement's rights are ----------------------------------------------------------------------------------

# ("market" as a verb or the rights' name only: "on the market in Japan", "the market leader in Japan" say where it sells)
_DEAL_WORDS = re.compile(r"commerciali[sz]|(?:to|and|,)\s+market\b|marketing\s+rights|sell|distribut|develop|rights?\b|licen[sc]|exclusiv|"
                         r"territor|deal|agreement", re.I)
# What happens in a place that is no one's rights there: "approved in the EU", "a trial in Japan", "sales in China grew"
# ("P, which is under development in Europe by X, in Japan": where the owner develops it)
_NOT_RIGHTS_BEFORE = re.compile(r"\b(?:approv\w*|authori[sz]\w*|trials?|stud(?:y|ies)|patients|sales|sold|launch\w*|filed|filings?|"
                                r"under\s+development|being\s+developed|developed|marketed|"
                                r"regulatory|registration|prevalen\w*|incidence|based|headquarter\w*|located|offices?|"
                                r"manufactur\w*|patents?|"
                                # what a contract says of money and law ("payable in U.S. dollars", "arbitration in Japan")
                                r"payable|paid|dollars?|currency|arbitrat\w*|courts?|laws?|jurisdiction|venue|governed|listed|traded)\b[^.;]{0,60}$"
                                # where a company is big or sells, said right before the place ("one of the largest pharmaceutical
                                # companies in Japan", "on the market in Japan")
                                r"|\b(?:on\s+the\s+market|leader|leading|largest|compan(?:y|ies)|firms?|available|presence|operations|"
                                r"subsidiar\w*|affiliates?|business(?:es)?)\b[^.;,\[\]]{0,25}$", re.I)
# "Halden retains rights in Japan", "with Halden retaining rights in Japan": rights kept there, licensed elsewhere.
_KEPT_BEFORE = re.compile(r"\b(?:retain\w*|keep\w*|kept|reserv\w*|maintain\w*)\b[^.;]{0,60}$", re.I)
# ("worldwide other than in Japan", "with the exception of Japan")
_OUTSIDE = re.compile(r"\b(?:outside(?:\s+of)?|ex-|excluding|except(?:\s+for)?|other\s+than|but\s+not|with\s+the\s+exception\s+of|save\s+for|apart\s+from)"
                      r"(?:\s+(?:in|for))?\s*(?:the\s+)?(?:mainland\s+)?$", re.I)
_INSIDE = re.compile(r"\b(?:in|for|throughout|within|across|covering)\s+(?:the\s+)?(?:territor(?:y|ies)\s+of\s+)?(?:certain\s+)?(?:greater\s+|mainland\s+)?$", re.I)


@dataclass(frozen=True)
class Territory:
    """Where a sentence says an agreement's rights are (``inside``) and where they are not (``outside``)."""

    inside: frozenset[str]
    outside: frozenset[str]


def territory(template: str) -> Territory:
    """The countries an agreement's rights are said to be in or outside of: "to commercialize P in Taiwan", "the U.S.
    rights to P", "rights outside Japan", "in certain Middle East and North African (MENA) markets"."""
    inside: set[str] = set()
    outside: set[str] = set()
    for m in _territory_word().finditer(template):
        before = template[max(0, m.start() - 40) : m.start()]
        countries = _countries_of(m.group(0))
        if _OUTSIDE.search(before) or (_KEPT_BEFORE.search(before) and _INSIDE.search(before)):
            outside |= countries
        elif (((_INSIDE.search(before) and m.group(0).lower() not in DEMONYMS) or _RIGHTS_AFTER.match(template, m.end())) and not _NOT_RIGHTS_BEFORE.search(template, max(0, m.start() - 80), m.start())
              and _DEAL_WORDS.search(template[max(0, m.start() - 200) : m.end() + 40])):
            inside |= countries
    return Territory(frozenset(inside), frozenset(outside))


# "the U.S. rights", "Japanese rights", "the MENA markets", "a Japanese co-development and commercialization deal".
# (not "the Japanese patent rights to P": whose patents they are)
_RIGHTS_AFTER = re.compile(r"(?:\s+\([A-Z]{2,5}\))?\s+(?:(?!(?:patent|intellectual|ip|trademark|property)\b)[\w-]+\s+(?:and\s+)?){0,3}?"
                           r"(?:rights?|markets?|territor(?:y|ies)|deal|license|licence)\b", re.I)


@lru_cache(maxsize=1)
def _territory_word() -> re.Pattern:
    words = sorted({*(w for c in COUNTRIES for w in c.words), *REGIONS, "north african"}, key=len, reverse=True)
    # (not money or a law: "US$200 million", "U.S. dollars", "U.S. GAAP", "U.S. federal income tax")
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])(?!\s*\$|\s+(?:dollars?|GAAP|federal|income|tax|Food))", re.I)


def _countries_of(word: str) -> frozenset[str]:
    w = word.lower()
    if w == "us" and word != "US":
        return frozenset()
    if w in REGIONS:
        return REGIONS[w]
    if w == "north african":
        return REGIONS["mena"]
    return frozenset({_by_word()[w]})


def licensee_by_territory(parties: tuple[Ref, Ref], where: Territory, homes: dict[Ref, set[str]]) -> Ref | None:
    """The party at home in the rights' territory (or, for rights outside a country, the other of the party at home
    there), when exactly one party is at home there and the other's home is known to be elsewhere: a party whose home
    the document does not tell may be at home there too. A party said to be at home in two countries is a
    multinational's affiliates or a dual listing: at home nowhere, for this."""
    known = {p: h for p, h in homes.items() if len(h) == 1}
    if any(p not in known for p in parties):
        return None
    for region, keeps in ((where.inside, False), (where.outside, True)):
        if region and not (where.inside and where.outside):
            home = [p for p in parties if known[p] <= region]
            if len(home) == 1:
                return (parties[1] if home[0] == parties[0] else parties[0]) if keeps else home[0]
    return None
