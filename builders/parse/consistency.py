"""Does the SEC header agree with the cover page it heads?

The header is EDGAR's record and the build trusts it; a cover page that names another
company or another form means a mislabelled or tampered file, which a reader of the
graph should hear about. Only disagreements that cannot be spelling are reported:
renamed filers (the header lists former names), several filers (a 13D names the
reporting person and the subject company) and amendments (``8-K/A``) are not.
"""

from __future__ import annotations

import re

from ..model import Filing

_REGISTRANT_LABEL = re.compile(r"\(?\s*Exact name of (?:the )?registrant", re.I)
_FORM_LINE = re.compile(r"^\W*FORM\s+(8-K|10-K|10-Q|6-K|20-F|S-1|S-3|S-4|424B\d|DEF 14A)\b", re.I | re.M)
_RULE = re.compile(r"[-_=*. |]*")
_WORD = re.compile(r"[a-z0-9]+")
# Words that say what kind of company, not which one.
_GENERIC = {
    "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "plc", "llc",
    "lp", "l", "p", "sa", "ag", "nv", "se", "ab", "as", "bv", "gmbh", "the", "de", "holdings",
    "holding", "group", "trust", "and",
}
COVER_CHARS = 8000


def header_conflicts(filing: Filing) -> list[str]:
    """One warning per field on which the header and the cover page disagree."""
    if not filing.filers:
        return []
    doc = next((d for d in filing.documents if d.text.strip()), None)
    if doc is None or doc.doc_type.upper().startswith("EX-"):
        return []
    cover = doc.text[:COVER_CHARS]
    warnings = []
    header_form = (filing.form_type or "").upper()
    m = _FORM_LINE.search(cover[:4000])
    if header_form and m:
        cover_form = " ".join(m.group(1).upper().split())
        base = header_form.split("/")[0]
        if not (base.startswith(cover_form) or cover_form.startswith(base)):
            warnings.append(f"the SEC header says form {header_form} but the cover page says FORM {cover_form}; the header is used")
    name = cover_name(cover)
    if name:
        known = [f.name for f in filing.filers] + [old for f in filing.filers for old, _ in f.former_names]
        if not any(same_company(name, other) for other in known):
            warnings.append(f"the SEC header names the filer {filing.filers[0].name!r} but the cover page names {name!r}; the header is used")
    return warnings


def cover_name(cover: str) -> str | None:
    """The line just above "(Exact name of registrant ...)", when the layout is the plain
    one (the label alone at the start of its line, the name alone on the line above).
    Columnar and tabular covers are left alone: no name is better than a wrong one."""
    for m in _REGISTRANT_LABEL.finditer(cover):
        line_start = cover.rfind("\n", 0, m.start()) + 1
        if cover[line_start : m.start()].strip(" (\t"):
            continue  # something else before the label on its line: a column or a table row
        lines = [x.strip() for x in cover[:line_start].split("\n")]
        value = next((x for x in reversed(lines) if x and not _RULE.fullmatch(x)), None)
        if value and _plain_name(value):
            return value
    return None


def _plain_name(value: str) -> bool:
    return 2 <= len(value) <= 150 and re.search(r"[A-Za-z]", value) is not None and not (
        value.startswith("(") or "|" in value or "   " in value or value.endswith(":")
    )


def _words(name: str) -> list[str]:
    return [w for w in _WORD.findall(name.lower()) if w not in _GENERIC]


def same_company(a: str, b: str) -> bool:
    """Same name up to case, punctuation, spacing, legal form and abbreviation by truncation."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return True  # nothing but generic words: no evidence of a conflict
    ka, kb = "".join(wa), "".join(wb)
    if ka in kb or kb in ka:
        return True
    shared = set(wa) & set(wb)
    return len(shared) * 2 >= min(len(set(wa)), len(set(wb)))
