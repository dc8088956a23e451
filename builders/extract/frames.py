"""Licenses told over a paragraph rather than in one sentence.

Real releases and reports seldom say "A licensed P to B". They say that A and B
signed a license agreement, and elsewhere in the paragraph whose product P is,
or who pays whom:

    RedHill sued Kukbo over opaganib, the company's inhibitor. ... Kukbo failed to
    make agreed payments to RedHill pursuant to an exclusive license agreement
    inked on March 14, 2022.

A :class:`Frame` gathers what a paragraph says around one sentence that names
an agreement between exactly two parties: the assets it names, whose each one
is, and who pays. The owner of the assets (or, failing that, the party paid)
is the licensor. When nothing in the paragraph gives the direction, or the
cues disagree, no license is read: the sentence-level rules and the
collaboration they leave stand.

Claims read here are weak: any direction a sentence states outright wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import EventType, Fact, Kind, PartialDate, Ref
from .context import Tagged
from .dates import find_dates
from .licenses import RECEIVES, Claim, _holder
from .licenses.core import code_owner
from .places import licensee_by_territory, party_homes, territory
from .rules import GAP, LONG_GAP

# An agreement that grants rights, named in the sentence that anchors a frame.
_AGREEMENT = re.compile(
    r"\b(?:(?:exclusive|non-exclusive|global|worldwide)\s+)?(?:licen[sc](?:e|ing)|sublicen[sc]e|"
    r"(?:co-)?development\s+and\s+(?:co-)?commerciali[sz]ation|commerciali[sz]ation)"
    r"(?:\s+and\s+[\w-]+)?\s+(?:agreements?|deal|arrangements?)\b|"
    r"\b(?:collaboration|partnership|alliance|agreement)\s+(?:with\s+\[\[O:\d+\]\]\s+)?(?:to\s+(?:co-)?(?:develop|commerciali[sz]e)|"
    r"for\s+the\s+(?:co-)?(?:development|commerciali[sz]ation))"
    # ("X and Y announced today the grant of a development and marketing license on P": the license itself)
    r"|\b(?:grant|signing|conclusion)\s+of\s+an?\s+(?:[\w-]+\s+(?:and\s+)?){0,4}?licen[sc]e\s+(?:on|for|to)\b",
    re.I,
)
# A word every _AGREEMENT match holds, looked for in the lower-cased template first: the case-blind
# pattern costs more, and most sentences name no agreement.
_AGREEMENT_WORD = re.compile(r"agreement|deal|arrangement|collaboration|partnership|alliance|grant of|signing of|conclusion of")
# "X has the exclusive right to develop, manufacture and commercialize P": the holder of rights in P,
# whose licensor the paragraph names as the party paid ("Y is entitled to receive royalties").
_HOLDS_RIGHTS = re.compile(
    r"\[\[O:(?P<holder>\d+)\]\][^.;\[\]]{0,80}?\b(?:has|have|holds?|obtained|received)\s+(?:the\s+|an?\s+)?(?:exclusive\s+|sole\s+)"
    r"(?:[\w-]+\s+){0,2}?(?:rights?|licen[sc]e)\s+to\s+(?:[\w-]+,?\s+(?:and\s+)?){1,6}?\[\[[PT]:\d+\]\]"
)
# What a sentence may say about an agreement that is not (yet, or any longer) in force.
# (Lower case: "May" is also a month.)
_NOT_IN_FORCE = re.compile(
    # ("a licensing deal that could bring in as much as $12 billion", "Y could receive up to $900 million": what a signed
    # deal may pay is always hedged)
    # (money only: "Y would receive exclusive rights" of a deal not yet signed is hedged)
    r"\b(?:(?:may|might|could|would|should)(?!\s+(?:potentially\s+|eventually\s+|ultimately\s+|also\s+)?(?:bring|be\s+worth|total|reach|"
    r"exceed|earn|generate|amount|fetch|top|receive\s+(?:up\s+to|an?\s+(?:upfront|milestone)|(?:upfront|milestone|royalt)|[$€£]|US\$|USD|EUR))\b)|"
    r"(?:hopes?|aims?)\s+to\s+(?:sign|enter|conclude|finali[sz]e|complete|close|reach|strike|agree)|[Ii]f|[Ww]hether|proposed(?!\s+(?:(?:trade|brand)\s*names?|trademark))|seeks?|seeking|plans?\s+to|intends?\s+to|"
    # a potential deal, not the potential treatment or commercialization a signed deal is for
    r"[Pp]otential\s+(?:[\w-]+,?\s+){0,5}?(?:\w*licen[sc]\w*|deals?|agreements?|transactions?|partner\w*|collaborat\w*|acqui\w+)|talks|"
    r"expects?\s+to|anticipates?|will\s+enter|agreed\s+to\s+enter|[Uu]pon\s+(?:the\s+)?closing|discussions?|"
    # ("but not including ophthalmic indications", "including but not limited to": what a field leaves out, no denial)
    r"memorandum|non-binding|former(?:ly)?|not(?!\s+(?:including|limited\s+to|only))|[Nn]o|[Tt]erminat\w*|[Ee]xpir\w*|ended|revert\w*|"
    r"letter\s+of\s+intent|term\s+sheet|[Nn]egotiat\w*|"
    r"[Uu]ntil|were\s+part(?:y|ies)\s+to|had\s+been\s+part(?:y|ies)\s+to)\b"  # "Until December 2022, A and B were parties to"
)
# "... have signed a license agreement on P, ..., based on the previous binding letter of intent": a letter the signed agreement
# followed (only with the signing told in the same sentence), no sign of a deal not yet in force.
_LETTER_BEFORE_SIGNING = re.compile(r"\b(?P<signed>signed|executed)\b(?P<between>[^.;]{1,300}?),?\s+based\s+on\s+the\s+previous(?:ly\s+signed)?\s+"
                                    r"(?:binding\s+)?letter\s+of\s+intent")
# Agreements that move goods, services, companies or lawsuits rather than rights to a product, and
# trials run together where "each party retains all rights to its own compound".
_NOT_A_LICENSE = re.compile(
    r"\b(?:(?:supply|manufacturing|services?|distribution|purchase|sales)\s+(?:and\s+[\w-]+\s+)?agreements?|"
    r"services|acqui\w+(?!\s+(?:(?:an?|the|global|worldwide|exclusive|non-exclusive|sole),?\s+){0,4}(?:licen[sc]e|rights?)\b)|merger|settlement|generic|"
    r"contract\s+(?:sales|research|manufacturing)|clinical\s+(?:trial\s+)?(?:collaboration|supply)|combination\s+(?:trial|study)|"
    r"retains?\s+all\s+rights|diagnostics?|for\s+(?:access\s+to|the\s+use\s+of|use\s+of))\b",
    re.I,
)
# Regulators and governments approve products; they do not license them in a release's sense.
_REGULATOR = re.compile(r"\b(?:agency|administration|commission|ministry|authority|authorities|exchange)\b")
# A quotation's "we" is the speaker's company, not the filer.
_QUOTED = re.compile(r"^\W*[\"“]|[,.][\"”]\s+(?:said|commented|stated|added|noted)\b")
_HOME_WORDS = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s|[Tt]he\s+[Cc]ompany)\b")
# Only a frame with a few assets is read: a list of a dozen is a pipeline, not one agreement's subject.
MAX_ASSETS = 5
WINDOW_AFTER = 2  # sentences of the same paragraph read after the anchor
WINDOW_BEFORE = 1


@dataclass
class Frame:
    """One agreement between two parties and the paragraph sentences around its mention."""

    anchor: Tagged
    parties: tuple[Ref, Ref]
    window: list[Tagged]
    before: Tagged | None = None  # the sentence before the window, for "Its P" at the window's start
    # The anchor and the sentences after it that name no other organization: a collaboration note
    # tells the payments a paragraph or two after the parties ("BMS is also obligated to pay ...").
    told: list[Tagged] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.told = self.told or [self.anchor]


def frame_claims(sentences: list[Tagged], paragraph_of: list[int], facts: list[Fact], home: Ref | None,
                 known: list[Claim], home_country: frozenset[str] = frozenset()) -> list[Claim]:
    """Grants read from the paragraphs of one document, for pairs no sentence rule gave a direction; for a pair one did,
    only other assets, licensed the way the sentences said (two companies often sign more than one deal: "a
    collaboration for Enhertu" in one paragraph, "a new agreement for DS-1062, ... we agreed to pay Y" in another).
    ``home_country`` is the filer's country as its cover gives it (places.cover_home), for the territory cue."""
    directed: dict[frozenset, set[Ref]] = {}
    told_in: dict[frozenset, list] = {}  # the sentences that stated them
    for c in known:
        if c.ordered and c.asset is not None and not c.weak:
            directed.setdefault(frozenset((c.licensor, c.licensee)), set()).add(c.licensor)
            told_in.setdefault(frozenset((c.licensor, c.licensee)), []).append(c.evidence)
    stated = {(c.licensor, c.licensee, c.asset) for c in known if c.ordered}
    # a guessed direction ("a license agreement with X for P") yields only to a paragraph's payment or rights cue
    guessed = {frozenset((c.licensor, c.licensee)) for c in known if c.ordered and c.asset is not None and c.weak}
    out: list[Claim] = []
    frames = list(_frames(sentences, paragraph_of, home))
    homes = party_homes(sentences, {p for f in frames for p in f.parties}, home, home_country) if frames else {}
    for frame in frames:
        pair = frozenset(frame.parties)
        read = _read(frame, facts, home, homes)
        if pair in directed:
            # (another sentence than the stated deal's, naming the asset itself: "WHEREAS, Y desires a license under X's Patent
            # Rights to make pumps, and Y separately markets P" is one deal, not a second one for P)
            if frame.anchor.evidence in told_in[pair]:
                continue
            read = [c for c in read if c.cued and directed[pair] == {c.licensor} and (c.licensor, c.licensee, c.asset) not in stated
                    and c.asset in frame.anchor.refs]
        out.extend(c for c in read if c.cued or pair not in guessed)
    return out


def _frames(sentences: list[Tagged], paragraph_of: list[int], home: Ref | None):
    quoted = _inside_quotations(sentences, paragraph_of)
    for i, tagged in enumerate(sentences):
        t = tagged.template
        if not ((_AGREEMENT_WORD.search(t.lower()) and _AGREEMENT.search(t)) or _HOLDS_RIGHTS.search(t)):
            continue  # most sentences: the one test they need
        if quoted[i] or _QUOTED.search(t) or _NOT_IN_FORCE.search(_LETTER_BEFORE_SIGNING.sub(r"\g<signed>\g<between>", t)) or _NOT_A_LICENSE.search(t):
            continue
        parties = [p for p in dict.fromkeys(tagged.tokens(Kind.ORG)) if not _REGULATOR.search(p.key)]
        if home is not None and home not in parties and _HOME_WORDS.search(t):
            parties.append(home)
        near = [j for j in range(i - WINDOW_BEFORE, i + WINDOW_AFTER + 1)
                if 0 <= j < len(sentences) and paragraph_of[j] == paragraph_of[i]]
        if len(parties) == 1 and (m := _HOLDS_RIGHTS.search(t)) and not _AGREEMENT.search(t):
            paid = _paid([sentences[j] for j in near if j >= i], None)
            parties += [p for p in paid if p != tagged.ref(m.group("holder"))][:1]
        if len(parties) != 2:
            continue
        first = near[0] - 1
        before = sentences[first] if first >= 0 and paragraph_of[first] == paragraph_of[i] else None
        yield Frame(tagged, (parties[0], parties[1]), [sentences[j] for j in near], before, _told(sentences, i, parties))


def _inside_quotations(sentences: list[Tagged], paragraph_of: list[int]) -> list[bool]:
    """Whether each sentence is inside a quotation that an earlier sentence of its paragraph opened. (A quotation
    that runs on opens again in each paragraph; a stray mark, as long reports hold, would otherwise make the rest
    of the document a quotation.)"""
    inside, out = False, []
    for i, tagged in enumerate(sentences):
        if i and paragraph_of[i] != paragraph_of[i - 1]:
            inside = False
        out.append(inside)
        marks = len(re.findall(r"[\"“”]", tagged.sentence.text))
        inside = inside != (marks % 2 == 1)
    return out


TOLD_AFTER = 8  # sentences after the anchor read for payments


def _told(sentences: list[Tagged], i: int, parties: list[Ref]) -> list[Tagged]:
    """The anchor and what follows it up to the first sentence that names another organization."""
    out = [sentences[i]]
    for tagged in sentences[i + 1 : i + 1 + TOLD_AFTER]:
        if any(o not in parties for o in tagged.tokens(Kind.ORG)):
            break
        out.append(tagged)
    return out


def _read(frame: Frame, facts: list[Fact], home: Ref | None, homes: dict[Ref, set[str]]) -> list[Claim]:
    if any(_ENDED.search(t.template) for t in frame.told):
        return []  # an agreement ended in the sentences after it: the sentence rules read endings
    assets = _assets(frame.anchor) or _window_assets(frame.window, frame.anchor)
    # A platform the anchor names beside the product counts too: "a license covering X's platform for use
    # in optimizing P, the Company's drug" has two owners, and the frame then says nothing.
    assets += [a for a in frame.anchor.tokens(Kind.PLATFORM) if a not in assets]
    owners = {a: _owner(a, frame, facts, home) for a in assets}
    assets = [a for a in assets if owners[a] is None or owners[a] in frame.parties]
    if not assets or len(assets) > MAX_ASSETS:
        return []
    if frame.anchor.tokens(Kind.PRODUCT):
        assets = [a for a in assets if a.kind is Kind.PRODUCT or owners[a] is not None]
    # Each cue names the licensor: the assets' owner, the party paid, the other of the party given rights.
    receiver = _receiver(frame) or _seller(frame)
    payee = _payee(frame)
    votes = {owners[a] for a in assets} | {payee, _other(frame, receiver)} | _technology_owners(frame)
    votes.discard(None)
    if not votes and (worker := _worker(frame)) is not None:
        votes = {_other(frame, worker)}
    by_territory = False
    if not votes and not any(_SPLIT_TERRITORY.search(t.template) for t in frame.told):
        votes, by_territory = _last_resort_votes(frame, assets, homes)  # (not where the parties split markets)
    if len(votes) != 1:
        return []  # no cue, or cues that disagree: say nothing
    licensor = votes.pop()
    licensee = _other(frame, licensor)
    date = _agreement_date(frame.anchor.template)
    products = [a for a in assets if a.kind is Kind.PRODUCT]
    # who is paid, who obtains rights, or who is at home where they are outweighs the wording of "an agreement with X
    # for P"; whose P is does not ("we are developing P" and "a license agreement with X for a license to develop P" is
    # an in-license)
    cued = payee is not None or receiver is not None or by_territory
    return [Claim(licensor, licensee, a, EventType.GRANT, frame.anchor.evidence, date=date, weak=True, cued=cued) for a in products or assets]


_ENDED = re.compile(r"\b(?:terminat\w*|expired|reverted|returned|ended)\b", re.I)


def _last_resort_votes(frame: Frame, assets: list[Ref], homes: dict[Ref, set[str]]) -> tuple[set[Ref], bool]:
    """Where nothing in the paragraph says who licenses: whose code every asset carries ("CORV-708" of Corvane), and the
    other of the party at home where the rights are ("with Y (TWSE: 1795) to commercialize P in Taiwan"). Weak, each
    of them: two that disagree say nothing. Also whether the territory alone gave the licensor."""
    coded = {code_owner(a, frame.parties) for a in assets}
    votes = coded if len(coded) == 1 and None not in coded else set()  # not a coded drug beside a technology or another drug
    # (the anchor's territory only: a sentence after it may speak of another product's market)
    licensee = licensee_by_territory(frame.parties, territory(frame.anchor.template), homes)
    if licensee is None:
        return votes, False
    return votes | {_other(frame, licensee)}, not votes


# "a collaboration that covers X's portfolio (other than P)": P is what the agreement is not about.
_EXCEPT = re.compile(r"\b(?:other\s+than|except(?:\s+for)?|excluding|but\s+not)\s+(?:for\s+)?\[\[[PT]:(\d+)\]\]")


# "a license covering Halden's XenoMab platform": the anchor says whose technology is licensed, even
# when the platform's name was not recognized.
_OWNED_TECHNOLOGY = re.compile(r"\[\[O:(\d+)\]\]'s\s+(?:[\w-]+\s+){0,3}?(?:platform|technology|technologies|patents?|know-how)\b")


# "... entered into a license agreement around its proprietary lentiviral vector platform with Y": the
# technology of the company named before the pronoun.
_ITS_TECHNOLOGY = re.compile(r"\b(?:its|their)\s+(?:own\s+)?(?:proprietary\s+)?(?:[\w-]+\s+){0,3}?(?:platform|technology|technologies)\b")


def _technology_owners(frame: Frame) -> set[Ref]:
    t = frame.anchor.template
    owners = {frame.anchor.ref(i) for i in _OWNED_TECHNOLOGY.findall(t)}
    for m in _ITS_TECHNOLOGY.finditer(t):
        before = re.findall(r"\[\[O:(\d+)\]\]", t[: m.start()])
        if before:
            owners.add(frame.anchor.ref(before[-1]))
    return owners & set(frame.parties)


def _other(frame: Frame, party: Ref | None) -> Ref | None:
    if party is None:
        return None
    return frame.parties[1] if party == frame.parties[0] else frame.parties[0]


# "Y will obtain exclusive rights to develop and commercialize P", "Y gains a worldwide license": Y is
# the licensee.
_GETS_RIGHTS = re.compile(
    rf"\[\[O:(?P<le>\d+)\]\]{GAP}\b(?:will\s+)?(?:obtain|obtains|obtained|gain|gains|gained|receive|receives|received|"
    r"acquire|acquires|acquired)\s+(?:the\s+|an?\s+)?(?:(?:exclusive|non-exclusive|global|worldwide|sole|royalty-bearing|"
    r"sublicensable|commercial|development),?\s+(?:and\s+)?){1,4}(?:rights?|licen[sc]e)\b"
    r"|\[\[O:(?P<le_>\d+)\]\]\s+(?:obtain|obtains|obtained|receives|received|acquires|acquired|gains|gained)\s+(?:the\s+)?(?:rights?|licen[sc]e)\s+(?:to|for|in)\b"  # "Y acquired the rights to P"
)


# "X has signed a non-exclusive license agreement with the Y Pool (YP), Switzerland to manufacture and sell P": who signs to make
# it is licensed, whatever stands after the other's name (not who signs "to distribute" or "to market" it: a distributor may be
# the other).
_SIGNS_TO_SELL = re.compile(
    r"\[\[O:(?P<le>\d+)\]\]\s+(?:has\s+|have\s+)?(?:signed|entered\s+into|concluded)\s+(?:an?\s+)?(?:[\w-]+,?\s+){0,4}?licen[sc](?:e|ing)\s+agreement"
    r"\s+with\s+(?:the\s+)?\[\[O:\d+\]\](?:\s*\([^()]{0,40}\))?(?:,\s+[A-Z][\w ]{0,30}?)?,?\s+to\s+(?:manufacture|make|produce)\b"
)


# "Under the latest license agreement, Y will develop P ... and sell it in China": who develops or commercializes the product
# under the agreement holds the license. Weaker than the other cues (a licensor may keep developing it, or its home
# market: "Under the agreement, X will commercialize P in the US and Y in Japan"), it is read only where none speaks.
_WORKS_UNDER = re.compile(
    r"\b[Uu]nder\s+(?:the\s+)?(?:terms\s+of\s+(?:the\s+)?)?(?:[\w-]+\s+){0,3}?(?:agreement|licen[sc]e|deal),\s+\[\[O:(?P<le>\d+)\]\]\s+"
    r"(?:will|shall|is\s+to)\s+(?:be\s+(?:solely\s+)?responsible\s+for\s+(?:the\s+)?)?(?:further\s+|exclusively\s+)?"
    r"(?:develop|commerciali[sz]e|development|commerciali[sz]ation)\b"
)
_SPLIT_TERRITORY = re.compile(r"\b(?:and|while|whereas)\s+\[\[O:\d+\]\]\s+(?:will\s+\w+\s+)?(?:[\w-]+\s+)?(?:in|for|outside)\s+(?:the\s+)?[A-Z]")


# "..., with Y responsible for regulatory submissions and for commercialization upon approval": the one who sells the
# product holds its license (not "for commercialization in China": a market of its own in a split deal).
_RESPONSIBLE_TO_SELL = re.compile(
    r"(?:\bwith\s+\[\[O:(?P<le>\d+)\]\]\s+(?:being\s+)?|\[\[O:(?P<le_>\d+)\]\]\s+(?:will\s+be|is|shall\s+be)\s+(?:solely\s+)?)responsible\s+for\s+"
    r"[^.;\[\]]{0,100}?\bcommerciali[sz]ation\b(?!\s+(?:in|within|of\s+\[\[[PT]:\d+\]\]\s+in)\s+(?:the\s+)?[A-Z])"
)


def _seller(frame: Frame) -> Ref | None:
    """The one party the paragraph says is responsible for selling the product (not where the parties split markets)."""
    if any(_SPLIT_TERRITORY.search(t.template) for t in frame.told):
        return None
    found = {t.ref(m.group("le") or m.group("le_")) for t in frame.told for m in _RESPONSIBLE_TO_SELL.finditer(t.template)}
    found &= set(frame.parties)
    return found.pop() if len(found) == 1 else None


def _worker(frame: Frame) -> Ref | None:
    """The one party the paragraph says will develop or commercialize the product under the agreement."""
    found = {t.ref(m.group("le")) for t in frame.told if not _SPLIT_TERRITORY.search(t.template) for m in _WORKS_UNDER.finditer(t.template)}
    found &= set(frame.parties)
    return found.pop() if len(found) == 1 else None


# (rights or a license, not an option to license them: "X granted Y an exclusive option to license P"; rights to make, sell or
# use a product, where or under what, not "the right to co-promote it", "to nominate a director", "of first negotiation")
_RIGHTS = (r"(?:an?\s+|the\s+)?(?:(?:exclusive|non-exclusive|co-exclusive|global|worldwide|sole|royalty-bearing|royalty-free|sublicensable|"
           r"perpetual|irrevocable|commercial|development|all),?\s+(?:and\s+)?){0,4}(?:rights?|licen[sc]e)\b"
           r"(?=\s+(?:to\s+(?:develop|commerciali[sz]e|manufacture|make|market|sell|use|research|the\s+|\[\[[PT]:\d+\]\])|in\s|outside\s|under\s|for\s))")
# "Under the terms of the agreement, X has granted Y global, exclusive rights to develop ... an investigational ADC", "X agreed
# to transfer exclusive rights outside China to P, as well as 11 preclinical candidates, to Y": the one granted the rights, by
# the other party (not by a founder or a former parent: "its founder, who previously granted Y exclusive rights")
_GRANTS_RIGHTS = re.compile(
    r"\[\[O:(?P<lr>\d+)\]\]\s+(?:has\s+|have\s+|will\s+|agreed\s+to\s+|also\s+)*(?:grant(?:s|ed)?|transfer(?:s|red)?)\s+"
    rf"(?:(?:to\s+)?\[\[O:(?P<le>\d+)\]\]\s+{_RIGHTS}|{_RIGHTS}(?:[^.;\[\]]|\[\[[PT]:\d+\]\]){{0,200}}?\bto\s+\[\[O:(?P<le_>\d+)\]\])"
    # ("X entered into an Amendment ... with Y to grant Y exclusive worldwide rights to develop P": the agreement's purpose)
    rf"|\[\[O:(?P<lr2>\d+)\]\][^.;\[\]]{{0,80}}?\b(?:entered\s+into|signed|executed)\b[^.;]{{0,200}}?\bto\s+grant\s+(?:to\s+)?\[\[O:(?P<le2>\d+)\]\]\s+{_RIGHTS}"
)
# ... not rights that go back ("transfer all rights to P back to X in the event it discontinues development"), nor a grant
# told as history ("when Halvex transferred all rights to its programs to X" in 2018)
_GIVEN_BACK = re.compile(r"\bback\s+to\b|\brevert|\bin\s+the\s+event\b|\bin\s+case\b|\bupon\s+(?:any\s+)?(?:discontinu|abandon|breach|terminat)"
                         r"|\bimprovements?\b|\bgrant-?backs?\b|\bcross-licen"  # a licensee's grant-back of improvements
                         r"|\bpreviously\b|\bformerly\b|\bspun\s+(?:out|off)\b|\bwhen\b", re.I)


def _granted(frame: Frame) -> set[Ref]:
    """The parties the paragraph says the other party granted rights to."""
    found = set()
    for t in frame.told:
        for m in _GRANTS_RIGHTS.finditer(t.template) if not _GIVEN_BACK.search(t.template) else ():
            grantor, grantee = t.ref(m.group("lr") or m.group("lr2")), t.ref(m.group("le") or m.group("le_") or m.group("le2"))
            if grantor != grantee and {grantor, grantee} == set(frame.parties):
                found.add(grantee)
    return found


def _receiver(frame: Frame) -> Ref | None:
    """The one party the paragraph says obtains rights."""
    found = {_gainer(frame, t, m) for t in frame.told for p in (_GETS_RIGHTS, _SIGNS_TO_SELL) for m in p.finditer(t.template)}
    found = (found | _granted(frame)) & set(frame.parties)
    return found.pop() if len(found) == 1 else None


# "X entered into a license agreement with Y to gain an exclusive license to P": the one who signed with Y gains it.
_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$")
_TO_GAIN = re.compile(r"\[\[O:\d+\]\](?:\s*\([^()]*\))?,?\s+to\s+(?:gain|obtain|acquire|receive)\b")


def _gainer(frame: Frame, tagged: Tagged, m: re.Match) -> Ref | None:
    party = tagged.ref(m.group("le") or m.groupdict().get("le_"))
    if _TO_GAIN.match(m.group(0)) and _WITH_BEFORE.search(tagged.template, 0, m.start()):
        return _other(frame, party) if party in frame.parties else None
    return party


def _assets(tagged: Tagged) -> list[Ref]:
    """The products a sentence names, or its platforms when it names no product (a product built on a
    platform is what an agreement for the product licenses)."""
    excluded = {tagged.ref(i) for i in _EXCEPT.findall(tagged.template)}
    found = [a for a in tagged.tokens(Kind.PRODUCT) or tagged.tokens(Kind.PLATFORM) if a not in excluded]
    return list(dict.fromkeys(found))


def _window_assets(window: list[Tagged], anchor: Tagged) -> list[Ref]:
    excluded = {anchor.ref(i) for i in _EXCEPT.findall(anchor.template)}
    # "Separately, we continue to develop P": a sentence that says it is about something else.
    window = [t for t in window if not re.match(r"\W*(?:Separately|Independently|Unrelated)\b", t.template)]
    products = [a for t in window for a in t.tokens(Kind.PRODUCT)]
    found = products or [a for t in window for a in t.tokens(Kind.PLATFORM)]
    return list(dict.fromkeys(a for a in found if a not in excluded))


def _owner(a: Ref, frame: Frame, facts: list[Fact], home: Ref | None) -> Ref | None:
    """Whose asset ``a`` is, as the paragraph says it ("X's P", "P, the company's drug") or the facts know."""
    for tagged in frame.window:
        # "X, which owns certain patents in relation to P, is entitled to royalties": whoever develops P, the patents'
        # owner licenses it
        if a in tagged.refs and (m := _OWNS_PATENTS_ON.search(tagged.template)) and tagged.ref(m.group(2)) == a:
            return tagged.ref(m.group(1))
    for k, tagged in enumerate(frame.window):
        if a not in tagged.refs:
            continue
        token = rf"\[\[[PT]:{tagged.refs.index(a)}\]\]"
        t = tagged.template
        # "X's lead product candidate, P", not "X's sales of P" or "X's generic version of P".
        # (and "X's experimental testosterone solution (proposed tradename P)")
        if m := re.search(rf"\[\[O:(\d+)\]\]'s\s+(?:(?!of\b|version\b|sales\b|rights?\b)[\w-]+,?\s+){{0,5}}?{_NAMED_AS}{token}", t):
            return tagged.ref(m.group(1))
        if m := re.search(rf"{token}(?:\s*\([^()]*\))?,\s+\[\[O:(\d+)\]\]'s\b", t):
            return tagged.ref(m.group(1))
        if re.search(rf"(?:\b(?:the\s+[Cc]ompany's|our)\s+(?:[\w-]+,?\s+){{0,4}}?{token}|{token}(?:\s*\([^()]*\))?,\s+(?:the\s+[Cc]ompany's|our)\b)", t):
            subject = re.match(r"\s*(?:[A-Z][\w-]*\s+){0,3}?\[\[O:(\d+)\]\]", t)
            return tagged.ref(subject.group(1)) if subject else home
        if m := re.search(rf"\b[Ii]ts\s+(?:[\w-]+,?\s+|\([^()]{{1,20}}\)\s+){{0,6}}?{token}", t):
            previous = frame.window[k - 1] if k else frame.before
            return _its(t[: m.start()], tagged) if TOKEN_ORG.search(t[: m.start()]) else (previous and _its(previous.template, previous))
    return _holder(a, facts)


TOKEN_ORG = re.compile(r"\[\[O:(\d+)\]\]")
_OWNS_PATENTS_ON = re.compile(r"\[\[O:(\d+)\]\],?\s+(?:which|who)\s+(?:owns?|holds?|controls?)\s+(?:certain\s+|the\s+)?(?:patents?|patent\s+rights|"
                              r"intellectual\s+property(?:\s+rights)?)\b[^.;\[\]]{0,40}?\[\[[PT]:(\d+)\]\]")
# What may stand between a described product and its name: "(proposed tradename P)", "(brand name P)".
_NAMED_AS = r"(?:\((?:proposed\s+|intended\s+)?(?:trade\s*name|brand\s*name|trademark)\s+)?"


def _its(text: str, tagged: Tagged) -> Ref | None:
    """The organization "its" points back to: the one named before it, when only one is, or the subject of "X signed an
    agreement with Y to introduce its P" (the other is named after "with")."""
    found = {tagged.ref(i) for i in TOKEN_ORG.findall(text)}
    if len(found) == 1:
        return found.pop()
    subject = _SUBJECT_WITH.search(text)
    return tagged.ref(subject.group(1)) if subject and found == {tagged.ref(i) for i in subject.group(1, 2)} else None


_SUBJECT_WITH = re.compile(r"\[\[O:(\d+)\]\](?:\s+(?:said|says|announced)\s+\[\[O:\d+\]\])?[^\[\]]{0,120}?\bwith\s+"
                           r"(?:the\s+)?\[\[O:(\d+)\]\][^\[\]]{0,60}?\bto\s+\w+\s+$")


# "Kukbo's failure to make agreed payments to RedHill", "X will pay Y an upfront payment",
# "Y is eligible to receive milestones": the party paid for rights is the one that granted them.
_PAYS_TO = re.compile(rf"\[\[O:(?P<payer>\d+)\]\](?:'s)?{GAP}\b(?:pay|pays|paid|payments?)\b[^.;\[\]]{{0,60}}?\bto\s+\[\[O:(?P<payee>\d+)\]\]")
_PAYS = re.compile(rf"\[\[O:(?P<payer>\d+)\]\]{GAP}\b(?:will|shall|agreed\s+to|is\s+required\s+to)\s+pay\s+\[\[O:(?P<payee>\d+)\]\]")
# What is paid for rights, as opposed to a fee for services or goods ("a fixed fee per batch").
_FOR_RIGHTS = re.compile(r"\b(?:upfront|up-front|milestones?|royalt(?:y|ies)|licen[sc]e\s+(?:fees?|agreement)|option\s+fees?)\b", re.I)
_FOR_SERVICES = re.compile(r"\b(?:services?|per\s+batch|batch(?:es)?|supply|manufactur\w*|fill-finish|service\s+fees?)\b", re.I)


# "BMS is also obligated to pay up to $2.5 billion", "X will pay a royalty": the payer named alone.
_PAYER = re.compile(rf"\[\[O:(?P<payer>\d+)\]\]{LONG_GAP}\b(?:is\s+(?:also\s+)?(?:obligated|required)\s+to\s+pay|(?:will|shall|agreed\s+to)\s+(?:also\s+)?pay|made\s+(?:an?\s+)?(?:[\w-]+\s+){{0,2}}payments?)\b(?!\s+\[\[O:)")


def _payee(frame: Frame) -> Ref | None:
    """The one party the paragraph says is paid by the other, if it says so of one only."""
    paid = set(_paid(frame.told, frame.parties))
    return paid.pop() if len(paid) == 1 else None


def _paid(sentences: list[Tagged], parties: tuple[Ref, Ref] | None) -> list[Ref]:
    """Who these sentences say is paid, in order; with ``parties``, only payments between them."""
    paid: list[Ref] = []
    for tagged in sentences:
        t = tagged.template
        if not _FOR_RIGHTS.search(t) or _FOR_SERVICES.search(t):
            continue
        for m in (*_PAYS_TO.finditer(t), *_PAYS.finditer(t)):
            payer, payee = tagged.ref(m.group("payer")), tagged.ref(m.group("payee"))
            if parties is None or {payer, payee} == set(parties):
                paid.append(payee)
        paid.extend(tagged.ref(m.group("x")) for m in RECEIVES.finditer(t)
                    if parties is None or tagged.ref(m.group("x")) in parties)
        if parties is not None:
            paid.extend(p for m in _PAYER.finditer(t) if tagged.ref(m.group("payer")) in parties
                        for p in parties if p != tagged.ref(m.group("payer")))
    return list(dict.fromkeys(paid))


def _agreement_date(template: str) -> PartialDate | None:
    """The date told with the agreement ("a license agreement inked on March 14, 2022", "In March 2019,
    X entered into an alliance"), not another one of the sentence."""
    text = re.sub(r"\[\[\w:\d+\]\]", " ", template)
    m = _AGREEMENT.search(text)
    if m is None:
        return None
    # "inked on March 14, 2022", "dated as of June 1": not "which was amended on June 5, 2022".
    after = [(s, d) for s, _, d in find_dates(text[m.end() : m.end() + 60])]
    if after and not re.search(r"amend|restat|renew|terminat|extend|discover|approv", text[m.end() : m.end() + after[0][0]], re.I):
        return after[0][1]
    before = [d for _, _, d in find_dates(text[: m.start()])]
    return before[-1] if before else None
