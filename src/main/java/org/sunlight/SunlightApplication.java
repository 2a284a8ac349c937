package org.sunlight;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Sunlight (阳光权力运行平台): the transparent operation of administrative power.
 * One Spring Modulith application module per capability, each a package beside this class.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SunlightApplication {

    public static void main(String[] args) {
        SpringApplication.run(SunlightApplication.class, args);
    }
}
