#!/usr/bin/env bash
# A single-node Slurm on localhost for examples/slurm and its test: Debian 12's slurm-wlm and munge.
#
#   scripts/slurm-local.sh start [STATE_DIR]   install (apt) if missing, write slurm.conf for this machine's
#                                             CPUs and memory, start munged, slurmctld and slurmd; wait until idle
#   scripts/slurm-local.sh stop  [STATE_DIR]   stop the daemons this script started (by their pid files)
#
# Clients need SLURM_CONF=STATE_DIR/slurm.conf (printed by start). Needs root (CI runs as root): slurmd runs jobs
# as their submitter and munged must own its key. STATE_DIR defaults to /tmp/cosyn-slurm.
set -euo pipefail

ACTION="${1:?usage: slurm-local.sh start|stop [STATE_DIR]}"
STATE="${2:-/tmp/cosyn-slurm}"
CONF="$STATE/slurm.conf"

say() { echo "slurm-local: $*" >&2; }

stop_pid() {
  local file="$1" pid
  [[ -f $file ]] || return 0
  pid="$(cat "$file")"
  if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$file"
}

stop() {
  stop_pid "$STATE/slurmd.pid"
  stop_pid "$STATE/slurmctld.pid"
  # munged only when this script started it (a machine's own munged is left alone).
  if [[ -f $STATE/munged.started ]]; then stop_pid "$STATE/munge/munged.pid"; rm -f "$STATE/munged.started"; fi
  return 0
}

start() {
  [[ $(id -u) -eq 0 ]] || { say "needs root (slurmd runs jobs as their users)"; exit 1; }
  if ! command -v slurmctld >/dev/null || ! command -v munged >/dev/null || ! command -v sbatch >/dev/null; then
    say "installing slurm-wlm and munge"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q slurm-wlm munge >&2
  fi

  mkdir -p "$STATE"/{spool,state,log}
  stop  # a previous start that was not stopped

  if [[ ! -s /etc/munge/munge.key ]]; then
    mungekey --create --keyfile=/etc/munge/munge.key
    chown munge:munge /etc/munge/munge.key
    chmod 600 /etc/munge/munge.key
  fi
  install -d -o munge -g munge -m 0755 /run/munge "$STATE/munge"
  if ! pgrep -x munged >/dev/null; then
    runuser -u munge -- /usr/sbin/munged --pid-file="$STATE/munge/munged.pid" --log-file="$STATE/munge/munged.log"
    touch "$STATE/munged.started"
  fi

  local host cpus memory
  host="$(hostname -s)"
  cpus="$(nproc)"
  # RealMemory a little under MemTotal: slurmd drains a node that reports less than slurm.conf claims.
  memory="$(awk '/MemTotal/ {print int($2 / 1024 * 0.95)}' /proc/meminfo)"
  cat > "$CONF" <<CONF
ClusterName=cosyn-local
SlurmctldHost=$host
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
StateSaveLocation=$STATE/state
SlurmdSpoolDir=$STATE/spool
SlurmctldPidFile=$STATE/slurmctld.pid
SlurmdPidFile=$STATE/slurmd.pid
SlurmctldLogFile=$STATE/log/slurmctld.log
SlurmdLogFile=$STATE/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
MpiDefault=none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
JobAcctGatherType=jobacct_gather/none
SlurmctldTimeout=30
SlurmdTimeout=30
NodeName=$host CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=local Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF

  export SLURM_CONF="$CONF"
  /usr/sbin/slurmctld -f "$CONF"
  /usr/sbin/slurmd -f "$CONF"
  for _ in $(seq 60); do
    if sinfo -h -o %t 2>/dev/null | grep -qE '^(idle|mix|alloc)'; then
      say "up: export SLURM_CONF=$CONF"
      echo "$CONF"
      return 0
    fi
    sleep 0.5
  done

  say "the node did not come up within 30 s; see $STATE/log/"
  tail -n 5 "$STATE"/log/*.log >&2 || true
  stop
  exit 1
}

case "$ACTION" in
  start) start ;;
  stop) stop ;;
  *) say "unknown action $ACTION (start or stop)"; exit 2 ;;
esac
