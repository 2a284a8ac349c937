package org.sunlight.catalog;

import java.util.Locale;

/**
 * Whether a version of an item takes applications online (网上申请): its service channel (办理渠道) says so
 * ("网上办理", "网上申请", "online"), and it is not a penalty (penalties are filed by the body, never applied for).
 * "窗口办理（未纳入网上运行）" and "依职权实施" do not. Whether the item accepts new cases at all (suspended,
 * abolished, delegated) is its lifecycle's business: {@link PowerItemView#acceptsNewCases()}.
 */
public final class OnlineApplications {

    private OnlineApplications() {
    }

    public static boolean offered(PowerItemContent content) {
        if (content == null || content.category() == PowerCategory.PENALTY || content.service() == null
                || content.service().channel() == null) {
            return false;
        }
        String channel = content.service().channel();
        return channel.contains("网上办理") || channel.contains("网上申请") || channel.toLowerCase(Locale.ROOT).contains("online");
    }
}
