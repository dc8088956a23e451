"""Plain-text and Markdown renderings: normalize so offsets and rules see clean prose."""

from __future__ import annotations

import html
import re

# Characters that carry no meaning for extraction but break regular expressions:
# soft hyphens stand in for real hyphens in EDGAR text ("anti\xadHER2"), no-break
# spaces for spaces, and zero-width marks for nothing.
_TRANSLATE = {
    0x00A0: " ",
    0x00AD: "-",
    0x2007: " ",
    0x2009: " ",
    0x202F: " ",
    0x200B: None,
    0x200C: None,
    0x200D: None,
    0xFEFF: None,
    0x2010: "-",
    0x2011: "-",
    0x2012: "-",
    0x2013: "-",
    0x2014: " - ",
    0x2018: "'",
    0x2019: "'",
    0x201C: '"',
    0x201D: '"',
    0x2022: "*",
    0x2028: "\n",  # LINE SEPARATOR
    0x2029: "\n\n",  # PARAGRAPH SEPARATOR
    ord("\t"): " ",
    ord("\f"): "\n",
    ord("\v"): "\n",
    ord("\r"): None,
}
# C0/C1 control characters other than newline: never meaningful in a filing.
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")
# Terminal escape sequences (CSI "ESC [ ... m", OSC "ESC ] ... BEL", two-byte ESC x):
# removed whole, or their printable tails ("[31m") would end up inside names.
_ESCAPE_SEQUENCE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]?|\][^\x07\x1b\n]{0,200}(?:\x07|\x1b\\)?|[@-Z\\-_])|\x9b[0-?]*[ -/]*[@-~]?")
# What counts as an unexpected control character in a report (layout ones excluded).
_UNEXPECTED_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_TRAILING_SPACE = re.compile(r"(?<! )[ ]+\n")  # look-behind: linear on long runs of spaces
_MANY_BLANKS = re.compile(r"\n{3,}")
_MANY_SPACES = re.compile(r"[ ]{2,}")
_LEADING_SPACE = re.compile(r"\n[ ]+")


_ENTITY = re.compile(r"&(?:#\d{2,6}|#x[0-9a-fA-F]{2,5}|[a-zA-Z]{2,8});")
# A trademark sign inside a code name ("XmAb®7195") splits one name in two: the name is XmAb7195.
_MARK_IN_WORD = re.compile(r"(?<=[A-Za-z0-9])[®™](?=[0-9])")
# Renderings that put the apostrophe in an element of its own: "CytomX &#8217; s Probody platform".
_SPACED_POSSESSIVE = re.compile(r"(?<=[A-Za-z0-9])[ ]?'[ ]s(?=[ ,.;:])")


# Some renderings of agreements lose every line break and the space that stood for it:
# "between Harpoon andAbbVie Biotechnology", "By: /s/ Gerald McMahonName: Gerald McMahonTitle:".
# Only in such flattened texts (no line break in thousands of characters) is a lower-case
# function word glued to a capital taken for two words: elsewhere "inVentiv" is a name.
_FUNCTION_WORDS = (
    "a|about|after|against|all|among|an|and|any|as|at|before|between|both|but|by|each|either|for|from|"
    "hereby|however|if|in|into|its|neither|nor|of|on|or|other|our|per|such|than|that|the|their|these|"
    "this|those|thereof|through|to|under|unless|until|upon|whereas|which|while|with|within|without"
)
_GLUED_WORD = re.compile(rf"\b(?P<word>{_FUNCTION_WORDS})(?=(?P<rest>[A-Z][\w\-]*))")
_WORD_ALONE = re.compile(r"(?<![\w\-])[A-Z][\w\-]*")
# "...as of the Effective Date.CYTODYN INC.By:/s/": a sentence's end glued to the next line's start
_GLUED_SENTENCE = re.compile(r"(?<=[a-z]{2}[.;:])(?=[A-Z])|(?<=[A-Z]{2}\.)(?=[A-Z]{2})")
# a signature block's labels glued to the name before them: "McMahonName:", "Ph.D.Title:"
_GLUED_LABEL = re.compile(r"(?<=[a-z.)])(?=(?:Name|Title|By|Date|Its)\s?:)")
# a title set in capitals with its connectives glued: "AGREEMENTbetweenHARPOON"
_GLUED_CONNECTIVE = re.compile(r"(?<=[A-Z]{2})(between|and|by|of|with)(?=[A-Z]{2})")
_FLAT_MIN_CHARS = 5000
_FLAT_CHARS_PER_BREAK = 2000


