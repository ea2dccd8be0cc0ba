package org.hotline.application;

import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;

/** {@code serve}: starts the hotline and serves until the process is stopped (what runs without a command). */
@Command(name = "serve", description = "Start the hotline and serve until the process is stopped (SIGTERM closes it cleanly). "
        + "What runs without a command.")
final class ServeCommand extends HotlineCommand {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    @Override
    public Integer call() {
        return serve(context());
    }

    /** Starts the program and waits for its stop; 1 when it could not start, with the reason. */
    static int serve(Commands.Context context) {
        Configuration configuration = context.configuration();
        var starting = LOG.atInfo();
        for (Map.Entry<String, Object> setting : configuration.describe().entrySet()) {
            starting = starting.addKeyValue(setting.getKey(), setting.getValue());
        }
        starting.log("hotline starting");
        AutoCloseable hotline;
        try {
            // HOTLINE_ROLE=hub runs the network's hub instead of a hotline.
            hotline = configuration.exchange().role() == Configuration.Role.HUB ? Hub.start(configuration)
                    : Hotline.start(configuration);
        } catch (RuntimeException | ServiceConfigurationError e) {
            // A law adapter that fails to load surfaces as a ServiceConfigurationError: still a clean message.
            LOG.atError().setCause(LOG.isDebugEnabled() ? e : null).log("the hotline could not start: " + e.getMessage());
            context.err().println("The hotline could not start: " + e.getMessage());
            return Commands.FAILED;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                hotline.close();
            } catch (Exception e) {
                LOG.atError().log("stopping failed: " + e.getMessage());
            }
            stopped.countDown();
        }, "hotline-shutdown"));
        awaitUninterruptibly(stopped);
        return Commands.DONE;
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (latch.getCount() > 0) {
            try {
                latch.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
