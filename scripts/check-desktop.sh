#!/usr/bin/env bash
# Qt aborts with a cryptic message when a Linux desktop lacks its X11 libraries
# ("xcb-cursor0 ... is needed"): check first and say what to install.
set -u
[ "$(uname -s)" = "Linux" ] || exit 0
case "${QT_QPA_PLATFORM:-}" in offscreen|minimal|wayland*) exit 0 ;; esac
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "Guichet needs a screen: no DISPLAY is set." >&2
  echo "  On a machine without a screen: apt-get install xvfb, then: xvfb-run -a make run" >&2
  exit 1
fi
missing=()
for lib in libxcb-cursor.so.0:libxcb-cursor0 libxcb-icccm.so.4:libxcb-icccm4 \
           libxcb-keysyms.so.1:libxcb-keysyms1 libxkbcommon-x11.so.0:libxkbcommon-x11-0 \
           libEGL.so.1:libegl1 libfontconfig.so.1:libfontconfig1; do
  so=${lib%%:*}; pkg=${lib##*:}
  ldconfig -p 2>/dev/null | grep -q "$so" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Qt needs these Debian packages to open a window: ${missing[*]}" >&2
  echo "  sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
