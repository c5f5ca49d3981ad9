#!/usr/bin/env bash
# Installs the command-line tools the unit tests call, when missing: pdftotext (Debian's poppler-utils), which
# reads the handover sheet's PDF back. Idempotent and quiet when everything is there; never asks a question.
# When it cannot install (no root, no sudo, no network) it says so and exits 0: the tests that need the tool
# then fail with a message naming it.
set -u

need=()
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
[ ${#need[@]} -eq 0 ] && exit 0

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@";
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo -n "$@";
  else return 1; fi
}
apt_install() {
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >/dev/null 2>&1 && return 0
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null 2>&1 &&
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >/dev/null 2>&1
}

if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup-tools: ${need[*]} missing and there is no apt-get here; install pdftotext (poppler) by hand" >&2
  exit 0
fi
echo "setup-tools: apt-get install ${need[*]}" >&2
if ! apt_install "${need[@]}"; then
  echo "setup-tools: could not install ${need[*]} (needs root or password-less sudo); the handover tests will fail until pdftotext is installed" >&2
fi
exit 0
