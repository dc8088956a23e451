"""The HTML page's template, style and script, and the vendored Cytoscape.js (see README.md here)."""
