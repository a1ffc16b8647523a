"""The readers' new warnings and refusals reach the window like the old ones.

A PAGE XML page whose regions keep their text without lines (its boxes estimated) and an hOCR
page with a line without a box (laid out as plain text) are named in the import's box with
their warning, in the interface's language, and the source pane shows the warning over the
page; an hOCR file of several pages is one problem line naming the file and the count, and
none of it is imported. With a problem in the batch, the warned pages are still named in the
box itself (they were only behind Show Details).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

REAL = Path(__file__).resolve().parents[1] / "data" / "ocr" / "real"
REGIONS = REAL / "pagexml" / "prima_simplepage_2017.xml"
REGIONS_EN = (
    "11 of its text regions keep their text without text lines: each one's lines were placed "
    "on equal strips of the region's box"
)
REGIONS_ZH = "有 11 个文字区域只有区域文字、没有文字行"
UNBOXED_EN = (
    "1 of its 2 text lines have no box, so its boxes were not used: the page was laid out as "
    "plain text, in the file's order"
)
SPLIT_EN = "(hocr-split, of hocr-tools, splits it)"
SPLIT_ZH = "（可用 hocr-tools 的 hocr-split 拆分）"
UNBOXED_ZH = "其 2 行文字中有 1 行没有文字框"


def _hocr_pages(folder: Path) -> tuple[Path, Path]:
    boxed = "<span class='ocr_line' title='bbox 10 40 200 60'>今天上午召开会议</span>"
    page = "<div class='ocr_page' title='bbox 0 0 600 600'>{}</div>"
    unboxed = folder / "unboxed.hocr"
    unboxed.write_text(
        "<html><body>"
        + page.format("<span class='ocr_line'>本报讯记者</span>" + boxed)
        + "</body></html>",
        "utf-8",
    )
    book = folder / "book.hocr"
    book.write_text("<html><body>" + page.format(boxed) * 3 + "</body></html>", "utf-8")
    return unboxed, book


def test_new_reader_warnings_and_a_several_page_file_reach_the_window(
    qtbot: Any, window_with_dialogs: Any, tmp_path: Path, language: str
) -> None:
    window = window_with_dialogs
    unboxed, book = _hocr_pages(tmp_path)
    before = window.article_model.rowCount()
    flows = window.workflows
    flows.import_paths([str(REGIONS), str(unboxed), str(book)])
    qtbot.waitUntil(lambda: flows.import_dialog is None, timeout=120000)
    box = flows.problems_box
    assert box is not None and box.isVisible()
    lines = box.detailedText().splitlines()
    colon = ": " if language == "en" else "："  # the interface's punctuation (ux12)
    problem = next(line for line in lines if line.startswith(f"{book}{colon}"))
    regions = next(line for line in lines if line.startswith(f"{REGIONS}{colon}"))
    plain = next(line for line in lines if line.startswith(f"{unboxed}{colon}"))
    if language == "en":
        assert problem == f"{book}: holds 3 hOCR pages; save one page per file {SPLIT_EN}"
        assert regions == f"{REGIONS}: {REGIONS_EN}"
        assert plain == f"{unboxed}: {UNBOXED_EN}"
    else:
        assert problem == f"{book}：包含 3 个 hOCR 版面；请每个文件只存一个版面{SPLIT_ZH}"
        assert REGIONS_ZH in regions and UNBOXED_ZH in plain
    # the warned pages are named in the box itself, not only behind Show Details
    assert sorted(box.informativeText().split("\n\n")) == sorted([regions, plain])
    box.close()
    names = {
        window.article_model.summary(r).document_name
        for r in range(window.article_model.rowCount())
    }
    assert "book.hocr" not in names and {"unboxed.hocr", REGIONS.name} <= names
    assert window.article_model.rowCount() > before

    (row, *_) = (
        r
        for r in range(window.article_model.rowCount())
        if window.article_model.summary(r).document_name == REGIONS.name
    )
    window.source_dock.show()
    qtbot.waitUntil(window.source_dock.isVisible)
    window.select_article(window.article_model.summary(row).id)
    qtbot.waitUntil(lambda: window.source_pane.warnings_note.isVisible())
    expected = REGIONS_EN if language == "en" else REGIONS_ZH
    assert expected in window.source_pane.warnings_note.text()
