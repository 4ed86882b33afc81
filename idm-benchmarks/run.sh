#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Quick benchmark pass of idm-java: builds benchmarks.jar, runs every JMH benchmark with short
# iterations (one fork each), runs the numpy peer on the same synthetic villages, and prints one
# table of ratios from this single run. Takes about three minutes on 2 cores.
#
#   idm-benchmarks/run.sh                 # from the repository root (or anywhere)
#   MVN_ARGS=-o idm-benchmarks/run.sh     # build offline
#   JMH_ARGS='-wi 5 -i 10' idm-benchmarks/run.sh   # longer iterations
#
# Results: idm-benchmarks/target/run/jmh*.json (JMH), numpy-*.json (peer), table.txt (the table).
set -euo pipefail

cd "$(dirname "$0")/.."
OUT=idm-benchmarks/target/run
JAR=idm-benchmarks/target/benchmarks.jar
mkdir -p "$OUT"

echo "== building $JAR"
# shellcheck disable=SC2086
mvn -B -q ${MVN_ARGS:-} -pl idm-benchmarks -am package -DskipTests

echo "== JMH quick pass (1 fork, 2 warm-up and 3 measured iterations of 1 s per benchmark, every op timed)"
# Sample mode times every operation, so the table can use the median: on a shared machine the
# mean is dominated by the few operations that another process pre-empted.
# shellcheck disable=SC2086
# The JSON readers are left out here and run next with a longer warm-up.
READERS='ReaderBenchmark\.(rumusanRead|readTree|tokens|scoresOnly)$'
rm -f "$OUT"/jmh*.json
java -jar "$JAR" -bm sample -f 1 -wi 2 -i 3 -w 1s -r 1s ${JMH_ARGS:-} -rf json -rff "$OUT/jmh.json" \
    -e "$READERS" 'io.github.indeksdesa.idm.benchmarks.*'

echo "== JSON readers (8 warm-up iterations: on a loaded machine rumusanRead needs about 6 s to be compiled)"
# shellcheck disable=SC2086
java -jar "$JAR" -bm sample -f 1 -wi 8 -i 3 -w 1s -r 1s ${JMH_ARGS:-} -rf json -rff "$OUT/jmh-readers.json" \
    "$READERS"

echo "== numpy peer"
rm -f "$OUT"/numpy-*.json
if ! python3 -c 'import numpy' 2>/dev/null; then
    if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
        echo "numpy is missing: installing python3-numpy with apt-get"
        apt-get update -qq && apt-get install -y -qq python3-numpy >/dev/null || true
    fi
fi
if python3 -c 'import numpy' 2>/dev/null; then
    for villages in 75000 10000000; do
        data="$OUT/villages-$villages.bin"
        java -Xmx3g -cp "$JAR" io.github.indeksdesa.idm.benchmarks.SyntheticVillages "$villages" "$data" >/dev/null
        repeats=$(( villages > 1000000 ? 9 : 99 ))
        python3 idm-benchmarks/peers/numpy_peer.py "$data" "$villages" "$repeats" | tee "$OUT/numpy-$villages.json"
        rm -f "$data" "$data.counts"
    done
else
    echo "numpy peer skipped: python3 with numpy is not available and could not be installed" \
        "(apt-get needs root); install python3-numpy to include it"
fi

echo "== ratios from this run"
if ! command -v python3 >/dev/null 2>&1; then
    echo "no python3: the ratio table is not printed; the JMH results are in $OUT/jmh.json"
    exit 0
fi
{
    echo "date:    $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')," \
        "$(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo) RAM"
    echo "jdk:     $(java -version 2>&1 | sed -n 2p)"
    echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) at the end of the run"
    echo
    python3 idm-benchmarks/peers/ratios.py "$OUT"
} | tee "$OUT/table.txt"
