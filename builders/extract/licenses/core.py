"""What every license rule shares: the claim a rule yields, the document's state, the vocabulary.

A rule reads a tagged sentence template, in which ``[[O:0]]`` stands for an organization, ``[[P:1]]``
for a product and ``[[T:2]]`` for a platform, and yields :class:`Claim` objects. For
"[[O:0]] granted [[O:1]] an exclusive license to [[P:2]]" a rule matches the licensor and licensee
with ``org('lr')`` and ``org('le')`` and passes the rest to :func:`_claims_for`, which claims a grant of
the first asset there (``[[P:2]]``) unless the words deny it. :class:`DocumentState` holds what earlier
sentences said ("these rights", "the agreement", the partner just named).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ...model import EventType, Evidence, Fact, Kind, PartialDate, Ref
from ..context import Tagged
from ..dates import find_dates
from ..rules import ABBREVIATION, NEGATION, group_ref, org, refs_in


@dataclass
class Claim:
    licensor: Ref | None
    licensee: Ref | None
    asset: Ref | None
    event: EventType
    evidence: Evidence
    date: PartialDate | None = None
    ordered: bool = True  # False: the two parties are known, the direction is not
    expired: bool = False  # the agreement ran out rather than being ended
    weak: bool = False  # direction guessed ("a license agreement with X for P"): yields to any stated one
    timeless: bool = False  # a state ("X holds the rights to P from Y"), not an event: the sentence's dates are not its own
    cued: bool = False  # a paragraph's direction read from a cue (who owns P, who is paid), not guessed from wording alone
    scopes: set[str] = field(default_factory=set)
    territory: str | None = None
    exclusive: bool | None = None
    upfront: str | None = None
    milestones: str | None = None
    royalties: str | None = None
    # An agreement's defined term for what the grant licenses, when it names no product: "an exclusive license
    # under the Licensed Patents to sell Licensed Products" -> "Licensed Products". The asset only when nothing
    # resolves to a named product (the term's definition, the recitals).
    term: str | None = None
    termed: bool = False  # the asset is such a term: it yields to a named asset of the same two parties
    forget: Callable[[], None] | None = field(default=None, compare=False, repr=False)  # drops the term's mention when it yields


@dataclass
class DocumentState:
    """What earlier sentences of the same document said, for "these rights" and "the latter"."""

    last_asset: Ref | None = None
    last_scopes: set[str] = field(default_factory=set)
    document_date: PartialDate | None = None
    # Defined terms of agreements and the assets they stand for: '"Product" means ... MGAH22 ...'.
    term_assets: dict[str, tuple[Ref, ...]] = field(default_factory=dict)
    # An agreement's own date ("effective as of June 1, 2010"): when its "hereby grants" take effect.
    agreement_date: PartialDate | None = None
    # ... and the title its opening gives it ("This Supply Agreement"): what kind of agreement its grants serve.
    agreement_title: str | None = None
    # "In April 2022, we entered into an agreement with X": the date of X's agreement, for the
    # sentences after it that describe the grant without repeating the date.
    partner_dates: dict[Ref, PartialDate] = field(default_factory=dict)
    # Inside a table of licensing partners ("Partner | Program | ..."), under a heading about licensing.
    in_partner_table: bool = False
    inbound_table: bool = False  # its rows name the filer's licensors ("| Trade mark | Licensor |"), not licensees
    program_column: int | None = None  # the cell of a partner table's rows that names the program ("Partner | Program | ...")
    table_row_end: int = -1  # where the table's last row ended: a blank line after it ends the table
    recent: list[str] = field(default_factory=list)  # the last few sentences' templates
    recent_orgs: list[tuple[Ref, ...]] = field(default_factory=list)  # ... and the organizations each names
    recent_assets: list[tuple[Ref, ...]] = field(default_factory=list)  # ... and the products and platforms
    # "In May 2020, we entered into a collaboration with X. Under the terms of the agreement, ...":
    # the party "the agreement" of a later sentence is with.
    last_partner: Ref | None = None
    # the products or platforms that agreement is for, when the sentence names them ("including TAK-041,
    # TAK-653 and TAK-831"; of more than 5, a pipeline, the first), each with the company the sentence
    # says it is of ("HP-900 with ravolizumab, Marrow's anti-PD-1 therapy"), if any
    partner_assets: tuple[tuple[Ref, Ref | None], ...] = ()
    partner_licensing: bool = False  # that agreement grants rights (a license, a collaboration), not a sale
    since_partner: int = 99  # sentences read since last_partner was named: only a near one is "the agreement"
    # "License Agreement, dated August 7, 2020, by and between the Registrant and X" (exhibit indexes,
    # recitals): the parties and the exact date, shared by all documents of a filing.
    dated_agreements: list[tuple[frozenset[Ref], PartialDate]] = field(default_factory=list)
    # "Zorbix Therapeutics, Inc. (Nasdaq: ZRBX) today announced": who speaks in a press release, the
    # other party of "the agreement" when the text gives no cover page.
    announcer: Ref | None = None
    last_grant: tuple[Ref, Ref] | None = None  # licensor and licensee of the last grant told, for "the License Agreement"
    # "WHEREAS, X is currently developing P1 and P2": the products an agreement's recitals say a party
    # brings, which its grant clause later licenses as "the Licensed Patents ... to develop Products".
    recital_assets: dict[Ref, tuple[Ref, ...]] = field(default_factory=dict)
    last_recital_products: tuple[Ref, ...] = ()  # the products the last recital named, for "these compounds"
    recital_sentences: int = 0  # inside a recitals section without "WHEREAS": how many more sentences may be recitals
    # "License Agreement with X for P" (a note's heading): the asset of X's agreement, for "the rights
    # granted by X to us reverted to X" further on
    agreement_assets: dict[Ref, Ref] = field(default_factory=dict)
    # "This Agreement ... by and between A ... and B ...": the two parties "each Party" and "the other Party" are
    agreement_parties: tuple[Ref, Ref] | None = None
    # "WHEREAS, University is the owner of the Licensed Patents": the defined term a party's recitals say it
    # brings, or the other party wishes a license to, for a grant of "a license thereunder" that names none
    recital_terms: dict[Ref, str] = field(default_factory=dict)
    wanted_terms: dict[Ref, str] = field(default_factory=dict)
    # "THIS EXCLUSIVE P LICENSE AGREEMENT ... by and between A and B": the one product a license agreement's title
    # names, licensed by whichever party its roles or recitals make the licensor (once)
    title_asset: Ref | None = None
    title_licensor: Ref | None = None
    title_evidence: Evidence | None = None  # the opening that names it
    title_license_told: bool = False
    # "LICENCE OF TECHNOLOGY ... BETWEEN A and B": a license agreement whose title names no product (its rights are
    # called by a defined term, "the Licensed Technology"); its opening
    generic_title: Evidence | None = None


# --------------------------------------------------------------------------- a rule's gate


def needs(words: str) -> Callable[[Callable], Callable]:
    """Mark a rule with its gate: a pattern of the words without which none of its patterns can match
    ("terminat|cancel|expired"). :func:`read_claims` searches it in the lower-cased template (once, not
    with re.I, which costs more) and skips the rule on a sentence without one of them: most sentences.

    A gate must be exact: every path through the rule's patterns needs one of its words, so a sentence
    the gate turns away is one the rule could have made nothing of. Derive it from the patterns (a
    case-blind word of theirs lower-cased, a group's alternatives each); a rule with a path that needs no
    particular word gets no gate. Change the gate with the rule: tests/test_extract_gates.py checks it
    against the open corpus' sentences the rule reads claims from."""
    gate = re.compile(words)

    def mark(rule: Callable) -> Callable:
        rule.gate = gate
        return rule

    return mark


LICENSED = r"(?:licen[sc]ed|sublicensed|out-licensed|in-licensed)"
# A country's possessive before a party: "out-licensed P to Japan's Y", "regained the rights from Japan's Y".
COUNTRYS = r"(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?['\u2019]s\s+)"
# A stretch of one clause; agreements' section numbers ("Section 10.2") do not end it.
CLAUSE = r"(?:[^.;]|\.(?=\d))"
# A grant clause of an agreement runs over semicolons ("(i) ...; and (ii) ...") to the sentence end.
GRANT_CLAUSE = r"(?:[^.]|\.(?=\d))"
ASSET_COREF = re.compile(r"\b(?:these|such|those|the|all|its|our|their)\s+(?:product\s+|development\s+and\s+commercialization\s+|commercialization\s+|development\s+)?(?:rights|license|licence)\b")


# --------------------------------------------------------------------------- the assets and parties a sentence names


def _asset_from(tagged: Tagged, *texts: str, state: DocumentState, allow_coref: bool = True) -> Ref | None:
    for text in texts:
        found = _asset_refs(tagged, text)
        if found:
            # The first asset in reading order.
            return min(found, key=lambda r: text.find(_token_of(tagged, r)))
    if defined := _term_assets(texts, state):
        return defined[0]
    if allow_coref and any(ASSET_COREF.search(t) for t in texts):
        return state.last_asset
    if allow_coref and any(THE_DRUG.search(t) for t in texts):
        return _the_one_product(tagged, state)
    return None


# "X, the US firm which granted Y rights to the drug in Japan", "it licensed the drug to Y", "X had licensed rights to
# the compounds to Y": the one product the sentence and the nearest of the two before it that names any name.
THE_DRUG = re.compile(r"(?:\b(?:rights?|licen[sc]e)\s+(?:to|for|of)\s+|^\s*)(?:the|this|that|such|these|those)\s+"
                      r"(?:drugs?|compounds?|molecules?|product\s+candidates?|drug\s+candidates?|candidates?|therapy|therapies)\b"
                      # "X had taken licence from Y for the same": the drug just named
                      r"|\bfor\s+the\s+same(?=\s*[,.;]|$)")


def _the_one_product(tagged: Tagged, state: DocumentState) -> Ref | None:
    products = set(tagged.tokens(Kind.PRODUCT))
    for sentence in reversed(state.recent_assets[-2:]):
        if before := {r for r in sentence if r.kind is Kind.PRODUCT}:
            products |= before  # (one in the sentence and another before it: which one the words mean is not said)
            break
    return products.pop() if len(products) == 1 else None


def _asset_refs(tagged: Tagged, text: str) -> list[Ref]:
    """The products, then the platforms, whose tokens stand in ``text``."""
    return refs_in(tagged, text, Kind.PRODUCT) + refs_in(tagged, text, Kind.PLATFORM)


_ASSET_TOKEN = re.compile(r"\[\[[PT]:(\d+)\]\]")
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|/|&)\s*")


