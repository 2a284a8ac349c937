package org.sunlight.casework.internal;

import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The stored JSON of case events and case state, with its own fixed mapper (stored shapes must not follow web settings). */
@Component
class CaseJson {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final JsonMapper mapper = JsonMapper.builder()
            .disable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // Money in variables (the fine a condition reads) must come back as it went in: 5100.00, not 5100.0,
            // or a case's state would no longer equal the replay of its events.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    String write(Object value) {
        return mapper.writeValueAsString(value);
    }

    Map<String, Object> readMap(String json) {
        return json == null || json.isBlank() ? Map.of() : mapper.readValue(json, MAP);
    }

    CaseFile readFile(String json) {
        return mapper.readValue(json, CaseFile.class);
    }
}
