"""Signature blocks: who signed, with what title, for which party.

Three layouts occur in filings:

* stacked lines (8-K cover): ``/s/ GREGG D. BELOFF`` then the printed name and title lines;
* labelled, often two parties side by side (agreements):
  ``By: /s/ A  By: /s/ B  Name: A  Name: B  Title: President  Title: CEO``, or with no ``/s/``
  at all, the printed ``Name:`` and ``Title:`` only;
* table rows (10-K signature pages): ``| /s/ Keith Goldan | Chief Financial Officer | date |``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Document, Evidence, Kind, Ref
from .context import Registry
from .names import (
    NAME_SUFFIXES,
    NOT_PERSON_WORDS,
    STOP_WORDS,
    has_legal_suffix,
    looks_like_title,
    title_case,
    with_generation,
)

# A name's word, or a nickname in quotes ('Jose "Pepe" Carmona'); a generation ("Samuel O. Brightwater III")
# is a suffix, read as one; a label is none ("/s/ Jim Millis Signature", "/s/ Jo Roe Authorized Signature").
# Letters with accents too: "/s/ José Luis García-Márquez".
_UP, _LO = "A-Z\u00c0-\u00d6\u00d8-\u00de", "a-z\u00df-\u00f6\u00f8-\u00ff"
# ... or in brackets: '/s/ Argeris ("Jerry") N. Karabelas'.
_WORD = rf"(?:(?!(?:Name|Title|By|Date|Its|Signature|Authori[sz]ed(?=\s+Signat)|Jr|Sr|III|II|IV)\b)[{_UP}][{_UP}{_LO}'\-]*|\(?[\"\u201c][A-Z][a-z]+[\"\u201d]\)?)"
# The particles of a family name, in lower case: "/s/ Carlos de la Vega", "/s/ Pieter van der Berg".
_PARTICLES = r"(?:(?:van|von|de|der|den|del|della|di|da|dos|du|la|le|ten|ter)[ ]){0,2}"
SIGNER = re.compile(
    rf"/s/\s*(?P<name>(?:{_WORD}\.?[ ]){{1,3}}{_PARTICLES}{_WORD})(?P<suffixes>(?i:,?[ ]{NAME_SUFFIXES})*)",
)
# Agreements printed without the signatures: "By: ____  Name: Jane Q. Roe  Title: Chief Financial Officer".
NAMED = re.compile(
    rf"\bName:[ \t]*(?P<name>(?:{_WORD}\.?[ ]){{1,3}}{_PARTICLES}{_WORD})(?P<suffixes>(?i:,?[ ]{NAME_SUFFIXES})*)(?=[^\n]{{0,80}}\n?[^\n]{{0,80}}\b(?:Title|Its):)",
)
# ... or the name typed on the signature line itself: "By: Jane Q. Roe / Title: Chief Financial Officer", "By:  Ivo Marek  Its: President".
BY_NAMED = re.compile(
    rf"\bBy:[ \t]*(?P<name>(?:{_WORD}\.?[ ]){{1,3}}{_PARTICLES}{_WORD})(?P<suffixes>(?i:,?[ ]{NAME_SUFFIXES})*)[ \t]*(?=\n?[^\n]{{0,80}}\b(?:Title|Its):)",
)
TITLE_LABEL = re.compile(r"\b(?:Title|Its):\s*(?P<title>.+?)(?=\s+(?:Title|Its|Name|By|Date):|\s{3,}|\s*\||\n|\s+\d{1,3}\s*$|$)", re.M)
BLOCK_GAP = 700  # characters between signatures of one block


@dataclass
class Signature:
    name: str
    title: str | None
    organization: Ref | None
    evidence: Evidence


def find_signatures(document: Document, registry: Registry) -> list[Signature]:
    text = document.text
    matches = [m for m in SIGNER.finditer(text) if _plausible(m.group("name"))]
    signed = [(m.start() - BLOCK_GAP, m.end() + BLOCK_GAP) for m in matches]
    # Printed names count only where no one signed nearby: beside a /s/ they repeat it.
    named = [m for m in NAMED.finditer(text) if _plausible(m.group("name")) and not any(a <= m.start() <= b for a, b in signed)]
    if "By:" in text and not named:
        named = [m for m in BY_NAMED.finditer(text) if _plausible(m.group("name")) and not any(a <= m.start() <= b for a, b in signed)]
    signatures: list[Signature] = []
    for block in _blocks(matches) + _blocks(named):
        signatures.extend(_read_block(document, block, registry))
    return signatures


def _plausible(name: str) -> bool:
    """Auditors sign their consents too ("/s/ KPMG LLP"): a firm is not a signatory person."""
    words = name.split()
    if has_legal_suffix(name) or any(w.lower() in NOT_PERSON_WORDS for w in words):
        return False
    if any(w.lower().strip(".,") in _FIRM_FORMS for w in words):
        return False  # "/s/ KPMG LLP Philadelphia, Pennsylvania": the auditor and where it signed
    if all(re.fullmatch(r"X[Xx]*\.?", w) for w in words):
        return False  # "/s/ Xxxxx X. Xxxxxx": an exhibit's redacted signer
    return 2 <= len(words) <= 4 and not any(w.lower().strip(".") in STOP_WORDS for w in words if not _initial(w))


_FIRM_FORMS = {"llp", "llc", "inc", "ltd", "corp", "plc", "l.l.p", "p.c", "lp"}


def _initial(word: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]\.?", word))


def _blocks(matches: list[re.Match]) -> list[list[re.Match]]:
    blocks: list[list[re.Match]] = []
    for m in matches:
        if blocks and m.start() - blocks[-1][-1].end() < BLOCK_GAP:
            blocks[-1].append(m)
        else:
            blocks.append([m])
    return blocks


def _read_block(document: Document, block: list[re.Match], registry: Registry) -> list[Signature]:
    text = document.text
    start, end = block[0].start(), min(len(text), block[-1].end() + 400)
    region = text[start:end]
    labelled = [(m.group("title").strip(" ,"), start + m.end("title")) for m in TITLE_LABEL.finditer(region)]
    parties = _parties_above(text, start, registry, len(block)) or _party_above_each(text, block, registry)
    out = []
    for i, m in enumerate(block):
        name = _printed_name(text, m)
        stop = _line_end(text, m.end())
        if _in_table_row(text, m):
            title = _table_title(text, m)
        elif len(labelled) >= len(block):
            title, stop = labelled[i][0], max(stop, labelled[i][1])
        else:
            title, stop = _title_lines_below(text, m.end(), name)
        if title and not looks_like_title(title):
            title = None
        organization = (parties[i] if parties else None) or registry.registrant
        out.append(Signature(name, title, organization, Evidence(document.sequence, m.start("name"), stop, text[m.start("name") : stop])))
    return out


def _printed_name(text: str, m: re.Match) -> str:
    words = m.group("name").split()
    # "/s/ Michael A. Metzger Michael A. Metzger", "/s/ JONAH SHACKNAI Jonah Shacknai": the printed
    # name repeats the signature, in any case.
    for k in range(2, len(words)):
        if words[k].lower() == words[0].lower():
            words = words[:k]
            break
    return with_generation(title_case(" ".join(words)), m.group("suffixes"))


def _line_end(text: str, pos: int) -> int:
    nl = text.find("\n", pos)
    end = nl if nl >= 0 else len(text)
    return max(pos, min(end, pos + 200))


def _in_table_row(text: str, m: re.Match) -> bool:
    line_start = text.rfind("\n", 0, m.start()) + 1
    return "|" in text[line_start : _line_end(text, m.end())]


def _table_title(text: str, m: re.Match) -> str | None:
    rest = text[m.end() : _line_end(text, m.end())]
    cells = [c.strip() for c in rest.split("|")]
    return next((c for c in cells if c and looks_like_title(c)), None)


def _title_lines_below(text: str, pos: int, name: str) -> tuple[str | None, int]:
    """Stacked layout: skip rules and the printed name, then join the title lines; also where they end."""
    title_lines: list[str] = []
    end = _line_end(text, pos)
    offset = end + 1
    for raw in text[offset : offset + 400].split("\n"):
        line_start, offset = offset, offset + len(raw) + 1
        line = raw.strip().strip("|").strip()
        if not line or re.fullmatch(r"[-_=*. ]+", line):
            if title_lines:
                break
            continue
        if re.match(r"(?i)date[d:]?\b", line) or "/s/" in line:
            break
        line = re.sub(r"^(?:Name|Title|Its):\s*", "", line)
        if line.lower().rstrip(".,") == name.lower() or title_case(line) == name:
            end = line_start + len(raw)
            continue
        if not looks_like_title(line):
            break
        title_lines.append(line)
        end = line_start + len(raw.rstrip())
    return " ".join(title_lines).replace(" ,", ",") or None, end


def _party_above_each(text: str, block: list[re.Match], registry: Registry) -> list[Ref | None]:
    """'HARBOR GENE CORPORATION / By: /s/ ... / KANTO SEIYAKU CO., LTD. / By: /s/ ...': each signature's
    party stands between it and the signature before it."""
    parties: list[Ref | None] = []
    previous = max(0, block[0].start() - 150)
    for m in block:
        between = text[max(previous, m.start() - 150) : m.start()]
        # the party's name on a line of its own, the nearest one above the signature
        headings = [ref for s, e, ref in registry.find(between) if ref.kind is Kind.ORG and _alone_on_line(between, s, e)]
        parties.append(headings[-1] if headings else None)
        previous = m.end()
    return parties if any(parties) else []


def _alone_on_line(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return not text[line_start:start].strip() and not text[end : line_end if line_end >= 0 else len(text)].strip(" \t:,")


def _parties_above(text: str, start: int, registry: Registry, count: int) -> list[Ref]:
    """Agreements name the signing parties just above the signatures, in the same order."""
    above = text[max(0, start - 300) : start]
    cut = max(above.rfind(marker) for marker in ("WHEREOF", "executed", "written above", "Effective Date"))
    window = above[cut:] if cut >= 0 else above[-200:]
    orgs = [ref for _, _, ref in registry.find(window) if ref.kind is Kind.ORG]
    unique = list(dict.fromkeys(orgs))
    if count == 1:
        # One signature under one party's name ("ACME BIO LLC  By: ____  Name: ..."): that party.
        near = list(dict.fromkeys(ref for _, _, ref in registry.find(above[-120:]) if ref.kind is Kind.ORG))
        return near if len(near) == 1 else []
    return unique if len(unique) == count else []
