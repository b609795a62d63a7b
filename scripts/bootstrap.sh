#!/usr/bin/env bash
# Installs every toolchain cosyn renders with (docs/setup.md, DESIGN.md section 3) on Debian 12.
# Idempotent: the second run finds a stamp and returns at once, printing nothing.
#
#   scripts/bootstrap.sh            install what is missing (apt needs root or passwordless sudo)
#   scripts/bootstrap.sh --check    report what is missing, install nothing; exit 1 if anything is
#   scripts/bootstrap.sh --verbose  say what is checked, also on the fast path
#   scripts/bootstrap.sh --force    ignore the stamp and check everything again
#
# All messages go to stderr: ./cosyn runs this before the CLI, whose stdout belongs to the user.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE_DIR="$ROOT/.cosyn"
STAMP="$STATE_DIR/bootstrap.stamp"
NODE_DIR="$ROOT/tools/node"
# Lives inside node_modules so that deleting node_modules also forgets the install.
NODE_STAMP="$NODE_DIR/node_modules/.cosyn-lock-hash"

# Renderers and their helpers. ca-certificates: npm and NuGet need TLS on a minimal image.
# python3-pandas: plotly.express refuses to import without it; python3-pil: RDKit's Draw returns PIL images.
# seaborn, scipy, networkx, statsmodels, sympy, matplotlib-venn: what model-written chart code imports (not
# python3-wordcloud: it depends on the 500 MB texlive-fonts-extra).
# texlive-science: siunitx, which LLM-written circuitikz and table code uses all the time.
# fonts-noto-cjk, fonts-noto-color-emoji: Chinese, Japanese and Korean text and emoji render as glyphs, not boxes
# (Chromium finds them through fontconfig; the matplotlib worker adds Noto Sans CJK as every family's fallback).
APT_PACKAGES=(
  ca-certificates
  python3-matplotlib python3-plotly python3-rdkit python3-numpy python3-pandas python3-pil
  python3-seaborn python3-scipy python3-networkx python3-statsmodels python3-sympy python3-matplotlib-venn
  texlive-latex-base texlive-latex-recommended texlive-latex-extra texlive-pictures
  texlive-luatex texlive-science lmodern poppler-utils ghostscript
  chromium fonts-dejavu-core fonts-liberation fonts-noto-cjk fonts-noto-color-emoji
  graphviz asymptote lilypond librsvg2-bin
  bubblewrap tesseract-ocr tesseract-ocr-eng util-linux sqlite3
)

# Checked on the fast path too (command -v is a builtin, so this costs microseconds).
KEY_BINARIES=(
  pdflatex lualatex pdfinfo pdftoppm pdftotext chromium dot asy lilypond gs rsvg-convert python3
  bwrap tesseract prlimit sqlite3 node npm dotnet
)

# LaTeX packages the pipelines rely on; the apt names above are expected to provide them.
LATEX_FILES=(tikz.sty pgfplots.sty circuitikz.sty booktabs.sty multirow.sty siunitx.sty standalone.cls)

# Browser builds the Chromium renderers load, relative to tools/node/node_modules.
NODE_ASSETS=(
  plotly.js-dist-min/plotly.min.js
  vega/build/vega.min.js
  vega-lite/build/vega-lite.min.js
  vega-embed/build/vega-embed.min.js
  mermaid/dist/mermaid.min.js
)

PYTHON_MODULES="matplotlib, plotly, plotly.express, rdkit, numpy, pandas, PIL, seaborn, scipy, networkx, statsmodels, sympy, matplotlib_venn"

# The pinned lock needs Node 20.19 (yargs, under vega-lite, declares ^20.19.0 || ^22.12.0 || >=23).
NODE_MIN_MAJOR=20
NODE_MIN_MINOR=19

MODE=install
VERBOSE=0
FORCE=0
PROBLEMS=()

say() { printf 'bootstrap: %s\n' "$*" >&2; }
info() { if ((VERBOSE)); then say "$@"; fi; }
die() { say "$*"; exit 1; }

# Records a problem in --check mode; stops at once in install mode.
problem() {
  if [[ $MODE == check ]]; then PROBLEMS+=("$*"); else die "$*"; fi
}

