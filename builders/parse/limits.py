"""How much of one input the build reads: the defence against a file that is too big.

Memory while parsing follows the size of the file (it is read and decoded whole) and
time while extracting follows the length of its text, so both are capped. The caps are
far above real filings (the largest text in the shared corpus is 1.5 million characters,
a 10-K with every exhibit a few million) and both are reported when they bite.
"""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 512 * MB  # larger files are refused (an error in report.json)
    max_text_chars: int = 20_000_000  # text past this is not read (a warning in report.json)

    def __post_init__(self) -> None:
        if self.max_file_bytes < 1 or self.max_text_chars < 1:
            raise ValueError("limits must be positive")


DEFAULT_LIMITS = Limits()
