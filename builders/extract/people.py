"""People and their roles: signatories, officers quoted in press releases, contacts.

A string that looks like a name is only taken for a person where the context
says so: a ``/s/`` signature, an attribution ("..., Chairman and CEO, said"), a
title apposition ("Jane Doe, our Chief Medical Officer") or a press contact block.
"""

from __future__ import annotations

import re

from ..model import Document, Evidence, Kind, Ref, Role
from .context import Registry
from .entities import LEGAL_NAME, plausible_org_name, trim_name
from .names import (
    NAME_SUFFIXES,
    ORG_KEYWORDS,
    PERSON_NAME,
    STOP_WORDS,
    has_legal_suffix,
    looks_like_title,
)
from .sentences import Sentence

SPEECH_VERBS = r"(?:said|says|commented|comments|stated|states|added|adds|noted|notes|explained|remarked|continued|concluded)"
_NAME = rf"(?P<name>{PERSON_NAME})(?:,?\s+{NAME_SUFFIXES})*"
# "Mitchel Sayare, Ph.D., ImmunoGen Chairman and CEO, commented"
ATTRIBUTION_BEFORE = re.compile(rf"{_NAME},\s+(?P<title>[^,\"]{{3,100}}?(?:,\s*[^,\"]{{3,60}}?)?),\s+{SPEECH_VERBS}\b")
# '"...," said Jane Doe, Chief Executive Officer of Acme.'
ATTRIBUTION_AFTER = re.compile(rf"{SPEECH_VERBS}\s+{_NAME},\s+(?P<title>[^\"]{{3,120}}?)(?:[.\"]|$)")
# "Jane Doe, our Chief Medical Officer," / "Jane Doe, Chief Executive Officer of Acme"
APPOSITION = re.compile(rf"{_NAME},\s+(?P<title>(?:the\s+|our\s+|its\s+)?(?:[A-Z][\w\-]*\s+(?:and\s+|of\s+|&\s+)?){{0,6}}(?:Officer|President|Chairman|Chairwoman|Chair|Director|CEO|CFO|COO|Founder|Counsel|Secretary|Treasurer|Head of [A-Z][\w ]+?)(?:\s+of\s+(?P<org>[A-Z][\w.&\- ]+?))?)(?=[,.;)]|\s+(?:and|who|since|at)\b)")
CONTACT_HEADING = re.compile(r"^\W*(?:media |investor |press )?contacts?\W*$|^\W*(?:for further information|for more information)\W", re.I | re.M)


def find_people(sentences: list[Sentence], registry: Registry) -> list[Role]:
    roles: list[Role] = []
    for sentence in sentences:
        for pattern in (ATTRIBUTION_BEFORE, ATTRIBUTION_AFTER, APPOSITION):
            for m in pattern.finditer(sentence.text):
                role = _role(m, sentence, registry)
                if role:
                    roles.append(role)
    return roles


def _role(m: re.Match, sentence: Sentence, registry: Registry) -> Role | None:
    name = m.group("name").strip()
    name = re.sub(r"^(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+", "", name)
    if not _plausible_person(name, registry):
        return None
    title, org = _split_title(m.group("title"), registry)
    if title is None and org is None:
        return None
    evidence = sentence.span(m.start(), m.end())
    person = registry.add(Kind.PERSON, name, evidence)
    return Role(person, org, title, evidence)


def _plausible_person(name: str, registry: Registry) -> bool:
    words = name.split()
    if not 2 <= len(words) <= 4:
        return False
    if any(w.lower().strip(".") in STOP_WORDS or w.lower() in ORG_KEYWORDS for w in words):
        return False
    return registry.lookup(Kind.ORG, name) is None and registry.lookup(Kind.PRODUCT, name) is None


def _split_title(raw: str, registry: Registry) -> tuple[str | None, Ref | None]:
    """'ImmunoGen Chairman and CEO' -> ('Chairman and CEO', ImmunoGen); 'CFO of Acme' likewise."""
    raw = raw.strip(" ,")
    org: Ref | None = None
    hits = registry.find(raw)
    orgs = [(s, e, r) for s, e, r in hits if r.kind is Kind.ORG]
    if orgs:
        s, e, org = orgs[0]
        raw = (raw[:s] + raw[e:]).strip()
        raw = re.sub(r"^(?:'s|of|at)\s+|\s+(?:of|at)$", "", raw).strip(" ,")
    elif re.search(r"\b(?:our|the Company's)\b", raw) and registry.registrant:
        org = registry.registrant
    raw = re.sub(r"^(?:our|its|the|the Company's)\s+", "", raw).strip(" ,")
    if org is None and (m := re.search(r"\s+(?:of|at)\s+(?P<org>[A-Z][\w.&\- ,]+)$", raw)):
        name = trim_name(m.group("org").strip(" ,"))
        if plausible_org_name(name) and (has_legal_suffix(name) or registry.lookup(Kind.ORG, name)):
            org = registry.add(Kind.ORG, name)
            raw = raw[: m.start()]
    title = raw if raw and looks_like_title(raw) else None
    return title, org


# --------------------------------------------------------------------------- contact blocks


def find_contacts(document: Document, registry: Registry) -> list[Role]:
    """Press-release contact blocks: a name line followed by title and/or organization lines."""
    roles: list[Role] = []
    for heading in CONTACT_HEADING.finditer(document.text):
        block_start = heading.end()
        block = document.text[block_start : block_start + 1200]
        roles.extend(_contact_block(document, block, block_start, registry))
    return roles


def _contact_block(document: Document, block: str, offset: int, registry: Registry) -> list[Role]:
    roles = []
    lines = block.split("\n")
    pos = offset
    spans = []
    for line in lines:
        spans.append((pos, line))
        pos += len(line) + 1
    i = 0
    while i < len(spans):
        start, line = spans[i]
        value = line.strip()
        if re.fullmatch(rf"{PERSON_NAME}(?:,?\s+{NAME_SUFFIXES})*", value) and _plausible_person(value.split(",")[0], registry):
            name = value.split(",")[0].strip()
            title_lines, org, end = [], None, start + len(line)
            for s2, l2 in spans[i + 1 : i + 5]:
                v2 = l2.strip()
                if not v2 or re.match(r"(?i)(tel|phone|fax|e-?mail|\(?\d{3}\)?|\S+@\S+|www\.)", v2):
                    break
                if LEGAL_NAME.fullmatch(v2) or registry.lookup(Kind.ORG, v2):
                    org = registry.add(Kind.ORG, v2, Evidence(document.sequence, s2, s2 + len(l2), l2))
                elif looks_like_title(v2):
                    title_lines.append(v2)
                else:
                    break
                end = s2 + len(l2)
            if title_lines or org:
                evidence = Evidence(document.sequence, start, end, document.text[start:end])
                person = registry.add(Kind.PERSON, name, evidence)
                title = " ".join(title_lines) or None
                roles.append(Role(person, org or (registry.registrant if title else None), title, evidence))
        elif re.match(r"(?i)^(?:about|forward|safe harbor|###)", value):
            break
        i += 1
    return roles
