package org.sunlight.flow.internal;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.catalog.CatalogQueries;
import org.sunlight.catalog.PowerItemView;
import org.sunlight.flow.FlowModel;
import org.sunlight.flow.FlowQueries;
import org.sunlight.flow.FlowVersionView;

@Service
@Transactional(readOnly = true)
class FlowQueriesImpl implements FlowQueries {

    /** Released versions never change, so their models can be kept; a small LRU bounds the memory. */
    private static final int CACHED_MODELS = 2000;

    private final FlowStore store;
    private final CatalogQueries catalog;
    private final Map<Long, FlowModel> models = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, FlowModel> eldest) {
            return size() > CACHED_MODELS;
        }
    });

    FlowQueriesImpl(FlowStore store, CatalogQueries catalog) {
        this.store = store;
        this.catalog = catalog;
    }

    @Override
    public Optional<FlowVersionView> version(long flowVersionId) {
        return store.find(flowVersionId);
    }

    @Override
    public List<FlowVersionView> versionsOf(long itemId) {
        return store.ofItem(itemId);
    }

    @Override
    public Optional<FlowVersionView> flowInForce(long itemId, LocalDate date) {
        return store.inForce(itemId, date);
    }

    @Override
    public Optional<FlowVersionView> flowInForce(String itemCode, LocalDate date) {
        return catalog.itemByCode(itemCode).map(PowerItemView::id).flatMap(id -> store.inForce(id, date));
    }

    @Override
    public Optional<FlowModel> model(long flowVersionId) {
        FlowModel cached = models.get(flowVersionId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<FlowModel> model = store.find(flowVersionId).filter(FlowVersionView::released).map(v -> FlowModel.of(v.definition()));
        model.ifPresent(m -> models.put(flowVersionId, m));
        return model;
    }
}
