#!/bin/sh
# Refresh the Chinese catalogue from the GUI's source strings, then compile it.
# New strings arrive untranslated (tests/gui/test_i18n.py then fails, naming them): translate
# them in newsdesk_zh_CN.ts (Qt Linguist: .venv/bin/pyside6-linguist, or by hand) and run this
# again. Run from the repository root.
set -e
BIN=.venv/bin
$BIN/pyside6-lupdate $(find desktop/gui -name '*.py' | sort) -source-language en \
  -target-language zh_CN -no-obsolete -ts resources/translations/newsdesk_zh_CN.ts
$BIN/pyside6-lrelease resources/translations/newsdesk_zh_CN.ts \
  -qm resources/translations/newsdesk_zh_CN.qm
