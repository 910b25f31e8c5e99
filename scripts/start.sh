#!/usr/bin/env bash
# README command 1: install, build and start everything on a fresh machine (Debian, Node 20).
# Embedded PostgreSQL in ./data, migrations, demo data when the database is empty.
set -euo pipefail
cd "$(dirname "$0")/.."
PNPM_VERSION=12.4.2

if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm -v 2>/dev/null)" != "$PNPM_VERSION" ]; then
  echo "[协救] 安装 pnpm@$PNPM_VERSION / installing pnpm"
  if ! npm install -g "pnpm@$PNPM_VERSION" >/dev/null 2>&1; then
    npm install -g --prefix "$HOME/.local" "pnpm@$PNPM_VERSION"
    export PATH="$HOME/.local/bin:$PATH"
    echo "[协救] pnpm 已安装到 ~/.local/bin，请把它加入 PATH / add ~/.local/bin to PATH"
  fi
fi

pnpm install --frozen-lockfile
pnpm build
exec pnpm start
