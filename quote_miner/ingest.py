"""Files → quotes (optionally in several processes) → library. Streams: nothing is held per
corpus but the file list and the per-folder furniture counts."""

from __future__ import annotations

import hashlib
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from quote_miner.clean import split_lines
from quote_miner.errors import ModelError, QuoteMinerError, SourceError
from quote_miner.library import IngestResult, Library
from quote_miner.library.store import SEEDS_FACT, STDIN_PREFIX
from quote_miner.names import SURNAME_MIN, name_words
from quote_miner.records import Quote
from quote_miner.settings import DEFAULT_SETTINGS, ExtractSettings
from quote_miner.source import Source, given_metadata, read_source

if TYPE_CHECKING:
    from quote_miner.extraction import Extraction

# Lines this short that recur in several articles of one folder or site are furniture.
RECURRING_MAX_WORDS = 40
# Below this many files, starting worker processes costs more than it saves.
MIN_FILES_PER_WORKER = 4


@dataclass(frozen=True)
class Task:
    path: str
    data: bytes | None = None
    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    recurring: frozenset[str] = frozenset()
    model: str | None = None
    selective: bool = True  # parse only paragraphs that can hold speech (settings.selective)
    keep_text: bool = True  # send the article text back (the library stores quote contexts)
    url: str | None = None  # the page's address, for a page fetched by URL


@dataclass
class Outcome:
    path: str
    source: Source | None = None
    quotes: list[Quote] = field(default_factory=list)
    error: str | None = None
    names: list[str] = field(default_factory=list)
    byline: str | None = None
    dek: str | None = None
    warnings: tuple[str, ...] = ()


def _norm(line: str) -> str:
    return " ".join(line.lower().split())


def folder_recurring(files: list[Path]) -> dict[Path, frozenset[str]]:
    """Per folder: short lines found in two or more of its articles."""
    by_folder: dict[Path, list[Path]] = {}
    for f in files:
        by_folder.setdefault(f.parent, []).append(f)
    out: dict[Path, frozenset[str]] = {}
    for folder, members in by_folder.items():
        if len(members) < 2:
            out[folder] = frozenset()
            continue
        counts: Counter[str] = Counter()
        for f in members:
            try:
                text = f.read_bytes()[:2_000_000].decode("utf-8", errors="replace")
            except OSError:
                continue
            counts.update(
                {_norm(t) for _, _, t in split_lines(text) if len(t.split()) <= RECURRING_MAX_WORDS}
            )
        out[folder] = frozenset(line for line, n in counts.items() if n >= 2)
    return out


def run_task(task: Task) -> Outcome:
    """Read and extract one article; every failure becomes a one-line message."""
    return run_chunk([task])[0]


# Articles whose paragraphs are parsed in one stream, and the most text one stream may hold:
# full batches make the parser and recogniser faster (4 % on 300 articles), and the cap keeps
# a run of huge files from holding all their parses at once.
CHUNK_ARTICLES = 8
CHUNK_MAX_CHARS = 400_000


def run_chunk(tasks: list[Task]) -> list[Outcome]:
    """Outcomes for ``tasks`` in order: each article read and cleaned by itself, the paragraphs
    of several parsed together, each article attributed by itself. A failure stays with its
    article; when a pooled parse fails, each article is parsed alone."""
    from quote_miner.extraction import finish_paragraphs, parse_prepared, prepare_article
    from quote_miner.nlp import load_nlp

    outcomes: list[Outcome | None] = [None] * len(tasks)
    ready = {}
    for k, task in enumerate(tasks):
        try:
            source = read_source(
                task.path, title=task.title, outlet=task.outlet, date=task.date, data=task.data
            )
            ready[k] = (source, prepare_article(source, settings=_settings(task), recurring=task.recurring))
        except Exception as e:
            outcomes[k] = _failed(task, e)
    for group in _parse_groups(tasks, ready):
        settings = _settings(tasks[group[0]])
        nlp = load_nlp(tasks[group[0]].model)  # (no model: ModelError, said once for the batch)
        try:
            docs = parse_prepared(nlp, [ready[k][1] for k in group], settings)
        except Exception:
            docs = [None] * len(group)  # each parsed alone below, so that the failure is its own
        for k, parsed in zip(group, docs, strict=True):
            task, (source, prepared) = tasks[k], ready[k]
            try:
                if parsed is None:
                    parsed = parse_prepared(nlp, [prepared], settings)[0]
                outcomes[k] = _outcome(task, source, finish_paragraphs(prepared, parsed, settings))
            except Exception as e:
                outcomes[k] = _failed(task, e)
    return [o for o in outcomes if o is not None]


