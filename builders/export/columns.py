"""The attribute columns of a projection, typed once for every format that declares types."""

from __future__ import annotations

from collections.abc import Iterable

FIRST = ("label", "kind", "relation", "status", "asset", "effective", "terminated", "title", "quote", "filings", "accessions")


def columns(records: Iterable[dict], skip: Iterable[str] = ()) -> list[tuple[str, type]]:
    """(name, python type) of every attribute, common ones first, then alphabetical.

    A column is bool, int or float only when every value in it is; otherwise str.
    """
    seen: dict[str, set[type]] = {}
    for record in records:
        for name, value in record.items():
            seen.setdefault(name, set()).add(type(value))
    skipped = set(skip)
    names = [n for n in FIRST if n in seen] + sorted(n for n in seen if n not in FIRST)
    return [(n, _type(seen[n])) for n in names if n not in skipped]


def _type(types: set[type]) -> type:
    for candidate in (bool, int):
        if types == {candidate}:
            return candidate
    if types <= {int, float}:
        return float
    return str


def check_scalars(records: Iterable[dict]) -> None:
    """Guard: a list or dict value would be written as its Python repr by some writers."""
    for record in records:
        for name, value in record.items():
            if not isinstance(value, str | int | float | bool):
                raise TypeError(f"attribute {name!r} is a {type(value).__name__}, not a scalar")
