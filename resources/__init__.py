"""Data newsdesk ships: dictionaries, the CRF model, translations (read with importlib.resources)."""
