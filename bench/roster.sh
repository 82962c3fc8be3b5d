#!/usr/bin/env bash
# Benchmark of roster uploads at real size, rerunnable by anyone: 100,000-row rosters (land template, fictional
# people) as CSV and XLSX, valid and with 10,000 bad rows, uploaded to the land service running alone with a
# 256 MB heap on the embedded store it uses locally (H2 file, the ./run.sh default), on loopback only. Each case is
# uploaded BENCH_ROSTER_RUNS times (5) after one warm-up upload; a run is timed from the first byte sent until the
# upload's outcome (ACCEPTED with 100,000 rows, or REJECTED with every problem counted) is readable, polling its
# progress address every 50 ms. Writes bench/roster-results.md with the median and the slowest run, and the
# service's heap after each case.
#
#   bench/roster.sh   build missing jars, run (about 5 minutes), stop everything
#
# Environment: BENCH_ROSTER_ROWS (100000), BENCH_ROSTER_RUNS (5), BENCH_ROSTER_PORT (18181; the config server
# takes +1), MVN (./mvnw), JAVA (java).
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=0.1.0-SNAPSHOT
ROWS=${BENCH_ROSTER_ROWS:-100000}
RUNS=${BENCH_ROSTER_RUNS:-5}
PORT=${BENCH_ROSTER_PORT:-18181}
CONFIG_PORT=$((PORT + 1))
MVN=${MVN:-./mvnw}
JAVA=${JAVA:-java}
WORK=$(mktemp -d /tmp/gongkai-roster-bench.XXXXXX)
RESULTS=bench/roster-results.md
pids=()

