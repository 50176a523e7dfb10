"""Commands that draw the library: a timeline in the terminal, an HTML report."""

from __future__ import annotations

import sys

import click

from quote_miner.cli.common import UserError, chosen_db, open_library, seed_if_pending, speaker_notes, warn
from quote_miner.cli.options import (
    TABLE_MIN_CONFIDENCE,
    db_option,
    filter_options,
    model_option,
    output_options,
)

TIMELINE_FIELDS = ["period", "speaker", "quotes", "claims"]


def _matching_records(ctx: click.Context, db, model, filter_options: dict, *, for_table: bool, report=False):
    """Every record the filters keep (no row limit: a picture counts them all); for a report,
    with their paragraphs, and the other names of the library's speakers."""
    from quote_miner.library.query import make_filters, run_query, speaker_aliases

    if filter_options["min_confidence"] is None and for_table:
        filter_options["min_confidence"] = TABLE_MIN_CONFIDENCE
    filter_options.update(limit=None, sort="date")
    filters = make_filters(**filter_options)
    with open_library(chosen_db(ctx, db)) as lib:
        seed_if_pending(lib, model or ctx.obj.get("model"))
        result = run_query(lib, filters, with_context=report)
        aliases = speaker_aliases(lib) if report else {}
    speaker_notes(result)
    return result.records, aliases


@click.command()
@filter_options
@click.option(
    "--by",
    type=click.Choice(["day", "week", "month"]),
    default=None,
    help="Count per day, week (named by its Monday) or month (default: from the date range).",
)
@click.option(
    "--top",
    type=click.IntRange(min=1),
    default=5,
    show_default=True,
    help="Speakers drawn one by one; the rest are counted as 'others'.",
)
@output_options
@db_option
@model_option
@click.pass_context
def timeline(ctx, by, top, fmt, db, model, **filter_options):
    """How many quotes and claims the top speakers made per day, week or month.

    On a terminal, a chart as wide as the terminal (one line per speaker, with a legend); on a
    pipe, the counts as TSV: period, speaker, quotes, claims. The query filters choose what is
    counted; --limit and --sort do not apply (a picture counts every match).

    \b
    Examples:
      quotes timeline
      quotes timeline -s Peskov -s Rubio --by week
      quotes timeline -k ceasefire --since 2025-03 --tsv
    """
    from quote_miner.cli.render import Shape, resolve_format, stdout_console, write
    from quote_miner.views.timeline import build_timeline, render_chart

    fmt = resolve_format(fmt)
    records, _ = _matching_records(ctx, db, model, filter_options, for_table=fmt == "table")
    line = build_timeline(records, by=by, top=top)
    if line.undated:
        warn(f"{line.undated} records without a day left out of the timeline")
    if not line.periods:
        warn("no dated quotes match these filters")
        ctx.exit(1)
    if fmt == "table":
        # rich's console knows the width (COLUMNS too) and whether colour is wanted (NO_COLOR,
        # TERM=dumb, a pipe), so the chart follows the same rules as the tables.
        console = stdout_console()
        chart = render_chart(line, width=console.width, color=console.color_system is not None)
        sys.stdout.write(chart + "\n")
    else:
        write(line.rows(), fmt, Shape(TIMELINE_FIELDS, dict, lambda rows: None))


@click.command()
@filter_options
@click.option(
    "--output",
    "-o",
    "output",
    required=True,
    type=click.Path(dir_okay=False, writable=True),
    metavar="FILE.html",
    help="Where to write the report.",
)
@click.option("--open", "open_after", is_flag=True, help="Open the report in the default browser.")
@click.option("--title", default=None, help="The report's title (default: from the filters).")
@db_option
@model_option
@click.pass_context
def report(ctx, output, open_after, title, db, model, **filter_options):
    """One HTML file that shows the library (or the part the filters keep), offline.

    At a glance: articles, quotes, claims, speakers and dates; a timeline of the top speakers;
    the speakers; every quote and claim, filterable in the page by speaker, kind, date and
    words, each with its paragraph on demand. The file needs no network: open it anywhere.
    The query filters choose the records (all of them: --limit and --sort do not apply).

    \b
    Examples:
      quotes report -o library.html --open
      quotes report -s Peskov --since 2025-03 -o peskov.html
    """
    from pathlib import Path

    from quote_miner.views.report import render_report

    described = _describe(filter_options)
    records, aliases = _matching_records(ctx, db, model, dict(filter_options), for_table=False, report=True)
    if not records:
        warn("no quotes match these filters; the report would be empty")
        ctx.exit(1)
    target = Path(output)
    try:
        html = render_report(
            records,
            title=title or ("Quotes: " + described if described else "Quotes"),
            aliases=aliases,
        )
        target.write_text(html, encoding="utf-8")
    except OSError as exc:
        raise UserError(f"cannot write {output}: {exc.strerror or exc}") from None
    warn(f"wrote {target} ({len(records)} records, {len(html) // 1024} KiB)")
    if open_after:
        import webbrowser

        webbrowser.open(target.resolve().as_uri())


def _describe(options: dict) -> str:
    parts = [*options.get("speakers", ()), *(f"“{k}”" for k in options.get("keywords", ()))]
    for key, label in (("since", "since"), ("until", "until"), ("on_date", "on")):
        if options.get(key):
            parts.append(f"{label} {options[key]}")
    parts.extend(options.get("kinds", ()))
    return ", ".join(parts)


COMMANDS = [timeline, report]
