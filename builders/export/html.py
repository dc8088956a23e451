"""A self-contained HTML page: the graph drawn with Cytoscape.js, a legend by kind,
a search box, filters on agreement status and year, and a panel that shows the
facts of whatever is clicked with the sentences and filings they came from.

Everything is inlined (the vendored library, its licence, the data), so the file
opens from disk, offline, and can be mailed as it is.
"""

from __future__ import annotations

import json
import re
from importlib import resources

from .. import __version__
from ..errors import ExportError
from . import cyjs, style
from .view import View

CYTOSCAPE_VERSION = "3.34.4"


def asset(name: str) -> str:
    return resources.files("builders.export.assets").joinpath(name).read_text(encoding="utf-8")


def page_data(view: View) -> dict:
    meta = view.graph_attrs()
    focus = meta.get("focus")
    if focus in view.graph:
        meta["focus_label"] = view.graph.nodes[focus].get("label", focus)
    meta["filings"] = len({f for _, a in view.nodes() for f in str(a.get("filings", "")).split("; ") if f})
    return {
        "meta": meta,
        "elements": cyjs.elements(view),
        "sizes": {n: style.node_size(view.degrees.get(n, 0)) for n in view.graph},
        "style": {
            "kinds": style.KIND_COLOURS,
            "relations": style.RELATION_COLOURS,
            "ended": style.ENDED_COLOUR,
            "other": style.OTHER_COLOUR,
            "shapes": {kind: shapes[2] for kind, shapes in style.SHAPES.items()},
        },
    }


def render(view: View) -> str:
    library = asset("cytoscape.min.js")
    if re.search(r"</script", library, re.IGNORECASE):
        raise ExportError("the vendored cytoscape.min.js contains '</script' and cannot be inlined")
    parts = {
        "__TITLE__": _escape(view.title),
        "__GENERATOR__": f"filing-kg {__version__}",
        "__CYTOSCAPE_VERSION__": CYTOSCAPE_VERSION,
        "/*__CSS__*/": asset("page.css"),
        "__DATA__": _json_for_script(page_data(view)),
        "/*__CYTOSCAPE__*/": _licence_comment() + library,
        "/*__APP__*/": asset("page.js"),
    }
    # one pass, so a marker that happens to occur inside inlined text is never replaced
    pattern = re.compile("|".join(re.escape(marker) for marker in parts))
    return pattern.sub(lambda m: parts[m.group(0)], asset("page.html"))


def _licence_comment() -> str:
    text = asset("cytoscape.LICENSE").replace("*/", "* /")
    return f"/*! Cytoscape.js {CYTOSCAPE_VERSION} (npm package cytoscape), MIT licence:\n{text}*/\n"


def _json_for_script(data: dict) -> str:
    # inside <script> the text must not close the element or open a comment: escape < > &
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
