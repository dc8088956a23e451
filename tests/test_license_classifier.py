"""tools/license_classifier.py: the candidates it reads from a licensing sentence and the model it fits."""

from __future__ import annotations

from .conftest import load_tool


def _tool():
    return load_tool("license_classifier")


FILER = "FORM 8-K\n\nTorvane Biologics, Inc.\n(Exact name of registrant as specified in its charter)\n\n"


def test_a_sentence_the_rules_read_nothing_from_gives_a_candidate_for_each_direction_and_asset(tmp_path):
    tool = _tool()
    path = tmp_path / "f.txt"
    path.write_text(FILER + "Torvane said Quillan Pharma Ltd. has rights it once licensed for TVB-220 and TVB-310 as a partner of Torvane.\n")
    doc = tool.read_document(path, [({"quillan pharma"}, {"torvane biologics"}, {"tvb 220"})], "made-up")
    names = {"quillan pharma", "torvane biologics", "tvb 220", "tvb 310"}
    triples = [tuple(next(n for n in names if n in part) for part in triple) for _, _, triple, _ in doc.examples]
    assert sorted(triples) == sorted((x, y, p) for x, y in (("quillan pharma", "torvane biologics"), ("torvane biologics", "quillan pharma"))
                                     for p in ("tvb 220", "tvb 310"))
    assert [t for (_, label, _, _), t in zip(doc.examples, triples, strict=True) if label] == [("quillan pharma", "torvane biologics", "tvb 220")]


def test_a_sentence_without_a_licensing_word_gives_none(tmp_path):
    tool = _tool()
    path = tmp_path / "f.txt"
    path.write_text(FILER + "Torvane met Quillan Pharma Ltd. to discuss TVB-220 and the results of its trial.\n")
    assert tool.read_document(path, [], "made-up").examples == []


def test_the_fit_is_the_same_each_time_and_learns_which_words_tell_the_direction():
    tool = _tool()
    examples = [(("RE:granted", "RE:to"), 1), (("RE:from", "RE:obtained"), 0)] * 20
    weights = tool.fit(examples)
    assert weights == tool.fit(examples)
    assert tool.probability(("RE:granted", "RE:to"), weights) > 0.9 > 0.1 > tool.probability(("RE:from", "RE:obtained"), weights)
