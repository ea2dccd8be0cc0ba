package org.hotline.domain.hosting.dns;

/** The kinds of address record a trace asks for. */
public enum RecordType {
    /** IPv4 addresses. */
    A,
    /** IPv6 addresses. */
    AAAA
}
