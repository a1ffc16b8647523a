"""Articles continued across pages: which fragments form one logical article.

A fragment that ends with （下转第N版） continues in a fragment, on another page, that starts
with （上接第M版）. Markers alone are ambiguous (a page has several such fragments), so a pair
must also share headline words (and the markers must be able to name each other's page:
"to 第2版" never pairs with "from 第2版"): papers repeat the headline, or its key words, above the
continuation. Words are compared as character bigrams (no segmenter needed). When two pages
each hold exactly one fragment of each side, the markers alone decide.

Pure: takes the fragments, returns chains of article ids, head first.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

#: Minimum number of shared headline bigrams for a marker pair to be linked on words.
MIN_SHARED = 2

_NOT_WORD = re.compile(r"[\s\W\d_]+")


@dataclass(frozen=True, slots=True)
class Fragment:
    id: int
    document_id: int
    title: str | None
    head: str  # the first characters of the text
    continued_from: str | None
    continued_to: str | None


def bigrams(text: str) -> set[str]:
    chars = _NOT_WORD.sub(" ", text)
    out: set[str] = set()
    for part in chars.split():
        out.update(part[i : i + 2] for i in range(len(part) - 1))
    return out


def score(source: Fragment, target: Fragment) -> int:
    """Shared headline bigrams between a fragment and its candidate continuation."""
    if not source.title:
        return 0
    words = bigrams(source.title)
    other = bigrams(target.title or "") | bigrams(target.head)
    return len(words & other)


def compatible(src: Fragment, dst: Fragment) -> bool:
    """Whether ``dst`` can continue ``src`` at all: another page, and markers that can name
    each other's page (page M says "to N", page N says "from M": M == N is impossible)."""
    return (
        dst.document_id != src.document_id
        and dst.id != src.id
        and src.continued_to != dst.continued_from
    )


def link(
    fragments: Sequence[Fragment], new: Collection[int] | None = None
) -> list[tuple[int, ...]]:
    """Chains of fragment ids (head first) for every confident pair; unpaired fragments are
    left out. Each fragment has at most one successor and one predecessor.

    With ``new`` (ids of the fragments just imported), only pairs involving one of them are
    considered: pairs among older fragments were weighed when they arrived. That keeps an
    import linear in the project's open fragments instead of quadratic.
    """
    outgoing = [f for f in fragments if f.continued_to]
    incoming = [f for f in fragments if f.continued_from]
    words = {f.id: bigrams(f.title) if f.title else set() for f in outgoing}
    heads = {f.id: bigrams(f.title or "") | bigrams(f.head) for f in incoming}
    candidates: list[tuple[int, int, int, int]] = []  # (-score, source id, target id, score)
    for src in outgoing:
        for dst in incoming:
            if new is not None and src.id not in new and dst.id not in new:
                continue
            if not compatible(src, dst):
                continue
            s = len(words[src.id] & heads[dst.id])
            if s >= MIN_SHARED:
                candidates.append((-s, src.id, dst.id, s))
    candidates.extend(
        c for c in _unique_pairs(outgoing, incoming) if new is None or {c[1], c[2]} & set(new)
    )
    candidates.sort()
    doc_of = {f.id: f.document_id for f in fragments}
    successor: dict[int, int] = {}
    predecessor: dict[int, int] = {}
    for _, src_id, dst_id, _ in candidates:
        if src_id in successor or dst_id in predecessor:
            continue
        if _reaches(successor, dst_id, src_id):
            continue  # would close a cycle
        if _chain_docs(predecessor, successor, src_id, doc_of) & _chain_docs(
            predecessor, successor, dst_id, doc_of
        ):
            continue  # an article does not visit the same page twice
        successor[src_id] = dst_id
        predecessor[dst_id] = src_id
    chains: list[tuple[int, ...]] = []
    for head in sorted(successor):
        if head in predecessor:
            continue
        chain = [head]
        while chain[-1] in successor:
            chain.append(successor[chain[-1]])
        chains.append(tuple(chain))
    return chains


def _unique_pairs(
    outgoing: Sequence[Fragment], incoming: Sequence[Fragment]
) -> list[tuple[int, int, int, int]]:
    """Pairs decided by markers alone: the only outgoing fragment of one page and the only
    incoming fragment of another, with no other page competing for either."""
    out_docs: dict[int, list[Fragment]] = {}
    in_docs: dict[int, list[Fragment]] = {}
    for f in outgoing:
        out_docs.setdefault(f.document_id, []).append(f)
    for f in incoming:
        in_docs.setdefault(f.document_id, []).append(f)
    if len(out_docs) != 1:
        return []
    pairs = []
    ((src_doc, srcs),) = out_docs.items()
    others = {d: fs for d, fs in in_docs.items() if d != src_doc}
    if len(srcs) == 1 and len(others) == 1:
        (dsts,) = others.values()
        if len(dsts) == 1 and compatible(srcs[0], dsts[0]):
            pairs.append((0, srcs[0].id, dsts[0].id, 0))
    return pairs


def _reaches(successor: dict[int, int], start: int, goal: int) -> bool:
    node: int | None = start
    while node is not None:
        if node == goal:
            return True
        node = successor.get(node)
    return False


def _chain_docs(
    predecessor: dict[int, int], successor: dict[int, int], node: int, doc_of: dict[int, int]
) -> set[int]:
    """Documents of the whole chain ``node`` is in so far."""
    head = node
    while head in predecessor:
        head = predecessor[head]
    docs = {doc_of[head]}
    while head in successor:
        head = successor[head]
        docs.add(doc_of[head])
    return docs
