#!/usr/bin/env bash
# One command for the record store / REST speed proofs (issue 2): generate the catalogue, import it into a
# fresh SQLite database, start the server as its own process on 127.0.0.1, load it with wrk, sample its
# memory, and print a Markdown table. Usage: bench/run.sh   (settings below can be overridden by env vars)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
COUNT="${COUNT:-50000}"                  # datasets to generate and import
SEED="${SEED:-20261122}"
DATA="${DATA:-$ROOT/bench/data}"         # generated NDJSON, ids, search terms (git-ignored)
WORK="${WORK:-/tmp/catalogue-bench}"     # fresh database and logs of this run
ART="${ART:-/tmp/art-bench-run}"         # build artifacts (never the repo's bin/obj)
PORT="${PORT:-5088}"
DURATION="${DURATION:-15s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
SKIP_BUILD="${SKIP_BUILD:-0}"

export BENCH_WRK="$ROOT/bench/wrk"
URL="http://127.0.0.1:$PORT"
log() { echo "[bench] $*" >&2; }

if [[ "$SKIP_BUILD" != 1 ]]; then
  log "building (Release)"
  dotnet build "$ROOT/src/Catalogue.Api" -c Release --artifacts-path "$ART" -v q -nologo >&2
  dotnet build "$ROOT/bench/Catalogue.Bench" -c Release --artifacts-path "$ART" -v q -nologo >&2
fi
SERVER=(dotnet "$ART/bin/Catalogue.Api/release/Catalogue.Api.dll")

if [[ ! -s "$DATA/records.ndjson" || "$(wc -l < "$DATA/records.ndjson")" -ne "$COUNT" ]]; then
  log "generating $COUNT records"
  dotnet "$ART/bin/Catalogue.Bench/release/Catalogue.Bench.dll" generate --count "$COUNT" --seed "$SEED" --out "$DATA"
fi

rm -rf "$WORK" && mkdir -p "$WORK"
export ConnectionStrings__Catalogue="Data Source=$WORK/catalogue.db"
export Logging__LogLevel__Default=Warning

log "migrating a fresh database"
(cd "$WORK" && "${SERVER[@]}" keys list > /dev/null)
log "importing $COUNT records"
start=$(date +%s.%N)
(cd "$WORK" && "${SERVER[@]}" import-records "$DATA/records.ndjson" --publish) | tee "$WORK/import.log" >&2
IMPORT_S=$(echo "$(date +%s.%N) - $start" | bc)
DB_MB=$(( $(stat -c %s "$WORK/catalogue.db") / 1024 / 1024 ))

log "starting the server on $URL"
(cd "$WORK" && exec "${SERVER[@]}" --urls "$URL" --Logging:LogLevel:Default=Warning --Bench:Enabled=true > "$WORK/server.log" 2>&1) &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "$URL/bench/plaintext" > /dev/null && break; sleep 0.5; done
# The server process is dotnet itself (exec above), so its RSS is what we sample.
SERVER_PID=$PID

FIRST_ID=$(head -1 "$DATA/ids.txt")
TERM_SAMPLE=$(head -1 "$DATA/terms.txt")
curl -sf "$URL/api/v1/datasets/$FIRST_ID" > /dev/null || { log "GET one dataset failed"; exit 1; }
curl -sf "$URL/api/v1/datasets?q=$TERM_SAMPLE&limit=20" > /dev/null || { log "search failed"; exit 1; }

# name | wrk script | path (fixed.lua) or template (rotate.lua) | lines file | connections
# search-20-c4 is the same search with 4 connections: its p95 is the latency of a search, while at 32
# connections on 2 cores the p95 is mostly time spent queueing behind the other 31 requests.
SCENARIOS=(
  "plaintext|fixed|/bench/plaintext||$CONNECTIONS"
  "get-one|rotate|/api/v1/datasets/%s|$DATA/ids.txt|$CONNECTIONS"
  "list-50|fixed|/api/v1/datasets?limit=50||$CONNECTIONS"
  "search-20|rotate|/api/v1/datasets?q=%s&limit=20|$DATA/terms.txt|$CONNECTIONS"
  "search-20-c4|rotate|/api/v1/datasets?q=%s&limit=20|$DATA/terms.txt|4"
)

