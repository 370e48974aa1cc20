#!/usr/bin/env bash
# Benchmark of the analyst results page (issue 5): 100,000 stored responses on MariaDB, "under 3 s cold, under
# 50 ms cached". See AnalysisBench.java for what each step does.
#
#   bash docs/benchmarks/analysis/run.sh
#
# Steps: build the shaded jar if missing; create a fresh database and user; start the jar on it once (Flyway, the
# shipped questionnaire synced); stop it; seed N responses, margins, a scheme and an analyst with JDBC; start a
# fresh JVM and time the results page (fresh JVM cold, cached; by ward cold, cached; one response added: warm JVM
# cold, cached); time ResponseCells' statements one by one with EXPLAIN/ANALYZE; count rows and table sizes; stop
# the server; drop the database (unless KEEP_DB=1).
#
# Settings (environment, all optional): N=100000 SEED=1 REPEATS=20 PORT=18091 JAR=path JAVA_OPTS="-Xms1g -Xmx1g"
#   QUIET_PCT=15 QUIET_MAX_WAIT=300 (wait, bounded, for other processes to use < 15 % of the machine before timing)
#   QUERY_RUNS=2 (runs of ResponseCells.count timed statement by statement)
#   RUNS=1 (fresh JVMs timed one after another, each cold then cached: time-<run>.txt, server-timed-<run>.log)
#   REUSE_DB=1 (time a database kept by an earlier KEEP_DB=1 run: no create, no seed; each run has added one
#   response to it, so its count grows by one a run)
#   MARIADB_DB=sv_analysis_bench MARIADB_USER=sv_abench MARIADB_PASSWORD=sv_abench KEEP_DB=0 OUT=dir
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../../.." && pwd)
N=${N:-100000}
SEED=${SEED:-1}
REPEATS=${REPEATS:-20}
PORT=${PORT:-18091}
JAVA_OPTS=${JAVA_OPTS:--Xms1g -Xmx1g}
QUIET_PCT=${QUIET_PCT:-15}
QUIET_MAX_WAIT=${QUIET_MAX_WAIT:-300}
MARIADB_DB=${MARIADB_DB:-sv_analysis_bench}
MARIADB_USER=${MARIADB_USER:-sv_abench}
MARIADB_PASSWORD=${MARIADB_PASSWORD:-sv_abench}
KEEP_DB=${KEEP_DB:-0}
RUNS=${RUNS:-1}
REUSE_DB=${REUSE_DB:-0}
if [[ "$REUSE_DB" == "1" ]]; then KEEP_DB=1; fi
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT=${OUT:-$HERE/results/$STAMP-mariadb}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
WORK=$(mktemp -d /tmp/sv-analysis-bench.XXXXXX)
BASE=http://127.0.0.1:$PORT
SERVER_PID=

log() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$OUT/run.log" >&2; }

stop_server() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"
    for _ in $(seq 60); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 1; done
    kill -0 "$SERVER_PID" 2>/dev/null && kill -9 "$SERVER_PID"
  fi
  SERVER_PID=
}
drop_db() {
  if [[ "$KEEP_DB" != "1" ]]; then
    mariadb -uroot -e "DROP DATABASE IF EXISTS \`$MARIADB_DB\`" || true
  fi
}
trap 'stop_server; drop_db; rm -rf "$WORK"' EXIT

machine_busy() { awk '/^cpu /{print $2+$3+$4+$7+$8+$9}' /proc/stat; }
proc_cpu() { if [[ -n "${1:-}" && -r /proc/$1/stat ]]; then awk '{print $14+$15}' "/proc/$1/stat"; else echo 0; fi; }
mariadbd_pid() { pgrep -x mariadbd | head -1 || true; }
# wait_quiet <label>: wait (at most QUIET_MAX_WAIT s) until processes other than ours use < QUIET_PCT % over 5 s.
wait_quiet() {
  local waited=0 m0 s0 d0 m1 s1 d1 pct
  while :; do
    m0=$(machine_busy); s0=$(proc_cpu "$SERVER_PID"); d0=$(proc_cpu "$(mariadbd_pid)"); sleep 5
    m1=$(machine_busy); s1=$(proc_cpu "$SERVER_PID"); d1=$(proc_cpu "$(mariadbd_pid)")
    pct=$(( ((m1 - m0) - (s1 - s0) - (d1 - d0)) * 100 / (5 * $(getconf CLK_TCK) * $(nproc)) ))
    waited=$((waited + 5))
    if (( pct < QUIET_PCT || waited >= QUIET_MAX_WAIT )); then break; fi
  done
  echo "quiet $1 waited_s=$waited other_processes_pct_last_5s=$pct uptime: $(uptime)" | tee -a "$OUT/summary.txt"
}

