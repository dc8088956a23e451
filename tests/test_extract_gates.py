"""License rules' gates (core.needs) are exact: a rule yields claims only on sentences its gate lets through.

read_claims skips a gated rule on a sentence whose lower-cased template has none of its gate's words. A gate too
narrow would lose claims silently, so every rule runs here without its gate on the sentences of a sample of the
shared corpus, and wherever it yields a claim its gate must match.
"""

from __future__ import annotations

import re

import pytest

from builders.extract import extract
from builders.extract.licenses import read
from builders.parse import parse_path

from .conftest import SHARED_CORPUS

# Files of the shared corpus where the gated rules yield most (23 gated rules yield in them), quick to extract
# (about 7 s in all). The few others that yield in the corpus do so only in files that take 4-10 s each.
SAMPLE = (
    "seed/immunogen-8k-2003-01-24.txt",
    "rasskazovaleksey__rag_challange/e2923f240db86d0096f462f6cb398339d3251b50.md",
    "Stanford-Advanced-FinTech-Lab-SAFTL__stanford-edgar-filings-dataset/parsed.md",
    "dgunning__edgartools/0000950153-99-001234.html",
    "HarshaB45__AIDocumentIntelligence/AimmuneTherapeuticsInc_20200205_8-K_EX-10.3_11967170_EX-10.3_Development Agreement.txt",
)

# the rules read_claims runs in order, and the one it runs after them ("a license agreement with X for P")
GATED = [rule for rule in (*read.SENTENCE_RULES, read._license_agreements_with) if getattr(rule, "gate", None) is not None]


def test_the_costliest_rules_are_gated():
    names = {rule.__name__ for rule in GATED}
    assert {"_returns", "_terminations", "_rights_gained", "_grants", "_scheduled_returns", "_license_agreements_with"} <= names
    assert len(GATED) >= 50


@pytest.mark.parametrize("rule", GATED, ids=lambda rule: rule.__name__)
def test_a_gate_is_searched_in_lower_case(rule):
    """The template is lower-cased before the gate is searched: a capital letter in it (not an escape's, "\\s")
    would never match, and case-blind flags cost more."""
    assert not re.search(r"(?<!\\)[A-Z]", rule.gate.pattern), rule.gate.pattern
    assert not rule.gate.flags & re.IGNORECASE


@pytest.fixture(scope="module")
def yields(tmp_path_factory):
    """(rule, lower-cased template) for each sentence of the sample on which a gated rule, run ungated, yields."""
    if not SHARED_CORPUS.exists():
        pytest.skip("the shared corpus is not beside the project")
    found: list[tuple[str, str]] = []

    def ungated(rule):
        def run(tagged, state, facts, registry):
            claims = rule(tagged, state, facts, registry)
            if claims and getattr(rule, "gate", None) is not None:
                found.append((rule.__name__, tagged.template.lower()))
            return claims

        run.gate = re.compile("")  # read_claims asks _license_agreements_with's gate itself
        return run

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(read, "SENTENCE_RULES", tuple(ungated(rule) for rule in read.SENTENCE_RULES))
        mp.setattr(read, "_license_agreements_with", ungated(read._license_agreements_with))
        for name in SAMPLE:
            path = SHARED_CORPUS / name
            if path.exists():
                extract(parse_path(path))
    if not found:
        pytest.skip("no sample file of the shared corpus is there")
    return found


def test_every_gate_lets_through_the_sentences_its_rule_reads(yields):
    gates = {rule.__name__: rule.gate for rule in GATED}
    too_narrow = [(name, template[:200]) for name, template in yields if not gates[name].search(template)]
    assert not too_narrow, too_narrow


def test_the_sample_exercises_many_gates(yields):
    assert len({name for name, _ in yields}) >= 15