stop_all() {
  trap - INT TERM EXIT
  if [ ${#pids[@]} -gt 0 ]; then
    kill "${pids[@]}" 2>/dev/null || true
    wait "${pids[@]}" 2>/dev/null || true
  fi
  echo "stopped; logs in $WORK"
}
trap stop_all INT TERM EXIT

LAND=land-service/target/land-service-$VERSION.jar
CONFIG=config/target/config-$VERSION.jar
if [ ! -f "$LAND" ] || [ ! -f "$CONFIG" ]; then
  echo "building jars (tests skipped)…"
  $MVN -B -q -DskipTests -Dmaven.jar.forceCreation=true package -pl config,land-service -am
fi

echo "writing rosters of $ROWS rows…"
# the generator needs only fastexcel and opczip: take them from the land jar just built
mkdir -p "$WORK/lib"
(cd "$WORK/lib" && unzip -q -j "$OLDPWD/$LAND" 'BOOT-INF/lib/fastexcel-*.jar' 'BOOT-INF/lib/opczip-*.jar')
CP=$(ls "$WORK"/lib/*.jar | paste -sd: -)
"$JAVA" -cp "$CP" e2e-tests/src/test/java/org/gongkai/e2e/LargeRosters.java "$WORK" "$ROWS"

await() { # url
  for _ in $(seq 1 240); do curl -sf -o /dev/null "$1" && return 0; sleep 0.5; done
  echo "no answer from $1" >&2; exit 1
}

CONFIG_REPO=file:./config/repo/ "$JAVA" -Xmx256m -jar "$CONFIG" --server.port="$CONFIG_PORT" --server.address=127.0.0.1 \
  > "$WORK/config.log" 2>&1 &
pids+=($!)
await "http://127.0.0.1:$CONFIG_PORT/actuator/health"
CONFIG_SERVER_URL=http://127.0.0.1:$CONFIG_PORT LOG_DIR=$WORK "$JAVA" -Xms256m -Xmx256m -jar "$LAND" \
  --server.port="$PORT" --server.address=127.0.0.1 --gongkai.store.data-dir="$WORK/data" \
  --gongkai.roster.background-above=0 > "$WORK/land.log" 2>&1 &
land=$!
pids+=($land)
await "http://127.0.0.1:$PORT/actuator/health"

TOKEN=$(./token.sh --sector land --roles editor,roster_uploader --region 230202 --sub bench --name 基准)
BASE=http://127.0.0.1:$PORT/api/land

new_notice() {
  curl -sf -X POST "$BASE/notices" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d '{"catalogRow":"LAND-06","title":"补偿明细（基准）","body":"<p>公示</p>","payload":{"projectName":"基准项目","village":"大民村","totalAmount":100000},"region":"230202000000","audience":"230202100201","disclosure":"PROACTIVE","informationFormedOn":"2026-02-20"}' \
    | sed -n 's/.*"id":"\([^"]*\)".*/\1/p' | head -1
}

# one upload: prints "<milliseconds> <state> <rowsValid> <problemCount>"
upload() { # file
  local id start location body state
  id=$(new_notice)
  start=$(date +%s%N)
  location=$(curl -s -D - -o /dev/null -X POST "$BASE/notices/$id/rosters" -H "Authorization: Bearer $TOKEN" \
    -F "file=@$1" | tr -d '\r' | sed -n 's/^[Ll]ocation: //p')
  while :; do
    body=$(curl -s "http://127.0.0.1:$PORT$location" -H "Authorization: Bearer $TOKEN")
    state=$(echo "$body" | sed -n 's/.*"state":"\([A-Z]*\)".*/\1/p')
    [ "$state" != "PROCESSING" ] && break
    sleep 0.05
  done
  echo "$(( ($(date +%s%N) - start) / 1000000 )) $state $(echo "$body" | sed -n 's/.*"rowsValid":\([0-9]*\).*/\1/p') $(echo "$body" | sed -n 's/.*"problemCount":\([0-9]*\).*/\1/p')"
}

heap_used() { jcmd "$land" GC.heap_info 2>/dev/null | sed -n 's/.*total \([0-9]*\)K, used \([0-9]*\)K.*/\2/p' | head -1; }

{
  echo "# Roster upload benchmark"
  echo
  echo "Written by \`bench/roster.sh\` on $(date -u +%Y-%m-%dT%H:%MZ): $(nproc) cores, $("$JAVA" -version 2>&1 | head -1)."
  echo "The land service alone, \`-Xms256m -Xmx256m\`, on the embedded H2-file store (the local default); $ROWS data rows"
  echo "per file; each case uploaded once to warm up, then $RUNS times; time from the first byte sent to a readable"
  echo "outcome (the upload is worked on in the background and its progress address polled every 50 ms)."
  echo
  echo "| file | size | outcome | median s | slowest s | heap used after, MB | goal ≤ 5 s |"
  echo "|---|---:|---|---:|---:|---:|---|"
} > "$RESULTS.tmp"

for f in "roster-$ROWS.csv" "roster-$ROWS.xlsx" "roster-$ROWS-bad.csv" "roster-$ROWS-bad.xlsx"; do
  echo "case $f…"
  upload "$WORK/$f" > /dev/null
  times=()
  for _ in $(seq 1 "$RUNS"); do
    read -r ms state valid problems < <(upload "$WORK/$f")
    echo "  $ms ms $state valid=$valid problems=$problems"
    times+=("$ms")
  done
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  median=${sorted[$(( ${#sorted[@]} / 2 ))]}
  slowest=${sorted[$(( ${#sorted[@]} - 1 ))]}
  outcome="$state"; [ "$state" = "ACCEPTED" ] && outcome="ACCEPTED, $valid rows" || outcome="REJECTED, $problems problems"
  met=$([ "$slowest" -le 5000 ] && echo met || echo missed)
  size=$(( $(stat -c %s "$WORK/$f") / 1024 / 1024 ))
  printf '| %s | %s MB | %s | %.2f | %.2f | %s | %s |\n' "$f" "$size" "$outcome" \
    "$(awk "BEGIN{print $median/1000}")" "$(awk "BEGIN{print $slowest/1000}")" "$(( $(heap_used) / 1024 ))" "$met" >> "$RESULTS.tmp"
done
if grep -q "OutOfMemoryError" "$WORK/land.log"; then
  echo; echo "**The service ran out of heap during the run** (see $WORK/land.log)." >> "$RESULTS.tmp"
fi
mv "$RESULTS.tmp" "$RESULTS"
cat "$RESULTS"
