#!/usr/bin/env bash
# Builds the Spark job jar: the job (examples/spark), the Java library (examples/java) and
# libminzheng.so packed in one jar at linux-x86-64/libminzheng.so, where JNA finds it on the
# class path and extracts it in every executor JVM. Compiled with javac against the jars of a
# Spark distribution (pyspark's, or $SPARK_HOME/jars); JNA is Debian's libjna-java, given to
# spark-submit with --jars. No Maven.
# Usage: examples/spark/build.sh LIBMINZHENG_SO SPARK_JARS_DIR OUT_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
so=$1
spark_jars=$2
out=$3
jna=/usr/share/java/jna.jar
rm -rf "$out" && mkdir -p "$out/classes/linux-x86-64"
javac --release 8 -Xlint:all,-options,-serial,-path -Werror -cp "$jna:$spark_jars/*" -d "$out/classes" \
  $(find "$root/examples/java/src/main/java" "$here/src/main/java" -name '*.java')
cp "$so" "$out/classes/linux-x86-64/libminzheng.so"
jar cf "$out/minzheng-spark.jar" -C "$out/classes" .
jar tf "$out/minzheng-spark.jar" | grep -q '^linux-x86-64/libminzheng.so$'
echo "$out/minzheng-spark.jar"
