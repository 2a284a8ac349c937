package org.sunlight.catalog.publicweb;

import java.math.BigDecimal;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.sunlight.catalog.PowerCategory;
import org.sunlight.catalog.PowerItemContent.BenchmarkLevel;
import org.sunlight.catalog.PowerItemContent.Fee;
import org.sunlight.catalog.TimeLimit;

/** Readable words for the catalog's codes and values, in the reader's language. */
@Component
public class Labels {

    private final MessageSource messages;

    Labels(MessageSource messages) {
        this.messages = messages;
    }

    public String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** e.g. catalog-public.enum.ResponsibilityStage.REVIEW */
    public String of(Enum<?> value, Locale locale) {
        if (value == null) {
            return "";
        }
        if (value instanceof PowerCategory c) {
            return category(c, locale);
        }
        return msg("catalog-public.enum." + value.getDeclaringClass().getSimpleName() + "." + value.name(), locale);
    }

    public String category(PowerCategory c, Locale locale) {
        return c == null ? "" : msg("catalog-public.category." + c.name(), locale);
    }

    public String limit(TimeLimit limit, Locale locale) {
        if (limit == null || limit.days() == null) {
            return msg("catalog-public.limit.none", locale);
        }
        return msg("catalog-public.limit." + (limit.unit() == null ? "WORKING_DAYS" : limit.unit().name()), locale, limit.days());
    }

    public String money(BigDecimal amount) {
        return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
    }

    public String feeAmount(Fee fee, Locale locale) {
        if (fee.amountMin() == null && fee.amountMax() == null) {
            return "";
        }
        if (fee.amountMax() == null || fee.amountMin() == null || fee.amountMin().compareTo(fee.amountMax()) == 0) {
            return msg("catalog-public.money.yuan", locale, money(fee.amountMin() != null ? fee.amountMin() : fee.amountMax()));
        }
        return msg("catalog-public.money.yuan-range", locale, money(fee.amountMin()), money(fee.amountMax()));
    }

    public String fine(BenchmarkLevel level, Locale locale) {
        if (level.fineKind() == null) {
            return "";
        }
        return msg("catalog-public.fine." + level.fineKind().name(), locale, money(level.min()), money(level.max()));
    }

    public String yesNo(boolean value, Locale locale) {
        return msg(value ? "catalog-public.yes" : "catalog-public.no", locale);
    }
}
