#!/usr/bin/env bash
# Startup benchmark: wall time from `java -jar` to the "Started SunlightApplication" log line on the
# embedded H2 database, first with a fresh ./data (schema created by Flyway) and then restarting on
# the data the first start left. Prints every run, the medians and the line for docs/benchmarks.md.
#
#   src/bench/startup.sh              # build the jar, 5 rounds
#   RUNS=3 NO_BUILD=1 src/bench/startup.sh
#   JAVA_OPTS='-XX:TieredStopAtLevel=1' src/bench/startup.sh
#   QUIET=1.5 src/bench/startup.sh    # before each start, wait (up to 10 min) for the 1-minute load
#                                     # average to drop below 1.5: other builds distort wall time
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

RUNS=${RUNS:-5}
JAVA_OPTS=${JAVA_OPTS:-}
QUIET=${QUIET:-}

wait_quiet() {
    [[ -n $QUIET ]] || return 0
    local i
    for i in $(seq 1 600); do
        awk -v q="$QUIET" '{ exit !($1 < q) }' /proc/loadavg && return 0
        sleep 1
    done
    echo "warning: the load average stayed above $QUIET; measuring anyway" >&2
}

if [[ -z ${NO_BUILD:-} ]]; then
    echo "building the jar (tests are not this script's business; ./mvnw verify runs them)"
    ./mvnw -q -B -DskipTests package
fi
JAR=$(ls target/sunlight-*.jar 2>/dev/null | grep -v -e '-sources' -e '-javadoc' | head -1 || true)
[[ -n $JAR ]] || { echo "no target/sunlight-*.jar; run without NO_BUILD" >&2; exit 1; }
WORK=$(mktemp -d /tmp/sunlight-startup.XXXXXX)
# Run a copy, so a build in this directory during the benchmark cannot swap the jar underneath.
SOURCE_JAR=$JAR
cp "$SOURCE_JAR" "$WORK/sunlight.jar"
JAR="$WORK/sunlight.jar"
APP_PID=""
# Never leave an application running behind (e.g. after Ctrl-C).
trap '[[ -n ${APP_PID:-} ]] && kill -9 "$APP_PID" 2>/dev/null; rm -rf "$WORK"' EXIT

# CPU seconds (user + system, all threads) a process has used so far. Less sensitive than wall time
# to other work on the machine, so it tells whether a slow run was the app or a busy machine.
cpu_seconds() {
    awk -v tck="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.2f", ($12 + $13) / tck }' "/proc/$1/stat"
}

# measure DIR LOG: starts the jar in DIR (its ./data), prints "WALL_S SPRING_S CPU_S" once started, stops it.
measure() {
    local dir=$1 log=$2 t0 t1 line spring="" cpu=""
    wait_quiet
    t0=$(date +%s%N)
    # shellcheck disable=SC2086
    coproc APP { cd "$dir" && exec java $JAVA_OPTS -jar "$JAR" --server.port=0 2>&1; }
    local pid=$APP_PID
    t1=""
    while IFS= read -r line <&"${APP[0]}"; do
        printf '%s\n' "$line" >> "$log"
        if [[ $line == *"Started SunlightApplication in "* ]]; then
            t1=$(date +%s%N)
            cpu=$(cpu_seconds "$pid")
            spring=$(sed -E 's/.*Started SunlightApplication in ([0-9.]+) seconds.*/\1/' <<<"$line")
            break
        fi
    done
    kill "$pid" 2>/dev/null || true
    # Drain what it prints while shutting down so it never blocks on a full pipe, and wait for
    # it to close the H2 file before the next start.
    cat <&"${APP[0]}" >> "$log" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    APP_PID=""
    [[ -n $t1 ]] || { echo "the application did not start; log: $log" >&2; tail -40 "$log" >&2; exit 1; }
    awk -v a="$t0" -v b="$t1" -v s="$spring" -v c="$cpu" 'BEGIN { printf "%.2f %s %s\n", (b - a) / 1e9, s, c }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "jar: $SOURCE_JAR ($(stat -c %s "$JAR") bytes)"
echo "java: $(java -version 2>&1 | head -1)"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "runs: $RUNS (fresh ./data, then a restart on that data)"
FRESH=()
EXISTING=()
FRESH_CPU=()
EXISTING_CPU=()
for i in $(seq 1 "$RUNS"); do
    dir="$WORK/run$i"
    mkdir -p "$dir"
    measure "$dir" "$dir/fresh.log" > "$WORK/result"
    read -r wall spring cpu < "$WORK/result"
    FRESH+=("$wall")
    FRESH_CPU+=("$cpu")
    echo "run $i fresh:    ${wall}s wall, ${cpu}s CPU (Spring reports ${spring}s)"
    [[ -d $dir/data ]] || { echo "no ./data was created" >&2; exit 1; }
    measure "$dir" "$dir/existing.log" > "$WORK/result"
    read -r wall spring cpu < "$WORK/result"
    EXISTING+=("$wall")
    EXISTING_CPU+=("$cpu")
    echo "run $i existing: ${wall}s wall, ${cpu}s CPU (Spring reports ${spring}s)"
done
fresh=$(printf '%s\n' "${FRESH[@]}" | median)
existing=$(printf '%s\n' "${EXISTING[@]}" | median)
echo "median fresh data:    ${fresh}s wall, $(printf '%s\n' "${FRESH_CPU[@]}" | median)s CPU"
echo "median existing data: ${existing}s wall, $(printf '%s\n' "${EXISTING_CPU[@]}" | median)s CPU"
echo "load average after:   $(cut -d' ' -f1-3 /proc/loadavg)"
# The headline is the slower case (a fresh clone's first start).
echo "startup-embedded-s: $(printf '%s\n%s\n' "$fresh" "$existing" | sort -n | tail -1)"
