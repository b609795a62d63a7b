#!/usr/bin/env bash
# Submits a cosyn run as a Slurm array of SHARDS tasks plus a merge job that waits for all of them.
#   OUT=/shared/run SHARDS=4 COSYN_ARGS="--pipeline chart-matplotlib --count 400 --seed 5" examples/slurm/submit.sh
# Prints the two job ids (array, merge). Logs go to the directory you submit from.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
: "${OUT:?set OUT to a folder every node sees}" "${COSYN_ARGS:?set COSYN_ARGS}"
SHARDS="${SHARDS:-4}"
mkdir -p "$OUT"
export OUT COSYN_ARGS COSYN="${COSYN:-cosyn}"
array=$(sbatch --parsable --array="0-$((SHARDS - 1))" "$HERE/generate-array.sbatch")
# kill-on-invalid-dep: if a shard fails, the merge is cancelled instead of pending forever.
merge=$(sbatch --parsable --dependency="afterok:$array" --kill-on-invalid-dep=yes "$HERE/merge.sbatch")
echo "$array $merge"
