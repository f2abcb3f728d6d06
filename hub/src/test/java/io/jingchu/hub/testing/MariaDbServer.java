package io.jingchu.hub.testing;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real MariaDB server for tests of pulls from MySQL and MariaDB: Debian's {@code mariadb-server}, started from
 * its binaries in a directory of its own on a free port, with {@code root} reachable from loopback without a
 * password. Where the package is not installed the tests are skipped, except under CI ({@code CI} set), where
 * {@code .ci/run} installs it and a missing server is a failure.
 */
public final class MariaDbServer implements AutoCloseable {

    private static final Path SERVER = Path.of("/usr/sbin/mariadbd");
    private static final Path INSTALL = Path.of("/usr/bin/mariadb-install-db");

    private final Process process;
    private final int port;

    private MariaDbServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts a server with its data under {@code dir}; skips the calling test where MariaDB is not installed. */
    public static MariaDbServer start(Path dir) throws IOException, InterruptedException, SQLException {
        boolean installed = Files.isExecutable(SERVER) && Files.isExecutable(INSTALL);
        if (System.getenv("CI") == null) {
            assumeThat(installed).as("MariaDB is not installed (apt-get install mariadb-server)").isTrue();
        } else if (!installed) {
            throw new IllegalStateException("CI must install mariadb-server: " + SERVER + " is missing");
        }
        Path data = dir.resolve("data");
        run(List.of(INSTALL.toString(), "--no-defaults", "--datadir=" + data, "--user=" + user(),
                "--auth-root-authentication-method=normal", "--skip-test-db"), dir.resolve("install.log"));
        int port = freePort();
        Process server = new ProcessBuilder(SERVER.toString(), "--no-defaults", "--datadir=" + data,
                "--socket=" + dir.resolve("mariadb.sock"), "--port=" + port, "--bind-address=127.0.0.1",
                "--user=" + user(), "--pid-file=" + dir.resolve("mariadb.pid"), "--skip-log-bin",
                "--innodb-buffer-pool-size=32M", "--character-set-server=utf8mb4")
                .redirectErrorStream(true).redirectOutput(dir.resolve("server.log").toFile()).start();
        MariaDbServer started = new MariaDbServer(server, port);
        started.awaitConnection(Duration.ofSeconds(60));
        return started;
    }

    /** A JDBC URL of a database on this server, created if missing. */
    public String url(String database) throws SQLException {
        try (Connection c = DriverManager.getConnection(serverUrl(), "root", "")) {
            c.createStatement().execute("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4");
        }
        return serverUrl() + database;
    }

    private String serverUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/";
    }

    private void awaitConnection(Duration limit) throws InterruptedException, SQLException {
        Instant end = Instant.now().plus(limit);
        while (true) {
            try (Connection c = DriverManager.getConnection(serverUrl(), "root", "")) {
                return;
            } catch (SQLException e) {
                if (!process.isAlive() || Instant.now().isAfter(end)) {
                    close();
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException(command.get(0) + " failed: " + Files.readString(log));
        }
    }

    private static String user() {
        return System.getProperty("user.name");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