def flattened(text: str) -> bool:
    """Whether ``text`` lost its line breaks: long, with hardly one in thousands of characters."""
    return len(text) >= _FLAT_MIN_CHARS and text.count("\n") * _FLAT_CHARS_PER_BREAK < len(text)


def unglue(text: str) -> str:
    """Put back the spaces a flattened text lost where its lines were joined.

    A function word is split from the capital after it only where the text also writes that
    capitalized word on its own: "andAbbVie" (AbbVie stands alone elsewhere) but not "aTyr",
    "inVentiv" or "onCore", names whose rest ("Tyr", "Ventiv") is never a word of the text."""
    text = _GLUED_CONNECTIVE.sub(r" \1 ", text)
    text = _GLUED_LABEL.sub(" ", text)
    text = _GLUED_SENTENCE.sub(" ", text)
    alone = set(_WORD_ALONE.findall(text))
    text = _GLUED_WORD.sub(lambda m: m.group("word") + " " if m.group("rest") in alone else m.group("word"), text)
    return _unglue_lower_case(text)


# Two lower-case words glued where a line ended ("anylicense", "expresslygranted", "setforth"):
# split where both halves are words filings write, or the head is and the rest is written alone
# in the text ("Commercializingleronlimab"). Never after a word-forming prefix ("nonexclusive"
# is not "non exclusive", which would read as exclusive) nor before a suffix ("grantor" is not
# "grant or", "assignee" not "assign ee").
_LOWER_TOKEN = re.compile(r"(?<![\w\-'])[a-z]{5,}(?![\w\-])")
_CAPITALIZED_TOKEN = re.compile(r"(?<![\w\-'])[A-Z][a-z]{5,}(?![\w\-])")
def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_PREFIXES = _word_set(
    "anti bio co counter cross de dis down en ex in inter micro mid mis multi non off on out over post "
    "pre pro re self semi sub super trans un under up")
_SUFFIXES = _word_set(
    "able ably al ance ances ate ated ation ations ed ee ees ence er ers es ful ing ings ion ions ise "
    "ity ive ize less ly ment ments ness or ors ous ship ward wards")
_SHORT_HEADS = _word_set("an as at be by if in is it no of on or so to we")
# A preposition that is also a prefix ("insoluble", "ongoing", "underpaid") is split off only
# before a word that follows prepositions.
_AFTER_PREPOSITION = _word_set(
    "accordance addition all any connection each its lieu order respect such that the their these "
    "this those whole writing")


def _unglue_lower_case(text: str) -> str:
    # The word list lives with the extractor that made it.
    from ..extract.truecase import common_words

    words = common_words()
    alone = set(_LOWER_TOKEN.findall(text))

    def split(m: re.Match) -> str:
        token = m.group()
        if token in words:
            return token
        for cut in range(2, len(token) - 1):
            head, rest = token[:cut], token[cut:]
            if _splits(head, rest, words, alone):
                return f"{head} {rest}"
        return token

    def split_capitalized(m: re.Match) -> str:
        # A capitalized head ("Commercializingleronlimab", a defined term glued to a name) only
        # before a rest that is no word but written alone: "Blackstone" and "Newport" stay whole.
        token = m.group()
        for cut in range(3, len(token) - 4):
            head, rest = token[:cut], token[cut:]
            if rest not in words and rest in alone and _splits(head.lower(), rest, words, alone):
                return f"{head} {rest}"
        return token

    return _CAPITALIZED_TOKEN.sub(split_capitalized, _LOWER_TOKEN.sub(split, text))


def _splits(head: str, rest: str, words: frozenset[str], alone: set[str]) -> bool:
    if head in _PREFIXES:
        return rest in _AFTER_PREPOSITION
    if head not in words or rest in _SUFFIXES:
        return False
    if len(head) == 2 and head not in _SHORT_HEADS:
        return False
    return rest in words or (len(rest) >= 5 and rest in alone)


