package org.sunlight.flow.internal;

import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

import org.springframework.context.MessageSource;
import org.sunlight.flow.StepKind;
import org.sunlight.flow.StepUnit;
import org.sunlight.identity.Role;

/** The words a drawing or an export needs, in one language. */
public final class FlowLabels {

    private final MessageSource messages;
    private final Locale locale;
    private final LongFunction<String> postName;

    /** @param postName a post's display name (e.g. "法规科·受理岗"), or null when unknown */
    public FlowLabels(MessageSource messages, Locale locale, LongFunction<String> postName) {
        this.messages = messages;
        this.locale = locale;
        this.postName = postName;
    }

    public String message(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    public String kind(StepKind kind) {
        return kind == null ? "?" : message("flow.kind." + kind.name());
    }

    public String role(Role role) {
        return role == null ? null : message("role." + role.key());
    }

    public String post(Long id) {
        return id == null ? null : postName.apply(id);
    }

    public String amount(Integer limit, StepUnit unit) {
        if (limit == null || unit == null) {
            return message("flow.svg.no-limit");
        }
        return message("flow.amount." + unit.name(), limit);
    }

    public String riskPoints(List<Integer> numbers) {
        return message("flow.svg.risk-points", String.join(" ", numbers.stream().map(n -> "R" + n).toList()));
    }

    public Locale locale() {
        return locale;
    }
}
