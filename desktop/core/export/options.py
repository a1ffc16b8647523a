"""What an export includes, the choices some formats offer, and what the export reports back.

"A corrected dataset" is what a user means by exporting after correcting: the spans a person
vouched for. That is every *accepted* span, and every span still standing in an article marked
*reviewed* (the reviewer saw it and left it). A *suggestion* — an automatic span that nobody
accepted, in an article nobody reviewed — is not a person's work: it is left out unless asked
for (``ExportOptions(suggestions=True)``, ``--include suggestions``). Rejected spans are never
exported. Label Studio keeps the two apart even when suggestions are included (annotations and
predictions); the flat formats (doccano, brat, BIO, figures) then hold both (brat marks them
with an attribute, the figures table with its status column). ``newsdesk export --help``
says the same per format.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal

from desktop.core.records import Annotation, ExportArticle

Offsets = Literal["utf16", "codepoints"]
OFFSETS: tuple[Offsets, ...] = ("utf16", "codepoints")


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """Choices that change what a writer puts in the file.

    - ``suggestions``: include unreviewed suggestions (see the module docstring);
    - ``offsets``: what doccano offsets count, UTF-16 code units (a default doccano project)
      or code points (a doccano project with grapheme mode on);
    - ``csv_bom``: start the figures CSV with a UTF-8 byte-order mark (spreadsheet programs
      then read the Chinese text right; Python readers need ``encoding="utf-8-sig"``);
    - ``allow_nested``: the project annotates spans inside spans (brat's annotation.conf then
      allows overlap; BIO still cannot hold them and says how many it dropped);
    - ``model_version``: what Label Studio predictions name as their source.
    """

    suggestions: bool = False
    offsets: Offsets = "utf16"
    csv_bom: bool = True
    allow_nested: bool = False
    model_version: str = ""


@dataclass(slots=True)
class ExportSummary:
    """What an export wrote: counts for the one-line report, and notes worth a warning."""

    fmt: str
    articles: int = 0
    annotations: int = 0  # accepted spans and spans of reviewed articles
    suggestions: int = 0  # unreviewed suggestions written
    suggestions_left_out: int = 0
    dropped_nested: int = 0  # BIO: spans inside or overlapping another, not written
    files: list[str] = field(default_factory=list)  # extra files written beside the output

    def line(self, out: str) -> str:
        """One line for the CLI: what went where, and what was left out."""
        parts = [f"exported {self.articles} article(s) as {self.fmt} to {out}"]
        if self.fmt != "markdown":
            parts.append(f"{self.annotations} accepted or reviewed span(s)")
            if self.suggestions:
                kind = "prediction(s)" if self.fmt == "labelstudio" else "span(s)"
                parts.append(f"{self.suggestions} unreviewed suggestion(s) as {kind}")
            elif self.suggestions_left_out:
                parts.append(
                    f"{self.suggestions_left_out} unreviewed suggestion(s) left out "
                    "(--include suggestions)"
                )
        for extra in self.files:
            parts.append(f"also wrote {extra}")
        return "; ".join(parts)

    def warnings(self) -> list[str]:
        if self.dropped_nested:
            return [
                f"{self.dropped_nested} span(s) inside or overlapping another span were "
                "dropped: BIO gives each character one tag (the earlier, longer span is kept)"
            ]
        return []


def is_suggestion(article: ExportArticle, ann: Annotation) -> bool:
    """An automatic span nobody vouched for: not accepted, in an article not reviewed."""
    return ann.status == "suggested" and article.status != "reviewed"


def status_of(article: ExportArticle, ann: Annotation) -> str:
    """ "accepted", "reviewed" (left standing in a reviewed article) or "suggested"."""
    if ann.status == "accepted":
        return "accepted"
    return "suggested" if is_suggestion(article, ann) else "reviewed"


def select(
    article: ExportArticle,
    options: ExportOptions,
    summary: ExportSummary,
    *,
    figures_only: bool = False,
) -> ExportArticle:
    """``article`` with the annotations ``options`` include, counted into ``summary`` (only
    figures are counted when ``figures_only``: the figures table holds nothing else)."""
    kept: list[Annotation] = []
    for ann in article.annotations:
        if ann.status == "rejected":
            continue
        counted = not figures_only or ann.kind == "figure"
        if is_suggestion(article, ann):
            if not options.suggestions:
                summary.suggestions_left_out += counted
                continue
            summary.suggestions += counted
        else:
            summary.annotations += counted
        kept.append(ann)
    summary.articles += 1
    if len(kept) == len(article.annotations):
        return article
    return replace(article, annotations=tuple(kept))
