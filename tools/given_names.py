"""Write builders/extract/given_names.txt: given names of many countries, from Faker.

People the role patterns of builders/extract/people.py miss are recognized by a given name
before a family name (builders/extract/named_people.py). The names come from the person
providers of Faker (MIT licence, https://github.com/joke2k/faker): every locale's first names
written in the Latin alphabet, romanized ones included (about 21,000). The list is written once
and kept in the repository, so extraction neither imports Faker nor changes when Faker does:

    .venv/bin/pip install faker==40.63.0 && .venv/bin/python tools/given_names.py

The list is a copy of Faker's data, so it carries Faker's copyright and MIT permission notice
(the file's header; the licence's text is builders/extract/given_names.LICENSE).
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "builders" / "extract" / "given_names.txt"
# What each locale's provider calls its lists of given names.
ATTRIBUTES = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary",
              "first_romanized_names", "first_romanized_names_male", "first_romanized_names_female")
# A given name as filings print it: a capital, then small letters (Latin, accented ones too), maybe hyphenated.
NAME = re.compile(r"[A-Z\u00c0-\u00de][a-z\u00df-\u017f]+(?:-[A-Z\u00c0-\u00de]?[a-z\u00df-\u017f]+)?")


def provider_names(provider: type) -> set[str]:
    names: set[str] = set()
    for attribute in ATTRIBUTES:
        # a class attribute, looked up without instantiating (some locales define a property instead)
        value = next((c.__dict__[attribute] for c in provider.__mro__ if attribute in c.__dict__), None)
        if isinstance(value, (dict, tuple, list, set, frozenset)):
            names.update(n for n in value if isinstance(n, str))
    return names


def given_names() -> list[str]:
    import faker.providers.person as person  # only this tool needs Faker

    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        names |= provider_names(importlib.import_module(f"{person.__name__}.{module.name}").Provider)
    return sorted(n for n in names if NAME.fullmatch(n))


def main() -> None:
    import faker

    names = given_names()
    OUT.write_text(f"# {len(names)} given names from Faker {faker.VERSION}, made by tools/given_names.py\n"
                   "# Copyright (c) 2012 Daniele Faraglia. MIT licence: see given_names.LICENSE\n"
                   + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} given names -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
