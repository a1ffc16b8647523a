"""The core's error templates, listed for pyside6-lupdate (context "errors").

Written by ``python -m desktop.gui.error_text`` (resources/translations/update.sh runs
it) from :func:`desktop.core.errors.all_templates`: do not edit by hand.
"""

# ruff: noqa: E501
from desktop.gui.models.roles import QT_TRANSLATE_NOOP

TEMPLATES = (
    QT_TRANSLATE_NOOP("errors", "cannot be read ({reason})"),
    QT_TRANSLATE_NOOP("errors", "contains {count} markup-like tag(s) ({tags}); kept as plain text"),
    QT_TRANSLATE_NOOP(
        "errors", "ends in the middle of a UTF-8 character (cut short at byte {offset}); dropped"
    ),
    QT_TRANSLATE_NOOP("errors", "is a broken symbolic link"),
    QT_TRANSLATE_NOOP("errors", "is a device or socket, not a page file"),
    QT_TRANSLATE_NOOP("errors", "is a folder, not a page file"),
    QT_TRANSLATE_NOOP("errors", "is a named pipe (FIFO), not a page file"),
    QT_TRANSLATE_NOOP("errors", "is a symbolic link loop"),
    QT_TRANSLATE_NOOP("errors", "is empty"),
    QT_TRANSLATE_NOOP("errors", "is empty (only whitespace)"),
    QT_TRANSLATE_NOOP(
        "errors", "is not text in UTF-8, UTF-16 or GB18030 (undecodable byte at offset {offset})"
    ),
    QT_TRANSLATE_NOOP("errors", "is not valid {encoding} despite its BOM (byte {offset})"),
    QT_TRANSLATE_NOOP("errors", "is too large ({size} MB; a page may be at most {limit} MB)"),
    QT_TRANSLATE_NOOP("errors", "looks like a binary file (it has NUL bytes), not text"),
    QT_TRANSLATE_NOOP("errors", "looks like a binary file (it has NUL or control bytes), not text"),
    QT_TRANSLATE_NOOP("errors", "looks like an HTML document, not OCR text"),
    QT_TRANSLATE_NOOP(
        "errors",
        "mixes text encodings (valid UTF-8, but not at byte {offset}); save it in one encoding",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "starts with a {encoding} byte order mark but the rest is not {family} text (it reads as UTF-8); save it in one encoding",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "starts with a {encoding} byte order mark but the rest is not {family} text; save it in one encoding",
    ),
    QT_TRANSLATE_NOOP("errors", "annotation {uuid} ({quote}) is not a figure"),
    QT_TRANSLATE_NOOP("errors", "annotation {uuid} already exists"),
    QT_TRANSLATE_NOOP("errors", "annotation {uuid} does not exist"),
    QT_TRANSLATE_NOOP("errors", "apply to all: empty text"),
    QT_TRANSLATE_NOOP("errors", "article {article} does not exist"),
    QT_TRANSLATE_NOOP(
        "errors", "article {article}: span {start}-{end} is outside its text (length {length})"
    ),
    QT_TRANSLATE_NOOP("errors", "article {article}: {start}-{end} is {found}, not {text}"),
    QT_TRANSLATE_NOOP("errors", "cannot revert {what}: the span {quote} has changed since"),
    QT_TRANSLATE_NOOP("errors", "cannot revert {what}: {reason}"),
    QT_TRANSLATE_NOOP("errors", "figure value must be exact (Decimal), got {value}"),
    QT_TRANSLATE_NOOP("errors", "history entry {entry} does not exist"),
    QT_TRANSLATE_NOOP("errors", "label {label} is for {label_kind} spans, not {kind}"),
    QT_TRANSLATE_NOOP("errors", "not an ISO date: {iso} (2025-02-22, 2025-02, --02-22)"),
    QT_TRANSLATE_NOOP("errors", "only a date has an ISO reading, not a {kind} figure"),
    QT_TRANSLATE_NOOP("errors", "unknown annotation status {status}"),
    QT_TRANSLATE_NOOP("errors", "unknown figure kind {kind}"),
    QT_TRANSLATE_NOOP("errors", "unknown label {label}"),
    QT_TRANSLATE_NOOP("errors", "unknown review status {status}"),
    QT_TRANSLATE_NOOP("errors", "Is a directory"),
    QT_TRANSLATE_NOOP("errors", "No space left on device"),
    QT_TRANSLATE_NOOP("errors", "No such file or directory"),
    QT_TRANSLATE_NOOP("errors", "Permission denied"),
    QT_TRANSLATE_NOOP("errors", "Read-only file system"),
    QT_TRANSLATE_NOOP("errors", "cannot import {format}; use one of {known}"),
    QT_TRANSLATE_NOOP("errors", "unknown format {format}; use one of {known}"),
    QT_TRANSLATE_NOOP("errors", "article {article} ({document} #{index})"),
    QT_TRANSLATE_NOOP("errors", "cannot be read"),
    QT_TRANSLATE_NOOP("errors", "is a folder, not a dataset file"),
    QT_TRANSLATE_NOOP("errors", "not UTF-8 text (byte 0x{byte} at offset {offset})"),
    QT_TRANSLATE_NOOP(
        "errors",
        "{where}: annotation {uuid} quotes {quote} but the text at {start}-{end} is {actual}",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "{where}: annotation {uuid} span {start}-{end} is outside the text (length {length})",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "{where}: span {start}-{end} does not fall on character boundaries in UTF-16 code units (text length {length}); were the offsets code points (--offsets codepoints)?",
    ),
    QT_TRANSLATE_NOOP(
        "errors", "{where}: span {start}-{end} is outside the text (length {length})"
    ),
    QT_TRANSLATE_NOOP("errors", "{where}: start and end must be integers, not {start}, {end}"),
    QT_TRANSLATE_NOOP("errors", "{where}: the label must be a non-empty string, not {label}"),
    QT_TRANSLATE_NOOP("errors", "cannot be looked at"),
    QT_TRANSLATE_NOOP("errors", "cannot write: {reason}"),
    QT_TRANSLATE_NOOP(
        "errors", "is a device, not a regular file or folder; refusing to export to it"
    ),
    QT_TRANSLATE_NOOP("errors", "is a file; give a folder to export brat files to"),
    QT_TRANSLATE_NOOP("errors", "is a folder; give a file name to export to"),
    QT_TRANSLATE_NOOP(
        "errors", "is a named pipe (FIFO), not a regular file or folder; refusing to export to it"
    ),
    QT_TRANSLATE_NOOP(
        "errors", "is a socket, not a regular file or folder; refusing to export to it"
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "is something other than a file, not a regular file or folder; refusing to export to it",
    ),
    QT_TRANSLATE_NOOP("errors", "line {line}"),
    QT_TRANSLATE_NOOP("errors", "line {line}, span {span}"),
    QT_TRANSLATE_NOOP("errors", 'line {line}: "{key}" must be a list of spans'),
    QT_TRANSLATE_NOOP("errors", 'line {line}: no "text" string field'),
    QT_TRANSLATE_NOOP("errors", "line {line}: not JSON ({reason} at column {column})"),
    QT_TRANSLATE_NOOP("errors", "line {line}: not a JSON object"),
    QT_TRANSLATE_NOOP("errors", "{where}: not a [start, end, label] span: {item}"),
    QT_TRANSLATE_NOOP("errors", "line {line} column {column}: not JSON ({reason})"),
    QT_TRANSLATE_NOOP("errors", "not a list of Label Studio tasks"),
    QT_TRANSLATE_NOOP("errors", "task {task}"),
    QT_TRANSLATE_NOOP("errors", "task {task}, result {result}"),
    QT_TRANSLATE_NOOP("errors", '{where}: "value" has no "labels" list'),
    QT_TRANSLATE_NOOP("errors", '{where}: "{key}" must be a list'),
    QT_TRANSLATE_NOOP("errors", '{where}: "{key}" result must be a list'),
    QT_TRANSLATE_NOOP("errors", '{where}: no "data" object with a "text" string'),
    QT_TRANSLATE_NOOP("errors", "{where}: not a JSON object"),
    QT_TRANSLATE_NOOP(
        "errors", "{where}: quotes {quote} but the text at {start}-{end} is {actual}"
    ),
    QT_TRANSLATE_NOOP("errors", "could not be imported ({error}: {detail})"),
    QT_TRANSLATE_NOOP("errors", "is a folder"),
    QT_TRANSLATE_NOOP("errors", "is a named pipe or a device, not a page file"),
    QT_TRANSLATE_NOOP("errors", "no such file"),
    QT_TRANSLATE_NOOP(
        "errors", "took over {seconds} s to prepare (too large or too dense); skipped"
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "{count} line(s) of vertical text were left out of its articles (shown dashed on the source page)",
    ),
    QT_TRANSLATE_NOOP("errors", "a label name has at most {limit} characters, not {length}"),
    QT_TRANSLATE_NOOP("errors", "a label needs a name"),
    QT_TRANSLATE_NOOP("errors", "character U+{code} is not allowed in a label name"),
    QT_TRANSLATE_NOOP("errors", "use one word without spaces"),
    QT_TRANSLATE_NOOP("errors", "{char} is not allowed in a label name"),
    QT_TRANSLATE_NOOP("errors", "no shipped model to build on (resources/models)"),
    QT_TRANSLATE_NOOP("errors", "{count} reviewed article(s); at least 10 are needed"),
    QT_TRANSLATE_NOOP("errors", "document {document} does not exist"),
    QT_TRANSLATE_NOOP("errors", "label name {name}: {problem}"),
    QT_TRANSLATE_NOOP("errors", "label {name} already exists"),
    QT_TRANSLATE_NOOP("errors", "label {name}: key {key} is already used"),
    QT_TRANSLATE_NOOP("errors", "label {name}: kind must be entity or figure, not {kind}"),
    QT_TRANSLATE_NOOP("errors", "unknown scope {scope} (use article, document or project)"),
    QT_TRANSLATE_NOOP("errors", "{edit}: not applied, nothing to undo"),
    QT_TRANSLATE_NOOP("errors", "{project}: refused by the project file ({reason})"),
    QT_TRANSLATE_NOOP("errors", "has an unknown ALTO MeasurementUnit {unit}"),
    QT_TRANSLATE_NOOP("errors", "holds {count} ALTO pages; save one page per file"),
    QT_TRANSLATE_NOOP("errors", "is XML but not ALTO (its root is <{root}>)"),
    QT_TRANSLATE_NOOP("errors", "TextLine {n}"),
    QT_TRANSLATE_NOOP("errors", "has more than {count} text lines; is it one page? (split it)"),
    QT_TRANSLATE_NOOP("errors", "has no text (an empty {format} page)"),
    QT_TRANSLATE_NOOP("errors", "is JSON but not UTF-8 (byte {offset})"),
    QT_TRANSLATE_NOOP("errors", "is JSON nested too deeply to be OCR output"),
    QT_TRANSLATE_NOOP("errors", "is not valid JSON ({reason} at line {line} column {column})"),
    QT_TRANSLATE_NOOP("errors", "line {n}"),
    QT_TRANSLATE_NOOP("errors", "line {n}'s word"),
    QT_TRANSLATE_NOOP(
        "errors",
        "none of its {total} text lines has a box: the page was laid out as plain text, in the file's order",
    ),
    QT_TRANSLATE_NOOP("errors", "result {n}"),
    QT_TRANSLATE_NOOP("errors", "row {n}"),
    QT_TRANSLATE_NOOP("errors", "states an impossible page height ({height})"),
    QT_TRANSLATE_NOOP("errors", "states an impossible page width ({width})"),
    QT_TRANSLATE_NOOP("errors", "text line {line} has a box beyond the page's left edge ({box})"),
    QT_TRANSLATE_NOOP("errors", "text line {line} has a box beyond the page's top edge ({box})"),
    QT_TRANSLATE_NOOP(
        "errors",
        "text line {line} has a box far outside the page ({box}; the page is {side} in height)",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "text line {line} has a box far outside the page ({box}; the page is {side} in width)",
    ),
    QT_TRANSLATE_NOOP("errors", "text line {line} has a box that is not finite numbers ({box})"),
    QT_TRANSLATE_NOOP("errors", "text line {line} has an impossible bottom coordinate ({value})"),
    QT_TRANSLATE_NOOP("errors", "text line {line} has an impossible right coordinate ({value})"),
    QT_TRANSLATE_NOOP(
        "errors", "text line {line} has an inverted box ({box}: right or bottom before left or top)"
    ),
    QT_TRANSLATE_NOOP("errors", "the ocr_page"),
    QT_TRANSLATE_NOOP("errors", "the page height"),
    QT_TRANSLATE_NOOP("errors", "the page width"),
    QT_TRANSLATE_NOOP("errors", "the page's {attribute}"),
    QT_TRANSLATE_NOOP(
        "errors",
        "{count} of its {total} text lines have no box, so its boxes were not used: the page was laid out as plain text, in the file's order",
    ),
    QT_TRANSLATE_NOOP("errors", "{what} is not a finite number ({value})"),
    QT_TRANSLATE_NOOP("errors", "{what} is not a number ({value})"),
    QT_TRANSLATE_NOOP("errors", "{where} x_wconf"),
    QT_TRANSLATE_NOOP("errors", "{where}'s box"),
    QT_TRANSLATE_NOOP("errors", "{where}'s height"),
    QT_TRANSLATE_NOOP("errors", "{where}'s position"),
    QT_TRANSLATE_NOOP("errors", "{where}'s score"),
    QT_TRANSLATE_NOOP("errors", "{where}'s width"),
    QT_TRANSLATE_NOOP("errors", "{where}'s {attribute}"),
    QT_TRANSLATE_NOOP("errors", "is XML but not ALTO, PAGE XML or hOCR (its root is <{root}>)"),
    QT_TRANSLATE_NOOP(
        "errors", "is too large ({size} MB; an OCR page file may be at most {limit} MB)"
    ),
    QT_TRANSLATE_NOOP(
        "errors", "looks like a doccano/Label Studio dataset; use `newsdesk import-dataset`"
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "holds {count} hOCR pages; save one page per file (hocr-split, of hocr-tools, splits it)",
    ),
    QT_TRANSLATE_NOOP("errors", "is HTML but not hOCR (no ocr_page element)"),
    QT_TRANSLATE_NOOP("errors", "is hOCR but neither UTF-8 nor GB18030"),
    QT_TRANSLATE_NOOP("errors", "is not readable hOCR ({reason})"),
    QT_TRANSLATE_NOOP("errors", "is truncated hOCR (its ocr_page is never closed)"),
    QT_TRANSLATE_NOOP(
        "errors",
        "{count} character(s) of its text stand outside any ocr_line or ocrx_word and were left out",
    ),
    QT_TRANSLATE_NOOP("errors", '"dimensions" is not [width, height]'),
    QT_TRANSLATE_NOOP(
        "errors",
        '"rec_texts", "rec_scores" and the boxes differ in length ({texts}, {scores}, {boxes})',
    ),
    QT_TRANSLATE_NOOP("errors", "holds {count} pages of OCR results; save one page per file"),
    QT_TRANSLATE_NOOP(
        "errors",
        'is JSON but not PaddleOCR/RapidOCR output (an object without "ocr_results" or "rec_texts")',
    ),
    QT_TRANSLATE_NOOP("errors", "is JSON but not PaddleOCR/RapidOCR output (not a list or object)"),
    QT_TRANSLATE_NOOP("errors", "{what} has {count} numbers (expected 4 or 4 points)"),
    QT_TRANSLATE_NOOP("errors", "{what} is not a list"),
    QT_TRANSLATE_NOOP("errors", "{what} is not a list of [x, y] points"),
    QT_TRANSLATE_NOOP("errors", "{what} is not a list of points or numbers"),
    QT_TRANSLATE_NOOP("errors", "{where} has no text string"),
    QT_TRANSLATE_NOOP("errors", "{where} is not [box, [text, score]]"),
    QT_TRANSLATE_NOOP(
        "errors",
        '{where} is not an OCR result (expected {{"text", "box", "score"}} or [box, [text, score]])',
    ),
    QT_TRANSLATE_NOOP("errors", "has {count} <Page> elements (PAGE XML has exactly one)"),
    QT_TRANSLATE_NOOP("errors", "is XML but not PAGE XML (its root is <{root}>)"),
    QT_TRANSLATE_NOOP(
        "errors",
        "{count} of its text regions keep their text without text lines: each one's lines were placed on equal strips of the region's box",
    ),
    QT_TRANSLATE_NOOP("errors", "{what} has a point that is not x,y ({point})"),
    QT_TRANSLATE_NOOP(
        "errors",
        "its boxes show it was read shrunk to about 1/{factor} of its size (RapidOCR and PaddleOCR shrink a page past max_side_len, 2,000 px by default, and lose text on tall pages): read it again with max_side_len={side} for better articles",
    ),
    QT_TRANSLATE_NOOP("errors", "holds {count} pages (page_num); save one page per file"),
    QT_TRANSLATE_NOOP("errors", "is Tesseract TSV but not UTF-8 (byte {offset})"),
    QT_TRANSLATE_NOOP("errors", "is not Tesseract TSV (its first row is not the TSV header)"),
    QT_TRANSLATE_NOOP("errors", "row {row} has {count} columns (Tesseract TSV has 12)"),
    QT_TRANSLATE_NOOP(
        "errors",
        "declares XML entities, which are refused (an entity-expansion or external-entity attack, or not OCR output)",
    ),
    QT_TRANSLATE_NOOP("errors", "is not readable XML ({reason})"),
    QT_TRANSLATE_NOOP(
        "errors",
        "is not well-formed XML ({reason} at line {line}, column {column}); is it truncated?",
    ),
    QT_TRANSLATE_NOOP("errors", "is refused as unsafe XML ({kind})"),
    QT_TRANSLATE_NOOP("errors", "refers to an external XML resource, which is refused"),
    QT_TRANSLATE_NOOP("errors", "is not a regular file (a pipe or a device)"),
    QT_TRANSLATE_NOOP("errors", "is {size} bytes, over {limit} for a dataset"),
    QT_TRANSLATE_NOOP(
        "errors",
        'line {line}: spans under "{key}" ({tool}\'s shape), not doccano\'s "label": convert it to [start, end, label] lists under "label"',
    ),
    QT_TRANSLATE_NOOP("errors", "nested {depth} levels deep (a dataset needs a few)"),
    QT_TRANSLATE_NOOP(
        "errors", 'task {task}: its results are "{kinds}", not text spans ("labels")'
    ),
    QT_TRANSLATE_NOOP("errors", "--offsets must be utf16 or codepoints, not {offsets}"),
    QT_TRANSLATE_NOOP("errors", "nested too deep to be a dataset"),
    QT_TRANSLATE_NOOP("errors", "record {record}: label {label}: {problem}"),
    QT_TRANSLATE_NOOP("errors", "record {record}: span {start}-{end} crosses two pages"),
    QT_TRANSLATE_NOOP(
        "errors", "record {record}: span {start}-{end} is outside its text (length {length})"
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "record {record}: the offsets look like UTF-16 code units (counted so, they match the project's spans on the same text); pass --offsets utf16 or --offsets codepoints",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "record {record}: the offsets only make sense as UTF-16 code units (the text has characters outside the BMP); pass --offsets utf16 or --offsets codepoints",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "records {first} and {second} are the same article with different spans; keep one of them",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "would create {count} new labels (at most {limit} per import); add the labels first or check the file",
    ),
    QT_TRANSLATE_NOOP(
        "errors",
        "would remove {removed} and replace {replaced} span(s) already in the project; nothing was changed (see them with --dry-run, allow with --replace)",
    ),
    QT_TRANSLATE_NOOP("errors", "cannot be created ({reason})"),
    QT_TRANSLATE_NOOP("errors", "cannot be created: its folder does not exist"),
    QT_TRANSLATE_NOOP("errors", "cannot be opened ({reason})"),
    QT_TRANSLATE_NOOP("errors", "cannot use a write-ahead log (journal mode {mode})"),
    QT_TRANSLATE_NOOP("errors", "database error ({detail})"),
    QT_TRANSLATE_NOOP("errors", "is a folder, not a project file"),
    QT_TRANSLATE_NOOP("errors", "is locked by another program; close it and try again"),
    QT_TRANSLATE_NOOP("errors", "no such project file"),
    QT_TRANSLATE_NOOP("errors", "not a newsdesk project (an empty file)"),
    QT_TRANSLATE_NOOP("errors", "not a newsdesk project (not an SQLite file)"),
    QT_TRANSLATE_NOOP("errors", "the disk is full"),
    QT_TRANSLATE_NOOP("errors", "the project file is damaged ({detail})"),
    QT_TRANSLATE_NOOP("errors", "the project file is read-only"),
    QT_TRANSLATE_NOOP("errors", "annotation {quote} changed since; cannot undo this edit"),
    QT_TRANSLATE_NOOP("errors", "article {article} status changed since; cannot undo this edit"),
    QT_TRANSLATE_NOOP(
        "errors",
        "article {article}: span {start}-{end} {quote} does not match the text there ({found})",
    ),
    QT_TRANSLATE_NOOP("errors", "setting {name} changed since; cannot undo this edit"),
    QT_TRANSLATE_NOOP("errors", "not a newsdesk project (an SQLite file of another program)"),
    QT_TRANSLATE_NOOP("errors", "not a newsdesk project (an SQLite file with no tables)"),
    QT_TRANSLATE_NOOP(
        "errors",
        "written by a newer newsdesk (schema {version}, this version reads up to {supported}); update newsdesk to open it",
    ),
    QT_TRANSLATE_NOOP("errors", "written by a newer newsdesk (unknown migration {name})"),
    QT_TRANSLATE_NOOP(
        "errors",
        "written by an older newsdesk; open it in the window or import into it once to upgrade it (a read command does not change it)",
    ),
)
