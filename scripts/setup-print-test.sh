#!/usr/bin/env bash
# Test set-up for printing (called by `make test`): a real CUPS spooler with a
# cups-pdf queue named GuichetPDF, installed and started when missing.
# Where that is impossible (not root, no apt-get) it says why and the printing
# tests skip with that reason; under CI they fail instead.
set -u
QUEUE=GuichetPDF
say() { echo "setup-print-test: $*" >&2; }

if ! command -v cupsd >/dev/null 2>&1 || [ ! -e /usr/lib/cups/backend/cups-pdf ]; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    say "CUPS/cups-pdf missing and cannot be installed here (needs root and apt-get)"
    exit 0
  fi
  say "installing cups, printer-driver-cups-pdf, poppler-utils"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && \
    apt-get install -y -qq cups printer-driver-cups-pdf poppler-utils >/dev/null || {
      say "apt-get install failed"; exit 0; }
fi

if ! lpstat -r 2>/dev/null | grep -q "is running"; then
  if [ "$(id -u)" != 0 ]; then say "cupsd is not running and I am not root"; exit 0; fi
  cupsd || { say "cupsd did not start"; exit 0; }
  for _ in $(seq 1 50); do lpstat -r 2>/dev/null | grep -q "is running" && break; sleep 0.2; done
fi

if ! lpstat -p "$QUEUE" >/dev/null 2>&1; then
  lpadmin -p "$QUEUE" -E -v cups-pdf:/ -m lsb/usr/cups-pdf/CUPS-PDF_opt.ppd 2>/dev/null || {
    say "lpadmin could not add the $QUEUE queue"; exit 0; }
fi
cupsenable "$QUEUE" 2>/dev/null
cupsaccept "$QUEUE" 2>/dev/null
say "queue $QUEUE ready"
exit 0