def clean_text(text: str, collapse_spaces: bool = False) -> str:
    """Normalize characters and blank lines; the result is what evidence offsets index."""
    if _ENTITY.search(text):
        # Tag-stripped renderings keep HTML entities ("&#8217;", "&nbsp;"): they are characters.
        text = html.unescape(text)
    text = text.replace("\r\n", "\n").translate(_TRANSLATE)
    if "\x1b" in text or "\x9b" in text:
        text = _ESCAPE_SEQUENCE.sub("", text)
    text = _CONTROL.sub("", text)
    if "®" in text or "™" in text:
        text = _MARK_IN_WORD.sub("", text)
    if "' s" in text:
        text = _SPACED_POSSESSIVE.sub("'s", text)
    if flattened(text):
        text = unglue(text)
    if collapse_spaces:
        text = _MANY_SPACES.sub(" ", text)
        text = _LEADING_SPACE.sub("\n", text)
    text = _TRAILING_SPACE.sub("\n", text)
    text = _MANY_BLANKS.sub("\n\n", text)
    return text.strip("\n ")


def control_characters(text: str) -> tuple[int, list[str]]:
    """How many unexpected control characters ``text`` holds (tab, newline, CR, FF and VT
    are layout, not counted) and the first few distinct ones as ``U+hhhh``. One C-level pass
    for the count, so a file made of control characters costs no more than any other."""
    if not _UNEXPECTED_CONTROL.search(text):
        return 0, []
    count = len(text) - len(_UNEXPECTED_CONTROL.sub("", text))
    seen: set[str] = set()
    for index, m in enumerate(_UNEXPECTED_CONTROL.finditer(text)):
        seen.add(f"U+{ord(m.group()):04X}")
        if len(seen) >= 5 or index >= 10_000:
            break
    return count, sorted(seen)


def clean_value(value: str) -> str:
    """A one-line header value: escapes and control characters removed, whitespace runs (newlines too) one space."""
    if "\x1b" in value or "\x9b" in value:
        value = _ESCAPE_SEQUENCE.sub("", value)
    value = _CONTROL.sub(" ", value.translate(_TRANSLATE))
    return " ".join(value.split())


# Markdown produced by PDF/HTML converters: emphasis, headings, page markers
# and table rules are layout, not words.
_MD_EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")
_MD_HEADING = re.compile(r"^[ ]{0,3}#{1,6}[ ]+", re.M)
_MD_PAGE_MARKER = re.compile(r"\{\d+\}-{3,}")
# PDF converters put headings in the middle of a line: "... income taxes. # Note 13 ..."
_MD_INLINE_HEADING = re.compile(r"(?<=\S)[ ]+#{1,6}[ ]+(?=\S)")
_MD_TABLE_RULE = re.compile(r"^[ ]*\|?[ ]*:?-{3,}:?[ ]*(\|[ ]*:?-{3,}:?[ ]*)*\|?[ ]*$", re.M)
_MD_LINK = re.compile(r"\[([^\]\n]{1,200})\]\([^)\n]{0,500}\)")
_MD_SUPERSCRIPT = re.compile(r"\^([^\^\s]{1,12})\^")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|$])")


_MD_BREAK_TAG = re.compile(r"<br\s*/?>", re.I)
_MD_TAG = re.compile(r"</?[a-zA-Z][^<>\n]{0,300}>")


def markdown_to_text(text: str) -> str:
    """Strip Markdown markup (and the HTML tags converters leave in it), keeping the words and lines."""
    text = _MD_BREAK_TAG.sub("\n", text)
    text = _MD_TAG.sub("", text)
    text = _MD_PAGE_MARKER.sub("\n\n", text)
    text = _MD_INLINE_HEADING.sub("\n\n", text)
    text = _MD_TABLE_RULE.sub("", text)
    text = _MD_HEADING.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_EMPHASIS.sub("", text)
    text = _MD_SUPERSCRIPT.sub(r"\1", text)
    text = _MD_ESCAPE.sub(r"\1", text)
    return text


def looks_like_markdown(text: str) -> bool:
    sample = text[:20000]
    return sample.count("**") >= 4 or len(_MD_HEADING.findall(sample)) >= 3
