"""Linking fragments of articles continued across pages into logical articles."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

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


PAGE_ONE = """锐意创新谋改革 心无旁骛促转型

本报讯 2月26日，市领导参加平鲁区代
表团审议。会上，代表们踊跃发言，
围绕改革创新、产业转型等方面提出
了意见建议。（下转第2版）

对标一流谋发展 奋发有为抓落实

本报讯 2月26日，市领导参加朔城区代
表团审议。代表们结合工作实际，畅谈
发展思路，提出意见建议。
（下转第2版）
"""


def test_real_page_two_links_to_a_page_one_and_exports_merged(tmp_path: Path) -> None:
    sample = Path(__file__).resolve().parents[2] / "seeds" / "000_d93c9dc7b4603325.txt"
    page_one = tmp_path / "page1.txt"
    page_one.write_text(PAGE_ONE, encoding="utf-8")
    with Library.open(tmp_path / "p.sqlite") as lib:
        lib.import_paths([sample, page_one], jobs=1)
        summaries = lib.article_summaries()
        heads = [s for s in summaries if s.document_name == "page1.txt"]
        assert len(heads) == 2
        for head in heads:
            (tail_id,) = head.linked
            tail = lib.article(tail_id)
            assert tail.document_name == sample.name and tail.continued_from == "第1版"
            assert next(s for s in summaries if s.id == tail_id).title == head.title
        out = tmp_path / "merged.jsonl"
        assert lib.export("doccano", out) == len(summaries) - 2


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_three_pages_link_into_one_chain_in_any_import_order(
    tmp_path: Path, order: tuple[int, ...]
) -> None:
    pages = [
        synthetic_prepared(
            "p1.txt", (("山河县春耕会议召开", "县长李明远出席。"),), continued=((None, "第2版"),)
        ),
        synthetic_prepared(
            "p2.txt", (("春耕会议", "李明远说，要抓好春耕。"),), continued=(("第1版", "第3版"),)
        ),
        synthetic_prepared(
            "p3.txt", (("春耕会议召开", "赵一帆出席。"),), continued=(("第2版", None),)
        ),
    ]
    with Library.open(tmp_path / "p.sqlite") as lib:
        for n in order:
            lib.store_prepared(pages[n])
        by_doc = {s.document_name: s for s in lib.article_summaries()}
        ids = [by_doc[f"p{n}.txt"].id for n in (1, 2, 3)]
        assert lib.article(ids[0]).linked == (ids[1], ids[2])
        assert lib.article(ids[2]).linked == (ids[0], ids[1])
        out = tmp_path / "chain.jsonl"
        assert lib.export("doccano", out) == 1
