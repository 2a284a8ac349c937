package org.sunlight.catalog.internal;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Field labels as message arguments: a problem's message says which field it is about in the
 * reader's language ("法律依据：至少填写一条" / "Legal basis: add at least one"), because the message
 * source resolves resolvable arguments before formatting.
 */
public final class Labels {

    private Labels() {
    }

    /** The label of a content field by its path without indices, e.g. {@code legalBases.law}. */
    public static MessageSourceResolvable field(String path) {
        return new DefaultMessageSourceResolvable(new String[] {"catalog.field." + path}, path);
    }

    /** The label of an enum constant, e.g. {@code catalog.enum.VersionState.DRAFT}. */
    public static MessageSourceResolvable of(Enum<?> value) {
        String key = "catalog.enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        return new DefaultMessageSourceResolvable(new String[] {key}, value.name());
    }

    public static MessageSourceResolvable key(String key) {
        return new DefaultMessageSourceResolvable(new String[] {key}, key);
    }
}
