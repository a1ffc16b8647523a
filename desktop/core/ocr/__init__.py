"""OCR files -> :class:`~desktop.core.ocr.model.OcrPage`: one small reader per format."""

from desktop.core.ocr.model import Box, OcrLine, OcrPage

__all__ = ["Box", "OcrLine", "OcrPage"]
