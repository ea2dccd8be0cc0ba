package org.hotline.application;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The hotline as a separate operating-system process, started from this test's class path, as an operator would
 * run it: so that a test can kill it outright and start it again.
 */
final class ChildProgram implements AutoCloseable {

    private final Path data;
    private final Path log;
    private final int port;
    private final Map<String, String> environment;
    private Process process;

    ChildProgram(Path data, Map<String, String> environment) throws IOException {
        this.data = data;
        this.log = data.resolveSibling(data.getFileName() + "-program.log");
        this.port = freePort();
        this.environment = environment;
    }

    ChildProgram start() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("HOTLINE_PORT", Integer.toString(port));
        builder.environment().put("HOTLINE_DATA_DIR", data.toString());
        builder.environment().put("HOTLINE_JURISDICTION", "BE");
        builder.environment().put("HOTLINE_CAPTURE_WORKERS", "0");
        builder.environment().putAll(environment);
        process = builder.start();
        awaitReady(Duration.ofSeconds(120));
        return this;
    }

    /** Ends the process with SIGKILL: no shutdown hook runs, nothing is flushed that was not already. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    Path log() {
        return log;
    }

    private void awaitReady(Duration within) throws InterruptedException, IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the program ended during start-up; see " + log);
            }
            try {
                var ready = client.send(HttpRequest.newBuilder(uri("/health/ready")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the program was not ready within " + within + "; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
