"""Plain OCR dumps without blank lines: one small page per rule, the scores on real news laid out
as dumps (tests/data/news_dumps, held-out half), and property tests on generated dumps."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.model import Page
from desktop.core.reflow import reflow
from tests.core.dump_scores import run
from tests.core.dumpgen import (
    CCTV_DEV,
    Options,
    Story,
    load,
    load_file,
    long_title,
    render,
    squash,
)
from tests.core.reflow_helpers import check_reflow, kinds, texts
from tests.core.test_reflow_properties import POOL, paragraph


def check(raw: str) -> Page:
    return check_reflow(raw, "dump.txt")


# A story of the page: three paragraphs about one thing, wrapped at 16 cells, indents lost.
BODY_A = (
    "　　今年以来，全市新能源汽车产业\n"
    "链加快布局，电池、电机、电控等关键环\n"
    "节企业相继落地，产业集群初具规模。\n"
    "　　据市发改委介绍，今年将继续推动新\n"
    "能源汽车产业链延链补链，力争年产值\n"
    "突破五百亿元。\n"
)
BODY_B = (
    "　　连日来，县农业农村局组织技术人员\n"
    "深入田间地头，指导农户做好小麦春季\n"
    "田间管理，确保夏粮丰收。\n"
    "　　技术人员介绍，当前正值小麦返青\n"
    "关键期，要抓好水肥管理和病虫害防治\n"
    "工作。\n"
)


def test_page_furniture_is_set_aside_with_the_page_metadata() -> None:
    top = "朔州日报\n2025年3月1日 星期六\n第3版\n要闻\n责任编辑：王某\n"
    raw = top + "新能源汽车产业链加快布局\n" + BODY_A
    page = check(raw)
    assert [s.text for s in page.set_aside] == [
        "朔州日报",
        "2025年3月1日 星期六",
        "第3版",
        "要闻",
        "责任编辑：王某",
    ]
    assert {s.kind for s in page.set_aside} == {"furniture"}
    assert page.meta.paper == "朔州日报"
    assert page.meta.date == "2025-03-01"
    assert page.meta.page == "第3版"
    assert page.meta.section == "要闻"
    assert len(page.articles) == 1
    assert page.articles[0].title == "新能源汽车产业链加快布局"
    assert "朔州日报" not in page.articles[0].text


def test_a_short_title_after_furniture_is_not_taken_for_a_section_name() -> None:
    page = check("人民日报\n2025年3月1日\n春耕备耕忙\n" + BODY_B)
    assert [s.text for s in page.set_aside] == ["人民日报", "2025年3月1日"]
    assert page.articles[0].title == "春耕备耕忙"


def test_byline_sharing_its_line_with_the_source_line() -> None:
    raw = (
        "新能源汽车产业链加快布局\n"
        "本报记者  刘鑫焱  付明丽《人民日报》（2025年03月01日第 01 版）\n" + BODY_A
    )
    page = check(raw)
    article = page.articles[0]
    assert article.byline is not None
    assert article.byline.reporters == ("刘鑫焱", "付明丽")
    assert article.byline.source == "《人民日报》（2025年03月01日第01版）"
    assert kinds(page, 0) == ["title", "byline", "paragraph", "paragraph"]
    assert texts(page, 0, "byline") == [article.byline.text]


def test_a_two_character_name_spaced_out_stays_one_reporter() -> None:
    page = check("春耕备耕忙\n本报记者 田 鹏\n" + BODY_B)
    byline = page.articles[0].byline
    assert byline is not None and byline.reporters == ("田鹏",)


def test_kicker_title_and_subtitle_stacked_in_a_dump() -> None:
    raw = (
        "市长在调研新能源汽车产业时强调\n"
        "新能源汽车产业\n"
        "链加快布局\n"
        "——关键环节企业相继落地\n" + BODY_A
    )
    page = check(raw)
    assert [(b.kind, b.text) for b in page.articles[0].blocks[:3]] == [
        ("deck", "市长在调研新能源汽车产业时强调"),
        ("title", "新能源汽车产业链加快布局"),
        ("deck", "——关键环节企业相继落地"),
    ]
    assert len(texts(page, 0, "paragraph")) == 2


def test_a_wrapped_title_with_an_open_quote_stays_one_title() -> None:
    raw = "金刚石散热：“概念炒\n作”还是“量产前夜”\n" + BODY_A
    page = check(raw)
    assert page.articles[0].title == "金刚石散热：“概念炒作”还是“量产前夜”"


def test_lead_summary_is_the_first_paragraph_of_its_own_article() -> None:
    lead = "■ 全市新能源汽车产业集群初具规模，\n年产值有望突破五百亿元。\n"
    raw = "春耕备耕忙\n" + BODY_B + lead + "新能源汽车产业链加快布局\n本报记者 王浩\n" + BODY_A
    page = check(raw)
    assert len(page.articles) == 2
    assert texts(page, 0, "paragraph")[-1].endswith("病虫害防治工作。")
    assert page.articles[1].title == "新能源汽车产业链加快布局"
    first = texts(page, 1, "paragraph")[0]
    assert first == "■全市新能源汽车产业集群初具规模，年产值有望突破五百亿元。"
    assert kinds(page, 1) == ["title", "byline", "paragraph", "paragraph", "paragraph"]


def test_lead_under_the_headline_does_not_split_the_article_from_its_byline() -> None:
    raw = "新能源汽车产业链加快布局\n▲ 产业集群初具规模。\n本报讯（记者 王浩）\n" + BODY_A
    page = check(raw)
    assert len(page.articles) == 1
    assert kinds(page, 0) == ["title", "byline", "paragraph", "paragraph", "paragraph"]
    assert texts(page, 0, "paragraph")[0] == "▲产业集群初具规模。"


def test_a_line_short_by_an_indent_starts_a_paragraph() -> None:
    raw = (
        "今天上午，县里召开了全县经济工作会\n"
        "议，研究部署今年的重点工作任务。\n"  # a full line ending a sentence: no break by itself
        "会议由县长主持，各部门负责人参\n"  # two cells short: the indent was lost
        "加会议，并就有关工作作了发言。\n"
    )
    page = check(raw)
    assert texts(page, 0, "paragraph") == [
        "今天上午，县里召开了全县经济工作会议，研究部署今年的重点工作任务。",
        "会议由县长主持，各部门负责人参加会议，并就有关工作作了发言。",
    ]


def test_a_latin_word_that_did_not_fit_is_no_indent() -> None:
    raw = (
        "今天上午，县里召开了全县经济工作\n"
        "会议，研究部署今年的重点工作。会\n"
        "上发布了名为全市数据的新平台Open\n"  # short: "Data" did not fit after it
        "Data Hub，各部门负责人参加了\n"  # and a Latin phrase runs on: no paragraph
        "会议，并作了交流发言。\n"
    )
    page = check(raw)
    assert len(page.articles) == 1
    assert len(texts(page, 0, "paragraph")) == 1


def test_a_heading_between_paragraphs_of_one_story_is_a_subhead() -> None:
    more = BODY_A.replace("今年", "近年")
    raw = "新能源汽车产业链加快布局\n" + BODY_A + "龙头企业带动明显\n" + more
    page = check(raw)
    assert len(page.articles) == 1
    assert texts(page, 0, "subhead") == ["龙头企业带动明显"]


def test_a_heading_over_other_words_starts_a_new_story() -> None:
    raw = "新能源汽车产业链加快布局\n" + BODY_A + "春耕备耕忙\n" + BODY_B
    page = check(raw)
    assert [a.title for a in page.articles] == ["新能源汽车产业链加快布局", "春耕备耕忙"]
    assert not texts(page, 0, "subhead")


def test_a_title_asking_a_question() -> None:
    raw = "新能源汽车产业链加快布局\n" + BODY_A + "小麦春管怎么抓？\n" + BODY_B
    page = check(raw)
    assert [a.title for a in page.articles] == ["新能源汽车产业链加快布局", "小麦春管怎么抓？"]


def test_full_lines_without_a_clause_mark_over_an_indent_are_a_title() -> None:
    """A title set at the column's width shows no width of its own, but lines without one
    clause mark after a finished sentence, right over an indented first line, cannot be the
    end of a paragraph (a paragraph ends on a finished sentence)."""
    title = ["全市新能源汽车产业链延链补链工作取得", "新进展产业集群初具规模年产值再创新高"]
    assert all(len(line) == len("链加快布局，电池、电机、电控等关键环") for line in title)
    raw = "新能源汽车产业链加快布局\n" + BODY_A + "\n".join(title) + "\n" + BODY_B
    page = check(raw)
    assert [a.title for a in page.articles] == ["新能源汽车产业链加快布局", "".join(title)]


def test_a_title_keeps_its_own_marks_over_an_indent() -> None:
    """A colon or an enumeration comma inside a title at the column's width does not make it
    text; a line ending on a colon (他表示：) introduces the paragraph under it."""
    title = ["全市新能源汽车产业：延链补链工作取得", "新进展、产业集群初具规模年产值创新高"]
    raw = "新能源汽车产业链加快布局\n" + BODY_A + "\n".join(title) + "\n" + BODY_B
    page = check(raw)
    assert [a.title for a in page.articles] == ["新能源汽车产业链加快布局", "".join(title)]
    said = ["　　技术人员介绍，当前正值关键时期。", "农业农村局有关负责同志在会上明确表示："]
    raw = "新能源汽车产业链加快布局\n" + BODY_A + "\n".join(said) + "\n" + BODY_B
    page = check(raw)
    assert [a.title for a in page.articles] == ["新能源汽车产业链加快布局"]


def test_a_question_over_two_full_lines_stays_text() -> None:
    """Two full lines ending in a question mark after a question of the text: a sentence of
    the paragraph (the question title is one whole sentence clearly short of the column)."""
    para = (
        "　　全市上下都要深入思考如何打造新的\n"
        "下一个产业发展的“黄金三十年”何在？\n"
        "在这一进程中如何更好发挥全市产业集群\n"
        "和龙头企业作用？\n"
    )
    page = check("新能源汽车产业链加快布局\n" + BODY_A + para + BODY_B)
    assert [a.title for a in page.articles] == ["新能源汽车产业链加快布局"]
    assert any(t.endswith("和龙头企业作用？") for t in texts(page, 0, "paragraph"))


def test_a_title_at_the_column_width_ending_on_a_short_line_is_a_title() -> None:
    """A title wrapped at the column's width shows its kind only at its end: a line without a
    clause mark that stops short unfinished, with text going on under it (a paragraph ends on
    a finished sentence), here with no indent under it to tell."""
    title = [
        "全市新能源汽车产业链延链补链工作取得",
        "新进展产业集群初具规模龙头企业带动作用",
        "更加凸显",
    ]
    body = BODY_B.replace("　　", "")
    raw = "新能源汽车产业链加快布局\n" + BODY_A + "\n".join(title) + "\n" + body
    page = check(raw)
    assert [a.title for a in page.articles] == ["新能源汽车产业链加快布局", "".join(title)]


def test_a_first_line_that_lost_its_indent_is_no_title_end() -> None:
    """A paragraph's first line short by an indent, without a clause mark before its line
    break, is text: it is short by no more than an indent, after a finished sentence."""
    para = "我们要以“汇聚正能量 引领时代\n新风尚”为主题，推动产业链加快布局。\n"
    page = check("新能源汽车产业链加快布局\n" + BODY_A + para + BODY_B)
    assert [a.title for a in page.articles] == ["新能源汽车产业链加快布局"]
    assert any(t.startswith("我们要以“汇聚正能量") for t in texts(page, 0, "paragraph"))


def test_a_question_title_wrapped_mid_word_stays_one_title() -> None:
    """A title in large type asking a question, broken mid-word: its question mark ends the
    title's last line, it does not make that line a subtitle."""
    raw = (
        "新能源汽车产业链加快布局\n" + BODY_A + "县里小麦春管如\n何抓好？\n本报记者 王浩\n" + BODY_B
    )
    page = check(raw)
    assert [a.title for a in page.articles] == [
        "新能源汽车产业链加快布局",
        "县里小麦春管如何抓好？",
    ]
    assert kinds(page, 1)[:2] == ["title", "byline"]