# ---- machine and build --------------------------------------------------------------------------------------------
{
  echo "date_utc: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "uptime_at_start: $(uptime)"
  echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "memory: $(free -g | awk '/^Mem:/{print $2 " GiB total, " $7 " GiB available"}')"
  echo "java: $(java -version 2>&1 | tr '\n' ' ')"
  echo "mariadb: $(mariadb -uroot -N -e 'select version()')"
  mariadb -uroot -N -e "show variables where variable_name in ('innodb_buffer_pool_size','innodb_flush_method',
    'tmp_table_size','max_heap_table_size','join_buffer_size','optimizer_switch','sort_buffer_size')" | sed 's/^/mariadb_setting: /'
  echo "source: $(git -C "$REPO" rev-parse HEAD), $(git -C "$REPO" status --porcelain -- portal admin survey-definitions pom.xml | wc -l) changed paths"
  echo "settings: N=$N SEED=$SEED REPEATS=$REPEATS JAVA_OPTS=$JAVA_OPTS"
} > "$OUT/machine.txt"

JAR=${JAR:-$REPO/portal/target/portal-0.1.0-SNAPSHOT.jar}
if [[ ! -f "$JAR" ]]; then
  log "building the shaded jar"
  (cd "$REPO" && mvn -q -o -DskipTests package) > "$OUT/build.log" 2>&1
fi
echo "jar: $JAR (sha256 $(sha256sum "$JAR" | cut -c1-16), built $(date -u -r "$JAR" +%Y-%m-%dT%H:%M:%SZ))" >> "$OUT/machine.txt"
BENCH=(java -cp "$JAR" "$HERE/AnalysisBench.java")

