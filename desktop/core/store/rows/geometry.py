"""SQL of the ``page_geometry`` table: one row per document (format, furniture, boxes)."""

from __future__ import annotations

import json
import sqlite3
from typing import cast

from desktop.core.model import SetAside, SetAsideKind
from desktop.core.records import PageGeometry
from desktop.core.store.rows.codec import decode_boxes, encode_boxes, to_json


def insert_page_geometry(conn: sqlite3.Connection, geometry: PageGeometry) -> None:
    conn.execute(
        "INSERT INTO page_geometry (document_id, format, paper, date, page, section, issue,"
        " width, height, image, boxes, set_aside) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            geometry.document_id,
            geometry.format,
            geometry.paper,
            geometry.date,
            geometry.page,
            geometry.section,
            geometry.issue,
            None if geometry.size is None else geometry.size[0],
            None if geometry.size is None else geometry.size[1],
            geometry.image,
            encode_boxes(geometry.boxes),
            to_json([[s.kind, s.line, s.text, s.note] for s in geometry.set_aside]),
        ],
    )


def page_geometry(conn: sqlite3.Connection, document_id: int) -> PageGeometry | None:
    """The document's geometry; None when it has no row (imported before geometry was kept)."""
    row = conn.execute(
        "SELECT format, paper, date, page, section, issue, width, height, image, boxes,"
        " set_aside FROM page_geometry WHERE document_id = ?",
        [document_id],
    ).fetchone()
    if row is None:
        return None
    size = None if row[6] is None or row[7] is None else (float(row[6]), float(row[7]))
    return PageGeometry(
        document_id=document_id,
        format=row[0],
        size=size,
        image=row[8],
        boxes=decode_boxes(row[9]),
        paper=row[1],
        date=row[2],
        page=row[3],
        section=row[4],
        issue=row[5],
        set_aside=tuple(
            SetAside(cast(SetAsideKind, k), int(line), text, note)
            for k, line, text, note in json.loads(row[10])
        ),
    )