_COLLECTIVELY = re.compile(r"\((?:collectively|together),?\s+(?:the\s+)?[\"\u201c][^\"\u201d]{0,40}?(?:Products?|Compounds?|Assets?|Candidates?)[\"\u201d]\)")


# ... but not a list that leaves one out ("ZX-12, ZX-14, but excluding ZX-20, which ..."), nor a product named beside one
# ("for use in combination with PLW-006, the Company's lead product", "a successor to Y's marketed drug Zentrabine")
_LEFT_OUT = re.compile(r"\b(?:excluding|except|other\s+than|but\s+not|excluded)\b")
# ... each item reached from the one before by a list's comma or "and", or by a name it is "now known as"
_NEXT_ITEM = re.compile(r",?\s+(?:and\s+|or\s+)?|.*\bknown\s+(?:collectively\s+)?as\s+")


def _asset_list(tagged: Tagged, text: str) -> list[Ref]:
    """The first asset in ``text`` and those listed with it: 'Complera/Eviplera and Odefsey'."""
    m = _ASSET_TOKEN.search(text)
    if not m:
        return []
    refs = [tagged.ref(m.group(1))]
    # 'patents related to P1, which is now known as P2, acetaminophen (as ...), which is now known as P3, ... and P4
    # (collectively, the "Licensed Products")': each asset the term gathers, as far in the sentence as it stands
    t, at = tagged.template, tagged.template.find(m.group(0))
    if at >= 0 and (collective := _COLLECTIVELY.search(t, at)) and not _LEFT_OUT.search(t, at, collective.start()):
        listed, end = list(refs), at + len(m.group(0))
        for n in _ASSET_TOKEN.finditer(t, end, collective.start()):
            if not _NEXT_ITEM.fullmatch(t, end, n.start()):
                break  # "... for use in combination with PLW-006, the Company's lead product": named beside, no item
            listed.append(tagged.ref(n.group(1)))
            end = n.end()
        return list(dict.fromkeys(listed))
    pos = m.end()
    while True:
        join = _LIST_JOIN.match(text, pos)
        nxt = _ASSET_TOKEN.match(text, join.end()) if join else None
        if not nxt:
            return list(dict.fromkeys(refs))
        refs.append(tagged.ref(nxt.group(1)))
        pos = nxt.end()


