package org.sunlight.common;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every JSON API error is {@code application/problem+json}: a title in the user's language and,
 * where input was wrong, an {@code errors} list of {@code {field, message}}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemAdvice {

    private final MessageSource messages;

    ProblemAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(SunlightException.class)
    ResponseEntity<ProblemDetail> sunlight(SunlightException e, Locale locale) {
        ProblemDetail pd = ProblemDetail.forStatus(e.status());
        pd.setTitle(message(e.code(), e.args(), locale));
        pd.setDetail(pd.getTitle());
        pd.setType(URI.create("urn:sunlight:problem:" + e.code()));
        if (!e.problems().isEmpty()) {
            pd.setProperty("errors", e.problems().stream()
                    .map(p -> Map.of("field", p.field(), "message", message(p.code(), p.args(), locale)))
                    .toList());
        }
        return respond(pd);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e, Locale locale) {
        ProblemDetail pd = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        pd.setTitle(message("error.invalid-input", null, locale));
        List<Map<String, String>> errors = new ArrayList<>();
        e.getBindingResult().getFieldErrors().forEach(fe -> errors.add(Map.of("field", fe.getField(),
                "message", messages.getMessage(fe, locale))));
        pd.setProperty("errors", errors);
        return respond(pd);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class})
    ResponseEntity<ProblemDetail> unreadable(Exception e, Locale locale) {
        ProblemDetail pd = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        pd.setTitle(message("error.unreadable", null, locale));
        if (e instanceof MethodArgumentTypeMismatchException m) {
            pd.setProperty("errors", List.of(Map.of("field", m.getName(), "message", message("error.format", null, locale))));
        } else if (e instanceof MissingServletRequestParameterException m) {
            pd.setProperty("errors", List.of(Map.of("field", m.getParameterName(), "message", message("error.required", null, locale))));
        } else {
            String field = jsonField(e);
            if (field != null) {
                pd.setProperty("errors", List.of(Map.of("field", field, "message", message("error.format", null, locale))));
            } else {
                pd.setDetail(e.getMessage() == null ? null : e.getMessage().lines().findFirst().orElse(null));
            }
        }
        return respond(pd);
    }

    /**
     * The JSON field a body could not be read at (e.g. {@code role} for an unknown role, or
     * {@code steps[2].limit} for text where a number belongs), or null for a body that is not JSON at all.
     */
    static String jsonField(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof tools.jackson.core.JacksonException j && !j.getPath().isEmpty()) {
                StringBuilder field = new StringBuilder();
                for (tools.jackson.core.JacksonException.Reference r : j.getPath()) {
                    if (r.getPropertyName() != null) {
                        field.append(field.isEmpty() ? "" : ".").append(r.getPropertyName());
                    } else if (r.getIndex() >= 0) {
                        field.append('[').append(r.getIndex()).append(']');
                    }
                }
                return field.isEmpty() ? null : field.toString();
            }
        }
        return null;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> stale(OptimisticLockingFailureException e, Locale locale) {
        ProblemDetail pd = ProblemDetail.forStatus(HttpStatus.CONFLICT);
        pd.setTitle(message("error.stale", null, locale));
        return respond(pd);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e, Locale locale) {
        ProblemDetail pd = ProblemDetail.forStatus(HttpStatus.CONFLICT);
        pd.setTitle(message("error.duplicate", null, locale));
        return respond(pd);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e, Locale locale) {
        ProblemDetail pd = ProblemDetail.forStatus(HttpStatus.FORBIDDEN);
        pd.setTitle(message("error.forbidden", null, locale));
        return respond(pd);
    }

    private ResponseEntity<ProblemDetail> respond(ProblemDetail pd) {
        return ResponseEntity.status(pd.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }

    private String message(String code, Object[] args, Locale locale) {
        return messages.getMessage(code, args, code, locale);
    }
}
