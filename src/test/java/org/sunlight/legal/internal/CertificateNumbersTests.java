package org.sunlight.legal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The accepted forms of certificate numbers, and the one normal form uniqueness is judged on. */
class CertificateNumbersTests {

    @ParameterizedTest(name = "[{0}] → [{1}], valid {2}")
    @CsvSource(delimiter = '|', value = {
            // Jiangsu style, bare national number, letter prefix, hyphenated
            "苏执法证字第32108100101号|苏执法证字第32108100101号|true",
            "32108100101|32108100101|true",
            "苏A0012345|苏A0012345|true",
            "js-2021-000123|JS-2021-000123|true",
            // spaces (also the ideographic one) vanish, full-width becomes half-width, letters upper case
            " 苏执法证字第 321081 00101 号 |苏执法证字第32108100101号|true",
            "苏执法证字第３２１０８１００１０１号|苏执法证字第32108100101号|true",
            "苏　ａ００１２３４５|苏A0012345|true",
            // too short a body, too few digits, words only, inner symbols, a leading hyphen, too long
            "苏12345|苏12345|false",
            "ABCDEFG1|ABCDEFG1|false",
            "执法证|执法证|false",
            "苏执法证#32108100101|苏执法证#32108100101|false",
            "-32108100101|-32108100101|false",
            "苏执法证字第32108100101号号|苏执法证字第32108100101号号|false",
            "一二三四五六七八九32108100101|一二三四五六七八九32108100101|false",
            "123456789012345678901234567|123456789012345678901234567|false"})
    void numbersAreNormalisedThenChecked(String raw, String normal, boolean valid) {
        String n = CertificateNumbers.normalise(raw);
        assertThat(n).isEqualTo(normal);
        assertThat(CertificateNumbers.valid(n)).as(n).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "'   '", "'　'"})
    void blankIsNoNumber(String raw) {
        assertThat(CertificateNumbers.normalise(raw)).isNull();
        assertThat(CertificateNumbers.valid(null)).isFalse();
    }
}
