"""One small hand-made page per reflow rule."""

from __future__ import annotations

from desktop.core.model import SYNTHETIC
from desktop.core.reflow import reflow
from tests.core.reflow_helpers import check_reflow as check
from tests.core.reflow_helpers import kinds, texts


def test_lines_broken_by_the_column_are_joined() -> None:
    page = check("今天上午，县里召开了全县经济工\n作会议，研究部署今年的重点工\n作。\n")
    assert texts(page, 0, "paragraph") == [
        "今天上午，县里召开了全县经济工作会议，研究部署今年的重点工作。"
    ]


def test_blank_line_mid_sentence_is_a_column_break() -> None:
    raw = "今天上午，县里召开了全县经济工\n作会议，研究部署今年的重点工\n\n作，会议由县长主持。\n"
    page = check(raw)
    assert texts(page, 0, "paragraph") == [
        "今天上午，县里召开了全县经济工作会议，研究部署今年的重点工作，会议由县长主持。"
    ]


def test_blank_line_after_a_sentence_is_a_paragraph_break() -> None:
    raw = "今天上午，县里召开了全县经济工\n作会议。\n\n会议指出，今年要抓好项目建设\n和民生工作。\n"
    page = check(raw)
    assert texts(page, 0, "paragraph") == [
        "今天上午，县里召开了全县经济工作会议。",
        "会议指出，今年要抓好项目建设和民生工作。",
    ]


def test_short_line_ending_a_sentence_starts_a_paragraph_without_a_blank_line() -> None:
    raw = (
        "今天上午，县里召开了全县经济工作会\n"
        "议，研究部署今年的重点工作任务。\n"  # full line ending in 。: no break
        "会议由县长主持，各部门负责人参\n"
        "加会议。\n"  # short line ending in 。: the next line starts a paragraph
        "会议指出，今年要抓好项目建设和民\n"
        "生工作。\n"
    )
    page = check(raw)
    assert texts(page, 0, "paragraph") == [
        "今天上午，县里召开了全县经济工作会议，研究部署今年的重点工作任务。"
        "会议由县长主持，各部门负责人参加会议。",
        "会议指出，今年要抓好项目建设和民生工作。",
    ]


def test_justification_and_stray_spaces_are_removed() -> None:
    raw = (
        "去年，全县地区生产总值完成 1539.4 亿\n"
        "元，增长 4.7%，制 造 业 投 资 分 别 增\n"
        "长 7.5%、10.1%。2月 23日，市 场 主 体 是\n"
        "经 济 发 展 的“ 晴 雨\n"
        "表”。\n"
    )
    page = check(raw)
    assert texts(page, 0, "paragraph") == [
        "去年，全县地区生产总值完成1539.4亿元，增长4.7%，制造业投资分别增长7.5%、10.1%。"
        "2月23日，市场主体是经济发展的“晴雨表”。"
    ]


def test_spaces_between_latin_words_are_kept() -> None:
    raw = "该公司发布了 Smart City 平台和 5G 网络，名为\nOpen\nData Hub 的项目也已上线。\n"
    page = check(raw)
    assert texts(page, 0, "paragraph") == [
        "该公司发布了Smart City平台和5G网络，名为Open Data Hub的项目也已上线。"
    ]


def test_headline_keeps_one_space_between_phrases() -> None:
    raw = "全县召开经济工作会议。\n\n锐意进取谋发展\u3000\u3000 实干担当促振兴\n"
    page = check(raw)
    assert page.articles[0].title == "锐意进取谋发展 实干担当促振兴"


def test_wrapped_subhead_inside_an_article() -> None:
    raw = (
        "今天上午，县里召开了全县经济工作会\n议，研究部署今年的重点工作。\n\n"
        "项目提速，发展新动能加\n快集聚\n\n"
        "会议指出，今年要抓好项目建设和民\n生工作，确保各项任务落地见效。\n"
    )
    page = check(raw)
    assert len(page.articles) == 1
    assert kinds(page, 0) == ["paragraph", "subhead", "paragraph"]
    assert texts(page, 0, "subhead") == ["项目提速，发展新动能加快集聚"]


