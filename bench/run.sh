#!/usr/bin/env bash
# Benchmark of the public read path, rerunnable by anyone: seeds 100,000 synthetic notices spread over the sector
# services (BENCHMARK ONLY: gongkai.bench.seed, on each sector's in-memory embedded store), warms up, then measures
# with wrk at a fixed concurrency, on loopback only, for a bounded time, and writes bench/results.md.
#
#   bench/run.sh              build missing jars, run (about 12 minutes), stop everything
#   bench/run.sh --rebuild    rebuild the jars first
#
# Environment: BENCH_DAY (2026-06-15: the date every process runs on), BENCH_NOTICES (100000), BENCH_CONNECTIONS (32), BENCH_JIT_WARMUP (15s per target, once, before
# any measurement: the JVMs need it), BENCH_WARMUP (5s, again right before each line), BENCH_DURATION (15s),
# BENCH_PORT (18090: the gateway; sectors take the next ports), BENCH_PUBLICATIONS (200), MVN (./mvnw), JAVA (java).
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=0.1.0-SNAPSHOT
TOTAL=${BENCH_NOTICES:-100000}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
WARMUP=${BENCH_WARMUP:-5s}
JIT_WARMUP=${BENCH_JIT_WARMUP:-15s}
DURATION=${BENCH_DURATION:-15s}
GATEWAY_PORT=${BENCH_PORT:-18090}
# every process runs on this date (its clock starts there and ticks on), so the publications the run makes have
# periods inside the years whose holiday calendars ship, whatever the date of the run
BENCH_DAY=${BENCH_DAY:-2026-06-15}
CLOCK="--gongkai.clock.starts-at=${BENCH_DAY}T09:00:00+08:00"
MVN=${MVN:-./mvnw}
JAVA=${JAVA:-java}
WORK=$(mktemp -d /tmp/gongkai-bench.XXXXXX)
RESULTS=bench/results.md
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

if ! command -v wrk >/dev/null; then
  echo "installing wrk…"
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && apt-get install -y -qq wrk >/dev/null
  else sudo apt-get update -qq && sudo apt-get install -y -qq wrk >/dev/null; fi
fi

