"""The per-filing registry of named things, and sentence templates.

Relation rules are written against *templates*: the sentence with every known
name replaced by a token such as ``[[O:3]]`` (organization 3), ``[[P:0]]``
(product), ``[[T:1]]`` (technology platform) or ``[[N:2]]`` (person), and the
registrant's pronouns ("the Company", "we", "our") replaced by the registrant's
token. A rule then reads like the prose it matches, whatever the names are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..model import Evidence, Kind, Mention, Ref
from .names import (
    GENERATION,
    ORG_KEYWORDS,
    STOP_WORDS,
    fold,
    legal_form,
    normalize_name,
    strip_legal_suffix,
)
from .sentences import Sentence

TOKEN_LETTER = {Kind.ORG: "O", Kind.PRODUCT: "P", Kind.PLATFORM: "T", Kind.PERSON: "N"}
LETTER_KIND = {v: k for k, v in TOKEN_LETTER.items()}
TOKEN = re.compile(r"\[\[([OPTN]):(\d+)\]\]")

# How filings refer to their registrant without naming it.
REGISTRANT_PRONOUNS = re.compile(
    r"\b(?:(?:the|The) (?:Company|Registrant|Corporation|Issuer|Group)(?:'s)?|[Ww]e|[Oo]ur|[Uu]s)\b(?!\.S\.|-)"
)


_TOKEN_RE = re.compile(r"\w+|[^\w\s]")


# British spellings the rules are not written for: "licence", "commercialise", "authorised".
# Each swap keeps the length, so positions in the template stay those of the sentence.
_BRITISH = re.compile(
    r"\b(?:([Ll]icen)c(e[sd]?|ing)|([Cc]ommercial|[Aa]uthor|[Oo]rgan|[Uu]til|[Rr]ecogn|[Cc]apital|[Aa]mort|[Rr]eal|[Oo]ptim)"
    r"is(e|ed|es|ing|ation|ations))\b"
)


def _american(template: str) -> str:
    return _BRITISH.sub(lambda m: f"{m[1]}s{m[2]}" if m[1] else f"{m[3]}iz{m[4]}", template)


@lru_cache(maxsize=4096)
def _tokens(text: str) -> list[tuple[int, int, str]]:
    """Word and punctuation tokens with their folded form. Cached: the rules look for names in
    the same sentence several times over, in passes over the whole filing, so the cache holds a
    long filing's sentences (at 64 entries, the 33 8-K templates were tokenized 4,675 times; at
    4,096, 2,699: once a sentence). The list is shared: callers must not change it."""
    if text.isascii():  # lower() keeps every position in ASCII, so one call folds every token
        return [(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text.lower())]
    return [(m.start(), m.end(), fold(m.group())) for m in _TOKEN_RE.finditer(text)]


# First words of company names that are ordinary words, never a company's short name.
COMMON_FIRST_WORDS = STOP_WORDS | ORG_KEYWORDS | {
    "national", "american", "united", "general", "first", "international", "global", "new", "royal",
    "standard", "advanced", "applied", "medical", "health", "life", "green", "blue", "red", "north",
    "south", "east", "west", "northern", "southern", "eastern", "western", "pacific", "atlantic",
    "central", "premier", "pioneer", "alpha", "beta", "delta", "gamma", "omega", "bank", "trust",
    "capital", "city", "county", "state", "federal", "public", "private", "genetic", "clinical",
}


def key_for(kind: Kind, name: str) -> str:
    if kind is Kind.PERSON:
        # "Keith A. Goldan" and "Keith Goldan" are one person: middle initials and degrees do not count.
        name = re.sub(r",?\s+(?:Ph\.?\s?D|M\.?\s?D|Jr|Sr|III|II|Esq)\.?$", "", name.strip())
        words = [w for w in re.sub(r"[^a-z0-9]+", " ", fold(name)).split() if len(w) > 1]
        return " ".join(words)
    return normalize_name(name)


@dataclass
class Tagged:
    """A sentence with its names replaced by tokens; ``refs[i]`` is what token ``i`` stands for."""

    sentence: Sentence
    template: str
    refs: list[Ref] = field(default_factory=list)

    def ref(self, token_index: str | int) -> Ref:
        return self.refs[int(token_index)]

    def tokens(self, kind: Kind) -> list[Ref]:
        letter = TOKEN_LETTER[kind]
        return [self.refs[int(i)] for k, i in TOKEN.findall(self.template) if k == letter]

    @property
    def evidence(self) -> Evidence:
        return self.sentence.evidence()


def _uncapitalized(form: str) -> bool:
    """A lower-case start, or a digit's with no capital after it ("3m" of a web address)."""
    return form[0].islower() or (form[0].isdigit() and not any(c.isupper() for c in form))


