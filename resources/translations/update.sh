#!/bin/sh
# Refresh the Chinese catalogue from the GUI's source strings, then compile it.
# New strings arrive untranslated (tests/gui/test_i18n.py then fails, naming them): translate
# them in newsdesk_zh_CN.ts (Qt Linguist: .venv/bin/pyside6-linguist, or by hand) and run this
# again. Run from the repository root.
# The core's error templates reach lupdate through desktop/gui/error_templates.py, written here
# from the core (context "errors"; see desktop/gui/error_text.py).
set -e
BIN=.venv/bin
PYTHONPATH=. $BIN/python -m desktop.gui.error_text
$BIN/ruff format -q desktop/gui/error_templates.py
$BIN/pyside6-lupdate $(find desktop/gui -name '*.py' | sort) -source-language en \
  -target-language zh_CN -no-obsolete -ts resources/translations/newsdesk_zh_CN.ts
$BIN/pyside6-lrelease resources/translations/newsdesk_zh_CN.ts \
  -qm resources/translations/newsdesk_zh_CN.qm
