package org.hotline.domain.report;

/**
 * The standard ranking of the queue:
 * <ul>
 * <li><b>urgent</b>: referred by a partner or another hotline (someone who knows the work has already looked), or
 *     viral (reported {@code viralReports} times or more: material spreading fast, seen by many);</li>
 * <li><b>high</b>: a reporter saw images or videos, the material most likely to show the abuse of a real child;</li>
 * <li><b>normal</b>: everything else (text, other content, or nothing said).</li>
 * </ul>
 * Within a priority the queue is oldest first, so nothing waits behind newer work of the same rank for long.
 */
public record StandardPriority(int viralReports) implements QueuePriority {

    public static final int DEFAULT_VIRAL_REPORTS = 10;

    public StandardPriority {
        if (viralReports < 2) {
            throw new IllegalArgumentException("an address is viral at two reports or more, not " + viralReports);
        }
    }

    @Override
    public Priority of(CaseSignals signals) {
        if (signals.referred() || signals.reports() >= viralReports) {
            return Priority.URGENT;
        }
        return signals.visual() ? Priority.HIGH : Priority.NORMAL;
    }
}
