"""Sentence segmentation with character offsets into a document's text.

Filings mix prose with cover-page layout, so a paragraph break (blank line) always
ends a sentence, a single line break ends one only when the line looks finished
(terminal punctuation, an all-caps heading, a short label line), and inside a
line the usual ``. `` rule applies except after abbreviations and initials.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..model import Document, Evidence

ABBREVIATIONS = {
    "inc", "corp", "co", "ltd", "no", "nos", "dr", "drs", "mr", "mrs", "ms", "messrs", "mmes", "prof", "profs", "st", "jr", "sr",
    "vs", "v", "e.g", "i.e", "etc", "u.s", "u.k", "n.v", "s.a", "fig", "approx", "dept", "est",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ph.d",
    "m.d", "b.v", "l.p", "l.l.c", "p.l.c", "k.k", "s.p.a", "s.r.l", "a.g", "seq", "et al", "al", "sec",
    "art", "para", "cf", "ave", "blvd", "rd", "mt", "ft", "op", "nasdaq", "hon", "gen", "gov",
}
LEGAL_FORMS = {"inc", "corp", "ltd", "co", "llc", "plc", "l.p", "n.v", "s.a", "a.g", "s.p.a", "s.r.l", "b.v", "k.k", "l.l.c", "p.l.c"}
_NEW_SENTENCE_WORDS = {"The", "We", "Our", "In", "On", "This", "These", "It", "Its", "As", "Under", "Pursuant", "For", "Following", "After", "During", "Since", "Upon", "If", "Such", "Each", "No", "There",
                       "Effective", "Prior", "Subsequently", "Separately", "Additionally", "Also", "However", "Thereafter",
                       "Accordingly", "Further", "Furthermore", "Together", "Beginning", "Through", "From", "At", "By"}


def _starts_sentence(following: str) -> bool:
    word = following.split(maxsplit=1)[0] if following.strip() else ""
    word = word.strip("\"'(").rstrip(",;:")  # "Inc. Separately, we ..."
    return word in _NEW_SENTENCE_WORDS or bool(re.fullmatch(r"[A-Z]{1,6}-?\d{2,7}[A-Za-z]?", word)) or bool(_SUBJECT_AND_VERB.match(following.lstrip()))


# "... to Helix Bio Inc. Helix Bio Inc. returned the rights ...": a name and its verb start the next sentence.
_SUBJECT_AND_VERB = re.compile(
    r"(?:[A-Z][\w&\-]*\.?,?\s+){1,5}(?:will|has|had|have|is|was|are|were|shall|returned|granted|agreed|announced|"
    r"received|paid|entered|terminated|licensed|exercised|notified|acquired|also)\b"
)


_SENTENCE_END = re.compile(r"[.!?][\"')\]]*(?=\s+[\"'(\[]?[A-Z0-9])")
_TERMINAL = re.compile(r"[.!?:;][\"')\]]*$")


@dataclass(frozen=True)
class Sentence:
    doc: int
    start: int
    end: int
    text: str

    def evidence(self) -> Evidence:
        return Evidence(self.doc, self.start, self.end, self.text)

    def span(self, start: int, end: int) -> Evidence:
        """Evidence for a sub-span given in sentence-relative offsets."""
        return Evidence(self.doc, self.start + start, self.start + end, self.text[start:end])


def segment(document: Document) -> list[Sentence]:
    """Sentences with their offsets. A line break inside a sentence after a long line is the wrap of
    a plain-text filing ("Coldwater\nState University"): it reads as a space, one character for
    one, so offsets into the sentence stay offsets into the document."""
    text = document.text
    return [
        Sentence(document.sequence, s, e, _unwrapped(text, s, e))
        for s, e in _sentence_spans(text)
        if text[s:e].strip()
    ]


def _unwrapped(text: str, start: int, end: int) -> str:
    """Plain text wrapped at a width has lines of 40 to 100 characters on both sides of a break; a
    heading over a paragraph of rendered HTML is followed by a much longer line, a cell by a short one."""
    chunk = text[start:end]
    if "\n" not in chunk:
        return chunk
    out = list(chunk)
    for i, c in enumerate(chunk):
        if c != "\n":
            continue
        pos = start + i
        before = pos - (text.rfind("\n", 0, pos) + 1)
        after_end = text.find("\n", pos + 1)
        after = (after_end if after_end >= 0 else len(text)) - pos - 1
        if 40 <= before <= 100 and after <= 100:
            out[i] = " "
    return "".join(out)


def _sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    for p_start, p_end in _paragraphs(text):
        for l_start, l_end in _line_groups(text, p_start, p_end):
            yield from _split_prose(text, l_start, l_end)


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for m in re.finditer(r"\n[ \t]*\n", text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


def _line_groups(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Join wrapped lines; break after lines that look finished."""
    group_start = start
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        if nl < 0:
            break
        line = text[pos:nl].strip()
        nxt = text[nl + 1 : text.find("\n", nl + 1, end) if text.find("\n", nl + 1, end) >= 0 else end].strip()
        if _line_is_finished(line, nxt):
            yield group_start, nl
            group_start = nl + 1
        pos = nl + 1
    yield group_start, end


