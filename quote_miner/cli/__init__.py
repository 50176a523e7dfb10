"""The ``quotes`` command: parse options, make one library call, render.

Exit codes as grep: 0 found, 1 nothing matched, 2 error (one line on stderr, no traceback).
The commands live in ``query_cmds`` (the query, speakers, show, articles), ``library_cmds``
(add, remove, info) and ``extract_cmds`` (extract, clean).
"""

from __future__ import annotations

import sys
from dataclasses import replace

import click

from quote_miner import __version__
from quote_miner.cli.common import (
    UserError,
    open_library,
    seed_if_pending,
    speaker_notes,
    warn,
)
from quote_miner.cli.options import (
    TABLE_MIN_CONFIDENCE,
    db_option,
    filter_options,
    model_option,
    output_options,
)
from quote_miner.errors import QuoteMinerError

OUTPUT_RULE = """\b
Output: a table on a terminal; on a pipe or in a file, one tab-separated line per
record after a header line (tabs and newlines inside fields written \\t and \\n).
--format table|tsv|csv|json|jsonl (or --table, --tsv, --csv, --json, --jsonl) chooses.
Exit codes: 0 found, 1 nothing matched, 2 error."""

KEYWORD_SYNTAX = """\b
Keywords (-k):
  minerals deal        every word (stemmed: "deal" finds "dealing")
  "minerals deal"      the phrase
  negotiat*            words starting so, as written
  war OR peace         either ("OR" in capitals)
  -ceasefire           leave out ("NOT ceasefire" too)
  Zelensky's           possessives find the name; O'Brien, U.S., 24/7 are safe"""


class QuotesGroup(click.Group):
    """Turns library errors into one-line messages and exit code 2."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except QuoteMinerError as e:
            raise UserError(str(e)) from None
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except KeyboardInterrupt:
            click.echo(
                "interrupted; finished articles are saved, run the command again to finish the rest", err=True
            )
            ctx.exit(130)
        except BrokenPipeError:
            sys.stderr.close()
            ctx.exit(0)
        except Exception as e:
            if (ctx.obj or {}).get("debug"):
                raise
            raise UserError(
                f"internal error: {type(e).__name__}: {e} (run with --debug for the traceback)"
            ) from None


def _version(ctx: click.Context, _param, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    from quote_miner.nlp import installed_model

    found = installed_model(ctx.params.get("model"))
    model = f"{found[0]} {found[1] or ''}".strip() if found else "none installed"
    click.echo(f"quotes (quote-miner) {__version__}, spaCy model: {model}")
    ctx.exit(0)


@click.group(
    cls=QuotesGroup,
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    epilog=f"{KEYWORD_SYNTAX}\n\n{OUTPUT_RULE}",
)
@filter_options
@output_options
@db_option
@model_option
@click.option("--debug", is_flag=True, help="Show tracebacks for internal errors.")
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=False,
    callback=_version,
    help="Show the version and the spaCy model in use, and exit.",
)
@click.pass_context
def cli(ctx: click.Context, fmt, db, model, debug, **filter_options):
    """Who said what, and when: search the quotes in your library.

    \b
    Examples:
      quotes --speaker Rubio                    what Marco Rubio said
      quotes -s "Kremlin spokesman" --on 2025-04
      quotes -k "minerals deal" --json | jq length
      quotes add articles/                      add articles to the library
      quotes extract article.txt --jsonl        extract without a library
    """
    ctx.ensure_object(dict)
    ctx.obj.update(db=db, model=model, debug=debug)
    if ctx.invoked_subcommand is not None:
        return
    from quote_miner.cli.render import resolve_format, write_records
    from quote_miner.library.query import count_matching, make_filters, run_query

    fmt = resolve_format(fmt)
    chosen = filter_options["min_confidence"]
    hide_below = TABLE_MIN_CONFIDENCE if chosen is None and fmt == "table" else None
    if hide_below is not None:
        filter_options["min_confidence"] = hide_below
    filters = make_filters(**filter_options)
    with open_library(db) as lib:
        seed_if_pending(lib, model)
        result = run_query(lib, filters)
        hidden = (
            count_matching(lib, replace(filters, min_confidence=0.0)) - count_matching(lib, filters)
            if hide_below is not None
            else 0
        )
    speaker_notes(result)
    if hidden:
        warn(
            f"{hidden} less certain records hidden (confidence below {hide_below}); "
            f"--min-confidence 0 shows them"
        )
    if not result.records and fmt == "table":
        warn("no quotes match these filters")
    else:
        write_records(result.records, fmt)
    if not result.records:
        ctx.exit(1)


@cli.command()
@click.argument("shell", type=click.Choice(["bash", "zsh", "fish"]))
def completion(shell):
    """Print the shell completion script for SHELL.

    \b
    Examples:
      eval "$(quotes completion bash)"          in ~/.bashrc
      quotes completion zsh > ~/.zfunc/_quotes
      quotes completion fish > ~/.config/fish/completions/quotes.fish
    """
    from click.shell_completion import get_completion_class

    complete = get_completion_class(shell)(cli, {}, "quotes", "_QUOTES_COMPLETE")
    click.echo(complete.source())


def _register() -> None:
    from quote_miner.cli import extract_cmds, library_cmds, query_cmds, view_cmds

    for module in (library_cmds, extract_cmds, query_cmds, view_cmds):
        for command in module.COMMANDS:
            cli.add_command(command)


_register()


def main() -> None:
    cli(prog_name="quotes")


if __name__ == "__main__":
    main()
