"""EDGAR identifiers, checked before they go anywhere near a URL or a file name.

Values from the user and from EDGAR's JSON alike pass through here: a cache path is
only ever built from what these functions return, so a hostile or corrupt JSON file
cannot name ``../../something`` (see ``Cache._inside``).
"""

from __future__ import annotations

import re

from ..errors import FetchError

_CIK = re.compile(r"(?:CIK)?0*(\d{1,10})", re.I)
_ACCESSION = re.compile(r"(\d{10})-?(\d{2})-?(\d{6})")
_PAGE_NAME = re.compile(r"CIK\d{10}-submissions-\d{3}\.json")
_TICKER = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-]{0,9}")


def normalize_cik(value: str | int) -> str:
    """``320193``, ``0000320193`` or ``CIK0000320193`` -> ``0000320193``."""
    text = str(value).strip()
    m = _CIK.fullmatch(text)
    if not m or int(m.group(1)) == 0:
        raise FetchError(f"invalid CIK {text!r}: expected up to 10 digits")
    return f"{int(m.group(1)):010d}"


def normalize_accession(value: str) -> str:
    """``0000723533-04-000001`` or ``000072353304000001`` -> ``0000723533-04-000001``."""
    text = str(value).strip()
    m = _ACCESSION.fullmatch(text)
    if not m:
        raise FetchError(f"invalid accession number {text!r}: expected 18 digits, as 0001234567-YY-NNNNNN")
    return "-".join(m.groups())


def check_page_name(name: str) -> str:
    """An older submissions page listed under ``filings.files``: ``CIK##########-submissions-###.json``."""
    if not isinstance(name, str) or not _PAGE_NAME.fullmatch(name):
        raise FetchError(f"invalid submissions page name {name!r}")
    return name


def normalize_ticker(value: str) -> str:
    text = str(value).strip()
    if not _TICKER.fullmatch(text):
        raise FetchError(f"invalid ticker {text!r}: expected letters, digits, '.' or '-'")
    return text.upper()
