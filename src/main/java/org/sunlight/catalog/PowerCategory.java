package org.sunlight.catalog;

import java.util.Arrays;
import java.util.Optional;

/**
 * Categories of power. {@code code} is the national code where one exists (01 许可 … 10 其他, 20
 * public service, 12 审核转报); the provincial regulation's 征用, 收费 and 非许可审批 have no national
 * code and get project-local ones (21–23), mapped at the exchange boundary.
 */
public enum PowerCategory {
    LICENSING("01", "行政许可"),
    PENALTY("02", "行政处罚"),
    COMPULSION("03", "行政强制"),
    LEVY("04", "行政征收"),
    PAYMENT("05", "行政给付"),
    INSPECTION("06", "行政检查"),
    CONFIRMATION("07", "行政确认"),
    AWARD("08", "行政奖励"),
    ADJUDICATION("09", "行政裁决"),
    OTHER("10", "其他行政权力"),
    REVIEW_FORWARD("12", "审核转报"),
    PUBLIC_SERVICE("20", "公共服务"),
    EXPROPRIATION("21", "行政征用"),
    FEE("22", "行政收费"),
    NON_LICENSING_APPROVAL("23", "非行政许可审批");

    private final String code;
    private final String chineseName;

    PowerCategory(String code, String chineseName) {
        this.code = code;
        this.chineseName = chineseName;
    }

    public String code() {
        return code;
    }

    /** The Chinese name as used in Excel files and exchange; UI text comes from messages. */
    public String chineseName() {
        return chineseName;
    }

    public static Optional<PowerCategory> byCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }

    public static Optional<PowerCategory> byChineseName(String name) {
        return Arrays.stream(values()).filter(c -> c.chineseName.equals(name)).findFirst();
    }
}
