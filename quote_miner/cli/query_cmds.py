"""Commands that read the library: speakers, show, articles."""

from __future__ import annotations

import click

from quote_miner.cli.common import (
    chosen_db,
    open_library,
    seed_if_pending,
    speaker_notes,
    warn,
)
from quote_miner.cli.options import db_option, filter_options, model_option, output_options


@click.command()
@output_options
@db_option
@model_option
@click.pass_context
def speakers(ctx, fmt, db, model):
    """Who is quoted: how often, roles, aliases, first and last date.

    \b
    Examples:
      quotes speakers
      quotes speakers --tsv | sort -t$'\\t' -k3 -n
      quotes speakers --json | jq '.[0]'
    """
    from quote_miner.cli.render import SPEAKERS, resolve_format, write
    from quote_miner.library.query import speaker_stats

    with open_library(chosen_db(ctx, db)) as lib:
        seed_if_pending(lib, model or ctx.obj.get("model"))
        rows = speaker_stats(lib)
    fmt = resolve_format(fmt)
    if not rows and fmt == "table":
        warn("no speakers in this library")
    else:
        write(rows, fmt, SPEAKERS)
    if not rows:
        ctx.exit(1)


@click.command()
@click.argument("quote_id")
@click.option(
    "--why",
    is_flag=True,
    help="Also the evidence behind the speaker: the pattern that found it, the words that name "
    "the speaker, how they became a name, the confidence.",
)
@output_options
@db_option
@click.pass_context
def show(ctx, quote_id, why, fmt, db):
    """One quote in its paragraph, with the speaker and cue highlighted.

    QUOTE_ID is an id or its first characters, as the ID column shows them.

    \b
    Examples:
      quotes show 9f2c51d0
      quotes show 9f2c51d0 --why
      quotes show 9f2c51d0 --json
    """
    from quote_miner.cli.render import resolve_format, show_quote, write_records
    from quote_miner.library.query import get_quote

    with open_library(chosen_db(ctx, db)) as lib:
        found = get_quote(lib, quote_id)
    if found.record is None and found.candidates:
        shown = found.candidates[:10]
        warn(
            f"{quote_id!r} starts {'more than ' if len(found.candidates) > 10 else ''}"
            f"{len(shown)} quote ids; give more characters:"
        )
        for r in shown:
            warn(f"  {r['id']}  {r['speaker'] or 'unknown'}: {r['text'][:60]}")
        ctx.exit(2)
    if found.record is None:
        warn(f"no quote with id {quote_id!r}")
        ctx.exit(1)
    fmt = resolve_format(fmt)
    record = found.record
    if why:
        if found.evidence is None:
            warn("no evidence recorded: an older quote-miner added this quote; remove and add it again")
        record = {**record, "evidence": found.evidence or []}
    if fmt == "table":
        show_quote(record, found.context, found.context_start)
    else:
        write_records([record], fmt)


@click.command()
@filter_options
@output_options
@db_option
@model_option
@click.pass_context
def articles(ctx, fmt, db, model, **filter_options):
    """The articles in the library: id, date, outlet, title, quotes, path.

    With query filters, only the articles holding a matching quote, with the number of them.
    An article's id (the start of its text's hash) works with `quotes remove`.

    \b
    Examples:
      quotes articles
      quotes articles -s Peskov --since 2025-04
      quotes articles --tsv | cut -f1,6
    """
    from quote_miner.cli.render import ARTICLES, resolve_format, write
    from quote_miner.library.query import list_articles, make_filters

    filters = make_filters(**filter_options)
    with open_library(chosen_db(ctx, db)) as lib:
        seed_if_pending(lib, model or ctx.obj.get("model"))
        result = list_articles(lib, filters)
    speaker_notes(result)
    fmt = resolve_format(fmt)
    if not result.records and fmt == "table":
        warn("no articles match")
    else:
        write(result.records, fmt, ARTICLES)
    if not result.records:
        ctx.exit(1)


COMMANDS = [speakers, show, articles]
