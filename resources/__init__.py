"""Data newsdesk ships: dictionaries, the CRF model, translations (read via importlib.resources)."""
