"""Whether an OCR tool read the page shrunk, told from its boxes' coordinates.

RapidOCR (and PaddleOCR's pipelines built the same way) shrink a page whose longer side
passes ``max_side_len`` (2,000 px by default) before detecting its lines, then scale each
box's corners back by the ratio of the two sizes: every coordinate is then a whole number
of the shrunk image's pixels times that ratio (``84.579...`` = 77 x 1.0984...), where a page
read at its own size has whole-pixel coordinates. A tall newspaper page read shrunk loses
text (whole rows, titles: two thirds of what the layout still misses on such pages, NOTES.md
of tests/data/ocr/rapidocr, rules33e), and nothing in the file says it was, so the reader
tells the user from the coordinates alone: :func:`shrink_factor`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import pairwise

from desktop.core.errors import Problem, Template

#: A factor this close to 1 is a page read at its own size (or one shrunk too little to lose
#: text); coordinates that are whole pixels give exactly 1.
MIN_FACTOR = 1.02
#: Share of a page's coordinates (on one axis) that must be whole multiples of the factor.
ON_GRID = 0.95
#: How far from a whole multiple a coordinate may be (in shrunk pixels): the tools write
#: float32 values, good to about 1e-7 of the value.
TOLERANCE = 0.01
#: Fewest distinct coordinates on an axis to tell anything from.
MIN_VALUES = 20

#: (``factor`` is filled in already rounded, "1.54": a translation need not format it.)
SHRUNK = Template(
    "its boxes show it was read shrunk to about 1/{factor} of its size (RapidOCR and "
    "PaddleOCR shrink a page past max_side_len, 2,000 px by default, and lose text on tall "
    "pages): read it again with max_side_len={side} for better articles"
)


def shrink_factor(boxes: Sequence[tuple[float, float, float, float]]) -> float | None:
    """The factor by which the page was shrunk before it was read (the larger of the two
    axes'), or None when its coordinates are whole pixels, too few, or on no common step."""
    xs = [v for box in boxes for v in (box[0], box[2])]
    ys = [v for box in boxes for v in (box[1], box[3])]
    factors = [f for f in (_axis_step(xs), _axis_step(ys)) if f is not None]
    if not factors or max(factors) < MIN_FACTOR:
        return None
    return max(factors)


def shrunk_warning(boxes: Sequence[tuple[float, float, float, float]]) -> Problem | None:
    """The warning to show for a page read shrunk (:data:`SHRUNK`), else None."""
    factor = shrink_factor(boxes)
    if factor is None:
        return None
    side = max(max(box[2], box[3]) for box in boxes)
    # (The page is at least as large as its farthest box; rounded up to the next thousand.)
    return SHRUNK(factor=f"{factor:.2f}", side=int(-(-side // 1000) * 1000))


def _axis_step(values: Iterable[float]) -> float | None:
    """The step every coordinate on one axis is a whole multiple of, when there is one:
    the smallest gap between two distinct coordinates (one shrunk pixel, which a page of
    lines holds somewhere), checked against all of them. None when fewer than
    :data:`MIN_VALUES` distinct coordinates, or when they are not on its grid."""
    distinct = sorted({v for v in values if v > 0})
    if len(distinct) < MIN_VALUES:
        return None
    gaps = [b - a for a, b in pairwise(distinct) if b - a > 0.5]
    if not gaps:
        return None
    # (The smallest gap is one shrunk pixel only to float32's precision, a few parts in
    # 10,000, which adds up over a thousand pixels: the step is fitted again to all the
    # coordinates, each counted as the whole number of pixels the first guess makes it.)
    guess = min(gaps)
    counts = [round(v / guess) for v in distinct]
    step = sum(v * k for v, k in zip(distinct, counts, strict=True)) / sum(k * k for k in counts)
    on = sum(1 for v in distinct if abs(v / step - round(v / step)) <= TOLERANCE)
    if on < ON_GRID * len(distinct):
        return None
    return step
