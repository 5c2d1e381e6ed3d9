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
    LANG=C.UTF-8 \
    JAVA_TOOL_OPTIONS="-Dfile.encoding=UTF-8 -Duser.timezone=Asia/Ho_Chi_Minh -XX:MaxRAMPercentage=75"
RUN useradd --system --uid 1001 phoihop
WORKDIR /app
COPY --from=build /src/target/phoihop-*.jar /app/phoihop.jar
USER phoihop
EXPOSE 8080
# The JRE image has no curl or wget; bash's /dev/tcp is enough for a readiness probe.
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s \
  CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/8080 && printf "GET /actuator/health/readiness HTTP/1.0\r\n\r\n" >&3 && grep -q "\"UP\"" <&3' 
ENTRYPOINT ["java", "-jar", "/app/phoihop.jar"]
