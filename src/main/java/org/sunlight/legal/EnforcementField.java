package org.sunlight.legal;

/**
 * The enforcement field (执法领域 / 执法类别) a certificate is issued for: the comprehensive
 * enforcement areas of the national administrative-enforcement reform plus the common departmental
 * ones. Labels are the message keys {@code legal.field.<NAME>}.
 */
public enum EnforcementField {
    /** 住房城乡建设 */
    HOUSING_CONSTRUCTION,
    /** 市场监管 */
    MARKET_REGULATION,
    /** 自然资源 */
    NATURAL_RESOURCES,
    /** 生态环境保护 */
    ECOLOGY_ENVIRONMENT,
    /** 城市管理 */
    URBAN_MANAGEMENT,
    /** 交通运输 */
    TRANSPORT,
    /** 农业农村 */
    AGRICULTURE,
    /** 文化市场 */
    CULTURE_MARKET,
    /** 应急管理 */
    EMERGENCY_MANAGEMENT,
    /** 卫生健康 */
    HEALTH,
    /** 水利 */
    WATER,
    /** 其他 */
    OTHER;

    public String messageKey() {
        return "legal.field." + name();
    }
}
