"""Dates in prose, as precise as they are stated."""

from __future__ import annotations

import calendar
import re

from ..model import PartialDate

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
DATE_PATTERNS = [
    # January 24, 2003 / Jan. 24 2003 / JANUARY 24, 2003
    # ("April 15 , 2010": a flattened agreement may leave a space before the comma)
    (re.compile(rf"\b({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:\s?,)?\s*(?<=[\s,])({_YEAR})\b", re.I), ("m", "d", "y")),
    # 24 January 2003
    (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?({_MONTH}),?\s+({_YEAR})\b", re.I), ("d", "m", "y")),
    # 2003-01-24
    (re.compile(rf"\b({_YEAR})-(\d{{2}})-(\d{{2}})\b"), ("y", "mn", "d")),
    # 01/24/2003
    (re.compile(rf"\b(\d{{1,2}})/(\d{{1,2}})/({_YEAR})\b"), ("mn", "d", "y")),
    # June 2010 / June, 2010
    (re.compile(rf"\b({_MONTH})\s*,?\s+({_YEAR})\b", re.I), ("m", "y")),  # also "June , 2010" (blank day)
    # 1999 (alone)
    (re.compile(rf"(?<![\d$.,/-])({_YEAR})(?![\d%/-]|[.,]\d)"), ("y",)),
]


def _build(groups: tuple[str, ...], order: tuple[str, ...]) -> PartialDate | None:
    parts = dict(zip(order, groups, strict=True))
    year = int(parts["y"])
    month = None
    if "m" in parts:
        month = MONTHS.get(parts["m"].lower().rstrip("."))
    elif "mn" in parts:
        month = int(parts["mn"])
    day = int(parts["d"]) if "d" in parts else None
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= day <= 31:
        return None
    if day is not None and month is None:
        return None
    if day is not None and day > calendar.monthrange(year, month)[1]:
        return None  # "February 30": not a date, whatever the text says
    return PartialDate(year, month, day)


# Every date pattern has a year: most sentences have none and skip the six patterns.
_ANY_YEAR = re.compile(_YEAR)


def find_dates(text: str) -> list[tuple[int, int, PartialDate]]:
    """All dates in ``text`` with their spans, most precise reading first for overlaps."""
    if not _ANY_YEAR.search(text):
        return []
    found: list[tuple[int, int, PartialDate]] = []
    taken: list[tuple[int, int]] = []
    for pattern, order in DATE_PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            date = _build(m.groups(), order)
            if date:
                found.append((m.start(), m.end(), date))
                taken.append((m.start(), m.end()))
    return sorted(found)


def parse_date(text: str) -> PartialDate | None:
    dates = find_dates(text)
    return dates[0][2] if dates else None
