"""License rules for tables of licensing partners or of licensors.

Under a heading about licensing, "Partner | Program | Cash Collected" makes each row whose first cell
is a company ("| AiBtl BioPharma Inc. | [[P:3]] | ...") the filer's licensee of the product in its
other cells, or of the program its program cell names when that cell names no product ("| OncoX
BioPharma Inc. | Oncology | ..."); "| Trade mark | Licensor |" rows under "... trade marks licensed
to the Group by the entities set out below" name the filer's licensors.
"""

from __future__ import annotations

import re

from ...model import EventType, Kind, Ref
from ..context import Registry, Tagged
from ..entities import LICENSOR_TABLE_HEADER
from ..rules import asset, group_ref, org, refs_in
from .core import Claim, DocumentState

_PARTNER_HEADER = re.compile(r"^\s*(?:Licensees?|Partners?|Licensing\s+partners?|Collaborators?)\s*\|[^|]*\b(?:Programs?|Products?|Assets?|Candidates?)\b", re.I)


_LICENSED_BY = re.compile(r"\blicensed\s+to\s+(?:the\s+Group|the\s+Company|us|\[\[O:\d+\]\])\s+by\b", re.I)


def _partner_table_rows(tagged, state, facts, registry) -> list[Claim]:
    """'Partner | Program | Cash Collected' under 'Remaining Licensing Milestone Income': each row whose
    first cell is a company and whose other cells name a product is the filer's license to it."""
    t, sentence = tagged.template, tagged.sentence
    if _PARTNER_HEADER.match(t) or LICENSOR_TABLE_HEADER.match(t):
        state.inbound_table = bool(LICENSOR_TABLE_HEADER.match(t))
        # "... are trade marks licensed to the Group by the entities set out below:"
        said = _LICENSED_BY if state.inbound_table else re.compile(r"\blicens", re.I)
        state.in_partner_table = any(said.search(x) for x in (*state.recent, t))
        state.table_row_end = sentence.end
        state.program_column = None if state.inbound_table else _program_column(sentence.text)
        return []
    if not state.in_partner_table or "|" not in t or sentence.start > state.table_row_end + 1:
        state.in_partner_table = False
        return []
    state.table_row_end = sentence.end
    if state.inbound_table:
        row = re.match(rf"^\s*\|\s*{asset('a')}\s*\|\s*{org('lr')}", t)
        if row is None or registry.registrant in (None, group_ref(tagged, row, "lr")):
            return []
        return [Claim(group_ref(tagged, row, "lr"), registry.registrant, group_ref(tagged, row, "a"), EventType.GRANT, tagged.evidence)]
    row = re.match(rf"^\s*{org('le')}\s*\|(?P<rest>.*)$", t)
    if row is None or registry.registrant in (None, group_ref(tagged, row, "le")):
        return []
    named = refs_in(tagged, row.group("rest"), Kind.PRODUCT) or _program_cell(tagged, state, registry)
    return [Claim(registry.registrant, group_ref(tagged, row, "le"), a, EventType.GRANT, tagged.evidence) for a in named]


# The header's column that names what each partner licensed: "Partner | Program | Cash Collected".
_PROGRAM_COLUMN = re.compile(r"^\s*(?:Programs?|Products?|Assets?|(?:Product\s+)?Candidates?)\s*$", re.I)
# A cell that names no program: an amount, a year, a stage or a blank ("$200,000", "2024", "Phase 2", "-", "Undisclosed").
_NOT_A_PROGRAM = re.compile(r"^[\W\d]*$|[$€£%]|^\s*(?:N/?A|None|Total|TBD|Undisclosed|Not\s+disclosed|Various|Multiple|Other|"
                            r"Phase|Preclinical|Discovery|Research)\b", re.I)
MAX_PROGRAM_WORDS = 6  # a longer cell describes the deal rather than names a program


def _program_column(header: str) -> int | None:
    return next((i for i, cell in enumerate(header.split("|")) if _PROGRAM_COLUMN.match(cell)), None)


def _program_cell(tagged: Tagged, state: DocumentState, registry: Registry) -> list[Ref]:
    """A row whose program cell names no product licenses the program the cell itself names, an area as the
    table writes it ("Norrland Pharma K.K. | Oncology | $100,000": the filer's oncology program, licensed to
    Norrland): the cell becomes a product candidate of its own."""
    cells, template_cells = tagged.sentence.text.split("|"), tagged.template.split("|")
    column = state.program_column
    if column is None or column >= len(cells) or len(cells) != len(template_cells):
        return []
    cell = cells[column].strip()
    if not cell or "[[" in template_cells[column] or _NOT_A_PROGRAM.search(cell) or len(cell.split()) > MAX_PROGRAM_WORDS:
        return []
    start = sum(len(c) + 1 for c in cells[:column]) + cells[column].index(cell)
    return [registry.add(Kind.PRODUCT, cell, tagged.sentence.span(start, start + len(cell)))]
