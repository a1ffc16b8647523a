"""Extraction throughput beside jieba.posseg and jieba.cut, on the same text in the same run.

Goal (issue 3): extraction >= 3x the characters per second of ``jieba.posseg`` (the baseline it
replaces), on the sample page's reflowed articles and on short news sentences (the dev set, as
``extract --lines`` reads them). Two figures for ours: one call at a time in one process
(``extract``), and a batch over the machine's cores (``extract_many``, what ``--lines`` and
imports should use). Everything is loaded (and the worker pool started) before timing; best of
several runs.
"""

from __future__ import annotations

import logging
import sys

from bench.common import ROOT, SAMPLE, best_of, row

GOAL = 3.0


def _texts() -> tuple[list[str], list[str]]:
    from desktop.core.decode import read_page
    from desktop.core.reflow import reflow

    decoded = read_page(str(SAMPLE))
    page = reflow(decoded.text, source=SAMPLE.name, encoding=decoded.encoding)
    sys.path.insert(0, str(ROOT))
    from tests.core.test_extract_devset import load

    return [a.text for a in page.articles], [text for text, _ in load()]


def main() -> int:
    import jieba
    import jieba.posseg

    from desktop.core.extract import get_extractor, warm_up
    from desktop.core.extract.parallel import default_workers

    jieba.setLogLevel(logging.WARNING)
    articles, sentences = _texts()
    warm_up()
    extractor = get_extractor()
    jieba.initialize()
    list(jieba.posseg.cut("预热"))
    workers = default_workers()
    print(f"cores usable: {workers}")
    worst = float("inf")
    for name, texts, repeat in (
        ("sample page articles (x8)", articles * 8, 3),
        ("news sentences, dev set (x8)", sentences * 8, 3),
    ):
        chars = sum(map(len, texts))
        extractor.extract_many(texts)  # start the pool outside the timing
        one = best_of(lambda t=texts: [extractor.extract(x) for x in t], repeat)
        many = best_of(lambda t=texts: extractor.extract_many(t), repeat)
        posseg = best_of(lambda t=texts: [list(jieba.posseg.cut(x)) for x in t], repeat)
        cut = best_of(lambda t=texts: [list(jieba.cut(x)) for x in t], repeat)
        print(f"{name}: {len(texts)} texts, {chars} characters")
        row("jieba.posseg (chars/s)", f"{chars / posseg:,.0f}")
        row("jieba.cut (chars/s)", f"{chars / cut:,.0f}")
        row("newsdesk extract, one process (chars/s)", f"{chars / one:,.0f}")
        row(f"newsdesk extract_many, {workers} cores (chars/s)", f"{chars / many:,.0f}")
        row("extract vs posseg (x faster)", f"{posseg / one:.2f}")
        row("extract_many vs posseg (x faster)", f"{posseg / many:.2f}  (goal >= {GOAL:.0f})")
        worst = min(worst, posseg / many)
    extractor.close()
    print(f"worst batch ratio vs posseg {worst:.2f}: {'meets' if worst >= GOAL else 'BELOW'} goal")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