def test_byline_is_parsed_and_starts_an_article() -> None:
    raw = (
        "前一篇文章的最后一段话写在这里，\n到此结束。\n\n"
        "本报讯（记者 林小山 通讯员 周大海） 3月 5日，\n全县春耕生产现场会在东关镇召开。\n"
    )
    page = check(raw)
    assert len(page.articles) == 2
    article = page.articles[1]
    assert article.byline is not None
    assert article.byline.text == "本报讯（记者 林小山 通讯员 周大海）"
    assert article.byline.source == "本报讯"
    assert article.byline.reporters == ("林小山", "周大海")
    assert kinds(page, 1) == ["byline", "paragraph"]
    assert texts(page, 1, "paragraph") == ["3月5日，全县春耕生产现场会在东关镇召开。"]


def test_news_agency_dateline_is_a_byline() -> None:
    raw = "新华社北京3月5日电（记者 林小山、周大海）全国春耕\n生产工作会议今天召开。\n"
    page = check(raw)
    byline = page.articles[0].byline
    assert byline is not None
    assert byline.source == "新华社北京3月5日电"
    assert byline.reporters == ("林小山", "周大海")
    assert texts(page, 0, "paragraph") == ["全国春耕生产工作会议今天召开。"]


def test_reporter_word_inside_a_sentence_is_not_a_byline() -> None:
    page = check("记者了解到，今年全县新建项目\n三十个。\n")
    assert page.articles[0].byline is None
    assert kinds(page, 0) == ["paragraph"]


def test_continuation_markers_become_metadata_and_are_removed() -> None:
    raw = "（上接第1版） 会议强调，要坚持稳中求进\n工作总基调。全县上下要（下转第3版）\n"
    page = check(raw)
    article = page.articles[0]
    assert (article.continued_from, article.continued_to) == ("第1版", "第3版")
    assert "上接" not in article.text and "下转" not in article.text
    assert [m.text for m in page.removed] == ["（上接第1版）", "（下转第3版）"]
    assert article.markers == page.removed
    assert texts(page, 0, "paragraph") == ["会议强调，要坚持稳中求进工作总基调。全县上下要"]


def test_marker_right_after_the_previous_article_starts_a_new_one() -> None:
    raw = (
        "前一篇文章的最后一段话写在这里，\n到此结束。\n"
        "（上接第2版）会议指出，今年要抓好项\n目建设和民生工作。\n"
    )
    page = check(raw)
    assert len(page.articles) == 2
    assert page.articles[1].continued_from == "第2版"
    assert page.articles[1].text == "会议指出，今年要抓好项目建设和民生工作。"


BODY_A = (
    "（上接第1版）东关镇今年新建蔬菜大棚三\n百座，带动农户增收。镇党委书记说，\n"
    "蔬菜产业已成为东关镇的富民产业。\n"
)
BODY_B = (
    "（上接第1版）西山水库除险加固工程今天\n开工，工程总投资两亿元。县水利局\n"
    "负责人说，西山水库工程将在汛期前完工。\n"
)
HEAD_A = "东关镇蔬菜大棚 富民产业兴旺\n"
HEAD_B_KICKER = "县领导在西山水库调研时强调\n"
HEAD_B = "加快西山水库建设 确保汛期安全\n"


def test_headline_after_a_body_belongs_to_that_body() -> None:
    page = check(BODY_A + "\n" + HEAD_A + "\n" + BODY_B)
    assert [a.title for a in page.articles] == ["东关镇蔬菜大棚 富民产业兴旺", None]
    assert kinds(page, 0) == ["title", "paragraph"]
    assert page.articles[0].headline_confidence > 0.5


def test_floating_headline_goes_to_the_article_it_shares_words_with() -> None:
    # Body A, body B, then A's... no: B's headline right after B, then A's floating headline.
    raw = BODY_A + "\n" + BODY_B + "\n" + HEAD_B_KICKER + "\n" + HEAD_B + "\n" + HEAD_A
    page = check(raw)
    assert len(page.articles) == 2
    assert page.articles[1].title == "加快西山水库建设 确保汛期安全"
    assert texts(page, 1, "deck") == ["县领导在西山水库调研时强调"]
    assert kinds(page, 1)[:2] == ["deck", "title"]
    assert page.articles[0].title == "东关镇蔬菜大棚 富民产业兴旺"
    assert 0 < page.articles[0].headline_confidence <= 1