def test_the_gap_after_a_dateline_is_no_phrase_space() -> None:
    raw = (
        "两部门约谈汽车生产企业\n"
        "中国经济网北京6月12日讯 工业和\n"
        "信息化部、市场监管总局11日对汽车\n"
        "生产企业进行约谈提醒。\n"
    )
    page = check(raw)
    assert page.articles[0].title == "两部门约谈汽车生产企业"
    assert texts(page, 0, "paragraph")[0].startswith("中国经济网北京6月12日讯工业和")


# Figures on the held-out half (40 pages, the same seeds every run), measured when these
# floors were set: paragraph F1 0.906, headline groups with the right article 0.866,
# articles found 0.949 (no blank lines); the floors sit just under them. (On 100 pages:
# 0.914, 0.884, 0.948.)
@pytest.mark.heldout
def test_scores_on_held_out_dumps_without_blank_lines() -> None:
    scores = run("test", range(40))
    assert scores.lost == 0 and scores.duplicated == 0
    assert scores.furniture_in_articles == 0
    assert scores.paragraph_f1 >= 0.89
    assert scores.right_groups / scores.groups >= 0.85
    assert scores.stories_found / scores.stories >= 0.93


def _assert_cctv_dumps(name: str, floors: tuple[tuple[bool, float, float], ...]) -> None:
    """The 100 dump pages of the CCTV stories of ``tests/data/news/NAME`` lose and duplicate
    no character and score at least each floor: (with some blank lines, paragraph F1,
    headline groups with their article)."""
    path = CCTV_DEV.replace("dev_cctv.jsonl", name)
    for blank, f1, groups in floors:
        scores = run(path, range(100), blank)
        assert scores.lost == 0 and scores.duplicated == 0
        assert scores.paragraph_f1 >= f1
        assert scores.right_groups / scores.groups >= groups


