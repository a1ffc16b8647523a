"""Plain OCR text -> :class:`OcrPage`: the lines of :func:`desktop.core.decode.decode_bytes`,
without boxes. The page's ``raw`` is the decoded text exactly (blank lines included), so a text
page reflows as it always has."""

from __future__ import annotations

from desktop.core.decode import decode_bytes
from desktop.core.ocr.model import OcrLine, OcrPage


def read_text(data: bytes | str, source: str) -> OcrPage:
    if isinstance(data, str):
        data = data.encode("utf-8")
    decoded = decode_bytes(data, source)
    return OcrPage(
        source=source,
        format="text",
        lines=tuple(OcrLine(line) for line in decoded.text.split("\n")),
        encoding=decoded.encoding,
        warnings=decoded.warnings,
    )
