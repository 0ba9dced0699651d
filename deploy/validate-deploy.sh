#!/usr/bin/env bash
# Validates deploy/compose.yaml, deploy/k8s, deploy/Dockerfile, the Prometheus config and the
# Grafana files against their published schemas, with no Docker engine and no cluster (see
# deploy/validate/validate.mjs), and compose.yaml once more with Compose's own parser (Debian's
# docker-compose 1.29.2: `config` reads, interpolates and checks the file without an engine).
# Installs what is missing: docker-compose with apt, Prometheus's promtool unpacked from Debian's
# prometheus package into deploy/validate/.tools (no service installed), the npm packages (pinned in
# deploy/validate/package-lock.json) into deploy/validate/node_modules; both folders are
# git-ignored. After that it runs offline.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v npm >/dev/null; then
  apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null
fi

# node_modules/.installed-lock is a copy of the lock it was installed from: a changed lock reinstalls.
if ! cmp -s validate/package-lock.json validate/node_modules/.installed-lock 2>/dev/null; then
  for attempt in 1 2 3; do
    if npm ci --prefix validate --no-audit --no-fund --silent; then
      cp validate/package-lock.json validate/node_modules/.installed-lock
      break
    fi
    if [ "$attempt" = 3 ]; then
      echo "npm could not install deploy/validate's packages" >&2
      exit 1
    fi
    sleep 10
  done
fi

if ! command -v docker-compose >/dev/null; then
  apt-get update -qq && apt-get install -y -qq --no-install-recommends docker-compose >/dev/null
fi

promtool=validate/.tools/usr/bin/promtool
if ! [ -x "$promtool" ]; then
  download=$(mktemp -d)
  (cd "$download" && { apt-get download prometheus >/dev/null 2>&1 \
    || { apt-get update -qq && apt-get download prometheus >/dev/null; }; })
  dpkg -x "$download"/prometheus_*.deb validate/.tools
  rm -rf "$download"
fi

# .env.example's placeholders stand in for deploy/.env.
docker-compose --env-file .env.example -f compose.yaml config -q
echo "ok      compose.yaml (docker-compose $(docker-compose version --short) config)"
PROMTOOL="$PWD/$promtool" node validate/validate.mjs .
