#!/bin/bash
# The container's HEALTHCHECK: healthy when GET /actuator/health answers 200 (Actuator answers 503
# when the service or its MongoDB is down). bash's /dev/tcp speaks HTTP, so the image needs neither
# curl nor wget, and no JVM starts for a check.
set -euo pipefail
port="${SERVER_PORT:-8080}"
exec 3<>"/dev/tcp/127.0.0.1/${port}"
printf 'GET /actuator/health HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
IFS= read -r -t 4 status <&3
exec 3<&-
[[ "$status" == HTTP/1.[01]\ 200* ]]
