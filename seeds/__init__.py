"""The sample page newsdesk ships and imports on first launch (read with importlib.resources)."""