def _settings(task: Task) -> ExtractSettings:
    return DEFAULT_SETTINGS if task.selective else replace(DEFAULT_SETTINGS, selective=False)


def _parse_groups(tasks: list[Task], ready: dict) -> list[list[int]]:
    """The articles parsed together: same model and settings, at most CHUNK_MAX_CHARS of text."""

    def kind(k: int) -> tuple[str | None, bool]:
        return tasks[k].model, tasks[k].selective

    groups: list[list[int]] = []
    chars = 0
    for k in sorted(ready):
        size = len(ready[k][0].text)
        if groups and kind(groups[-1][0]) == kind(k) and chars + size <= CHUNK_MAX_CHARS:
            groups[-1].append(k)
            chars += size
        else:
            groups.append([k])
            chars = size
    return groups


def _outcome(task: Task, source: Source, found: Extraction) -> Outcome:
    if not task.keep_text:  # spare the trip back to the parent process
        source = replace(source, text="")
    quotes = found.quotes
    if task.url:
        quotes = [q.with_(article=replace(q.article, url=task.url)) for q in quotes]
    return Outcome(
        task.path,
        source,
        quotes,
        names=found.names,
        byline=found.byline,
        dek=found.dek,
        warnings=tuple(f"{task.path}: {w}" for w in found.warnings),
    )


def _failed(task: Task, e: Exception) -> Outcome:
    if isinstance(e, ModelError):
        raise e  # no model: nothing in the batch can be extracted, say so once
    if isinstance(e, QuoteMinerError):
        return Outcome(task.path, error=str(e))
    if isinstance(e, MemoryError):
        return Outcome(task.path, error=f"{task.path}: out of memory while extracting")
    # one bad article never sinks the batch
    return Outcome(task.path, error=f"{task.path}: could not extract ({type(e).__name__}: {e})")


def chunks(tasks: Iterable[Task]) -> Iterator[list[Task]]:
    """``tasks`` in runs of CHUNK_ARTICLES, parsed together by ``run_chunk``."""
    it = iter(tasks)
    while chunk := list(islice(it, CHUNK_ARTICLES)):
        yield chunk


def run_tasks(
    tasks: Iterable[Task], *, jobs: int = 1, n_tasks: int | None = None, scheduler: str | None = None
) -> Iterator[Outcome]:
    """Outcomes in the order of ``tasks``; several processes when ``jobs`` > 1, a Dask cluster
    with ``scheduler`` ("local" or an address).

    Surnames are completed with full names met in earlier articles of the same run.
    """
    if scheduler:
        from quote_miner.cluster import run_on_cluster

        outcomes = run_on_cluster(tasks, scheduler, jobs=jobs)
    else:
        outcomes = _run_tasks(tasks, jobs=jobs, n_tasks=n_tasks)
    yield from complete_names(outcomes)


def complete_names(outcomes: Iterable[Outcome]) -> Iterator[Outcome]:
    """Surnames completed with the full names met in this or earlier articles of the run."""
    names = CorpusNames()
    for outcome in outcomes:
        names.learn(outcome.names)
        outcome.quotes = names.complete(outcome.quotes)
        yield outcome


