"""HTML filings to text with a real HTML parser (lxml), tables kept readable.

The walk is iterative (``iterwalk``), so deeply nested or unclosed markup cannot
exhaust the recursion limit. Hidden content (inline XBRL headers, ``display:none``)
is dropped: it repeats cover-page facts as machine tokens, not prose.
"""

from __future__ import annotations

import re

import lxml.etree as etree
import lxml.html

from .text import clean_text

_BREAK_TAGS = {"br", "tr", "li", "dt", "dd", "div", "center", "caption", "option"}
_PARAGRAPH_TAGS = {
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "pre", "blockquote",
    "hr", "ul", "ol", "dl", "section", "article", "header", "footer", "title",
}
_CELL_TAGS = {"td", "th"}
_DROP_TAGS = {"script", "style", "head", "noscript", "template", "ix:header", "xbrl", "xml"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_SPACE_RUN = re.compile(r"[ \t\r\n\f\v\xa0]+")
# Break markers while walking: soft (a line) and hard (a paragraph); runs of them
# and the whitespace around them collapse to one newline or one blank line.
SOFT, HARD = "\x1e", "\x1d"
_BREAK_RUN = re.compile(r"[ \t\n]*[\x1d\x1e][\x1d\x1e \t\n]*")
_TAG = re.compile(r"<[^>]*>")
_INVISIBLE = re.compile(r"<(script|style|head)\b.*?</\1\s*>", re.S | re.I)
# libxml2 limits nesting even with huge_tree; past it, content is silently dropped.
_PARSER = lxml.html.HTMLParser(huge_tree=True)


def html_to_text(markup: str) -> str:
    """Return the readable text of an HTML document; table cells are joined by `` | ``."""
    markup = _XML_DECLARATION.sub("", markup, count=1)
    if not markup.strip():
        return ""
    try:
        root = lxml.html.fromstring(markup, parser=_PARSER)
        text = _walk(root)
    except (etree.ParserError, ValueError):
        text = ""
    if not text.strip():
        text = _strip_tags(markup)
    text = _BREAK_RUN.sub(lambda m: "\n\n" if HARD in m.group(0) or m.group(0).count("\n") > 1 else "\n", text)
    return clean_text(text, collapse_spaces=True)


def _strip_tags(markup: str) -> str:
    """Last resort for markup the parser gives up on (pathological nesting)."""
    import html

    return html.unescape(_TAG.sub(" ", _INVISIBLE.sub(" ", markup)))


def _tag(el) -> str:
    tag = el.tag
    return tag.lower() if isinstance(tag, str) else ""


def _walk(root) -> str:
    out: list[str] = []
    cells: list[tuple[int, bool]] = []  # (index in out where the cell began, row had content)
    row_content: list[bool] = [False]
    skipped: set = set()
    pre_depth = 0
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = _tag(el)
        if event == "start":
            if not tag or tag in _DROP_TAGS or _HIDDEN_STYLE.search(el.get("style") or ""):
                skipped.add(el)
                walker.skip_subtree()
                continue
            if tag == "pre":
                pre_depth += 1
            _open(tag, out, cells, row_content)
            if el.text:
                out.append(el.text if pre_depth else _SPACE_RUN.sub(" ", el.text))
        else:
            if el in skipped:
                skipped.discard(el)
            else:
                _close(tag, out, cells, row_content)
                if tag == "pre":
                    pre_depth -= 1
            if el.tail:
                out.append(el.tail if pre_depth else _SPACE_RUN.sub(" ", el.tail))
    return "".join(out)


def _open(tag: str, out: list[str], cells: list, row_content: list[bool]) -> None:
    if tag in _PARAGRAPH_TAGS:
        out.append(HARD)
    elif tag in _BREAK_TAGS:
        out.append(SOFT)
    if tag == "tr":
        row_content.append(False)
    elif tag in _CELL_TAGS:
        cells.append((len(out), row_content[-1]))


def _close(tag: str, out: list[str], cells: list, row_content: list[bool]) -> None:
    if tag in _CELL_TAGS and cells:
        start, had_content = cells.pop()
        cell_text = "".join(out[start:]).strip(" \t\n\x1d\x1e")
        if not cell_text:
            del out[start:]
        else:
            cell_text = re.sub(r"[\s\x1d\x1e]+", " ", cell_text)
            out[start:] = [(" | " if had_content else "") + cell_text]
            row_content[-1] = True
    elif tag == "tr" and len(row_content) > 1:
        row_content.pop()
    if tag in _PARAGRAPH_TAGS:
        out.append(HARD)
    elif tag in _BREAK_TAGS:
        out.append(SOFT)
