package org.sunlight.catalog.excel;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sunlight.catalog.LimitUnit;
import org.sunlight.catalog.PowerCategory;
import org.sunlight.catalog.PowerItemContent.ExerciseLevel;
import org.sunlight.catalog.PowerItemContent.FineKind;
import org.sunlight.catalog.PowerItemContent.MaterialForm;
import org.sunlight.catalog.PowerItemContent.ResponsibilityStage;
import org.sunlight.catalog.PowerItemContent.RiskGrade;

/**
 * The Chinese words the workbook uses for enum values (the drop-down lists). These are the file
 * format, not UI text, so they live here and not in the message bundles: a workbook must read the
 * same whatever the language of the person who exported it.
 */
final class ExcelLabels {

    private ExcelLabels() {
    }

    /** A two-way mapping between an enum and its labels, in list order. */
    static final class Labels<E extends Enum<E>> {

        private final Map<E, String> byValue;
        private final Map<String, E> byLabel = new LinkedHashMap<>();

        private Labels(Class<E> type, String... labels) {
            E[] values = type.getEnumConstants();
            if (values.length != labels.length) {
                throw new IllegalArgumentException(type + ": " + values.length + " values, " + labels.length + " labels");
            }
            byValue = new EnumMap<>(type);
            for (int i = 0; i < values.length; i++) {
                byValue.put(values[i], labels[i]);
                byLabel.put(labels[i], values[i]);
            }
        }

        String label(E value) {
            return value == null ? null : byValue.get(value);
        }

        Optional<E> value(String label) {
            return Optional.ofNullable(label == null ? null : byLabel.get(label.trim()));
        }

        List<String> labels() {
            return List.copyOf(byLabel.keySet());
        }
    }

    static final Labels<PowerCategory> CATEGORIES = new Labels<>(PowerCategory.class,
            Arrays.stream(PowerCategory.values()).map(PowerCategory::chineseName).toArray(String[]::new));
    static final Labels<ExerciseLevel> LEVELS = new Labels<>(ExerciseLevel.class, "省级", "设区的市级", "县级", "乡镇级");
    static final Labels<LimitUnit> LIMIT_UNITS = new Labels<>(LimitUnit.class, "工作日", "自然日");
    static final Labels<MaterialForm> FORMS = new Labels<>(MaterialForm.class, "纸质", "电子", "纸质和电子");
    static final Labels<FineKind> FINE_KINDS = new Labels<>(FineKind.class, "罚款金额", "违法所得倍数", "货值金额倍数", "不罚款");
    static final Labels<ResponsibilityStage> STAGES = new Labels<>(ResponsibilityStage.class,
            "受理", "审查", "决定", "送达", "事后监管", "其他");
    static final Labels<RiskGrade> GRADES = new Labels<>(RiskGrade.class, "A", "B", "C");
    static final Labels<FactorKind> FACTOR_KINDS = new Labels<>(FactorKind.class, "从轻减轻", "从重");
    static final Labels<YesNo> YES_NO = new Labels<>(YesNo.class, "是", "否");

    enum FactorKind { MITIGATING, AGGRAVATING }

    enum YesNo {
        YES, NO;

        static YesNo of(boolean b) {
            return b ? YES : NO;
        }
    }
}
