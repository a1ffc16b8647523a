"""Command line: argument parsing only; the work is done in :mod:`desktop.core`, the printing
in :mod:`desktop.cli_commands` (page commands) and :mod:`desktop.cli_project` (project
commands, with the progress bar and the stats table), which sit above the core.

With no sub-command, newsdesk opens the window. Errors the user can act on are printed as one
line on stderr (``newsdesk: FILE: problem``) with exit code 2; nothing prints a traceback.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Mapping, Sequence

EXIT_USAGE = 2

FORMATS = (
    "doccano",
    "labelstudio",
    "brat",
    "bio",
    "figures-csv",
    "figures-jsonl",
    "markdown",
)

EXPORT_DESCRIPTION = """\
Export the project's dataset. By default that is the corrected dataset: accepted spans and
every span of articles marked reviewed. Unreviewed automatic suggestions are left out unless
--include suggestions is given. Per format:

  doccano        accepted/reviewed spans as labels (+ suggestions, also as labels, if included);
                 offsets in UTF-16 code units unless --offsets codepoints
  labelstudio    accepted/reviewed spans as annotations, suggestions as predictions
                 (model_version, score); OUT.config.xml beside it holds the labeling config
  brat           accepted/reviewed spans as T lines (+ suggestions marked Suggested)
  bio            accepted/reviewed spans as tags (+ suggestions); nested spans are dropped
                 and counted on stderr
  figures-csv    figures (status column: accepted, reviewed, suggested); UTF-8 with a BOM
                 unless --no-csv-bom (Python: encoding="utf-8-sig")
  figures-jsonl  figures, as JSON lines
  markdown       the clean article text, no spans