def _line_is_finished(line: str, nxt: str) -> bool:
    if not line or not nxt:
        return True
    if "|" not in line + nxt and (nxt[:1] in ",;)" or re.match(r"['\u2019]s\b", nxt) or line.endswith(".") and (nxt[:1].islower() or line[-2:-1].isdigit() and nxt[:1].isdigit())):
        return False  # HTML inline elements broke the line: "Kuva Acquisition Corp." / ", a Delaware ...", "$4." / "25"
    if _TERMINAL.search(line) or "|" in line or "|" in nxt:
        return True
    letters = re.sub(r"[^A-Za-z]", "", line)
    if letters and letters.isupper():
        return True
    if len(line) < 45 and not line.endswith((",", "(", "-", " and", " or", " of", " the")):
        return nxt[:1].isupper() or nxt[:1].isdigit() or nxt[:1] in "(*-"
    return nxt[:1] in "*-•" or bool(re.match(r"\(?[0-9a-z]{1,3}[.)]\s", nxt))


def _split_prose(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    chunk = text[start:end]
    cursor = 0
    for m in _SENTENCE_END.finditer(chunk):
        stop = m.end()
        if _is_abbreviation(chunk, m.start()) or _is_broken_number(chunk, m.start()):
            continue
        yield from _trimmed(start + cursor, start + stop, text)
        cursor = stop
    yield from _trimmed(start + cursor, end, text)


def _is_broken_number(chunk: str, dot: int) -> bool:
    """'$4.' and '25' on two lines: one number an HTML element split, not a sentence end."""
    return chunk[dot] == "." and dot > 0 and chunk[dot - 1].isdigit() and chunk[dot + 1 : dot + 2] == "\n" and chunk[dot + 2 : dot + 3].isdigit()


def _is_abbreviation(chunk: str, dot: int) -> bool:
    if chunk[dot] != ".":
        return False
    before = re.search(r"([A-Za-z][A-Za-z.]*)$", chunk[max(0, dot - 24) : dot])
    if not before:
        return False
    word = before.group(1).lower()
    if word in LEGAL_FORMS and _starts_sentence(chunk[dot + 1 : dot + 40]):
        return False  # "... Nurix Therapeutics, Inc. GS-6791 is ...": the legal form ends the sentence
    if word in ABBREVIATIONS or word.rstrip(".") in ABBREVIATIONS:
        return True
    if (re.fullmatch(r"[A-Z]\.[A-Z]", before.group(1)) and before.group(1) not in _NOT_INITIALS
            and re.search(r"\b[A-Z][a-z]+[ ][A-Z]\.[A-Z]$", chunk[max(0, dot - 30) : dot])
            and _FAMILY_NAME_AFTER.match(chunk, dot + 1) and not _starts_sentence(chunk[dot + 1 : dot + 60])):
        return True  # two initials between a given and a family name: "Bruce L.A. Quimbrey, Ph.D."
    # an initial: "Gregg D. Beloff"; not the letter of a form: "Form 6-K. The Company ..."
    return len(word) == 1 and chunk[dot - 1].isupper() and not re.search(r"\d-$", chunk[max(0, dot - 4) : dot - 1])


# A family name after initials: a capitalized word, then a comma or the next name ("L.A. Quimbrey, Ph.D.").
_FAMILY_NAME_AFTER = re.compile(r"[ ][A-Z][a-z]+(?:-[A-Z][a-z]+)?(?=,|[ ][A-Z(])")
# Degrees and places written as two initials, which end sentences as often as not: "Halden University B.A. Williams
# College later hired him", "offices in Washington D.C. Moreover, ...".
_NOT_INITIALS = {"B.A", "B.S", "M.A", "M.S", "M.D", "J.D", "D.C", "N.Y", "N.J", "U.S", "U.K", "S.F", "D.O", "R.N"}


def _trimmed(s: int, e: int, text: str) -> Iterator[tuple[int, int]]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        yield s, e
