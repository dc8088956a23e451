"""Coverage-guided fuzzing of parse -> extract -> emit with atheris (libFuzzer), run by `make fuzz`.

    python -m tests.fuzz_atheris -max_total_time=120 -max_len=20000 -artifact_prefix=out/fuzz- out/fuzz-corpus

The checks are those of the hypothesis tests (tests/fuzzing.py); atheris adds coverage
feedback, so it finds inputs that reach deeper rules than random text does. The corpus
folder is seeded from tests/bad_inputs and data/filings by the Makefile, and libFuzzer
adds the inputs it finds interesting to it. A failure writes out/fuzz-crash-<hash>.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["builders"]):
    from .fuzzing import check_input

SUFFIXES = (".txt", ".htm", ".md", ".nc")


def one_input(data: bytes) -> None:
    # The first byte picks the file name's suffix (it decides HTML vs text for some inputs).
    suffix = SUFFIXES[data[0] % len(SUFFIXES)] if data else ".txt"
    check_input(data[1:], suffix)


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
