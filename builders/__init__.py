"""filing-kg: a knowledge graph of who licensed what to whom, read from SEC filings.

Stages (one module each): :mod:`parse` -> :mod:`extract` -> :mod:`resolve` ->
:mod:`emit` -> :mod:`validate` -> :mod:`query` -> :mod:`export`;
:mod:`pipeline` runs them in order.
"""

__version__ = "0.1.0"