def _term_assets(texts, state: DocumentState) -> tuple[Ref, ...]:
    """The assets of the first defined term the texts use ('Products' -> ZB-4592, ZB-2216)."""
    if state.term_assets:
        for text in texts:
            for run in re.findall(r"\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*", text):
                if refs := _defined_asset(run.split(), state.term_assets):
                    return refs
    return ()


def _defined_asset(words: list[str], terms: dict[str, tuple[Ref, ...]]) -> tuple[Ref, ...] | None:
    """The defined term inside a run of capitalized words ('Manufacture Products' -> 'Product')."""
    for size in range(min(4, len(words)), 0, -1):
        for start in range(len(words) - size + 1):
            term = " ".join(words[start : start + size]).lower()
            ref = terms.get(term) or terms.get(term.rstrip("s"))
            if ref is not None:
                return ref
    return None


def _token_of(tagged: Tagged, ref: Ref) -> str:
    letter = {Kind.PRODUCT: "P", Kind.PLATFORM: "T", Kind.ORG: "O", Kind.PERSON: "N"}[ref.kind]
    return f"[[{letter}:{tagged.refs.index(ref)}]]"


def _holder(a: Ref, facts: list[Fact]) -> Ref | None:
    for f in facts:
        if f.subject == a and f.prop in ("developer", "owner") and isinstance(f.value, Ref):
            return f.value
    return None