# What a release says a company is, before its name: "Privately-held Orvane Bio has announced", "Clinical-stage Halvex
# Therapeutics" (the name is what follows, a capitalized word at least).
# ("US-based", "U.K.-based": a country's initials too)
COMPANY_DESCRIPTOR = r"(?:(?:[Pp]rivately|[Pp]ublicly)[ ](?:held|traded|listed)|(?:[A-Z][a-z]+|U\.?S\.?|U\.?K\.?)-(?:held|traded|listed|backed|stage|based|owned|incorporated|headquartered|domiciled))"
_DESCRIPTOR_BEFORE_NAME = re.compile(rf"^{COMPANY_DESCRIPTOR}\s+(?=[A-Z])")


class Registry:
    """Mentions of one filing, found by any of their names."""

    def __init__(self) -> None:
        self.mentions: dict[Ref, Mention] = {}
        self._by_name: dict[tuple[Kind, str], Ref] = {}
        self.registrant: Ref | None = None
        self.registrant_from_title = False  # known only by a report's title ("**Halden** Annual Report")
        self._pattern: dict | None = None  # token index of the names, rebuilt after changes
        # Defined role words of agreements ("Parent", "Licensee") that stand for a party in
        # the text but are not its names: tagged as the party, never recorded as aliases.
        self.role_terms: dict[str, Ref] = {}
        # An agreement's defined terms kept as what its grant licenses ("the Licensed Technology"): mentions,
        # but never tagged, so that "the product" of a later sentence is not taken for its "Product".
        self.untagged: set[Ref] = set()

    # ------------------------------------------------------------------ building

    def add(self, kind: Kind, name: str, evidence: Evidence | None = None) -> Ref:
        """Register ``name`` (or find the mention it already names) and return its ref."""
        name = " ".join(name.split()).strip(" ,;:")
        if kind is Kind.ORG:
            name = _DESCRIPTOR_BEFORE_NAME.sub("", name)
        existing = self.lookup(kind, name)
        # "X Limited" beside "X LLC": another legal entity of the same name, a mention of its own.
        separate = existing is not None and kind is Kind.ORG and self._another_legal_entity(existing, name)
        if existing and not separate:
            self.note_form(existing, name)
            mention = self.mentions[existing]
            if evidence and len(mention.evidence) < 3 and evidence not in mention.evidence:
                mention.evidence.append(evidence)
            return existing
        key = key_for(kind, name)
        if separate:
            key = f"{key} {legal_form(name)}"
        ref = Ref(kind, key)
        self.mentions[ref] = Mention(kind=kind, key=key, name=name, evidence=[evidence] if evidence else [])
        self._by_name.setdefault((kind, key), ref)
        self._pattern = None
        return ref

    def two_legal_entities(self, a: Ref, b: Ref) -> bool:
        """Both are organizations with legal names, of no common form: a short name they share
        ("Adaptimmune" for "Adaptimmune LLC" and "Adaptimmune Limited") does not make them one."""
        if a.kind is not Kind.ORG:
            return False
        forms = [{legal_form(n) for n in (m.name, *m.aliases)} - {None} for m in (self.mentions[a], self.mentions[b])]
        return all(forms) and not forms[0] & forms[1]

    def _another_legal_entity(self, ref: Ref, name: str) -> bool:
        """``name`` is a legal name of another form than every legal name ``ref`` has: a filing
        that names "Adaptimmune LLC" and "Adaptimmune Limited" as parties names two companies."""
        form = legal_form(name)
        if form is None:
            return False
        mention = self.mentions[ref]
        forms = {legal_form(n) for n in (mention.name, *mention.aliases)} - {None}
        return bool(forms) and form not in forms

    def add_alias(self, ref: Ref, alias: str) -> None:
        alias = " ".join(alias.split()).strip(" ,;:")
        if ref.kind is Kind.ORG:
            alias = _DESCRIPTOR_BEFORE_NAME.sub("", alias)
        key = key_for(ref.kind, alias)
        if not key:
            return
        other = self.lookup(ref.kind, alias)
        if other and other != ref:
            if not self.two_legal_entities(ref, other):
                self.merge(other, into=ref)
            elif alias not in (self.mentions[other].name, *self.mentions[other].aliases):
                # 'Bachem Americas, Inc. ("Bachem")' beside a "Bachem AG": the short name the text gives one of two legal
                # entities is that one's where it stands, though "Bachem AG" without its form is spelled the same
                self.mentions[ref].aliases.add(alias)
                self._pattern = None
            return
        self._by_name.setdefault((ref.kind, key), ref)
        mention = self.mentions[ref]
        if alias != mention.name:
            mention.aliases.add(alias)
        self._pattern = None

    def merge(self, other: Ref, into: Ref) -> None:
        """Two names turned out to be one thing: fold ``other`` into ``into``."""
        if other == into or other not in self.mentions:
            return
        gone = self.mentions.pop(other)
        keep = self.mentions[into]
        keep.aliases |= gone.aliases | {gone.name}
        keep.aliases.discard(keep.name)
        keep.evidence = (keep.evidence + [e for e in gone.evidence if e not in keep.evidence])[:3]
        keep.party = keep.party or gone.party
        keep.described = keep.described or gone.described
        keep.quoted = keep.quoted or gone.quoted
        for attr in ("cik", "ein", "file_number", "ticker", "exchange", "state", "address", "phone"):
            if getattr(keep, attr) is None:
                setattr(keep, attr, getattr(gone, attr))
        for k, v in list(self._by_name.items()):
            if v == other:
                self._by_name[k] = into
        self.redirects[other] = into
        self._pattern = None

    def drop(self, ref: Ref) -> None:
        """Forget a mention found under the wrong kind (before any fact refers to it)."""
        self.mentions.pop(ref, None)
        for k in [k for k, v in self._by_name.items() if v == ref]:
            del self._by_name[k]
        self._pattern = None

    @property
    def redirects(self) -> dict[Ref, Ref]:
        if not hasattr(self, "_redirects"):
            self._redirects: dict[Ref, Ref] = {}
        return self._redirects

    def resolve_ref(self, ref: Ref) -> Ref:
        seen = set()
        while ref in self.redirects and ref not in seen:
            seen.add(ref)
            ref = self.redirects[ref]
        return ref

    def lookup(self, kind: Kind, name: str) -> Ref | None:
        key = key_for(kind, name)
        if not key:
            return None
        if kind is Kind.ORG and (form := legal_form(name)) and (kind, f"{key} {form}") in self._by_name:
            return self._by_name[(kind, f"{key} {form}")]
        return self._by_name.get((kind, key))

    def of_kind(self, kind: Kind) -> list[Mention]:
        return [m for r, m in self.mentions.items() if r.kind is kind]

    # ------------------------------------------------------------------ tagging

    def _surface_forms(self) -> dict[str, Ref]:
        forms: dict[str, Ref] = {}
        tagged = [(ref, mention) for ref, mention in self.mentions.items() if ref not in self.untagged]
        # The names the text gives first: 'Bachem Americas, Inc. ("Bachem")' is "Bachem", though "Bachem AG" without its
        # legal form is spelled so too.
        for ref, mention in tagged:
            for form in {mention.name, *mention.aliases}:
                if len(form) >= 2:
                    forms.setdefault(form, ref)
        for ref, mention in tagged:
            for form in {mention.name, *mention.aliases}:
                if ref.kind is Kind.ORG:
                    # "ImmunoGen" for "ImmunoGen, Inc.": filings drop the legal form after first use.
                    short = strip_legal_suffix(form)
                    if short != form and (len(short) >= 3 or not short.isalpha()) and short.lower() not in STOP_WORDS:
                        forms.setdefault(short, ref)
                    first = short.split()[0] if len(short.split()) > 1 else ""
                    # ... and the registrant, or a coined name, by its first word: "Aptevo", "MacroGenics".
                    coined = bool(re.search(r"[a-z][A-Z]", first))
                    if (mention.is_registrant or coined) and len(first) >= 4 and first.lower() not in COMMON_FIRST_WORDS:
                        forms.setdefault(first, ref)
        for term, ref in self.role_terms.items():
            forms.setdefault(term, self.resolve_ref(ref))
        return forms

    def add_role_term(self, term: str, ref: Ref) -> None:
        self.role_terms.setdefault(term, ref)
        self._pattern = None

    def _index(self) -> dict[str, dict[tuple[str, ...], Ref]]:
        """Known names as token tuples, grouped by their first token (built lazily)."""
        if self._pattern is None:
            index: dict[str, dict[tuple[str, ...], Ref]] = {}
            for form, ref in self._surface_forms().items():
                key = tuple(t for _, _, t in _tokens(form))
                if key:
                    index.setdefault(key[0], {}).setdefault(key, ref)
            self._pattern = index
        return self._pattern

    def find(self, text: str) -> list[tuple[int, int, Ref]]:
        """Every non-overlapping occurrence of a known name in ``text``, longest first.

        Names are compared token by token (case-folded, spacing ignored), so a
        dictionary lookup per token replaces a regular expression of every name.
        """
        index = self._index()
        if not index:
            return []
        tokens = _tokens(text)
        hits = []
        resume = 0
        for i, (start, _, word) in enumerate(tokens):
            if i < resume or word not in index:
                continue
            match = self._longest_at(tokens, i, index[word], text)
            if match is not None:
                length, ref = match
                hits.append((start, tokens[i + length - 1][1], ref))
                resume = i + length
        return hits

    def _longest_at(self, tokens, i: int, candidates, text: str):
        if not candidates:
            return None
        start = tokens[i][0]
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
            return None
        for key in sorted(candidates, key=len, reverse=True):
            n = len(key)
            if tuple(t for _, _, t in tokens[i : i + n]) != key:
                continue
            end = tokens[i + n - 1][1]
            if end < len(text) and (text[end].isalnum() or (text[end] == "-" and end + 1 < len(text) and (text[end + 1].isupper() or text[end + 1].isdigit()))):
                continue
            ref = candidates[key]
            if ref.kind in (Kind.ORG, Kind.PERSON, Kind.PLATFORM) and _uncapitalized(text[start:end]) and (
                    ref.kind is not Kind.ORG or n < 2 or text[start : tokens[i][1]].islower()) and not self._written_so(ref, text[start:end]):
                # names are capitalized (or start with a digit: "15a-Substituted Estradiol Esters"); lower-case
                # hits are ordinary words ("mRNA platform") or web addresses ("investors.3m.com" is no 3M),
                # but a company's whole name may start in lower case with capitals inside ("aTyr Pharma")
                continue
            return n, ref
        return None

    def _written_so(self, ref: Ref, form: str) -> bool:
        """A company that writes its own name in small letters ("zenvax BV"), met as it wrote it (in full, or by a short
        name of two words at least: one word in small letters may be the language's)."""
        mention = self.mentions.get(ref)
        return (ref.kind is Kind.ORG and mention is not None and mention.name.split()[0].islower()
                and (form == mention.name or (form in mention.aliases and len(form.split()) >= 2)))

    def note_form(self, ref: Ref, form: str) -> None:
        """Record a name as the text used it (an alias); case variants are sorted out at the end."""
        mention = self.mentions.get(ref)
        if mention and ref.kind is Kind.PERSON and GENERATION.search(form) and not GENERATION.search(mention.name):
            mention.aliases.add(mention.name)  # "Mark A. Prygocki, Sr." is the fuller name
            mention.name = form
        if mention is None or ref.kind is Kind.PERSON or form in self.role_terms:
            return
        if form != mention.name:
            mention.aliases.add(form)

    def tag(self, sentence: Sentence) -> Tagged:
        text = sentence.text
        spans = self.find(text)
        if self.registrant is not None:
            for m in REGISTRANT_PRONOUNS.finditer(text):
                # (the registrant's own name inside it, an agreement's "Company", yields to the whole "the Company")
                spans = [x for x in spans if not (m.start() <= x[0] and x[1] <= m.end() and x[2] == self.registrant)]
                if not any(s < m.end() and m.start() < e for s, e, _ in spans):
                    spans.append((m.start(), m.end(), self.registrant))
        spans.sort()
        refs: list[Ref] = []
        out: list[str] = []
        cursor = 0
        for start, end, ref in spans:
            if start < cursor:
                continue
            out.append(text[cursor:start])
            if ref is not self.registrant or not REGISTRANT_PRONOUNS.fullmatch(text[start:end]):
                self.note_form(ref, re.sub(r"'s$", "", text[start:end]))
            possessive = text[start:end].lower().endswith("'s") or text[start:end].lower() == "our"
            try:
                index = refs.index(ref)
            except ValueError:
                index = len(refs)
                refs.append(ref)
            out.append(f"[[{TOKEN_LETTER[ref.kind]}:{index}]]" + ("'s" if possessive else ""))
            cursor = end
        out.append(text[cursor:])
        return Tagged(sentence, _american("".join(out)), refs)