parse_args() {
  local arg
  for arg in "$@"; do
    case "$arg" in
      --check) MODE=check ;;
      --verbose|-v) VERBOSE=1 ;;
      --force) FORCE=1 ;;
      -h|--help) sed -n '2,9s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; exit 0 ;;
      *) die "unknown option '$arg' (try --help)" ;;
    esac
  done
}

# What the stamp certifies: this script, the npm lock and the SDK pin. Any edit reruns the checks.
stamp_content() {
  (cd "$ROOT" && sha256sum scripts/bootstrap.sh tools/node/package-lock.json global.json)
}

# True when the stamp is newer than every file it certifies: then their hashes cannot have changed, and checking
# costs no process (sha256sum is a fork and exec on every ./cosyn call; this is a stat each).
stamp_newer() {
  local f
  for f in scripts/bootstrap.sh tools/node/package-lock.json global.json; do
    [[ $STAMP -nt $ROOT/$f ]] || return 1
  done
}

fast_path_ok() {
  local expected bin asset
  [[ -f $STAMP ]] || return 1
  if ! stamp_newer; then
    expected="$(stamp_content)" || return 1
    [[ "$(<"$STAMP")" == "$expected" ]] || return 1
  fi
  for bin in "${KEY_BINARIES[@]}"; do command -v "$bin" >/dev/null || return 1; done
  [[ -f $NODE_STAMP ]] || return 1
  for asset in "${NODE_ASSETS[@]}"; do [[ -f $NODE_DIR/node_modules/$asset ]] || return 1; done
}

check_os() {
  local id="" version=""
  if [[ -r /etc/os-release ]]; then
    # shellcheck disable=SC1091 # a system file, read in a subshell so it cannot clobber our names
    id="$(. /etc/os-release && echo "${ID:-}")"
    # shellcheck disable=SC1091
    version="$(. /etc/os-release && echo "${VERSION_ID:-}")"
  fi
  [[ $id == debian && $version == 12 ]] ||
    die "cosyn's setup supports Debian 12 only; this is '${id:-unknown} ${version:-?}' (see docs/setup.md)"
}

# Prints the apt packages of APT_PACKAGES that are not fully installed ("ii"), one a line.
missing_apt_packages() {
  local installed
  # dpkg-query exits 1 when some name is unknown; the names it does know are still printed.
  installed="$(dpkg-query -W -f='${db:Status-Abbrev}|${Package}\n' "${APT_PACKAGES[@]}" 2>/dev/null || true)"
  local pkg
  for pkg in "${APT_PACKAGES[@]}"; do
    grep -qxF "ii |$pkg" <<<"$installed" || echo "$pkg"
  done
}

# Sets SUDO to the prefix that gives root for apt, or refuses.
acquire_root() {
  SUDO=()
  ((EUID == 0)) && return 0
  if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    SUDO=(sudo -n)
    return 0
  fi
  die "installing apt packages needs root or passwordless sudo; rerun as root or run: apt-get install $*"
}

