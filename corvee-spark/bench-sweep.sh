#!/usr/bin/env bash
# Spark's overhead on one machine: the same 200-run sweep (run --replicates 200) on the local
# executor (--threads 2) and on Spark local[2], each REPEATS times, alternating; prints every
# wall time — the command's own "wall time" line (Spark's start and the store included, JVM
# start excluded) and the whole process's — and their medians. Usage: corvee-spark/bench-sweep.sh [RUNS] [REPEATS] [extra run options...]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-200}"; repeats="${2:-3}"; shift $(( $# > 2 ? 2 : $# ))
extra=("$@")
[[ ${#extra[@]} -gt 0 ]] || extra=(--scale 0.002 --set run.end_year=2014)
out="$(mktemp -d)"
declare -a local_s spark_s local_p spark_p
# one sweep: prints "<command wall time> <process wall time>"
sweep() {
  local t0 t1 w
  t0=$(date +%s.%N)
  w=$("$here/corvee" run --replicates "$runs" "${extra[@]}" "$@" 2>/dev/null | grep '^wall time' | awk '{print $3}')
  t1=$(date +%s.%N)
  echo "$w $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')"
}
for ((i = 0; i < repeats; i++)); do
  rm -rf "$out/l" "$out/s"
  read -r w p < <(sweep --threads 2 --out "$out/l"); local_s+=("$w"); local_p+=("$p")
  read -r w p < <(sweep --executor spark --master 'local[2]' --out "$out/s"); spark_s+=("$w"); spark_p+=("$p")
  echo "repeat $((i + 1)): local ${local_s[-1]} s (process ${local_p[-1]} s), spark local[2] ${spark_s[-1]} s (process ${spark_p[-1]} s)"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
echo "runs $runs, options: ${extra[*]}"
echo "median wall time: local executor $(median "${local_s[@]}") s, spark local[2] $(median "${spark_s[@]}") s"
echo "median process time: local executor $(median "${local_p[@]}") s, spark local[2] $(median "${spark_p[@]}") s"
rm -rf "$out"
