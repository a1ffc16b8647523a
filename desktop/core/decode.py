"""Bytes of a page file -> text, or one clear line saying why the file is not OCR text.

Contract: :func:`decode_bytes` and :func:`read_page` return a :class:`Decoded` whose ``text`` is
the page with any BOM removed and every line end (CRLF, CR) normalised to ``\\n``; every raw
offset elsewhere in newsdesk indexes this text. They raise :class:`PageError` (one line naming
the file and the problem) for an empty, too large, binary, undecodable, mixed-encoding or HTML
file. Accepted encodings: UTF-8 (with or without BOM), UTF-16 LE/BE and UTF-32 with a BOM,
UTF-16 without a BOM when it plainly decodes to Chinese text, GB18030 (a superset of GBK and
GB2312). Stray markup tags inside text are kept as text and
reported in ``warnings``; the caller decides how to show them.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
from dataclasses import dataclass

from desktop.core.errors import PageError, Problem, Template, os_reason

#: Largest page accepted. A dense broadsheet page is about 30 kB; 2 MB (70 times that) means
#: "not a page", and bounds what one page may cost: a 2 MB page takes about half a minute and
#: 300 MB to prepare, a 7.9 MB one took minutes and 600 MB (issue 12, item 18).
MAX_BYTES = 2 * 1024 * 1024

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
)

#: C0 control characters that never occur in text (tab, LF, VT, FF, CR and ESC are allowed).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_HTML_DOC = re.compile(r"\A\s*(<!doctype\s+html|<html[\s>]|<\?xml\s)", re.IGNORECASE)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>\n]*)?/?>")
#: Characters a page is made of: ASCII text, CJK ideographs, CJK and full-width punctuation.
_TEXTLIKE = re.compile(
    r"[\t\n\r\x20-\x7e\u2010-\u206f\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef"
    r"\U00020000-\U0003ffff]"
)
#: A valid UTF-8 sequence for a CJK (or other 3-byte) character.
_UTF8_WIDE = re.compile(rb"[\xe0-\xef][\x80-\xbf]{2}")

# Problems of a page file (the GUI translates them: desktop.core.errors).
LINK_LOOP = Template("is a symbolic link loop")
BROKEN_LINK = Template("is a broken symbolic link")
UNREADABLE = Template("cannot be read ({reason})")
A_FOLDER = Template("is a folder, not a page file")
A_FIFO = Template("is a named pipe (FIFO), not a page file")
A_DEVICE = Template("is a device or socket, not a page file")
TOO_LARGE = Template("is too large ({size} MB; a page may be at most {limit} MB)")
EMPTY = Template("is empty")
BLANK = Template("is empty (only whitespace)")
BINARY_CONTROL = Template("looks like a binary file (it has NUL or control bytes), not text")
BINARY_NUL = Template("looks like a binary file (it has NUL bytes), not text")
HTML_DOCUMENT = Template("looks like an HTML document, not OCR text")
BAD_BOM = Template("is not valid {encoding} despite its BOM (byte {offset})")
BOM_MISMATCH = Template(
    "starts with a {encoding} byte order mark but the rest is not {family} text; "
    "save it in one encoding"
)
BOM_MISMATCH_UTF8 = Template(
    "starts with a {encoding} byte order mark but the rest is not {family} text "
    "(it reads as UTF-8); save it in one encoding"
)
MIXED_ENCODINGS = Template(
    "mixes text encodings (valid UTF-8, but not at byte {offset}); save it in one encoding"
)
UNDECODABLE = Template(
    "is not text in UTF-8, UTF-16 or GB18030 (undecodable byte at offset {offset})"
)

# Warnings about a page read all the same (kept with the page; the GUI translates them too).
CUT_SHORT = Template(
    "ends in the middle of a UTF-8 character (cut short at byte {offset}); dropped"
)
MARKUP_KEPT = Template("contains {count} markup-like tag(s) ({tags}); kept as plain text")


@dataclass(frozen=True)
class Decoded:
    """A decoded page: normalised text, the encoding it was read in, and warnings to show
    (each a :class:`Problem`: ``str()`` is the English line, the template translates)."""

    text: str
    encoding: str
    warnings: tuple[Problem, ...]


def shown_name(path: str | bytes | os.PathLike[str] | os.PathLike[bytes]) -> str:
    """A file name fit to print and store: a name that is not UTF-8 (an archive unzipped from
    a Chinese system, read by Python with surrogate escapes) is read as GB18030 when it is
    that, else its undecodable bytes are shown as ``\\xNN`` (issue 12, item 3)."""
    raw = os.fsencode(path)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError:
        return raw.decode("utf-8", "backslashreplace")


def check_page_file(path: str | os.PathLike[str], limit: int = MAX_BYTES) -> None:
    """PageError unless ``path`` is a regular file of at most ``limit`` bytes: checked with
    ``stat`` before anything opens it, so a FIFO or a device never blocks the read, and a
    symbolic link loop is named as such rather than as a missing file (issue 12, item 8)."""
    name = shown_name(path)
    try:
        st = os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise PageError(name, LINK_LOOP) from exc
        if exc.errno == errno.ENOENT and os.path.islink(path):
            raise PageError(name, BROKEN_LINK) from exc
        raise PageError(name, unreadable(exc)) from exc
    if stat.S_ISDIR(st.st_mode):
        raise PageError(name, A_FOLDER)
    if not stat.S_ISREG(st.st_mode):
        raise PageError(name, A_FIFO if stat.S_ISFIFO(st.st_mode) else A_DEVICE)
    if st.st_size > limit:
        raise PageError(name, _too_large(st.st_size, limit))


def read_page(path: str | os.PathLike[str]) -> Decoded:
    """Read and decode a page file; every failure is a :class:`PageError` naming ``path``."""
    check_page_file(path)
    name = shown_name(path)
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise PageError(name, unreadable(exc)) from exc
    return decode_bytes(data, name)


def decode_bytes(data: bytes, name: str) -> Decoded:
    """Decode the bytes of a page called ``name`` (used only in messages)."""
    if len(data) > MAX_BYTES:
        raise PageError(name, _too_large(len(data)))
    if not data.strip():
        raise PageError(name, EMPTY)
    text, encoding, notes = _decode(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise PageError(name, BLANK)
    if _CONTROL.search(text):
        raise PageError(name, BINARY_CONTROL)
    if _HTML_DOC.match(text):
        raise PageError(name, HTML_DOCUMENT)
    return Decoded(text, encoding, notes + _markup_warnings(text))


def _decode(data: bytes, name: str) -> tuple[str, str, tuple[Problem, ...]]:
    for bom, label, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise PageError(name, BAD_BOM(encoding=label.upper(), offset=exc.start)) from exc
            text = text.removeprefix("\ufeff")
            if label.startswith(("utf-16", "utf-32")) and not _plausible(text):
                mismatch = BOM_MISMATCH_UTF8 if _reads_as_utf8(data[len(bom) :]) else BOM_MISMATCH
                raise PageError(name, mismatch(encoding=label.upper(), family=label.upper()[:6]))
            return text, label, ()
    if b"\x00" in data:
        utf16 = _bomless_utf16(data)
        if utf16 is not None:
            return (*utf16, ())
        raise PageError(name, BINARY_NUL)
    try:
        return data.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError as utf8_error:
        first_bad = utf8_error.start
        cut_short = utf8_error.end == len(data) and "end of data" in utf8_error.reason
    if cut_short:
        # the file ends inside a character (truncated): the text is UTF-8 all the same
        return data[:first_bad].decode("utf-8"), "utf-8", (CUT_SHORT(offset=first_bad),)
    if _mostly_utf8(data) or len(_UTF8_WIDE.findall(data[:first_bad])) >= 2:
        raise PageError(name, MIXED_ENCODINGS(offset=first_bad))
    try:
        return data.decode("gb18030"), "gb18030", ()
    except UnicodeDecodeError as exc:
        raise PageError(name, UNDECODABLE(offset=exc.start)) from exc


def _plausible(text: str) -> bool:
    """At least 95% of the characters are what a page is made of (see :func:`_bomless_utf16`)."""
    if not text:
        return True
    return sum(1 for ch in text if _TEXTLIKE.match(ch)) >= 0.95 * len(text)


def _reads_as_utf8(rest: bytes) -> bool:
    try:
        rest.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _bomless_utf16(data: bytes) -> tuple[str, str] | None:
    """UTF-16 saved without a BOM: NUL bytes mostly on one side, and it decodes to text.

    Binary data decoded as UTF-16 gives code points scattered over the whole plane; a page
    gives Chinese characters, ASCII and punctuation, so at least 95% of them is required.
    """
    if len(data) % 2:
        return None
    zeros_even, zeros_odd = data[0::2].count(0), data[1::2].count(0)
    for codec, zeros, other in (
        ("utf-16-le", zeros_odd, zeros_even),
        ("utf-16-be", zeros_even, zeros_odd),
    ):
        # ASCII characters put NULs on one side; only a few (such as 一, U+4E00) on the other.
        if not zeros or other * 4 > zeros:
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        plausible = sum(1 for ch in text if _TEXTLIKE.match(ch))
        if plausible >= 0.95 * len(text):
            return text, codec
    return None


def _mostly_utf8(data: bytes) -> bool:
    """True when a good share of the non-ASCII bytes form valid UTF-8 CJK characters.

    GBK text contains such sequences only by accident (a few per hundred characters); a file
    that is partly UTF-8 and partly GBK contains many.
    """
    high = sum(1 for b in data if b >= 0x80)
    wide = len(_UTF8_WIDE.findall(data))
    return high > 0 and wide * 3 >= 0.3 * high and wide >= 4


def _markup_warnings(text: str) -> tuple[Problem, ...]:
    tags = _TAG.findall(text)
    if not tags:
        return ()
    shown = ", ".join(dict.fromkeys(t if len(t) <= 24 else t[:21] + "…" for t in tags[:5]))
    return (MARKUP_KEPT(count=len(tags), tags=shown),)


def _too_large(size: int, limit: int = MAX_BYTES) -> Problem:
    return TOO_LARGE(size=f"{size / 1048576:.1f}", limit=limit // 1048576)


def unreadable(exc: OSError) -> Problem:
    """A file the system would not let us read, with the system's reason (in English)."""
    return UNREADABLE(reason=os_reason(exc))
