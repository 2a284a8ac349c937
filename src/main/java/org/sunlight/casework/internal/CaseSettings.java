package org.sunlight.casework.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The thresholds of casework, as settings ({@code sunlight.casework.*}) because no national rule fixes them.
 *
 * @param backfillStart the first day a case may be backfilled for (the seed's bureau backfilled from July 2013)
 * @param reasonMinLength a refusal, denial, termination or override reason shorter than this is not a reason
 *        (Jiangsu's score deducts for refusal notes under 10 characters)
 * @param majorFine fines at or above this need legal review before the decision (重大执法决定法制审核)
 * @param maxExtensionDays licensing: the head may extend by 10 working days (行政许可法 第四十二条)
 */
@Component
class CaseSettings {

    final LocalDate backfillStart;
    final int reasonMinLength;
    final BigDecimal majorFine;
    final int maxExtensionDays;

    CaseSettings(@Value("${sunlight.casework.backfill-start:2013-07-01}") LocalDate backfillStart,
            @Value("${sunlight.casework.reason-min-length:10}") int reasonMinLength,
            @Value("${sunlight.casework.major-fine:50000}") BigDecimal majorFine,
            @Value("${sunlight.casework.max-extension-days:10}") int maxExtensionDays) {
        this.backfillStart = backfillStart;
        this.reasonMinLength = reasonMinLength;
        this.majorFine = majorFine;
        this.maxExtensionDays = maxExtensionDays;
    }
}
