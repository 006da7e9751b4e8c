#!/usr/bin/env bash
# Speed proof of the data.gouv.fr sync (issue 5), printed as Markdown:
#  1. the udata emulator runs as its own process on 127.0.0.1 (`Catalogue.Api emulate udata`) and is seeded with
#     COUNT generated datasets of one organisation (bench/Catalogue.Bench `udata-datasets`, bulk seeding endpoint);
#  2. a fresh SQLite catalogue onboards them (`sync udata onboard --org ORG`): wall time and peak RSS of that process;
#  3. EDITS datasets are edited "by a person on the website" (POST /_emulator/datasets/{id}/human-edit), then an
#     incremental pull (`sync udata pull --org ORG`) is timed and must see and update exactly those EDITS.
# Usage: bench/sync.sh   (settings below can be overridden by env vars; non-interactive, exits non-zero on failure)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
COUNT="${COUNT:-50000}"                   # datasets on data.gouv.fr (the emulator)
EDITS="${EDITS:-100}"                     # datasets edited remotely before the incremental pull
SEED="${SEED:-20261122}"
WORK="${WORK:-/tmp/catalogue-sync-bench}" # database, logs of this run
DATA="${DATA:-$WORK/data}"                # generated NDJSON (kept between runs when COUNT matches)
ART="${ART:-/tmp/art-bench-sync}"         # build artifacts (never the repo's bin/obj)
PORT="${PORT:-7091}"                      # emulator port on 127.0.0.1
ORG="${ORG:-inserm}"                      # catalogue organisation (a demo one) the datasets are onboarded into
SKIP_BUILD="${SKIP_BUILD:-0}"

EMU_ORG=5f0c0ffee0c0ffee0c0ffee0          # the emulator's demo organisation (UdataEmulatorOptions.DemoOrganizationId)
EMU_KEY=udata_emulator_demo_key           # its demo admin key (not a secret)
EMU="http://127.0.0.1:$PORT"
log() { echo "[sync] $*" >&2; }
verdict() { if (( $(echo "$1" | bc -l) )); then echo "met"; else echo "**missed**"; fi; }
command -v /usr/bin/time > /dev/null || { log "/usr/bin/time is required (apt-get install time)"; exit 2; }

if [[ "$SKIP_BUILD" != 1 ]]; then
  log "building (Release)"
  for p in src/Catalogue.Api bench/Catalogue.Bench; do dotnet build "$ROOT/$p" -c Release --artifacts-path "$ART" -v q -nologo >&2; done
fi
SERVER=(dotnet "$ART/bin/Catalogue.Api/release/Catalogue.Api.dll")
mkdir -p "$WORK" "$DATA"
FILE="$DATA/udata-datasets.ndjson"
if [[ ! -s "$FILE" || "$(wc -l < "$FILE")" -ne "$COUNT" ]]; then
  log "generating $COUNT data.gouv.fr datasets"
  dotnet "$ART/bin/Catalogue.Bench/release/Catalogue.Bench.dll" udata-datasets --count "$COUNT" --seed "$SEED" --out "$FILE"
fi

# ---- the emulator, its own process ----
log "starting the udata emulator on $EMU"
# (the executable opens its own database at start-up, even to emulate: give it one of its own)
mkdir -p "$WORK/emulator"
(cd "$WORK/emulator" && ConnectionStrings__Catalogue="Data Source=$WORK/emulator/unused.db" exec "${SERVER[@]}" emulate udata --port "$PORT" > "$WORK/emulator.log" 2>&1) &
EMU_PID=$!
stop_emulator() { kill "$EMU_PID" 2>/dev/null || return 0; for _ in $(seq 1 20); do kill -0 "$EMU_PID" 2>/dev/null || return 0; sleep 0.5; done; kill -9 "$EMU_PID" 2>/dev/null || true; }
trap stop_emulator EXIT
for _ in $(seq 1 120); do curl -sf "$EMU/api/1/datasets/licenses/" > /dev/null && break; sleep 0.5; done
curl -sf "$EMU/api/1/datasets/licenses/" > /dev/null || { log "the emulator did not start:"; cat "$WORK/emulator.log" >&2; exit 1; }

