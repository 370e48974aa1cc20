#!/usr/bin/env bash
# Benchmark of the resident's journey (issue 3): see docs/benchmarks.md.
#
#   bash docs/benchmarks/run.sh h2|mariadb
#
# Runs, against the shaded portal jar on one database, in this order:
#   (a) page views: wrk on a section page, first-time visitors (no cookies), then residents with draft cookies
#       (wrk: closed loop, as fast as the server answers), then the residents at a fixed PACED_RATE (open loop);
#   (b) final submissions: drafts prepared over HTTP (every section POSTed, check-answers read), then 64 threads
#       POST each draft's final "check your answers" form once (Harness submit); then the row check;
#   (c) raw ceiling: the same rows inserted by a plain JDBC loop (server stopped, same database).
# Every load targets 127.0.0.1 only and is bounded in time and count.
#
# Settings (environment variables, all optional):
#   JAR=path            use this jar instead of building one
#   SV_COMMIT=rev       build a clean export of this commit (git archive) instead of the working tree
#   PORT=18090          server port
#   JAVA_OPTS           server JVM flags (default: -Xms1g -Xmx1g -XX:+UseG1GC)
#   SERVER_ENV          extra environment for the server, e.g.
#                       "MICRONAUT_SERVER_THREAD_SELECTION=AUTO DATASOURCES_DEFAULT_MAXIMUM_POOL_SIZE=16"
#   CONNECTIONS=64 WRK_THREADS=2 PAGE_SECONDS=30 SUBMIT_SECONDS=60 RAW_SECONDS=60
#   PACED_RATE=2000     the fixed rate of the open-loop resident page views (Harness pace)
#   CALIBRATION_DRAFTS=2000   drafts submitted first (warm-up) to size the timed phase
#   DRAFTS=n            drafts for the timed phase (default: 1.3 x calibration rate x SUBMIT_SECONDS, >= 3000);
#                       the phase ends when all are answered (so rows can be compared exactly), bounded by
#                       5 x SUBMIT_SECONDS; its report gives the duration actually sustained
#   MAX_DRAFTS=120000   upper bound on DRAFTS
#   QUIET_PCT=15 QUIET_MAX_WAIT=300   before each measured phase wait (bounded) for other processes to use < 15 %
#   DISTURBED_PCT=15 ATTEMPTS=3       repeat a measured phase (at most ATTEMPTS times) while other processes took
#                       more than DISTURBED_PCT % of the machine during it; every attempt is reported
#   PAGE_COSTS=1        also measure server CPU per request for several page types (static file ... grid page)
#   PROFILE=1           also record JFR (settings=profile) during (a) and (b) and summarise it with JfrTop.java
#   OUT=dir             where results go (default docs/benchmarks/results/<UTC stamp>-<db>)
#   MARIADB_DB=sv_bench_run MARIADB_USER=sv_bench MARIADB_PASSWORD=sv_bench   (dropped and re-created each run)
set -euo pipefail

DB=${1:-}
if [[ "$DB" != "h2" && "$DB" != "mariadb" ]]; then
  echo "usage: bash docs/benchmarks/run.sh h2|mariadb" >&2
  exit 2
fi
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
PORT=${PORT:-18090}
JAVA_OPTS=${JAVA_OPTS:--Xms1g -Xmx1g -XX:+UseG1GC}
SERVER_ENV=${SERVER_ENV:-}
CONNECTIONS=${CONNECTIONS:-64}
WRK_THREADS=${WRK_THREADS:-2}
PAGE_SECONDS=${PAGE_SECONDS:-30}
PACED_RATE=${PACED_RATE:-2000}
SUBMIT_SECONDS=${SUBMIT_SECONDS:-60}
RAW_SECONDS=${RAW_SECONDS:-60}
CALIBRATION_DRAFTS=${CALIBRATION_DRAFTS:-2000}
MAX_DRAFTS=${MAX_DRAFTS:-120000}
PROFILE=${PROFILE:-0}
QUIET_PCT=${QUIET_PCT:-15}
QUIET_MAX_WAIT=${QUIET_MAX_WAIT:-300}
DISTURBED_PCT=${DISTURBED_PCT:-15}
ATTEMPTS=${ATTEMPTS:-3}
MARIADB_DB=${MARIADB_DB:-sv_bench_run}
MARIADB_USER=${MARIADB_USER:-sv_bench}
MARIADB_PASSWORD=${MARIADB_PASSWORD:-sv_bench}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT=${OUT:-$HERE/results/$STAMP-$DB}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
WORK=$(mktemp -d /tmp/sv-bench.XXXXXX)
BASE=http://127.0.0.1:$PORT
SERVER_PID=
SUMMARY=$OUT/summary.txt

log() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$OUT/run.log" >&2; }
result() { echo "$*" | tee -a "$SUMMARY"; }

stop_server() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"
    for _ in $(seq 60); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 1; done
    kill -0 "$SERVER_PID" 2>/dev/null && kill -9 "$SERVER_PID"
  fi
  SERVER_PID=
}
trap 'stop_server; rm -rf "$WORK"' EXIT

# ---- CPU accounting: machine busy jiffies, and our processes' jiffies (server, mariadbd) --------------------------
machine_busy() { awk '/^cpu /{print $2+$3+$4+$7+$8+$9}' /proc/stat; }
proc_cpu() { if [[ -n "${1:-}" && -r /proc/$1/stat ]]; then awk '{print $14+$15}' "/proc/$1/stat"; else echo 0; fi; }
mariadbd_pid() { pgrep -x mariadbd | head -1 || true; }
cpu_mark() { CPU_M0=$(machine_busy); CPU_S0=$(proc_cpu "$SERVER_PID"); CPU_D0=$(proc_cpu "$(mariadbd_pid)"); CPU_T0=$(date +%s.%N); }
# cpu_report <label> <load-generator cpu seconds> <requests>
cpu_report() {
  local m1 s1 d1 t1 hz
  m1=$(machine_busy); s1=$(proc_cpu "$SERVER_PID"); d1=$(proc_cpu "$(mariadbd_pid)"); t1=$(date +%s.%N); hz=$(getconf CLK_TCK)
  awk -v l="$1" -v g="$2" -v n="$3" -v m="$((m1 - CPU_M0))" -v s="$((s1 - CPU_S0))" -v d="$((d1 - CPU_D0))" \
      -v t0="$CPU_T0" -v t1="$t1" -v hz="$hz" -v cores="$(nproc)" 'BEGIN {
    wall = t1 - t0; cap = wall * cores; ms = m / hz; ss = s / hz; ds = d / hz; other = ms - ss - ds - g;
    if (other < 0) other = 0;
    printf "cpu %s wall_s=%.1f capacity_cpu_s=%.1f machine_busy_pct=%.0f server_cpu_s=%.1f mariadbd_cpu_s=%.1f" \
           " loadgen_cpu_s=%.1f other_processes_cpu_s=%.1f (%.0f%% of capacity) server_cpu_ms_per_request=%.2f\n",
      l, wall, cap, 100 * ms / cap, ss, ds, g, other, 100 * other / cap, (n > 0 ? 1000 * ss / n : 0) }'
}
# wait_quiet <label>: other sessions share this machine; before a measured phase, wait (at most QUIET_MAX_WAIT
# seconds) until processes other than ours use less than QUIET_PCT % of the machine over 5 s. Never kills anything.
wait_quiet() {
  local waited=0 m0 s0 d0 m1 s1 d1 pct
  while :; do
    m0=$(machine_busy); s0=$(proc_cpu "$SERVER_PID"); d0=$(proc_cpu "$(mariadbd_pid)"); sleep 5
    m1=$(machine_busy); s1=$(proc_cpu "$SERVER_PID"); d1=$(proc_cpu "$(mariadbd_pid)")
    pct=$(( ((m1 - m0) - (s1 - s0) - (d1 - d0)) * 100 / (5 * $(getconf CLK_TCK) * $(nproc)) ))
    waited=$((waited + 5))
    if (( pct < QUIET_PCT || waited >= QUIET_MAX_WAIT )); then break; fi
  done
  result "quiet $1 waited_s=$waited other_processes_pct_last_5s=$pct"
}
# run a load generator under /usr/bin/time to get its CPU seconds: timed_cpu <outfile> cmd...
timed_cpu() { local out=$1; shift; /usr/bin/time -f "%U %S" -o "$WORK/time" "$@" > "$out" 2> "$out.err" || { cat "$out.err" >&2; return 1; }; awk '{print $1+$2}' "$WORK/time"; }
field() { grep -oE "(^| )$2=[^ ]+" "$1" | head -1 | cut -d= -f2; }

