package org.sunlight.casework.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.sunlight.catalog.PowerItemContent.BenchmarkLevel;
import org.sunlight.catalog.PowerItemContent.FineKind;
import org.sunlight.catalog.PowerItemContent.Penalty;
import org.sunlight.common.Checks;
import org.sunlight.common.InvalidInputException;

/**
 * The discretion benchmark (自由裁量基准) applied to one case. The officer picks a circumstance level and
 * the factors found; the range comes from the level (times the base amount for fines counted in multiples
 * of illegal gains or goods value). Mitigating factors alone point to the lower half of the range,
 * aggravating ones alone to the upper half. A fine outside the level's range needs a written reason and
 * sends the case to legal review; so does any fine at or above the "major" threshold.
 */
final class FinePolicy {

    private FinePolicy() {
    }

    /** The range the benchmark gives, and the part of it the factors point to. */
    record Proposal(String level, BigDecimal min, BigDecimal max, BigDecimal suggestedMin, BigDecimal suggestedMax,
            FineKind kind) {
    }

    record Verdict(Proposal proposal, BigDecimal fine, boolean outside, boolean major, boolean legalReviewRequired) {
    }

    static Proposal propose(Penalty penalty, String levelName, List<String> factors, BigDecimal base) {
        if (penalty == null || penalty.levels() == null || penalty.levels().isEmpty()) {
            throw new InvalidInputException("level", "casework.penalty.no-benchmark");
        }
        BenchmarkLevel level = penalty.levels().stream().filter(l -> l.name() != null && l.name().equals(levelName)).findFirst()
                .orElseThrow(() -> new InvalidInputException("level", "casework.penalty.level-unknown", levelName,
                        String.join("、", penalty.levels().stream().map(BenchmarkLevel::name).toList())));
        Checks c = Checks.start();
        List<String> mitigating = penalty.mitigatingFactors() == null ? List.of() : penalty.mitigatingFactors();
        List<String> aggravating = penalty.aggravatingFactors() == null ? List.of() : penalty.aggravatingFactors();
        for (int i = 0; i < factors.size(); i++) {
            String f = factors.get(i);
            c.require(mitigating.contains(f) || aggravating.contains(f), "factors[" + i + "]", "casework.penalty.factor-unknown", f);
        }
        FineKind kind = level.fineKind() == null ? FineKind.AMOUNT : level.fineKind();
        BigDecimal min = level.min() == null ? BigDecimal.ZERO : level.min();
        BigDecimal max = level.max() == null ? min : level.max();
        if (kind == FineKind.MULTIPLE_OF_GAINS || kind == FineKind.MULTIPLE_OF_VALUE) {
            c.require(base != null && base.signum() > 0, "baseAmount", "casework.penalty.base-required");
            c.throwIfAny();
            min = min.multiply(base);
            max = max.multiply(base);
        }
        c.throwIfAny();
        min = min.setScale(2, RoundingMode.HALF_UP);
        max = max.setScale(2, RoundingMode.HALF_UP);
        boolean mitig = factors.stream().anyMatch(mitigating::contains);
        boolean aggr = factors.stream().anyMatch(aggravating::contains);
        BigDecimal mid = min.add(max).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
        BigDecimal sMin = mitig && !aggr ? min : aggr && !mitig ? mid : min;
        BigDecimal sMax = mitig && !aggr ? mid : max;
        return new Proposal(level.name(), min, max, sMin, sMax, kind);
    }

    static Verdict judge(Proposal p, BigDecimal fine, String outsideReason, BigDecimal majorThreshold, int reasonMin) {
        Checks c = Checks.start();
        c.require(fine != null, "fine", "error.required");
        c.throwIfAny();
        c.require(fine.signum() >= 0, "fine", "casework.money.negative");
        c.require(fine.scale() <= 2, "fine", "casework.money.scale");
        c.throwIfAny();
        boolean outside = p.kind() != FineKind.NONE && (fine.compareTo(p.min()) < 0 || fine.compareTo(p.max()) > 0);
        if (outside) {
            c.require(outsideReason != null && outsideReason.strip().length() >= reasonMin, "outsideReason",
                    "casework.penalty.outside-reason", p.min().toPlainString(), p.max().toPlainString(), reasonMin);
            c.throwIfAny();
        }
        boolean major = fine.compareTo(majorThreshold) >= 0;
        return new Verdict(p, fine.setScale(2, RoundingMode.UNNECESSARY), outside, major, outside || major);
    }
}
