"""Learning from corrections: the learning curve on a domain the shipped model never saw
(Weibo NER, social media), with a simulated annotator (issue 10).

For N = 0, 50, 100, 200, 400: a fresh project gets the gold of the first N Weibo training
sentences as reviewed articles (``import_dataset(..., reviewed=True)``, doccano records, as
``newsdesk import-dataset --reviewed`` does), trains its model (``Library.train_model``, as
``newsdesk train``), and its extractor (as ``newsdesk extract --lines --project``) is scored
on Weibo's test split (strict span and type, PER/LOC/ORG; nominal mentions dropped).

The Weibo sentences it needs (the first 400 of the training split and the test split) are in
``tests/data/ner/weibo`` (test data only; source and licence in ``tests/data/ner/NOTES.md``);
``NEWSDESK_WEIBO_DIR`` points it at another folder holding ``weiboNER_2nd_conll.train`` and
``weiboNER_2nd_conll.test`` (e.g. the whole corpus).

Each run that measures writes the README's plot, ``docs/learning-curve.svg``, and the numbers it
is drawn from, ``docs/learning-curve.json`` (``bench/curve_svg.py``; ``NEWSDESK_CURVE_DIR``
writes them elsewhere), so the plot is never drawn by hand; a skipped run leaves them alone.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

from bench.common import ROOT, row
from bench.curve_svg import CurvePoint, write_curve

CURVE = (0, 50, 100, 200, 400)
GOAL = 0.08  # F1 gain at N = 200 over the shipped model


def main() -> int:
    folder = os.environ.get("NEWSDESK_WEIBO_DIR") or str(ROOT / "tests" / "data" / "ner" / "weibo")
    if not (Path(folder) / "weiboNER_2nd_conll.test").is_file():
        print(f"no Weibo NER files in {folder}: learning curve skipped (see bench/bench_learn.py)")
        return 0
    sys.path.insert(0, str(ROOT))
    from desktop.core.extract import get_extractor, warm_up
    from desktop.core.extract.ner_data import read_bio, score
    from desktop.core.library import Library

    warm_up()
    train = read_bio(Path(folder) / "weiboNER_2nd_conll.train")
    test = read_bio(Path(folder) / "weiboNER_2nd_conll.test")
    gold = [s.spans for s in test]
    print(f"Weibo NER: {len(train)} training sentences, test {len(test)} sentences")
    shipped = get_extractor()
    base = score(
        gold, [[(e.start, e.end, e.label) for e in shipped.extract(s.text).entities] for s in test]
    )
    row("N = 0 (shipped, as shipped)", str(base))
    at: dict[int, float] = {0: base.f1}
    points = [CurvePoint(0, base.f1, base.precision, base.recall)]
    for n in CURVE[1:]:
        with tempfile.TemporaryDirectory() as tmp:
            data = Path(tmp) / "reviewed.jsonl"
            with data.open("w", encoding="utf-8") as out:
                for s in train[:n]:
                    out.write(
                        json.dumps(
                            {"text": s.text, "label": [list(x) for x in s.spans]},
                            ensure_ascii=False,
                        )
                        + "\n"
                    )
            with Library.open(Path(tmp) / "p.sqlite") as lib:
                lib.import_dataset("doccano", data, reviewed=True)
                t0 = time.perf_counter()
                report = lib.train_model()
                took = time.perf_counter() - t0
                ext = lib.extractor()
                sc = score(
                    gold,
                    [
                        [(e.start, e.end, e.label) for e in ext.extract(s.text).entities]
                        for s in test
                    ],
                )
        at[n] = sc.f1
        # (no training time in the file: it would change on every run, scores only when they do)
        points.append(CurvePoint(n, sc.f1, sc.precision, sc.recall))
        held = f"held back: shipped {report.f1_shipped:.3f} -> project {report.f1_project:.3f}"
        row(f"N = {n}", f"{sc}  (trained in {took:.1f} s; {held})")
    gain = at[200] - at[0]
    verdict = "meets" if gain >= GOAL else "BELOW"
    print(f"gain at N = 200: {gain:+.3f}: {verdict} the goal +{GOAL}")
    print("curve (N, F1): " + ", ".join(f"({n}, {f:.3f})" for n, f in at.items()))
    plot_dir = Path(os.environ.get("NEWSDESK_CURVE_DIR") or ROOT / "docs")
    svg, data = write_curve(
        points,
        plot_dir,
        meta={
            "data": "Weibo NER (github.com/OYE93/Chinese-NLP-Corpus, NER/Weibo): the first N "
            "sentences of weiboNER_2nd_conll.train imported as reviewed, scored on "
            "weiboNER_2nd_conll.test",
            "score": "strict span and type, PER/LOC/ORG, micro",
            "goal": {"gain": GOAL, "at": 200},
            "written_by": "python -m bench learn",
        },
        goal=GOAL,
        goal_at=200,
        title="Learning from corrections",
        x_label="N reviewed sentences (the first N of Weibo train, imported with --reviewed)",
        y_label="F1 (strict span and type, PER/LOC/ORG)",
        subtitle=f"Weibo NER, never in the shipped model's training: test split, "
        f"{len(test)} sentences",
    )
    print(
        f"plot: {svg.relative_to(ROOT) if svg.is_relative_to(ROOT) else svg}; numbers: {data.name}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