# CCTV text of the test8 days (tests/data/news/test8.jsonl, held out), 100 pages, scored once
# at the end of the census6 round: without blank lines 0.964 / 0.940, articles found 0.983;
# with some blank lines 0.947 / 0.897 / 0.939. The issue asks 0.90 / 0.85 of plain dumps.
@pytest.mark.heldout
def test_scores_on_held_out_cctv_dumps_of_test8() -> None:
    _assert_cctv_dumps("test8.jsonl", ((False, 0.95, 0.92), (True, 0.93, 0.88)))


# CCTV text of the test9 days (tests/data/news/test9.jsonl, held out), 100 pages, scored at the
# end of its round: without blank lines 0.958 / 0.944, articles found 0.988; with some blank
# lines 0.961 / 0.898 / 0.957.
@pytest.mark.heldout
def test_scores_on_held_out_cctv_dumps_of_test9() -> None:
    _assert_cctv_dumps("test9.jsonl", ((False, 0.95, 0.93), (True, 0.95, 0.88)))


# CCTV text of the test10 days (tests/data/news/test10.jsonl, held out), 100 pages, scored at
# the end of its session: without blank lines 0.947 / 0.941, articles found 0.960; with some
# blank lines 0.939 / 0.897 / 0.934.
# (Retired to dev with the test10 pages at the start of the session of 2026-12-04, fourth.)
def test_scores_on_held_out_cctv_dumps_of_test10() -> None:
    _assert_cctv_dumps("test10.jsonl", ((False, 0.94, 0.93), (True, 0.93, 0.88)))


