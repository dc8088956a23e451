"""JSON text of the build's big records (report.json, manifest.json), fast at 10,000 filings
and written a piece at a time at 100,000 (the whole text and its bytes took half a GB)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from itertools import chain


def iter_long(data: dict, long: set[str]) -> Iterator[str]:
    """``data`` laid out as ``json.dumps(indent=2)`` does, in pieces, except that the values under
    the keys ``long`` (a list, dict or iterator of one item per filing) hold one item a line and
    a piece. Each item is written by json's C encoder: the pure-Python writer that indenting
    needs took 3 s of a 10,000-filing rebuild for report.json alone. An iterator makes no list
    of every filing's record either."""
    if not data:
        yield "{}\n"
        return
    for index, (key, value) in enumerate(data.items()):
        yield ("{\n" if index == 0 else ",\n") + f"  {_dumps(key)}: "
        if key in long and isinstance(value, dict) and value:
            yield from _lines("{", (f"{_dumps(k)}: {_dumps(v)}" for k, v in value.items()), "}")
        elif key in long and not isinstance(value, (dict, str)) and isinstance(value, Iterable):
            items = iter(value)
            first = next(items, _NOTHING)
            if first is _NOTHING:
                yield "[]"
            else:
                yield from _lines("[", (_dumps(item) for item in chain((first,), items)), "]")
        else:
            # a JSON string holds no raw newline: every one here is the layout's
            yield json.dumps(value, indent=2, ensure_ascii=False).replace("\n", "\n  ")
    yield "\n}\n"


def _lines(opening: str, items: Iterator[str], closing: str) -> Iterator[str]:
    yield opening + "\n"
    for index, item in enumerate(items):
        yield ("    " if index == 0 else ",\n    ") + item
    yield f"\n  {closing}"


_NOTHING = object()
# One encoder for every item: json.dumps() with an argument builds a new one per call.
_dumps = json.JSONEncoder(ensure_ascii=False).encode
