"""Exceptions the library raises; the CLI turns them into one-line messages."""


class FilingKGError(Exception):
    """Base class: every error the CLI reports without a traceback."""


class ParseError(FilingKGError):
    """An input file cannot be read as a filing (binary, empty, wrong encoding...)."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class GraphError(FilingKGError):
    """A graph file cannot be loaded or is not what a command expects."""


class QueryError(FilingKGError):
    """A named query does not exist, a parameter is malformed, or SPARQL is invalid."""


class GoldError(FilingKGError):
    """A gold annotation file is malformed."""


class FetchError(FilingKGError):
    """EDGAR could not be read: the network, the server's answer, or the cache."""

    def __init__(self, message: str, status: int | None = None):
        super().__init__(message)
        self.status = status  # the last HTTP status, when there was an answer


class AccessDenied(FetchError):
    """The server answered 403: retrying makes the SEC's block longer, so we stop."""


class OfflineError(FetchError):
    """``--offline`` was given and what is needed is not in the cache."""


class ExportError(FilingKGError):
    """An export cannot be written as asked: unknown format, no entity to focus on..."""
