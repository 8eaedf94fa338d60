#!/bin/sh
# Runs a window test on the current display, or under a private Xvfb and
# session bus when there is none.
set -eu
export GSK_RENDERER="${GSK_RENDERER:-cairo}"
export GDK_BACKEND=x11
if [ -n "${DISPLAY:-}" ] && [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  exec "$@"
fi
if [ -n "${DISPLAY:-}" ]; then
  exec dbus-run-session -- "$@"
fi
exec xvfb-run -a -s '-screen 0 1600x1000x24 -nolisten tcp' dbus-run-session -- "$@"
