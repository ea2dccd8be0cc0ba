#!/usr/bin/env bash
# Import rate of hash lists, and the index built from them at start, on generated made-up hashes.
#
#   bench/known-import.sh [lines]        (default 1000000)
#
# Builds the jar if needed and, with a fresh data directory (embedded PostgreSQL): generates three files of random
# hashes (plain MD5 lines, our CSV of SHA-1 with classifications, PDQ lines with a quality), imports each with
# `known import` (which prints its own rate), imports the first again (which must change nothing), then starts the
# program once and prints what its log says of the index it built at start (entries, bytes, milliseconds).
# HOTLINE_JAR=path measures another build; BENCH_JAVA_OPTS passes JVM options.
set -euo pipefail
cd "$(dirname "$0")/.."
lines="${1:-1000000}"
jar="${HOTLINE_JAR:-application/target/hotline.jar}"
if [ ! -f "$jar" ]; then
  mvn -B -q -DskipTests package
fi
data="$(mktemp -d)"
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; [ -n "$pid" ] && wait "$pid" 2>/dev/null; rm -rf "$data"' EXIT
export HOTLINE_DATA_DIR="$data" HOTLINE_JURISDICTION="${HOTLINE_JURISDICTION:-BE}"
hotline() { java ${BENCH_JAVA_OPTS:-} -jar "$jar" "$@"; }

# Random bytes written as hexadecimal, one hash of $1 bytes a line.
hashes() { head -c $((lines * $1)) /dev/urandom | od -An -v -tx1 -w"$1" | tr -d ' '; }
hashes 16 > "$data/md5.txt"
{ echo "algorithm,hash,verdict,category,baseline,added"; hashes 20 | sed 's/^/sha1,/; s/$/,illegal,A,true,2024-01-31/'; } > "$data/sha1.csv"
hashes 32 | sed 's/$/,90/' > "$data/pdq.pdq"
ls -l "$data"/*.txt "$data"/*.csv "$data"/*.pdq

hotline known define bench --source own --jurisdiction "$HOTLINE_JURISDICTION"
for file in md5.txt sha1.csv pdq.pdq md5.txt; do
  echo "== known import $file"
  hotline known import "$data/$file" --list bench
done
hotline known lists

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 7172)"
HOTLINE_PORT="$port" hotline >"$data/program.log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do
  if grep -q "known content index built" "$data/program.log"; then break; fi
  sleep 0.5
done
grep "known content index built" "$data/program.log" || { echo "the index was not built; the log:"; cat "$data/program.log"; exit 1; }
