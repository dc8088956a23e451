"""JSON text of the build's big records (report.json, manifest.json), fast at 10,000 filings."""

from __future__ import annotations

import json


def dumps_long(data: dict, long: set[str]) -> str:
    """``data`` laid out as ``json.dumps(indent=2)`` does, except that the values under the keys
    ``long`` (a list or dict of one item per filing) hold one item a line. Each item is then
    written by json's C encoder: the pure-Python writer that indenting needs took 3 s of a
    10,000-filing rebuild for report.json alone."""
    parts = []
    for key, value in data.items():
        name = _dumps(key)
        if key in long and value and isinstance(value, list):
            items = ",\n".join(f"    {_dumps(item)}" for item in value)
            parts.append(f"  {name}: [\n{items}\n  ]")
        elif key in long and value and isinstance(value, dict):
            items = ",\n".join(f"    {_dumps(k)}: {_dumps(v)}" for k, v in value.items())
            parts.append(f"  {name}: {{\n{items}\n  }}")
        else:
            # a JSON string holds no raw newline: every one here is the layout's
            parts.append(f"  {name}: " + json.dumps(value, indent=2, ensure_ascii=False).replace("\n", "\n  "))
    return "{\n" + ",\n".join(parts) + "\n}\n" if parts else "{}\n"


# One encoder for every item: json.dumps() with an argument builds a new one per call.
_dumps = json.JSONEncoder(ensure_ascii=False).encode
