"""Read an article: bytes → text (encoding detected), plus its metadata.

Metadata comes from, in order: explicit options, the folder's ``articles.jsonl`` manifest,
front matter at the top of the file, HTML meta tags. What the text itself states (a dateline)
is read later, by the cleaner and ``dates``.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from quote_miner.errors import SourceError
from quote_miner.records import Article

MANIFEST_NAME = "articles.jsonl"
TEXT_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
MAX_BYTES = 256 * 1024 * 1024
WESTERN = "cp1252"
WESTERN_MAX_ACCENTED = 0.3  # share of accented letters in Western text read as Windows-1252
WESTERN_ALIASES = {"cp1252", "windows-1252", "latin_1", "iso8859_1", "iso8859_15"}
FRONT_MATTER_RE = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n", re.S)
HTML_SNIFF_RE = re.compile(rb"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)


@dataclass(frozen=True)
class Source:
    """One article as read from disk (or stdin): the decoded text and what is known about it."""

    path: str
    text: str
    encoding: str
    is_html: bool = False
    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    content_hash: str = ""
    # Where the article body starts (after front matter), so furniture checks skip metadata.
    body_offset: int = 0

    def article(self) -> Article:
        return Article(
            path=self.path,
            title=self.title,
            outlet=self.outlet,
            date=self.date,
            content_hash=self.content_hash,
        )


def decode(data: bytes, *, path: str = "-") -> tuple[str, str]:
    """Decode bytes to text, newlines untouched. Returns (text, encoding name)."""
    if not data.strip():
        raise SourceError("empty file", path=path)
    for bom, enc in (
        # The mark stays in the text, so offsets match a plain UTF-8 read of the file.
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as e:
                raise SourceError(f"invalid {enc} after its byte-order mark ({e.reason})", path=path) from e
            return _checked(text, path), enc
    if b"\x00" in data[:8192]:
        raise SourceError("binary file (NUL bytes), not an article", path=path)
    try:
        return _checked(data.decode("utf-8"), path), "utf-8"
    except UnicodeDecodeError:
        pass
    # Not UTF-8: Western text saved by Windows is by far the likeliest. Its accented letters
    # are few among plain ones ("François Dupré"); Cyrillic or Greek read as Windows-1252 would
    # be nearly all accented letters, and goes to charset-normalizer.
    try:
        western = data.decode(WESTERN)
    except UnicodeDecodeError:
        western = None
    if western is not None:
        letters = [c for c in western[:200_000] if c.isalpha()]
        accented = sum(not c.isascii() for c in letters)
        if letters and accented <= WESTERN_MAX_ACCENTED * len(letters):
            return _checked(western, path), WESTERN
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data[:1_000_000]))
    if not matches:
        raise SourceError("undecodable bytes: not UTF-8 and no other encoding fits", path=path)
    names = [m.encoding for m in matches]
    # Short Western texts fit several code pages equally well; Windows-1252 (a superset of
    # Latin-1 for text) is by far the most common of them in news copied from the web.
    encoding = next((WESTERN for n in names[:3] if n in WESTERN_ALIASES), names[0])
    try:
        return _checked(data.decode(encoding), path), encoding
    except (UnicodeDecodeError, LookupError) as e:
        raise SourceError(f"undecodable bytes ({encoding} guessed)", path=path) from e


def _checked(text: str, path: str) -> str:
    if not text.strip():
        raise SourceError("empty file (white space only)", path=path)
    sample = text[:65536]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f\v")
    if controls > max(8, len(sample) // 100):
        raise SourceError("binary file (control characters), not an article", path=path)
    return text


def read_source(
    path: str | Path,
    *,
    title: str | None = None,
    outlet: str | None = None,
    date: str | None = None,
    data: bytes | None = None,
) -> Source:
    """Read one article. ``data`` gives the bytes directly (stdin); options override metadata."""
    shown = str(path)
    if data is None:
        p = Path(path)
        try:
            if p.is_dir():
                raise SourceError("is a folder, not a file", path=shown)
            size = p.stat().st_size
            if size > MAX_BYTES:
                raise SourceError(f"too large ({size // 2**20} MiB; the limit is 256 MiB)", path=shown)
            data = p.read_bytes()
        except FileNotFoundError as e:
            raise SourceError("no such file", path=shown) from e
        except PermissionError as e:
            raise SourceError("permission denied", path=shown) from e
        except IsADirectoryError as e:
            raise SourceError("is a folder, not a file", path=shown) from e
        except OSError as e:
            raise SourceError(f"cannot read ({e.strerror or e})", path=shown) from e
    text, encoding = decode(data, path=shown)
    is_html = Path(shown).suffix.lower() in HTML_SUFFIXES or bool(HTML_SNIFF_RE.match(data[:4096]))
    meta: dict[str, str | None] = {}
    if shown != "-":
        meta.update(manifest_entry(Path(shown)))
    body_offset = 0
    fm = FRONT_MATTER_RE.match(text)
    if fm:
        meta.update({k: v for k, v in _front_matter(fm.group(1)).items() if v})
        body_offset = fm.end()
    if is_html:
        meta.update({k: v for k, v in html_metadata(text).items() if v and not meta.get(k)})
    for key, value in (("title", title), ("outlet", outlet), ("date", date)):
        if value:
            meta[key] = value
    return Source(
        path=shown,
        text=text,
        encoding=encoding,
        is_html=is_html,
        title=meta.get("title"),
        outlet=meta.get("outlet"),
        date=_iso_date(meta.get("date")),
        content_hash=hashlib.sha256(data).hexdigest(),
        body_offset=body_offset,
    )


def given_metadata(
    path: Path, *, title: str | None = None, outlet: str | None = None, date: str | None = None
) -> dict[str, str | None]:
    """What is said about an article outside its text: the options, else its manifest row.
    Cheap (no decoding), so re-adding known text can tell whether its metadata changed."""
    meta = manifest_entry(path)
    for key, value in (("title", title), ("outlet", outlet), ("date", date)):
        if value:
            meta[key] = value
    meta["date"] = _iso_date(meta.get("date"))
    return meta


def manifest_entry(path: Path) -> dict[str, str | None]:
    """The row of ``articles.jsonl`` beside ``path`` that names it, if any."""
    folder = path.parent.resolve()
    return dict(_manifest(str(folder)).get(path.name, {}))


@lru_cache(maxsize=256)
def _manifest(folder: str) -> dict[str, dict[str, str | None]]:
    manifest = Path(folder) / MANIFEST_NAME
    rows: dict[str, dict[str, str | None]] = {}
    try:
        lines = manifest.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return rows
    for line in lines:
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(row, dict) and row.get("article"):
            rows[Path(str(row["article"])).name] = {
                "title": row.get("title"),
                "outlet": row.get("outlet") or row.get("publisher") or row.get("site"),
                "date": row.get("date"),
            }
    return rows


def _front_matter(block: str) -> dict[str, str]:
    out = {}
    for line in block.splitlines():
        key, sep, value = line.partition(":")
        if sep:
            key = key.strip().lower()
            value = value.strip().strip("\"'")
            if key in ("title", "outlet", "date", "site", "publisher", "source"):
                out["outlet" if key in ("site", "publisher", "source") else key] = value
    return out


def html_metadata(html: str) -> dict[str, str | None]:
    """Title, date and site name from HTML meta tags (trafilatura reads them)."""
    from trafilatura import extract_metadata

    try:
        meta = extract_metadata(html)
    except Exception:  # trafilatura raises assorted errors on broken markup
        return {}
    if meta is None:
        return {}
    return {"title": meta.title, "outlet": meta.sitename, "date": meta.date}


def _iso_date(value: str | None) -> str | None:
    if not value:
        return None
    m = re.match(r"\s*(\d{4}-\d{2}-\d{2})", str(value))
    return m.group(1) if m else None


def iter_paths(targets: list[str]) -> tuple[list[Path], list[SourceError]]:
    """Expand files, folders (recursively, symlink loops safe) and globs to article files."""
    import glob

    files: list[Path] = []
    problems: list[SourceError] = []
    seen_dirs: set[str] = set()
    seen_files: set[str] = set()

    def add_file(p: Path) -> None:
        key = str(p.resolve())
        if key not in seen_files:
            seen_files.add(key)
            files.append(p)

    def walk(folder: Path) -> None:
        try:
            real = str(folder.resolve())
        except (OSError, RuntimeError):
            problems.append(SourceError("cannot resolve folder (symlink loop?)", path=folder))
            return
        if real in seen_dirs:
            return
        seen_dirs.add(real)
        try:
            entries = sorted(folder.iterdir())
        except OSError as e:
            problems.append(SourceError(f"cannot list folder ({e.strerror or e})", path=folder))
            return
        for entry in entries:
            if entry.name.startswith(".") or entry.name == MANIFEST_NAME:
                continue
            try:
                if entry.is_dir():
                    walk(entry)
                elif entry.is_file() and entry.suffix.lower() in TEXT_SUFFIXES:
                    add_file(entry)
            except OSError as e:
                problems.append(SourceError(f"cannot read ({e.strerror or e})", path=entry))

    for target in targets:
        p = Path(target)
        if target == "-":
            files.append(p)
        elif p.is_dir():
            walk(p)
        elif p.exists():
            add_file(p)
        elif any(ch in target for ch in "*?["):
            matches = sorted(glob.glob(target, recursive=True))
            if not matches:
                problems.append(SourceError("no file matches this pattern", path=target))
            for m in matches:
                mp = Path(m)
                if mp.is_dir():
                    walk(mp)
                elif mp.name != MANIFEST_NAME:
                    add_file(mp)
        else:
            problems.append(SourceError("no such file or folder", path=target))
    return files, problems
