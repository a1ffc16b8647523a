"""The background halves of Annotate > Train the project's model… (issue 10), run by
:mod:`desktop.gui.runner` like the import and export operations.

- :class:`TrainOperation`: :meth:`Library.train_model` in the worker, on a second use of the
  project file (SQLite's WAL lets the window keep reading and writing); the core's progress
  fraction becomes the task's ``progressed`` (0-100); a cancel ends the task with ``None``
  (the stored model is left as it was), never as a failure.
- :class:`ResuggestOperation`: builds the :class:`~desktop.core.edits.Resuggest` edit (the
  extraction over every article not reviewed) in the worker, again on a second use of the file;
  the window then pushes it on its undo stack, so applying it is one step that Edit > Undo
  reverts.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, cast

from desktop.gui.runner import CancelFn, Operation, Progress

if TYPE_CHECKING:
    from desktop.core.edits import Resuggest
    from desktop.core.learn import TrainReport

#: how often the worker looks at the training's progress and at Cancel (seconds)
POLL_S = 0.05
#: the task's progress runs over this many steps
STEPS = 100


class TrainOperation(Operation["TrainReport | None"]):
    """Train and store the project's model; the report, or None when cancelled."""

    thread_name = "newsdesk-train"

    def __init__(self, project: str | Path) -> None:
        self._project = Path(project)
        self._report: TrainReport | None = None

    def work(self, cancel: CancelFn) -> Iterator[object]:
        """Runs the training in a helper thread of its own (the core reports progress by a
        callback, the runner wants items) and yields its progress as fractions."""
        fractions: queue.SimpleQueue[float] = queue.SimpleQueue()
        outcome: list[TrainReport | BaseException] = []

        def train() -> None:
            from desktop.core.library import Library

            try:
                with Library.open(self._project, create=False) as lib:
                    outcome.append(lib.train_model(fractions.put, cancel))
            except BaseException as exc:  # handed to the worker, which raises it once
                outcome.append(exc)

        helper = threading.Thread(target=train, name="newsdesk-train-crf", daemon=True)
        helper.start()
        last = -1
        try:
            while helper.is_alive() or not fractions.empty():
                try:
                    fraction = fractions.get(timeout=POLL_S)
                except queue.Empty:
                    continue
                step = int(max(0.0, min(1.0, fraction)) * STEPS)
                if step != last:
                    last = step
                    yield step
        finally:
            # also when the runner stops reading after a cancel: the training sees the same
            # cancel and stops soon; the task ends only once it has (no thread outlives it)
            helper.join()
        result = outcome[0] if outcome else None
        if isinstance(result, InterruptedError) and cancel():
            return  # cancelled: nothing stored, nothing to report
        if isinstance(result, BaseException):
            raise result
        self._report = result

    def take(self, item: object) -> Progress:
        return Progress(cast("int", item), STEPS)

    def result(self, *, cancelled: bool) -> TrainReport | None:
        return None if cancelled else self._report


class ResuggestOperation(Operation["Resuggest | None"]):
    """Build (not apply) the re-suggestion of the articles not reviewed with the project's
    model; None when cancelled before it was built."""

    thread_name = "newsdesk-resuggest"

    def __init__(self, project: str | Path) -> None:
        self._project = Path(project)
        self._edit: Resuggest | None = None

    def work(self, cancel: CancelFn) -> Iterator[object]:
        from desktop.core.library import Library

        with Library.open(self._project, create=False) as lib:
            self._edit = lib.resuggestion()
        return iter(())

    def result(self, *, cancelled: bool) -> Resuggest | None:
        return None if cancelled else self._edit
