"""Write builders/extract/common_words.txt: the words filings write in lower case.

Truecasing (builders/extract/truecase.py) reads a filing written in capitals with it: a word
that filings write in lower case ("entered", "license", "exclusive") is a word, one they do not
is a name. The list is made here from the open corpus and the sample filings, without the
documents of the held-out gold splits (data/gold/test, data/fresh/test):

    .venv/bin/python tools/common_words.py ../shared/corpus data/filings data/fresh/filings
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from builders.parse import parse_path  # noqa: E402

OUT = ROOT / "builders" / "extract" / "common_words.txt"
MIN_COUNT = 3  # seen this often in lower case: a word, not a name's odd spelling


def held_out() -> set[str]:
    names = set()
    for folder in (ROOT / "data" / "gold" / "test", ROOT / "data" / "fresh" / "test"):
        for gold in folder.glob("*.json"):
            names.add(Path(json.loads(gold.read_text())["document"]).name)
    return names


def main(folders: list[str]) -> None:
    skip = held_out()
    counts: Counter[str] = Counter()
    for folder in folders:
        for path in sorted(Path(folder).rglob("*")):
            if not path.is_file() or path.name in skip or path.suffix in (".tsv", ".json"):
                continue
            try:
                filing = parse_path(path)
            except Exception:  # noqa: BLE001 - a file that does not parse adds no words
                continue
            for doc in filing.documents:
                prose = re.sub(r"\S+@\S+|\S*www\.\S+|https?://\S+|\S+\.(?:com|org|net|gov|edu)\b", " ", doc.text)  # names in addresses
                counts.update(re.findall(r"(?<![\w'.@/-])[a-z][a-z'-]*[a-z](?![\w'@/-])", prose))
    words = sorted({w for w, n in counts.items() if n >= MIN_COUNT} | {"a"})
    OUT.write_text("\n".join(words) + "\n")
    print(f"{len(words)} words -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main(sys.argv[1:] or ["../shared/corpus", "data/filings", "data/fresh/filings"])
