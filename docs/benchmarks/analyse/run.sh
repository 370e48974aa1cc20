#!/usr/bin/env bash
# The analyse command's benchmark (issue 5): bare counting pass and analyse, 100,000 and 1,000,000 responses,
# -Xmx256m, 3 margins (ward, age_band, sex), --by ward; best of 3 runs, every run reported.
#   bash docs/benchmarks/analyse/run.sh            # jar built if missing; data generated into /tmp/sv-analyse
#   R=1 bash docs/benchmarks/analyse/run.sh        # also R's survey package on the 1,000,000 file, once
#   HARNESS=1 bash docs/benchmarks/analyse/run.sh  # also the CSV reader comparison behind docs/adr/0014, and
#                                                  # analyse's time phase by phase
#   ONLY=extras ... run.sh                          # skip the timed runs (with HARNESS=1 and/or R=1)
# The timed runs are taken under the machine's quiet flag: the script waits until /tmp/sv-quiet does not exist,
# writes its name there (QUIET_NAME, default "analyse") for the whole timed part and removes it at the end; other
# sessions wait with their heavy commands meanwhile. Each run also records the load average just before it.
# Besides the bare pass (`--count-only`, one thread) the script times a bare count on two threads cut as analyse's
# pass is (SplitCount.java, docs/adr/0019), so that analyse on two cores can be compared with both.
# Raw outputs go to docs/benchmarks/analyse/results/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
jar="$root/portal/target/portal-0.1.0-SNAPSHOT.jar"
data="${DATA:-/tmp/sv-analyse}"
results="$here/results"
quiet=/tmp/sv-quiet
mkdir -p "$data" "$results"

if [ ! -f "$jar" ]; then
  (cd "$root" && mvn -q -o -B -DskipTests package)
fi
take_quiet() {
  while [ -e "$quiet" ] && [ "$(cat "$quiet" 2>/dev/null)" != "${QUIET_NAME:-analyse}" ]; do sleep 5; done
  echo "${QUIET_NAME:-analyse}" > "$quiet"
  trap 'rm -f "$quiet"' EXIT
}
for n in 100000 1000000; do
  [ -f "$data/responses-$n.csv" ] || python3 "$here/generate.py" "$n" "$data"
done

{
  echo "date: $(date -u +%FT%TZ)   commit: $(cd "$root" && git rev-parse --short HEAD)   jar sha256: $(sha256sum "$jar" | cut -c1-16)"
  echo "machine: $(nproc) cores, $(grep 'model name' /proc/cpuinfo | head -1 | cut -d: -f2 | xargs), $(free -g | awk '/Mem/{print $2}') GB"
  java -version 2>&1 | head -1
} > "$results/machine.txt"

measure() { # label file command...: one run (under the quiet flag), /usr/bin/time -v appended to file; prints "wall rss"
  local label="$1" file="$2"; shift 2
  echo "== $label   (load before: $(cut -d' ' -f1-3 /proc/loadavg))" >> "$file"
  /usr/bin/time -v "$@" >> "$file" 2> "$file.err" || { cat "$file.err" >> "$file"; echo "FAILED: $label" >&2; exit 1; }
  cat "$file.err" >> "$file"
  local wall rss
  wall=$(grep 'Elapsed (wall clock)' "$file.err" | awk '{print $NF}' | awk -F: '{ if (NF == 3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep 'Maximum resident set size' "$file.err" | awk '{print $NF}')
  rm -f "$file.err"
  echo "$wall $rss"
}

summary="$results/summary.txt"
classes="$data/harness-classes"
mkdir -p "$classes"
javac -d "$classes" -cp "$jar" "$here/SplitCount.java"
take_quiet
if [ "${ONLY:-}" != extras ]; then
printf "%-10s %-10s %s\n" "rows" "what" "wall s (runs: best first ... all)   max RSS MB (of best)" > "$summary"
for n in 100000 1000000; do
  raw="$results/analyse-$n.txt"
  : > "$raw"
  for what in count splitcount analyse; do
    runs=()
    for i in 1 2 3; do
      out="$data/out-$n"
      rm -rf "$out"
      if [ "$what" = count ]; then
        r=$(measure "count-only $n run $i" "$raw" java -Xmx256m -jar "$jar" analyse --count-only --responses "$data/responses-$n.csv")
      elif [ "$what" = splitcount ]; then
        r=$(measure "two-thread count $n run $i" "$raw" java -Xmx256m -cp "$jar:$classes" \
            uk.gov.safervoices.admin.analysis.cli.SplitCount "$data/responses-$n.csv")
      else
        r=$(measure "analyse $n run $i" "$raw" java -Xmx256m -jar "$jar" analyse --responses "$data/responses-$n.csv" \
            --margins "$data/margins-ward.csv" --margins "$data/margins-age_band.csv" --margins "$data/margins-sex.csv" \
            --by ward --out "$out")
      fi
      runs+=("$r")
    done
    best=$(printf '%s\n' "${runs[@]}" | sort -n | head -1)
    all=$(printf '%s\n' "${runs[@]}" | awk '{printf "%s ", $1}')
    printf "%-10s %-10s %-7s (%s)  %d\n" "$n" "$what" "$(echo "$best" | cut -d' ' -f1)" "$all" \
      $(( $(echo "$best" | cut -d' ' -f2) / 1024 )) >> "$summary"
    eval "best_${what}_$n=$(echo "$best" | cut -d' ' -f1)"
  done
  ratio=$(awk -v a="$(eval echo \$best_analyse_$n)" -v c="$(eval echo \$best_count_$n)" 'BEGIN { printf "%.2f", a / c }')
  split=$(awk -v a="$(eval echo \$best_analyse_$n)" -v c="$(eval echo \$best_splitcount_$n)" 'BEGIN { printf "%.2f", a / c }')
  echo "$n analyse / bare pass (best of 3 each): $ratio; analyse / two-thread bare count: $split" >> "$summary"
done
fi

if [ "${HARNESS:-0}" = 1 ]; then
  # the shaded jar has admin's classes, Commons CSV and what it needs (Commons IO)
  javac -d "$classes" -cp "$jar" "$here/ReaderHarness.java"
  java -Xmx256m -cp "$jar:$classes" uk.gov.safervoices.admin.analysis.cli.ReaderHarness \
    "$data/responses-1000000.csv" > "$results/csv-readers-1000000.txt"
  # where analyse's time goes, phase by phase (-Dsafervoices.analyse.timing)
  for n in 100000 1000000; do
    : > "$results/phases-$n.txt"
    for i in 1 2 3; do
      rm -rf "$data/out-$n"
      echo "== run $i" >> "$results/phases-$n.txt"
      java -Xmx256m -Dsafervoices.analyse.timing=1 -jar "$jar" analyse --responses "$data/responses-$n.csv" \
        --margins "$data/margins-ward.csv" --margins "$data/margins-age_band.csv" --margins "$data/margins-sex.csv" \
        --by ward --out "$data/out-$n" >> "$results/phases-$n.txt" 2>&1
    done
  done
fi

if [ "${R:-0}" = 1 ]; then
  echo "== R survey $(Rscript -e 'cat(as.character(packageVersion("survey")))'), 1,000,000 rows (load before: $(cut -d' ' -f1-3 /proc/loadavg))" \
    > "$results/r-1000000.txt"
  /usr/bin/time -v Rscript "$here/r-equivalent.R" "$data/responses-1000000.csv" "$data" \
    >> "$results/r-1000000.txt" 2>&1
fi
cat "$summary"
