# syntax=docker/dockerfile:1
# The Concurrency Lab in a container: built with the Maven wrapper on a JDK 25, run from the
# extracted (layered) jar on a JRE 25 as a non-root user, with an AOT cache trained at build
# time. .ci/deploy-check runs this same layout, training and entrypoint without a Docker
# engine; keep the two in step (it reads the layer order, the training RUN and the
# ENTRYPOINT from this file).

FROM eclipse-temurin:25-jdk AS build
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY src src
# the documents the jar carries and the lab serves: GUIDE.md, README.md, docs/
COPY GUIDE.md README.md ./
COPY docs docs
# The toolchains plugin finds this image's JDK 25 itself; tests ran in CI already
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -DskipTests package \
 && java -Djarmode=tools -jar target/concurrency-lab-*.jar extract --layers \
      --application-filename app.jar --destination target/extracted

FROM eclipse-temurin:25-jre AS runtime
RUN groupadd --system lab && useradd --system --gid lab --home-dir /app --no-create-home lab
WORKDIR /app
# Least-changing layers first, so a code change rebuilds only the last one
COPY --from=build --chown=lab:lab /build/target/extracted/dependencies/ ./
COPY --from=build --chown=lab:lab /build/target/extracted/spring-boot-loader/ ./
COPY --from=build --chown=lab:lab /build/target/extracted/snapshot-dependencies/ ./
COPY --from=build --chown=lab:lab /build/target/extracted/application/ ./
RUN chown lab:lab /app
USER lab
# Train the JDK's AOT cache (JEP 483/514): start until the context is ready, then exit.
# The GC is pinned in both lines: a cache trained under another GC than the one ergonomics
# picks at run time (a 1-CPU container gets Serial) would be refused.
RUN java -XX:+UseG1GC -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh --enable-native-access=ALL-UNNAMED --enable-preview -jar app.jar
EXPOSE 8080
# No curl in the JRE image: bash's /dev/tcp asks the health endpoint
HEALTHCHECK --interval=5s --timeout=3s --start-period=60s --retries=5 CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q '\"UP\"' <&3"]
# Container-aware heap; child JVMs the lab starts are launched with the same java binary;
# --enable-preview for the structured-concurrency lessons (StructuredTaskScope, JDK 25 preview)
ENTRYPOINT ["java", "-XX:+UseG1GC", "-XX:MaxRAMPercentage=75.0", "-XX:AOTCache=app.aot", "--enable-native-access=ALL-UNNAMED", "--enable-preview", "-jar", "app.jar"]
