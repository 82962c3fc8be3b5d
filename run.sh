#!/usr/bin/env bash
# Builds and runs the whole suite locally on its embedded defaults: config server, the sector services (with
# demo data) and the gateway, started in order by waiting on their health endpoints. Logs go to logs/, data to
# data/ (delete it to start the demo afresh). Ctrl-C stops everything. Development defaults throughout (profile dev,
# the development config-server account), every port on 127.0.0.1 unless SERVER_ADDRESS is set.
#
#   ./run.sh            build if needed, then run
#   ./run.sh --rebuild  force a build first
set -euo pipefail
cd "$(dirname "$0")"
VERSION=0.1.0-SNAPSHOT
# Every *-service module is a sector: its name and port come from its own application.yml, so a new sector
# needs no change here.
SECTORS=()
for yml in *-service/src/main/resources/application.yml; do
  module=${yml%%/*}
  name=$(sed -n 's/^    name: *//p' "$yml" | head -1)
  port=$(sed -n 's/.*\${PORT:\([0-9]*\)}.*/\1/p' "$yml" | head -1)
  SECTORS+=("$name:$port:$module")
done
mkdir -p logs data
pids=()

stop_all() {
  trap - INT TERM EXIT
  if [ ${#pids[@]} -gt 0 ]; then
    echo; echo "stopping ${#pids[@]} processes…"
    kill "${pids[@]}" 2>/dev/null || true
    wait "${pids[@]}" 2>/dev/null || true
  fi
  echo "stopped."
}
trap stop_all INT TERM EXIT

jar_of() { echo "$1/target/$1-$VERSION.jar"; }

needs_build() {
  [ "${1:-}" = "--rebuild" ] && return 0
  for m in config gateway "${SECTORS[@]##*:}"; do
    [ -f "$(jar_of "$m")" ] || return 0
    [ -n "$(find "$m/src" notice-core/src notice-api/src -newer "$(jar_of "$m")" -type f 2>/dev/null | head -1)" ] && return 0
  done
  return 1
}

start() { # name port jar [args...]
  local name=$1 port=$2 jar=$3; shift 3
  echo "starting $name on :$port (log: logs/$name.out)"
  PORT=$port LOG_DIR=logs java -Xmx512m ${JVM_FLAGS:-} -jar "$jar" --server.port="$port" "$@" > "logs/$name.out" 2>&1 &
  pids+=($!)
  wait_healthy "$name" "$port" $!
}

wait_healthy() { # name port pid
  local deadline=$((SECONDS + 180))
  until curl -fsS "http://localhost:$2/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "$3" 2>/dev/null; then
      echo "$1 exited during start-up; last lines of logs/$1.out:"; tail -30 "logs/$1.out"; exit 1
    fi
    [ $SECONDS -lt $deadline ] || { echo "$1 not healthy after 180 s; see logs/$1.out"; exit 1; }
    sleep 1
  done
  echo "  $1 is up"
}

if needs_build "${1:-}"; then
  echo "building (tests skipped; run them with ./mvnw verify)…"
  ./mvnw -B -q -DskipTests -Dmaven.jar.forceCreation=true package
fi

start config 8888 "$(jar_of config)"
for entry in "${SECTORS[@]}"; do
  IFS=: read -r name port module <<< "$entry"
  start "$name" "$port" "$(jar_of "$module")" --gongkai.demo.enabled=true
done
# Reactor Netty starts max(cores, 4) event loops; the gateway never blocks one, so one per core is enough and on a
# small machine the extra ones only contend (measured in bench/)
JVM_FLAGS="-Dreactor.netty.ioWorkerCount=$(( $(nproc) > 2 ? $(nproc) : 2 ))" start gateway 8080 "$(jar_of gateway)"

TOKEN=$(./token.sh --sector land --roles editor --region 230202 --sub clerk-li --name 李文)
cat <<TXT

The suite is running.
  portal feed     http://localhost:8080/api/portal/feed
  land feed       http://localhost:8080/api/land/public/feed
  land catalogue  http://localhost:8080/api/land/public/catalog
  API docs        http://localhost:8081/swagger-ui.html (land, direct)
  config server   http://localhost:8888/land/dev (HTTP Basic; development account
                  gongkai / gongkai-local-config-password unless CONFIG_SERVER_USER / CONFIG_SERVER_PASSWORD are set)

Try:
  curl -s 'http://localhost:8080/api/portal/feed?limit=5'
  curl -s -X POST http://localhost:8080/api/land/notices -H "Authorization: Bearer \$(./token.sh --sector land --roles editor)" \\
       -H 'Content-Type: application/json' -d @docs/examples/pre-announcement.json

A development token (editor, land, 230202), valid 8 hours:
  $TOKEN

Logs: logs/*.out   Data: data/   Press Ctrl-C to stop.
TXT
wait
