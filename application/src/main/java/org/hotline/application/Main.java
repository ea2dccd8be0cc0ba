package org.hotline.application;

import java.util.List;

/**
 * The program's entry: without arguments it serves, with the configuration from the environment; otherwise it runs
 * the command named (see {@link Commands}, or {@code --help}). Exit status: 0 after a clean stop or a command done, 2
 * when the usage or the configuration is wrong, 1 when start-up or the command failed for another reason (the message
 * says which).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Commands.run(List.of(args), System.getenv(), System.out, System.err));
    }
}