# CCTV text of the test11 days (tests/data/news/test11.jsonl, held out), 100 pages, scored once:
# without blank lines 0.954 / 0.922; with some blank lines 0.950 / 0.900.
# (Retired to dev with the test11 pages at the start of the session of 2026-12-04, fourth.)
def test_scores_on_held_out_cctv_dumps_of_test11() -> None:
    _assert_cctv_dumps("test11.jsonl", ((False, 0.94, 0.91), (True, 0.94, 0.89)))


# CCTV text of the test12 days (tests/data/news/test12.jsonl, held out), 100 pages, scored at the
# start of its session and at its end (the text path did not change): without blank lines
# 0.943 / 0.906; with some blank lines 0.947 / 0.916.
# (Retired to dev with the test12 pages at the start of the session of 2026-12-04, fifth.)
def test_scores_on_held_out_cctv_dumps_of_test12() -> None:
    _assert_cctv_dumps("test12.jsonl", ((False, 0.93, 0.89), (True, 0.93, 0.90)))


# CCTV text of the test13 days (tests/data/news/test13.jsonl, held out), 100 pages, scored at the
# start and at the end of the session of 2026-12-04 (fifth), the same: without blank lines
# 0.955 / 0.938; with some blank lines 0.946 / 0.932.
# (Retired to dev with the test13 pages at the start of the session of 2026-12-04, sixth.)
def test_scores_on_held_out_cctv_dumps_of_test13() -> None:
    _assert_cctv_dumps("test13.jsonl", ((False, 0.94, 0.92), (True, 0.93, 0.91)))


