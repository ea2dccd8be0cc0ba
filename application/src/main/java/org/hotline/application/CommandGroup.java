package org.hotline.application;

import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** A word that only groups commands ({@code partner}, {@code audit}, {@code law}): alone it is wrong usage. */
abstract class CommandGroup implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "'" + spec.name() + "' needs one of these commands after it: "
                + String.join(", ", spec.subcommands().keySet()) + ".");
    }
}
