"""Fuzzing parse and extract with hypothesis: nothing escapes, evidence is exact, N-Quads are valid.

Bounded for `make test` (30 examples per test, the same ones every run: a few seconds);
`make fuzz` runs thousands at random (FILING_KG_FUZZ_EXAMPLES), then the atheris fuzzer
(tests/fuzz_atheris.py).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .fuzzing import FRAGMENTS, check_input

EXAMPLES = int(os.environ.get("FILING_KG_FUZZ_EXAMPLES", "30"))
# `make test` runs the same examples every time (a failure there is reproducible, never
# flaky); `make fuzz` sets FILING_KG_FUZZ_EXAMPLES and explores at random.
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize="FILING_KG_FUZZ_EXAMPLES" not in os.environ,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

pieces = st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=20))
documents = st.lists(pieces, max_size=80).map("".join)
encodings = st.sampled_from(["utf-8", "cp1252", "latin-1", "utf-16", "utf-16-be"])
suffixes = st.sampled_from([".txt", ".htm", ".md", ".nc"])


@FUZZ
@given(documents, encodings, suffixes)
def test_filing_shaped_text_in_any_encoding(text, encoding, suffix):
    check_input(text.encode(encoding, errors="replace"), suffix)


@FUZZ
@given(st.binary(max_size=3000), suffixes)
def test_arbitrary_bytes(data, suffix):
    check_input(data, suffix)


@FUZZ
@given(documents, st.sampled_from(["8-K", "EX-99.1", "10-K"]), st.sampled_from(["a.htm", "a.txt", "../b.htm"]))
def test_full_submissions_with_fuzzed_bodies(body, doc_type, filename):
    header = (
        "<SEC-DOCUMENT>\n<SEC-HEADER>\nACCESSION NUMBER:\t\t0000000003-24-000003\nCONFORMED SUBMISSION TYPE:\t8-K\n"
        "FILER:\n\tCOMPANY DATA:\n\t\tCOMPANY CONFORMED NAME:\t\t\tACME THERAPEUTICS INC\n\t\tCENTRAL INDEX KEY:\t\t\t0000000003\n"
        "</SEC-HEADER>\n"
    )
    submission = f"{header}<DOCUMENT>\n<TYPE>{doc_type}\n<SEQUENCE>1\n<FILENAME>{filename}\n<TEXT>\n{body}\n</TEXT>\n</DOCUMENT>\n"
    check_input(submission.encode("utf-8", errors="replace"))
