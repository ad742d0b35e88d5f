"""How ``quotex --help`` and each command's ``--help`` read (:mod:`quotex.cli` uses these classes).

Typer's plain help has three habits that read badly: a required argument in
the usage line is ``{files}...`` instead of the conventional ``FILE...``, the
command list follows the order of the code and cuts each description with
"...", and nothing makes the example come last.  :class:`Command` writes the
usage line with each argument's metavar as given (``FILE...``, ``[FILE...]``
when optional); :class:`Group` lists the commands in :data:`ORDER` (the
README's Commands table, a test keeps them equal) with their whole first
sentence, wrapped to the terminal.  The examples are each command's
``epilog``, which Click writes after the options.
"""

from __future__ import annotations

from typing import Any

from typer.core import TyperCommand, TyperGroup

#: The commands in the order ``quotex --help`` lists them: the README's Commands table.
ORDER = ("extract", "speakers", "show", "report", "schema", "spark", "eval", "rules")


def examples(*lines: str) -> str:
    """An epilog of example command lines, kept one a line (Click's ``\\b`` stops it rewrapping them)."""
    return "\b\n" + ("Example:" if len(lines) == 1 else "Examples:") + "\n" + "\n".join(f"  {line}" for line in lines)


class Command(TyperCommand):
    """A command whose usage line names its arguments by their metavars: ``quotex extract [OPTIONS] FILE...``."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if param.param_type_name == "argument" and param.metavar:
                pieces.append(param.metavar if param.required else f"[{param.metavar}]")
            else:
                pieces.extend(param.get_usage_pieces(ctx))
        return pieces


class Group(TyperGroup):
    """The ``quotex`` group: commands in :data:`ORDER`, each described by its whole first sentence."""

    def list_commands(self, ctx: Any) -> list[str]:
        names = list(self.commands)
        return sorted(names, key=lambda name: ORDER.index(name) if name in ORDER else len(ORDER))

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                rows.append((name, command.get_short_help_str(limit=10_000)))  # wrapped by write_dl, never cut
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)