run_wrk() { # name script path lines connections duration
  local path="$3"
  [[ "$2" == rotate ]] && path="/"
  BENCH_TEMPLATE="$3" BENCH_LINES="$4" wrk -t"$THREADS" -c"$5" -d"$6" -s "$BENCH_WRK/$2.lua" "$URL$path"
}

log "warming up"
for s in "${SCENARIOS[@]}"; do IFS='|' read -r name script path lines conns <<< "$s"; run_wrk "$name" "$script" "$path" "$lines" "$conns" 3s > /dev/null; done

declare -A RESULT RSS
for s in "${SCENARIOS[@]}"; do
  IFS='|' read -r name script path lines conns <<< "$s"
  log "wrk $name ($DURATION, $THREADS threads, $conns connections)"
  ( while kill -0 "$SERVER_PID" 2>/dev/null; do awk '/VmRSS/ {print $2}' "/proc/$SERVER_PID/status"; sleep 0.5; done ) > "$WORK/rss-$name.log" &
  SAMPLER=$!
  run_wrk "$name" "$script" "$path" "$lines" "$conns" "$DURATION" > "$WORK/wrk-$name.log"
  kill $SAMPLER 2>/dev/null || true
  RESULT[$name]=$(grep '^RESULT' "$WORK/wrk-$name.log")
  RSS[$name]=$(( $(sort -n "$WORK/rss-$name.log" | tail -1) / 1024 ))
done

field() { sed -E "s/.* $2=([^ ]+).*/\1/" <<< "${RESULT[$1]}"; }
verdict() { if (( $(echo "$1" | bc -l) )); then echo "met"; else echo "**missed**"; fi; }

REF=$(field plaintext rps)
GET=$(field get-one rps); LIST=$(field list-50 rps); P95=$(field search-20 p95_ms); P95C4=$(field search-20-c4 p95_ms)
MAXRSS=0; for n in "${!RSS[@]}"; do (( RSS[$n] > MAXRSS )) && MAXRSS=${RSS[$n]}; done
GET_PCT=$(echo "scale=1; 100 * $GET / $REF" | bc)

cat <<EOF

## Record store and REST ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $COUNT datasets, wrk -t$THREADS -c$CONNECTIONS -d$DURATION)

| Scenario | req/s | p50 ms | p95 ms | p99 ms | errors / non-2xx | server RSS max MB |
|---|---:|---:|---:|---:|---:|---:|
EOF
for s in "${SCENARIOS[@]}"; do
  IFS='|' read -r name script path lines conns <<< "$s"
  echo "| \`$name\` $path | $(field "$name" rps) | $(field "$name" p50_ms) | $(field "$name" p95_ms) | $(field "$name" p99_ms) | $(field "$name" errors) / $(field "$name" non2xx) | ${RSS[$name]} |"
done
cat <<EOF

| Target (issue 2) | Measured | Verdict |
|---|---:|---|
| Import of $COUNT records ≤ 60 s | ${IMPORT_S%.*} s (database ${DB_MB} MB) | $(verdict "$IMPORT_S <= 60") |
| GET one dataset ≥ 35 % of plaintext ($REF req/s) | $GET req/s = $GET_PCT % | $(verdict "$GET_PCT >= 35") |
| Page of 50 datasets ≥ 1,500 req/s | $LIST req/s | $(verdict "$LIST >= 1500") |
| Full-text search p95 ≤ 50 ms (32 connections) | $P95 ms | $(verdict "$P95 <= 50") |
| Full-text search p95 ≤ 50 ms (4 connections) | $P95C4 ms | $(verdict "$P95C4 <= 50") |
| Server memory ≤ 400 MB while serving | $MAXRSS MB | $(verdict "$MAXRSS <= 400") |

Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg). Logs: $WORK.
EOF
