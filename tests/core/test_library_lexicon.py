"""The lexicon: confirmed terms are suggested on later imports; rejected ones are not."""

from __future__ import annotations

from pathlib import Path

from desktop.core.edits import ApplyToAll, SetStatus
from desktop.core.lexicon import Lexicon
from desktop.core.library import Library
from desktop.core.model import Entity
from tests.core.test_store import synthetic_prepared


def test_lexicon_apply_rules() -> None:
    lex = Lexicon.build([("春耕", "ORG", "confirmed"), ("李明远", "PER", "rejected")])
    text = "李明远谈春耕，春耕要紧。"
    out = lex.apply(text, [Entity(0, 3, "李明远", "PER"), Entity(4, 6, "春耕", "LOC")])
    assert [(e.start, e.end, e.label) for e in out] == [(4, 6, "LOC"), (7, 9, "ORG")]


def test_later_imports_follow_the_lexicon(tmp_path: Path) -> None:
    with Library.open(tmp_path / "p.sqlite") as lib:
        lib.store_prepared(synthetic_prepared())
        first = lib.article_summaries()[0].id
        rejected = next(a for a in lib.annotations(first) if a.quote == "李明远")
        lib.apply(SetStatus(rejected.uuid, "rejected"))
        occ = lib.occurrences(first, "春耕会议", "project")
        lib.apply(ApplyToAll("春耕会议", "ORG", "entity", tuple(occ)))
        decisions = {(e.term, e.label): e.decision for e in lib.lexicon()}
        assert decisions == {("李明远", "PER"): "rejected", ("春耕会议", "ORG"): "confirmed"}
        lib.store_prepared(
            synthetic_prepared("later.txt", (("春耕会议续", "李明远在春耕会议上讲话。"),))
        )
        later = next(s for s in lib.article_summaries() if s.document_name == "later.txt")
        anns = lib.annotations(later.id)
        assert not any(a.quote == "李明远" for a in anns)
        orgs = [a for a in anns if a.quote == "春耕会议"]
        assert len(orgs) == 2 and {(a.label, a.source, a.status) for a in orgs} == {
            ("ORG", "auto", "suggested")
        }


def test_confirming_a_term_with_another_label_replaces_the_first(tmp_path: Path) -> None:
    with Library.open(tmp_path / "p.sqlite") as lib:
        lib.store_prepared(synthetic_prepared())
        first = lib.article_summaries()[0].id
        occ = tuple(lib.occurrences(first, "春耕会议", "project"))
        lib.apply(ApplyToAll("春耕会议", "ORG", "entity", occ))
        second = ApplyToAll("春耕会议", "LOC", "entity", occ)
        lib.apply(second)
        assert [(e.label, e.decision) for e in lib.lexicon()] == [("LOC", "confirmed")]
        lib.revert(second)
        assert [(e.label, e.decision) for e in lib.lexicon()] == [("ORG", "confirmed")]