# CCTV text of the test14 days (tests/data/news/test14.jsonl, held out until the session of
# 2026-12-05, dev since), 100 pages, scored at the start of the session of 2026-12-04 (sixth),
# before any change: without blank lines 0.957 / 0.957; with some blank lines 0.959 / 0.932.
def test_scores_on_cctv_dumps_of_test14() -> None:
    _assert_cctv_dumps("test14.jsonl", ((False, 0.94, 0.94), (True, 0.94, 0.91)))


# CCTV text of the test15 days (tests/data/news/test15.jsonl, held out until the session of
# 2026-12-05 (eighth), dev since), 100 pages, scored once at the end of the session of
# 2026-12-05 (seventh): without blank lines 0.963 / 0.944; with some blank lines 0.950 / 0.932.
def test_scores_on_cctv_dumps_of_test15() -> None:
    _assert_cctv_dumps("test15.jsonl", ((False, 0.95, 0.93), (True, 0.94, 0.92)))


# CCTV text of the test16 days (tests/data/news/test16.jsonl, held out until the session of
# 2026-12-05 (ninth), dev since), 100 pages, scored once at the end of the session of
# 2026-12-05 (eighth): without blank lines 0.953 / 0.895; with some blank lines 0.938 / 0.898.
def test_scores_on_cctv_dumps_of_test16() -> None:
    _assert_cctv_dumps("test16.jsonl", ((False, 0.94, 0.88), (True, 0.93, 0.88)))


# CCTV text of the test17 days (tests/data/news/test17.jsonl, held out until the session of
# 2026-12-05 (tenth), dev since), 100 pages, scored once at the end of the session of
# 2026-12-05 (ninth): without blank lines 0.963 / 0.950; with some blank lines 0.963 / 0.950
# (1,600 paragraphs right of 1,679 and of 1,672 gold).
def test_scores_on_cctv_dumps_of_test17() -> None:
    _assert_cctv_dumps("test17.jsonl", ((False, 0.95, 0.94), (True, 0.95, 0.94)))


# CCTV text of the test18 days (tests/data/news/test18.jsonl, held out until the session of
# 2026-12-05 (eleventh), dev since), 100 pages, made at the start of the session of 2026-12-05
# (tenth), scored once at its end: without blank lines 0.956 / 0.941, with some blank lines
# 0.946 / 0.923 (0 characters lost or duplicated); floors a little under that.
def test_scores_on_cctv_dumps_of_test18() -> None:
    _assert_cctv_dumps("test18.jsonl", ((False, 0.95, 0.935), (True, 0.94, 0.92)))


# CCTV text of the test19 days (tests/data/news/test19.jsonl, held out until the session of
# 2026-12-05 (twelfth), dev since), 100 pages, made at the start of the session of 2026-12-05
# (eleventh), scored once at its end: 0.954 / 0.923 without blank lines, 0.954 / 0.873 with
# some; floors at the targets for dumps (0.90 / 0.85), set before it was scored.
def test_scores_on_cctv_dumps_of_test19() -> None:
    _assert_cctv_dumps("test19.jsonl", ((False, 0.90, 0.85), (True, 0.90, 0.85)))


