package org.sunlight.casework;

import java.math.BigDecimal;

/**
 * What the discretion benchmark (自由裁量基准) proposes for a penalty case: the range of the chosen circumstance
 * level (times the base amount for fines counted in multiples), and the part of it the chosen factors point to
 * (mitigating alone: the lower half; aggravating alone: the upper half). Amounts in yuan, two decimals.
 */
public record FineProposal(String level, BigDecimal min, BigDecimal max, BigDecimal suggestedMin, BigDecimal suggestedMax) {
}
