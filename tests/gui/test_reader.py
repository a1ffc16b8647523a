"""The reader: plain text, block formats, span highlights, selection in code points."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCharFormat, QTextFormat

from desktop.gui.widgets.reader import ReaderView
from tests.gui.records import LABELS, ann, detail

TEXT = "标题一行\n本报讯（记者 𠮷小明）\n今天𠮷小明在某市说<b>不</b>是。"


def _reader(qtbot) -> ReaderView:
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.set_colours({lab.name: lab.colour for lab in LABELS})
    blocks = (("title", 0, 4), ("byline", 5, 16), ("paragraph", 17, len(TEXT)))
    spans = [ann(TEXT, 12, 15, status="accepted"), ann(TEXT, 19, 22, status="suggested")]
    reader.show_article(detail(TEXT, blocks), spans)
    return reader


def test_text_is_plain_never_html(qtbot) -> None:
    reader = _reader(qtbot)
    assert reader.toPlainText() == TEXT
    assert "<b>不</b>" in reader.toPlainText()
    assert reader.objectName() == "readerView"


def test_headline_and_byline_are_set_apart(qtbot) -> None:
    reader = _reader(qtbot)
    doc = reader.document()
    title = doc.findBlockByNumber(0)
    paragraph = doc.findBlockByNumber(2)
    assert title.charFormat().fontWeight() == QFont.Weight.Bold or (
        title.begin().fragment().charFormat().fontWeight() == QFont.Weight.Bold
    )
    assert title.begin().fragment().charFormat().fontPointSize() > (
        paragraph.begin().fragment().charFormat().fontPointSize() or reader.font().pointSizeF()
    )
    assert doc.findBlockByNumber(1).begin().fragment().charFormat().fontItalic()
    assert paragraph.blockFormat().textIndent() > 0


def test_accepted_is_filled_and_suggested_dashed(qtbot) -> None:
    reader = _reader(qtbot)
    by_uuid = {
        s.format.property(QTextFormat.Property.UserProperty): s for s in reader.extraSelections()
    }
    accepted = by_uuid["u12-15-PER"].format
    suggested = by_uuid["u19-22-PER"].format
    assert accepted.background().style() != Qt.BrushStyle.NoBrush
    assert accepted.background().color().alpha() > suggested.background().color().alpha()
    assert suggested.underlineStyle() == QTextCharFormat.UnderlineStyle.DashUnderline
    assert accepted.underlineStyle() != QTextCharFormat.UnderlineStyle.DashUnderline
    # the highlight covers exactly the span, in UTF-16 units (𠮷 counts twice)
    cursor = by_uuid["u19-22-PER"].cursor
    assert cursor.selectedText() == "𠮷小明"


def test_the_span_under_the_cursor_is_marked_current(qtbot) -> None:
    reader = _reader(qtbot)

    def current() -> list[str]:
        return [
            s.cursor.selectedText()
            for s in reader.extraSelections()
            if s.format.property(QTextFormat.Property.UserProperty) == "current"
        ]

    assert current() == []
    reader.select_span(20, 20)  # inside 𠮷小明 (19-22)
    assert current() == ["𠮷小明"]
    reader.select_span(1, 1)  # in the title: no span
    assert current() == []


def test_select_span_round_trips_through_utf16(qtbot) -> None:
    reader = _reader(qtbot)
    reader.select_span(19, 22)
    assert reader.textCursor().selectedText() == "𠮷小明"
    assert reader.selected_span() == (19, 22)
    assert TEXT[19:22] == "𠮷小明"
    assert reader.span_at_cursor().uuid == "u19-22-PER"


def test_clicking_inside_a_span_selects_it(qtbot) -> None:
    reader = _reader(qtbot)
    with qtbot.waitSignal(reader.span_selected) as blocker:
        cursor = reader.textCursor()
        cursor.setPosition(reader._pos.to_utf16(20))
        reader.setTextCursor(cursor)
    assert blocker.args == ["u19-22-PER"]


def test_shift_arrows_select_code_points(qtbot) -> None:
    reader = _reader(qtbot)
    reader.select_span(19, 19)
    with qtbot.waitSignal(reader.text_selected):
        for _ in range(3):
            qtbot.keyClick(reader, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert reader.selected_span() == (19, 22)


ASTRAL_PAGE = """某县召开春耕生产会议

