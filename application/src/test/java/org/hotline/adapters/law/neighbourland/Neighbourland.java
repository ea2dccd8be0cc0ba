package org.hotline.adapters.law.neighbourland;

/** A second made-up country for the architecture rules' negative test; only {@code deliberatelybad} uses it. */
public final class Neighbourland {

    public static String name() {
        return "Neighbourland";
    }

    private Neighbourland() {
    }
}