def _only_asset(tagged: Tagged, facts: list[Fact], not_of: Ref) -> Ref | None:
    """The one product or platform a sentence names, unless it is ``not_of``'s own ("..., Merck's anti-PD-1 therapy")."""
    found = list(dict.fromkeys(_asset_refs(tagged, tagged.template)))
    if len(found) != 1 or _holder(found[0], facts) == not_of:
        return None
    return None if _owner_in(tagged, found[0]) == not_of else found[0]


def _owner_in(tagged: Tagged, asset: Ref) -> Ref | None:
    """The company a sentence says ``asset`` is of: "P, Merck's anti-PD-1 therapy", "Merck's P"."""
    t, token = tagged.template, re.escape(_token_of(tagged, asset))
    owned = re.search(rf"{token}(?:\s*\([^()]*\))?,\s+\[\[O:(\d+)\]\]'s", t) or re.search(rf"\[\[O:(\d+)\]\]'s\s+(?:[\w-]+\s+){{0,3}}{token}", t)
    return tagged.ref(owned.group(1)) if owned else None


def _claims_for(tagged: Tagged, lr: Ref | None, le: Ref | None, mid: str, said: str = "") -> list[Claim]:
    """A grant of the first asset in ``mid``, unless ``said`` (the whole match) denies it."""
    found = _asset_refs(tagged, mid)
    if lr is None or le is None or lr == le or not found or NEGATION.search(said or mid):
        return []
    return [Claim(lr, le, found[0], EventType.GRANT, tagged.evidence)]


# What a license is to do, and with what: "... to develop, manufacture and commercialize Tesaro's proprietary PARP
# inhibitor, P": the object of its uses is the asset, however long the patents and know-how before it were told.
_USES_ASSET = re.compile(
    r"\bto\s+(?:develop|research|manufacture|make|use|sell|import|market|commerciali[sz]e)(?:,?\s+(?:and\s+|or\s+)?"
    r"(?:develop|research|manufacture|make|have\s+made|use|sell|import|export|market|commerciali[sz]e))*\s+"
    r"(?:(?:the\s+)?\[\[O:\d+\]\]'s\s+)?(?:[\w-]+,?\s+){0,4}?\[\[[PT]:(\d+)\]\]"
)


