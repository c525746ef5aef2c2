#!/usr/bin/env bash
# Runs the JMH benchmarks (src/test/java/dev/zcu/bench/*Benchmark.java) in a forked, warm JVM.
# Usage: bench/jmh.sh [JMH args], e.g. bench/jmh.sh ParseBenchmark -f 1 -wi 3 -i 5
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
./scripts/install-zig.sh >/dev/null
mvn -q -B -Dstyle.color=never test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >&2
exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  -Dzig.home="$root/.cache/zig" -Dproject.basedir="$root" org.openjdk.jmh.Main "$@"
