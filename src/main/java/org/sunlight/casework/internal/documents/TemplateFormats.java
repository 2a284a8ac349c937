package org.sunlight.casework.internal.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** What the document templates call as {@code f}: the formats of {@link ChineseFormats} and paragraphs. */
public final class TemplateFormats {

    TemplateFormats() {
    }

    /** {@code 2026年11月26日}. */
    public String date(LocalDate date) {
        return ChineseFormats.dateInFigures(date);
    }

    /** {@code 二〇二六年十一月二十六日}. */
    public String sealDate(LocalDate date) {
        return ChineseFormats.dateInCharacters(date);
    }

    /** {@code 12,000.00}. */
    public String yuan(BigDecimal amount) {
        return ChineseFormats.amountInFigures(amount);
    }

    /** {@code 人民币壹万贰仟元整}. */
    public String capitals(BigDecimal amount) {
        return ChineseFormats.amountInCapitals(amount);
    }

    /** The non-blank lines of a text, each a paragraph. */
    public List<String> paragraphs(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Legal bases as one phrase: {@code 《建筑法》第八条、《建筑工程施工许可管理办法》第四条}. */
    public String joined(List<String> items) {
        return String.join("、", items);
    }
}
