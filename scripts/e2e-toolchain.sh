#!/usr/bin/env bash
# Installs (or reuses) what the end-to-end tests need to run a real VS Code on this machine, then runs the
# command given as arguments with the toolchain described in environment variables:
#
#   bash scripts/e2e-toolchain.sh [command args...]
#
# Everything is cached OUTSIDE the repository, in ${UNDRAFT_E2E_CACHE:-$HOME/.cache/undraft-e2e}:
#   - Debian packages chromium, libkrb5-dev, pkg-config, libreoffice-writer-nogui (soffice: the Word
#     reader's test oracle, never used at run time) (apt-get; `apt-get update` only when one is missing);
#   - Node.js 24 from the npm package `node` (code-server 4.139.1 needs Node 24; the machine has Node 20);
#   - code-server 4.139.1, installed with --ignore-scripts and its post-install run by hand under Node 24
#     (a plain `npm install code-server` fails here: see ../shared/e2e/README.md);
#   - playwright-core 1.65.1 (it never downloads a browser; the tests use /usr/bin/chromium).
# Each part is reused when its completion marker is present, and reinstalled from scratch otherwise.
# Network used: the npm registry and the Debian mirrors only.
#
# Exported to the command:
#   UNDRAFT_E2E_CACHE, UNDRAFT_E2E_NODE (Node 24 binary), UNDRAFT_E2E_CODE_SERVER (code-server's entry.js),
#   UNDRAFT_E2E_PLAYWRIGHT (playwright-core package folder), UNDRAFT_E2E_CHROMIUM (browser binary).
set -euo pipefail

CACHE="${UNDRAFT_E2E_CACHE:-${HOME:-/root}/.cache/undraft-e2e}"
NODE_VERSION="${UNDRAFT_E2E_NODE_VERSION:-24.21.0}"
CODE_SERVER_VERSION="4.139.1"
PLAYWRIGHT_VERSION="1.65.1"
CHROMIUM="${UNDRAFT_E2E_CHROMIUM:-/usr/bin/chromium}"
APT_PACKAGES=(chromium libkrb5-dev pkg-config libreoffice-writer-nogui)

log() { printf '[e2e-toolchain] %s\n' "$*" >&2; }
die() { printf '[e2e-toolchain] ERROR: %s\n' "$*" >&2; exit 1; }

