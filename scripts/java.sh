# Sourced by scripts/bench.sh and scripts/run.sh: finding a JDK 25+ to run the lab with (the
# machine's default java may be older). find_java prints its path, or fails.

# The major version of the java binary $1 ("25.0.3" -> 25, "1.8.0_400" -> 8), or nothing.
java_major() {
	local first_line
	first_line=$("$1" -version 2>&1 | head -n 1) || true
	sed -nE 's/.*version "(1\.)?([0-9]+).*/\2/p' <<<"$first_line"
}

is_jdk25() {
	local major
	major=$(java_major "$1")
	[[ -n $major ]] && ((major >= 25))
}

# Prints the java to use: $JAVA_HOME/bin/java if it is 25+; else the newest
# /usr/lib/jvm/*25*/bin/java; else the newest /usr/lib/jvm/*/bin/java that says 25+;
# else java on PATH if it is 25+.
find_java() {
	local candidate best="" best_major=0 major
	if [[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/java ]] && is_jdk25 "$JAVA_HOME/bin/java"; then
		echo "$JAVA_HOME/bin/java"
		return
	fi
	while read -r candidate; do
		if [[ -x $candidate ]] && is_jdk25 "$candidate"; then
			echo "$candidate"
			return
		fi
	done < <(compgen -G '/usr/lib/jvm/*25*/bin/java' | sort -rV)
	while read -r candidate; do
		[[ -x $candidate ]] || continue
		major=$(java_major "$candidate")
		if [[ -n $major ]] && ((major >= 25 && major > best_major)); then
			best=$candidate best_major=$major
		fi
	done < <(compgen -G '/usr/lib/jvm/*/bin/java' | sort -rV)
	if [[ -n $best ]]; then
		echo "$best"
		return
	fi
	if command -v java >/dev/null && is_jdk25 "$(command -v java)"; then
		command -v java
		return
	fi
	return 1
}
