"""HTML filings to text with a real HTML parser (lxml), tables kept readable.

The walk follows the parser's events (no recursion), so deeply nested or unclosed
markup cannot exhaust the recursion limit, and it drops each element once read, so a
50 MB document does not become a 50 MB tree. Hidden content (inline XBRL headers, ``display:none``)
is dropped: it repeats cover-page facts as machine tokens, not prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import lxml.etree as etree

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
# The look-behind makes the match start only where a whitespace run starts: without it a
# long run of whitespace with no marker is rescanned from every position (quadratic).
_BREAK_RUN = re.compile(r"(?<![ \t\n])[ \t\n]*[\x1d\x1e][\x1d\x1e \t\n]*")
# libxml2 stops at 2048 levels of nesting even with huge_tree (silently, in push mode):
# a document that comes close is read by stripping its tags instead.
_MAX_DEPTH = 2000
_CHUNK = 1 << 20  # characters of markup fed to the parser at a time


@dataclass
class HtmlText:
    """The text of an HTML document and what went wrong reading it."""

    text: str
    truncated: bool = False  # stopped at ``max_chars``
    warnings: list[str] = field(default_factory=list)


def html_to_text(markup: str) -> str:
    """Return the readable text of an HTML document; table cells are joined by `` | ``."""
    return read_html(markup).text


def read_html(markup: str, max_chars: int | None = None) -> HtmlText:
    """The readable text of ``markup``, stopping after about ``max_chars`` characters.

    The markup is fed to libxml2's pull parser a chunk at a time and each element is
    dropped as soon as its text is out, so memory follows the nesting depth and the
    text kept, not the size of the document; a huge document costs only the time to
    reach ``max_chars``.
    """
    markup = _XML_DECLARATION.sub("", markup, count=1)
    if not markup.strip():
        return HtmlText("")
    walk = _Walk(max_chars)
    warnings: list[str] = []
    try:
        walk.run(markup)
        text = "".join(walk.out)
    except (etree.LxmlError, ValueError):
        text = ""
    if walk.too_deep:
        warnings.append("HTML nested deeper than the parser's limit: read with the tags stripped, layout lost")
        text = _strip_tags(markup)
    elif not text.strip():
        text = _strip_tags(markup)
    text = _BREAK_RUN.sub(lambda m: "\n\n" if HARD in m.group(0) or m.group(0).count("\n") > 1 else "\n", text)
    text = clean_text(text, collapse_spaces=True)
    truncated = walk.truncated or (max_chars is not None and len(text) > max_chars)
    if max_chars is not None and len(text) > max_chars:
        text = text[:max_chars]
    return HtmlText(text, truncated, warnings)


def _strip_tags(markup: str) -> str:
    """Last resort for markup the parser gives up on (pathological nesting): one linear pass
    over the tags, blocks still break lines, script/style/head content dropped."""
    import html

    out: list[str] = []
    pos, hidden = 0, None
    for m in _TAG.finditer(markup):
        if hidden is None:
            out.append(markup[pos : m.start()])
        pos = m.end()
        closing, name = m.group(1), m.group(2).lower()
        if hidden is not None:
            if (closing and name == hidden) or (hidden == "head" and name == "body"):
                hidden = None
        elif not closing and name in _INVISIBLE_TAGS:
            hidden = name
        else:
            out.append("\n" if name in _BLOCK_TAGS else " ")
    if hidden is None:
        out.append(markup[pos:])
    return html.unescape("".join(out))


# Stops at the next "<", so a run of unclosed "<" costs linear time, not quadratic.
_TAG = re.compile(r"<(/?)([A-Za-z][\w:.-]*|)[^<>]*>")
_INVISIBLE_TAGS = {"script", "style", "head"}
_BLOCK_TAGS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "pre", "blockquote", "center"}


def _tag(el) -> str:
    tag = el.tag
    return tag.lower() if isinstance(tag, str) else ""


class _Walk:
    """Turns parser events into text. An element's ``text`` (or ``tail``) is complete only
    once the parser has seen the next tag, so each is written out at the next event."""

    def __init__(self, max_chars: int | None) -> None:
        self.max_chars = max_chars
        self.out: list[str] = []
        self.size = 0
        self.cells: list[tuple[int, bool]] = []  # (index in out where the cell began, row had content)
        self.row_content: list[bool] = [False]
        self.skip_depth = 0  # > 0 inside a dropped element (script, hidden, comment...)
        self.pre_depth = 0
        self.pending: tuple[object, str] | None = None
        self.depth = 0
        self.truncated = False
        self.too_deep = False

    def run(self, markup: str) -> None:
        parser = etree.HTMLPullParser(events=("start", "end", "comment", "pi"), huge_tree=True)
        for offset in range(0, len(markup), _CHUNK):
            parser.feed(markup[offset : offset + _CHUNK])
            if self._events(parser):
                break
        else:
            parser.close()
            self._events(parser)
        self._flush()

    def _events(self, parser) -> bool:
        """Handle what the parser has produced; True once ``max_chars`` is reached."""
        for event, el in parser.read_events():
            self._flush()
            if event in ("comment", "pi"):
                if not self.skip_depth:
                    self.pending = (el, "tail")
            elif event == "start":
                self.depth += 1
                if self.depth >= _MAX_DEPTH:
                    self.too_deep = True
                    return True
                self._start(el)
            else:
                self.depth -= 1
                self._end(el)
        if self.max_chars is not None and self.size > self.max_chars:
            self.truncated = True
        return self.truncated

    def _append(self, text: str) -> None:
        self.out.append(text)
        self.size += len(text)

    def _flush(self) -> None:
        if self.pending is None:
            return
        el, attr = self.pending
        self.pending = None
        value = getattr(el, attr)
        if value:
            self._append(value if self.pre_depth else _SPACE_RUN.sub(" ", value))

    def _start(self, el) -> None:
        if self.skip_depth:
            self.skip_depth += 1
            return
        tag = _tag(el)
        if not tag or tag in _DROP_TAGS or _HIDDEN_STYLE.search(el.get("style") or ""):
            self.skip_depth = 1
            return
        if tag == "pre":
            self.pre_depth += 1
        _open(tag, self.out, self.cells, self.row_content)
        self.pending = (el, "text")

    def _end(self, el) -> None:
        if self.skip_depth:
            self.skip_depth -= 1
        else:
            tag = _tag(el)
            _close(tag, self.out, self.cells, self.row_content)
            if tag == "pre":
                self.pre_depth -= 1
        if not self.skip_depth:
            self.pending = (el, "tail")
        # Everything before this element's tail has been written out: free it.
        el.clear(keep_tail=True)
        parent = el.getparent()
        if parent is not None:
            while el.getprevious() is not None:
                del parent[0]


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
