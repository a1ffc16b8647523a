"""Test-only serialisers: an :class:`OcrPage` written the way each OCR tool writes it.

One function per format, each returning the file's text: :func:`to_paddle_json` (several
shapes), :func:`to_hocr`, :func:`to_alto`, :func:`to_page_xml`, :func:`to_tsv`. Used by the
readers' round-trip tests and to turn laid-out fixture pages into every format.

Words: a line's text is cut into words where the tools cut it: at single spaces, and between
two CJK characters (tesseract puts each Chinese character in its own word). Reading the words
back joins them by the readers' rule, so a line survives when it has no double spaces and no
space between two CJK characters (which hOCR/ALTO/TSV cannot express either). Coordinates are
written as integers (as tesseract, ALTO and PAGE tools do) except in the JSON shapes.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from html import escape
from itertools import groupby
from typing import Any

from desktop.core.ocr.common import is_cjk
from desktop.core.ocr.model import Box, OcrLine, OcrPage

PADDLE_SHAPES = ("records", "bbox", "ocr_results", "nested", "paged", "rapid", "paddlex")


def words(text: str) -> list[str]:
    """The words a tool would give for ``text`` (see the module docstring)."""
    out: list[str] = []
    for chunk in text.split(" "):
        if not chunk:
            continue
        start = 0
        for i in range(1, len(chunk)):
            if is_cjk(chunk[i - 1]) and is_cjk(chunk[i]):
                out.append(chunk[start:i])
                start = i
        out.append(chunk[start:])
    return out


def word_boxes(line: OcrLine) -> Iterator[tuple[str, Box | None, bool]]:
    """Each word with its share of the line's box (by characters) and whether a space
    followed it in the line."""
    ws = words(line.text)
    total = sum(len(w) for w in ws) or 1
    box = line.box
    x = box.x0 if box else 0.0
    rest = line.text
    for w in ws:
        at = rest.index(w)
        rest = rest[at + len(w) :]
        spaced = rest.startswith(" ")
        if box is None:
            yield w, None, spaced
            continue
        width = box.width * len(w) / total
        yield w, Box(x, box.y0, x + width, box.y1), spaced
        x += width


def page_size(page: OcrPage) -> tuple[float, float]:
    if page.width is not None and page.height is not None:
        return page.width, page.height
    boxes = [line.box for line in page.lines if line.box is not None]
    return (
        max((b.x1 for b in boxes), default=1000.0) + 10,
        max((b.y1 for b in boxes), default=1000.0) + 10,
    )


def _i(value: float) -> int:
    return round(value)


def _points(box: Box) -> list[list[float]]:
    return [[box.x0, box.y0], [box.x1, box.y0], [box.x1, box.y1], [box.x0, box.y1]]


# --- PaddleOCR / RapidOCR JSON -------------------------------------------------------------


def to_paddle_json(page: OcrPage, shape: str = "records") -> str:
    """``records``: [{"text", "box" (4 points), "score"}]; ``bbox``: the same with "bbox"
    [x0, y0, x1, y1]; ``ocr_results``: {"ocr_results": records, "dimensions": [W, H]};
    ``nested``: [[box, [text, score]]]; ``paged``: PaddleOCR 2.x's [[[box, [text, score]]]];
    ``rapid``: RapidOCR 1.x's [[box, text, score]]; ``paddlex``: PaddleOCR 3.x
    ``save_to_json`` ({"rec_texts", "rec_scores", "rec_polys"})."""
    if shape not in PADDLE_SHAPES:
        raise ValueError(f"unknown shape {shape!r}")
    doc: Any
    if shape in ("records", "bbox", "ocr_results"):
        records = []
        for line in page.lines:
            record: dict[str, Any] = {"text": line.text}
            if line.box is not None:
                b = line.box
                if shape == "bbox":
                    record["bbox"] = [b.x0, b.y0, b.x1, b.y1]
                else:
                    record["box"] = _points(b)
            record["score"] = line.confidence
            records.append(record)
        doc = records
        if shape == "ocr_results":
            doc = {"ocr_results": records, "dimensions": list(page_size(page))}
    elif shape in ("nested", "paged", "rapid"):
        items: list[Any] = []
        for line in page.lines:
            box = _points(line.box) if line.box is not None else None
            if shape == "rapid":
                items.append([box, line.text, line.confidence])
            else:
                items.append([box, [line.text, line.confidence]])
        doc = [items] if shape == "paged" else items
    else:
        doc = {
            "res": {
                "input_path": page.image,
                "rec_texts": [line.text for line in page.lines],
                "rec_scores": [line.confidence for line in page.lines],
                "rec_polys": [_points(line.box) if line.box else None for line in page.lines],
            }
        }
    return json.dumps(doc, ensure_ascii=False)


# --- hOCR ----------------------------------------------------------------------------------


def to_hocr(page: OcrPage) -> str:
    width, height = page_size(page)
    image = escape(page.image or "page.png")
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"',
        '    "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
        '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">',
        " <head>",
        "  <title></title>",
        '  <meta http-equiv="Content-Type" content="text/html;charset=utf-8"/>',
        "  <meta name='ocr-system' content='tesseract 5.3.0'/>",
        "  <meta name='ocr-capabilities' content='ocr_page ocr_carea ocr_par ocr_line ocrx_word'/>",
        " </head>",
        " <body>",
        f"  <div class='ocr_page' id='page_1' title='image \"{image}\"; bbox 0 0 "
        f"{_i(width)} {_i(height)}; ppageno 0'>",
    ]
    n_line = n_word = 0
    for n_block, (region, group) in enumerate(_regions(page), 1):
        lines = list(group)
        rid = escape(region or f"par_1_{n_block}", quote=True)
        out.append(
            f"   <div class='ocr_carea' id='block_1_{n_block}' title=\"{_hbox(_union(lines))}\">"
        )
        out.append(f"    <p class='ocr_par' id='{rid}' lang='chi_sim'>")
        for line in lines:
            n_line += 1
            title = f' title="{_hbox(line.box)}"' if line.box else ""
            parts = [f"     <span class='ocr_line' id='line_1_{n_line}'{title}>"]
            for word, box, _ in word_boxes(line):
                n_word += 1
                props = []
                if box is not None:
                    props.append(_hbox(box))
                if line.confidence is not None:
                    props.append(f"x_wconf {_i(line.confidence * 100)}")
                wtitle = f" title='{'; '.join(props)}'" if props else ""
                parts.append(
                    f"<span class='ocrx_word' id='word_1_{n_word}'{wtitle}>{escape(word)}</span> "
                )
            parts.append("</span>")
            out.append("".join(parts))
        out.append("    </p>")
        out.append("   </div>")
    out += ["  </div>", " </body>", "</html>", ""]
    return "\n".join(out)


def _hbox(box: Box | None) -> str:
    if box is None:
        return ""
    return f"bbox {_i(box.x0)} {_i(box.y0)} {_i(box.x1)} {_i(box.y1)}"


def _regions(page: OcrPage) -> Iterator[tuple[str | None, Iterator[OcrLine]]]:
    """Consecutive lines of the same region, as the tools nest them."""
    return groupby(page.lines, key=lambda line: line.region)


def _union(lines: list[OcrLine]) -> Box | None:
    boxes = [line.box for line in lines if line.box is not None]
    if not boxes:
        return None
    return Box(
        min(b.x0 for b in boxes),
        min(b.y0 for b in boxes),
        max(b.x1 for b in boxes),
        max(b.y1 for b in boxes),
    )


# --- ALTO ----------------------------------------------------------------------------------


def to_alto(page: OcrPage, version: int = 4) -> str:
    width, height = page_size(page)
    ns = {
        2: "http://www.loc.gov/standards/alto/ns-v2#",
        3: "http://www.loc.gov/standards/alto/ns-v3#",
    }
    namespace = ns.get(version, "http://www.loc.gov/standards/alto/ns-v4#")
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<alto xmlns="{namespace}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
        "  <Description>",
        "    <MeasurementUnit>pixel</MeasurementUnit>",
        "    <sourceImageInformation>",
        f"      <fileName>{escape(page.image or 'page.png')}</fileName>",
        "    </sourceImageInformation>",
        "  </Description>",
        "  <Layout>",
        f'    <Page ID="page_0" PHYSICAL_IMG_NR="0" WIDTH="{_i(width)}" HEIGHT="{_i(height)}">',
        f'      <PrintSpace HPOS="0" VPOS="0" WIDTH="{_i(width)}" HEIGHT="{_i(height)}">',
    ]
    n_line = 0
    for n_block, (region, group) in enumerate(_regions(page), 1):
        lines = list(group)
        bid = escape(region or f"block_{n_block}", quote=True)
        out.append(f'        <TextBlock ID="{bid}"{_abox(_union(lines))}>')
        for line in lines:
            n_line += 1
            out.append(f'          <TextLine ID="line_{n_line}"{_abox(line.box)}>')
            wc = "" if line.confidence is None else f' WC="{line.confidence!r}"'
            for word, box, spaced in word_boxes(line):
                content = escape(word, quote=True)
                out.append(f'            <String CONTENT="{content}"{_abox(box)}{wc}/>')
                if spaced:
                    out.append("            <SP/>")
            out.append("          </TextLine>")
        out.append("        </TextBlock>")
    out += ["      </PrintSpace>", "    </Page>", "  </Layout>", "</alto>", ""]
    return "\n".join(out)


def _abox(box: Box | None) -> str:
    if box is None:
        return ""
    x0, y0, x1, y1 = _i(box.x0), _i(box.y0), _i(box.x1), _i(box.y1)
    return f' HPOS="{x0}" VPOS="{y0}" WIDTH="{x1 - x0}" HEIGHT="{y1 - y0}"'


# --- PAGE XML ------------------------------------------------------------------------------


def to_page_xml(page: OcrPage, namespace: str = "2019-07-15") -> str:
    width, height = page_size(page)
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/{namespace}">',
        "  <Metadata><Creator>newsdesk tests</Creator><Created>2026-01-01T00:00:00</Created>"
        "<LastChange>2026-01-01T00:00:00</LastChange></Metadata>",
        f'  <Page imageFilename="{escape(page.image or "page.png", quote=True)}" '
        f'imageWidth="{_i(width)}" imageHeight="{_i(height)}">',
    ]
    n_line = 0
    for n_block, (region, group) in enumerate(_regions(page), 1):
        lines = list(group)
        rid = escape(region or f"r{n_block}", quote=True)
        out.append(f'    <TextRegion id="{rid}" type="paragraph">')
        region_box = _union(lines)
        if region_box is not None:
            out.append(f'      <Coords points="{_ppoints(region_box)}"/>')
        for line in lines:
            n_line += 1
            out.append(f'      <TextLine id="l{n_line}">')
            if line.box is not None:
                out.append(f'        <Coords points="{_ppoints(line.box)}"/>')
            conf = "" if line.confidence is None else f' conf="{line.confidence!r}"'
            out.append(
                f"        <TextEquiv{conf}><Unicode>{escape(line.text)}</Unicode></TextEquiv>"
            )
            out.append("      </TextLine>")
        out.append("    </TextRegion>")
    out += ["  </Page>", "</PcGts>", ""]
    return "\n".join(out)


def _ppoints(box: Box) -> str:
    x0, y0, x1, y1 = _i(box.x0), _i(box.y0), _i(box.x1), _i(box.y1)
    return f"{x0},{y0} {x1},{y0} {x1},{y1} {x0},{y1}"


# --- Tesseract TSV -------------------------------------------------------------------------


def to_tsv(page: OcrPage) -> str:
    width, height = page_size(page)
    rows = [
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight"
        "\tconf\ttext",
        f"1\t1\t0\t0\t0\t0\t0\t0\t{_i(width)}\t{_i(height)}\t-1\t",
    ]
    n_line = 0
    for n_block, (_, group) in enumerate(_regions(page), 1):
        lines = list(group)
        rows.append(f"2\t1\t{n_block}\t0\t0\t0{_tbox(_union(lines))}\t-1\t")
        rows.append(f"3\t1\t{n_block}\t1\t0\t0{_tbox(_union(lines))}\t-1\t")
        for line in lines:
            n_line += 1
            rows.append(f"4\t1\t{n_block}\t1\t{n_line}\t0{_tbox(line.box)}\t-1\t")
            conf = 95.0 if line.confidence is None else line.confidence * 100
            for n_word, (word, box, _) in enumerate(word_boxes(line), 1):
                rows.append(
                    f"5\t1\t{n_block}\t1\t{n_line}\t{n_word}{_tbox(box)}\t{conf:.6f}\t{word}"
                )
    return "\n".join(rows) + "\n"


def _tbox(box: Box | None) -> str:
    if box is None:
        return "\t0\t0\t0\t0"
    x0, y0, x1, y1 = _i(box.x0), _i(box.y0), _i(box.x1), _i(box.y1)
    return f"\t{x0}\t{y0}\t{x1 - x0}\t{y1 - y0}"


WRITERS = {
    "hocr": to_hocr,
    "alto": to_alto,
    "pagexml": to_page_xml,
    "tsv": to_tsv,
}
