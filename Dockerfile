# Build stage: the same Maven build as ./portal start, on a JDK 21+.
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY pom.xml ./
COPY content/pom.xml content/
COPY search-index/pom.xml search-index/
COPY server/pom.xml server/
RUN mvn -B -q dependency:go-offline
COPY content content
COPY search-index search-index
COPY server server
RUN mvn -B -q -DskipTests package

# Run stage: a JRE 21+, a non-root user, data in a volume.
FROM eclipse-temurin:21-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app portal \
    && mkdir -p /data && chown portal /data
WORKDIR /app
COPY --from=build /src/server/target/passendwijzer-server.jar ./
COPY --from=build /src/server/target/libs ./libs
USER portal
ENV DATA_DIR=/data \
    SERVER_PORT=8080 \
    JAVA_OPTS="-XX:MaxRAMPercentage=75"
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS http://localhost:8080/observe/health || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar passendwijzer-server.jar \"$@\"", "--"]