case "$CACHE" in
  /*) ;;
  *) die "UNDRAFT_E2E_CACHE must be an absolute path (got '$CACHE')" ;;
esac
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
case "$CACHE/" in
  "$REPO_ROOT"/*) die "the e2e cache ($CACHE) must be outside the repository ($REPO_ROOT)" ;;
esac

mkdir -p "$CACHE"
# One installer at a time per cache folder.
exec 9>"$CACHE/.lock"
if command -v flock >/dev/null 2>&1; then
  flock 9
fi

NPM_QUIET=(--no-audit --no-fund --loglevel=error --prefer-offline)

# --- 1. Debian packages -----------------------------------------------------------------------------------
apt_missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  if [ "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)" != "install ok installed" ]; then
    apt_missing+=("$pkg")
  fi
done
if [ ! -x "$CHROMIUM" ] && [ "${#apt_missing[@]}" -eq 0 ]; then
  die "$CHROMIUM is missing although the Debian package chromium is installed"
fi
if [ "${#apt_missing[@]}" -gt 0 ]; then
  SUDO=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || die "Debian packages missing (${apt_missing[*]}) and not root: install them with apt-get"
    SUDO=(sudo)
  fi
  log "installing Debian packages: ${apt_missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -q >&2
  "${SUDO[@]}" apt-get install -y -q -o Dpkg::Use-Pty=0 "${apt_missing[@]}" >&2
  [ -x "$CHROMIUM" ] || die "chromium was installed but $CHROMIUM does not exist"
else
  log "Debian packages present: ${APT_PACKAGES[*]}"
fi

# --- 2. Node.js 24 from the npm registry --------------------------------------------------------------------
NODE_DIR="$CACHE/node-$NODE_VERSION"
NODE_BIN="$NODE_DIR/node_modules/.bin/node"
if [ -f "$NODE_DIR/.installed" ] && [ -x "$NODE_BIN" ] && [ "$("$NODE_BIN" --version 2>/dev/null)" = "v$NODE_VERSION" ]; then
  log "reusing Node $("$NODE_BIN" --version) from $NODE_DIR"
else
  log "installing node@$NODE_VERSION from npm into $NODE_DIR"
  rm -rf "$NODE_DIR"
  mkdir -p "$NODE_DIR"
  (cd "$NODE_DIR" && npm install --prefix "$NODE_DIR" "${NPM_QUIET[@]}" "node@$NODE_VERSION" >&2)
  [ "$("$NODE_BIN" --version)" = "v$NODE_VERSION" ] || die "node@$NODE_VERSION did not give a working $NODE_BIN"
  touch "$NODE_DIR/.installed"
fi
NODE_BIN_DIR="$(dirname "$(readlink -f "$NODE_BIN")")"

# --- 3. code-server ---------------------------------------------------------------------------------------
CS_DIR="$CACHE/code-server-$CODE_SERVER_VERSION-node-$NODE_VERSION"
CS_PKG="$CS_DIR/node_modules/code-server"
CS_ENTRY="$CS_PKG/out/node/entry.js"
if [ -f "$CS_DIR/.installed" ] && [ -f "$CS_ENTRY" ]; then
  log "reusing code-server $CODE_SERVER_VERSION from $CS_DIR"
else
  log "installing code-server@$CODE_SERVER_VERSION into $CS_DIR (a few minutes)"
  rm -rf "$CS_DIR"
  mkdir -p "$CS_DIR"
  (
    export PATH="$NODE_BIN_DIR:$PATH"
    cd "$CS_DIR"
    npm install --prefix "$CS_DIR" "${NPM_QUIET[@]}" --ignore-scripts "code-server@$CODE_SERVER_VERSION" >&2
    cd "$CS_PKG"
    npm_config_user_agent="npm/11 node/v$NODE_VERSION linux x64" sh postinstall.sh >&2
  )
  [ -f "$CS_ENTRY" ] || die "code-server was installed but $CS_ENTRY is missing"
  touch "$CS_DIR/.installed"
fi

# --- 4. playwright-core -----------------------------------------------------------------------------------
PW_DIR="$CACHE/playwright-core-$PLAYWRIGHT_VERSION"
PW_PKG="$PW_DIR/node_modules/playwright-core"
if [ -f "$PW_DIR/.installed" ] && [ -f "$PW_PKG/package.json" ]; then
  log "reusing playwright-core $PLAYWRIGHT_VERSION from $PW_DIR"
else
  log "installing playwright-core@$PLAYWRIGHT_VERSION into $PW_DIR"
  rm -rf "$PW_DIR"
  mkdir -p "$PW_DIR"
  (cd "$PW_DIR" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --prefix "$PW_DIR" "${NPM_QUIET[@]}" "playwright-core@$PLAYWRIGHT_VERSION" >&2)
  [ -f "$PW_PKG/package.json" ] || die "playwright-core was installed but $PW_PKG is missing"
  touch "$PW_DIR/.installed"
fi

exec 9>&-

export UNDRAFT_E2E_CACHE="$CACHE"
export UNDRAFT_E2E_NODE="$NODE_BIN"
export UNDRAFT_E2E_CODE_SERVER="$CS_ENTRY"
export UNDRAFT_E2E_PLAYWRIGHT="$PW_PKG"
export UNDRAFT_E2E_CHROMIUM="$CHROMIUM"
# Never let Playwright fetch a browser.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
log "toolchain ready in $CACHE"

if [ "$#" -gt 0 ]; then
  exec "$@"
fi
