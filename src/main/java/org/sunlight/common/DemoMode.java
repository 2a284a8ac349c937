package org.sunlight.common;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether this instance is the demo. "auto" means: demo on the embedded H2 database only, so a
 * production PostgreSQL never gets demo accounts unless someone explicitly sets SUNLIGHT_DEMO=true.
 */
@Component
public class DemoMode {

    private final boolean enabled;

    DemoMode(@Value("${sunlight.demo.mode:auto}") String mode, @Value("${spring.datasource.url:}") String url) {
        this.enabled = switch (mode.trim().toLowerCase()) {
            case "true", "on", "yes" -> true;
            case "false", "off", "no" -> false;
            default -> url.startsWith("jdbc:h2:");
        };
    }

    public boolean enabled() {
        return enabled;
    }
}