# CCTV text of the test20 days (tests/data/news/test20.jsonl), 100 pages, made at the start of
# the session of 2026-12-05 (twelfth), scored once that day: 0.954 / 0.898 without blank lines,
# 0.949 / 0.864 with some; floors at the targets for dumps (0.90 / 0.85), set before it
# was scored. Dev since that day.
def test_scores_on_cctv_dumps_of_test20() -> None:
    _assert_cctv_dumps("test20.jsonl", ((False, 0.90, 0.85), (True, 0.90, 0.85)))


# CCTV text of the test21 days (tests/data/news/test21.jsonl), 100 pages, made at the start of
# the session of 2026-12-05 (thirteenth), held out; floors at the targets for dumps
# (0.90 / 0.85), set before it was scored. Scored once, at once: 0.962 / 0.935 without blank
# lines, 0.951 / 0.935 with some.
@pytest.mark.heldout
def test_scores_on_held_out_cctv_dumps_of_test21() -> None:
    _assert_cctv_dumps("test21.jsonl", ((False, 0.90, 0.85), (True, 0.90, 0.85)))


# CCTV text of the test22 days (tests/data/news/test22.jsonl), 100 pages, made in the session of
# 2026-12-05 (thirteenth) before any of its changes landed, held out; floors at the issue's
# targets for dumps (0.90 / 0.85), set before it was scored. Scored once at that session's end:
# 0.957 / 0.950 without blank lines, 0.960 / 0.935 with some.
@pytest.mark.heldout
def test_scores_on_held_out_cctv_dumps_of_test22() -> None:
    _assert_cctv_dumps("test22.jsonl", ((False, 0.90, 0.85), (True, 0.90, 0.85)))


# Dev half, 40 pages: 0.936, 0.945, 0.985 (0.936, 0.937, 0.985 before the CCTV dumps).
def test_scores_on_dev_dumps() -> None:
    scores = run("dev", range(40))
    assert scores.lost == 0 and scores.duplicated == 0
    assert scores.paragraph_f1 >= 0.92
    assert scores.right_groups / scores.groups >= 0.93
    assert scores.stories_found / scores.stories >= 0.97


# CCTV evening-news stories (dev_cctv.jsonl: long titles in large type, one-sentence
# paragraphs, hardly any decks), 40 pages: 0.960, 0.929, 0.978; before the rules they
# brought (100 pages): 0.947, 0.837, 0.928.
def test_scores_on_cctv_dev_dumps() -> None:
    scores = run(CCTV_DEV, range(40))
    assert scores.lost == 0 and scores.duplicated == 0
    assert scores.furniture_in_articles == 0
    assert scores.paragraph_f1 >= 0.95
    assert scores.right_groups / scores.groups >= 0.91
    assert scores.stories_found / scores.stories >= 0.96


def test_cctv_stories_lay_out_with_long_titles_over_several_lines() -> None:
    """The headings file's stories: the title whole in the gold, printed over two lines or
    more when long, and no kicker or subtitle made up."""
    stories = load_file(CCTV_DEV)
    assert len(stories) == 50
    rng = random.Random(1)
    dump = render(rng, stories[:5], Options(width=16, markers=False))
    for story, gold in zip(stories[:5], dump.golds, strict=True):
        assert gold.title == story.title and gold.kicker is None
        assert gold.subtitle == ("".join(story.decks) or None)
    lines = [line for story in stories for line in long_title(rng, story.title, 16)]
    assert sum(1 for story in stories if len(squash(story.title)) > 16) >= 20
    assert len(lines) >= 1.5 * len(stories)


def _story(rng: random.Random, width: int) -> Story:
    vocab = "".join(rng.sample(POOL, 60))
    blocks = [("paragraph", paragraph(rng, vocab, width, rng.randint(0, 2))) for _ in range(3)]
    title = "".join(rng.choice(vocab) for _ in range(rng.randint(6, 22)))
    return Story(title, blocks)


