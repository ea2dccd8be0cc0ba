#!/usr/bin/env bash
# Starts the network exchange on this machine: a hub and two hotlines (Belgium and the United Kingdom), each with its
# own embedded database under ./data/demo-exchange, on loopback ports 7080 (hub), 7071 (BE) and 7072 (UK). Prints
# their addresses and set-up links, and stops all three on Ctrl-C. Run it again to continue where you left off.
#
#   scripts/demo-exchange.sh
#
# Walkthrough: docs/exchange.md#try-it. HOTLINE_JAR=path runs another build.
set -euo pipefail
cd "$(dirname "$0")/.."

jar="${HOTLINE_JAR:-application/target/hotline.jar}"
if [ ! -f "$jar" ]; then
  echo "Building $jar (once)..."
  mvn -B -q -DskipTests package
fi

root="data/demo-exchange"
mkdir -p "$root/hub" "$root/be" "$root/uk"
chmod 700 "$root"
secrets="$root/secrets.env"
hub_port=7080
be_port=7071
uk_port=7072
hub="http://127.0.0.1:$hub_port"
pids=()

stop() {
  echo
  echo "Stopping..."
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  echo "Stopped. The data stays in $root; remove it to start afresh."
}
trap stop EXIT
trap 'exit 130' INT TERM

wait_for() { # url log
  for _ in $(seq 1 240); do
    if curl -fs "$1" >/dev/null 2>&1; then return 0; fi
    sleep 0.5
  done
  echo "It did not start; the end of its log ($2):"
  tail -20 "$2"
  exit 1
}

if [ ! -f "$secrets" ]; then
  umask 077
  echo "HUB_ADMIN_TOKEN=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')" > "$secrets"
fi
# shellcheck disable=SC1090
source "$secrets"

HOTLINE_ROLE=hub HOTLINE_PORT=$hub_port HOTLINE_DATA_DIR="$root/hub" HOTLINE_HUB_ADMIN_TOKEN="$HUB_ADMIN_TOKEN" \
  java -jar "$jar" >"$root/hub.log" 2>&1 &
pids+=($!)
wait_for "$hub/health" "$root/hub.log"

enrol() { # name country -> token
  curl -fs -H "Authorization: Bearer $HUB_ADMIN_TOKEN" -H 'Content-Type: application/json' \
    -d "{\"name\":\"$1\",\"countries\":[\"$2\"]}" "$hub/exchange/v1/members" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])'
}
if [ -z "${BE_TOKEN:-}" ]; then
  BE_TOKEN="$(enrol 'Child Focus (demo)' BE)"
  UK_TOKEN="$(enrol 'IWF (demo)' GB)"
  printf 'BE_TOKEN=%s\nUK_TOKEN=%s\n' "$BE_TOKEN" "$UK_TOKEN" >> "$secrets"
fi

start_hotline() { # name country port token
  HOTLINE_JURISDICTION=$2 HOTLINE_PORT=$3 HOTLINE_DATA_DIR="$root/$1" HOTLINE_EXCHANGE_URL="$hub" \
    HOTLINE_EXCHANGE_TOKEN="$4" HOTLINE_CAPTURE_WORKERS=0 \
    java -jar "$jar" >"$root/$1.log" 2>&1 &
  pids+=($!)
}
start_hotline be BE $be_port "$BE_TOKEN"
start_hotline uk GB $uk_port "$UK_TOKEN"
wait_for "http://127.0.0.1:$be_port/health/ready" "$root/be.log"
wait_for "http://127.0.0.1:$uk_port/health/ready" "$root/uk.log"

setup_link() { grep -o 'http://[^ ]*/setup?token=[A-Za-z0-9_-]*' "$root/$1.log" | tail -1 || true; }
echo
echo "The network exchange is running (logs in $root/*.log):"
echo "  hub                $hub/exchange/v1/openapi.json (members: GET $hub/exchange/v1/members with HUB_ADMIN_TOKEN from $secrets)"
echo "  Belgium (BE)       http://localhost:$be_port/report   set-up: $(setup_link be | sed 's/^$/done before/')"
echo "  United Kingdom     http://localhost:$uk_port/report   set-up: $(setup_link uk | sed 's/^$/done before/')"
echo
echo "Walkthrough: docs/exchange.md#try-it. Ctrl-C stops all three."
wait "${pids[@]}"
