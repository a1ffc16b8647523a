"""Alt-letter mnemonics for menu entries whose text is not a fixed, translated string (label
names, recent files, language names), unique within their menu.

Fixed entries carry their ``&`` in the source string (``"&Open project…"``) and the Chinese
catalogue keeps the conventional form ``"打开项目(&O)…"``. A text that is data (a file name,
a label name) may contain ``&`` itself: it is doubled so Qt shows it rather than taking it as
a mnemonic.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_MARK = re.compile(r"&(?!&)(.)")
_FALLBACK = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def escape(text: str) -> str:
    """``text`` shown as it is: every ``&`` doubled."""
    return text.replace("&", "&&")


def plain(text: str) -> str:
    """A menu text as it reads, without its mnemonic (``&&`` is one shown ``&``)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def letter(text: str) -> str:
    """The mnemonic of a menu text, upper case ("" for none): the character after a single
    ``&`` (``&&`` is a shown ampersand)."""
    found = _MARK.search(text.replace("&&", "\0\0"))
    return found.group(1).upper() if found and found.group(1) != "\0" else ""


def mark(text: str, used: set[str], prefer: Iterable[str] = ()) -> str:
    """``text`` (escaped) with a mnemonic not in ``used``, which gains it.

    The first of ``prefer`` (e.g. a label's key) that occurs in the text, else the first
    ASCII letter or digit of the text not yet used, word starts first; when the text has none
    (a Chinese name), a free letter is appended in the conventional form ``名称 (&K)``. With
    every letter and digit used, the text is returned without one."""
    shown = escape(text)
    positions = [i for i, c in enumerate(shown) if c.isascii() and c.isalnum()]
    starts = [i for i in positions if i == 0 or not shown[i - 1].isalnum()]
    by_char = {shown[i].upper(): i for i in reversed(positions)}
    for want in [c.upper() for c in prefer]:
        if want in by_char and want not in used:
            return _put(shown, by_char[want], used)
    for i in starts + positions:
        if shown[i].upper() not in used:
            return _put(shown, i, used)
    for want in [*(c.upper() for c in prefer), *_FALLBACK]:
        if want.isascii() and want.isalnum() and want not in used:
            used.add(want)
            return f"{shown} (&{want})"
    return shown


def _put(shown: str, i: int, used: set[str]) -> str:
    used.add(shown[i].upper())
    return f"{shown[:i]}&{shown[i:]}"
