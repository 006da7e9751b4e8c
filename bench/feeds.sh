#!/usr/bin/env bash
# One command for the RDF feed and GraphQL speed proofs (issues 3 and 4), printed as Markdown:
#  1. our RDF writers/parsers vs Debian's rapper on the same ≥ 1M HealthDCAT-AP triples;
#  2. a fresh server over COUNT generated datasets (bench/Catalogue.Bench's generator and `import-records`):
#     full dump time and server RSS, a Turtle page of 100 (p50), GraphQL vs REST for a page of 50.
# Usage: bench/feeds.sh   (settings below can be overridden by env vars; see docs/benchmarks-feeds.md)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
COUNT="${COUNT:-50000}"                   # datasets in the served catalogue
SEED="${SEED:-20261122}"
TRIPLES="${TRIPLES:-1000000}"             # minimum size of the RDF file
REPS="${REPS:-5}"                         # repetitions of each RDF measurement (and of rapper)
WORK="${WORK:-/tmp/catalogue-feeds}"      # database, RDF file, logs of this run
DATA="${DATA:-$WORK/data}"                # generated NDJSON (kept between runs when COUNT matches)
ART="${ART:-/tmp/art-bench-feeds}"        # build artifacts (never the repo's bin/obj)
PORT="${PORT:-5089}"
DURATION="${DURATION:-15s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"        # throughput scenarios (REST vs GraphQL)
LAT_CONNECTIONS="${LAT_CONNECTIONS:-1}"  # latency scenarios (Turtle pages): one client, so p50 is service time, not queueing
SKIP_BUILD="${SKIP_BUILD:-0}"
SKIP_IMPORT="${SKIP_IMPORT:-0}"           # 1: reuse $WORK/catalogue.db from a previous run

FEEDS="$ROOT/bench/Catalogue.Bench.Feeds"
URL="http://127.0.0.1:$PORT"
log() { echo "[feeds] $*" >&2; }
verdict() { if (( $(echo "$1" | bc -l) )); then echo "met"; else echo "**missed**"; fi; }

if [[ "$SKIP_BUILD" != 1 ]]; then
  log "building (Release)"
  for p in src/Catalogue.Api bench/Catalogue.Bench bench/Catalogue.Bench.Feeds; do
    dotnet build "$ROOT/$p" -c Release --artifacts-path "$ART" -v q -nologo >&2
  done
fi
SERVER=(dotnet "$ART/bin/Catalogue.Api/release/Catalogue.Api.dll")
BENCH=(dotnet "$ART/bin/Catalogue.Bench.Feeds/release/Catalogue.Bench.Feeds.dll")
mkdir -p "$WORK" "$DATA"

if [[ ! -s "$DATA/records.ndjson" || "$(wc -l < "$DATA/records.ndjson")" -ne "$COUNT" ]]; then
  log "generating $COUNT records"
  dotnet "$ART/bin/Catalogue.Bench/release/Catalogue.Bench.dll" generate --count "$COUNT" --seed "$SEED" --out "$DATA"
fi

# ---- 1. RDF: rapper vs ours, same file, same run ----
NT="$WORK/feeds.nt"
log "writing ≥ $TRIPLES HealthDCAT-AP triples to $NT"
"${BENCH[@]}" make-nt --records "$DATA/records.ndjson" --out "$NT" --min-triples "$TRIPLES"
NT_TRIPLES=$(wc -l < "$NT")
log "rapper -i ntriples -o turtle ($REPS runs)"
: > "$WORK/rapper.times"
for _ in $(seq 1 "$REPS"); do
  /usr/bin/time -f "%e %M" -a -o "$WORK/rapper.times" rapper -q -i ntriples -o turtle "$NT" > /dev/null
done
RAPPER_BEST=$(sort -n "$WORK/rapper.times" | head -1 | cut -d' ' -f1)
RAPPER_MED=$(sort -n "$WORK/rapper.times" | sed -n "$(( (REPS + 1) / 2 ))p" | cut -d' ' -f1)
RAPPER_TPS=$(echo "$NT_TRIPLES / $RAPPER_BEST" | bc)
RAPPER_MED_TPS=$(echo "$NT_TRIPLES / $RAPPER_MED" | bc)
log "our parsers and writers ($REPS runs each)"
"${BENCH[@]}" rdf --nt "$NT" --reps "$REPS" | tee "$WORK/rdf.log" >&2
rdf() { sed -nE "s/^RESULT name=$1 .* $2=([^ ]+).*/\1/p" "$WORK/rdf.log"; }
LOAD_RDF=$(cut -d' ' -f1-3 /proc/loadavg)

