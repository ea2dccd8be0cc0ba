package org.hotline.domain.hosting;

import java.util.Objects;

import io.vavr.control.Option;

/**
 * Which version of one data set a trace used: its name and version (a release and a digest of its content), or
 * none when the data set was not loaded.
 */
public record DataSetVersion(String name, Option<String> version) {

    public DataSetVersion {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        if (name.isBlank() || version.exists(String::isBlank)) {
            throw new IllegalArgumentException("a data set has a name, and a version when it is loaded");
        }
    }

    public static DataSetVersion of(String name, String version) {
        return new DataSetVersion(name, Option.some(version));
    }

    public static DataSetVersion absent(String name) {
        return new DataSetVersion(name, Option.none());
    }

    public boolean loaded() {
        return version.isDefined();
    }

    @Override
    public String toString() {
        return name + " " + version.getOrElse("(not loaded)");
    }
}
