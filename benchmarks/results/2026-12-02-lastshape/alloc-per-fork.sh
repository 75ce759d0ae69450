#!/bin/bash
# usage: alloc-per-fork.sh <benchmarks.jar> <forks> <benchmark regex>: the bytes per operation (-prof gc) of each JMH fork
java -jar $1 "$3" -f $2 -wi 4 -w 1s -i 2 -r 1s -prof gc 2>&1 | awk '/# Fork/{f=$3} /gc.alloc.rate.norm:/ && !/Warmup/{a[f]=$2} END{for (k in a) printf "%s ", int(a[k]); print ""}'
