package org.sunlight.casework.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.sunlight.common.NotFoundException;
import org.sunlight.flow.FlowModel;
import org.sunlight.flow.FlowQueries;

/** Runnable flowcharts by version id. A published version never changes, so each is built once. */
@Component
class FlowModels {

    private final FlowQueries flows;
    private final Map<Long, FlowModel> models = new ConcurrentHashMap<>();

    FlowModels(FlowQueries flows) {
        this.flows = flows;
    }

    FlowModel of(long flowVersionId) {
        return models.computeIfAbsent(flowVersionId, id -> flows.model(id)
                .orElseThrow(() -> new NotFoundException("casework.error.flow-missing", id)));
    }
}
