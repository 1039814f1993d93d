package jp.skilldev.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The application's HTTP API as a client sees it, with HTTP Basic; any answer but the expected status fails the run. */
final class BenchHttp {

    static final String PASSWORD = "demo";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final HttpClient client = HttpClient.newHttpClient();

    BenchHttp(int port) {
        this.base = "http://localhost:" + port;
    }

    String get(String path, String user) {
        return send(request(path, user).GET(), 200, "GET " + path, user);
    }

    /** A POST that creates a record: 201. */
    JsonNode post(String path, String user, Object body) {
        return post(path, user, body, 201);
    }

    JsonNode post(String path, String user, Object body, int expectedStatus) {
        try {
            String json = JSON.writeValueAsString(body);
            return JSON.readTree(send(request(path, user).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)), expectedStatus, "POST " + path, user));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path, String user) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
    }

    private String send(HttpRequest.Builder request, int expected, String what, String user) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(what + " as " + user + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
