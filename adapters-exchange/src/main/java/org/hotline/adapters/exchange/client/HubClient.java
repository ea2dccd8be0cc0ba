package org.hotline.adapters.exchange.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.hotline.adapters.exchange.wire.Wire;
import org.hotline.domain.Rejection;
import org.hotline.domain.Unavailable;
import org.hotline.domain.exchange.ExchangeMessage;
import org.hotline.domain.exchange.HubConnection;
import org.hotline.domain.exchange.HubDesk;
import org.hotline.domain.exchange.HubRefusal;
import org.hotline.domain.exchange.Reconciliation;

/**
 * The hotline's client of the hub: the exchange protocol, version 1, over {@code java.net.http} with the member's
 * token. A hub that cannot be reached, or that answers with anything but the protocol's answers (a 5xx, a refused
 * token, a body that cannot be read), is {@link Unavailable}: the caller tries again later. A message the hub refused
 * for what it is comes back as a refused outcome.
 */
public final class HubClient implements HubConnection {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final URI base;
    private final String token;
    private final HttpClient http;
    private final ObjectMapper json = Wire.mapper();

    /** @param base the hub's address, such as {@code http://127.0.0.1:7080} */
    public HubClient(URI base, String token) {
        this.base = Objects.requireNonNull(base, "base");
        this.token = Objects.requireNonNull(token, "token");
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Override
    public Seq<HubDesk.Outcome> send(Seq<ExchangeMessage> messages) {
        if (messages.isEmpty()) {
            return List.empty();
        }
        var batch = new Wire.Batch(messages.map(Wire::document).toJavaList());
        HttpResponse<byte[]> response = call(request(Wire.MESSAGES).POST(body(batch)));
        int status = response.statusCode();
        if (status == 200 || status == 403 || status == 404 || status == 422) {
            Wire.Outcomes outcomes = read(response, Wire.Outcomes.class);
            return List.ofAll(outcomes.outcomes()).map(HubClient::outcome);
        }
        if (status == 413 && messages.size() > 1) {
            // Too much at once for the hub's limit: each half is sent on its own, as often as needed.
            int half = messages.size() / 2;
            return send(messages.take(half)).appendAll(send(messages.drop(half)));
        }
        if (status == 400 || status == 413) {
            // The hub refused the request as a whole: every message is refused with its reason.
            Wire.Problem problem = read(response, Wire.Problem.class);
            return messages.map(message -> new HubDesk.Outcome(message.messageId(), HubDesk.Outcome.Kind.REFUSED,
                    Option.some(Rejection.of(HubRefusal.MALFORMED, problem.code() + ": " + problem.detail()))));
        }
        throw unexpected(response);
    }

    @Override
    public Seq<ExchangeMessage> fetch(int limit) {
        HttpResponse<byte[]> response = call(request(Wire.INBOX + "?limit=" + limit).GET());
        if (response.statusCode() != 200) {
            throw unexpected(response);
        }
        return List.ofAll(read(response, Wire.Batch.class).messages()).map(doc -> Wire.message(doc)
                .getOrElseThrow(problem -> new Unavailable("the hub delivered a message that is not the protocol's: "
                        + problem, null)));
    }

    @Override
    public void acknowledge(Seq<UUID> messageIds) {
        if (messageIds.isEmpty()) {
            return;
        }
        HttpResponse<byte[]> response = call(request(Wire.ACKNOWLEDGEMENTS)
                .POST(body(new Wire.Acknowledgements(messageIds.toJavaList()))));
        if (response.statusCode() != 200) {
            throw unexpected(response);
        }
    }

    @Override
    public Reconciliation.Answer reconcile(Reconciliation account) {
        HttpResponse<byte[]> response = call(request(Wire.RECONCILIATION).POST(body(new Wire.Account(
                account.since().toString(), account.until().toString(), account.sent().toJavaList(),
                account.received().toJavaList()))));
        if (response.statusCode() != 200) {
            throw unexpected(response);
        }
        Wire.Reconciled answer = read(response, Wire.Reconciled.class);
        if (answer.unknown() == null || answer.deliveredAgain() == null) {
            throw new Unavailable("the hub's reconciliation answer lacks unknown or deliveredAgain", null);
        }
        return new Reconciliation.Answer(List.ofAll(answer.unknown()), List.ofAll(answer.deliveredAgain()));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    private HttpRequest.BodyPublisher body(Object value) {
        try {
            return HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(value));
        } catch (IOException e) {
            throw new IllegalStateException("an exchange request could not be written", e);
        }
    }

    private HttpResponse<byte[]> call(HttpRequest.Builder request) {
        try {
            return http.send(request.header("Content-Type", "application/json").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new Unavailable("the hub at " + base + " cannot be reached: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while talking to the hub", e);
        }
    }

    private <T> T read(HttpResponse<byte[]> response, Class<T> type) {
        try {
            return json.readValue(response.body(), type);
        } catch (IOException e) {
            throw new Unavailable("the hub's answer (" + response.statusCode() + ") is not the protocol's: "
                    + e.getMessage(), e);
        }
    }

    private static Unavailable unexpected(HttpResponse<byte[]> response) {
        String body = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
        return new Unavailable("the hub answered " + response.statusCode() + ": "
                + (body.length() > 300 ? body.substring(0, 300) : body), null);
    }

    private static HubDesk.Outcome outcome(Wire.OutcomeDoc doc) {
        HubDesk.Outcome.Kind kind = HubDesk.Outcome.Kind.valueOf(doc.outcome().toUpperCase(java.util.Locale.ROOT));
        Option<Rejection<HubRefusal>> refusal = kind != HubDesk.Outcome.Kind.REFUSED ? Option.none()
                : Option.some(Rejection.of(List.of(HubRefusal.values()).find(reason -> reason.code().equals(doc.code()))
                        .getOrElse(HubRefusal.MALFORMED), doc.code() + ": " + doc.detail()));
        return new HubDesk.Outcome(doc.id(), kind, refusal);
    }
}
