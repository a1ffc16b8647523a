"""The SQLite project file: connection and pragmas (db), schema (migrations), SQL (rows).

Only :mod:`desktop.core.store.rows` knows table names; everything above it talks in records.
"""
