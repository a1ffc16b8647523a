"""segment.py: jieba loaded once, a private dictionary, and cuts identical to stock jieba."""

from __future__ import annotations

import logging
import marshal
import math
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import jieba
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.extract import segment

SAMPLE = Path(__file__).resolve().parents[2] / "seeds" / "000_d93c9dc7b4603325.txt"
DEV = Path(__file__).parent / "data" / "ner_dev.txt"


def test_cuts_match_stock_jieba() -> None:
    """The faster route search must not change a single cut."""
    jieba.setLogLevel(logging.WARNING)
    stock = jieba.Tokenizer()
    texts = [SAMPLE.read_text(encoding="utf-8")]
    texts += [line for line in DEV.read_text(encoding="utf-8").splitlines() if line]
    for text in texts:
        assert [t.text for t in segment.tokenize(text)] == list(stock.cut(text))


def test_tokens_carry_offsets_and_dictionary_tags() -> None:
    text = "朔州市 商务局局长说𠮷"
    tokens = segment.tokenize(text)
    assert "".join(t.text for t in tokens) == text
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert segment.tag("北京") == "ns" and segment.tag("不是一个词xyz") is None


def test_every_token_carries_its_dictionary_tag() -> None:
    """The tag read during the route search is the tag ``dict.txt`` gives the word."""
    tags: dict[str, str] = {}
    with jieba.get_dict_file() as handle:
        for raw in handle:
            parts = raw.decode("utf-8").split()
            tags[parts[0]] = parts[2]
    texts = [SAMPLE.read_text(encoding="utf-8")]
    texts += [line for line in DEV.read_text(encoding="utf-8").splitlines() if line]
    tokens = [tok for text in texts for tok in segment.tokenize(text)]
    assert [tok.tag for tok in tokens] == [tags.get(tok.text) for tok in tokens]
    assert {tok.tag for tok in tokens} >= {"ns", "nr", "nt", "n", "v", None}
    assert segment.tag("的") == tags["的"] and segment.tag("xyz") is None
    assert "北京" in segment.words_tagged("ns") and segment.words_tagged("no such tag") == []


def test_cache_folder_is_overridable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSDESK_CACHE_DIR", str(tmp_path / "cache"))
    assert segment.cache_dir() == tmp_path / "cache" and (tmp_path / "cache").is_dir()


_PRINT_CUTS = (
    "from desktop.core.extract import segment; "
    "print([(t.text, t.tag) for t in segment.tokenize('朔州市商务局局长说明天去山阴县')])"
)


