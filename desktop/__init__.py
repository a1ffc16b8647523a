"""newsdesk: a reader and annotator for OCR'd Chinese newspaper pages."""

__version__ = "0.1.0"