# Every *-service module is a sector, named once by spring.application.name in its application.yml; its config
# file is config/repo/<name>.yml.
MODULES=(); NAMES=()
for yml in *-service/src/main/resources/application.yml; do
  module=${yml%%/*}
  name=$(sed -n 's/^    name: *//p' "$yml" | head -1)
  [ -f "config/repo/$name.yml" ] || { echo "skipping $module: no config/repo/$name.yml"; continue; }
  MODULES+=("$module"); NAMES+=("$name")
done
jar_of() { echo "$1/target/$1-$VERSION.jar"; }

missing=()
for m in bench-support gateway "${MODULES[@]}"; do [ -f "$(jar_of "$m")" ] || missing+=("$m"); done
if [ "${1:-}" = "--rebuild" ] || [ ${#missing[@]} -gt 0 ]; then
  echo "building jars (tests skipped)…"
  # forceCreation: a module whose own classes did not change must still be repackaged with the new notice-core
  $MVN -B -q -DskipTests -Dmaven.jar.forceCreation=true package \
    -pl "$(IFS=,; echo "notice-api,notice-core,bench-support,gateway,${MODULES[*]}")"
fi

wait_for() { # url what pid: 0 when ready, 1 when the process died or is not ready after 300 s
  local deadline=$((SECONDS + 300))
  until curl -fs "$1" >/dev/null 2>&1; do
    kill -0 "$3" 2>/dev/null || { echo "$2 exited; see $WORK/$2.out"; return 1; }
    [ $SECONDS -lt $deadline ] || { echo "$2 not ready after 300 s; see $WORK"; return 1; }
    sleep 1
  done
}

PER=$((TOTAL / ${#NAMES[@]}))
echo "starting ${#NAMES[@]} sectors with $PER synthetic notices each (logs: $WORK)"
declare -A PORT
STARTED=()
for i in "${!NAMES[@]}"; do
  name=${NAMES[$i]}; PORT[$name]=$((GATEWAY_PORT + 1 + i))
  # bench-support (seeding, the raw store query) is on no service's class path: only here, through loader.path
  $JAVA -Xmx1g -Dloader.path="$(jar_of bench-support)" -cp "$(jar_of "${MODULES[$i]}")" \
    org.springframework.boot.loader.launch.PropertiesLauncher --server.port="${PORT[$name]}" --server.address=127.0.0.1 \
    --spring.cloud.config.enabled=false \
    --spring.config.import="classpath:gongkai-defaults.yml,file:config/repo/application.yml,file:config/repo/application-dev.yml,file:config/repo/${name}.yml" \
    --gongkai.calendar.location=file:config/repo/calendars/ --gongkai.store.embedded=memory \
    --gongkai.bench.seed="$PER" "$CLOCK" --logging.file.name="$WORK/$name.log" > "$WORK/$name.out" 2>&1 &
  pids+=($!)
  # seeding is CPU-bound: one sector at a time
  if wait_for "http://127.0.0.1:${PORT[$name]}/api/$name/public/feed?limit=1" "$name" $!; then
    STARTED+=("$name")
    echo "  $name ready on :${PORT[$name]}: $(curl -s "http://127.0.0.1:${PORT[$name]}/api/$name/public/stats" | grep -o '"notices":[0-9]*')"
  else
    echo "  $name left out of the run"
  fi
done
[ ${#STARTED[@]} -gt 0 ] || { echo "no sector started"; exit 1; }
SKIPPED=$(( ${#NAMES[@]} - ${#STARTED[@]} ))
ALL_NAMES=("${NAMES[@]}")
NAMES=("${STARTED[@]}")

env_urls=()
for name in "${ALL_NAMES[@]}"; do
  url=http://127.0.0.1:1   # a sector that did not start: a closed port, never whatever else listens on its default
  [[ " ${NAMES[*]} " == *" $name "* ]] && url=http://127.0.0.1:${PORT[$name]}
  env_urls+=("$(echo "$name" | tr 'a-z-' 'A-Z_')_URL=$url")
done
MODEL_FILE="$WORK/gateway-read-model.json.gz"
start_gateway() {
  env "${env_urls[@]}" $JAVA -Xmx1g -Dreactor.netty.ioWorkerCount="$(( $(nproc) > 2 ? $(nproc) : 2 ))" -jar "$(jar_of gateway)" --server.port="$GATEWAY_PORT" --server.address=127.0.0.1 \
    --spring.cloud.config.enabled=false --spring.config.import=file:config/repo/gateway.yml \
    --gongkai.rate-limit.enabled=false --gongkai.portal.read-model.file="$MODEL_FILE" "$CLOCK" \
    --logging.file.name="$WORK/gateway.log" >> "$WORK/gateway.out" 2>&1 &
  GATEWAY_PID=$!
  pids+=($GATEWAY_PID)
}
millis() { date +%s%3N; }
# ready = the read model holds every sector (readiness includes it: readmodel.ReadModelHealth)
t0=$(millis)
start_gateway
wait_for "http://127.0.0.1:$GATEWAY_PORT/actuator/health/readiness" gateway $GATEWAY_PID || exit 1
FIRST_READY_MS=$(( $(millis) - t0 ))
MODEL_NOTICES=$(curl -s "http://127.0.0.1:$GATEWAY_PORT/actuator/health/readmodel" | grep -o '"notices":[0-9]*' | head -1 | cut -d: -f2)
echo "  gateway ready on :$GATEWAY_PORT in ${FIRST_READY_MS} ms, $MODEL_NOTICES notices in its read model (loaded from the sectors' snapshots)"

# the cursor after 50 pages of 20, for deep-page runs
cursor_after_50() { # base-url (ending in ?limit=20)
  local cursor="" body
  for _ in $(seq 1 50); do
    body=$(curl -s "$1${cursor:+&cursor=$cursor}")
    cursor=$(echo "$body" | grep -o '"nextCursor":"[^"]*"' | sed 's/.*:"\(.*\)"/\1/')
    [ -n "$cursor" ] || { echo ""; return; }
  done
  echo "$cursor"
}

to_ms() { # wrk latency like 1.23ms / 850.00us / 1.02s
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

declare -A RPS P50 P99 NOTE
run() { # key url [connections] [wrk script]
  local key=$1 url=$2 c=${3:-$CONNECTIONS} script=${4:-} out="$WORK/wrk-$1.txt"
  wrk -t2 -c"$c" -d"$WARMUP" --timeout 10s ${script:+-s "$script"} "$url" > /dev/null
  wrk -t2 -c"$c" -d"$DURATION" --timeout 10s --latency ${script:+-s "$script"} "$url" > "$out"
  RPS[$key]=$(awk '/Requests\/sec/ {printf "%.0f", $2}' "$out")
  P50[$key]=$(to_ms "$(awk '$1 == "50%" {print $2}' "$out")")
  P99[$key]=$(to_ms "$(awk '$1 == "99%" {print $2}' "$out")")
  NOTE[$key]=$(grep -E "Non-2xx|Socket errors" "$out" | tr -s ' ' | paste -sd ';' - || true)
  printf "  %-22s %8s req/s  p50 %8s ms  p99 %8s ms  %s\n" "$key" "${RPS[$key]}" "${P50[$key]}" "${P99[$key]}" "${NOTE[$key]}"
}

FIRST=${NAMES[0]}
S="http://127.0.0.1:${PORT[$FIRST]}/api/$FIRST/public"
G="http://127.0.0.1:$GATEWAY_PORT"
REGION=230202003   # a street: about a seventh of the notices
echo "walking 50 pages for the deep-page cursors…"
SECTOR_CURSOR=$(cursor_after_50 "$S/feed?limit=20")
PORTAL_CURSOR=$(cursor_after_50 "$G/api/portal/feed?limit=20")

echo "warming up every target for $JIT_WARMUP…"
for url in "$S/feed?limit=20" "$G/api/$FIRST/public/feed?limit=20" "$G/api/portal/feed?limit=20" \
           "$G/api/portal/feed?limit=20&region=$REGION" "$S/bench/ping" "$G/api/$FIRST/public/bench/ping" \
           $(for n in "${NAMES[@]:1}"; do echo "http://127.0.0.1:${PORT[$n]}/api/$n/public/feed?limit=20"; done); do
  wrk -t2 -c"$CONNECTIONS" -d"$JIT_WARMUP" --timeout 10s "$url" > /dev/null
done
wrk -t2 -c"$CONNECTIONS" -d"$JIT_WARMUP" --timeout 10s -s bench/keywords.lua "$G" > /dev/null
echo "measuring ($CONNECTIONS connections, ${WARMUP} warm-up + ${DURATION} each)…"
run store-query "$S/bench/store-feed?limit=20" 4
run sector-direct "$S/feed?limit=20"
run sector-via-route "$G/api/$FIRST/public/feed?limit=20"
run portal-first "$G/api/portal/feed?limit=20"
run portal-deep "$G/api/portal/feed?limit=20&cursor=$PORTAL_CURSOR"
run portal-keyword "$G" "$CONNECTIONS" bench/keywords.lua
run portal-region "$G/api/portal/feed?limit=20&region=$REGION"
run sector-direct-deep "$S/feed?limit=20&cursor=$SECTOR_CURSOR"
run sector-via-route-deep "$G/api/$FIRST/public/feed?limit=20&cursor=$SECTOR_CURSOR"
run trivial-direct "$S/bench/ping"
run trivial-via-route "$G/api/$FIRST/public/bench/ping"
for name in "${NAMES[@]:1}"; do
  run "direct-$name" "http://127.0.0.1:${PORT[$name]}/api/$name/public/feed?limit=20"
done

# the gateway's memory with every notice loaded: heap after a full GC, and the process's resident set
jcmd "$GATEWAY_PID" GC.run > /dev/null 2>&1 || true
sleep 2
HEAP_USED_MB=$(jcmd "$GATEWAY_PID" GC.heap_info 2>/dev/null | grep -oE 'used [0-9]+K' | head -1 | grep -oE '[0-9]+' | awk '{printf "%.0f", $1 / 1024}')
RSS_MB=$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$GATEWAY_PID/status")
echo "  gateway heap after GC ${HEAP_USED_MB:-?} MB, RSS ${RSS_MB} MB"

# publish-to-visible: each publication through a sector's API, then polled for in the portal feed
PUBLISH_COUNT=${BENCH_PUBLICATIONS:-200}
PUBLISH_SECTOR=land
LATENCY="$WORK/publish-latency.txt"
if [[ " ${NAMES[*]} " == *" $PUBLISH_SECTOR "* ]]; then
  echo "publishing $PUBLISH_COUNT notices in $PUBLISH_SECTOR, each polled for in the portal feed…"
  EDITOR=$(./token.sh --sector "$PUBLISH_SECTOR" --roles editor --region 230202 --sub bench-editor)
  REVIEWER=$(./token.sh --sector "$PUBLISH_SECTOR" --roles reviewer --region 230202 --sub bench-reviewer)
  $JAVA bench/PublishLatency.java "http://127.0.0.1:${PORT[$PUBLISH_SECTOR]}" "$PUBLISH_SECTOR" "$G" "$EDITOR" \
    "$REVIEWER" "$PUBLISH_COUNT" docs/examples/pre-announcement.json "$BENCH_DAY" > "$LATENCY" 2> "$WORK/publish-latency.err" \
    || { echo "publishing failed: $(tail -3 "$WORK/publish-latency.err")"; }
  VISIBLE_P50=$(awk '/^median/ {print $2}' "$LATENCY"); VISIBLE_P99=$(awk '/^median/ {print $4}' "$LATENCY")
  VISIBLE_MAX=$(awk '/^median/ {print $6}' "$LATENCY")
  echo "  publish to visible: median ${VISIBLE_P50:-?} ms, p99 ${VISIBLE_P99:-?} ms, max ${VISIBLE_MAX:-?} ms"
fi

# restart: a clean stop saves the model; the new process loads the file and resumes every sector from its token
echo "restarting the gateway…"
kill -TERM "$GATEWAY_PID"; wait "$GATEWAY_PID" 2>/dev/null || true
MODEL_FILE_MB=$(du -m "$MODEL_FILE" 2>/dev/null | cut -f1)
t0=$(millis)
start_gateway
wait_for "http://127.0.0.1:$GATEWAY_PORT/actuator/health/readiness" gateway $GATEWAY_PID || exit 1
RESTART_READY_MS=$(( $(millis) - t0 ))
echo "  restarted and ready in ${RESTART_READY_MS} ms (model file ${MODEL_FILE_MB} MB)"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "n/a"; else printf "%.2f", a / b }'; }
verdict() { awk -v r="$1" -v t="$2" -v op="$3" 'BEGIN { if (r == "n/a") print "n/a"; else if ((op == ">=" && r + 0 >= t) || (op == "<" && r + 0 < t)) print "met"; else print "missed" }'; }
slowest_p99=${P99[sector-direct]}
for name in "${NAMES[@]:1}"; do
  slowest_p99=$(awk -v a="$slowest_p99" -v b="${P99[direct-$name]}" 'BEGIN { print (b + 0 > a + 0) ? b : a }')
done
r_store=$(ratio "${RPS[sector-direct]}" "${RPS[store-query]}")
r_route=$(ratio "${RPS[sector-via-route]}" "${RPS[sector-direct]}")
r_trivial=$(ratio "${RPS[trivial-via-route]}" "${RPS[trivial-direct]}")
PORTAL_KEYS=(portal-first portal-deep portal-keyword portal-region)
declare -A R_RPS R_P99
for key in "${PORTAL_KEYS[@]}"; do
  R_RPS[$key]=$(ratio "${RPS[$key]}" "${RPS[sector-direct]}")
  R_P99[$key]=$(ratio "${P99[$key]}" "$slowest_p99")
done
visible_verdict=$(awk -v p="${VISIBLE_P99:-}" 'BEGIN { if (p == "") print "n/a"; else if (p + 0 <= 1000) print "met"; else print "missed" }')

{
  echo "# Benchmark results"
  echo
  echo "Written by \`bench/run.sh\` on $(date -u +%Y-%m-%dT%H:%MZ): $(nproc) cores, $($JAVA -version 2>&1 | head -1)," \
       "wrk -t2 -c$CONNECTIONS; every target first warmed for ${JIT_WARMUP}, then ${WARMUP} again and ${DURATION} measured" \
       "per line (store query: 4 connections)."
  echo "$((PER * ${#NAMES[@]})) synthetic notices (gongkai.bench.seed), $PER in each of ${#NAMES[@]} sectors (${NAMES[*]}), on the"
  echo "in-memory embedded store; everything on loopback, sharing the machine's cores with wrk. Rate limiting off for"
  echo "the run. The portal answers from its read model (no page cache); the keyword line asks for another of"
  echo "$(sed -n '/^local terms/,/^}/p' bench/keywords.lua | grep -o '"[^"]*"' | wc -l) Chinese terms with another page size on every request (bench/keywords.lua); the region line a street's"
  echo "prefix ($REGION). Every process runs on $BENCH_DAY (gongkai.clock.starts-at; the clock ticks on from there)."
  echo "Single-sector lines use \`$FIRST\`; deep pages start after 50 pages of 20 via the cursor."
  [ "$SKIPPED" -eq 0 ] || echo "$SKIPPED sector service(s) did not start and were left out (their logs are in $WORK)."
  echo
  echo "| what | URL | req/s | p50 ms | p99 ms | errors |"
  echo "|---|---|---:|---:|---:|---|"
  for key in store-query sector-direct sector-via-route "${PORTAL_KEYS[@]}" sector-direct-deep \
             sector-via-route-deep trivial-direct trivial-via-route $(for n in "${NAMES[@]:1}"; do echo "direct-$n"; done); do
    case $key in
      store-query) url="/api/$FIRST/public/bench/store-feed?limit=20 (the store, as the feed used to query it)";;
      sector-direct) url="sector /api/$FIRST/public/feed?limit=20";;
      sector-via-route) url="gateway /api/$FIRST/public/feed?limit=20";;
      portal-first) url="gateway /api/portal/feed?limit=20 (${#NAMES[@]} sectors)";;
      portal-deep) url="gateway /api/portal/feed?limit=20&cursor=…";;
      portal-keyword) url="gateway /api/portal/feed?limit=10…20&q=<another term each request>";;
      portal-region) url="gateway /api/portal/feed?limit=20&region=$REGION";;
      sector-direct-deep) url="sector /api/$FIRST/public/feed?limit=20&cursor=…";;
      sector-via-route-deep) url="gateway /api/$FIRST/public/feed?limit=20&cursor=…";;
      trivial-direct) url="sector /api/$FIRST/public/bench/ping";;
      trivial-via-route) url="gateway /api/$FIRST/public/bench/ping";;
      direct-*) url="sector /api/${key#direct-}/public/feed?limit=20";;
    esac
    echo "| $key | $url | ${RPS[$key]} | ${P50[$key]} | ${P99[$key]} | ${NOTE[$key]:-} |"
  done
  echo
  echo "| target | measured | goal | |"
  echo "|---|---:|---:|---|"
  echo "| first feed page vs the store's raw query rate | ${r_store}× | ≥ 20× | $(verdict "$r_store" 20 ">=") |"
  echo "| gateway route vs direct (feed) | $r_route | ≥ 0.5 | $(verdict "$r_route" 0.5 ">=") |"
  for key in "${PORTAL_KEYS[@]}"; do
    echo "| $key vs one sector direct: throughput | ${R_RPS[$key]} | ≥ 0.5 | $(verdict "${R_RPS[$key]}" 0.5 ">=") |"
    echo "| $key p99 vs slowest sector's p99 (${slowest_p99} ms) | ${R_P99[$key]} | ≤ 2 | $(verdict "${R_P99[$key]}" 2.0001 "<") |"
  done
  echo "| trivial pass-through vs direct | $r_trivial | ≥ 0.35 | $(verdict "$r_trivial" 0.35 ">=") |"
  echo "| publish to visible in the portal feed, p99 over ${PUBLISH_COUNT} publications (median ${VISIBLE_P50:-?} ms, max ${VISIBLE_MAX:-?} ms) | ${VISIBLE_P99:-?} ms | ≤ 1000 ms | $visible_verdict |"
  echo
  echo "| gateway read model | |"
  echo "|---|---:|"
  echo "| notices loaded | ${MODEL_NOTICES:-?} |"
  echo "| first start to ready (every sector's snapshot over HTTP) | ${FIRST_READY_MS} ms |"
  echo "| restart to ready (from its file, ${MODEL_FILE_MB:-?} MB) | ${RESTART_READY_MS} ms |"
  echo "| heap used after a full GC | ${HEAP_USED_MB:-?} MB |"
  echo "| resident set (RSS) | ${RSS_MB:-?} MB |"
} > "$RESULTS"
echo; cat "$RESULTS"
