package org.sunlight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every message key exists in both the Chinese and the English file of its bundle, and none is empty. */
class MessageBundlesTests {

    @Test
    void everyKeyIsInBothLanguages() throws IOException {
        Path dir = Path.of("src/main/resources/i18n");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path zh : files.filter(p -> p.toString().endsWith(".properties") && !p.toString().endsWith("_en.properties")).toList()) {
                Path en = dir.resolve(zh.getFileName().toString().replace(".properties", "_en.properties"));
                assertThat(en).as("English file for %s", zh).exists();
                Properties zhProps = load(zh);
                Properties enProps = load(en);
                Set<String> onlyZh = new TreeSet<>(zhProps.stringPropertyNames());
                onlyZh.removeAll(enProps.stringPropertyNames());
                Set<String> onlyEn = new TreeSet<>(enProps.stringPropertyNames());
                onlyEn.removeAll(zhProps.stringPropertyNames());
                assertThat(onlyZh).as("keys in %s missing from %s", zh.getFileName(), en.getFileName()).isEmpty();
                assertThat(onlyEn).as("keys in %s missing from %s", en.getFileName(), zh.getFileName()).isEmpty();
                zhProps.forEach((k, v) -> assertThat(v.toString()).as("%s in %s", k, zh.getFileName()).isNotBlank());
                enProps.forEach((k, v) -> assertThat(v.toString()).as("%s in %s", k, en.getFileName()).isNotBlank());
            }
        }
    }

    private static Properties load(Path p) throws IOException {
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(p)) {
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return props;
    }
}
