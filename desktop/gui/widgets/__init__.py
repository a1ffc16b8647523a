"""The window's panes, built in code."""