@settings(max_examples=150, deadline=None)
@given(
    seed=st.integers(0, 2**32),
    width=st.integers(12, 20),
    real=st.booleans(),
    blank_lines=st.booleans(),
    indent=st.sampled_from(["kept", "lost", "mixed"]),
)
def test_generated_dumps_keep_every_character(
    seed: int, width: int, real: bool, blank_lines: bool, indent: str
) -> None:
    """Random stories laid out as dumps: nothing lost or doubled, furniture never in a story,
    every byline line the generator printed parsed with its reporters apart."""
    rng = random.Random(seed)
    pool = load("dev") if real else [_story(rng, width) for _ in range(5)]
    stories = rng.sample(pool, rng.randint(1, 4))
    dump = render(rng, stories, Options(width=width, blank_lines=blank_lines, indent=indent))
    page = check(dump.raw)
    lines = dump.raw.split("\n")
    furniture = {squash(lines[i]) for i in dump.furniture}
    for article in page.articles:
        for block in article.blocks:
            assert squash(block.text) not in furniture
    assert page == reflow(dump.raw, source="dump.txt")
    found = {a.byline.text: a.byline.reporters for a in page.articles if a.byline}
    for gold in dump.golds:
        if gold.byline is not None and "本报记者  " in gold.byline:
            printed = " ".join(gold.byline.split())
            match = [r for text, r in found.items() if squash(text) == squash(printed)]
            assert match == [] or match[0] == gold.reporters


CLEAN = (
    "省长在调研春耕生产时强调\n"
    "因地制宜发展现代农业\n"
    "——在推进乡村全面振兴中走在前列\n"
    "本报记者  刘鑫焱  付明丽《人民日报》（2025年03月01日第 01 版）\n"
    "　　本报讯 省长1日在调研春耕生产时强调，要牢牢把握粮食安全这个首要任务，发展现代农业。\n"
    "　　调研中，几位种粮大户先后发言，分别就农机购置、高标准农田建设等问题谈了意见和建议。\n"
    "■ 今年以来，全省各地认真落实各项惠企政策，工业经济运行起步平稳，发展质量稳步提升。\n"
    "开局良好 稳中有进\n"
    "本报记者  王浩\n"
    "　　省统计局15日发布数据，1—2月份，全省工业经济延续回升向好态势。\n"
    "　　专家表示，随着各项政策效果持续显现，工业经济有望保持平稳增长。\n"
)


def test_clean_modern_text_with_and_without_blank_lines() -> None:
    """One paragraph a line, as text copied from a paper's website: the stacked kicker, title
    and subtitle keep their order, the byline with the source line keeps both reporters, and
    the ■ lead goes with the story under the next headline."""
    for raw in (CLEAN, CLEAN.replace("\n", "\n\n")):
        page = check(raw)
        assert len(page.articles) == 2
        assert [(b.kind, b.text) for b in page.articles[0].blocks[:4]] == [
            ("deck", "省长在调研春耕生产时强调"),
            ("title", "因地制宜发展现代农业"),
            ("deck", "——在推进乡村全面振兴中走在前列"),
            ("byline", "本报记者 刘鑫焱 付明丽《人民日报》（2025年03月01日第 01 版）"),
        ]
        first = page.articles[0].byline
        assert first is not None and first.reporters == ("刘鑫焱", "付明丽")
        assert len(texts(page, 0, "paragraph")) == 2
        assert page.articles[1].title == "开局良好 稳中有进"
        assert texts(page, 1, "paragraph")[0].startswith("■今年以来")
        assert len(texts(page, 1, "paragraph")) == 3


def test_a_line_ending_in_a_latin_word_that_runs_on_is_no_headline() -> None:
    """Found by the property test: "…制Open" / "Data Hub…" is one sentence, not a title."""
    raw = (
        "马是在湖然制Open \nData Hub所医社47.4%定日，\n"
        "政 量 桥 实34.3%为 所 实 ， 得\n其 因 镇56.6%药 。\n"
    )
    page = check(raw)
    assert kinds(page, 0) == ["paragraph"]


