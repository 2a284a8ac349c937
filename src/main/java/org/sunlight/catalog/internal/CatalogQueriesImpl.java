package org.sunlight.catalog.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.catalog.CatalogQueries;
import org.sunlight.catalog.PowerItemVersionView;
import org.sunlight.catalog.PowerItemView;

@Service
@Transactional(readOnly = true)
class CatalogQueriesImpl implements CatalogQueries {

    private final CatalogStore store;

    CatalogQueriesImpl(CatalogStore store) {
        this.store = store;
    }

    @Override
    public Optional<PowerItemView> item(long itemId) {
        return store.item(itemId);
    }

    @Override
    public Optional<PowerItemView> itemByCode(String code) {
        return store.itemByCode(code);
    }

    @Override
    public Optional<PowerItemVersionView> version(long versionId) {
        return store.version(versionId);
    }

    @Override
    public Optional<PowerItemVersionView> versionInForce(long itemId, LocalDate date) {
        return store.versionInForce(itemId, date);
    }

    @Override
    public List<PowerItemVersionView> versions(long itemId) {
        return store.versions(itemId);
    }

    @Override
    public List<PowerItemView> itemsOf(long departmentId) {
        return store.itemsOf(departmentId);
    }
}
