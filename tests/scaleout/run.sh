#!/usr/bin/env bash
# Runs the shared-state, retry and scale-out tests (xunit, Category=Service, in tests/SummitBot.Tests/State/):
# a real redis-server, two processes of the built bot and nginx round-robin, all on 127.0.0.1, started and stopped
# by the tests themselves. Installs redis-server and nginx from Debian's packages when missing.
# Usage: bash tests/scaleout/run.sh [extra dotnet test arguments]
set -euo pipefail
cd "$(dirname "$0")/../.."

missing=()
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
fi

# Bounded: every server and client in these tests has its own timeout; this is the outer limit.
timeout 900 dotnet test tests/SummitBot.Tests --filter "FullyQualifiedName~SummitBot.Tests.State" "$@"
