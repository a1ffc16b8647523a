"""Property tests: clean articles, laid out as an OCR'd column page, come back out of reflow.

The generator prints clean paragraphs into columns 12-18 cells wide the way the sample page is
printed: the first line of a paragraph loses its indent, justification spaces appear between
characters and around numbers, blank lines fall inside sentences (column breaks), paragraphs
sometimes follow each other without a blank line, articles start with continuation markers or
bylines, and headline groups sit after their bodies or float after another group. Reflow must
restore the paragraphs, headlines, bylines and markers, lose no character and map every
character back to the raw line it came from.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.model import Page
from desktop.core.reflow import reflow
from tests.core.reflow_helpers import assert_blocks_consistent, assert_nothing_lost

# Common characters, without the reporting verbs that end a kicker (强调, 指出…) or the ones
# that make bylines and markers (讯, 电, 接, 转).
POOL = (
    "的一是在不了有和人这中大为上个国我以们到他会时来用生地于作就分对成可主发年动同工也能"
    "下过子产种面而方后多定行学法所民得经十三之进着等部度家力里如水化高自二理起小物现实加"
    "量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全几看"
    "原新农村镇县城乡河山路桥林田园厂矿校医药车站港湾湖泉桃李梅竹松柏花草鱼鸟牛羊马"
)
NO_LINE_START = set("，。、；：？！”）%…")
CLAUSE = re.compile("[，。、；：]")
SENTENCE_END = re.compile(r"[。！？…][”’）]*\s*$")
LATIN = ["GDP", "Smart City", "Open Data Hub", "AI"]


def cell(ch: str) -> float:
    return 0.5 if ord(ch) < 0x80 else 1.0


def wrap(text: str, width: int, first_width: int) -> list[str]:
    """Break ``text`` into lines of ``width`` cells; punctuation never starts a line."""
    lines: list[str] = []
    current: list[str] = []
    used, limit = 0.0, float(first_width)
    for token in re.findall(r"[A-Za-z]+|.", text):  # a Latin word is never broken
        size = sum(cell(c) for c in token)
        if current and used + size > limit and token[0] not in NO_LINE_START:
            lines.append("".join(current))
            current, used, limit = [], 0.0, float(width)
        current.append(token)
        used += size
    lines.append("".join(current))
    return lines


def sentence(rng: random.Random, vocab: str) -> str:
    parts: list[str] = []
    for _ in range(rng.randint(1, 3)):
        chars = [rng.choice(vocab) for _ in range(rng.randint(4, 12))]
        # Numbers and Latin words go between Chinese characters, never next to each other.
        inserts: list[str] = []
        if rng.random() < 0.3:
            inserts.append(
                rng.choice(
                    [f"{rng.randint(2, 999)}亿元", f"{rng.randint(1, 99)}.{rng.randint(1, 9)}%"]
                )
            )
        if rng.random() < 0.1:
            inserts.append(rng.choice(LATIN))
        for cut, insert in zip(
            sorted(rng.sample(range(1, len(chars)), len(inserts)), reverse=True),
            inserts,
            strict=True,
        ):
            chars.insert(cut, insert)
        clause = "".join(chars)
        parts.append(clause)
    return "，".join(parts) + "。"


def paragraph(rng: random.Random, vocab: str, width: int, extra: int) -> str:
    """A paragraph of at least two full lines, as news paragraphs are."""
    text = ""
    while sum(cell(c) for c in text) < 2 * width:
        text += sentence(rng, vocab)
    return text + "".join(sentence(rng, vocab) for _ in range(extra))


def cjk_run(rng: random.Random, source: str, length: int) -> str:
    """A run of CJK characters from ``source`` (so a headline shares words with its body)."""
    runs = [r for r in "".join(c if c in POOL else " " for c in source).split() if len(r) >= 3]
    out = ""
    while len(out) < length and runs:
        run = rng.choice(runs)
        start = rng.randint(0, len(run) - 3)
        out += run[start : start + rng.randint(3, 6)]
    while len(out) < length:
        out += rng.choice(POOL)
    return out[:length]


@dataclass
class Group:
    kicker: str | None
    title: str  # as printed, phrases separated by spaces
    subtitle: str | None
    subtitle_same_block: bool

    def expected(self) -> list[tuple[str, str]]:
        out = [("deck", self.kicker)] if self.kicker else []
        out.append(("title", " ".join(self.title.split())))
        if self.subtitle:
            out.append(("deck", self.subtitle))
        return out

    def lines(self, rng: random.Random) -> list[str]:
        """Printed lines ("" = blank line), with blank-line runs padded by spaces sometimes."""
        out: list[str] = []
        if self.kicker:
            out += [self.kicker, ""]
        out.append(self.title)
        if self.subtitle:
            out += ([] if self.subtitle_same_block else [""]) + [self.subtitle]
        return out


@dataclass
class ArticleSpec:
    paragraphs: list[str]
    subheads: dict[int, str]  # paragraph index -> subhead printed before it
    byline: tuple[str, str] | None  # (printed byline, reporter)
    from_page: int | None
    to_page: int | None
    group: Group | None
    lines_of: list[set[int]] = field(default_factory=list)  # raw lines of each paragraph


@st.composite
def pages(draw: st.DrawFn) -> tuple[str, list[ArticleSpec], int]:
    rng = random.Random(draw(st.integers(0, 2**32)))
    width = draw(st.integers(12, 18))
    n_articles = draw(st.integers(1, 4))
    style = draw(st.sampled_from(["after", "above"]))
    specs: list[ArticleSpec] = []
    for k in range(n_articles):
        vocab = "".join(rng.sample(POOL, 60))  # each story has its own words
        paragraphs = [
            paragraph(rng, vocab, width, draw(st.integers(0, 2)))
            for _ in range(draw(st.integers(1, 4)))
        ]
        subheads: dict[int, str] = {}
        for p in range(1, len(paragraphs)):
            if draw(st.booleans()) and draw(st.booleans()):
                length = rng.randint(5, int(width * 0.7) + 3)
                cut = rng.randint(2, length - 2)
                text = "".join(rng.choice(vocab) for _ in range(length))
                subheads[p] = text[:cut] + "，" + text[cut:]
                if rng.random() < 0.3:  # a numbered section heading, up to a full line long
                    number = "一二三四五六七八九"[len(subheads) - 1]
                    numbered = f"{number}、" + text[: width - 4] + "，" + text[:3]
                    subheads[p] = numbered[: width - 1]
        body = "".join(paragraphs)
        # Printed above its body, every story has a headline except perhaps the first (a
        # continuation from another page); printed after, some have none.
        has_group = (style == "above" and (k > 0 or draw(st.booleans()))) or (
            style == "after" and draw(st.integers(0, 4)) > 0
        )
        group = None
        if has_group:
            kicker = None
            if draw(st.booleans()):
                kicker = cjk_run(rng, body, rng.randint(6, 20)) + "时强调"
            left, right = (
                cjk_run(rng, body, rng.randint(4, 8)),
                cjk_run(rng, body, rng.randint(4, 8)),
            )
            title = left + rng.choice([" ", "  ", "\u3000"]) + right
            subtitle = None
            if draw(st.booleans()):
                subtitle = cjk_run(rng, body, width + rng.randint(4, 10))
            group = Group(kicker, title, subtitle, draw(st.booleans()))
        byline = None
        from_page = None
        if k > 0 or draw(st.booleans()):
            choice = draw(st.sampled_from(["marker", "byline", "both", "none"]))
            if choice in ("marker", "both"):
                from_page = draw(st.integers(1, 12))
            if choice in ("byline", "both"):
                name = "".join(rng.choice(POOL) for _ in range(3))
                byline = (f"本报讯（记者 {name}）", name)
        to_page = draw(st.integers(1, 12)) if draw(st.integers(0, 5)) == 0 else None
        specs.append(ArticleSpec(paragraphs, subheads, byline, from_page, to_page, group))
    floating: dict[int, list[int]] = {}
    if style == "after":
        attached = [k for k in range(n_articles) if specs[k].group is not None]
        for k in attached:
            if len(attached) > 1 and draw(st.integers(0, 3)) == 0:
                hosts = [h for h in attached if h != k]
                host = draw(st.sampled_from(hosts))
                if host not in floating.get(k, []) and k not in floating:
                    floating.setdefault(host, []).append(k)
        moved = {k for ks in floating.values() for k in ks}
        # A moved group needs a host whose own group stays attached.
        for host in list(floating):
            if host in moved:
                for k in floating.pop(host):
                    moved.discard(k)
    else:
        moved = set()
    # Some titles are one long phrase without spaces, where no other group follows in the run
    # (there a plain line could as well be a subtitle).
    for k, spec in enumerate(specs):
        free = spec.group is not None and k not in moved and k not in floating
        if free and spec.group is not None and draw(st.integers(0, 2)) == 0:
            body = "".join(spec.paragraphs)
            spec.group.title = cjk_run(rng, body, width + rng.randint(4, 8))
    # An article must be recognisable as new: a marker, a byline, or a headline run before it.
    for k in range(1, n_articles):
        prev = specs[k - 1]
        separated = (
            prev.to_page is not None
            or style == "above"
            or (prev.group is not None and k - 1 not in moved)
        )
        if not separated and specs[k].from_page is None and specs[k].byline is None:
            specs[k].from_page = 2
    # Some OCR drops every blank line; then only indents and short lines mark paragraphs, and
    # sub-heads cannot be told from text (so the generator prints none).
    dense = draw(st.integers(0, 4)) == 0
    indent = dense or draw(st.booleans())
    if dense:
        for spec in specs:
            spec.subheads.clear()
    page = render(rng, specs, width, style, floating, moved, indent, dense)
    return page, specs, width


def render(
    rng: random.Random,
    specs: list[ArticleSpec],
    width: int,
    style: str,
    floating: dict[int, list[int]],
    moved: set[int],
    indent: bool = False,
    dense: bool = False,
) -> str:
    """Print the page; with ``indent``, first lines keep two spaces of their indent; ``dense``
    pages have no blank lines at all."""
    lines: list[str] = []

    def blank() -> None:
        if not dense:
            lines.append(rng.choice(["", "", " ", "\u3000"]))

    def put_group(group: Group) -> None:
        for line in group.lines(rng):
            if line:
                lines.append(line)
            else:
                blank()

    interrupted: set[int] = set()
    for k, spec in enumerate(specs):
        # A floating headline may instead be printed across one of the host's sentences (one
        # whose title sets its phrases apart: a plain line there would read as text).
        interrupt = [g for g in floating.get(k, [])[:1] if len(_title(specs[g]).split()) > 1]
        if dense or rng.random() >= 0.3:
            interrupt = []
        if style == "above" and spec.group is not None:
            if lines:
                blank()
            put_group(spec.group)
            blank()
        elif lines and (spec.from_page is None or rng.random() < 0.5):
            blank()
        for p, paragraph in enumerate(spec.paragraphs):
            if p in spec.subheads:
                blank()
                text = spec.subheads[p]
                limit = width - 1 if text[1] == "、" else int(width * 0.7)
                lines.extend([text] if len(text) <= limit else [text[:limit], text[limit:]])
                blank()
            elif p > 0:
                last = lines[-1]
                # No blank line between paragraphs only after a clearly short last line.
                short = sum(cell(c) for c in last.strip()) <= width - 6
                if not (short or indent) or rng.random() < 0.6:
                    blank()
            printed = wrap(paragraph, width, width - 2 if indent else width - rng.choice([1, 2]))
            printed = [justify(rng, line) for line in printed]
            if p == 0:
                prefix = ""
                if spec.from_page is not None:
                    prefix += f"（上接第{spec.from_page}版）" + rng.choice(["", " "])
                if spec.byline is not None:
                    prefix += spec.byline[0] + rng.choice(["", " "])
                if prefix and rng.random() < 0.3:
                    lines.append(prefix)  # the marker or byline on a line of its own
                else:
                    printed[0] = prefix + printed[0]
            if indent:
                printed[0] = rng.choice(["\u3000\u3000", "  ", " "]) + printed[0]
            if p == len(spec.paragraphs) - 1 and spec.to_page is not None:
                printed[-1] += f"（下转第{spec.to_page}版）"
            mine: set[int] = set()
            since_blank = ""
            for n, line in enumerate(printed):
                mine.add(len(lines))
                lines.append(line)
                since_blank += line
                inside = 1 < n + 1 < len(printed) and not SENTENCE_END.search(line)
                if inside and interrupt and CLAUSE.search(since_blank) and rng.random() < 0.5:
                    g = interrupt.pop()
                    interrupted.add(g)
                    group = specs[g].group
                    assert group is not None
                    blank()
                    put_group(group)
                    blank()
                    since_blank = ""
                elif inside and rng.random() < 0.15:
                    blank()  # a column break inside the sentence
                    since_blank = ""
            spec.lines_of.append(mine)
        if style == "after":
            hosted = ([k] if spec.group is not None and k not in moved else []) + floating.get(
                k, []
            )
            for g in hosted:
                if g in interrupted:
                    continue
                group = specs[g].group
                assert group is not None
                blank()
                put_group(group)
    return "\n".join(lines) + "\n"


def _title(spec: ArticleSpec) -> str:
    return spec.group.title if spec.group is not None else ""


def justify(rng: random.Random, line: str) -> str:
    """OCR spacing: a line spaced out between its Chinese characters, or around numbers."""
    roll = rng.random()
    if roll < 0.1:
        return re.sub(r"(?<=[^\x00-\x7f])(?=[^\x00-\x7f])", " ", line)
    if roll < 0.3:
        return re.sub(
            r"(?<![A-Za-z])[0-9.%]+(?![A-Za-z])",
            lambda m: rng.choice([" ", ""]) + m.group(0) + " ",
            line,
        )
    return line


def expected_blocks(spec: ArticleSpec) -> list[tuple[str, str]]:
    out = spec.group.expected() if spec.group else []
    if spec.byline:
        out.append(("byline", spec.byline[0]))
    for p, paragraph in enumerate(spec.paragraphs):
        if p in spec.subheads:
            out.append(("subhead", spec.subheads[p]))
        out.append(("paragraph", paragraph))
    return out


def check_page(page: Page, specs: list[ArticleSpec]) -> None:
    assert_nothing_lost(page)
    assert_blocks_consistent(page)
    got = [[(b.kind, b.text) for b in a.blocks] for a in page.articles]
    want = [expected_blocks(s) for s in specs]
    assert got == want
    for article, spec in zip(page.articles, specs, strict=True):
        assert article.continued_from == (f"第{spec.from_page}版" if spec.from_page else None)
        assert article.continued_to == (f"第{spec.to_page}版" if spec.to_page else None)
        assert (article.byline.reporters if article.byline else None) == (
            (spec.byline[1],) if spec.byline else None
        )
        paragraphs = [b for b in article.blocks if b.kind == "paragraph"]
        for block, raw_lines in zip(paragraphs, spec.lines_of, strict=True):
            assert set(page.raw_lines(article.index, block.start, block.end)) == raw_lines
        assert 0.0 <= article.headline_confidence <= 1.0


@settings(max_examples=400, deadline=None)
@given(pages())
def test_reflow_restores_generated_pages(case: tuple[str, list[ArticleSpec], int]) -> None:
    raw, specs, _ = case
    check_page(reflow(raw), specs)


@settings(max_examples=40, deadline=None)
@given(pages())
def test_reflow_survives_crlf_free_reencoding_and_is_deterministic(
    case: tuple[str, list[ArticleSpec], int],
) -> None:
    raw, _, _ = case
    first, second = reflow(raw), reflow(raw)
    assert first == second


FRAGMENTS = st.sampled_from(
    [
        "\n",
        "\n\n",
        " ",
        "\u3000",
        "\t",
        "。",
        "，",
        "、",
        "“",
        "”",
        "（",
        "）",
        "（上接第1版）",
        "（下转第2版）",
        "本报讯（记者 林小山）",
        "新华社北京3月5日电",
        "时强调",
        "锐意进取谋发展 实干担当促振兴",
        "Smart City",
        "12.5%",
        "𠮷",
        "<b>",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(FRAGMENTS, st.text(alphabet=POOL + "0123456789abc", min_size=1, max_size=20)),
        max_size=60,
    )
)
def test_any_text_keeps_every_character(pieces: list[str]) -> None:
    """Whatever the input, nothing is lost, nothing doubled, and blocks tile the text."""
    page = reflow("".join(pieces))
    assert_nothing_lost(page)
    assert_blocks_consistent(page)
    for article in page.articles:
        assert article.blocks
        assert 0.0 <= article.headline_confidence <= 1.0