def test_floating_headline_choice_follows_the_words_not_the_position() -> None:
    raw = BODY_B + "\n" + BODY_A + "\n" + HEAD_A + "\n" + HEAD_B_KICKER + "\n" + HEAD_B
    page = check(raw)
    assert page.articles[0].title == "加快西山水库建设 确保汛期安全"
    assert page.articles[1].title == "东关镇蔬菜大棚 富民产业兴旺"


def test_headline_above_the_first_body_heads_it() -> None:
    page = check(HEAD_B_KICKER + "\n" + HEAD_B + "\n" + BODY_B.replace("（上接第1版）", ""))
    assert len(page.articles) == 1
    assert kinds(page, 0) == ["deck", "title", "paragraph"]
    assert page.articles[0].headline_confidence == 1.0


def test_article_order_headline_byline_body_and_synthetic_joiners() -> None:
    raw = (
        "全县春耕生产现场会召开\n\n本报讯（记者 林小山）今天，全县春耕生产\n现场会在东关镇召开。\n"
    )
    page = check(raw)
    article = page.articles[0]
    assert kinds(page, 0) == ["title", "byline", "paragraph"]
    joiners = [i for i, ch in enumerate(article.text) if ch == "\n"]
    assert [article.source_map[i] for i in joiners] == [SYNTHETIC, SYNTHETIC]


def test_column_width_is_measured_per_page() -> None:
    # 13-wide and 18-wide columns: a 12-char line ending in 。 is "short" only in the wider one.
    narrow = (
        "今天上午，县里召开了全县\n经济工作会议，研究部署今\n年的重点工作任务事项。\n"
        "会议由县长主持，各部门\n负责人参加了会议。\n"
    )
    page = check(narrow)
    assert len(texts(page, 0, "paragraph")) == 1
    wide = (
        "今天上午，县里召开了全县经济工作会\n议，研究部署今年的重点工作任务事项\n"
        "和今年的各项重点工作。\n会议由县长主持，各部门负责人参加了\n本次会议并作了发言。\n"
    )
    page = check(wide)
    assert len(texts(page, 0, "paragraph")) == 2


def test_provenance_maps_text_back_to_raw_lines() -> None:
    raw = "标题行\n\n今天上午，县里召开了全县经济工\n作会议，研究部署今年的重点工\n\n作。\n"
    page = check(raw.replace("标题行\n\n", ""))
    article = page.articles[0]
    start = article.text.index("作会议")
    assert page.raw_lines(0, start, start + 3) == [1]
    assert page.raw_lines(0, 0, len(article.text)) == [0, 1, 3]
    pos = page.position(article.source_map[start])
    assert (pos.line, pos.column) == (1, 0)
    assert page.line_starts[1] == raw.replace("标题行\n\n", "").index("作会议")


def test_non_bmp_characters_survive_reflow() -> None:
    page = check("县长𠮷大山说，今年要\n抓好𠮷家村的建设。\n")
    assert texts(page, 0, "paragraph") == ["县长𠮷大山说，今年要抓好𠮷家村的建设。"]


def test_empty_page_has_no_articles() -> None:
    assert reflow("\n \n\u3000\n").articles == ()


def test_headlines_printed_above_their_bodies_after_a_headless_continuation() -> None:
    raw = BODY_A + "\n" + HEAD_B + "\n" + BODY_B.replace("（上接第1版）", "")
    page = check(raw)
    assert [a.title for a in page.articles] == [None, "加快西山水库建设 确保汛期安全"]
    assert page.articles[1].headline_confidence > 0.5


def test_byline_right_under_a_headline_line() -> None:
    raw = (
        "前一篇文章写到这里，\n到此结束。\n\n全县春耕生产现场会召开\n"
        "本报讯（记者 林小山）今天，全县春耕\n生产现场会在东关镇召开。\n"
    )
    page = check(raw)
    assert len(page.articles) == 2
    assert page.articles[1].byline is not None
    assert page.articles[1].title == "全县春耕生产现场会召开"


def test_indent_remnant_starts_a_paragraph_after_a_full_line() -> None:
    raw = (
        "\u3000\u3000今天上午，县里召开了全县经济工\n"
        "作会议，研究部署今年的重点工作任务。\n"  # full, ends in 。; the next line is indented
        "\u3000\u3000会议由县长主持，各部门负责人参\n"
        "加会议并作了发言，会议开得很成功。\n"
        "大家一致表示要把会议精神落到实处，\n"
        "确保全年目标任务顺利完成。\n"
    )
    page = check(raw)
    assert texts(page, 0, "paragraph") == [
        "今天上午，县里召开了全县经济工作会议，研究部署今年的重点工作任务。",
        "会议由县长主持，各部门负责人参加会议并作了发言，会议开得很成功。"
        "大家一致表示要把会议精神落到实处，确保全年目标任务顺利完成。",
    ]


