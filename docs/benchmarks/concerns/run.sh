#!/usr/bin/env bash
# Benchmark of ranked concerns with rank uncertainty (issue 6): see ConcernsBench.java for what is timed.
#
#   bash docs/benchmarks/concerns/run.sh [n=100000] [replicates=500] [runs=5] [seed=1]
#
# Uses the portal's shaded jar if JAR points to one (or portal/target/portal-*.jar exists), else the admin module's
# compiled classes plus Commons Math from the local Maven repository (compiling admin offline if needed).
# Times on a quiet machine: it waits while /tmp/sv-quiet exists, then holds it (with the name "concerns") while it
# runs, and removes it at the end. Writes the output and the machine's state to results/<UTC stamp>/.
# Settings (environment): JAVA_OPTS (default -Xms1g -Xmx1g), OUT=dir, QUIET_LOAD=1.0 and QUIET_MAX_WAIT=300 (after
# taking the flag, wait at most that many seconds for the 1-minute load average to fall below QUIET_LOAD).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../../.." && pwd)
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT=${OUT:-$HERE/results/$STAMP}
JAVA_OPTS=${JAVA_OPTS:--Xms1g -Xmx1g}
QUIET_LOAD=${QUIET_LOAD:-1.0}
QUIET_MAX_WAIT=${QUIET_MAX_WAIT:-300}
mkdir -p "$OUT"

JAR=${JAR:-$(ls "$REPO"/portal/target/portal-*.jar 2>/dev/null | grep -v original | head -1 || true)}
if [ -n "$JAR" ]; then
  CLASSPATH_USED=$JAR
else
  if [ ! -f "$REPO/admin/target/classes/uk/gov/safervoices/admin/analysis/concerns/ConcernRanking.class" ]; then
    (cd "$REPO" && mvn -o -q -pl admin -am compile)
  fi
  CLASSPATH_USED=$REPO/admin/target/classes:$HOME/.m2/repository/org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar
fi

while [ -e /tmp/sv-quiet ] && [ "$(cat /tmp/sv-quiet 2>/dev/null)" != concerns ]; do sleep 10; done
echo concerns > /tmp/sv-quiet
trap 'rm -f /tmp/sv-quiet' EXIT
# Holding the flag stops others starting heavy work, but not what already runs: wait (bounded) for the 1-minute load
# average to fall below QUIET_LOAD.
waited=0
while awk -v limit="$QUIET_LOAD" '{ exit !($1 >= limit) }' /proc/loadavg && [ "$waited" -lt "$QUIET_MAX_WAIT" ]; do
  sleep 10; waited=$((waited + 10))
done

{
  echo "stamp: $STAMP"
  echo "commit: $(git -C "$REPO" rev-parse --short HEAD) $(git -C "$REPO" status --porcelain -- . ':!docs/benchmarks/concerns/results' | grep -q . && echo '(uncommitted changes)')"
  echo "classpath: $CLASSPATH_USED"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "JAVA_OPTS: $JAVA_OPTS"
  echo "cores: $(nproc); load average before: $(cut -d' ' -f1-3 /proc/loadavg) (after waiting ${waited} s for it to fall below $QUIET_LOAD)"
  echo "command: java $JAVA_OPTS -cp <classpath> docs/benchmarks/concerns/ConcernsBench.java $*"
} | tee "$OUT/machine.txt"

# shellcheck disable=SC2086
/usr/bin/time -v java $JAVA_OPTS -cp "$CLASSPATH_USED" "$HERE/ConcernsBench.java" "$@" \
  > >(tee "$OUT/output.txt") 2> "$OUT/time-v.txt"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/machine.txt"
grep -E "Maximum resident|Elapsed|Percent of CPU" "$OUT/time-v.txt" | tee -a "$OUT/machine.txt"
echo "results in $OUT"
