#!/bin/sh
# rex-realtime under load on Chinook/PostgreSQL (a benchmark, not a test: CI does not run it).
#   1. throughput and latency to in-process subscribers (RealtimeLoad), at a low and a high rate;
#   2. 10,000 WebSocket subscribers in a second JVM (RealtimeSocketLoad serve / load), each on one
#      track, then 10,000 that all receive every change.
# Usage: benchmarks/realtime/run.sh   (SKIP_BUILD=1 to use benchmarks/target/benchmarks.jar as is)
# Needs: PostgreSQL on 127.0.0.1:5432 (user root, trust), psql, JDK 17+; 20,000 open files.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DB=rex_realtime_bench
URL="jdbc:postgresql://127.0.0.1:5432/$DB?user=root"
JAR="$ROOT/benchmarks/target/benchmarks.jar"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  (cd "$ROOT" && mvn -B -q ${MAVEN_ARGS:-} install -DskipTests -pl benchmarks -am)
fi
psql -h 127.0.0.1 -U root -d postgres -qc "drop database if exists $DB" -c "create database $DB"
psql -h 127.0.0.1 -U root -d "$DB" -q -f "$ROOT/db/src/main/resources/db/migration/postgres/V1__chinook.sql" >/dev/null

echo "== machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(date -u +%F)"
echo "== in-process subscribers: 200 changes/s (1 per transaction), then as fast as 4 writers go (20 per transaction)"
java -cp "$JAR" dev.rex.bench.realtime.RealtimeLoad "$URL" 20 200 2 4 1 2>&1 | grep -v '^\['
java -cp "$JAR" dev.rex.bench.realtime.RealtimeLoad "$URL" 20 12000 4 4 20 2>&1 | grep -v '^\['

socket_run() {
  java -Xmx1g -cp "$JAR" dev.rex.bench.realtime.RealtimeSocketLoad serve "$URL" 5301 > /tmp/rex-realtime-serve.log 2>&1 &
  server=$!
  until grep -q listening /tmp/rex-realtime-serve.log; do sleep 0.5; done
  java -Xmx1g -cp "$JAR" dev.rex.bench.realtime.RealtimeSocketLoad load "$URL" 5301 "$@" 2>&1 | grep -v '^\['
  echo "server process: $(ps -o cputime= -p $server) CPU"
  kill $server; wait $server 2>/dev/null || true
  grep '^server:' /tmp/rex-realtime-serve.log
}
echo "== 10,000 WebSocket subscribers, one track each, 500 changes/s for 30 s"
socket_run 10000 30 500 filtered
echo "== 10,000 WebSocket subscribers, every change to each, 5 changes/s for 20 s"
socket_run 10000 20 5 all
