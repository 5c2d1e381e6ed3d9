# Sourced by benchmark/run and benchmark/campaign: phoihop runs as its Dockerfile runs it, so that the figures are
# those of a real installation: the jar unpacked (Spring Boot's -Djarmode=tools extract), the JVM options of
# jvm.options, and a class data sharing archive written first by one training start (in-memory H2, stops when the
# context is ready).
#
# phoihop_java <jar> <folder> [extra class path]: unpacks <jar> into <folder>, trains the archive there and sets the
# array PHOIHOP_JAVA to the java arguments that start it (append the application's own arguments), which are
# PHOIHOP_JVM (the JVM's options) followed by PHOIHOP_MAIN (class path and main class).
phoihop_java() {
  local jar=$1 folder=$2 extra=${3:-} root
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
  java -Djarmode=tools -jar "$jar" extract --destination "$folder" >/dev/null
  mv "$folder"/phoihop-*.jar "$folder/phoihop.jar"
  local classpath="$folder/phoihop.jar${extra:+:$extra}"
  (cd "$folder" && PHOIHOP_DB_URL="jdbc:h2:mem:training;DB_CLOSE_DELAY=-1" PORT=0 java @"$root/jvm.options" \
    -XX:ArchiveClassesAtExit="$folder/phoihop.jsa" -Dspring.context.exit=onRefresh -cp "$classpath" \
    vn.org.congdoanhanoi.phoihop.PhoihopApplication --spring.profiles.active=demo >"$folder/training.log" 2>&1)
  # Options given after PHOIHOP_JVM (before PHOIHOP_MAIN) override those of jvm.options.
  PHOIHOP_JVM=(@"$root/jvm.options" -XX:SharedArchiveFile="$folder/phoihop.jsa")
  PHOIHOP_MAIN=(-cp "$classpath" vn.org.congdoanhanoi.phoihop.PhoihopApplication)
  PHOIHOP_JAVA=("${PHOIHOP_JVM[@]}" "${PHOIHOP_MAIN[@]}")
}
