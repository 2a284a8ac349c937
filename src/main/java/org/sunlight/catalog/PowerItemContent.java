package org.sunlight.catalog;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything one version of a power item says: the service guide (办事指南), the legal basis, fees,
 * limits, materials, contacts, for penalties the discretion benchmark, the responsibility list and the
 * integrity risk points. Immutable once its version is published. Stored as one JSON document per
 * version; the scalar fields used for listing and search are also kept as columns.
 */
public record PowerItemContent(
        String name,
        PowerCategory category,
        /** national basic code (基本编码) */
        String basicCode,
        /** national implementation code (实施编码) */
        String implementationCode,
        /** national business item code (业务办理项编码) */
        String businessItemCode,
        ExerciseLevel level,
        /** host unit (承办机构) name as published, with its contacts */
        Contact hostUnit,
        List<Contact> assistingUnits,
        List<LegalBasis> legalBases,
        TimeLimit statutoryLimit,
        TimeLimit promisedLimit,
        List<Fee> fees,
        /** 申请条件 */
        String conditions,
        List<Material> materials,
        Service service,
        /** only for PENALTY items */
        Penalty penalty,
        List<Responsibility> responsibilities,
        List<RiskPoint> riskPoints) {

    /** 行使层级 */
    public enum ExerciseLevel { PROVINCE, CITY, COUNTY, TOWN }

    public record Contact(String name, String person, String phone) {
    }

    /** 法律依据: e.g. 《物业管理条例》 第五十九条 第一款, with the excerpt of the text. */
    public record LegalBasis(String law, String article, String clause, String excerpt) {
    }

    /** 收费: a fixed amount (min = max) or a range, in yuan, with its basis and standard. */
    public record Fee(String item, String basis, String standard, BigDecimal amountMin, BigDecimal amountMax) {
    }

    /** 申请材料 */
    public record Material(String name, MaterialForm form, int copies, String source, boolean required) {
    }

    public enum MaterialForm { PAPER, ELECTRONIC, BOTH }

    /** 办理渠道 and contacts. */
    public record Service(String channel, String place, String hours, String onlineAddress,
            String consultationPhone, String complaintPhone) {
    }

    /** 违法行为, 处罚依据 and the 自由裁量基准. */
    public record Penalty(String violation, String penaltyArticle, List<BenchmarkLevel> levels,
            List<String> mitigatingFactors, List<String> aggravatingFactors) {
    }

    /**
     * One circumstance level (轻微/一般/较重/严重): its conditions, the fine range, other sanctions.
     * AMOUNT ranges are yuan; MULTIPLE ranges are multiples of illegal gains or goods value.
     */
    public record BenchmarkLevel(String name, String conditions, FineKind fineKind, BigDecimal min, BigDecimal max,
            String otherSanctions) {
    }

    public enum FineKind { AMOUNT, MULTIPLE_OF_GAINS, MULTIPLE_OF_VALUE, NONE }

    /** 责任清单: the duty at one stage and the situations that call for accountability. */
    public record Responsibility(ResponsibilityStage stage, String duty, String accountability) {
    }

    public enum ResponsibilityStage { ACCEPTANCE, REVIEW, DECISION, DELIVERY, AFTERCARE, OTHER }

    /** 廉政风险点 */
    public record RiskPoint(String step, String description, RiskGrade grade, String prevention, String responsiblePost,
            boolean published) {
    }

    public enum RiskGrade { A, B, C }
}
