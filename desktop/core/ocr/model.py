"""The one shape every OCR reader produces: a page of lines, each with its box when known.

Readers (one module per format: PaddleOCR/RapidOCR JSON, hOCR, ALTO, PAGE XML, Tesseract TSV,
plain text) turn a file into an :class:`OcrPage`; layout has this one input. The page's ``raw``
text is its lines joined by ``\\n`` in the order the file listed them, so raw offsets (and the
source map of every article) index the same text whatever the format, and raw line ``i`` is
``lines[i]`` with its box.

Coordinates are page pixels with the origin at the top left, ``x0 < x1`` and ``y0 < y1``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core.errors import Problem


@dataclass(frozen=True, slots=True)
class Box:
    """An axis-aligned rectangle on the page (the bounding box of a line's polygon)."""

    x0: float
    y0: float
    x1: float
    y1: float
    # Width, height and centre are worked out once, when the box is made (a box never changes):
    # the layout's passes ask them of every box over and over (600k times for a 10k-box page,
    # a property call each). Not part of the box's identity: left out of its repr, equality
    # and hash, and not given to the constructor (``dataclasses.replace`` works them out anew).
    width: float = field(init=False, repr=False, compare=False)
    height: float = field(init=False, repr=False, compare=False)
    cx: float = field(init=False, repr=False, compare=False)
    cy: float = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # (A frozen dataclass sets its fields the same way.)
        put = object.__setattr__
        put(self, "width", self.x1 - self.x0)
        put(self, "height", self.y1 - self.y0)
        put(self, "cx", (self.x0 + self.x1) / 2)
        put(self, "cy", (self.y0 + self.y1) / 2)


@dataclass(frozen=True, slots=True)
class OcrLine:
    """One line as the OCR tool gave it.

    ``confidence`` is in [0, 1] (tools that print 0-100 are scaled), None when not given.
    ``region`` is the tool's own grouping when it has one (hOCR ``ocr_carea``/``ocr_par``,
    ALTO ``TextBlock``, PAGE ``TextRegion``): lines sharing a value were one block to the tool.
    """

    text: str
    box: Box | None = None
    confidence: float | None = None
    region: str | None = None


@dataclass(frozen=True, slots=True)
class OcrPage:
    """A page of lines in the order the file listed them."""

    source: str
    format: str
    lines: tuple[OcrLine, ...]
    encoding: str = "utf-8"
    #: Page size in the boxes' pixels, when the file says it (else None).
    width: float | None = None
    height: float | None = None
    #: The page image the file names (hOCR ``image``, ALTO ``fileName``, PAGE
    #: ``imageFilename``), as written there; None when it names none.
    image: str | None = None
    #: Things the user should hear about that did not stop the read (markup kept as text, a
    #: page read shrunk...): ``str()`` of each is the English line the CLI prints, its
    #: template is what the window translates.
    warnings: tuple[Problem, ...] = ()

    @property
    def raw(self) -> str:
        # (A list joined, not a generator: a third of the time on a page of 10k lines.)
        return "\n".join([line.text for line in self.lines])

    @property
    def has_geometry(self) -> bool:
        """True when every non-blank line has a box (plain text has none): some line holds
        text, and every line without a box is blank. (Only the lines without a box are
        stripped; the first line holding text ends the other look.)"""
        unboxed = [line for line in self.lines if line.box is None]
        return any(line.text.strip() for line in self.lines) and not any(
            line.text.strip() for line in unboxed
        )
