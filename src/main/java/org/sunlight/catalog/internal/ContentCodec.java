package org.sunlight.catalog.internal;

import org.springframework.stereotype.Component;
import org.sunlight.catalog.PowerItemContent;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of a version's content. Its own mapper with fixed settings, so stored documents do not
 * change shape when the web layer's JSON settings change.
 */
@Component
public class ContentCodec {

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public String write(PowerItemContent content) {
        return mapper.writeValueAsString(content);
    }

    public PowerItemContent read(String json) {
        return mapper.readValue(json, PowerItemContent.class);
    }
}