log "seeding $COUNT datasets into the emulator's organisation $EMU_ORG"
start=$(date +%s.%N)
rm -rf "$WORK/seed-parts" && mkdir -p "$WORK/seed-parts"
split -l 5000 -d -a 3 "$FILE" "$WORK/seed-parts/part-"
for part in "$WORK"/seed-parts/part-*; do
  curl -sS -f -X POST -H 'Content-Type: application/x-ndjson' --data-binary @"$part" "$EMU/_emulator/organizations/$EMU_ORG/datasets" > "$part.json" \
    || { log "seeding $part failed"; exit 1; }
done
jq -s '{created: (map(.created) | add), ids: (map(.ids) | add)}' "$WORK"/seed-parts/part-*.json > "$WORK/seeded.json"
rm -rf "$WORK/seed-parts"
SEED_S=$(printf '%.1f' "$(echo "$(date +%s.%N) - $start" | bc)")
CREATED=$(jq '.created' "$WORK/seeded.json")
[[ "$CREATED" -eq "$COUNT" ]] || { log "seeded $CREATED datasets, expected $COUNT"; exit 1; }
EMU_RSS=$(( $(awk '/VmRSS/ {print $2}' "/proc/$EMU_PID/status") / 1024 ))
log "seeded in $SEED_S s; emulator RSS $EMU_RSS MB"

# ---- a fresh catalogue (demo organisations, seeded before sync is enabled so the demo queues nothing) ----
rm -f "$WORK"/catalogue.db*
export ConnectionStrings__Catalogue="Data Source=$WORK/catalogue.db"
export Database__Provider=Sqlite
export Logging__LogLevel__Default=Warning
(cd "$WORK" && "${SERVER[@]}" keys list > /dev/null)
export Sync__Targets__Enabled__0=udata
export Udata__BaseUrl="$EMU/api/1/"
export Udata__ApiKey="$EMU_KEY"
export Sync__Udata__DefaultOrganizationId="$EMU_ORG"

# runs "$@" in $WORK under /usr/bin/time; sets WALL (s) and PEAK (MB, max RSS of the catalogue process)
timed() {
  local name=$1; shift
  (cd "$WORK" && /usr/bin/time -f "%e %M %U %S" -o "$WORK/$name.time" "$@" > "$WORK/$name.out" 2> "$WORK/$name.err") \
    || { log "$name failed:"; tail -20 "$WORK/$name.err" >&2; exit 1; }
  read -r WALL PEAK_KB USER_S SYS_S < "$WORK/$name.time"
  PEAK=$(( PEAK_KB / 1024 ))
  CPU=$(echo "$USER_S + $SYS_S" | bc)
}
report() { sed -nE "s/.*$2 ([0-9]+).*/\1/p" "$WORK/$1.out"; }
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

log "onboarding (sync udata onboard --org $ORG)"
timed onboard "${SERVER[@]}" sync udata onboard --org "$ORG"
ONBOARD_S=$WALL; ONBOARD_RSS=$PEAK; ONBOARD_CPU=$CPU
ONBOARD_INNER=$(sed -nE 's/.*in ([0-9.]+) s\.$/\1/p' "$WORK/onboard.out")
IMPORTED=$(report onboard imported); SEEN=$(report onboard Seen)
log "$(cat "$WORK/onboard.out")"
DB_MB=$(( $(stat -c %s "$WORK/catalogue.db") / 1024 / 1024 ))
(cd "$WORK" && "${SERVER[@]}" sync udata status --org "$ORG") > "$WORK/status.out"
PENDING=$(sed -nE 's/.*pending ([0-9]+).*/\1/p' "$WORK/status.out"); SYNCED=$(sed -nE 's/.*synced ([0-9]+).*/\1/p' "$WORK/status.out")
PUBLISHED=$(sqlite3 "$WORK/catalogue.db" "select count(*) from datasets d join sync_states s on s.DatasetId = d.Id and s.Target = 'udata' where d.Status = 2;" 2>/dev/null || echo "?")
UNPROCESSED=$(sqlite3 "$WORK/catalogue.db" "select count(*) from outbox_messages where Target = 'udata' and ProcessedAt is null;" 2>/dev/null || echo "?")
WRITES_BEFORE=$(curl -sf "$EMU/_emulator/requests" | jq '[.[] | select(.Method != "GET" and .method != "GET")] | length')

