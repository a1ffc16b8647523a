"""OCR files -> :class:`~desktop.core.ocr.model.OcrPage`: one small reader per format.

:func:`read_ocr` recognises the format by content; each ``read_<fmt>(data, source)`` reads one
format (``source`` names the file in messages and in the page).
"""

from desktop.core.ocr.alto import read_alto
from desktop.core.ocr.common import MAX_LINES, format_name
from desktop.core.ocr.detect import read_ocr, read_ocr_bytes, sniff
from desktop.core.ocr.hocr import read_hocr
from desktop.core.ocr.model import Box, OcrLine, OcrPage
from desktop.core.ocr.paddle import read_paddle
from desktop.core.ocr.pagexml import read_pagexml
from desktop.core.ocr.text import read_text
from desktop.core.ocr.tsv import read_tsv

__all__ = [
    "MAX_LINES",
    "Box",
    "OcrLine",
    "OcrPage",
    "format_name",
    "read_alto",
    "read_hocr",
    "read_ocr",
    "read_ocr_bytes",
    "read_paddle",
    "read_pagexml",
    "read_text",
    "read_tsv",
    "sniff",
]
