#!/usr/bin/env bash
# Validates deploy/compose.yaml, deploy/k8s, deploy/Dockerfile, the Prometheus config and the
# Grafana files against their published schemas, with no Docker engine and no cluster (see
# deploy/validate/validate.mjs). Installs its npm packages (pinned in deploy/validate/package-lock.json)
# into deploy/validate/node_modules (git-ignored) when they are missing; after that it runs offline.
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

node validate/validate.mjs .