本报讯（记者 𠮷小明）日前，某县召开
春耕生产工作会议，县长𠮷小明出席会议
并讲话。会议要求，各乡镇要抓好春耕备
耕各项工作，确保粮食生产稳定。
"""


def test_astral_name_selected_in_reader_is_exactly_the_stored_span(qtbot, tmp_path) -> None:
    """A page holding 𠮷 (U+20BB7), imported through the Library: keyboard selection in the
    reader becomes a stored span with the same code-point offsets and quote, and a stored span
    selects exactly its text in the reader."""
    from desktop.core.library import Library
    from desktop.gui import create_main_window

    page = tmp_path / "astral.txt"
    page.write_text(ASTRAL_PAGE, encoding="utf-8")
    project = tmp_path / "astral.sqlite"
    with Library.open(project) as lib:
        assert lib.import_paths([page], jobs=1).imported
    window = create_main_window(project)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # window shortcuts need the active window
    reader, lib = window.reader, window.session.library
    text = reader.text
    # the second 𠮷小明 (in the paragraph); drop whatever was suggested there first
    start = text.rindex("𠮷小明")
    end = start + 3
    for old in [a for a in lib.annotations(reader.article_id) if a.start < end and start < a.end]:
        reader.select_span(old.start, old.end)
        qtbot.keyClick(reader, Qt.Key.Key_Delete)
    reader.setFocus()
    reader.select_span(start, start)
    for _ in range(3):
        qtbot.keyClick(reader, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert reader.textCursor().selectedText() == "𠮷小明"
    assert reader.selected_span() == (start, end)
    qtbot.keyClick(reader, Qt.Key.Key_P)
    stored = [
        a for a in lib.annotations(reader.article_id) if a.label == "PER" and a.start == start
    ]
    assert len(stored) == 1
    assert (stored[0].start, stored[0].end, stored[0].quote) == (start, end, "𠮷小明")
    # and back: selecting the stored span (from the table) selects exactly its text
    reader.select_span(0, 0)
    window.entity_table.select_uuid("")
    window.entity_table.selectRow(
        window.entity_table.proxy.mapFromSource(
            window.entity_model.index(window.entity_model.row_of(stored[0].uuid), 0)
        ).row()
    )
    assert reader.textCursor().selectedText() == "𠮷小明"
    assert reader.selected_span() == (start, end)
    window.close()


def test_find_in_article_selects_each_hit_in_code_points(window, qtbot) -> None:
    reader, bar = window.reader, window.find_bar
    qtbot.keyClick(reader, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert bar.isVisible() and bar.edit.hasFocus()
    needle = reader.text[5:7]
    bar.edit.setText(needle)
    hits = bar.hits()
    assert hits and all(reader.text[h : h + 2] == needle for h in hits)
    assert reader.selected_span() == (hits[0], hits[0] + 2)
    if len(hits) > 1:
        qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
        assert reader.selected_span() == (hits[1], hits[1] + 2)
        qtbot.keyClick(bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
        assert reader.selected_span() == (hits[0], hits[0] + 2)
    bar.edit.setText("不可能出现的词语组合")
    assert bar.count_label.text() == "no match"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_mouse_selection_and_label_key_make_a_span(window, qtbot) -> None:
    """Click at a character, Shift+click past another: the selection, in code points, becomes
    the new span when the label's key is pressed."""
    from PySide6.QtGui import QTextCursor

    reader, lib = window.reader, window.session.library
    taken = {i for a in reader.annotations() for i in range(a.start, a.end)}
    start = next(
        i
        for i in range(len(reader.text) - 3)
        if not taken & {i, i + 1, i + 2} and "\n" not in reader.text[i : i + 3]
    )

    def point(cp: int):
        cursor = QTextCursor(reader.document())
        cursor.setPosition(reader._pos.to_utf16(cp))
        reader.setTextCursor(cursor)
        reader.ensureCursorVisible()
        return reader.cursorRect(cursor).center()

    reader.setFocus()
    first, last = point(start), point(start + 3)
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=first)
    qtbot.mouseClick(
        reader.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, last
    )
    assert reader.selected_span() == (start, start + 3)
    qtbot.keyClick(reader, Qt.Key.Key_O)
    made = [a for a in lib.annotations(reader.article_id) if a.start == start]
    assert [(a.end, a.label, a.quote) for a in made] == [
        (start + 3, "ORG", reader.text[start : start + 3])
    ]


