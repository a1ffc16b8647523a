"""Every SQL statement of newsdesk: the only code that knows table and column names.

Functions take an open connection and speak in records (:mod:`desktop.core.records`) or plain
values. They never open transactions: callers wrap them in
:func:`desktop.core.store.db.transaction`. One module per table or concern; everything is
re-exported here, so callers write ``rows.article(conn, id)``.
"""

from __future__ import annotations

from desktop.core.store.rows.annotations import (
    all_annotations,
    annotation,
    article_annotations,
    articles_by_confidence,
    delete_annotation,
    insert_annotations,
    least_confident,
    replace_annotation,
    spans_quoting,
)
from desktop.core.store.rows.articles import (
    NewArticle,
    all_articles,
    article,
    article_count,
    article_ids,
    article_status,
    article_summaries,
    article_text,
    insert_article,
    open_article_ids,
    set_article_status,
)
from desktop.core.store.rows.chains import (
    has_fragments,
    logical_groups,
    logical_members,
    open_fragments,
    set_chain,
)
from desktop.core.store.rows.codec import (
    decode_boxes,
    decode_source_map,
    encode_boxes,
    encode_source_map,
)
from desktop.core.store.rows.documents import (
    NewDocument,
    delete_document,
    document_id_by_sha,
    document_raw,
    document_shas,
    documents,
    insert_document,
    known_hashes,
    set_document_auto_count,
    unused_document,
)
from desktop.core.store.rows.geometry import (
    insert_page_geometry,
    page_geometry,
)
from desktop.core.store.rows.meta import (
    LexiconEntry,
    delete_lexicon,
    dump,
    history,
    history_row,
    insert_history,
    insert_label,
    integrity_check,
    labels,
    lexicon,
    lexicon_entry,
    lexicon_for_term,
    put_lexicon,
    stats,
)
from desktop.core.store.rows.removal import (
    Removed,
    remove_unused,
    restore,
)
from desktop.core.store.rows.search import (
    texts_matching,
    trigram_match,
)
from desktop.core.store.rows.settings import (
    set_setting,
    setting,
    settings,
)

__all__ = [
    "LexiconEntry",
    "NewArticle",
    "NewDocument",
    "Removed",
    "all_annotations",
    "all_articles",
    "annotation",
    "article",
    "article_annotations",
    "article_count",
    "article_ids",
    "article_status",
    "article_summaries",
    "article_text",
    "articles_by_confidence",
    "decode_boxes",
    "decode_source_map",
    "delete_annotation",
    "delete_document",
    "delete_lexicon",
    "document_id_by_sha",
    "document_raw",
    "document_shas",
    "documents",
    "dump",
    "encode_boxes",
    "encode_source_map",
    "has_fragments",
    "history",
    "history_row",
    "insert_annotations",
    "insert_article",
    "insert_document",
    "insert_history",
    "insert_label",
    "insert_page_geometry",
    "integrity_check",
    "known_hashes",
    "labels",
    "least_confident",
    "lexicon",
    "lexicon_entry",
    "lexicon_for_term",
    "logical_groups",
    "logical_members",
    "open_article_ids",
    "open_fragments",
    "page_geometry",
    "put_lexicon",
    "remove_unused",
    "replace_annotation",
    "restore",
    "set_article_status",
    "set_chain",
    "set_document_auto_count",
    "set_setting",
    "setting",
    "settings",
    "spans_quoting",
    "stats",
    "texts_matching",
    "trigram_match",
    "unused_document",
]
