package org.hotline.application;

import java.net.URL;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import org.slf4j.LoggerFactory;

/** Chooses the log format: key=value text for people, or one JSON object per line for log collectors. */
final class Logging {

    private Logging() {
    }

    static void configure(Configuration.LogFormat format) {
        if (format == Configuration.LogFormat.TEXT) {
            return; // logback.xml, the default
        }
        URL json = Logging.class.getResource("/logback-json.xml");
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(json);
        } catch (JoranException e) {
            throw new IllegalStateException("the JSON log configuration is broken", e);
        }
    }

    /** For commands: only warnings and errors, so that what a command prints stands out. */
    static void quiet() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.WARN);
    }
}