"""


class _Parser(argparse.ArgumentParser):
    """The command line's parser, which knows its commands' parsers (for their usage errors)."""

    commands: Mapping[str, argparse.ArgumentParser]


def build_parser() -> _Parser:
    parser = _Parser(
        prog="newsdesk",
        description="Read, annotate and export OCR'd Chinese newspaper pages.",
    )
    # (Given before the command, it is the command's project too: ``newsdesk --project P.sqlite
    # stats`` reads as ``newsdesk stats --project P.sqlite``; see :func:`_project_of`.)
    parser.add_argument(
        "--project",
        dest="window_project",
        metavar="PROJECT",
        help="project file to open in the window (.sqlite); before a command, that command's",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    parser.commands = sub.choices

    p = sub.add_parser("reflow", help="reflow an OCR page into clean articles")
    p.add_argument("page", help="OCR text of a page")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")

    p = sub.add_parser("extract", help="reflow a page and extract entities and figures")
    p.add_argument("page", nargs="?", help="OCR text of a page")
    p.add_argument("--json", action="store_true", help="print JSON (the default for a page)")
    p.add_argument("--lines", metavar="IN.jsonl", help="clean text, one JSON object a line")
    who = p.add_mutually_exclusive_group()
    who.add_argument("--project", help="use this project's own model (see `train`)")
    who.add_argument(
        "--convention",
        choices=("guideline", "corpus"),
        help="whose conventions the shipped suggestions follow: the annotation guideline "
        "(default: the rules decide spans, the model adds people) or the MSRA and People's "
        "Daily corpora's (the model decides everywhere)",
    )

    p = sub.add_parser("train", help="train the project's entity model from reviewed articles")
    p.add_argument("--project")

    p = sub.add_parser("import", help="import pages into a project")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    p.add_argument("--project", help="project file (created if missing)")
    p.add_argument("--jobs", type=int, default=None, help="worker processes (default: all cores)")

    p = sub.add_parser(
        "export",
        help="export the project's dataset",
        description=EXPORT_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--project")
    p.add_argument("--format", required=True, choices=FORMATS)
    p.add_argument(
        "--out",
        required=True,
        help="output file (a folder for brat); a device, FIFO or socket is refused",
    )
    p.add_argument("--reviewed-only", action="store_true", help="only reviewed articles")
    p.add_argument(
        "--accepted-only",
        action="store_true",
        help="only spans marked accepted (not the other spans of reviewed articles)",
    )
    p.add_argument("--labels", help="comma-separated labels to keep")
    p.add_argument(
        "--include",
        action="append",
        choices=("suggestions",),
        default=[],
        help="also export unreviewed automatic suggestions (Label Studio: as predictions)",
    )
    p.add_argument(
        "--offsets",
        choices=("utf16", "codepoints"),
        default="utf16",
        help="doccano: what offsets count: utf16 (default; a default doccano project) or "
        "codepoints (a doccano project with grapheme mode on)",
    )
    p.add_argument(
        "--csv-bom",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="figures-csv: start with a UTF-8 byte-order mark for spreadsheet programs "
        "(default); --no-csv-bom writes plain UTF-8",
    )

    p = sub.add_parser("import-dataset", help="import doccano JSONL or Label Studio JSON")
    p.add_argument("path")
    p.add_argument("--project")
    p.add_argument("--format", required=True, choices=("doccano", "labelstudio"))
    p.add_argument(
        "--replace", action="store_true", help="allow removing and replacing spans in the project"
    )
    p.add_argument(
        "--offsets",
        choices=("utf16", "codepoints"),
        help="how the file counts offsets (asked when the text has characters outside the BMP)",
    )
    p.add_argument("--dry-run", action="store_true", help="show what would change; change nothing")
    p.add_argument("--reviewed", action="store_true", help="the records are finished corrections")

    p = sub.add_parser("stats", help="counts of documents, articles and annotations")
    p.add_argument("--project")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("settings", help="show or change the project's settings")
    p.add_argument("--project")
    p.add_argument(
        "--nested-spans",
        choices=("on", "off"),
        help="allow spans inside spans (exports then allow overlap; undoable in the window)",
    )
    return parser


#: The commands that work on a project file (``extract`` may use one; these must).
NEEDS_PROJECT = ("train", "import", "export", "import-dataset", "stats", "settings")


def _project_of(parser: _Parser, args: argparse.Namespace) -> None:
    """Give the command the project named before it when it names none after it; a command
    that needs one and has neither stops with argparse's usage error, as a required option
    does. Two different files, one before and one after, are refused: which one was meant?"""
    command = parser.commands[args.command]
    before, after = args.window_project, getattr(args, "project", None)
    if before is not None and after is not None and before != after:
        command.error(f"two project files given: --project {before} and --project {after}")
    if args.command == "extract":
        if before is not None and after is None and args.convention is not None:
            command.error("argument --convention: not allowed with argument --project")
        args.convention = args.convention or "guideline"
    args.project = after if after is not None else before
    if args.command in NEEDS_PROJECT and args.project is None:
        command.error("the following arguments are required: --project")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from desktop.gui.app import run

        return run(args.window_project)
    _project_of(parser, args)
    from desktop.core.errors import NewsdeskError

    try:
        if args.command == "reflow":
            from desktop.cli_commands import reflow_command

            return reflow_command(args.page, as_json=args.json)
        if args.command == "extract":
            from desktop.cli_commands import extract_command

            return extract_command(
                args.page, lines=args.lines, project=args.project, convention=args.convention
            )
        from desktop import cli_project as pc

        if args.command == "train":
            return pc.train_command(args.project)
        if args.command == "import":
            return pc.import_command(args.paths, args.project, jobs=args.jobs)
        if args.command == "export":
            labels = [s for s in (args.labels or "").split(",") if s] or None
            from desktop.core.export.options import ExportOptions

            return pc.export_command(
                args.project,
                args.format,
                args.out,
                reviewed_only=args.reviewed_only,
                accepted_only=args.accepted_only,
                labels=labels,
                options=ExportOptions(
                    suggestions="suggestions" in args.include,
                    offsets=args.offsets,
                    csv_bom=args.csv_bom,
                ),
            )
        if args.command == "import-dataset":
            return pc.import_dataset_command(
                args.path,
                args.project,
                args.format,
                replace=args.replace,
                offsets=args.offsets,
                dry_run=args.dry_run,
                reviewed=args.reviewed,
            )
        if args.command == "stats":
            return pc.stats_command(args.project, as_json=args.json)
        if args.command == "settings":
            nested = None if args.nested_spans is None else args.nested_spans == "on"
            return pc.settings_command(args.project, nested_spans=nested)
    except NewsdeskError as exc:
        print(f"newsdesk: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except sqlite3.DatabaseError as exc:  # damage found after the check on open
        problem = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        print(f"newsdesk: the project file is damaged ({problem})", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("newsdesk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    raise AssertionError(f"unhandled command {args.command!r}")


if __name__ == "__main__":
    raise SystemExit(main())
