"""Find the names of organizations, product candidates and technology platforms.

Organizations are recognized by form (a legal suffix: "Ono Pharmaceutical Co.,
Ltd."), by an organization word ("British Biotech", "University of Texas"), by
definition ('... ("Ono")') and, in :mod:`relations`, by the slot they fill in a
licensing sentence. Products are recognized by the WHO INN stems, by code-name
shape in a drug context, by trademark signs, and by the place a license gives
what it licenses ("a license to develop and commercialize IGF-1"). Platforms are named things
followed by "technology" or "platform".

The modules, from the bottom up (each imports only those above it):

- ``common``: the shapes of names and the helpers the kinds share: ``NAME_SEQ`` (a run of
  capitalized words, "Boehringer Ingelheim"), ``LEGAL_NAME`` ("Ono Pharmaceutical Co., Ltd."),
  ``DEFINED_TERM`` ('("Ono")'), ``TRADEMARK``, ``DRUG_CONTEXT``; :func:`trim_name` ("On About
  X" -> "X"), :func:`company_of` ("Chief Financial Officer of X" -> "X"),
  :func:`plausible_org_name` ("a Delaware corporation" is none).
- ``organizations``: :func:`find_organizations` ("University of Texas"),
  :func:`find_described_organizations` ("X, a biotechnology company"), defined terms and
  glossaries (:func:`find_defined_terms`: '... ("Ono")') and short names
  (:func:`find_short_names`: "the Roche Group").
- ``platforms``: the platform patterns and :func:`find_platforms` ("our SPEAR T-cell platform"),
  :func:`marked_prefix` ("DuoBody®-CD3xB7H4"), :func:`find_acronyms`.
- ``product_names``: products named by what the text calls them and their other names:
  :func:`find_aliases` ("X (also known as Y)"), :func:`find_named_compounds` ("a compound known
  as LAPS-GCSF"), :func:`find_licensed_compounds` ("a license to ... IGF-1"), :func:`find_brands`.
- ``products``: :func:`find_products` (INN stems, codes in a drug context, trademarks: "zenprofen",
  "QRV-12", "Dolverex®"), :func:`part_codes` ("our CF-09 capsid"), :func:`find_table_brands`
  (``LICENSOR_TABLE_HEADER``), :func:`find_platform_programs` ("NY-ESO SPEAR T-cell therapy").
"""

from .common import (
    CAP_WORD,
    COUNTRIES,
    LEGAL_NAME,
    NAME_SEQ,
    company_of,
    plausible_org_name,
    trim_name,
)
from .organizations import (
    ROLE_TERMS,
    drop_role_terms_things,
    find_defined_terms,
    find_described_organizations,
    find_organizations,
    find_short_names,
)
from .platforms import BIO_CONTEXT, find_acronyms, find_platforms
from .product_names import find_aliases, find_brands, find_named_compounds, find_registered_drugs
from .products import (
    LICENSOR_TABLE_HEADER,
    LowerCaseWords,
    companies_named_like_inns,
    find_platform_programs,
    find_products,
    find_table_brands,
    part_codes,
)

# What the rest of builders (and the tests) import from here.
__all__ = [
    "BIO_CONTEXT",
    "CAP_WORD",
    "COUNTRIES",
    "ROLE_TERMS",
    "LEGAL_NAME",
    "LICENSOR_TABLE_HEADER",
    "NAME_SEQ",
    "LowerCaseWords",
    "company_of",
    "find_acronyms",
    "find_aliases",
    "find_brands",
    "find_registered_drugs",
    "find_defined_terms",
    "find_described_organizations",
    "find_named_compounds",
    "find_organizations",
    "find_platform_programs",
    "find_platforms",
    "find_products",
    "find_short_names",
    "find_table_brands",
    "companies_named_like_inns",
    "drop_role_terms_things",
    "part_codes",
    "plausible_org_name",
    "trim_name",
]
