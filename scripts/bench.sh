#!/usr/bin/env bash
# Concurrency Lab benchmarks, in one run, as a Markdown report.
#
#   scripts/bench.sh [--no-build] [--quick] [--url URL]
#
# This script does the parts that belong to the shell: build the jar, find a JDK 25, start
# the server three times with `java -jar` and three times the fastest way (scripts/run.sh:
# the jar extracted, with an AOT cache and -Xmn2g), to measure start-up, keep the last one
# up for the measurements, and always stop it again.
# The measuring itself is done by scripts/bench_report.py against the last server started,
# then scripts/bench_python.py against the same server (the seed's Python ways on the same
# work, each in a fresh CPython, beside the lab's experiments), then scripts/bench_live.py
# (live runs, thread states on and off, the page in headless Chromium), which starts labs of
# its own.
#
# The report goes to stdout and to bench-out/benchmarks-<date>.md (quick runs:
# benchmarks-<date>-quick.md); progress goes to stderr; the server's log to bench-out/server.log.
#
# Options:
#   --no-build   use the jar already in target/ instead of running ./mvnw package
#   --quick      shrink everything (100 and 1,000 tasks, 2 runs, 20 overhead runs, 1 start):
#                a check that the script works, not figures to quote
#   --url URL    measure a lab that is already running at URL; builds nothing, starts and
#                stops no server, and so reports no start-up times
#   -h, --help   this text
# Environment:
#   BENCH_PORT   port for the server this script starts (default 18080)
#   JAVA_HOME    a JDK 25+ to run the server with (otherwise see find_java below)
#   BENCH_PYTHON the Python measured beside the lab (default python3; if it is not found,
#                the report says so and the run goes on)

set -euo pipefail

COMMAND_LINE=$(printf '%q ' "$0" "$@")
COMMAND_LINE=${COMMAND_LINE% }
cd "$(dirname "$0")/.."
ROOT=$PWD

BUILD=1
QUICK=0
EXTERNAL_URL=""
PORT=${BENCH_PORT:-18080}
OUT_DIR=$ROOT/bench-out
SERVER_LOG=$OUT_DIR/server.log
STARTUP_TSV=$OUT_DIR/startup.tsv
STARTS=3                 # how many times the start-up is measured
STARTUP_LIMIT_S=120      # give up if the server is not UP after this long

log() { printf '[bench] %s\n' "$*" >&2; }
die() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 1; }
usage() { sed -n '2,/^$/s/^# \{0,1\}//p' "$0" >&2; }

while (($#)); do
	case $1 in
		--no-build) BUILD=0 ;;
		--quick) QUICK=1 ;;
		--url)
			(($# >= 2)) || die "--url needs a value, e.g. --url http://localhost:8080"
			EXTERNAL_URL=${2%/}
			shift
			;;
		--url=*)
			EXTERNAL_URL=${1#--url=}
			EXTERNAL_URL=${EXTERNAL_URL%/}
			;;
		-h | --help) usage; exit 0 ;;
		*) usage; die "unknown option: $1" ;;
	esac
	shift
done
((QUICK)) && STARTS=1
command -v python3 >/dev/null || die "python3 is needed"
command -v curl >/dev/null || die "curl is needed"
mkdir -p "$OUT_DIR"

# ---------------------------------------------------------------------------------------
# Finding the JDK 25 to run the jar with (the machine's default java may be older)
# ---------------------------------------------------------------------------------------

# shellcheck source=scripts/java.sh
source "$ROOT/scripts/java.sh"

# ---------------------------------------------------------------------------------------
# The server's life: start, wait for UP, stop; and always stop it when this script ends
# ---------------------------------------------------------------------------------------

SERVER_PID=""

stop_server() {
	[[ -n $SERVER_PID ]] || return 0
	local pid=$SERVER_PID i
	SERVER_PID=""
	kill "$pid" 2>/dev/null || true # SIGTERM: the lab shuts down gracefully
	for ((i = 0; i < 300; i++)); do # up to 30 s, then force it
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.1
	done
	kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null || true
}

on_exit() {
	local rc=$?
	if [[ -n $SERVER_PID ]]; then
		log "stopping the server (pid $SERVER_PID)"
		stop_server
	fi
	exit "$rc"
}
trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

server_died() {
	log "the server died; the end of $SERVER_LOG:"
	tail -n 30 "$SERVER_LOG" >&2 || true
	SERVER_PID=""
	die "the server (java -jar) exited; see $SERVER_LOG"
}

health_is_up() {
	[[ $(curl -fs --max-time 1 "$1/actuator/health" 2>/dev/null || true) == *'"status":"UP"'* ]]
}

now_us() { local t=$EPOCHREALTIME; echo "${t//[.,]/}"; } # microseconds since the epoch