# ---- database -----------------------------------------------------------------------------------------------------
if [[ "$REUSE_DB" != "1" ]]; then
mariadb -uroot -e "DROP DATABASE IF EXISTS \`$MARIADB_DB\`; CREATE DATABASE \`$MARIADB_DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER IF NOT EXISTS '$MARIADB_USER'@'127.0.0.1' IDENTIFIED BY '$MARIADB_PASSWORD';
  CREATE USER IF NOT EXISTS '$MARIADB_USER'@'localhost' IDENTIFIED BY '$MARIADB_PASSWORD';
  GRANT ALL ON \`$MARIADB_DB\`.* TO '$MARIADB_USER'@'127.0.0.1'; GRANT ALL ON \`$MARIADB_DB\`.* TO '$MARIADB_USER'@'localhost';"
fi
JDBC_URL="jdbc:mysql://127.0.0.1:3306/$MARIADB_DB"

start_server() { # start_server <label>
  log "starting the server ($1)"
  # shellcheck disable=SC2086
  env SAFERVOICES_DATA_DIR="$WORK/data" DATASOURCES_DEFAULT_URL="$JDBC_URL" DATASOURCES_DEFAULT_USERNAME="$MARIADB_USER" \
      DATASOURCES_DEFAULT_PASSWORD="$MARIADB_PASSWORD" PORT="$PORT" java $JAVA_OPTS -jar "$JAR" > "$OUT/server-$1.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 180); do
    curl -sf -o /dev/null "$BASE/" && break
    kill -0 "$SERVER_PID" 2>/dev/null || { log "server exited"; tail -30 "$OUT/server-$1.log" >&2; exit 1; }
    sleep 1
  done
  curl -sf -o /dev/null "$BASE/" || { log "server not answering after 180 s"; exit 1; }
  echo "server_start_$1: $(grep -oE 'Startup completed in [0-9]+ms' "$OUT/server-$1.log" | head -1)" >> "$OUT/machine.txt"
}

# ---- seed ---------------------------------------------------------------------------------------------------------
if [[ "$REUSE_DB" == "1" ]]; then
  log "reusing database $MARIADB_DB"
  CONSULTATION=$(mariadb -uroot -N -e "SELECT consultation_id FROM \`$MARIADB_DB\`.response GROUP BY consultation_id
    ORDER BY COUNT(*) DESC LIMIT 1")
  SCHEME=$(mariadb -uroot -N -e "SELECT MAX(id) FROM \`$MARIADB_DB\`.weighting_scheme")
  echo "reused consultation=$CONSULTATION scheme=$SCHEME" > "$OUT/seed.txt"
else
  start_server migrate
  stop_server
  log "seeding $N responses"
  "${BENCH[@]}" seed "$JDBC_URL" "$MARIADB_USER" "$MARIADB_PASSWORD" "$N" "$SEED" | tee "$OUT/seed.txt"
  CONSULTATION=$(grep -oE 'consultation=[0-9]+' "$OUT/seed.txt" | cut -d= -f2)
  SCHEME=$(grep -oE 'scheme=[0-9]+' "$OUT/seed.txt" | cut -d= -f2)
  mariadb -uroot -e "SELECT table_name, table_rows, ROUND(data_length/1048576) AS data_mib,
    ROUND(index_length/1048576) AS index_mib FROM information_schema.tables WHERE table_schema = '$MARIADB_DB'
    AND table_name IN ('response','response_answer','response_equality_answer')" > "$OUT/table-sizes.txt"
fi
"${BENCH[@]}" rows "$JDBC_URL" "$MARIADB_USER" "$MARIADB_PASSWORD" "$CONSULTATION" | tee "$OUT/rows.txt"

# ---- the page, fresh JVM ------------------------------------------------------------------------------------------
for run in $(seq "$RUNS"); do
  suffix=$([[ "$RUNS" == "1" ]] && echo "" || echo "-$run")
  start_server "timed$suffix"
  wait_quiet "page$suffix"
  log "timing the results page (fresh JVM, empty cache)$suffix"
  # a page that does not answer 200 with "Results" is reported (time failures=n, exit status 1) and the run goes on
  "${BENCH[@]}" time "$BASE" bench-analyst bench-analyst-password-2026 "$CONSULTATION" "$SCHEME" "$REPEATS" \
      "$JDBC_URL" "$MARIADB_USER" "$MARIADB_PASSWORD" | tee "$OUT/time$suffix.txt" \
      || echo "time exit status: failed pages" | tee -a "$OUT/summary.txt"
  grep -E 'ERROR|WARN|Exception:' "$OUT/server-timed$suffix.log" | sed -E 's/^[0-9:.]+ //' | sort | uniq -c \
      | sort -rn | head -20 > "$OUT/server-errors$suffix.txt" || true
  stop_server
done

# ---- the statements one by one ------------------------------------------------------------------------------------
wait_quiet queries
log "timing ResponseCells' statements (${QUERY_RUNS:-2} runs) with EXPLAIN and ANALYZE"
"${BENCH[@]}" queries "$JDBC_URL" "$MARIADB_USER" "$MARIADB_PASSWORD" "$CONSULTATION" "${QUERY_RUNS:-2}" explain > "$OUT/queries.txt"
grep -E '^(query|stream_only|per_request)' "$OUT/queries.txt" | tee -a "$OUT/summary.txt"

{
  echo "rows: $(cut -d' ' -f2- "$OUT/rows.txt")"
  for f in "$OUT"/time*.txt; do
    [[ "$RUNS" == "1" ]] || echo "$(basename "$f" .txt):"
    grep -E '^page |^time ' "$f" | sed -E 's/ cached_all_ms=.*//'
  done
} | tee -a "$OUT/summary.txt"
echo "uptime_at_end: $(uptime)" >> "$OUT/machine.txt"
log "done: $OUT"