ensure_apt_packages() {
  local missing
  mapfile -t missing < <(missing_apt_packages)
  if ((${#missing[@]} == 0)); then
    info "apt: all ${#APT_PACKAGES[@]} packages installed"
    return 0
  fi
  if [[ $MODE == check ]]; then
    problem "apt packages missing: ${missing[*]}"
    return 0
  fi
  acquire_root "${missing[@]}"
  say "apt: installing ${missing[*]} (a first install takes several minutes)"
  local log="$STATE_DIR/apt.log"
  if ! "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q >"$log" 2>&1 ||
     ! "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
         "${missing[@]}" >>"$log" 2>&1; then
    tail -n 30 "$log" >&2
    die "apt-get failed (full log: $log)"
  fi
  mapfile -t missing < <(missing_apt_packages)
  ((${#missing[@]} == 0)) || die "apt reported success but these are still missing: ${missing[*]}"
}

check_latex_files() {
  local file missing=()
  for file in "${LATEX_FILES[@]}"; do
    kpsewhich "$file" >/dev/null 2>&1 || missing+=("$file")
  done
  if ((${#missing[@]})); then
    problem "LaTeX files not found by kpsewhich: ${missing[*]}"
  else
    info "latex: ${LATEX_FILES[*]} found"
  fi
}

check_python_modules() {
  # Debian's modules live in /usr/bin/python3's path; a pyenv or venv python on PATH lacks them.
  if /usr/bin/python3 -c "import $PYTHON_MODULES" 2>/dev/null; then
    info "python: /usr/bin/python3 imports $PYTHON_MODULES"
  else
    problem "/usr/bin/python3 cannot import $PYTHON_MODULES (apt packages python3-*)"
  fi
}

check_node() {
  local hint="install Node.js >= $NODE_MIN_MAJOR.$NODE_MIN_MINOR with npm (e.g. NodeSource or nodejs.org binaries; Debian 12's own nodejs 18 is too old)"
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    problem "node and npm not found: $hint"
    return 0
  fi
  local version major minor
  version="$(node --version)"          # v20.19.2
  IFS=. read -r major minor _ <<<"${version#v}"
  if ((major < NODE_MIN_MAJOR || (major == NODE_MIN_MAJOR && minor < NODE_MIN_MINOR))); then
    problem "node $version is too old: $hint"
    return 0
  fi
  info "node: $version, npm $(npm --version)"
}

lock_hash() { sha256sum "$NODE_DIR/package-lock.json" | cut -d' ' -f1; }

node_modules_current() {
  local asset
  [[ -f $NODE_STAMP && "$(<"$NODE_STAMP")" == "$(lock_hash)" ]] || return 1
  for asset in "${NODE_ASSETS[@]}"; do [[ -f $NODE_DIR/node_modules/$asset ]] || return 1; done
}

ensure_node_modules() {
  if node_modules_current; then
    info "npm: tools/node/node_modules matches package-lock.json"
    return 0
  fi
  if [[ $MODE == check ]]; then
    problem "tools/node/node_modules is missing or does not match package-lock.json"
    return 0
  fi
  say "npm: installing the pinned render assets into tools/node (about 20 s, 180 MB)"
  local log="$STATE_DIR/npm.log"
  # --ignore-scripts: no package needs an install script, and some (canvas) would download binaries.
  if ! (cd "$NODE_DIR" && npm ci --ignore-scripts --no-audit --no-fund) >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    die "npm ci failed (full log: $log)"
  fi
  local asset
  for asset in "${NODE_ASSETS[@]}"; do
    [[ -f $NODE_DIR/node_modules/$asset ]] || die "npm ci succeeded but $asset is missing"
  done
  lock_hash >"$NODE_STAMP"
}

check_dotnet() {
  local wanted
  wanted="$(sed -n 's/.*"version": *"\([^"]*\)".*/\1/p' "$ROOT/global.json" | head -n1)"
  local hint="install the .NET SDK $wanted or a later 10.0 SDK (https://dot.net, e.g. dotnet-install.sh) and put dotnet on PATH"
  if ! command -v dotnet >/dev/null; then
    problem "dotnet not found: $hint"
    return 0
  fi
  # Run from the repo root so that dotnet itself resolves global.json: its verdict is authoritative.
  local version
  if ! version="$(cd "$ROOT" && DOTNET_NOLOGO=1 dotnet --version 2>/dev/null)"; then
    problem "the installed .NET SDKs do not satisfy global.json: $hint"
    return 0
  fi
  info "dotnet: SDK $version"
}

check_binaries() {
  local bin missing=()
  for bin in "${KEY_BINARIES[@]}"; do command -v "$bin" >/dev/null || missing+=("$bin"); done
  ((${#missing[@]} == 0)) || problem "programs not on PATH: ${missing[*]}"
}

full_run() {
  check_os
  # Prerequisites we cannot install come first: fail in a second, not after minutes of apt.
  check_node
  check_dotnet
  ensure_apt_packages
  check_latex_files
  check_python_modules
  ensure_node_modules
  check_binaries
}

main() {
  parse_args "$@"
  if [[ $MODE == install && $FORCE == 0 ]] && fast_path_ok; then
    info "up to date ($STAMP)"
    return 0
  fi
  mkdir -p "$STATE_DIR"
  if [[ $MODE == check ]]; then
    full_run
    if ((${#PROBLEMS[@]})); then
      printf 'bootstrap: missing: %s\n' "${PROBLEMS[@]}" >&2
      return 1
    fi
    say "everything is installed"
    return 0
  fi
  # Two ./cosyn processes starting together must not run apt or npm ci at the same time.
  exec 9>"$STATE_DIR/bootstrap.lock"
  flock 9
  if ((FORCE == 0)) && fast_path_ok; then return 0; fi   # the other process finished the work
  full_run
  stamp_content >"$STAMP"
  info "done"
}

main "$@"