# ---- 2. Server over COUNT datasets ----
export ConnectionStrings__Catalogue="Data Source=$WORK/catalogue.db"
export Logging__LogLevel__Default=Warning
IMPORT_S="(reused)"
if [[ "$SKIP_IMPORT" != 1 || ! -s "$WORK/catalogue.db" ]]; then
  rm -f "$WORK"/catalogue.db*
  (cd "$WORK" && "${SERVER[@]}" keys list > /dev/null)
  log "importing $COUNT records"
  start=$(date +%s.%N)
  (cd "$WORK" && "${SERVER[@]}" import-records "$DATA/records.ndjson" --publish) > "$WORK/import.log" 2>&1
  IMPORT_S=$(printf '%.0f s' "$(echo "$(date +%s.%N) - $start" | bc)")
fi

log "starting the server on $URL"
(cd "$WORK" && exec "${SERVER[@]}" --urls "$URL" --Logging:LogLevel:Default=Warning > "$WORK/server.log" 2>&1) &
PID=$!
stop_server() { kill $PID 2>/dev/null || return 0; for _ in $(seq 1 30); do kill -0 $PID 2>/dev/null || return 0; sleep 0.5; done; kill -9 $PID 2>/dev/null || true; }
trap stop_server EXIT
for _ in $(seq 1 120); do curl -sf "$URL/api/v1/datasets?limit=1" > /dev/null && break; sleep 0.5; done

sample_rss() { while kill -0 "$PID" 2>/dev/null; do awk '/VmRSS/ {print $2}' "/proc/$PID/status"; sleep 0.2; done; }
max_mb() { echo $(( $(sort -n "$1" | tail -1) / 1024 )); }

# Full dump, timed once with RSS sampled throughout (no warm-up pass: one pass already takes about a minute).
log "full dump"
sample_rss > "$WORK/rss-dump.log" & SAMPLER=$!
DUMP=$(curl -sf -o "$WORK/dump.ttl" -H 'Accept: text/turtle' -w '%{time_total} %{size_download} %{time_starttransfer}' "$URL/catalog/dump")
kill $SAMPLER 2>/dev/null || true
read -r DUMP_S DUMP_BYTES DUMP_TTFB <<< "$DUMP"
DUMP_MB=$(( DUMP_BYTES / 1024 / 1024 ))
DUMP_RSS=$(max_mb "$WORK/rss-dump.log")
DUMP_DATASETS=$(grep -c 'a dcat:Dataset\|dcat#Dataset>' "$WORK/dump.ttl" || true)
rm -f "$WORK/dump.ttl"
log "dump: $DUMP_S s, $DUMP_MB MB, $DUMP_DATASETS datasets, RSS max $DUMP_RSS MB"

# wrk scenarios: name | script | path | env
PAGES=$(( (COUNT + 99) / 100 ))
seq 1 $(( PAGES < 100 ? PAGES : 100 )) > "$WORK/pages-first100.txt"
# Deep pages are timed with curl: at seconds each, wrk would collect too few samples (and time out).
DEEP=$(( PAGES * 9 / 10 )); DEEP_TIMES=""
for _ in 1 2 3; do DEEP_TIMES+="$(curl -sf -o /dev/null -w '%{time_total}' "$URL/catalog.ttl?page=$DEEP&page_size=100") "; done
# Pages 2–101 of both listings, by their own cursors (REST: keyset; GraphQL: positions), for the rotating
# scenarios: 5,000 records, more than GraphQL keeps decoded (DecodedSummaryCache), so most of its pages decode.
GQL_QUERY=$(sed -E 's/.*"query":"(.*)"}/\1/' "$FEEDS/wrk/graphql-50.json")
: > "$WORK/rest-cursors.txt"; : > "$WORK/graphql-pages.ndjson"
REST_NEXT=$(curl -sf "$URL/api/v1/datasets?limit=50" | grep -o '"next":"[^"]*"' | cut -d'"' -f4)
GQL_NEXT=$(curl -sf -X POST -H 'Content-Type: application/json' -d '{"query":"{ datasets(first: 50) { pageInfo { endCursor } } }"}' "$URL/graphql" \
  | grep -o '"endCursor":"[^"]*"' | cut -d'"' -f4)
