/* filing-kg graph page: draws the exported graph, searches it, filters agreements,
   and shows each node's and edge's facts with the sentences they came from. */
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("graph-data").textContent);
  var STYLE = DATA.style;
  var AGREEMENT = { license: true, collaboration: true };
  var HIDDEN_IN_TABLE = { label: 1, kind: 1, relation: 1, evidence: 1, quote: 1, name: 1, interaction: 1, id: 1, source: 1, target: 1 };

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") node.textContent = attrs[k];
      else if (k === "class") node.className = attrs[k];
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) node.appendChild(c); });
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function year(text) { var m = /^(\d{4})/.exec(String(text || "")); return m ? parseInt(m[1], 10) : null; }
  function isAgreement(ele) { return ele.isNode() ? !!AGREEMENT[ele.data("kind")] : !!AGREEMENT[ele.data("relation")]; }
  function kindColour(kind) { return STYLE.kinds[kind] || STYLE.other; }

  var cy = cytoscape({
    container: document.getElementById("cy"),
    elements: DATA.elements,
    layout: { name: "preset", fit: true, padding: 30 },
    wheelSensitivity: 0.3,
    style: [
      { selector: "node", style: {
        "background-color": function (n) { return kindColour(n.data("kind")); },
        "shape": function (n) { return STYLE.shapes[n.data("kind")] || "rectangle"; },
        "width": function (n) { return 2 * DATA.sizes[n.id()]; },
        "height": function (n) { return 2 * DATA.sizes[n.id()]; },
        "label": "data(label)", "font-size": 12, "text-valign": "bottom", "text-margin-y": 3,
        "text-wrap": "wrap", "text-max-width": 140, "min-zoomed-font-size": 6,
        "border-width": 1, "border-color": "#333"
      } },
      { selector: "edge", style: {
        "width": 1.6, "curve-style": "bezier", "target-arrow-shape": "triangle", "arrow-scale": 0.9,
        "line-color": function (e) { return edgeColour(e); },
        "target-arrow-color": function (e) { return edgeColour(e); },
        "label": "", "font-size": 9, "color": "#555", "text-rotation": "autorotate",
        "text-background-color": "#fff", "text-background-opacity": 0.8, "text-background-padding": 1,
        "min-zoomed-font-size": 8
      } },
      { selector: "edge[relation = 'license'], edge.hover, edge:selected", style: { "label": "data(label)" } },
      { selector: "edge[status = 'Terminated'], edge[status = 'Expired']", style: { "line-style": "dashed" } },
      { selector: "node[status = 'Terminated'], node[status = 'Expired']", style: { "border-style": "dashed", "background-opacity": 0.5 } },
      { selector: ".match", style: { "border-width": 4, "border-color": "#f1c40f" } },
      { selector: ".faded", style: { "opacity": 0.25 } },
      { selector: ":selected", style: { "border-width": 4, "border-color": "#1f5fa8", "line-color": "#1f5fa8", "target-arrow-color": "#1f5fa8" } },
      { selector: ".hidden-kind, .hidden-filter, .hidden-isolated", style: { "display": "none" } }
    ]
  });
  window.cy = cy;  // for the browser console (and the page tests)

  function edgeColour(e) {
    var status = e.data("status");
    if (status === "Terminated" || status === "Expired") return STYLE.ended;
    return STYLE.relations[e.data("relation")] || STYLE.other;
  }

  // ------------------------------------------------------------------ summary and legend
  function summary() {
    var nodes = cy.nodes(), edges = cy.edges();
    var text = nodes.length + " entities, " + edges.length + " links";
    if (DATA.meta.filings) text += " from " + DATA.meta.filings + " filing" + (DATA.meta.filings === 1 ? "" : "s");
    if (DATA.meta.focus) text += " \u00b7 within " + DATA.meta.depth + " of " + DATA.meta.focus_label;
    document.getElementById("summary").textContent = text;
  }

  function legend() {
    var kinds = {}, relations = {};
    cy.nodes().forEach(function (n) { kinds[n.data("kind")] = (kinds[n.data("kind")] || 0) + 1; });
    cy.edges().forEach(function (e) { relations[e.data("relation")] = (relations[e.data("relation")] || 0) + 1; });
    var list = document.getElementById("legend-kinds");
    Object.keys(kinds).sort().forEach(function (kind) {
      list.appendChild(legendItem("kind", kind, el("span", { "class": "swatch", style: "background:" + kindColour(kind) }), kinds[kind]));
    });
    list = document.getElementById("legend-relations");
    Object.keys(relations).sort().forEach(function (rel) {
      var colour = STYLE.relations[rel] || STYLE.other;
      list.appendChild(legendItem("relation", rel, el("span", { "class": "line", style: "border-color:" + colour }), relations[rel]));
    });
  }

  function legendItem(field, value, mark, count) {
    var box = el("input", { type: "checkbox", "data-field": field, "data-value": value });
    box.checked = true;
    box.addEventListener("change", function () {
      var selector = (field === "kind" ? "node" : "edge") + "[" + field + " = " + JSON.stringify(value) + "]";
      cy.$(selector).toggleClass("hidden-kind", !box.checked);
    });
    return el("li", { "data-legend": value }, [box, mark, el("span", { text: value.replace(/_/g, " ") }), el("span", { "class": "count", text: String(count) })]);
  }

  // ------------------------------------------------------------------ filters
  var statusBoxes = {};
  function filters() {
    var statuses = {}, years = [];
    cy.elements().filter(isAgreement).forEach(function (ele) {
      statuses[ele.data("status") || "unknown"] = true;
      [year(ele.data("effective")), year(ele.data("terminated"))].forEach(function (y) { if (y) years.push(y); });
    });
    var holder = document.getElementById("status-filters");
    Object.keys(statuses).sort().forEach(function (status) {
      var box = el("input", { type: "checkbox", "data-status": status });
      box.checked = true;
      box.addEventListener("change", applyFilters);
      statusBoxes[status] = box;
      holder.appendChild(el("label", {}, [box, document.createTextNode(" " + status)]));
    });
    var range = document.getElementById("year"), all = document.getElementById("year-all");
    if (years.length) {
      // a year before the first stated date and after the last, so the slider shows what began and ended
      range.min = Math.min.apply(null, years) - 1;
      range.max = Math.max(Math.max.apply(null, years) + 1, new Date().getFullYear());
      range.value = range.max;
    } else {
      all.disabled = true;
    }
    document.getElementById("year-value").textContent = all.checked ? "" : range.value;
    all.addEventListener("change", function () { range.disabled = all.checked; applyFilters(); });
    range.addEventListener("input", applyFilters);
    var isolated = cy.nodes().filter(function (n) { return n.degree(false) === 0; });
    document.getElementById("isolated-count").textContent = String(isolated.length);
    var show = document.getElementById("show-isolated");
    show.checked = isolated.length <= 30;  // a handful of loose entities is worth seeing; hundreds hide the network
    show.addEventListener("change", function () { isolated.toggleClass("hidden-isolated", !show.checked); });
    isolated.toggleClass("hidden-isolated", !show.checked);
  }

  function inForce(ele, y) {
    var from = year(ele.data("effective")), to = year(ele.data("terminated"));
    return (from === null || from <= y) && (to === null || to >= y);
  }

  function applyFilters() {
    var all = document.getElementById("year-all").checked, range = document.getElementById("year");
    var y = parseInt(range.value, 10);
    document.getElementById("year-value").textContent = all ? "" : String(y);
    cy.batch(function () {
      cy.elements().filter(isAgreement).forEach(function (ele) {
        var box = statusBoxes[ele.data("status") || "unknown"];
        var shown = (!box || box.checked) && (all || inForce(ele, y));
        ele.toggleClass("hidden-filter", !shown);
      });
    });
  }

  // ------------------------------------------------------------------ search
  var results = [];
  function names(n) { return [n.data("label"), n.data("aliases"), n.id(), n.data("ticker")].join(" ; ").toLowerCase(); }

  function search(text) {
    var q = text.trim().toLowerCase(), list = document.getElementById("search-results");
    clear(list);
    cy.elements().removeClass("match faded");
    results = [];
    if (!q) return;
    results = cy.nodes().filter(function (n) { return names(n).indexOf(q) >= 0; })
      .sort(function (a, b) { return String(a.data("label")).localeCompare(String(b.data("label"))); }).toArray();
    results.forEach(function (n) { n.removeClass("hidden-isolated"); });
    cy.elements().not(cy.collection(results)).addClass("faded");
    cy.collection(results).addClass("match");
    if (!results.length) list.appendChild(el("li", { "class": "none", text: "no match" }));
    results.slice(0, 30).forEach(function (n) {
      var item = el("li", { "data-id": n.id() }, [document.createTextNode(n.data("label") + " "), el("span", { "class": "kind", text: n.data("kind") })]);
      item.addEventListener("click", function () { reveal(n); });
      list.appendChild(item);
    });
  }

  function reveal(ele) {
    cy.elements().unselect();
    ele.select();
    cy.animate({ center: { eles: ele }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 250 });
    details(ele);
  }

  var searchBox = document.getElementById("search");
  searchBox.addEventListener("input", function () { search(searchBox.value); });
  searchBox.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && results.length) reveal(results[0]);
    if (event.key === "Escape") { searchBox.value = ""; search(""); }
  });

  // ------------------------------------------------------------------ details
  function details(ele) {
    var box = document.getElementById("details"), d = ele.data();
    clear(box);
    var kind = ele.isNode() ? d.kind : d.relation;
    var colour = ele.isNode() ? kindColour(d.kind) : edgeColour(ele);
    var title = ele.isNode() ? d.label : ele.source().data("label") + " \u2192 " + ele.target().data("label");
    box.appendChild(el("h2", { text: title }));
    box.appendChild(el("span", { "class": "badge", style: "background:" + colour, text: String(kind).replace(/_/g, " ") }));
    var rows = Object.keys(d).filter(function (k) { return !HIDDEN_IN_TABLE[k] && d[k] !== "" && d[k] !== null; }).sort();
    if (!ele.isNode()) rows.unshift("label");
    var table = el("table", { "class": "facts" });
    rows.forEach(function (k) { table.appendChild(el("tr", { "data-fact": k }, [el("th", { text: k.replace(/_/g, " ") }), el("td", { text: String(d[k]) })])); });
    box.appendChild(table);
    evidence(box, d);
    if (ele.isNode()) links(box, ele);
  }

  function evidence(box, d) {
    var records = [];
    try { records = d.evidence ? JSON.parse(d.evidence) : []; } catch (e) { records = []; }
    box.appendChild(el("div", { "class": "heading", text: "Evidence (" + records.length + ")" }));
    if (!records.length && d.quote) records = [{ quote: d.quote, filing: d.filings }];
    var list = el("div", { "class": "evidence" });
    records.forEach(function (r) {
      var doc = r.document && r.document !== r.form ? r.document : "";  // a one-document filing's document is the form
      var where = [r.accession ? "accession " + r.accession : r.filing, r.form, doc, r.end ? "characters " + r.start + "\u2013" + r.end : ""]
        .filter(function (x) { return x; }).join(" \u00b7 ");
      list.appendChild(el("blockquote", { text: r.quote }));
      list.appendChild(el("cite", { text: where }));
    });
    box.appendChild(list);
  }

  function links(box, node) {
    var edges = node.connectedEdges();
    if (!edges.length) return;
    box.appendChild(el("div", { "class": "heading", text: "Links (" + edges.length + ")" }));
    var list = el("ul", { "class": "links" });
    edges.sort(function (a, b) { return String(a.data("relation")).localeCompare(String(b.data("relation"))); }).forEach(function (e) {
      var outgoing = e.source().same(node), other = outgoing ? e.target() : e.source();
      var link = el("a", { text: (outgoing ? "" : "\u2190 ") + e.data("label") + (outgoing ? " \u2192 " : " ") + other.data("label") });
      link.addEventListener("click", function () { reveal(e); });
      list.appendChild(el("li", {}, [link]));
    });
    box.appendChild(list);
  }

  cy.on("tap", "node, edge", function (event) { details(event.target); });
  cy.on("mouseover", "edge", function (event) { event.target.addClass("hover"); });
  cy.on("mouseout", "edge", function (event) { event.target.removeClass("hover"); });
  cy.on("tap", function (event) {
    if (event.target === cy) {
      var box = document.getElementById("details");
      clear(box);
      box.appendChild(el("p", { "class": "hint", text: "Click a node or an edge to see its facts and the sentences they were read from." }));
    }
  });
  document.getElementById("fit").addEventListener("click", function () { cy.fit(cy.elements(":visible"), 30); });
  document.getElementById("relayout").addEventListener("click", function () {
    cy.elements(":visible").layout({ name: "cose", animate: false, randomize: false, nodeRepulsion: function () { return 12000; }, idealEdgeLength: function () { return 90; } }).run();
    cy.fit(cy.elements(":visible"), 30);
  });

  summary();
  legend();
  filters();
  cy.fit(cy.elements(":visible"), 30);
  document.body.setAttribute("data-ready", "true");
})();