def _cuts_in_fresh_process(cache: Path) -> str:
    env = {**os.environ, "NEWSDESK_CACHE_DIR": str(cache)}
    done = subprocess.run(
        [sys.executable, "-c", _PRINT_CUTS], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


def test_dictionary_table_is_cached_and_a_bad_cache_is_rebuilt(tmp_path: Path) -> None:
    """The first run saves the table, the next reads it with the same cuts and tags; a
    corrupt or foreign cache file is ignored and replaced, never an error."""
    (tmp_path / "jieba.cache").write_bytes(b"jieba's own cache, from an earlier version")
    first = _cuts_in_fresh_process(tmp_path)
    assert not (tmp_path / "jieba.cache").exists()  # the unused 9 MB file is cleaned up
    cached = tmp_path / "jieba-entries.marshal"
    assert cached.stat().st_size > 1_000_000
    assert "('朔州市', 'ns')" in first
    assert _cuts_in_fresh_process(tmp_path) == first
    for junk in (b"not marshal at all", b"", marshal.dumps(["other key", 1])):
        cached.write_bytes(junk)
        assert _cuts_in_fresh_process(tmp_path) == first
        assert cached.stat().st_size > 1_000_000


def test_trie_is_cached_and_a_bad_cache_is_rebuilt(tmp_path: Path) -> None:
    """The compiled route search's trie is saved beside the table and read back with the same
    cuts; a damaged, foreign or stale file is ignored and replaced (the kernel reads without
    bounds checks, so a bad file must never reach it)."""
    first = _cuts_in_fresh_process(tmp_path)
    cached = tmp_path / "jieba-trie.npz"
    size = cached.stat().st_size
    assert size > 1_000_000
    assert _cuts_in_fresh_process(tmp_path) == first
    with np.load(cached) as data:
        good = {name: data[name] for name in data.files}
    bad_rows = {**good, "table": good["table"][:-2]}  # no longer two entries a slot
    out_of_range = {**good, "entry": good["entry"][:10], "lp": good["lp"][:10]}
    stale = {**good, "key": np.array("['another dictionary']")}
    for damage in (bad_rows, out_of_range, stale):
        np.savez(cached, **damage)
        assert _cuts_in_fresh_process(tmp_path) == first
        assert cached.stat().st_size == size
    for junk in (b"not a zip file", b"PK\x03\x04 broken", b""):
        cached.write_bytes(junk)
        assert _cuts_in_fresh_process(tmp_path) == first
        assert cached.stat().st_size == size


@pytest.fixture(params=["compiled", "python"])
def tiny_dictionary(
    tmp_path: Path, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """A four-word dictionary installed in place of jieba's (restored afterwards), searched by
    the compiled route search and by the Python one. Its counts make 甲乙 exactly as likely as
    甲 + 乙: 1/16 = 4/16 * 4/16, and the floats tie too, since log(16) is exactly twice log(4)."""
    path = tmp_path / "dict.txt"
    path.write_text("甲 4 n\n乙 4 n\n甲乙 1 nr\n丙 7 v\n", encoding="utf-8")
    segment.warm_up()
    saved = (segment._entries, segment._tag_names, segment._cut_block, segment._cut_other)
    if request.param == "python":
        monkeypatch.setattr(segment, "_compiled_routes", lambda logtotal, key: None)
    segment._install(*segment._build_table(path))
    try:
        yield path
    finally:
        segment._entries, segment._tag_names, segment._cut_block, segment._cut_other = saved


def test_ties_between_routes_break_as_in_jieba(tiny_dictionary: Path, tmp_path: Path) -> None:
    """On equally likely routes jieba takes the longer word (its max over (probability,
    end)); the rewritten route search must too. The real dictionary never ties, so only a
    crafted one can show it."""
    jieba.setLogLevel(logging.WARNING)
    stock = jieba.Tokenizer(str(tiny_dictionary))
    stock.tmp_dir = str(tmp_path)
    for text in ("甲乙", "甲乙甲乙丙", "丙甲乙丙", "甲甲乙乙", "乙甲乙甲"):
        tokens = segment.tokenize(text)
        assert [t.text for t in tokens] == list(stock.cut(text)), text
    assert [t.text for t in segment.tokenize("甲乙")] == ["甲乙"]
    assert [t.tag for t in segment.tokenize("甲乙丙")] == ["nr", "v"]


def test_each_block_is_one_compiled_call(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The compiled route search serves every block of Han text (counted, not timed): one call
    a block, none for the text between blocks."""
    from desktop.core.extract import route_kernel

    calls: list[int] = []
    search = route_kernel.best_ends

    def counted(text: bytes, *tables: object) -> object:
        calls.append(len(text) // 4)
        return search(text, *tables)

    monkeypatch.setattr(route_kernel, "best_ends", counted)
    path = tmp_path / "dict.txt"
    path.write_text("甲 4 n\n乙 4 n\n甲乙 1 nr\n丙 7 v\n", encoding="utf-8")
    segment.warm_up()
    saved = (segment._entries, segment._tag_names, segment._cut_block, segment._cut_other)
    segment._install(*segment._build_table(path))
    try:
        calls.clear()  # the call that loads the compiled code
        tokens = segment.tokenize("甲乙丙，乙甲 丙")
    finally:
        segment._entries, segment._tag_names, segment._cut_block, segment._cut_other = saved
    assert calls == [3, 2, 1]
    assert [(t.text, t.tag) for t in tokens][:2] == [("甲乙", "nr"), ("丙", "v")]


_STOCK: list[jieba.Tokenizer] = []


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        st.sampled_from(
            list("的一是了我不人在他有这个上们来到时大地为中说国年着就和要出也得里后")
            + list("自以会家可下而过天去能对小多然于心学之都好看起发当没成只如事把还用第")
            + list("王李张朔州山阴 ，。12a𠮷")
        ),
        max_size=40,
    )
)
def test_cuts_match_stock_jieba_on_any_text(text: str) -> None:
    if not _STOCK:
        jieba.setLogLevel(logging.WARNING)
        _STOCK.append(jieba.Tokenizer())
    assert [t.text for t in segment.tokenize(text)] == list(_STOCK[0].cut(text))


def test_route_search_in_python_equals_the_compiled_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where numba is missing the Python route search serves: the same words and tags as the
    compiled one (:mod:`route_kernel`), which serves everywhere else."""
    texts = [SAMPLE.read_text(encoding="utf-8")]
    texts += [line for line in DEV.read_text(encoding="utf-8").splitlines() if line]
    texts += ["", "甲", "朔州市商务局局长说明天去山阴县𠮷", "中华人民共和国中央人民政府" * 3]
    segment.warm_up()
    compiled = [segment.tokenize(text) for text in texts]
    table = segment._build_table(Path(jieba.__file__).parent / "dict.txt")
    assert segment._compiled_routes(math.log(table[0])) is not None  # numba is installed here
    saved = (segment._entries, segment._tag_names, segment._cut_block, segment._cut_other)
    monkeypatch.setattr(segment, "_compiled_routes", lambda logtotal, key: None)
    segment._install(*table)
    try:
        assert [segment.tokenize(text) for text in texts] == compiled
    finally:
        segment._entries, segment._tag_names, segment._cut_block, segment._cut_other = saved