for _ in $(seq 1 100); do
  echo "$REST_NEXT" >> "$WORK/rest-cursors.txt"
  echo "{\"query\":\"${GQL_QUERY/first: 50/first: 50, after: \\\"$GQL_NEXT\\\"}\"}" >> "$WORK/graphql-pages.ndjson"
  REST_NEXT=$(curl -sf "$URL/api/v1/datasets?limit=50&after=$REST_NEXT" | grep -o '"next":"[^"]*"' | cut -d'"' -f4)
  GQL_NEXT=$(curl -sf -X POST -H 'Content-Type: application/json' \
    -d "{\"query\":\"{ datasets(first: 50, after: \\\"$GQL_NEXT\\\") { pageInfo { endCursor } } }\"}" "$URL/graphql" \
    | grep -o '"endCursor":"[^"]*"' | cut -d'"' -f4)
done
tail -1 "$WORK/graphql-pages.ndjson" | curl -sf -X POST -H 'Content-Type: application/json' -d @- "$URL/graphql" | grep -q '"nodes":\[{' \
  || { log "the GraphQL page 101 answers no datasets"; exit 1; }
run_wrk() { # name kind path-or-template lines-or-body
  local name=$1 kind=$2 target=$3 extra=$4 load=(-t"$THREADS" -c"$CONNECTIONS")
  [[ $name == turtle-* ]] && load=(-t1 -c"$LAT_CONNECTIONS")
  local common=("${load[@]}" -d"$DURATION" --timeout 30s --latency)
  case $kind in
    get)    BENCH_WRK="$ROOT/bench/wrk" wrk "${common[@]}" -s "$ROOT/bench/wrk/fixed.lua" "$URL$target" ;;
    rotate) BENCH_WRK="$ROOT/bench/wrk" BENCH_TEMPLATE="$target" BENCH_LINES="$extra" \
              wrk "${common[@]}" -s "$ROOT/bench/wrk/rotate.lua" "$URL/" ;;
    post)   BENCH_BODY="$extra" wrk "${common[@]}" -s "$FEEDS/wrk/post.lua" "$URL$target" ;;
    posts)  BENCH_WRK="$ROOT/bench/wrk" BENCH_BODIES="$extra" wrk "${common[@]}" -s "$FEEDS/wrk/post-rotate.lua" "$URL$target" ;;
  esac
}
# REST and GraphQL first and back to back, so both see the same machine; the slower Turtle pages after.
SCENARIOS=(
  "rest-list-50|get|/api/v1/datasets?limit=50|"
  "graphql-50|post|/graphql|$FEEDS/wrk/graphql-50.json"
  "rest-list-50-pages-2-101|rotate|/api/v1/datasets?limit=50&after=%s|$WORK/rest-cursors.txt"
  "graphql-50-pages-2-101|posts|/graphql|$WORK/graphql-pages.ndjson"
  "turtle-page-1|get|/catalog.ttl?page=1&page_size=100|"
  "turtle-pages-1-100|rotate|/catalog.ttl?page=%s&page_size=100|$WORK/pages-first100.txt"
)
curl -sf -o /dev/null "$URL/catalog.ttl?page=1&page_size=100"
curl -sf -X POST -H 'Content-Type: application/json' -d @"$FEEDS/wrk/graphql-50.json" "$URL/graphql" | grep -q '"errors"' \
  && { log "the GraphQL query answers errors:"; curl -s -X POST -H 'Content-Type: application/json' -d @"$FEEDS/wrk/graphql-50.json" "$URL/graphql" | head -c 600 >&2; exit 1; }
GQL_BYTES=$(curl -sf -X POST -H 'Content-Type: application/json' -d @"$FEEDS/wrk/graphql-50.json" "$URL/graphql" | wc -c)
REST_BYTES=$(curl -sf "$URL/api/v1/datasets?limit=50" | wc -c)
PAGE_BYTES=$(curl -sf "$URL/catalog.ttl?page=1&page_size=100" | wc -c)

declare -A RESULT RSS
for s in "${SCENARIOS[@]}"; do
  IFS='|' read -r name kind target extra <<< "$s"
  log "wrk $name (warm-up 3 s, then $DURATION)"
  DURATION=3s run_wrk "$name" "$kind" "$target" "$extra" > /dev/null
  sample_rss > "$WORK/rss-$name.log" & SAMPLER=$!
  run_wrk "$name" "$kind" "$target" "$extra" > "$WORK/wrk-$name.log"
  kill $SAMPLER 2>/dev/null || true
  RESULT[$name]=$(grep '^RESULT' "$WORK/wrk-$name.log")
  RSS[$name]=$(max_mb "$WORK/rss-$name.log")
