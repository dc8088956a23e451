"""Write builders/extract/east_asian_family_names.txt: family names of China, Taiwan, Hong Kong and Korea in the
Latin alphabet.

A Chinese or Korean given name is rarely in any list of given names ("Haodong", "Min-seok"), so
builders/extract/named_people.py reads such a person by the family name instead, with the given name's shape:
syllables of pinyin or of Korean romanization ("Haodong Xue", "Xue Haodong", "Lee Min-seok"). The family names of
China and Taiwan are Faker's romanized ones (MIT licence, https://github.com/joke2k/faker; Faker lists Korean names
in Hangul only); the Korean and the Cantonese (Hong Kong) spellings below were written here, from the common
surnames each romanization gives. Written once and kept in the repository:

    .venv/bin/pip install faker==40.63.0 && .venv/bin/python tools/east_asian_names.py
"""

from __future__ import annotations

import importlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "builders" / "extract" / "east_asian_family_names.txt"

KOREAN = [
    "Kim", "Gim", "Lee", "Yi", "Rhee", "Park", "Pak", "Bak", "Choi", "Choe", "Jung", "Jeong", "Chung", "Kang",
    "Cho", "Jo", "Yoon", "Yun", "Jang", "Chang", "Lim", "Im", "Han", "Oh", "Seo", "Suh", "Shin", "Sin",
    "Kwon", "Gwon", "Hwang", "Ahn", "An", "Song", "Yoo", "Yu", "Ryu", "Hong", "Jeon", "Chun", "Jun", "Ko",
    "Go", "Moon", "Mun", "Yang", "Son", "Sohn", "Bae", "Baek", "Paik", "Heo", "Huh", "Nam", "Sim", "Shim",
    "Noh", "Roh", "Ha", "Kwak", "Sung", "Seong", "Cha", "Joo", "Ju", "Woo", "Min", "Na", "Jin", "Chae",
    "Won", "Bang", "Byun", "Yeo", "Um", "Eom", "Ryoo", "Yim", "Hyun", "Gil", "Pyo",
]
CANTONESE = [
    "Chan", "Cheung", "Wong", "Lam", "Lau", "Leung", "Ng", "Ho", "Tsang", "Yeung", "Chow", "Kwok", "Tse", "Lo",
    "Law", "Fung", "Mak", "Tang", "Lai", "Yip", "Siu", "Poon", "Choi", "Chu", "Kwan", "Lui", "Tam", "Tong",
    "Cheng", "Chiu", "Kong", "Ma", "Mok", "Au", "Ip", "Yau", "Yuen", "Hui", "Sze", "Koo", "Tsui", "Chiang",
    "Szeto", "Wan", "Fok", "Kwong", "Tsoi", "Luk",
]


def faker_family_names() -> set[str]:
    names: set[str] = set()
    for locale in ("zh_CN", "zh_TW"):
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        names |= {n.capitalize() for n in provider.last_romanized_names if n.isalpha()}
    return names


def main() -> None:
    import faker

    names = sorted(faker_family_names() | set(KOREAN) | set(CANTONESE))
    OUT.write_text(f"# {len(names)} family names of China, Taiwan, Hong Kong and Korea, made by tools/east_asian_names.py\n"
                   f"# with Faker {faker.VERSION}'s romanized names of zh_CN and zh_TW (Copyright (c) 2012 Daniele Faraglia; MIT licence:\n"
                   "# see given_names.LICENSE) and Korean and Cantonese spellings written here\n"
                   + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} family names -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
