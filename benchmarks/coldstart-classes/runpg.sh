#!/usr/bin/env bash
# The PostgreSQL programs JdbcPg, HikariPg and RexPg, interleaved, medians of N runs (see README.md).
set -euo pipefail
cd "$(dirname "$0")"
runs=${1:-7}
cp="target/classes:$(cat target/cp.txt)"
url='jdbc:postgresql://127.0.0.1:5432/rex_cs?user=root'
declare -A times
for ((i = 0; i < runs + 1; i++)); do
  for m in JdbcPg HikariPg RexPg; do
    t0=$(date +%s%N); java -Dpg="$url" -cp "$cp" cs.$m >/dev/null 2>&1; t1=$(date +%s%N)
    if ((i > 0)); then times[$m]+="$(((t1 - t0) / 1000000)) "; fi
  done
done
for m in JdbcPg HikariPg RexPg; do
  med=$(tr ' ' '\n' <<<"${times[$m]}" | sed '/^$/d' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$m median_ms=$med runs=[${times[$m]}]"
done
