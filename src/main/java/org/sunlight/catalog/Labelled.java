package org.sunlight.catalog;

import org.springframework.context.MessageSourceResolvable;
import org.sunlight.catalog.internal.Labels;

/** Message arguments naming states and levels in the reader's language. */
final class Labelled {

    private Labelled() {
    }

    static MessageSourceResolvable state(VersionState state) {
        return Labels.of(state);
    }

    static MessageSourceResolvable lifecycle(ItemLifecycle lifecycle) {
        return Labels.of(lifecycle);
    }

    static MessageSourceResolvable level(ReviewLevel level) {
        return Labels.of(level);
    }
}
