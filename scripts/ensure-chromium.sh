#!/usr/bin/env bash
# Makes sure the browser the e2e tests drive is present: Debian's chromium at /usr/bin/chromium
# (Playwright's own browser download cannot reach the internet here) and a CJK font so Chinese
# text renders in screenshots instead of boxes. Installs with apt-get when missing.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
export DEBIAN_FRONTEND=noninteractive

log() { echo "[ensure-chromium] $*" >&2; }
die() { echo "[ensure-chromium] ERROR: $*" >&2; exit 1; }

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO=(sudo -n)
  else
    SUDO=(__no_root__)
  fi
fi

apt_install() {
  # $@ = packages. Try without `apt-get update` first (fast, offline-friendly); update only if that fails.
  if [ "${SUDO[0]:-}" = "__no_root__" ]; then
    die "need to install: $* — not root and passwordless sudo is unavailable. Run as root: apt-get install -y $*"
  fi
  command -v apt-get >/dev/null 2>&1 || die "apt-get not found; install $* with your system's package manager"
  log "installing $* with apt-get"
  if "${SUDO[@]}" apt-get install -y --no-install-recommends "$@"; then
    return 0
  fi
  log "install failed; running apt-get update and retrying"
  "${SUDO[@]}" apt-get update || die "apt-get update failed (is the Debian mirror reachable?)"
  "${SUDO[@]}" apt-get install -y --no-install-recommends "$@" || die "apt-get install $* failed"
}

need=()
if [ ! -x "$CHROMIUM" ]; then
  need+=(chromium)
fi
if ! command -v fc-list >/dev/null 2>&1 || [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then
  need+=(fonts-noto-cjk)
fi

if [ ${#need[@]} -gt 0 ]; then
  apt_install "${need[@]}"
fi

[ -x "$CHROMIUM" ] || die "$CHROMIUM is still missing after installing chromium"
if command -v fc-list >/dev/null 2>&1 && [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then
  die "no Chinese font found (fc-list :lang=zh is empty) after installing fonts-noto-cjk"
fi

log "ok: $("$CHROMIUM" --version 2>/dev/null | head -n1 || echo "$CHROMIUM")"
