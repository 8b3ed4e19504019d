package org.ssmclassroom.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The application as a classroom runs it: its own JVM, a database file, a fixed port. It can be killed with
 * kill -9 and started again on the same port and file, as a laptop that crashed and was restarted would be.
 */
public final class ServerProcess implements AutoCloseable {

    public static final String INSTRUCTOR = org.ssmclassroom.testing.AppTest.INSTRUCTOR;
    // The same account as the in-process tests: on a shared PostgreSQL database a node resets it at start.
    public static final String PASSWORD = org.ssmclassroom.testing.AppTest.PASSWORD;

    private final Path data;
    private final int port;
    private final Path log;
    private final java.util.Map<String, String> settings;
    private Process process;
    private final List<String> jvm = new java.util.ArrayList<>();

    ServerProcess(Path data) throws IOException {
        this(data, java.util.Map.of("spring.datasource.url", "jdbc:h2:file:" + data.resolve("ssm")));
    }

    /** A server with these properties (the database above all), e.g. one node of several on PostgreSQL. */
    ServerProcess(Path data, java.util.Map<String, String> settings) throws IOException {
        this.data = data;
        this.settings = new java.util.HashMap<>(settings);
        this.settings.putIfAbsent("spring.datasource.url", "jdbc:h2:file:" + data.resolve("ssm"));
        this.log = data.resolve("server-" + System.nanoTime() + ".log");
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    /**
     * A production jar to run instead of the test classes ({@code -Dserver.jar=target/ssm-classroom.jar}), e.g. to
     * check that the production bundle runs under the Content-Security-Policy.
     */
    static final String JAR = System.getProperty("server.jar", "");

    /** The PostgreSQL database the suite runs on ({@code SSM_TEST_DB_URL}), if it runs on one. */
    public static final String POSTGRESQL = System.getenv().getOrDefault("SSM_TEST_DB_URL", "");

    /** The settings of node {@code name} of several, on the suite's PostgreSQL database. */
    public static java.util.Map<String, String> node(String name) {
        return java.util.Map.of(
                "spring.datasource.url",
                POSTGRESQL,
                "spring.datasource.username",
                System.getenv().getOrDefault("SSM_TEST_DB_USER", ""),
                "spring.datasource.password",
                System.getenv().getOrDefault("SSM_TEST_DB_PASSWORD", ""),
                "ssm.cluster.enabled",
                "true",
                "ssm.cluster.node",
                name,
                "ssm.trusted-proxies",
                "127.0.0.1");
    }

    /** A server whose files (log, H2 database unless {@code settings} name another) go in {@code data}. */
    public static ServerProcess in(Path data, java.util.Map<String, String> settings) throws IOException {
        Files.createDirectories(data);
        return new ServerProcess(data, settings);
    }

    public int port() {
        return port;
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** JVM options for the next start, e.g. a fixed heap. */
    ServerProcess jvm(String... options) {
        jvm.addAll(List.of(options));
        return this;
    }

    /**
     * The live heap in bytes: what the server's heap holds right after a full collection (jcmd), the least of
     * three readings.
     */
    long liveHeap() throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            run(jcmd, String.valueOf(process.pid()), "GC.run");
            java.util.regex.Matcher used = java.util.regex.Pattern.compile("used (\\d+)K")
                    .matcher(run(jcmd, String.valueOf(process.pid()), "GC.heap_info"));
            if (used.find()) {
                least = Math.min(least, Long.parseLong(used.group(1)) * 1024);
            }
        }
        return least;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        jcmd.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** Starts the server and waits until it answers. */
    public ServerProcess start() throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new java.util.ArrayList<>(List.of(java));
        command.addAll(jvm);
        command.addAll(
                JAR.isEmpty()
                        ? List.of("-cp", classpath, "org.ssmclassroom.Application")
                        : List.of("-jar", Path.of(JAR).toAbsolutePath().toString()));
        command.addAll(List.of(
                "--server.port=" + port,
                "--ssm.scenarios.dir=" + data.resolve("no-extra-packs"),
                "--ssm.instructor.username=" + INSTRUCTOR,
                "--ssm.instructor.password=" + PASSWORD,
                "--vaadin.devmode.devTools.enabled=false",
                "--vaadin.launch-browser=false"));
        settings.forEach((name, value) -> command.add("--" + name + "=" + value));
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        awaitUp(Duration.ofSeconds(120));
        return this;
    }

    /** kill -9: no shutdown hook, no flush, nothing the application can do. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    private void awaitUp(Duration patience) throws IOException, InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant until = Instant.now().plus(patience);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server stopped while starting:\n" + tail());
            }
            try {
                int status = http.send(
                                HttpRequest.newBuilder(URI.create(url("/login")))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                if (status == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the server did not start in " + patience + ":\n" + tail());
    }

    /** Lines of the server's log with ERROR, for the suite to assert there are none. */
    List<String> errors() throws IOException {
        return Files.readAllLines(log).stream()
                .filter(line -> line.contains(" ERROR "))
                .toList();
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }
}
