"""Errors the user can act on. Their ``str()`` is one line that names the file and the problem.

Anything else that escapes is our bug, not the user's environment.
"""

from __future__ import annotations


class NewsdeskError(Exception):
    """Base for errors shown to the user as one line."""


class PageError(NewsdeskError):
    """A page file that cannot be read as text (binary, undecodable, empty, too large)."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class ProjectError(NewsdeskError):
    """A project file that cannot be used (not a project, newer version, locked, damaged)."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class EditError(NewsdeskError):
    """An edit that would break an invariant (quote mismatch, bad offsets, unknown label)."""


class DatasetError(NewsdeskError):
    """A dataset file (doccano, Label Studio) that cannot be imported."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
