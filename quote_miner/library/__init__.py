"""The library: schema and migrations, articles and their identity, speakers, search, queries.

Never imports spaCy: the query path starts and answers in a blink.
"""

from quote_miner.library.schema import MIGRATIONS
from quote_miner.library.store import DB_ENV, IngestResult, Library, default_db_path, text_key

__all__ = ["DB_ENV", "MIGRATIONS", "IngestResult", "Library", "default_db_path", "text_key"]
