"""Pages and feeds by URL, fetched with trafilatura's downloader (urllib3: redirects followed,
a timeout, a size limit, our user agent).

A page the user names may be anywhere, their own network included; the links of a feed come
from a third party, so those are refused when they point at a private or loopback address
(trafilatura's SSRF protection).
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from quote_miner import __version__
from quote_miner.errors import QuoteMinerError

USER_AGENT = f"quote-miner/{__version__} (news quotation extractor; +https://pypi.org/project/quote-miner/)"
TIMEOUT_SECONDS = 20
MAX_BYTES = 20_000_000
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml")
FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/xml",
    "text/xml",
    "application/rdf+xml",
)
URL_RE = re.compile(r"^https?://", re.I)


class FetchError(QuoteMinerError):
    """A page or feed that could not be fetched: network, status, type or size."""


def is_url(target: str) -> bool:
    return bool(URL_RE.match(target))


@dataclass(frozen=True)
class Page:
    url: str  # as asked for
    final_url: str  # after redirects
    data: bytes
    content_type: str

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


class _LastError(logging.Handler):
    """trafilatura logs why a download failed; keep the last message for our one line."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.message: str | None = None

    def emit(self, record: logging.LogRecord) -> None:
        self.message = record.getMessage()


def fetch(
    url: str,
    *,
    timeout: float = TIMEOUT_SECONDS,
    max_bytes: int = MAX_BYTES,
    private_ok: bool = True,
    accept: tuple[str, ...] = PAGE_TYPES,
) -> Page:
    """The bytes at ``url``; FetchError (one line naming the URL) when there are none to use."""
    from trafilatura.downloads import fetch_response
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "DOWNLOAD_TIMEOUT", str(max(1, round(timeout))))
    config.set("DEFAULT", "MAX_FILE_SIZE", str(max_bytes))
    config.set("DEFAULT", "USER_AGENTS", USER_AGENT)
    config.set("DEFAULT", "SSRF_PROTECTION", "off" if private_ok else "on")
    logger = logging.getLogger("trafilatura.downloads")
    catcher = _LastError()
    logger.addHandler(catcher)
    try:
        response = fetch_response(url, config=config)
    finally:
        logger.removeHandler(catcher)
    if response is None:
        reason = _reason(catcher.message or "no response")
        raise FetchError(f"could not fetch ({reason})", path=url)
    if response.status != 200:
        raise FetchError(f"HTTP {response.status}", path=url)
    data = response.data or b""
    if len(data) >= max_bytes:
        raise FetchError(f"larger than {max_bytes // 1_000_000} MB", path=url)
    if not data.strip():
        raise FetchError("empty response", path=url)
    content_type = (response.headers or {}).get("content-type", "") if hasattr(response, "headers") else ""
    kind = content_type.split(";")[0].strip().lower()
    if kind and not kind.startswith(accept):
        raise FetchError(
            f"not a web page ({kind})" if accept is PAGE_TYPES else f"not a feed ({kind})", path=url
        )
    return Page(url, response.url or url, data, kind)


def _reason(message: str) -> str:
    """The cause in trafilatura's log line, short: "Read timed out", "Connection refused"."""
    for pattern in (
        r"(SSRF protection[^:]*)",
        r"(Read timed out)",
        r"(Connection refused)",
        r"(Name or service not known)",
        r"\(Caused by (\w+)\(",
    ):
        m = re.search(pattern, message)
        if m:
            return m.group(1)
    return message.rsplit(" ", 1)[-1][:120] if len(message) > 120 else message


def keep(page: Page, folder: Path) -> Path:
    """The page's bytes in ``folder`` under their hash (the same page is one file), so that
    offsets and ``quotes show`` work offline."""
    folder.mkdir(parents=True, exist_ok=True)
    suffix = ".html" if "html" in page.content_type or not page.content_type else ".txt"
    path = folder / f"{page.content_hash[:16]}{suffix}"
    if not path.exists():
        tmp = path.with_suffix(path.suffix + ".part")
        tmp.write_bytes(page.data)
        tmp.replace(path)
    return path


@dataclass(frozen=True)
class FeedEntry:
    url: str
    title: str | None
    date: str | None  # ISO, when the feed gives one


def feed_entries(feed: Page) -> list[FeedEntry]:
    """The linked articles of an RSS or Atom feed, in feed order (feedparser)."""
    import feedparser

    parsed = feedparser.parse(feed.data)
    if parsed.bozo and not parsed.entries:
        raise FetchError(
            f"not a readable feed ({parsed.get('bozo_exception', 'parse error')})", path=feed.url
        )
    out = []
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            continue
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        date = f"{when.tm_year:04d}-{when.tm_mon:02d}-{when.tm_mday:02d}" if when else None
        out.append(FeedEntry(link, entry.get("title"), date))
    return out
