package jp.skilldev.portal;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A signed-in portal session over plain HTTP, as a browser keeps it: the session cookie and the page's CSRF token. */
final class BrowserSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private String csrf;

    private BrowserSession(int port) {
        this.base = "http://localhost:" + port;
    }

    static BrowserSession signIn(int port, String username) throws IOException, InterruptedException {
        BrowserSession session = new BrowserSession(port);
        session.readToken(session.get("/signin").body());
        HttpResponse<String> signedIn = session.post("/signin", "username=" + username + "&password=demo");
        if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in of " + username + " failed: " + signedIn.headers().map());
        }
        session.readToken(session.get("/").body());
        return session;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form with the session's current CSRF token, as the page's form would. */
    HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        String body = (form.isEmpty() ? "" : form + "&") + "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        return client.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void readToken(String page) {
        Matcher matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        csrf = matcher.group(1);
    }
}
