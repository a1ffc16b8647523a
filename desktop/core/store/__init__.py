"""The SQLite project file: connection and pragmas (db), schema (migrations), SQL (rows).

Only :mod:`desktop.core.store.rows` knows table names; everything above it talks in records.
The other modules here write or read whole things inside the caller's transaction: a prepared
page (pages), the export view of the articles (assemble), dataset records (datasets), and page
variants for load tests (samples).

Tables: ``documents`` (one per imported page: name, sha256 of the file, encoding, raw text,
counts written with it), ``articles`` (text, blocks, deflated delta-coded source map, markers,
continuation, byline, review status, logical-article chain), ``annotations`` (uuid, offsets,
quote, label, kind, figure fields with the value as exact decimal text, source, status, times),
``history`` (every change with its before and after as JSON), ``lexicon`` (term, label,
decision), ``labels``, and ``articles_fts`` (trigram full-text index over article text).
"""
