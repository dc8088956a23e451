"""The endpoint's page at ``/``: a query box and the library's questions, ready to run."""

from __future__ import annotations

import html
import json

from .query import library, with_defaults

_STYLE = """body{font:14px/1.4 sans-serif;margin:1.5em;max-width:70em}textarea{width:100%;height:16em;font:13px monospace}
li{margin:.4em 0}button.q{font-size:13px}code{background:#f3f3f3;padding:0 3px}.muted{color:#666}"""

_SCRIPT = """const Q = JSON.parse(document.getElementById('library').textContent);
function use(name){document.getElementById('query').value = Q[name]; window.scrollTo(0, 0);}"""

_EXAMPLE = """PREFIX fkg: <https://w3id.org/filing-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?licensor ?licensee ?asset WHERE {
  ?l a fkg:License ; fkg:licensor/rdfs:label ?licensor ;
     fkg:licensee/rdfs:label ?licensee ; fkg:licensedAsset/rdfs:label ?asset .
} ORDER BY ?licensor LIMIT 50"""


def page_html() -> str:
    lib = library()
    items = "".join(
        f"<li><button class=q onclick=\"use('{html.escape(q.name)}')\">use</button> <b>{html.escape(q.title)}</b>"
        f" <span class=muted>({html.escape(q.name)})</span><br>{html.escape(q.question)}</li>"
        for q in lib.values()
    )
    queries = json.dumps({q.name: with_defaults(q) for q in lib.values()}).replace("</", "<\\/")
    return f"""<!doctype html>
<html><head><meta charset=utf-8><title>filing-kg SPARQL endpoint</title><style>{_STYLE}</style></head>
<body>
<h1>filing-kg SPARQL endpoint</h1>
<p>Read-only SPARQL 1.1 over the filings' knowledge graph. Queries see the union of the filing graphs;
add <code>default-graph-uri=</code> a filing's IRI to ask one filing. Clients: <code>POST /sparql</code>
or <code>GET /sparql?query=...</code>; results follow the Accept header (SPARQL JSON, XML, CSV, TSV;
Turtle, N-Triples, RDF/XML, JSON-LD for CONSTRUCT/DESCRIBE).</p>
<form method=get action=/sparql>
<textarea id=query name=query spellcheck=false>{html.escape(_EXAMPLE)}</textarea>
<p>Answer as <select name=format>
<option value=html>a table</option><option value=json>SPARQL JSON</option><option value=xml>SPARQL XML</option>
<option value=csv>CSV</option><option value=tsv>TSV</option><option value=turtle>Turtle (CONSTRUCT)</option>
<option value=json-ld>JSON-LD (CONSTRUCT)</option></select> <button type=submit>Run</button></p>
</form>
<h2>Questions the library answers</h2>
<p class=muted>Each loads the library query with its default parameters written in as BINDs; edit them to ask
about something else (<code>filing-kg query --list</code> describes the parameters).</p>
<ul>{items}</ul>
<script type="application/json" id=library>{queries}</script>
<script>{_SCRIPT}</script>
</body></html>
"""
