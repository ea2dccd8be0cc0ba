package org.hotline.adapters.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;

/**
 * One person at the web server, without a browser: keeps the cookies the server sets, as a browser would, follows
 * no redirect, and sends each form with the form token of the page it read last. For tests of this module and, through
 * its test-jar, of the whole program.
 */
public final class Visitor {

    /** The hidden form field that carries the form token. */
    public static final String FORM_TOKEN_FIELD = FormTokens.FIELD;

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String formToken = "";

    /** A visitor of the server at {@code base}, such as {@code http://127.0.0.1:7070}. */
    public Visitor(URI base) {
        this.base = base;
    }

    public HttpResponse<String> get(String path) {
        return send("GET", path);
    }

    /** Gets the answer's bytes as they are (an image, say), with the visitor's cookies. */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return client.send(withCookies(HttpRequest.newBuilder(base.resolve(path))).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts the form with the token of the last page read (read a page with a form first). */
    public HttpResponse<String> postForm(String path, String... namesAndValues) {
        return send("POST", path, namesAndValues);
    }

    /** Sends the request; for any method but GET, a form with the given fields and the token of the last page read. */
    public HttpResponse<String> send(String method, String path, String... namesAndValues) {
        if (method.equals("GET")) {
            return keep(exchange(withCookies(HttpRequest.newBuilder(base.resolve(path))).GET().build()));
        }
        String[] withToken = java.util.Arrays.copyOf(namesAndValues, namesAndValues.length + 2);
        withToken[namesAndValues.length] = FormTokens.FIELD;
        withToken[namesAndValues.length + 1] = formToken;
        return sendWithoutToken(method, path, withToken);
    }

    /** Posts exactly these fields: for forged or missing tokens. */
    public HttpResponse<String> postFormWithoutToken(String path, String... namesAndValues) {
        return sendWithoutToken("POST", path, namesAndValues);
    }

    private HttpResponse<String> sendWithoutToken(String method, String path, String... namesAndValues) {
        return keep(exchange(withCookies(HttpRequest.newBuilder(base.resolve(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .method(method, HttpRequest.BodyPublishers.ofString(RunningServer.formBody(namesAndValues))).build()));
    }

    /** Posts a multipart form with the token of the last page read, its fields and one file. */
    public HttpResponse<String> postFile(String path, String fileField, String fileName, byte[] content,
            String... namesAndValues) {
        String boundary = "----visitor" + Long.toHexString(System.nanoTime());
        var body = new java.io.ByteArrayOutputStream();
        String[] fields = java.util.Arrays.copyOf(namesAndValues, namesAndValues.length + 2);
        fields[namesAndValues.length] = FormTokens.FIELD;
        fields[namesAndValues.length + 1] = formToken;
        for (int i = 0; i < fields.length; i += 2) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n"
                    + fields[i + 1] + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return keep(exchange(withCookies(HttpRequest.newBuilder(base.resolve(path)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build()));
    }

    public HttpResponse<String> signIn(String username, String password) {
        get("/sign-in");
        return postForm("/sign-in", "username", username, "password", password);
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    /** The form token of the last page read that had a form. */
    public String formToken() {
        return formToken;
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
