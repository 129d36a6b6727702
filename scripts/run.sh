#!/usr/bin/env bash
# The fastest way to run the lab: its jar extracted, with a JDK 25 AOT cache, and a young
# generation that holds a million waiting virtual threads.
#
#   scripts/run.sh [--prepare] [lab arguments, e.g. --server.port=9090]
#
# The first time (and whenever target/ holds a newer jar) it builds the jar if there is
# none, extracts it into target/run/ (java -Djarmode=tools extract: plain jars on a class
# path instead of jars nested in a jar) and trains an AOT cache there (target/run/app.aot:
# one start of the lab that stops once its context is refreshed, JEP 483 and 514). Then it
# runs
#
#   java -XX:AOTCache=app.aot -Xmn2g --enable-native-access=ALL-UNNAMED --enable-preview \
#        -jar target/run/concurrency-lab-<version>.jar
#
# Measured on the reference machine (2 cores): healthy in about 2.7 s, against about 7 s for
# java -jar target/concurrency-lab-<version>.jar (docs/benchmarks.md). -Xmn2g keeps the
# young generation at 2 GB: a million sleeping virtual threads (about a gigabyte) then fit
# in it, and no collection copies them during the run (GUIDE.md, "A million"). The heap
# must be larger than that (the default is a quarter of the memory): give the lab at least
# 4 GB, or drop -Xmn2g with LAB_YOUNG= (empty).
#
# Options:
#   --prepare    extract and train, then stop (what scripts/bench.sh uses)
#   -h, --help   this text
# Environment:
#   JAVA_HOME          a JDK 25+ (otherwise the newest under /usr/lib/jvm, or java on PATH)
#   LAB_YOUNG          the young generation's flag (default -Xmn2g; empty for the JVM's own)
#   JDK_JAVA_OPTIONS   more JVM options, read by the java launcher itself (e.g. -Xmx8g, which
#                      a 400 of the lab may recommend); the cache is retrained only when the
#                      jar or LAB_YOUNG change: remove target/run after changing the JDK or them

set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
RUN_DIR=$ROOT/target/run
PREPARE_ONLY=0
YOUNG=${LAB_YOUNG--Xmn2g}

log() { printf '[run] %s\n' "$*" >&2; }
die() { printf '[run] ERROR: %s\n' "$*" >&2; exit 1; }

case ${1:-} in
	--prepare) PREPARE_ONLY=1; shift ;;
	-h | --help) sed -n '2,/^$/s/^# \{0,1\}//p' "$0" >&2; exit 0 ;;
esac

# shellcheck source=scripts/java.sh
source "$ROOT/scripts/java.sh"
JAVA=$(find_java) || die "no JDK 25+ found: set JAVA_HOME to one"

JAR=$(compgen -G 'target/concurrency-lab-*.jar' | grep -v '\.original$' | xargs -r ls -t | head -n 1 || true)
if [[ -z $JAR ]]; then
	log "no jar yet: ./mvnw -q -B -DskipTests package"
	./mvnw -q -B -DskipTests package || die "the build failed"
	JAR=$(compgen -G 'target/concurrency-lab-*.jar' | grep -v '\.original$' | xargs -r ls -t | head -n 1)
fi
APP=$RUN_DIR/$(basename "$JAR")
# the flags the cache is trained with are the flags it runs with: a cache made for one
# garbage collector or heap layout is refused by a JVM started with another
FLAGS=(-XX:+UseG1GC ${YOUNG:+"$YOUNG"} --enable-native-access=ALL-UNNAMED --enable-preview)

if [[ ! -f $RUN_DIR/app.aot || $JAR -nt $RUN_DIR/app.aot || ${YOUNG:-none} != "$(cat "$RUN_DIR/young" 2>/dev/null)" ]]; then
	log "extracting $JAR into $RUN_DIR"
	# into a directory of its own, then in place: a lab still running from the old one keeps
	# its files until it ends
	NEW_DIR=$(mktemp -d "$ROOT/target/run.XXXXXX")
	"$JAVA" -Djarmode=tools -jar "$JAR" extract --force --destination "$NEW_DIR" >/dev/null || die "extracting failed"
	[[ -d $RUN_DIR ]] && mv "$RUN_DIR" "$NEW_DIR.old"
	mv "$NEW_DIR" "$RUN_DIR"
	rm -rf "$NEW_DIR.old"
	log "training the AOT cache (one start of the lab, stopped once its context is refreshed)"
	# the same absolute path to the jar in training and in every run: the cache records the
	# class path, and a JVM given another one (a relative path is another one) ignores it
	(cd "$RUN_DIR" && "$JAVA" "${FLAGS[@]}" -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh \
		-jar "$APP" >training.log 2>&1) || die "training failed; see $RUN_DIR/training.log"
	echo "${YOUNG:-none}" >"$RUN_DIR/young"
fi
((PREPARE_ONLY)) && { echo "$JAVA ${FLAGS[*]} -XX:AOTCache=$RUN_DIR/app.aot -jar $APP"; exit 0; }

exec "$JAVA" "${FLAGS[@]}" -XX:AOTCache="$RUN_DIR/app.aot" -jar "$APP" "$@"
