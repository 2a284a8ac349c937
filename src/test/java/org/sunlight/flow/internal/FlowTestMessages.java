package org.sunlight.flow.internal;

import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The real message bundles, without Spring, for rendering tests. */
final class FlowTestMessages {

    private FlowTestMessages() {
    }

    static ResourceBundleMessageSource source() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasenames("i18n/messages", "i18n/flow");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }

    static FlowLabels labels(Locale locale) {
        return new FlowLabels(source(), locale, id -> "法规科·岗位" + id);
    }

    static FlowLabels chinese() {
        return labels(Locale.SIMPLIFIED_CHINESE);
    }
}
