package org.sunlight.casework;

/** How the case reached the body: 窗口, 网上, 现场 (on site, e.g. an inspection), 电话. */
public enum Channel {
    WINDOW, ONLINE, ON_SITE, PHONE;

    public String key() {
        return "casework.channel." + name();
    }
}
