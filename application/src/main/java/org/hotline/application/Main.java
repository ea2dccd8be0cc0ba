package org.hotline.application;

import java.util.Map;

/**
 * Starts the hotline with the configuration from the environment. Exit status: 0 after a clean stop, 2 when the
 * configuration is wrong, 1 when start-up failed for another reason (the message says which).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        var result = Configuration.read(System.getenv());
        if (result.configuration().isEmpty()) {
            System.err.println("The hotline cannot start: its configuration is wrong.");
            result.problems().forEach(problem -> System.err.println("  - " + problem));
            System.err.println("See the Configuration section of README.md for every setting and its default.");
            System.exit(2);
            return;
        }
        Configuration configuration = result.configuration().get();
        Logging.configure(configuration.logFormat());
        if (args.length > 0) {
            Logging.quiet();
            System.exit(Commands.run(java.util.List.of(args), configuration, System.out, System.err));
            return;
        }
        var log = org.slf4j.LoggerFactory.getLogger(Main.class);
        var starting = log.atInfo();
        for (Map.Entry<String, Object> setting : configuration.describe().entrySet()) {
            starting = starting.addKeyValue(setting.getKey(), setting.getValue());
        }
        starting.log("hotline starting");
        try {
            Hotline hotline = Hotline.start(configuration);
            Runtime.getRuntime().addShutdownHook(new Thread(hotline::close, "hotline-shutdown"));
        } catch (RuntimeException | java.util.ServiceConfigurationError e) {
            // A law adapter that fails to load surfaces as a ServiceConfigurationError: still a clean message.
            log.atError().setCause(log.isDebugEnabled() ? e : null).log("the hotline could not start: " + e.getMessage());
            System.err.println("The hotline could not start: " + e.getMessage());
            System.exit(1);
        }
    }
}
