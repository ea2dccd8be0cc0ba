package org.hotline.domain.deliberatelybad;

import java.time.Instant;

/**
 * A class that breaks the domain's rules on purpose: it reads the system clock, touches the file system, and uses
 * ICU4J outside the one package allowed it. It lives in test sources only, so that the architecture tests can show
 * their rules fire on it.
 */
public final class ImpureDomainClass {

    public Instant readsTheSystemClock() {
        return Instant.now();
    }

    public boolean touchesTheFileSystem() {
        return java.nio.file.Files.exists(java.nio.file.Path.of("/"));
    }

    public String usesIcuOutsideWebAddresses() {
        return com.ibm.icu.text.IDNA.getUTS46Instance(0).nameToASCII("example.org", new StringBuilder(),
                new com.ibm.icu.text.IDNA.Info()).toString();
    }
}
