package org.hotline.adapters.web;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;

/**
 * One person at the web server, without a browser: keeps the cookies the server sets, as a browser would, and
 * sends each form with the form token of the page it read last.
 */
final class Visitor {

    private final RunningServer server;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String formToken = "";

    Visitor(RunningServer server) {
        this.server = server;
    }

    HttpResponse<String> get(String path) {
        return keep(server.send(withCookies(HttpRequest.newBuilder(server.uri(path))).GET().build()));
    }

    /** Posts the form with the token of the last page read (read a page with a form first). */
    HttpResponse<String> postForm(String path, String... namesAndValues) {
        String[] withToken = java.util.Arrays.copyOf(namesAndValues, namesAndValues.length + 2);
        withToken[namesAndValues.length] = FormTokens.FIELD;
        withToken[namesAndValues.length + 1] = formToken;
        return postFormWithoutToken(path, withToken);
    }

    /** Posts exactly these fields: for forged or missing tokens. */
    HttpResponse<String> postFormWithoutToken(String path, String... namesAndValues) {
        return keep(server.send(withCookies(HttpRequest.newBuilder(server.uri(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(RunningServer.formBody(namesAndValues))).build()));
    }

    HttpResponse<String> signIn(String username, String password) {
        get("/sign-in");
        return postForm("/sign-in", "username", username, "password", password);
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    String formToken() {
        return formToken;
    }

    private HttpRequest.Builder withCookies(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return request;
    }

    private HttpResponse<String> keep(HttpResponse<String> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            String name = pair.substring(0, pair.indexOf('='));
            String value = pair.substring(pair.indexOf('=') + 1);
            if (header.contains("Max-Age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        var token = Jsoup.parse(response.body()).select("input[name=" + FormTokens.FIELD + "]").first();
        if (token != null) {
            formToken = token.val();
        }
        return response;
    }
}