done
field() { sed -E "s/.* $2=([^ ]+).*/\1/" <<< "${RESULT[$1]}"; }
LOAD_HTTP=$(cut -d' ' -f1-3 /proc/loadavg)

TW=$(rdf write-turtle best_tps); NW=$(rdf write-ntriples best_tps); CV=$(rdf convert-nt-to-turtle best_tps)
TW_X=$(echo "scale=1; $TW / $RAPPER_TPS" | bc); NW_X=$(echo "scale=1; $NW / $RAPPER_TPS" | bc); CV_X=$(echo "scale=1; $CV / $RAPPER_TPS" | bc)
P50=$(field turtle-page-1 p50_ms); P50_100=$(field turtle-pages-1-100 p50_ms)
(( $(field turtle-page-1 requests) > 0 )) || P50=999999
REST=$(field rest-list-50 rps); GQL=$(field graphql-50 rps); GQL_PCT=$(echo "scale=1; 100 * $GQL / $REST" | bc)

cat <<EOF

## RDF feeds and GraphQL ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $COUNT datasets)

### RDF writers vs rapper $(rapper --version) — $NT_TRIPLES triples ($(( $(stat -c %s "$NT") / 1024 / 1024 )) MiB N-Triples), $REPS runs each

| Measurement | best s | median s | triples/s (best) | triples/s (median) | vs rapper (best) |
|---|---:|---:|---:|---:|---:|
| \`rapper -i ntriples -o turtle\` (parse + write) | $RAPPER_BEST | $RAPPER_MED | $RAPPER_TPS | $RAPPER_MED_TPS | 1.0× |
EOF
for n in write-turtle write-turtle-prefixed write-ntriples convert-nt-to-turtle parse-ntriples parse-turtle; do
  echo "| ours: \`$n\` | $(rdf $n best_s) | $(rdf $n median_s) | $(rdf $n best_tps) | $(rdf $n median_tps) | $(echo "scale=1; $(rdf $n best_tps) / $RAPPER_TPS" | bc)× |"
done
cat <<EOF

Load average after the RDF part: $LOAD_RDF.

### Server ($COUNT datasets imported in $IMPORT_S; wrk -t$THREADS -c$CONNECTIONS -d$DURATION)

| Scenario | req/s | p50 ms | p95 ms | p99 ms | errors / non-2xx | server RSS max MB |
|---|---:|---:|---:|---:|---:|---:|
| full dump \`GET /catalog/dump\` (Turtle, $DUMP_MB MB, $DUMP_DATASETS datasets, first byte ${DUMP_TTFB} s) | — | total ${DUMP_S} s | | | | $DUMP_RSS |
EOF
for s in "${SCENARIOS[@]}"; do
  IFS='|' read -r name kind target extra <<< "$s"
  echo "| \`$name\` $target | $(field "$name" rps) | $(field "$name" p50_ms) | $(field "$name" p95_ms) | $(field "$name" p99_ms) | $(field "$name" errors) / $(field "$name" non2xx) | ${RSS[$name]} |"
done
cat <<EOF

Deep page $DEEP of 100 (\`/catalog.ttl?page=$DEEP&page_size=100\`), three curl timings: $DEEP_TIMES s.
Turtle scenarios ran with wrk -t1 -c$LAT_CONNECTIONS; REST and GraphQL with -t$THREADS -c$CONNECTIONS.
Response sizes: Turtle page of 100 = $PAGE_BYTES bytes; REST list of 50 = $REST_BYTES bytes; GraphQL 50 = $GQL_BYTES bytes.
Load average after the HTTP part: $LOAD_HTTP.

| Target | Measured | Verdict |
|---|---:|---|
| Turtle writer ≥ 5× rapper's triples/s | $TW_X× (N-Triples writer $NW_X×; parse + write $CV_X×) | $(verdict "$TW_X >= 5 && $NW_X >= 5") |
| Full dump of $COUNT datasets ≤ 30 s | $DUMP_S s | $(verdict "$DUMP_S <= 30") |
| Server RSS during the dump < 400 MB | $DUMP_RSS MB | $(verdict "$DUMP_RSS < 400") |
| Turtle page of 100 p50 ≤ 50 ms (page 1; pages 1–100 rotating: $P50_100 ms) | $P50 ms | $(verdict "$P50 <= 50") |
| GraphQL 50 datasets ≥ 70 % of REST list 50 ($REST req/s) | $GQL req/s = $GQL_PCT % | $(verdict "$GQL_PCT >= 70") |

Logs: $WORK.
EOF
