package org.sunlight.flow.internal;

import org.springframework.stereotype.Component;
import org.sunlight.flow.FlowDefinition;
import org.sunlight.flow.FlowTemplate;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored JSON form of a flowchart definition, with its own fixed mapper so stored documents do not
 * change shape when the web layer's JSON settings do.
 */
@Component
public class FlowJson {

    private final JsonMapper mapper = JsonMapper.builder()
            .disable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public String write(FlowDefinition definition) {
        return mapper.writeValueAsString(definition);
    }

    public FlowDefinition read(String json) {
        return mapper.readValue(json, FlowDefinition.class);
    }

    FlowTemplate readTemplate(java.io.InputStream in) {
        return mapper.readValue(in, FlowTemplate.class);
    }

    /** A short canonical text for the audit trail. */
    String summary(Object value) {
        return mapper.writeValueAsString(value);
    }
}
