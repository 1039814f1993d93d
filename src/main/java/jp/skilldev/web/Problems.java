package jp.skilldev.web;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds the application's problem+json bodies, one shape for every refusal. */
public final class Problems {

    public static final String TYPE_BASE = "https://skilldev.example.jp/problems/";

    private Problems() {
    }

    public static ProblemDetail invalidRequest(List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, describe(errors));
        problem.setType(URI.create(TYPE_BASE + "invalid-request"));
        problem.setTitle("入力内容に誤りがあります / Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }

    static String describe(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
    }
}