def test_a_title_in_large_type_ending_like_a_kicker_stays_one_title() -> None:
    """ "…代表团审议" ends like a kicker, but a kicker has a title under it: as the last line
    of the headline it is the end of the title, wrapped in large type."""
    page = check("李强参加河北\n代表团审议\n" + BODY_A)
    assert page.articles[0].title == "李强参加河北代表团审议"
    assert kinds(page, 0) == ["title", "paragraph", "paragraph"]


def test_a_title_wrapped_mid_word_keeps_its_own_marks() -> None:
    """A long title broken evenly keeps going over a line with an enumeration comma or a
    colon (a title's own marks); a subtitle is one with clauses or an opening ——."""
    page = check("赵乐际与致公党、\n侨联、对外友好界政协委员共商国是\n本报记者 王浩\n" + BODY_A)
    assert page.articles[0].title == "赵乐际与致公党、侨联、对外友好界政协委员共商国是"
    raw = "国家荣誉称号获得者赵\n忠贤：让中国高温超导跻身国际前列\n"
    raw += "——半个世纪把冷板凳坐热\n本报记者 王浩\n" + BODY_A
    page = check(raw)
    assert [(b.kind, b.text) for b in page.articles[0].blocks[:2]] == [
        ("title", "国家荣誉称号获得者赵忠贤：让中国高温超导跻身国际前列"),
        ("deck", "——半个世纪把冷板凳坐热"),
    ]


def test_a_long_title_wrapped_over_five_lines_above_a_byline_is_one_title() -> None:
    """A long title set at the column's width fills five lines without a punctuation mark;
    the byline under it shows it is a headline, after the finished sentence above (up to six
    lines: a longer unfinished run above a byline is text)."""
    title = "某某县召开全面推进乡村振兴暨农业农村现代化建设工作会议部署今年重点任务要求各级各部门"
    title += "坚持问题导向狠抓工作落实确保各项目标任务按期完成全力推动经济社会高质量发展"
    lines = [title[i : i + 17] for i in range(0, len(title), 17)]
    assert len(lines) == 5
    raw = "新能源汽车产业链加快布局\n" + BODY_A + "\n".join(lines) + "\n本报记者 王浩\n" + BODY_B
    page = check(raw)
    assert [a.title for a in page.articles] == ["新能源汽车产业链加快布局", title]
    assert kinds(page, 1) == ["title", "byline", "paragraph", "paragraph"]


def test_a_title_over_two_short_lines_between_stories_is_no_subhead() -> None:
    """Two lines clearly short of the column between two stories with shared words: a
    sub-head set in the column's type would wrap at the column, so this is a title in large
    type, and a new story starts under it."""
    more = BODY_A.replace("今年", "近年").replace("　　", "")
    raw = "新能源汽车产业链加快布局\n" + BODY_A + "新能源汽车\n产业再获突破\n" + more
    page = check(raw)
    titles = [a.title for a in page.articles]
    assert titles == ["新能源汽车产业链加快布局", "新能源汽车产业再获突破"]


def test_a_quoted_slogan_with_a_phrase_space_is_no_headline_line() -> None:
    """A paragraph's first line quoting a slogan with its own phrase space is text; a title
    with phrase spaces outside quotes is still a headline line."""
    raw = (
        "春耕备耕忙\n" + BODY_B + "本次大会以“汇聚网络正能量 引领时代新风\n"
        "尚”为主题，由中央网信办、中央精神文明\n建设办公室共同主办。\n"
    )
    page = check(raw)
    assert len(page.articles) == 1
    assert texts(page, 0, "paragraph")[-1].startswith("本次大会以“汇聚网络正能量")
    page = check("春耕备耕忙\n" + BODY_B + "锐意创新谋改革 心无旁骛促转型\n" + BODY_A)
    assert [a.title for a in page.articles] == ["春耕备耕忙", "锐意创新谋改革 心无旁骛促转型"]
