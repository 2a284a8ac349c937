package org.sunlight.flow.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.sunlight.catalog.PowerCategory;
import org.sunlight.flow.FlowTemplate;

/** The standard flowcharts, read once from {@code classpath:flow/templates/*.json}. */
@Component
public class FlowTemplateLibrary {

    static final String LOCATION = "classpath:flow/templates/*.json";

    private final List<FlowTemplate> templates;

    FlowTemplateLibrary(FlowJson json) {
        this.templates = load(json);
    }

    public static List<FlowTemplate> load(FlowJson json) {
        List<FlowTemplate> result = new ArrayList<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                try (InputStream in = r.getInputStream()) {
                    result.add(json.readTemplate(in));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read flowchart templates", e);
        }
        result.sort(Comparator.comparingInt(FlowTemplate::order).thenComparing(FlowTemplate::code));
        return List.copyOf(result);
    }

    public List<FlowTemplate> all() {
        return templates;
    }

    public Optional<FlowTemplate> get(String code) {
        return templates.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** Recommended for the category first (in order), then the rest. */
    public List<FlowTemplate> forCategory(PowerCategory category) {
        List<FlowTemplate> result = new ArrayList<>(templates.stream().filter(t -> t.recommendedFor(category)).toList());
        templates.stream().filter(t -> !t.recommendedFor(category)).forEach(result::add);
        return result;
    }
}
