"""Linking fragments of articles continued across pages into logical articles."""

from __future__ import annotations

from pathlib import Path

from desktop.core.library import Library
from desktop.core.linking import Fragment, link
from tests.core.test_store import synthetic_prepared


def frag(
    id: int, doc: int, title: str | None, head: str = "", *, src: str = "", dst: str = ""
) -> Fragment:
    return Fragment(id, doc, title, head, src or None, dst or None)


def test_pairs_by_shared_headline_words() -> None:
    fragments = [
        frag(1, 1, "全市春耕备耕工作会议召开", dst="第2版"),
        frag(2, 1, "新建学校开学典礼举行", dst="第2版"),
        frag(3, 2, "新建学校", "（上接第1版）典礼上", src="第1版"),
        frag(4, 2, "春耕备耕", "（上接第1版）会议指出", src="第1版"),
    ]
    assert link(fragments) == [(1, 4), (2, 3)]


def test_no_shared_words_no_link_when_ambiguous() -> None:
    fragments = [
        frag(1, 1, "山河新闻", dst="第2版"),
        frag(2, 1, "青松消息", dst="第2版"),
        frag(3, 2, None, "天气晴朗", src="第1版"),
    ]
    assert link(fragments) == []


def test_markers_alone_decide_a_unique_pair() -> None:
    fragments = [frag(1, 1, "山河新闻", dst="第2版"), frag(2, 2, None, "天气晴朗", src="第1版")]
    assert link(fragments) == [(1, 2)]


def test_same_page_never_links() -> None:
    fragments = [frag(1, 1, "春耕会议召开", dst="第2版"), frag(2, 1, "春耕会议", src="第1版")]
    assert link(fragments) == []


def test_chain_of_three_pages() -> None:
    fragments = [
        frag(1, 1, "春耕会议召开", dst="第2版"),
        frag(3, 2, "春耕会议", src="第1版", dst="第3版"),
        frag(4, 3, "春耕会议召开", src="第2版"),
    ]
    assert link(fragments) == [(1, 3, 4)]


def test_library_links_when_the_second_page_arrives_and_reports_it(tmp_path: Path) -> None:
    with Library.open(tmp_path / "p.sqlite") as lib:
        lib.store_prepared(
            synthetic_prepared(
                "p2.txt",
                (("春耕会议", "李明远说，要抓好春耕。"),),
                continued=(("第1版", None),),
            )
        )
        assert lib.article_summaries()[0].linked == ()
        lib.store_prepared(
            synthetic_prepared(
                "p1.txt",
                (("山河县召开春耕会议", "县长李明远出席。"),),
                continued=((None, "第2版"),),
            )
        )
        by_title = {s.title: s for s in lib.article_summaries()}
        head, tail = by_title["山河县召开春耕会议"], by_title["春耕会议"]
        assert head.linked == (tail.id,) and tail.linked == (head.id,)
        assert lib.article(tail.id).linked == (head.id,)
        assert lib.stats()["linked_articles"] == 1