def test_switching_to_a_shorter_article_paints_no_stale_span(qtbot) -> None:
    """Spans of the previous article never meet the next article's text (Qt would warn that
    positions are out of range, and the warning fails the test)."""
    reader = _reader(qtbot)
    reader.select_span(20, 20)  # a current span far into the long text
    short = "短文"
    reader.show_article(detail(short, article_id=2), [])
    assert reader.extraSelections() == []
    assert reader.toPlainText() == short


def test_a_selection_running_into_the_next_paragraph_labels_only_the_words(window, qtbot) -> None:
    reader, lib = window.reader, window.session.library
    detail = lib.article(reader.article_id)
    block = next(
        b
        for b in detail.blocks
        if b.end < len(reader.text)
        and not any(a.start < b.end and b.end - 2 < a.end for a in reader.annotations())
    )
    reader.setFocus()
    reader.select_span(block.end - 2, block.end)  # the paragraph's last two characters…
    qtbot.keyClick(reader, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)  # …and the break
    assert reader.selected_span() == (block.end - 2, block.end + 1)
    qtbot.keyClick(reader, Qt.Key.Key_O)
    made = [a for a in lib.annotations(reader.article_id) if a.start == block.end - 2]
    assert [(a.end, a.label) for a in made] == [(block.end, "ORG")]


def _block_look(reader: ReaderView) -> list[tuple[float, int, bool, str, float]]:
    """Per Qt block: point size, weight, italic, colour and indent of its characters."""
    doc = reader.document()
    base = reader.font().pointSizeF()
    out = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        sizes, weights, italics, colours = set(), set(), set(), set()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            sizes.add(fmt.fontPointSize() or base)
            weights.add(fmt.fontWeight())
            italics.add(fmt.fontItalic())
            colours.add(
                fmt.foreground().color().name()
                if fmt.hasProperty(QTextFormat.Property.ForegroundBrush)
                else "default"
            )
            it += 1
        assert len(sizes) == len(weights) == len(italics) == len(colours) == 1
        out.append(
            (
                sizes.pop(),
                weights.pop(),
                italics.pop(),
                colours.pop(),
                block.blockFormat().textIndent(),
            )
        )
        block = block.next()
    return out


def test_formats_never_carry_over_from_the_article_shown_before(qtbot) -> None:
    """Issue 11 item 1: open articles in sequence; every block has its own kind's format."""
    reader = ReaderView()
    qtbot.addWidget(reader)
    a = "标题\n副题一行\n本报讯（记者 某某）\n第一段。\n小标题\n第二段。"
    a_blocks = (
        ("title", 0, 2),
        ("deck", 3, 7),
        ("byline", 8, 18),
        ("paragraph", 19, 23),
        ("subhead", 24, 27),
        ("paragraph", 28, 32),
    )
    b = "只有正文的一段。\n第二段。"
    b_blocks = (("paragraph", 0, 8), ("paragraph", 9, 13))
    reader.show_article(detail(a, a_blocks), [])
    first_look = _block_look(reader)
    reader.show_article(detail(b, b_blocks), [])
    b_look = _block_look(reader)
    paragraph_look = first_look[3]
    assert b_look == [paragraph_look, paragraph_look]
    reader.show_article(detail(a, a_blocks), [])
    assert _block_look(reader) == first_look
    title, deck, byline, _, subhead, _ = first_look
    assert title[0] > subhead[0] > paragraph_look[0] and title[1] > paragraph_look[1]
    assert byline[2] and not paragraph_look[2]
    assert deck[3] != paragraph_look[3] and paragraph_look[4] > 0 and title[4] == 0
