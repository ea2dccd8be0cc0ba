#!/usr/bin/env bash
# Throughput of referrals through the network exchange's hub, end to end over HTTP on loopback.
#
#   bench/exchange.sh [referrals] [batch] [sending threads]
#
# Builds the jar if needed, starts the hub (HOTLINE_ROLE=hub) on a free port with a fresh embedded database, enrols
# two members (BE and GB), runs bench/ExchangeBenchmark.java (BE sends referrals in batches as a hotline's outbox does,
# GB fetches and acknowledges them as a hotline's link does; the clock runs from the first send to the last
# acknowledgement, after a warm-up), and stops the hub. The figure is referrals per second.
set -euo pipefail
cd "$(dirname "$0")/.."
referrals="${1:-20000}"
batch="${2:-500}"
senders="${3:-2}"

jar="${HOTLINE_JAR:-application/target/hotline.jar}"
if [ ! -f "$jar" ]; then
  mvn -B -q -DskipTests package
fi

data="$(mktemp -d)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 7181)"
admin="$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')"
log="$data/hub.log"
HOTLINE_ROLE=hub HOTLINE_PORT="$port" HOTLINE_DATA_DIR="$data" HOTLINE_HUB_ADMIN_TOKEN="$admin" HOTLINE_MAX_BODY_BYTES=4194304 \
  java ${BENCH_JAVA_OPTS:-} -jar "$jar" >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$data"' EXIT

for _ in $(seq 1 120); do
  if curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1; then break; fi
  sleep 0.5
done
curl -fs "http://127.0.0.1:$port/health" >/dev/null || { echo "the hub did not start; its log:"; cat "$log"; exit 1; }

enrol() {
  curl -fs -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
    -d "{\"name\":\"$1\",\"countries\":[\"$2\"]}" "http://127.0.0.1:$port/exchange/v1/members" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])'
}
sender="$(enrol 'Sender' BE)"
receiver="$(enrol 'Receiver' GB)"

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java bench/ExchangeBenchmark.java "http://127.0.0.1:$port" "$sender" "$receiver" "$referrals" "$batch" "$senders"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
