#!/usr/bin/env bash
# Prepares a machine to build the report: Debian packages (canvas build libraries, Chromium's headless shell for
# the PDF, poppler-utils for the tests), the npm dependencies, then the build.
# Idempotent and quick when everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(build-essential pkg-config libcairo2-dev libpango1.0-dev libjpeg-dev libgif-dev librsvg2-dev chromium-headless-shell poppler-utils)

missing=()
for package in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done

if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Paquets système manquants : ${missing[*]}" >&2
    echo "Installez-les (droits administrateur requis), puis relancez ce script :" >&2
    echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
  echo "Installation des paquets système : ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm ci only when the lockfile changed since the last install (it rebuilds canvas from source).
stamp=node_modules/.setup-lock-hash
hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$hash" ]; then
  echo "Installation des dépendances npm…"
  # No network to fetch Node's headers: build canvas against the ones installed with Node.
  if [ -z "${npm_config_nodedir:-}" ] && [ -f /usr/include/node/common.gypi ] && ! grep -qs '^nodedir' ~/.npmrc; then
    export npm_config_nodedir=/usr
  fi
  PUPPETEER_SKIP_DOWNLOAD=true npm ci --no-audit --no-fund
  echo "$hash" > "$stamp"
fi

npm run --silent build
echo "Prêt."
