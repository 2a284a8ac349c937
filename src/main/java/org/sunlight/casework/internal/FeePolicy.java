package org.sunlight.casework.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import org.sunlight.catalog.PowerItemContent.Fee;
import org.sunlight.common.InvalidInputException;

/**
 * Fees charged must be listed in the item's catalog version (name and amount within its standard). A fee that
 * is not may only be charged with an override reason, which supervision sees (the case is marked irregular).
 */
final class FeePolicy {

    private FeePolicy() {
    }

    /** Whether the item lists this fee at this amount. */
    static boolean listed(List<Fee> fees, String item, BigDecimal amount) {
        if (fees == null) {
            return false;
        }
        for (Fee f : fees) {
            if (f.item() != null && f.item().strip().equals(item.strip()) && within(f, amount)) {
                return true;
            }
        }
        return false;
    }

    private static boolean within(Fee f, BigDecimal amount) {
        return (f.amountMin() == null || amount.compareTo(f.amountMin()) >= 0)
                && (f.amountMax() == null || amount.compareTo(f.amountMax()) <= 0);
    }

    static void check(List<Fee> fees, String item, BigDecimal amount, String overrideReason, int reasonMin) {
        if (listed(fees, item, amount)) {
            return;
        }
        if (overrideReason == null || overrideReason.strip().length() < reasonMin) {
            String allowed = fees == null || fees.isEmpty() ? "—" : fees.stream().map(FeePolicy::describe).collect(Collectors.joining("；"));
            throw new InvalidInputException("item", "casework.fee.not-listed", item, amount.toPlainString(), allowed, reasonMin);
        }
    }

    static String describe(Fee f) {
        String min = f.amountMin() == null ? "" : f.amountMin().toPlainString();
        String max = f.amountMax() == null ? "" : f.amountMax().toPlainString();
        return f.item() + " " + (min.equals(max) ? min : min + "–" + max);
    }
}
