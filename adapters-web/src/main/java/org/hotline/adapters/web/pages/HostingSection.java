package org.hotline.adapters.web.pages;

import java.util.List;
import java.util.Optional;

/**
 * The hosting of a case on its page: whether the IP data is missing now, the trace waiting, the latest trace (its DNS
 * answers, addresses with country, AS number, organisation and CDN, the candidate countries, the cautions, the data
 * versions), the settlements, and the forms to settle the country and to trace again.
 *
 * @param dataMissing what is missing of the IP data as it stands now, in words, when something is
 * @param earlierTraces how many traces came before the latest (kept as evidence, not shown)
 * @param form the settling form, for analysts and supervisors while the case awaits the hosting trace
 */
public record HostingSection(String caseId, Optional<String> dataMissing, Optional<Waiting> waiting, Optional<Trace> latest,
        int earlierTraces, List<Settled> settlements, Optional<Form> form) {

    /** A trace asked for and not made yet; why the last attempt failed, if one did. */
    public record Waiting(String requestedAt, String requestedBy, int attempts, Optional<String> lastFailure) {
    }

    /**
     * One trace.
     *
     * @param tookMillis how long it took, in milliseconds
     * @param data the versions of the data sets it used, in words
     * @param networksLoaded true when the AS data was loaded: its credit is then shown
     */
    public record Trace(String startedAt, long tookMillis, String requestedBy, List<String> data, boolean networksLoaded,
            List<Candidate> candidates, List<String> cautions, List<HostView> hosts) {
    }

    /** A country the trace points to, with its hosts, its addresses and the CDNs among them. */
    public record Candidate(String country, String hosts, String addresses, Optional<String> cdns) {
    }

    /** One host: what it serves, how resolving it ended, the DNS answers line by line, and its addresses. */
    public record HostView(String host, String role, String outcome, List<DnsLine> dns, List<AddressView> addresses) {
    }

    /** One line of DNS evidence: the kind (A, AAAA, CNAME, NS), what was answered, and which resolver answered. */
    public record DnsLine(String type, String answer, String resolver) {
    }

    /** One address and what the IP data says of it. */
    public record AddressView(String address, String country, String asn, String organisation, Optional<String> cdn,
            Optional<String> reserved) {
    }

    /** The country as staff settled it, and what the cooperation agreement made of it. */
    public record Settled(String country, String basis, Optional<String> reason, String standing, String next,
            String procedure, List<String> steps, String by, String at) {
    }

    /** The settling form: the country (the trace's suggestion to start with) and the reason, with their errors. */
    public record Form(String action, String traceAgain, String country, String reason, List<String> candidates,
            FieldErrors errors) {
    }
}
