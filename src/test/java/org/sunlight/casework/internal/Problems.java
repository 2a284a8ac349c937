package org.sunlight.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;

import org.sunlight.common.FieldProblem;
import org.sunlight.common.SunlightException;

/** Assertions on the field problems a refusal carries. */
public final class Problems {

    private Problems() {
    }

    /** The refusal names a problem whose message key contains {@code codePart}. */
    public static Consumer<Throwable> hasProblem(String codePart) {
        return e -> assertThat(((SunlightException) e).problems()).extracting(FieldProblem::code).anyMatch(c -> c.contains(codePart));
    }
}
