"""quote-miner: who said what, and when, in news articles.

The Python API (``quote_miner.api``): ``extract(text)``, ``extract_files(paths)`` and
``Library(path)``. They are imported on first use, so that ``import quote_miner`` (and the
command line's queries) never load spaCy.
"""

from typing import TYPE_CHECKING

__version__ = "0.1.0"
__all__ = ["Library", "__version__", "extract", "extract_files"]

if TYPE_CHECKING:
    from quote_miner.api import Library, extract, extract_files


def __getattr__(name: str):
    if name in ("Library", "extract", "extract_files"):
        from quote_miner import api

        return getattr(api, name)
    raise AttributeError(f"module 'quote_miner' has no attribute {name!r}")
