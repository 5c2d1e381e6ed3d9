# Build: the same Maven build as on a developer's machine (tests run in CI, not in the image build).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY bpmn bpmn
COPY forms forms
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
ENV TZ=Asia/Ho_Chi_Minh \
    LANG=C.UTF-8
RUN useradd --system --uid 1001 phoihop
WORKDIR /app
COPY jvm.options /app/jvm.options
COPY --from=build /src/target/phoihop-*.jar /tmp/phoihop.jar
# Start-up (docs/performance.md): the jar unpacked into a plain jar and its libraries (no jar-in-jar class loading),
# and a class data sharing archive of every class a start loads, written by one training start that stops once
# the application context is ready (an in-memory database, nothing kept). A JVM that cannot use the archive starts
# without it.
RUN java -Djarmode=tools -jar /tmp/phoihop.jar extract --destination /app/jar && rm /tmp/phoihop.jar \
 && mv /app/jar/phoihop-*.jar /app/jar/phoihop.jar \
 && PHOIHOP_DB_URL="jdbc:h2:mem:training;DB_CLOSE_DELAY=-1" java @/app/jvm.options \
      -XX:ArchiveClassesAtExit=/app/phoihop.jsa -Dspring.context.exit=onRefresh \
      -jar /app/jar/phoihop.jar --spring.profiles.active=demo > /tmp/training.log 2>&1 \
 && rm -f /tmp/training.log
USER phoihop
EXPOSE 8080
# The JRE image has no curl or wget; bash's /dev/tcp is enough for a readiness probe.
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/8080 && printf "GET /actuator/health/readiness HTTP/1.0\r\n\r\n" >&3 && grep -q "\"UP\"" <&3' 
# PHOIHOP_JAVA_OPTS comes after jvm.options, so that its settings win (e.g. -Xmx1g for a larger organisation).
ENTRYPOINT ["sh", "-c", "exec java @/app/jvm.options $PHOIHOP_JAVA_OPTS -XX:SharedArchiveFile=/app/phoihop.jsa -jar /app/jar/phoihop.jar \"$@\"", "phoihop"]