# Starts the jar, polls /actuator/health every 50 ms until it answers UP, and appends
# "run <TAB> launch-to-UP ms <TAB> Spring's 'Started in' s <TAB> 'process running for' s"
# to $STARTUP_TSV.
start_and_measure() {
	local run=$1 url=$2 how=$3 t0 up_ms started="" running="" line i
	local -a launch
	if [[ $how == jar ]]; then
		launch=("${JAR_LAUNCH[@]}")
	else
		launch=("${FAST_LAUNCH[@]}")
	fi
	t0=$(now_us)
	"${launch[@]}" --server.port="$PORT" >"$SERVER_LOG" 2>&1 &
	SERVER_PID=$!
	until health_is_up "$url"; do
		kill -0 "$SERVER_PID" 2>/dev/null || server_died
		(($(now_us) - t0 < STARTUP_LIMIT_S * 1000000)) ||
			die "the server was not UP after ${STARTUP_LIMIT_S} s; see $SERVER_LOG"
		sleep 0.05
	done
	up_ms=$((($(now_us) - t0) / 1000))
	# Spring logs "Started LabApplication in 2.1 seconds (process running for 2.5)"; the
	# health endpoint can answer a moment before that line is written, so wait up to 2 s.
	for ((i = 0; i < 40; i++)); do
		line=$(grep -oE 'Started LabApplication in [0-9.]+ seconds \(process running for [0-9.]+\)' "$SERVER_LOG" | tail -n 1 || true)
		[[ -n $line ]] && break
		sleep 0.05
	done
	if [[ -n $line ]]; then
		started=$(sed -E 's/.* in ([0-9.]+) seconds.*/\1/' <<<"$line")
		running=$(sed -E 's/.*running for ([0-9.]+)\).*/\1/' <<<"$line")
	fi
	printf '%s\t%s\t%s\t%s\t%s\n' "$run" "$up_ms" "$started" "$running" "$how" >>"$STARTUP_TSV"
	log "start-up ($how) $run/$STARTS: UP after ${up_ms} ms (Spring: started in ${started:-?} s)"
}

# ---------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------

REPORT_ARGS=()
((QUICK)) && REPORT_ARGS+=(--quick)

if [[ -n $EXTERNAL_URL ]]; then
	((BUILD)) && log "--url given: building nothing and starting no server"
	health_is_up "$EXTERNAL_URL" || die "no lab answers UP at $EXTERNAL_URL/actuator/health"
	URL=$EXTERNAL_URL
else
	URL=http://localhost:$PORT
	JAVA=$(find_java) || die "no JDK 25+ found: tried \$JAVA_HOME (${JAVA_HOME:-unset}), /usr/lib/jvm/*/bin/java and java on PATH ($(java_major java 2>/dev/null || true)). Install a JDK 25 or point JAVA_HOME at one."
	log "java: $JAVA ($("$JAVA" -version 2>&1 | head -n 1))"

	if ((BUILD)); then
		log "building: ./mvnw -q -B -DskipTests package"
		./mvnw -q -B -DskipTests package || die "the build failed"
	fi
	JAR=$(compgen -G 'target/concurrency-lab-*.jar' | grep -v '\.original$' | xargs -r ls -t | head -n 1 || true)
	[[ -n $JAR ]] || die "no target/concurrency-lab-*.jar; build first (run without --no-build)"
	log "jar: $JAR"

	health_is_up "$URL" && die "something already answers on port $PORT; stop it or set BENCH_PORT"

	# the jar as built, then the fastest way (scripts/run.sh: extracted, an AOT cache, -Xmn2g);
	# the last server started the fast way stays up for the measurements
	JAR_LAUNCH=("$JAVA" --enable-native-access=ALL-UNNAMED --enable-preview -jar "$JAR")
	log "preparing the fast way: scripts/run.sh --prepare"
	FAST_COMMAND=$(JAVA_HOME=$(dirname "$(dirname "$JAVA")") "$ROOT/scripts/run.sh" --prepare) ||
		die "scripts/run.sh --prepare failed"
	[[ -n $FAST_COMMAND ]] || die "scripts/run.sh --prepare printed no command"
	read -ra FAST_LAUNCH <<<"$FAST_COMMAND" # its paths have no spaces: the checkout's, as here
	: >"$STARTUP_TSV"
	for how in jar fast; do
		for ((run = 1; run <= STARTS; run++)); do
			start_and_measure "$run" "$URL" "$how"
			[[ $how == fast && $run == "$STARTS" ]] || stop_server
		done
	done
	REPORT_ARGS+=(--startup "$STARTUP_TSV" --java "$JAVA" --pid "$SERVER_PID")
	[[ -x $(dirname "$JAVA")/jcmd ]] && REPORT_ARGS+=(--jcmd "$(dirname "$JAVA")/jcmd")
fi

REPORT_FILE=$OUT_DIR/benchmarks-$(date +%F).md
((QUICK)) && REPORT_FILE=$OUT_DIR/benchmarks-$(date +%F)-quick.md
log "measuring against $URL; the report goes to stdout and $REPORT_FILE"
if ! python3 "$ROOT/scripts/bench_report.py" --url "$URL" --command "$COMMAND_LINE" "${REPORT_ARGS[@]}" |
	tee "$REPORT_FILE"; then
	[[ -n $SERVER_PID ]] && ! kill -0 "$SERVER_PID" 2>/dev/null && server_died
	die "the measurements failed (see above); the partial report is in $REPORT_FILE"
fi
log "CPython beside the lab: scripts/bench_python.py against $URL"
PYTHON_ARGS=(--url "$URL" --python "${BENCH_PYTHON:-python3}")
((QUICK)) && PYTHON_ARGS+=(--quick)
if ! { echo; python3 "$ROOT/scripts/bench_python.py" "${PYTHON_ARGS[@]}"; } | tee -a "$REPORT_FILE"; then
	[[ -n $SERVER_PID ]] && ! kill -0 "$SERVER_PID" 2>/dev/null && server_died
	die "scripts/bench_python.py failed (see above); the partial report is in $REPORT_FILE"
fi
if [[ -z $EXTERNAL_URL ]]; then
	stop_server
	log "live runs, thread states and the page: scripts/bench_live.py (starts three more labs)"
	LIVE_ARGS=(--java "$JAVA" --jar "$JAR")
	((QUICK)) && LIVE_ARGS+=(--quick)
	{ echo; python3 "$ROOT/scripts/bench_live.py" "${LIVE_ARGS[@]}"; } | tee -a "$REPORT_FILE" ||
		die "scripts/bench_live.py failed (see above)"
fi
log "done: $REPORT_FILE"
