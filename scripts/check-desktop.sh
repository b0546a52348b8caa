#!/usr/bin/env bash
# Qt aborts with a cryptic message when a Linux desktop lacks its X11 libraries
# ("xcb-cursor0 ... is needed"): check first, with ldd on Qt's own X11 plugin,
# and say the one command that installs what is missing.
# scripts/desktop-packages.txt: what a fresh Debian 12 lacks (found with ldd).
set -u
[ "$(uname -s)" = "Linux" ] || exit 0
case "${QT_QPA_PLATFORM:-}" in offscreen|minimal|wayland*) exit 0 ;; esac
here=$(cd "$(dirname "$0")/.." && pwd)
packages=$(cat "$here/scripts/desktop-packages.txt")
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "Guichet needs a screen: no DISPLAY is set." >&2
  echo "  On a machine without a screen, in one step:" >&2
  echo "  sudo apt-get install --no-install-recommends xvfb xauth $packages && xvfb-run -a make run" >&2
  exit 1
fi
qt=$("$here/.venv/bin/python" -c 'import PySide6, pathlib; print(pathlib.Path(PySide6.__file__).parent / "Qt")' 2>/dev/null)
missing=$(for so in "$qt/plugins/platforms/libqxcb.so" "$qt"/plugins/printsupport/*.so \
                   "$qt"/lib/libQt6XcbQpa.so.* "$qt"/lib/libQt6Gui.so.* "$qt"/lib/libQt6Widgets.so.*; do
  [ -e "$so" ] && ldd "$so" 2>/dev/null | awk '/not found/ {print $1}'
done | sort -u | tr '\n' ' ')
if [ -n "$missing" ]; then
  echo "Qt cannot open a window: these libraries are missing: $missing" >&2
  echo "  Install them (Debian, Ubuntu) with:" >&2
  echo "  sudo apt-get install --no-install-recommends $packages" >&2
  exit 1
fi
