package org.sunlight.catalog;

import org.sunlight.catalog.internal.CatalogStore;
import org.sunlight.common.ConflictException;
import org.sunlight.common.NotFoundException;

/** Loading and the state rules every catalog service shares. */
final class Versions {

    private Versions() {
    }

    static PowerItemVersionView load(CatalogStore store, long versionId) {
        return store.version(versionId).orElseThrow(() -> new NotFoundException("catalog.version.not-found", String.valueOf(versionId)));
    }

    static PowerItemView loadItem(CatalogStore store, long itemId) {
        return store.item(itemId).orElseThrow(() -> new NotFoundException("catalog.item.not-found", String.valueOf(itemId)));
    }

    static PowerItemView item(CatalogStore store, PowerItemVersionView version) {
        return loadItem(store, version.itemId());
    }

    /** Abolished and delegated items are closed: their versions move no further. */
    static void requireOpenItem(PowerItemView item) {
        if (item.lifecycle() == ItemLifecycle.ABOLISHED || item.lifecycle() == ItemLifecycle.DELEGATED) {
            throw new ConflictException("catalog.item.closed", (Object) item.code(), Labelled.lifecycle(item.lifecycle()));
        }
    }

    /** Only a DRAFT is edited; the reason says what to do instead. */
    static void requireEditable(PowerItemVersionView v) {
        switch (v.state()) {
            case DRAFT -> {
            }
            case PUBLISHED, SUPERSEDED -> throw new ConflictException("catalog.version.published-immutable", v.versionNo(),
                    Labelled.state(v.state()));
            default -> throw new ConflictException("catalog.version.in-review", v.versionNo(), Labelled.state(v.state()));
        }
    }
}
