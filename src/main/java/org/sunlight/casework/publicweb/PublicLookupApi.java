package org.sunlight.casework.publicweb;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 办件查询 as JSON, for the web, phone apps and SMS gateways. No sign-in. */
@RestController
@Tag(name = "Public case lookup", description = "Where a case stands, for anyone holding its number (办件编号) and query code "
        + "(查询密码): item, department, status, the steps by their public names and days, the deadline, the decision's document "
        + "number. Never opinions, staff names or the party's personal data. An unknown number and a wrong code get the same "
        + "404. Repeated failures are slowed down: after 5 failures within 15 minutes from one address (or 20 for one case "
        + "number) further attempts get 429 with Retry-After, the wait doubling with each further failure up to an hour.")
class PublicLookupApi {

    static final String NOT_FOUND = "casework-public.lookup.not-found";
    static final String THROTTLED = "casework-public.lookup.throttled";

    private final CaseLookups lookups;
    private final PublicCaseLabels labels;

    PublicLookupApi(CaseLookups lookups, PublicCaseLabels labels) {
        this.lookups = lookups;
        this.labels = labels;
    }

    @GetMapping("/api/v1/public/cases/lookup")
    @Operation(summary = "Look a case up by its number and query code")
    @ApiResponse(responseCode = "200", description = "the case", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = PublicCaseJson.Lookup.class)))
    @ApiResponse(responseCode = "400", description = "number or code missing", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "no case with this number and code: the same answer for an unknown number "
            + "and a wrong code", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "429", description = "too many failed lookups from this address or for this number; try again later",
            headers = @Header(name = "Retry-After", description = "seconds to wait", schema = @Schema(type = "integer")),
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<?> lookup(
            @Parameter(description = "办件编号 (digits)") @RequestParam(required = false) String number,
            @Parameter(description = "查询密码 (8 letters and digits; case and spaces do not matter)") @RequestParam(required = false) String code,
            HttpServletRequest request, Locale locale) {
        boolean noNumber = number == null || number.isBlank();
        boolean noCode = code == null || code.isBlank();
        if (noNumber || noCode) {
            ProblemDetail pd = problem(HttpStatus.BAD_REQUEST, "error.invalid-input", locale);
            String required = labels.message("error.required", locale);
            List<Map<String, String>> errors = new ArrayList<>();
            if (noNumber) {
                errors.add(Map.of("field", "number", "message", required));
            }
            if (noCode) {
                errors.add(Map.of("field", "code", "message", required));
            }
            pd.setProperty("errors", errors);
            return respond(pd, null);
        }
        CaseLookups.Outcome outcome = lookups.lookup(request.getRemoteAddr(), number, code);
        if (outcome.throttled()) {
            ProblemDetail pd = problem(HttpStatus.TOO_MANY_REQUESTS, THROTTLED, locale, outcome.retryAfterMinutes());
            pd.setProperty("retryAfterSeconds", outcome.retryAfterSeconds());
            return respond(pd, outcome.retryAfterSeconds());
        }
        if (!outcome.found()) {
            return respond(problem(HttpStatus.NOT_FOUND, NOT_FOUND, locale), null);
        }
        return ResponseEntity.ok(PublicCaseJson.Lookup.of(outcome.result(), labels, locale));
    }

    /** The same shape as every problem of the API (title = detail in the reader's language, type naming the key); no instance. */
    private ProblemDetail problem(HttpStatus status, String key, Locale locale, Object... args) {
        ProblemDetail pd = ProblemDetail.forStatus(status);
        pd.setTitle(labels.message(key, locale, args));
        pd.setDetail(pd.getTitle());
        pd.setType(URI.create("urn:sunlight:problem:" + key));
        return pd;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail pd, Long retryAfterSeconds) {
        ResponseEntity.BodyBuilder b = ResponseEntity.status(pd.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (retryAfterSeconds != null) {
            b.header(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
        }
        return b.body(pd);
    }
}
