package org.ssmclassroom.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's nginx as the load balancer in front of two nodes, configured by the sample the README gives operators
 * (docs/deploy/nginx-ssm.conf) with only its addresses and port replaced, in its own folder and process.
 */
final class Nginx implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/sbin/nginx");
    private static final Path SAMPLE = Path.of("docs/deploy/nginx-ssm.conf");

    private final Process process;
    private final int port;
    private final String scheme;

    private Nginx(Process process, int port, String scheme) {
        this.process = process;
        this.port = port;
        this.scheme = scheme;
    }

    /** nginx on a free port, sending node {@code a} and node {@code b} of the sample to these two servers. */
    static Nginx before(ServerProcess a, ServerProcess b, Path folder) throws IOException, InterruptedException {
        return start(a, b, folder, "", "");
    }

    /**
     * The same, terminating TLS with a self-signed certificate for localhost, as a classroom's proxy does with a
     * real one, and connecting to the servers from {@code proxyAddress} (one of the servers' trusted proxies).
     */
    static Nginx withTls(ServerProcess server, Path folder, String proxyAddress)
            throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Process openssl = new ProcessBuilder(
                        "openssl",
                        "req",
                        "-x509",
                        "-newkey",
                        "rsa:2048",
                        "-nodes",
                        "-days",
                        "1",
                        "-subj",
                        "/CN=localhost",
                        "-keyout",
                        "key.pem",
                        "-out",
                        "cert.pem")
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("openssl.log").toFile())
                .start();
        if (openssl.waitFor() != 0) {
            throw new IllegalStateException("openssl: " + Files.readString(folder.resolve("openssl.log")));
        }
        return start(
                server,
                server,
                folder,
                " ssl;\n    ssl_certificate " + folder.toAbsolutePath().resolve("cert.pem")
                        + ";\n    ssl_certificate_key "
                        + folder.toAbsolutePath().resolve("key.pem"),
                "\n        proxy_bind " + proxyAddress + ";");
    }

    private static Nginx start(ServerProcess a, ServerProcess b, Path folder, String tls, String bind)
            throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Files.createDirectories(folder.resolve("logs"));
        String site = Files.readString(SAMPLE)
                .replace("10.0.0.11:8080", "127.0.0.1:" + a.port())
                .replace("10.0.0.12:8080", "127.0.0.1:" + b.port())
                .replace("listen 80;", "listen 127.0.0.1:" + port + tls + ";")
                .replace("proxy_pass http://$ssm_upstream;", "proxy_pass http://$ssm_upstream;" + bind);
        Files.writeString(folder.resolve("site.conf"), site);
        Files.writeString(
                folder.resolve("nginx.conf"),
                String.join(
                        "\n",
                        "pid nginx.pid;",
                        "error_log logs/error.log;",
                        "events {}",
                        "http {",
                        "  access_log off;",
                        "  client_body_temp_path tmp-body; proxy_temp_path tmp-proxy; fastcgi_temp_path tmp-fastcgi;",
                        "  uwsgi_temp_path tmp-uwsgi; scgi_temp_path tmp-scgi;",
                        "  include site.conf;",
                        "}"));
        Process process = new ProcessBuilder(List.of(
                        BINARY.toString(),
                        "-p",
                        folder.toAbsolutePath() + "/",
                        "-c",
                        "nginx.conf",
                        "-g",
                        "daemon off; master_process off;"))
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("logs/stdout.log").toFile())
                .start();
        for (int i = 0; i < 100; i++) {
            try (Socket probe = new Socket("127.0.0.1", port)) {
                return new Nginx(process, port, tls.isEmpty() ? "http" : "https");
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(
                            "nginx did not start: " + Files.readString(folder.resolve("logs/stdout.log")));
                }
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("nginx did not listen on " + port);
    }

    String url(String path) {
        return scheme + "://localhost:" + port + path;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(10, TimeUnit.SECONDS);
    }
}
