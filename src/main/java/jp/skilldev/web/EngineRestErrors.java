package jp.skilldev.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine wraps an exception thrown by a task listener or delegate in a plain
 * {@link ProcessEngineException}, which Camunda's REST layer answers with 500. A refusal of bad
 * input from our own rule code ({@link BadUserRequestException}, e.g. a rejection without reasons)
 * is the caller's mistake, so it is unwrapped here and answered with 400 and its message.
 */
@Configuration(proxyBeanMethods = false)
public class EngineRestErrors {

    @Bean
    ResourceConfigCustomizer badUserRequestsAnswer400() {
        return config -> config.register(EngineExceptionMapper.class).register(RestExceptionMapper.class);
    }

    /** Exceptions that reach the REST layer as they left the engine. */
    @Priority(1000)
    public static class EngineExceptionMapper implements ExceptionMapper<ProcessEngineException> {

        private final ProcessEngineExceptionHandler camundaDefault = new ProcessEngineExceptionHandler();

        @Override
        public Response toResponse(ProcessEngineException exception) {
            return refusalIn(exception).orElseGet(() -> camundaDefault.toResponse(exception));
        }
    }

    /** Exceptions that a resource re-threw as a 500 "Cannot complete task …" with the engine's cause inside. */
    @Priority(1000)
    public static class RestExceptionMapper implements ExceptionMapper<RestException> {

        private final RestExceptionHandler camundaDefault = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException exception) {
            return refusalIn(exception).orElseGet(() -> camundaDefault.toResponse(exception));
        }
    }

    static Optional<Response> refusalIn(Throwable exception) {
        for (Throwable cause = exception; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof BadUserRequestException refusal) {
                return Optional.of(Response.status(Response.Status.BAD_REQUEST)
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(Map.of("type", "BadUserRequestException", "message", refusal.getMessage(),
                                "errors", List.of(Map.of("field", "variables", "rule", "task-input",
                                        "message", refusal.getMessage()))))
                        .build());
            }
        }
        return Optional.empty();
    }
}