# ---- EDITS remote edits, spread over the organisation ----
log "editing $EDITS datasets on the website"
jq -r '.ids[]' "$WORK/seeded.json" | awk -v n="$COUNT" -v k="$EDITS" 'BEGIN { step = int(n / k); if (step < 1) step = 1 } (NR - 1) % step == 0 && c < k { print; c++ }' > "$WORK/edited.txt"
i=0
while read -r id; do
  i=$((i + 1))
  curl -sf -X POST -H 'Content-Type: application/json' \
    -d "{\"title\": \"Jeu de données révisé sur data.gouv.fr n°$i\", \"frequency\": \"monthly\"}" \
    "$EMU/_emulator/datasets/$id/human-edit" > /dev/null
done < "$WORK/edited.txt"
EDITED=$(wc -l < "$WORK/edited.txt")

log "incremental pull (sync udata pull --org $ORG)"
timed pull "${SERVER[@]}" sync udata pull --org "$ORG"
PULL_S=$WALL; PULL_RSS=$PEAK; PULL_CPU=$CPU
PULL_INNER=$(sed -nE 's/.*in ([0-9.]+) s\.$/\1/p' "$WORK/pull.out")
P_SEEN=$(report pull Seen); P_UPDATED=$(report pull updated); P_IMPORTED=$(report pull imported)
log "$(cat "$WORK/pull.out")"
# Records the pull changed: those with a revision after the import, written by the sync.
REVISED=$(sqlite3 "$WORK/catalogue.db" "select count(distinct DatasetId) from revisions where Author = 'sync:udata' and Number > 1;" 2>/dev/null || echo "?")
WRITES_AFTER=$(curl -sf "$EMU/_emulator/requests" | jq '[.[] | select(.Method != "GET" and .method != "GET")] | length')

# ---- the same pull inside a running server (how the scheduler runs it): no process start-up or first-call JIT ----
# A warm-up pull (nothing changed) first, then EDITS other datasets are edited and pulled through REST, timed by curl.
SERVER_PORT=$((PORT + 7)); SERVER_URL="http://127.0.0.1:$SERVER_PORT"
BENCH_ADMIN_KEY=ck_benchadmin01_abcdefghijklmnopqrstuvwxyz0123
log "in-server pull: starting the catalogue on $SERVER_URL"
(cd "$WORK" && CATALOGUE_BOOTSTRAP_ADMIN_KEY="$BENCH_ADMIN_KEY" exec "${SERVER[@]}" --urls "$SERVER_URL" > "$WORK/server.log" 2>&1) &
SRV_PID=$!
trap 'kill $SRV_PID 2>/dev/null || true; stop_emulator' EXIT
for _ in $(seq 1 120); do curl -sf "$SERVER_URL/api/v1/datasets?limit=1" > /dev/null && break; sleep 0.5; done
rest_pull() { curl -sf -X POST -H "X-Api-Key: $BENCH_ADMIN_KEY" -o "$WORK/$1.json" -w '%{time_total}' "$SERVER_URL/api/v1/sync/udata/pull?organization=$ORG"; }
WARM_S=$(rest_pull warm-pull) || { log "the in-server pull failed:"; tail -20 "$WORK/server.log" >&2; exit 1; }
jq -r '.ids[]' "$WORK/seeded.json" | awk -v n="$COUNT" -v k="$EDITS" 'BEGIN { step = int(n / k); if (step < 2) step = 2 } (NR - 2) % step == 0 && c < k { print; c++ }' > "$WORK/edited-2.txt"
i=0
while read -r id; do
  i=$((i + 1))
  curl -sf -X POST -H 'Content-Type: application/json' -d "{\"title\": \"Jeu de données modifié en ligne n°$i\"}" \
    "$EMU/_emulator/datasets/$id/human-edit" > /dev/null
