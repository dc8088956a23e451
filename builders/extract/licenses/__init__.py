"""Licenses and their history, read from sentence templates.

Each rule yields a :class:`Claim` — one sentence's statement that rights to an
asset were granted, returned or ended between two parties. :func:`assemble`
folds the claims of a filing into :class:`~builders.model.License` objects (one
per licensor, licensee and asset) with dated events, and leaves agreements whose
direction or asset the text does not state as collaborations.

The modules, from the bottom up (each imports only those above it):

- ``core``: :class:`Claim`, :class:`DocumentState` (what earlier sentences of a
  document said), the shared vocabulary (``LICENSED``, ``CLAUSE``, denials and
  suppositions) and the helpers many rules use: the assets a stretch of text
  names (``_asset_from``), a grant of the first of them (``_claims_for``,
  ``_stated_grants``), an asset's developer or owner (``_holder``).
- ``agreements``: an agreement's own text (EX-10): its opening (date, the two
  parties), defined terms, titles it gives what it licenses
  (:func:`name_agreement_assets`), recitals, cross-licenses and grants between
  parties labelled "as licensor" / "as licensee", and the defined term ("the
  Licensed Technology") as the asset of a grant that names no product.
- ``grants``: grant clauses and license-from/to sentences ("X granted Y an
  exclusive license to P", "P is licensed from X", "the grant of a license to P
  by X to Y", sales of rights).
- ``partners``: agreements with a partner as reports tell them ("a license
  agreement with X, under which we obtained ...", "Under the X Agreement, X
  received ...", who is paid or responsible under it).
- ``holdings``: roles and rights held ("X is our licensee for P", "X holds the
  rights to P under a license from Y").
- ``endings``: terminations, expiries, rights returned or reverted, amendments
  and option exercises.
- ``tables``: tables of licensing partners or licensors.
- ``releases``: deals as press releases announce them.
- ``items``: deals as 8-K items and older filings tell them.
- ``read``: :func:`read_claims` — runs ``SENTENCE_RULES`` (in an order that
  decides which rule wins) on each sentence, keeps the document's state, and
  adds each claim's date, scopes, territory and money terms.
- ``assemble``: :func:`assemble`, claims settled into licenses and collaborations.
"""

from .agreements import name_agreement_assets, untold_term_license, untold_titled_license
from .assemble import assemble
from .core import Claim, DocumentState, _holder
from .partners import RECEIVES
from .read import read_claims

# What the rest of builders.extract uses (frames.py reads claims of its own and asks _holder).
__all__ = ["RECEIVES", "Claim", "DocumentState", "_holder", "assemble", "name_agreement_assets", "read_claims", "untold_term_license", "untold_titled_license"]