def _exploited_asset(tagged: Tagged, clause: str) -> Ref | None:
    """The asset a clause's grant is to develop or commercialize, in the clause's first sentence part."""
    m = _USES_ASSET.search(re.split(r";|\.(?!\d)", clause, maxsplit=1)[0])
    return tagged.ref(m.group(1)) if m else None


def _stated_grants(tagged, state, pattern: str) -> list[Claim]:
    """A grant from each match of ``pattern``: licensor ``lr``, licensee ``le``, the asset in ``mid`` (or, past it,
    what the grant is to develop)."""
    out = []
    for m in re.finditer(pattern, tagged.template):
        lr, le = group_ref(tagged, m, "lr"), group_ref(tagged, m, "le")
        found = _asset_from(tagged, m.group("mid"), state=state, allow_coref=False)
        if found is None and m.group("mid"):
            found = _exploited_asset(tagged, tagged.template[m.start("mid") : m.start("mid") + 600])
        if lr != le and found is not None:
            out.append(Claim(lr, le, found, EventType.GRANT, tagged.evidence))
    return out


def _grant_in(tagged: Tagged, m: re.Match) -> list[Claim]:
    """The grant one match of a rule's pattern states: licensor ``lr``, licensee ``le``, the asset in ``mid``,
    unless the whole match denies it."""
    return _claims_for(tagged, group_ref(tagged, m, "lr"), group_ref(tagged, m, "le"), m.group("mid"), m.group(0))


# A stretch in which possessives stand too: "our rights to our lead product candidate, P" (and initials with their
# full stops: "licensed U.S. rights to P from X").
_OWNED_GAP = rf"(?:[^.;\[\]]|\[\[[PT]:\d+\]\]|\[\[O:\d+\]\]'s\s|{ABBREVIATION}){{0,160}}?"


# --------------------------------------------------------------------------- agreements, their parties, institutions


# The counterparty named by the agreement: "the Dragonfly Collaboration Agreement", "an agreement with X".
_AGREEMENT_PARTY = re.compile(
    rf"(?:\bthe\s+{org('named')}(?:\s+[A-Z][\w-]*){{0,3}}\s+Agreement\b|\b[Aa]greements?\b{CLAUSE}{{0,60}}?\bwith\s+{org('with')})"
)


_REFERS_BACK = re.compile(r"\b(?:the|this|such|that)\s+(?:agreement|collaboration|transaction|partnership|deal)\b", re.I)


# A university, institute, foundation or hospital licenses its inventions to companies, not the reverse.
_INSTITUTION = re.compile(r"\b(?:University|Universit\w+|Institute|Institut|Foundation|Hospital|College|Medical\s+Center|"
                          r"Regents|Trustees|National\s+Institutes?\s+of\s+Health|Clinic)\b")


# --------------------------------------------------------------------------- denials, suppositions and endings in general


# What denies a statement: "We have not terminated", "Neither party has" (not "Amendment No. 2").
_DENIED = re.compile(r"\b(?:not|never|neither|nor|Neither)\b|\b[Nn]o\b(?!\.)")

# What makes a sentence a supposition, not a report ("upon" and "following" alone do not).
_SUPPOSED = re.compile(r"\b(?:shall|will|would|(?-i:may)|might|must|could|should|if|unless|in\s+the\s+event)\b", re.I)
# Contract language about what would happen ("shall return", "upon termination") is not an event.
CONDITIONAL = re.compile(r"\b(?:shall|will|would|(?-i:may)|might|must|could|should|upon|if|in\s+the\s+event|unless|following\s+(?:any|the)\s+termination)\b", re.I)


# "Following the termination of the X Agreement in 2018, we regained all rights to P", "Upon the effective date of
# termination, all rights to P reverted to us": past events.
_PAST_ENDING = re.compile(
    r"^\s*(?:Following|After|Upon)\s+(?:the\s+)?(?:effectiveness\s+of\s+the\s+|effective\s+date\s+of\s+(?:the\s+)?)?(?:termination|expiration)\b[^,]{0,120},\s+"
    r"(?=\[\[O:\d+\]\]\s+(?:regained|reacquired|re-acquired|recovered|terminated)|(?:all\s+)?(?:of\s+)?(?:the\s+)?rights?\b[^,;.]{0,120}?\b(?:reverted|returned|were\s+returned)\b)"
)


