"""Extraction results written as shards: what `--output DIR` leaves for `quotes add DIR`.

A big run on a cluster should not stream every record through the client: each batch's worker
writes its articles to ``part-NNNNNN.jsonl`` in DIR (one line per article: its text, metadata and
quotes as the extractor left them), and the client writes ``manifest.json`` last, listing the
shards in the order of the articles. A shard is written under a temporary name and renamed, so a
batch run again after a worker died replaces its shard whole: no record is lost or doubled.

Names shared across articles ("Rubio" completed as "Marco Rubio" from an earlier article) are
completed when the shards are imported, in manifest order, exactly as in a local run.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import asdict, replace
from pathlib import Path

from quote_miner.errors import QuoteMinerError
from quote_miner.ingest import Outcome
from quote_miner.library.store import STDIN_PREFIX
from quote_miner.records import Article, Quote, SpeakerMention
from quote_miner.source import Source

MANIFEST = "manifest.json"
FORMAT = "quote-miner-shards"
VERSION = 1


class ShardError(QuoteMinerError):
    """A shard folder that cannot be written or read."""


def shard_name(batch: int) -> str:
    return f"part-{batch:06d}.jsonl"


def outcome_to_json(outcome: Outcome) -> dict:
    return {
        "path": outcome.path,
        "source": asdict(outcome.source) if outcome.source is not None else None,
        "quotes": [asdict(q) for q in outcome.quotes],
        "error": outcome.error,
        "names": list(outcome.names),
        "byline": outcome.byline,
        "dek": outcome.dek,
        "warnings": list(outcome.warnings),
    }


def _quote(d: dict) -> Quote:
    mention = d.get("speaker_mention")
    return Quote(
        **{
            **d,
            "article": Article(**d["article"]),
            "speaker_mention": SpeakerMention(**mention) if mention else None,
            "evidence": tuple(d.get("evidence", ())),
        }
    )


def outcome_from_json(d: dict) -> Outcome:
    return Outcome(
        d["path"],
        Source(**d["source"]) if d.get("source") else None,
        [_quote(q) for q in d.get("quotes", [])],
        error=d.get("error"),
        names=list(d.get("names", [])),
        byline=d.get("byline"),
        dek=d.get("dek"),
        warnings=tuple(d.get("warnings", ())),
    )


def write_shard(folder: str, batch: int, outcomes: list[Outcome]) -> dict:
    """Write one batch's shard (atomically) and say what it holds."""
    target = Path(folder) / shard_name(batch)
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    with partial.open("w", encoding="utf-8") as f:
        for outcome in outcomes:
            f.write(json.dumps(outcome_to_json(outcome), ensure_ascii=False) + "\n")
    os.replace(partial, target)
    return {
        "file": target.name,
        "articles": sum(o.error is None for o in outcomes),
        "quotes": sum(len(o.quotes) for o in outcomes),
        "errors": [o.error for o in outcomes if o.error],
        "warnings": [w for o in outcomes for w in o.warnings],
    }


def prepare_folder(folder: str) -> Path:
    """An empty folder for shards (made when missing); a folder holding anything else is refused,
    so that an earlier run's shards are never mixed in or overwritten."""
    path = Path(folder)
    if path.exists() and not path.is_dir():
        raise ShardError(f"--output {folder}: not a folder")
    if path.is_dir() and any(path.iterdir()):
        raise ShardError(f"--output {folder}: the folder is not empty (shards go to a new or empty folder)")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise ShardError(f"--output {folder}: cannot make the folder ({e.strerror})") from None
    return path


def write_manifest(folder: Path, shards: list[dict], *, model: str | None) -> None:
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "model": model,
        # Relative article paths are relative to where the run started; import resolves them so.
        "cwd": os.getcwd(),
        "articles": sum(s["articles"] for s in shards),
        "quotes": sum(s["quotes"] for s in shards),
        "shards": [{k: s[k] for k in ("file", "articles", "quotes")} for s in shards],
        "errors": [e for s in shards for e in s["errors"]],
    }
    partial = folder / f".{MANIFEST}.partial"
    partial.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(partial, folder / MANIFEST)


def is_shard_folder(path: Path) -> bool:
    return path.is_dir() and (path / MANIFEST).is_file()


def read_manifest(folder: Path) -> dict:
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise ShardError(f"{folder}: unreadable {MANIFEST} ({e})") from None
    if (
        not isinstance(manifest, dict)
        or manifest.get("format") != FORMAT
        or manifest.get("version") != VERSION
    ):
        raise ShardError(f"{folder}: {MANIFEST} is not a quote-miner shard manifest (version {VERSION})")
    return manifest


def shard_articles(folder: Path) -> int:
    """How many articles (stored or failed) the shards hold, for progress."""
    manifest = read_manifest(folder)
    return manifest["articles"] + len(manifest["errors"])


def read_shards(folder: Path) -> Iterator[Outcome]:
    """The outcomes of a shard folder, in the order of the run's articles."""
    manifest = read_manifest(folder)
    for shard in manifest["shards"]:
        path = folder / shard["file"]
        try:
            with path.open(encoding="utf-8") as f:
                lines = [line for line in f if line.strip()]
        except OSError as e:
            raise ShardError(f"{path}: missing or unreadable shard ({e.strerror})") from None
        for n, line in enumerate(lines, 1):
            try:
                outcome = outcome_from_json(json.loads(line))
            except (ValueError, TypeError, KeyError) as e:
                raise ShardError(f"{path}:{n}: not a shard line ({e})") from None
            yield _rooted(outcome, manifest.get("cwd"))


def _rooted(outcome: Outcome, cwd: str | None) -> Outcome:
    src = outcome.source
    if src is None or cwd is None or "://" in src.path or src.path.startswith(STDIN_PREFIX):
        return outcome
    if Path(src.path).is_absolute():
        return outcome
    outcome.source = replace(src, path=str(Path(cwd) / src.path))
    return outcome