# ---- machine and build --------------------------------------------------------------------------------------------
{
  echo "date_utc: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "memory: $(free -g | awk '/^Mem:/{print $2 " GiB total, " $7 " GiB available"}')"
  echo "kernel: $(uname -r)"
  echo "java: $(java -version 2>&1 | tr '\n' ' ')"
  echo "wrk: $(wrk -v 2>&1 | head -1)"
  echo "mariadb: $(mariadb -uroot -N -e 'select version()' 2>/dev/null || echo n/a)"
  echo "loadavg_at_start: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$OUT/machine.txt"

if [[ -z "${JAR:-}" ]]; then
  if [[ -n "${SV_COMMIT:-}" ]]; then
    SRC=$WORK/src; mkdir -p "$SRC"
    git -C "$REPO" archive "$SV_COMMIT" | tar -x -C "$SRC"
    echo "source: commit $(git -C "$REPO" rev-parse "$SV_COMMIT") (clean export)" >> "$OUT/machine.txt"
  else
    SRC=$REPO
    echo "source: working tree at $(git -C "$REPO" rev-parse HEAD), $(git -C "$REPO" status --porcelain -- portal admin survey-definitions pom.xml | wc -l) changed paths" >> "$OUT/machine.txt"
  fi
  log "building the shaded jar in $SRC"
  (cd "$SRC" && mvn -q -o -Dsv.build.suffix=-bench -DskipTests package) > "$OUT/build.log" 2>&1
  JAR=$SRC/portal/target-bench/portal-0.1.0-SNAPSHOT.jar
  cp "$JAR" "$WORK/portal.jar"; JAR=$WORK/portal.jar
else
  echo "source: given jar $JAR (sha256 $(sha256sum "$JAR" | cut -c1-16))" >> "$OUT/machine.txt"
fi
mkdir -p "$WORK/classes"
javac -d "$WORK/classes" -cp "$JAR" "$HERE/Harness.java"
HARNESS=(java -Xmx2g -cp "$JAR:$WORK/classes" Harness)

# ---- database -----------------------------------------------------------------------------------------------------
if [[ "$DB" == "h2" ]]; then
  DATA=$WORK/h2; mkdir -p "$DATA"
  JDBC_URL="jdbc:h2:file:$DATA/safervoices;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE"
  JDBC_USER=sa; JDBC_PASSWORD=
  DB_ENV=(SAFERVOICES_DATA_DIR="$DATA")
else
  mariadb -uroot -e "DROP DATABASE IF EXISTS \`$MARIADB_DB\`; CREATE DATABASE \`$MARIADB_DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER IF NOT EXISTS '$MARIADB_USER'@'127.0.0.1' IDENTIFIED BY '$MARIADB_PASSWORD';
    CREATE USER IF NOT EXISTS '$MARIADB_USER'@'localhost' IDENTIFIED BY '$MARIADB_PASSWORD';
    GRANT ALL ON \`$MARIADB_DB\`.* TO '$MARIADB_USER'@'127.0.0.1'; GRANT ALL ON \`$MARIADB_DB\`.* TO '$MARIADB_USER'@'localhost';"
  JDBC_URL="jdbc:mysql://127.0.0.1:3306/$MARIADB_DB"
  JDBC_USER=$MARIADB_USER; JDBC_PASSWORD=$MARIADB_PASSWORD
  DB_ENV=(SAFERVOICES_DATA_DIR="$WORK/data" DATASOURCES_DEFAULT_URL="$JDBC_URL"
          DATASOURCES_DEFAULT_USERNAME="$JDBC_USER" DATASOURCES_DEFAULT_PASSWORD="$JDBC_PASSWORD")
  mariadb -uroot -N -e "show variables where variable_name in ('innodb_flush_log_at_trx_commit','innodb_buffer_pool_size','sync_binlog','log_bin','max_connections','innodb_log_file_size')" \
    | sed 's/^/mariadb_setting: /' >> "$OUT/machine.txt"
fi

# ---- server -------------------------------------------------------------------------------------------------------
log "starting the server on port $PORT ($DB) with JAVA_OPTS='$JAVA_OPTS' SERVER_ENV='$SERVER_ENV'"
# shellcheck disable=SC2086
env "${DB_ENV[@]}" PORT="$PORT" $SERVER_ENV java $JAVA_OPTS -Xlog:gc:file="$OUT/gc.log" -jar "$JAR" > "$OUT/server.log" 2>&1 &
SERVER_PID=$!
for i in $(seq 180); do
  curl -sf -o /dev/null "$BASE/" && break
  kill -0 "$SERVER_PID" 2>/dev/null || { log "server exited"; tail -30 "$OUT/server.log" >&2; exit 1; }
  sleep 1
done
curl -sf -o "$WORK/home.html" "$BASE/" || { log "server not answering after 180 s"; exit 1; }
SLUG=$(grep -oE '/consultations/community-safety-survey-[0-9]{4}' "$WORK/home.html" | head -1 | cut -d/ -f3)
[[ -n "$SLUG" ]] || { log "no demo consultation on the home page"; exit 1; }
PAGE=$BASE/consultations/$SLUG/community-safety-survey/feeling_safe
[[ "$(curl -s -o /dev/null -w '%{http_code}' "$PAGE")" == "200" ]] || { log "$PAGE does not answer 200"; exit 1; }
{
  echo "server_start: $(grep -oE 'Startup completed in [0-9]+ms' "$OUT/server.log" | head -1)"
  echo "jvm_command_line: $(jcmd "$SERVER_PID" VM.command_line 2>/dev/null | grep -E '^jvm_args' | cut -d: -f2-)"
  echo "jvm_flags: $(jcmd "$SERVER_PID" VM.flags 2>/dev/null | tail -1)"
  echo "server_env: $SERVER_ENV"
  echo "slug: $SLUG"
} >> "$OUT/machine.txt"
result "database: $DB   jar: $JAR   JAVA_OPTS: $JAVA_OPTS   SERVER_ENV: ${SERVER_ENV:-(none)}"

jfr_start() { [[ "$PROFILE" == "1" ]] && jcmd "$SERVER_PID" JFR.start name="$1" settings=profile filename="$OUT/$1.jfr" > /dev/null || true; }
jfr_stop() {
  if [[ "$PROFILE" == "1" ]]; then
    jcmd "$SERVER_PID" JFR.stop name="$1" > /dev/null
    java "$HERE/JfrTop.java" "$OUT/$1.jfr" 30 > "$OUT/$1.profile.txt" 2>&1 || true
  fi
}

# attempts <label> <output prefix> <count field> <command...>: a measured phase. Runs it after wait_quiet; if other
# processes still took more than DISTURBED_PCT % of the machine during it, runs it again (at most ATTEMPTS times).
# Every attempt is reported; BEST (output file) and BEST_CPU (its CPU line) are the least disturbed attempt.
attempts() {
  local label=$1 prefix=$2 countfield=$3 k g n other best_other=1000
  shift 3
  for k in $(seq "$ATTEMPTS"); do
    wait_quiet "$label#$k"
    cpu_mark
    g=$(timed_cpu "$prefix-$k.txt" "$@")
    n=$(field "$prefix-$k.txt" "$countfield")
    result "$(grep -E '^(page|raw|submit) [a-z_]+=' "$prefix-$k.txt" | sed -E "s/^[a-z]+ /$label#$k /")"
    grep -E '^(raw|submit) error' "$prefix-$k.txt" | tee -a "$SUMMARY" || true
    local line; line=$(cpu_report "$label#$k" "$g" "$n"); result "$line"
    other=$(echo "$line" | grep -oE '\([0-9]+% of capacity\)' | grep -oE '[0-9]+')
    if (( other < best_other )); then best_other=$other; BEST=$prefix-$k.txt; BEST_CPU=$line; fi
    (( other <= DISTURBED_PCT )) && break
    log "$label attempt $k disturbed: other processes took $other % of the machine"
  done
}

# ---- (a) page views -----------------------------------------------------------------------------------------------
WRK=(wrk -t"$WRK_THREADS" -c"$CONNECTIONS" --latency --timeout 30s)
log "(a) warm-up: 15 s of page views"
wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d15s "$PAGE" > "$OUT/a-warmup.txt" 2>&1
log "(a) page views, first-time visitors, ${PAGE_SECONDS}s"
jfr_start pages
attempts a_pages_anonymous "$OUT/a-pages-anonymous" requests "${WRK[@]}" -d"${PAGE_SECONDS}s" -s "$HERE/page.lua" "$PAGE"
jfr_stop pages
A_ANON=$BEST; A_ANON_CPU=$BEST_CPU

# a small set of residents for page views with cookies (their drafts are never submitted)
"${HARNESS[@]}" prepare "$BASE" "$SLUG" "$CONNECTIONS" 16 "$WORK/residents.tsv" 99 > "$OUT/a-residents-prepare.txt" 2>&1
log "(a) page views, residents with draft cookies, ${PAGE_SECONDS}s"
attempts a_pages_resident "$OUT/a-pages-resident" requests "${WRK[@]}" -d"${PAGE_SECONDS}s" -s "$HERE/page.lua" "$PAGE" -- "$WORK/residents.tsv"
A_RES=$BEST; A_RES_CPU=$BEST_CPU

# the same residents at a fixed rate (open loop): latency at the target throughput, measured from when each request
# was due, so queueing behind a slow answer counts
log "(a) page views at a fixed ${PACED_RATE}/s, residents with draft cookies, ${PAGE_SECONDS}s"
attempts a_pages_paced "$OUT/a-pages-paced" requests "${HARNESS[@]}" pace "$PAGE" "$CONNECTIONS" "$PACED_RATE" "$PAGE_SECONDS" "$WORK/residents.tsv"
A_PACED=$BEST; A_PACED_CPU=$BEST_CPU

# optional: server CPU per request of different page types (4 connections, 8 s each, after 3 s of warm-up)
if [[ "${PAGE_COSTS:-0}" == "1" ]]; then
  S=$BASE/consultations/$SLUG/community-safety-survey
  for u in "$BASE/static/app.css" "$BASE/" "$BASE/consultations/$SLUG" "$S/anything_else" "$S/feeling_safe" "$S/worry" "$S/local_problems"; do
    wrk -t1 -c4 -d3s "$u" > /dev/null 2>&1
    cpu_mark
    g=$(timed_cpu "$WORK/cost.txt" wrk -t1 -c4 -d8s --timeout 30s -s "$HERE/page.lua" "$u")
    result "page_cost ${u#$BASE} bytes=$(curl -s "$u" | wc -c) $(grep '^page ' "$WORK/cost.txt" | grep -oE 'throughput=[^ ]+|p50_ms=[^ ]+' | tr '\n' ' ')$(cpu_report x "$g" "$(field "$WORK/cost.txt" requests)" | grep -oE 'other_processes_cpu_s=[^ ]+ \([0-9]+% of capacity\)|server_cpu_ms_per_request=[^ ]+' | tr '\n' ' ')"
  done
fi

# ---- (b) final submissions ----------------------------------------------------------------------------------------
log "(b) calibration: preparing $CALIBRATION_DRAFTS drafts"
cpu_mark
g=$(timed_cpu "$OUT/b-calibration-prepare.txt" timeout 3h "${HARNESS[@]}" prepare "$BASE" "$SLUG" "$CALIBRATION_DRAFTS" "$CONNECTIONS" "$WORK/calibration.tsv" 1)
result "$(grep '^prepare ' "$OUT/b-calibration-prepare.txt" | sed 's/^prepare /b_calibration_prepare /')"
result "$(cpu_report b_calibration_prepare "$g" "$(field "$OUT/b-calibration-prepare.txt" requests)")"
log "(b) calibration: submitting them (warm-up; ends when all are answered, at most 300 s)"
"${HARNESS[@]}" submit "$BASE" "$SLUG" "$WORK/calibration.tsv" "$CONNECTIONS" 300 > "$OUT/b-calibration-submit.txt" 2>&1
result "$(grep '^submit ' "$OUT/b-calibration-submit.txt" | sed 's/^submit /b_calibration_submit /')"
CAL_ACK=$(field "$OUT/b-calibration-submit.txt" acknowledged)
CAL_RATE=$(field "$OUT/b-calibration-submit.txt" throughput)
if [[ -z "${DRAFTS:-}" ]]; then
  DRAFTS=$(awk -v r="$CAL_RATE" -v s="$SUBMIT_SECONDS" -v max="$MAX_DRAFTS" 'BEGIN { n = int(r * s * 1.3); if (n < 3000) n = 3000; if (n > max) n = max; print n }')
fi
log "(b) preparing $DRAFTS drafts for the timed phase (calibration rate $CAL_RATE/s)"
cpu_mark
g=$(timed_cpu "$OUT/b-prepare.txt" timeout 3h "${HARNESS[@]}" prepare "$BASE" "$SLUG" "$DRAFTS" "$CONNECTIONS" "$WORK/drafts.tsv" 2)
result "$(grep '^prepare ' "$OUT/b-prepare.txt" | sed 's/^prepare /b_prepare /')"
result "$(cpu_report b_prepare "$g" "$(field "$OUT/b-prepare.txt" requests)")"
db_status() { [[ "$DB" == "mariadb" ]] && mariadb -uroot -N -e "SHOW GLOBAL STATUS WHERE Variable_name IN ('Com_select','Com_insert','Com_update','Com_delete','Com_commit','Com_rollback','Questions','Innodb_data_fsyncs')" | sort > "$1" || true; }
# db_status_report <label> <before> <after> <count>: statements per submission/response (whole MariaDB server)
db_status_report() {
  [[ "$DB" == "mariadb" ]] || return 0
  result "$1 (MariaDB global counters, per unit) $(join "$2" "$3" | awk -v n="$4" '{ printf "%s%s=%.2f", sep, $1, ($3 - $2) / n; sep=" " } END { print "" }')"
}
# The timed phase uses up its drafts, so a disturbed attempt needs a fresh set: prepared only when needed.
ACK=0; TUPLES=("$WORK/calibration.tsv"); best_other=1000
for k in $(seq "$ATTEMPTS"); do
  if (( k > 1 )); then
    log "(b) preparing $DRAFTS more drafts for attempt $k"
    "${HARNESS[@]}" prepare "$BASE" "$SLUG" "$DRAFTS" "$CONNECTIONS" "$WORK/drafts-$k.tsv" $((k + 1)) > "$OUT/b-prepare-$k.txt" 2>&1 \
      || { cat "$OUT/b-prepare-$k.txt" >&2; exit 1; }
  else
    mv "$WORK/drafts.tsv" "$WORK/drafts-1.tsv"
  fi
  TUPLES+=("$WORK/drafts-$k.tsv")
  wait_quiet "b_submit#$k"
  log "(b) final submissions, attempt $k: $DRAFTS drafts, sized to last about ${SUBMIT_SECONDS}s (bound: $((SUBMIT_SECONDS * 5))s)"
  db_status "$WORK/status0.txt"
  [[ $k == 1 ]] && jfr_start submit
  cpu_mark
  g=$(timed_cpu "$OUT/b-submit-$k.txt" "${HARNESS[@]}" submit "$BASE" "$SLUG" "$WORK/drafts-$k.tsv" "$CONNECTIONS" "$((SUBMIT_SECONDS * 5))")
  line=$(cpu_report "b_submit#$k" "$g" "$(field "$OUT/b-submit-$k.txt" posted)")
  [[ $k == 1 ]] && jfr_stop submit
  db_status "$WORK/status1.txt"
  ACK=$((ACK + $(field "$OUT/b-submit-$k.txt" acknowledged)))
  result "$(grep '^submit drafts=' "$OUT/b-submit-$k.txt" | sed "s/^submit /b_submit#$k /")"
  grep '^submit error' "$OUT/b-submit-$k.txt" | tee -a "$SUMMARY" || true
  result "$line"
  db_status_report "b_statements_per_submission#$k" "$WORK/status0.txt" "$WORK/status1.txt" "$(field "$OUT/b-submit-$k.txt" posted)"
  other=$(echo "$line" | grep -oE '\([0-9]+% of capacity\)' | grep -oE '[0-9]+')
  if (( other < best_other )); then best_other=$other; B_SUB=$OUT/b-submit-$k.txt; B_SUB_CPU=$line; fi
  (( other <= DISTURBED_PCT )) && break
  log "b_submit attempt $k disturbed: other processes took $other % of the machine"
done

# ---- memory, then stop the server; row check ----------------------------------------------------------------------
result "memory server_rss_mb=$(awk '/VmRSS/{printf "%.0f", $2/1024}' /proc/$SERVER_PID/status) server_peak_rss_mb=$(awk '/VmHWM/{printf "%.0f", $2/1024}' /proc/$SERVER_PID/status) heap: $(jcmd "$SERVER_PID" GC.heap_info 2>/dev/null | grep -E 'garbage-first heap|total' | head -1 | sed 's/^ *//')"
jcmd "$SERVER_PID" GC.heap_info > "$OUT/heap.txt" 2>&1 || true
stop_server
result "gc $(grep -c 'Pause' "$OUT/gc.log" || true) pauses, $(grep -oE '[0-9.]+ms$' "$OUT/gc.log" | tr -d ms | awk '{ t += $1 } END { printf "%.0f", t }') ms in total over the whole run (see gc.log)"
log "row check"
"${HARNESS[@]}" rows "$JDBC_URL" "$JDBC_USER" "$JDBC_PASSWORD" "$((CAL_ACK + ACK))" "${TUPLES[@]}" > "$OUT/b-rows.txt" 2>&1 \
  || { cat "$OUT/b-rows.txt" >&2; exit 1; }
result "$(sed 's/^rows /b_rows /' "$OUT/b-rows.txt")"

# ---- (c) raw ceiling ----------------------------------------------------------------------------------------------
log "(c) raw JDBC ceiling, $CONNECTIONS threads, ${RAW_SECONDS}s"
db_status "$WORK/status2.txt"
attempts c_raw "$OUT/c-raw" committed timeout $((RAW_SECONDS + 300)) "${HARNESS[@]}" raw "$JDBC_URL" "$JDBC_USER" "$JDBC_PASSWORD" "$CONNECTIONS" "$RAW_SECONDS"
db_status "$WORK/status3.txt"
[[ "$DB" == "mariadb" ]] && db_status_report c_statements_per_response "$WORK/status2.txt" "$WORK/status3.txt" "$(grep -hoE '^raw threads=.* committed=[0-9]+' "$OUT"/c-raw-*.txt | grep -oE 'committed=[0-9]+' | cut -d= -f2 | paste -sd+ | bc)"
C_RAW=$BEST; C_RAW_CPU=$BEST_CPU

# ---- summary: the least disturbed attempt of each phase -----------------------------------------------------------
RAW_RATE=$(field "$C_RAW" throughput)
SUB_RATE=$(field "$B_SUB" throughput)
{
  echo
  echo "== $DB: least disturbed attempt of each phase"
  echo "pages_anonymous $(grep '^page ' "$A_ANON" | cut -d' ' -f2-)"
  echo "   $A_ANON_CPU"
  echo "pages_resident $(grep '^page ' "$A_RES" | cut -d' ' -f2-)"
  echo "   $A_RES_CPU"
  echo "pages_resident_paced $(grep '^page ' "$A_PACED" | cut -d' ' -f2-)"
  echo "   $A_PACED_CPU"
  echo "submissions $(grep '^submit drafts=' "$B_SUB" | cut -d' ' -f2-)"
  echo "   $B_SUB_CPU"
  echo "rows $(cut -d' ' -f2- "$OUT/b-rows.txt")"
  echo "raw $(grep '^raw threads=' "$C_RAW" | cut -d' ' -f2-)"
  echo "   $C_RAW_CPU"
  echo "fraction_of_raw submissions_per_s=$SUB_RATE raw_per_s=$RAW_RATE fraction=$(awk -v a="$SUB_RATE" -v b="$RAW_RATE" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }')"
} | tee -a "$SUMMARY"
echo "loadavg_at_end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/machine.txt"
log "done: $OUT"
