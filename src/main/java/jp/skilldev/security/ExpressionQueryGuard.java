package jp.skilldev.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with 400, any engine request that carries a query expression field ({@code …Expression}
 * as a parameter or as a JSON key at any depth, {@code orQueries} included). Camunda 7.24 CE
 * evaluates such expressions inside {@code orQueries} even with ad-hoc expressions disabled, which
 * lets any user who may query tasks run code (STACK-NOTES "Security"). Creating or changing a stored
 * filter is left to Camunda's authorization: only administrators hold the FILTER permissions, and
 * the built-in {@code ${currentUser()}} filters need their expressions.
 */
class ExpressionQueryGuard extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BODY_BYTES = 1 << 20;
    private static final Pattern FILTER_DEFINITION =
            Pattern.compile(".*/filter/(create|[^/]+)$");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> parameter = expressionParameter(request.getParameterMap());
        if (parameter.isPresent()) {
            refuse(response, parameter.get());
            return;
        }
        if (!hasJsonBody(request) || isFilterDefinition(request)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        Optional<String> field = expressionField(body);
        if (field.isPresent()) {
            refuse(response, field.get());
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    /**
     * Only JSON bodies can carry a query: the engine's query resources consume JSON alone, and other
     * bodies (a multipart deployment, say) must stream through unread.
     */
    private static boolean hasJsonBody(HttpServletRequest request) {
        String method = request.getMethod();
        String contentType = request.getContentType();
        return ("POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method))
                && contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json");
    }

    private static boolean isFilterDefinition(HttpServletRequest request) {
        String path = request.getRequestURI();
        return ("POST".equals(request.getMethod()) && path.endsWith("/filter/create"))
                || ("PUT".equals(request.getMethod()) && FILTER_DEFINITION.matcher(path).matches());
    }

    private static Optional<String> expressionParameter(Map<String, String[]> parameters) {
        return parameters.keySet().stream().filter(ExpressionQueryGuard::isExpressionKey).findFirst();
    }

    private static Optional<String> expressionField(byte[] body) {
        if (body.length == 0) {
            return Optional.empty();
        }
        try {
            return findExpressionKey(JSON.readTree(body));
        } catch (IOException notJson) {
            // Not JSON: Camunda will refuse it itself; no expression can hide in it.
            return Optional.empty();
        }
    }

    private static Optional<String> findExpressionKey(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (isExpressionKey(field.getKey())) {
                    return Optional.of(field.getKey());
                }
                Optional<String> nested = findExpressionKey(field.getValue());
                if (nested.isPresent()) {
                    return nested;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                Optional<String> nested = findExpressionKey(element);
                if (nested.isPresent()) {
                    return nested;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isExpressionKey(String key) {
        return key.toLowerCase(Locale.ROOT).endsWith("expression");
    }

    private static void refuse(HttpServletResponse response, String field) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"https://skilldev.example.jp/problems/invalid-request\","
                + "\"title\":\"Invalid request\",\"status\":400,"
                + "\"detail\":\"" + field.replaceAll("[^A-Za-z0-9_.\\-]", "")
                + ": expressions in queries are not accepted\","
                + "\"errors\":[{\"field\":\"" + field.replaceAll("[^A-Za-z0-9_.\\-]", "")
                + "\",\"rule\":\"no-query-expressions\",\"message\":\"expressions in queries are not accepted\"}]}");
    }

    /** Lets the engine read a body that this filter has already read. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
