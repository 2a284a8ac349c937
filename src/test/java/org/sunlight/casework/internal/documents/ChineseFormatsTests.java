package org.sunlight.casework.internal.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ChineseFormatsTests {

    @ParameterizedTest
    @CsvSource({
            "0.05, 人民币伍分",
            "0.5, 人民币伍角",
            "0.55, 人民币伍角伍分",
            "10, 人民币壹拾元整",
            "100000.5, 人民币壹拾万元伍角",
            "12000, 人民币壹万贰仟元整",
            "1000000, 人民币壹佰万元整",
            "0, 人民币零元整",
            "1.05, 人民币壹元零伍分",
            "1680.32, 人民币壹仟陆佰捌拾元叁角贰分",
            "1010, 人民币壹仟零壹拾元整",
            "100500, 人民币壹拾万零伍佰元整",
            "107000.53, 人民币壹拾万零柒仟元伍角叁分",
            "20005, 人民币贰万零伍元整",
            "100000001, 人民币壹亿零壹元整",
            "100010000, 人民币壹亿零壹万元整",
            "1000000000000, 人民币壹万亿元整",
            "9999999999999999.99, 人民币玖仟玖佰玖拾玖万亿玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分",
            "12000.000, 人民币壹万贰仟元整"})
    void amountsInCapitals(String amount, String capitals) {
        assertThat(ChineseFormats.amountInCapitals(new BigDecimal(amount))).isEqualTo(capitals);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "0.05; 0.05",
            "10; 10.00",
            "100000.5; 100,000.50",
            "12000; 12,000.00",
            "1000000; 1,000,000.00"})
    void amountsInFiguresHaveTwoDecimals(String amount, String figures) {
        assertThat(ChineseFormats.amountInFigures(new BigDecimal(amount))).isEqualTo(figures);
    }

    @Test
    void amountsThatAreNoMoneyAreRefused() {
        assertThatThrownBy(() -> ChineseFormats.amountInCapitals(new BigDecimal("0.001"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChineseFormats.amountInFigures(new BigDecimal("12.345"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChineseFormats.amountInCapitals(new BigDecimal("-1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChineseFormats.amountInCapitals(new BigDecimal("1E16"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChineseFormats.amountInCapitals(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
            "2026-11-26, 二〇二六年十一月二十六日",
            "2026-01-01, 二〇二六年一月一日",
            "2030-10-10, 二〇三〇年十月十日",
            "2000-12-31, 二〇〇〇年十二月三十一日",
            "2026-02-20, 二〇二六年二月二十日",
            "2026-03-19, 二〇二六年三月十九日"})
    void datesInCharacters(LocalDate date, String characters) {
        assertThat(ChineseFormats.dateInCharacters(date)).isEqualTo(characters);
    }

    @Test
    void datesInFigures() {
        assertThat(ChineseFormats.dateInFigures(LocalDate.of(2026, 1, 5))).isEqualTo("2026年1月5日");
        assertThat(ChineseFormats.dateInFigures(LocalDate.of(2026, 11, 26))).isEqualTo("2026年11月26日");
    }
}
