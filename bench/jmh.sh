#!/usr/bin/env bash
# Builds the JMH benchmarks (the `bench` profile adds the benchmarks module to the build) and runs them.
#
#   bench/jmh.sh [JMH arguments...]     e.g. bench/jmh.sh Pdq -f 1 -wi 3 -i 5
#
# Benchmarks run on demand, never in CI. Pass `-h` for JMH's own options.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -Pbench -pl benchmarks -am -DskipTests package
exec java ${BENCH_JAVA_OPTS:-} -jar benchmarks/target/benchmarks.jar "$@"