def test_leading_spaces_on_most_lines_are_noise_not_indents() -> None:
    raw = "".join(
        " " + line + "\n"
        for line in [
            "今天上午，县里召开了全县经济工",
            "作会议。会议研究部署了今年的",
            "重点工作任务。会议由县长主持",
            "，各部门负责人参加了会议。",
        ]
    )
    page = check(raw)
    assert len(texts(page, 0, "paragraph")) == 1


def test_numbered_section_heading_is_a_subhead_even_when_long() -> None:
    raw = (
        "今天上午，县里召开了全县经济工作会\n议，研究部署今年的重点工作。\n\n"
        "一、坚持项目为王，加快转型升级\n\n"
        "会议指出，今年要抓好项目建设和民\n生工作，确保各项任务落地见效。\n"
    )
    page = check(raw)
    assert kinds(page, 0) == ["paragraph", "subhead", "paragraph"]
    assert texts(page, 0, "subhead") == ["一、坚持项目为王，加快转型升级"]


def test_headline_printed_across_a_sentence_does_not_cut_the_story() -> None:
    raw = (
        "（上接第1版）东关镇今年新建蔬菜大棚三\n百座，带动农户增收。镇党委书记说，\n\n"
        + HEAD_B
        + "\n蔬菜产业已成为东关镇的富民产业，\n农民收入逐年提高。\n\n"
        + "本报讯（记者 林小山）西山水库除险加固工程今天\n开工，工程总投资两亿元。\n"
    )
    page = check(raw)
    assert len(page.articles) == 2
    assert texts(page, 0, "paragraph") == [
        "东关镇今年新建蔬菜大棚三百座，带动农户增收。镇党委书记说，"
        "蔬菜产业已成为东关镇的富民产业，农民收入逐年提高。"
    ]
    assert page.articles[0].title is None
    assert page.articles[1].title == "加快西山水库建设 确保汛期安全"


def test_marker_variants() -> None:
    cases = {
        "【上接第3版】正文开始，写到这里。": ("continued_from", "第3版"),
        "( 上接 第 １ 版 )正文开始，写到这里。": ("continued_from", "第1版"),
        "（接第二版）正文开始，写到这里。": ("continued_from", "第二版"),
        "正文写到这里，没有结束（下转A2版）": ("continued_to", "A2版"),
        "正文写到这里，没有结束（转4版）": ("continued_to", "第4版"),
    }
    for raw, (kind, value) in cases.items():
        page = check(raw)
        assert [(m.kind, m.value) for m in page.removed] == [(kind, value)], raw
        assert "版" not in page.articles[0].text


def test_headline_rows_without_blank_lines_are_cut_out_of_the_text() -> None:
    raw = (
        "锐意进取谋发展 实干担当促振兴\n"
        "今天上午，县里召开了全县经济工\n作会议，研究部署今年的重点工作。\n"
        "县领导在西山水库调研时强调\n"
        "加快西山水库建设 确保汛期安全\n"
        "西山水库除险加固工程今天开工，工\n程总投资两亿元。县水利局负责人说，\n"
        "西山水库工程将在汛期前完工。\n"
    )
    page = check(raw)
    assert [a.title for a in page.articles] == [
        "锐意进取谋发展 实干担当促振兴",
        "加快西山水库建设 确保汛期安全",
    ]
    assert kinds(page, 1) == ["deck", "title", "paragraph"]
    assert texts(page, 0, "paragraph") == [
        "今天上午，县里召开了全县经济工作会议，研究部署今年的重点工作。"
    ]


def test_title_wrapped_over_two_lines_is_one_title() -> None:
    raw = (
        "全县春耕生产工作会议在东关镇召开，会\n议部署了今年的春耕生产工作任务。\n\n"
        "全县春耕生产现场推进会议在东关镇隆重\n召开\n"
    )
    page = check(raw)
    assert page.articles[0].title == "全县春耕生产现场推进会议在东关镇隆重召开"
    assert texts(page, 0, "deck") == []
