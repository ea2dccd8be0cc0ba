package org.hotline.domain.testing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.domain.report.CaseId;
import org.hotline.domain.takedown.PoliceRequest;
import org.hotline.domain.takedown.PoliceRequests;

/** The police's requests in memory, kept in the order they were asked. */
public final class InMemoryPoliceRequests implements PoliceRequests {

    private List<PoliceRequest> requests = List.empty();

    @Override
    public synchronized void add(PoliceRequest request) {
        requests = requests.append(request);
    }

    @Override
    public synchronized Option<PoliceRequest> find(UUID id) {
        return requests.find(request -> request.id().equals(id));
    }

    @Override
    public synchronized boolean answer(PoliceRequest answered) {
        Option<PoliceRequest> open = find(answered.id()).filter(PoliceRequest::isOpen);
        open.forEach(kept -> requests = requests.replace(kept, answered));
        return open.isDefined();
    }

    @Override
    public synchronized Seq<PoliceRequest> ofCase(CaseId caseId) {
        return requests.filter(request -> request.caseId().equals(caseId)).reverse();
    }

    @Override
    public synchronized Seq<PoliceRequest> openAndRecent(int answered) {
        Seq<PoliceRequest> open = requests.filter(PoliceRequest::isOpen).sortBy(
                Comparator.comparing((PoliceRequest request) -> request.neededBy().getOrElse(LocalDate.MAX))
                        .thenComparing(PoliceRequest::askedAt), request -> request);
        return open.appendAll(requests.filter(request -> !request.isOpen())
                .sortBy(request -> request.answer().get().at()).reverse().take(answered));
    }
}
