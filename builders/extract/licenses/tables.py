"""License rules for tables of licensing partners or of licensors.

Under a heading about licensing, "Partner | Program | Cash Collected" makes each row whose first cell
is a company ("| AiBtl BioPharma Inc. | [[P:3]] | ...") the filer's licensee of the product in its
other cells; "| Trade mark | Licensor |" rows under "... trade marks licensed to the Group by the
entities set out below" name the filer's licensors.
"""

from __future__ import annotations

import re

from ...model import EventType, Kind
from ..entities import LICENSOR_TABLE_HEADER
from ..rules import asset, group_ref, org, refs_in
from .core import Claim

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
    return [Claim(registry.registrant, group_ref(tagged, row, "le"), a, EventType.GRANT, tagged.evidence)
            for a in refs_in(tagged, row.group("rest"), Kind.PRODUCT)]
