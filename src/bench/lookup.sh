#!/usr/bin/env bash
# Public case lookup under load: the packaged application on a PostgreSQL database holding 1,000,000 cases
# (made by CaseGenerator), and an open-loop client in a second JVM sending RATE lookups per second.
#   src/bench/lookup.sh                       # RATE=1000 DURATION=60 WARMUP=20 DB=sunlight_bench_1m
#   NO_BUILD=1 src/bench/lookup.sh            # reuse target/*.jar and target/test-classes (compiled with -Pbench)
#   APP_ARGS="--server.tomcat.threads.max=8"  # extra application settings (8 Tomcat threads + 8 connections: p99 286 ms, worse)
# Prints the latency percentiles and the line `lookup-p99-ms: N` for docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
RATE=${RATE:-1000}; DURATION=${DURATION:-60}; WARMUP=${WARMUP:-20}
DB=${DB:-sunlight_bench_1m}; PORT=${PORT:-18080}
SAMPLE=${SAMPLE:-target/bench/lookup-sample.csv}
[[ -f $SAMPLE ]] || { echo "no $SAMPLE: run CaseGenerator first (see docs/benchmarks.md)"; exit 2; }
if [[ -z ${NO_BUILD:-} ]]; then
    ./mvnw -q -DskipTests package
    ./mvnw -q -Pbench test-compile
fi
JAR=$(ls target/sunlight-*.jar | grep -v original | head -1)
java -Xms1g -Xmx1g -XX:+UseParallelGC -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" --spring.datasource.username=postgres \
    --sunlight.catalog.search.index-dir=memory --logging.level.root=WARN ${APP_ARGS:-} > target/bench/lookup-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
    curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break
    sleep 1
done
curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null || { echo "application did not start"; tail -50 target/bench/lookup-app.log; exit 1; }
./mvnw -q -Pbench exec:java -Dbench.main=org.sunlight.bench.casework.LookupLoad \
    -Dexec.args="http://127.0.0.1:$PORT $SAMPLE $RATE $DURATION $WARMUP"
