#!/usr/bin/env bash
# Refresh the French catalogue from the sources, then build the .qm Qt loads.
# Translate new entries in resources/translations/guichet_fr.ts (Qt Linguist:
# `.venv/bin/pyside6-linguist`), then run this again.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
"$bin/pyside6-lupdate" $(find ui -name "*.py" | sort) app/messages.py app/cli.py -ts resources/translations/guichet_fr.ts -no-obsolete -locations none
"$bin/pyside6-lrelease" resources/translations/guichet_fr.ts -qm resources/translations/guichet_fr.qm
"$bin/pyside6-lrelease" resources/translations/qt_supplement_fr.ts -qm resources/translations/qt_supplement_fr.qm