done < "$WORK/edited-2.txt"
EDITED2=$(wc -l < "$WORK/edited-2.txt")
HOT_S=$(rest_pull hot-pull)
H_SEEN=$(jq '.seen' "$WORK/hot-pull.json"); H_UPDATED=$(jq '.updated' "$WORK/hot-pull.json")
log "in-server pull: warm-up $WARM_S s ($(jq -c . "$WORK/warm-pull.json")), then $HOT_S s ($(jq -c . "$WORK/hot-pull.json"))"
kill $SRV_PID 2>/dev/null || true
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

cat <<EOF

## Sync onboarding, data.gouv.fr ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $COUNT datasets, SQLite)

| Step | Measured |
|---|---|
| Emulator seeded with $COUNT generated datasets (bulk endpoint) | $SEED_S s; emulator RSS $EMU_RSS MB |
| Onboarding \`sync udata onboard --org $ORG\` (process wall time; pull itself; CPU user + sys) | **$ONBOARD_S s** ($ONBOARD_INNER s; CPU $ONBOARD_CPU s) |
| — report | seen $SEEN, imported $IMPORTED; $PUBLISHED published, the rest drafts; database $DB_MB MB |
| — catalogue process peak RSS | **$ONBOARD_RSS MB** |
| — after it: outbox items for udata not processed / sync status | $UNPROCESSED / pending $PENDING, synced $SYNCED |
| — writes to data.gouv.fr during onboarding and pull (POST/PUT/DELETE) | $WRITES_BEFORE before the edits, $WRITES_AFTER after the pull |
| $EDITED datasets edited on the website, then \`sync udata pull --org $ORG\` (process wall time; pull itself; CPU user + sys) | **$PULL_S s** ($PULL_INNER s; CPU $PULL_CPU s) |
| — report | seen $P_SEEN, updated $P_UPDATED, imported $P_IMPORTED; records with a second revision: $REVISED |
| — catalogue process peak RSS | $PULL_RSS MB |
| In a running server: warm-up pull with nothing changed, then $EDITED2 other datasets edited and \`POST /api/v1/sync/udata/pull?organization=$ORG\` | warm-up $WARM_S s; **$HOT_S s** |
| — report | seen $H_SEEN, updated $H_UPDATED |

Load average before onboarding: $LOAD_BEFORE; after the pull: $LOAD_AFTER.

| Target (issue 5) | Measured | Verdict |
|---|---:|---|
| Onboarding $COUNT datasets ≤ 5 min | $ONBOARD_S s | $(verdict "$ONBOARD_S <= 300 && $IMPORTED == $COUNT") |
| Bounded memory while onboarding (peak RSS ≤ 400 MB) | $ONBOARD_RSS MB | $(verdict "$ONBOARD_RSS <= 400") |
| Incremental pull with $EDITED changed ≤ 5 s, command line (new process) | $PULL_S s | $(verdict "$PULL_S <= 5") |
| Incremental pull with $EDITED2 changed ≤ 5 s, in the running server | $HOT_S s (seen $H_SEEN, updated $H_UPDATED) | $(verdict "$HOT_S <= 5 && $H_SEEN == $EDITED2 && $H_UPDATED == $EDITED2") |
| … touching only those | seen $P_SEEN, updated $P_UPDATED, second revisions $REVISED | $(verdict "$P_SEEN == $EDITED && $P_UPDATED == $EDITED && ${REVISED/\?/-1} == $EDITED") |

Logs: $WORK.
EOF