# "In 2020, we reacquired the rights to P from X following the termination of our license agreement": the
# ending a past return follows is past too.
_RETURNED_FOLLOWING = re.compile(r"(\b(?:regained|reacquired|re-acquired|recovered|reverted|were\s+returned)\b[^.;]*?)\b(?:following|after)\s+(?:the\s+)?termination\b")


def _conditional(t: str) -> bool:
    # "... became effective on March 31, 2021, upon which all rights reverted": "upon which" tells what followed
    return bool(CONDITIONAL.search(re.sub(r"\bupon\s+which\b", "", _PAST_ENDING.sub("", _RETURNED_FOLLOWING.sub(r"\1", t)))))


# Contract language about any ending ("if", "shall", "any termination", "termination of this Agreement"):
# an ending supposed, not one announced.
_GENERIC_ENDING = re.compile(r"\b(?:if|unless|shall|(?-i:may)|in\s+the\s+event|any\s+termination|termination\s+of\s+this\s+agreement|expiration\s+or\s+termination)\b", re.I)
# An ending announced: "X is terminating the agreement", "X notified us of its decision to terminate".
_NOTICE_BEFORE = re.compile(r"\b(?:is|was|are|were)\s+terminating\b|\b(?:notice|notified|informed)\b[^.]{0,80}\bterminat|\btermination\s+notice\b")


# "..., effective August 1, 2022": the day an ending takes effect.
def _ending_effective_date(template: str) -> PartialDate | None:
    m = re.search(r"\b(?:effective|takes\s+effect|took\s+effect)\s+(?:as\s+of\s+|on\s+|in\s+)?(?P<when>[^;\[\]]{6,30})", template)
    dates = [d for _, _, d in find_dates(m.group("when"))] if m else []
    return dates[0] if dates else None


# A company numbers its molecules after its name: "CB-708" is Calithera Biosciences', "INBRX-105" Inhibrx's, "OTS102"
# OncoTherapy Science's. The weakest cue of whose an asset is, read only where the paragraph says nothing else (a licensee
# may renumber what it licenses: "ZL-2306" is Zai Lab's code for a drug it in-licensed).
_CODE_PREFIX = re.compile(r"([a-z]{2,5})[- ]?\d")
_ACADEMIC = re.compile(r"\b(?:universit\w*|institut\w*|college|school|hospital|foundation|cent(?:er|re)|council|trustees|regents|clinic|"
                       r"research|inserm|cnrs|nih|max\s+planck|fraunhofer)\b")
_NAME_WORDS_DROPPED = re.compile(r"\b(?:the|and|of|de|group|holdings?|co|company|corporation|inc|ltd|limited|plc|ag|sa|nv|bv|gmbh|llc)\b")


def code_owner(asset: Ref, parties: tuple[Ref, Ref]) -> Ref | None:
    """The one party whose name the asset's code prefix is made of, if exactly one is."""
    m = _CODE_PREFIX.match(asset.key) if asset.kind is Kind.PRODUCT else None
    if m is None or any(_ACADEMIC.search(p.key) for p in parties):
        return None  # (a company renumbers what it licenses from a university: "CLD-101" of a hospital's virus)
    owners = [p for p in parties if _prefix_of(m.group(1), p.key)]
    return owners[0] if len(owners) == 1 else None


def _prefix_of(prefix: str, name: str) -> bool:
    words = _NAME_WORDS_DROPPED.sub(" ", re.sub(r"[^a-z ]", "", name)).split()
    if not words:
        return False
    first = words[0]
    # (three letters at least for the word's start: "LY", "PF", "MK" begin many names; a company's initials may be two)
    if (len(prefix) >= 3 and first.startswith(prefix)) or "".join(w[0] for w in words) == prefix:
        return True
    # "inbrx" of "inhibrx", "adxs" of "advaxis": four letters or more in order through the first word, from its first
    # (three are too loose: "lys" of many a word)
    return len(prefix) >= 4 and first[0] == prefix[0] and _in_order(prefix, first)


def _in_order(letters: str, word: str) -> bool:
    it = iter(word)
    return all(ch in it for ch in letters)