def _run_tasks(tasks: Iterable[Task], *, jobs: int, n_tasks: int | None) -> Iterator[Outcome]:
    if n_tasks is not None:
        jobs = max(1, min(jobs, n_tasks // MIN_FILES_PER_WORKER))
    if jobs <= 1:
        for chunk in chunks(tasks):
            yield from run_chunk(chunk)
        return
    import multiprocessing as mp

    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    if ctx.get_start_method() == "fork":
        # Load the model once, before forking: the workers share it instead of each loading it.
        from quote_miner.nlp import load_nlp

        models = {t.model for t in tasks} if isinstance(tasks, list) else {None}
        for model in models:
            load_nlp(model)
    with ctx.Pool(jobs) as pool:
        for outcomes in pool.imap(run_chunk, chunks(tasks), chunksize=1):
            yield from outcomes


# Names shorter than this are spelling variants of nothing: "Bill" is not "Brill".
FUZZY_NAME_MIN_CHARS = 5


class CorpusNames:
    """Full names seen across a run: "Zelensky" in one article is the "Volodymyr Zelensky"
    of another, when no other full name shares the surname."""

    def __init__(self) -> None:
        self.by_surname: dict[str, set[str]] = {}

    def learn(self, names: Iterable[str]) -> None:
        for name in names:
            words = name_words(name)
            if len(words) >= 2:
                self.by_surname.setdefault(words[-1], set()).add(name)

    def complete(self, quotes: list[Quote]) -> list[Quote]:
        out = []
        for q in quotes:
            if q.speaker and q.speaker_type == "person" and len(q.speaker.split()) == 1:
                full = self._full(q.speaker)
                if full:
                    q = q.with_(speaker=full)
            out.append(q)
        return out

    def _full(self, surname: str) -> str | None:
        from quote_miner.attribution.given_names import given_name_gender

        words = name_words(surname)
        if len(words) != 1 or given_name_gender(surname):
            # (a given name is someone else's in another article: "Linda" is no "Baba Linda")
            return None
        cands = set(self.by_surname.get(words[0], ()))
        if not cands and len(words[0]) >= FUZZY_NAME_MIN_CHARS:
            for key, names in self.by_surname.items():
                if len(key) >= FUZZY_NAME_MIN_CHARS and fuzz.ratio(key, words[0]) >= SURNAME_MIN:
                    cands |= names
        # Spelling variants of one person ("Zelensky", "Zelenskyy") count once.
        firsts = {name_words(c)[0] for c in cands}
        if len(firsts) != 1:
            return None
        return sorted(cands, key=lambda c: (-len(c.split()), c))[0]


def make_tasks(
    files: list[Path],
    *,
    model: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    date: str | None = None,
    selective: bool = True,
    keep_text: bool = True,
    extra_recurring: Callable[[str | None], frozenset[str]] | None = None,
) -> list[Task]:
    recurring = folder_recurring([f for f in files if str(f) != "-"])
    tasks = []
    for f in files:
        rec = recurring.get(f.parent, frozenset())
        if extra_recurring is not None:
            rec = rec | extra_recurring(site_of(f))
        tasks.append(
            Task(
                str(f),
                title=title,
                outlet=outlet,
                date=date,
                recurring=rec,
                model=model,
                selective=selective,
                keep_text=keep_text,
            )
        )
    return tasks


def site_of(path: Path) -> str:
    """The key site furniture is counted under: the article's folder."""
    return str(path) if str(path) == "-" else str(path.resolve().parent)


def content_hash(path: Path) -> str | None:
    try:
        h = hashlib.sha256()
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
        return h.hexdigest()
    except OSError:
        return None


@dataclass
class AddReport:
    added: int = 0
    replaced: int = 0
    updated: int = 0
    moved: int = 0
    unchanged: int = 0
    quotes: int = 0
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def count(self, result: IngestResult) -> None:
        setattr(self, result.status, getattr(self, result.status) + 1)
        self.quotes += result.quotes

    def summary(self) -> str:
        parts = [f"{self.added} added"]
        if self.updated:
            parts.append(f"{self.updated} updated (new metadata)")
        parts.append(f"{self.replaced} replaced")
        if self.moved:
            parts.append(f"{self.moved} known under a new path")
        parts += [f"{self.unchanged} unchanged", f"{self.quotes} quotes stored"]
        return ", ".join(parts)


def library_path_for(path: Path) -> str:
    return str(path) if str(path) == "-" else str(path.resolve())


def add_files(
    lib: Library,
    files: list[Path],
    *,
    jobs: int = 1,
    model: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    date: str | None = None,
    stdin_data: bytes | None = None,
    urls: dict[str, str] | None = None,
    scheduler: str | None = None,
    on_progress: Callable[[str, int], None] | None = None,
) -> AddReport:
    """Ingest ``files`` into ``lib``. Text the library already holds is not extracted again
    (spaCy is not even loaded): a new path for it is remembered, and only metadata given
    anew that differs from the stored one makes it extracted again. ``urls`` gives the address
    of pages fetched by URL (by the kept file's path); a page's new text replaces its old."""
    report = AddReport()

    def counted(path: str, result: IngestResult) -> None:
        report.count(result)
        url = (urls or {}).get(path)
        if url and lib.set_url(path, url) and result.status == "added":
            report.added -= 1
            report.replaced += 1

    todo: list[Path] = []
    stdin_path = f"{STDIN_PREFIX}{hashlib.sha256(stdin_data).hexdigest()[:12]}" if stdin_data else None
    for f in files:
        is_stdin = str(f) == "-"
        if is_stdin and stdin_data is None:
            continue
        digest = hashlib.sha256(stdin_data).hexdigest() if is_stdin else content_hash(f)
        known = lib.article_by_hash(digest) if digest else None
        given = (
            {"title": title, "outlet": outlet, "date": date}
            if is_stdin
            else given_metadata(f, title=title, outlet=outlet, date=date)
        )
        if known is not None and not lib.metadata_differs(known, given):
            result = lib.attach_known(stdin_path if is_stdin else library_path_for(f), digest)
            if result is not None:
                counted(result.path, result)
                if on_progress:
                    on_progress(str(f), 0)
                continue
        todo.append(f)
    tasks = make_tasks(
        todo,
        model=model,
        title=title,
        outlet=outlet,
        date=date,
        extra_recurring=lambda site: frozenset(lib.recurring_lines(site)),
    )
    if stdin_data is not None:
        tasks = [
            Task(stdin_path, data=stdin_data, title=title, outlet=outlet, date=date, model=model)
            if t.path == "-"
            else t
            for t in tasks
        ]
    outcomes = run_tasks(tasks, jobs=jobs, n_tasks=len(tasks), scheduler=scheduler)
    store_outcomes(lib, outcomes, report, counted=counted, on_progress=on_progress)
    return report


def add_shards(
    lib: Library, folder: Path, *, on_progress: Callable[[str, int], None] | None = None
) -> AddReport:
    """Import a folder of shards written by ``quotes extract --output``, names completed across
    its articles in the run's order, as a local run completes them."""
    from quote_miner.shards import read_shards

    report = AddReport()
    outcomes = complete_names(read_shards(folder))
    store_outcomes(
        lib, outcomes, report, counted=lambda _path, result: report.count(result), on_progress=on_progress
    )
    return report


def store_outcomes(
    lib: Library,
    outcomes: Iterable[Outcome],
    report: AddReport,
    *,
    counted: Callable[[str, IngestResult], None],
    on_progress: Callable[[str, int], None] | None = None,
) -> None:
    """Store extracted articles, one transaction each; failures go to the report by path."""
    for outcome in outcomes:
        if outcome.error or outcome.source is None:
            report.problems.append(outcome.error or f"{outcome.path}: unreadable")
            if on_progress:
                on_progress(outcome.path, 0)
            continue
        report.warnings.extend(outcome.warnings)
        src = outcome.source
        lib_path = src.path if src.path.startswith(STDIN_PREFIX) else library_path_for(Path(src.path))
        quotes = [q.with_(article=replace(q.article, path=lib_path)) for q in outcome.quotes]
        try:
            result = lib.add_article(
                quotes,
                path=lib_path,
                content_hash=src.content_hash,
                title=quotes[0].article.title if quotes else src.title,
                outlet=src.outlet,
                date=quotes[0].article.date if quotes else src.date,
                source_text=src.text,
                byline=outcome.byline,
                dek=outcome.dek,
            )
        except (sqlite3.IntegrityError, sqlite3.InterfaceError) as e:
            # Rolled back whole; the rest of the batch goes on.
            report.problems.append(f"{src.path}: could not store ({e})")
            if on_progress:
                on_progress(outcome.path, 0)
            continue
        lib.count_site_lines(
            site_of(Path(src.path)),
            [_norm(t) for _, _, t in split_lines(src.text) if len(t.split()) <= RECURRING_MAX_WORDS],
        )
        counted(lib_path, result)
        if on_progress:
            on_progress(outcome.path, result.quotes)


def bundled_seeds() -> list[Path]:
    from importlib.resources import files

    folder = Path(str(files("quote_miner") / "seeds"))
    return sorted(p for p in folder.glob("*.txt"))


def ensure_seeded(
    lib: Library, *, model: str | None = None, on_progress: Callable[[str, int], None] | None = None
) -> AddReport | None:
    """Ingest the bundled seed articles when the library waits for them (first use)."""
    if lib.fact(SEEDS_FACT) != "pending":
        return None
    report = add_files(lib, bundled_seeds(), jobs=1, model=model, on_progress=on_progress)
    lib.set_fact(SEEDS_FACT, "added")
    return report


def seed_articles(lib: Library) -> list[int]:
    """Library ids of the articles holding the bundled seeds' text, wherever they were added from."""
    ids = []
    for path in bundled_seeds():
        row = lib.article_by_hash(content_hash(path) or "")
        if row is not None:
            ids.append(row["id"])
    return ids


def read_stdin_bytes(stream) -> bytes:
    data = stream.read()
    if not data:
        raise SourceError("empty input on standard input", path="-")
    return data
