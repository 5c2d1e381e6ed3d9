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
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s \
  CMD wget -qO- http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-jar", "/app/phoihop.jar"]
