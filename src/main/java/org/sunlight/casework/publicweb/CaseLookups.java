package org.sunlight.casework.publicweb;

import java.time.Duration;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.sunlight.casework.CaseLookupResult;
import org.sunlight.casework.CaseQueries;

/** The public lookup behind both the page and the API: throttle first, then the query, then count a failure. */
@Component
class CaseLookups {

    /** What a lookup came to: exactly one of a result, "not found" (unknown number or wrong code alike), or a wait. */
    record Outcome(CaseLookupResult result, Duration retryAfter) {
        boolean found() {
            return result != null;
        }

        boolean throttled() {
            return retryAfter != null;
        }

        /** Whole seconds to wait, rounded up (Retry-After). */
        long retryAfterSeconds() {
            return (retryAfter.toMillis() + 999) / 1000;
        }

        /** Whole minutes to wait, rounded up, at least 1 (for the page). */
        long retryAfterMinutes() {
            return Math.max(1, (retryAfterSeconds() + 59) / 60);
        }
    }

    private final CaseQueries queries;
    private final LookupThrottle throttle;

    CaseLookups(CaseQueries queries, LookupThrottle throttle) {
        this.queries = queries;
        this.throttle = throttle;
    }

    Outcome lookup(String clientAddress, String number, String code) {
        LookupThrottle.Attempt attempt = new LookupThrottle.Attempt(clientAddress, number);
        Optional<Duration> wait = throttle.blocked(attempt);
        if (wait.isPresent()) {
            return new Outcome(null, wait.get());
        }
        Optional<CaseLookupResult> result = queries.lookup(number, code);
        if (result.isEmpty()) {
            throttle.failed(attempt);
            return new Outcome(null, null);
        }
        return new Outcome(result.get(), null);
    }
}
