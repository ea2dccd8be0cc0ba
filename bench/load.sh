#!/usr/bin/env bash
# Load benchmark of report intake against the real program on loopback, with its embedded PostgreSQL.
#
#   bench/load.sh [seconds per scenario] [concurrent clients]
#
# Builds the jar if needed, starts it on a free port with a fresh data directory and the public rate limit off
# (the limit would otherwise refuse a benchmark from one address, as it should) and capture off (its workers would
# otherwise fetch every reported example.org address over the network while intake is measured), runs bench/LoadBenchmark.java,
# and stops the program. The figures to compare are the intake scenarios' rates as a share of the empty handler's.
#
# HOTLINE_JAR=path measures another build (an older one, for comparison); BENCH_JAVA_OPTS passes JVM options.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-15}"
clients="${2:-32}"

jar="${HOTLINE_JAR:-application/target/hotline.jar}"
if [ ! -f "$jar" ]; then
  mvn -B -q -DskipTests package
fi

data="$(mktemp -d)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 7171)"
log="$data/program.log"
HOTLINE_PORT="$port" HOTLINE_DATA_DIR="$data" HOTLINE_RATE_LIMIT_PER_MINUTE=0 HOTLINE_CAPTURE_WORKERS=0 HOTLINE_JURISDICTION="${HOTLINE_JURISDICTION:-BE}" \
  java ${BENCH_JAVA_OPTS:-} -jar "$jar" >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$data"' EXIT

for _ in $(seq 1 120); do
  if curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; then break; fi
  sleep 0.5
done
curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null || { echo "the program did not start; its log:"; cat "$log"; exit 1; }

java bench/LoadBenchmark.java "http://127.0.0.1:$port" "$seconds" "$clients"
