"""Plain OCR dumps as real tools write them, made from whole articles, with the gold structure.

A raw line output of an OCR tool (one line per text box) has no blank lines, breaks lines at
the column width (mid-word, mid-number), keeps a paragraph's indent as leading spaces or loses
it, prints headline lines (kicker, title, subtitle) as lines of their own that are shorter or
longer than the column, and starts with the page furniture (paper, date, page, 版名, editor).
:func:`render` lays a list of :class:`Story` out that way, several stories a page, and returns
the raw text with a :class:`Gold` per story: its headline group, byline, paragraphs (a ■ lead
summary first), sub-heads, markers and the raw lines it occupies, plus the furniture lines.

The stories come from ``tests/data/news_dumps`` (real news text, see its NOTES.md) or from the
property tests. Kickers and subtitles are built from clauses of the story's own text (the
source gives only titles); everything else is the source's.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "news_dumps"
#: Dev stories of CCTV's evening news (tests/data/news/NOTES.md), a ``headings`` file.
CCTV_DEV = str(DATA.parent / "news" / "dev_cctv.jsonl")

#: Marks that never start a printed line (kinsoku): they hang at the end of the line before.
NO_LINE_START = set("，。、；：？！”’）》%…")
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏"
    "吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
GIVEN = (
    "鑫焱明丽伟芳娜敏静强磊军洋勇艳杰涛超霞平刚桂英华玉兰萍红建文辉新宇峰晨浩然宁欣悦"
    "琳雪梅海波志斌国庆永健俊凯博翔鹏飞龙"
)
KICKER_ENDS = ["时强调", "时表示", "时指出", "会议指出", "调研时要求"]
SECTIONS = ["要闻", "经济", "综合新闻", "时政", "财经", "社会", "科技", "区域经济"]
PAPERS = ["人民日报", "经济日报", "朔州日报", "科技日报", "证券日报", "河北日报"]
LEAD_MARKS = "■●▲"
_DATELINE = re.compile(r"(新华社[^\s，。]{2,12}?电)\s*")


@dataclass
class Story:
    """A clean article: title, body blocks ("paragraph" | "subhead", text) and its byline."""

    title: str
    blocks: list[tuple[str, str]]
    byline: str | None = None  # printed as in the source ("本报记者 田 鹏")
    #: The source's own decks under the title (``headings`` files): printed as they are, and no
    #: kicker or subtitle is made up; the title is set in large type over two lines or more
    #: when it is long (:func:`long_title`).
    decks: tuple[str, ...] = ()
    broadcast: bool = False


@dataclass
class Gold:
    """What reflow should find for one story of a dump."""

    kicker: str | None = None
    title: str | None = None
    subtitle: str | None = None
    byline: str | None = None
    reporters: tuple[str, ...] = ()
    byline_source: str | None = None
    #: ("paragraph" | "subhead", text) in article order; a ■ lead is the first paragraph.
    body: list[tuple[str, str]] = field(default_factory=list)
    continued_from: str | None = None
    continued_to: str | None = None
    lines: set[int] = field(default_factory=set)

    def paragraphs(self) -> list[str]:
        return [squash(t) for k, t in self.body if k == "paragraph"]

    def headline(self) -> tuple[str | None, str | None, str | None]:
        return (
            squash(self.kicker) if self.kicker else None,
            squash(self.title) if self.title else None,
            squash(self.subtitle) if self.subtitle else None,
        )


@dataclass
class Dump:
    raw: str
    golds: list[Gold]
    furniture: set[int]


@dataclass
class Options:
    width: int = 16
    blank_lines: bool = False  # the variant with some blank lines (paragraph and column breaks)
    indent: str = "mixed"  # "kept" | "lost" | "mixed": what became of paragraph indents
    furniture: bool = True
    justify: bool = True
    markers: bool = True


def squash(text: str) -> str:
    return "".join(text.split())


def load(part: str) -> list[Story]:
    """The dev or test half of the real articles."""
    stories: list[Story] = []
    for line in (DATA / f"{part}.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        blocks = [(b["kind"], b["text"]) for b in item["blocks"]]
        stories.append(Story(item["title"], blocks, item.get("byline")))
    return stories


def load_file(path: Path | str) -> list[Story]:
    """Stories of a ``headings`` + ``body`` file (tests/data/news, e.g. ``dev_cctv.jsonl``):
    the first heading is the title, the others its decks."""
    stories: list[Story] = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        title, *decks = item["headings"]
        blocks = [(b["kind"], b["text"]) for b in item["body"]]
        stories.append(Story(title, blocks, decks=tuple(decks), broadcast=True))
    return stories


def stories_of(part: str) -> list[Story]:
    """``dev`` or ``test`` (the news_dumps halves), or the path of a ``headings`` file."""
    return load_file(part) if part.endswith(".jsonl") else load(part)


def cell(ch: str) -> float:
    return 0.5 if ord(ch) < 0x80 else 1.0


def wrap(text: str, width: float, first: float | None = None) -> list[str]:
    """Break ``text`` at ``width`` cells, mid-word and mid-number; a Latin word stays whole."""
    lines: list[str] = []
    current: list[str] = []
    used, limit = 0.0, width if first is None else first
    for token in re.findall(r"[A-Za-z]+|.", text):
        size = sum(cell(c) for c in token)
        if current and used + size > limit and token[0] not in NO_LINE_START:
            lines.append("".join(current))
            current, used, limit = [], 0.0, width
        current.append(token)
        used += size
    if current:
        lines.append("".join(current))
    return lines


def justify(rng: random.Random, line: str) -> str:
    """OCR spacing: justification spaces between characters or around numbers, now and then."""
    roll = rng.random()
    if roll < 0.06:
        return re.sub(r"(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])", " ", line)
    if roll < 0.2:
        return re.sub(r"(?<=[\u4e00-\u9fff])([0-9][0-9.%]*)", r" \1 ", line, count=1).rstrip()
    return line


def name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2, 2])))


#: A clause of 6-16 Chinese characters between two punctuation marks.
_CLAUSE = re.compile(r"(?:(?<=[，。；：、！？])|^)[\u4e00-\u9fff]{6,16}(?=[，。；：、！？])")


def clause(rng: random.Random, story: Story) -> str:
    """A run of Chinese text from the story (kickers and subtitles share its words)."""
    runs = [m for _, t in story.blocks for m in _CLAUSE.findall(t)]
    return rng.choice(runs) if runs else "推动高质量发展"


def _byline(rng: random.Random, form: str, day: int) -> tuple[str, str, tuple[str, ...], bool]:
    """(printed byline, parsed source, reporters, on a line of its own)."""
    names = tuple(name(rng) for _ in range(rng.choice([1, 1, 2])))
    if form == "xun":
        return f"本报讯（记者 {'、'.join(names)}）", "本报讯", names, False
    if form == "xinhua":
        city = rng.choice(["北京", "上海", "广州", "成都", "武汉"])
        source = f"新华社{city}3月{day}日电"
        return f"{source}（记者 {' '.join(names)}）", source, names, False
    if form == "staff":
        return "本报记者  " + "  ".join(names), "本报记者", names, True
    paper = rng.choice(PAPERS)
    source = f"《{paper}》（2025年03月{day:02d}日第 {rng.randint(1, 16):02d} 版）"
    return "本报记者  " + "  ".join(names) + source, squash(source), names, True


def render(rng: random.Random, stories: list[Story], opts: Options) -> Dump:
    """Lay ``stories`` out as one page of a plain OCR dump (headlines above their bodies)."""
    lines: list[str] = []
    furniture: set[int] = set()
    width = opts.width
    day = rng.randint(1, 28)
    if opts.furniture:
        paper = rng.choice(PAPERS)
        page_no = rng.randint(1, 16)
        top = [
            paper,
            f"2025年3月{day}日 星期{'一二三四五六日'[day % 7]}",
            rng.choice([f"第{page_no}版", f"第 {page_no:02d} 版", f"{page_no:02d}"]),
            rng.choice(SECTIONS),
            f"责任编辑：{name(rng)}",
        ]
        rng.shuffle(top)
        for text in top[: rng.randint(2, 5)]:
            furniture.add(len(lines))
            lines.append(text)
    golds: list[Gold] = []

    def blank() -> None:
        if opts.blank_lines and rng.random() < 0.6:
            lines.append("")

    for k, story in enumerate(stories):
        gold = Gold()
        golds.append(gold)
        start = len(lines)
        # The first story of a page may continue from another page, without a headline.
        headless = k == 0 and opts.markers and rng.random() < 0.25
        # A lead summary (■ …), printed under the headline or above it.
        lead: str | None = None
        sentences = [
            s
            for kind, t in story.blocks
            if kind == "paragraph"
            for s in re.findall(r"(?:(?<=[。！？])|^)[^。！？]{12,60}[。！？]", t)
        ]
        if not headless and sentences and rng.random() < 0.15:
            lead = rng.choice(LEAD_MARKS) + rng.choice(["", " "]) + rng.choice(sentences)
            gold.body.append(("paragraph", lead))
        lead_above = lead is not None and k > 0 and rng.random() < 0.5
        if headless:
            gold.continued_from = f"第{rng.randint(1, 9)}版"
        else:
            if k:
                blank()
            if lead is not None and lead_above:
                lines.extend(wrap(lead, width))
            _headline(rng, story, gold, lines, width)
            blank()
        if lead is not None and not lead_above:
            lines.extend(wrap(lead, width))
            blank()
        prefix = ""
        if gold.continued_from:
            prefix = f"（上接{gold.continued_from}）" + rng.choice(["", " "])
        form = rng.choice(["none", "none", "xun", "xinhua", "staff", "sourceline"])
        if headless and form in ("staff", "sourceline"):
            form = "none"
        blocks = list(story.blocks)
        dateline = _DATELINE.match(blocks[0][1]) if blocks else None
        if dateline is not None:
            # The story opens with its own dateline byline (新华社北京6月11日电): that is its
            # byline, whatever else the page prints.
            form = "dateline"
            gold.byline, gold.byline_source = dateline[1], dateline[1]
            blocks[0] = (blocks[0][0], blocks[0][1][dateline.end() :])
        if story.byline and form == "none":
            gold.byline = story.byline
            gold.byline_source = None
            spaced = " " in story.byline
            gold.reporters = (squash(story.byline.split(None, 1)[1]),) if spaced else ()
            lines.append(story.byline)
        elif form not in ("none", "dateline"):
            printed_byline, source, reporters, own_line = _byline(rng, form, day)
            gold.byline, gold.byline_source, gold.reporters = printed_byline, source, reporters
            if own_line:
                lines.append(printed_byline)
            else:
                prefix += printed_byline + rng.choice(["", " "])
        for n, (kind, text) in enumerate(blocks):
            if kind == "subhead":
                gold.body.append(("subhead", text))
                blank()
                lines.extend(wrap(text, width))
                blank()
                continue
            gold.body.append(("paragraph", text))
            indent = opts.indent if opts.indent != "mixed" else rng.choice(["kept", "lost"])
            first = width - 2 if indent == "kept" or rng.random() < 0.7 else width
            printed = wrap(text, width, first)
            if opts.justify:
                printed = [justify(rng, line) for line in printed]
            if n == 0 and dateline is not None:
                prefix += dateline[0]
            if n == 0 and prefix:
                # The byline or marker opens the first line, unbroken (longer than the column
                # when it must be), and the paragraph runs on after it.
                room = first - sum(cell(c) for c in prefix)
                rest = wrap(text, width, room) if room >= 2 else ["", *wrap(text, width)]
                printed = [prefix + rest[0], *rest[1:]] if rest[0] else [prefix, *rest[1:]]
            if indent == "kept":
                printed[0] = rng.choice(["\u3000\u3000", "  ", " "]) + printed[0]
            last = n == len(blocks) - 1
            if last and opts.markers and rng.random() < 0.15:
                gold.continued_to = f"第{rng.randint(2, 16)}版"
                printed[-1] += f"（下转{gold.continued_to}）"
            for m, line in enumerate(printed):
                lines.append(line)
                if opts.blank_lines and 0 < m < len(printed) - 1 and rng.random() < 0.05:
                    lines.append("")  # a column break inside the paragraph
            if not last and rng.random() < 0.5:
                blank()
        gold.lines = {i for i in range(start, len(lines)) if lines[i].strip()}
    return Dump("\n".join(lines) + "\n", golds, furniture)


def _headline(rng: random.Random, story: Story, gold: Gold, lines: list[str], width: int) -> None:
    """Kicker, title and subtitle lines, each printed in headline type (not the column's)."""
    if story.broadcast:
        gold.title = story.title
        lines.extend(long_title(rng, story.title, width))
        if story.decks:
            gold.subtitle = "".join(story.decks)
            lines.extend(story.decks)
        return
    roll = rng.random()
    if roll < 0.25:
        gold.kicker = clause(rng, story) + rng.choice(KICKER_ENDS)
        lines.append(gold.kicker)
    title = story.title
    gold.title = title
    style = rng.random()
    if style < 0.5 or len(title) <= 8:
        lines.append(title)  # one line across several columns (or a short one)
    elif style < 0.8 and " " in title:
        lines.extend(title.split(None, 1))  # one phrase a line
    else:
        lines.extend(wrap(squash(title), rng.randint(8, max(9, width - 4))))  # large type
    if rng.random() < 0.3:
        sub = rng.choice(["——", ""]) + clause(rng, story)
        if not sub.startswith("——"):
            other = clause(rng, story)
            # A subtitle opens with —— or explains in more than one clause.
            sub = sub + "，" + other if other not in sub else "——" + sub
        gold.subtitle = sub
        lines.append(sub)


def long_title(rng: random.Random, title: str, width: int) -> list[str]:
    """A title as a paper prints a long one: on one line across several columns now and then,
    else in large type over two or more lines, broken at its phrase spaces or evenly."""
    flat = squash(title)
    roll = rng.random()
    if len(flat) <= 10 or roll < 0.25:
        return [title]
    if " " in title and roll < 0.6:
        room = rng.randint(width + 2, max(width + 3, 2 * width))
        return [line for phrase in title.split() for line in wrap(phrase, room)]
    count = max(2, -(-len(flat) // rng.randint(10, max(11, width + 8))))
    return wrap(flat, -(-len(flat) // count))


def page_of(rng: random.Random, stories: list[Story], opts: Options) -> Dump:
    return render(rng, stories, opts)


def pages(part: str, seeds: range, blank_lines: bool = False) -> list[Dump]:
    """Dumps of the ``part`` half (or ``headings`` file, :func:`stories_of`): each seed draws a
    width, a page of 2-5 stories and a layout."""
    stories = stories_of(part)
    dumps: list[Dump] = []
    for seed in seeds:
        rng = random.Random(seed)
        chosen = rng.sample(stories, rng.randint(2, min(5, len(stories))))
        opts = Options(
            width=rng.randint(12, 20),
            blank_lines=blank_lines,
            indent=rng.choice(["kept", "lost", "mixed"]),
            furniture=rng.random() < 0.7,
        )
        dumps.append(render(rng, chosen, opts))
    return dumps
