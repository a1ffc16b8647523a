"""A history row's stored description read back as a :class:`~desktop.core.edits.Wording`,
so Edit > History can show it in the interface language.

Why: a history row keeps its description in English (``"Label 中国 as LOC"``), written when
the change was made, also by projects written before descriptions were translatable. Storing
a key and arguments instead would need a new column and would leave every old row English;
reading the English back against the templates the edits word themselves with works for old
and new rows alike, without a migration.

Contract: ``read_description(edit, description)`` returns the Wording whose English is exactly
``description`` (``wording.english() == description``), with the row's kind of change
(``HistoryEntry.edit``: ``AddSpan``, ``UndoAddSpan``, ``Import`` …) choosing among templates
first; ``None`` for a description no template produces (then show it as stored). For
``"Undo %1"`` and ``"Revert %1"`` the argument is itself a description (``nested``): read it
with ``read_description("", arg)``. Status arguments come back as status names
(``in_progress``), as the edit had them.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from desktop.core.edits import Wording

#: The undo of an edit: "Undo " + its description (Library.revert).
UNDO: Final = "Undo %1"
REVERT: Final = "Revert %1"
#: Templates whose argument is a whole description, to be read in turn.
NESTED: Final = frozenset({UNDO, REVERT})
#: Templates whose first argument is a review status, written with spaces for underscores.
STATUS: Final = frozenset({"Mark article as %1"})
STATUSES: Final = ("new", "in_progress", "reviewed")

#: Every template a history row's description is made from, by the row's kind of change. The
#: edits' own ``wording`` properties are the source (tests/core/test_history_words.py applies
#: each edit and reads its row back); the last entries are written by the facade itself.
TEMPLATES: Final[dict[str, tuple[str, ...]]] = {
    "AddSpan": ("Label %1 as %2",),
    "DeleteSpan": ("Delete %1",),
    "Relabel": ("Relabel %1 as %2",),
    "Resize": ("Resize to %1",),
    "SetStatus": ("Accept %1", "Reject %1", "Reopen %1"),
    "AcceptAll": ("Accept all suggestions", "Accept all %1 suggestions"),
    "EditFigure": ("Edit figure", "Edit figure %1"),
    "SetNestedSpans": ("Allow nested spans", "Disallow nested spans"),
    "SetReviewStatus": ("Mark article as %1",),
    "StartReview": ("Mark article as %1",),
    "ApplyToAll": ("Label all %1 × %2 as %3",),
    "RevertHistory": (REVERT,),
    "Resuggest": ("Re-suggest entities in %1 article(s)",),
    "ImportDataset": ("Import dataset %1",),
    "AddLabel": ("Add label %1",),
    "Import": ("Import %1",),
}


def _literal_length(template: str) -> int:
    return len(re.sub(r"%\d", "", template))


@cache
def _all_templates() -> tuple[str, ...]:
    """Every template once, the most specific (longest fixed text) first: "Label all %1 × %2
    as %3" is tried before "Label %1 as %2", which would also match its English."""
    seen = dict.fromkeys(t for group in TEMPLATES.values() for t in group)
    return tuple(sorted(seen, key=lambda t: (-_literal_length(t), t)))


@cache
def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"(%\d)", template)
    regex = "".join("(.*)" if re.fullmatch(r"%\d", p) else re.escape(p) for p in parts)
    return re.compile(regex, re.DOTALL)


def _match(template: str, description: str) -> Wording | None:
    found = _pattern(template).fullmatch(description)
    if found is None:
        return None
    args = found.groups()
    status = template in STATUS
    if status:
        name = args[0].replace(" ", "_")
        if name not in STATUSES:
            return None
        args = (name, *args[1:])
    wording = Wording(template, tuple(args), status_arg=status)
    return wording if wording.english() == description else None


def read_description(edit: str, description: str) -> Wording | None:
    """``description`` (a history row's) as the Wording that produced it; None when none did.
    ``edit`` is the row's kind of change ("" when unknown); see the module's contract."""
    kind = edit.removeprefix("Undo") if edit.startswith("Undo") and edit != "Undo" else edit
    if kind != edit and description.startswith("Undo "):
        return Wording(UNDO, (description.removeprefix("Undo "),))
    for template in TEMPLATES.get(kind, ()):
        wording = _match(template, description)
        if wording is not None:
            return wording
    if description.startswith("Undo ") and len(description) > len("Undo "):
        return Wording(UNDO, (description.removeprefix("Undo "),))
    for template in _all_templates():
        wording = _match(template, description)
        if wording is not None:
            return wording
    return None
