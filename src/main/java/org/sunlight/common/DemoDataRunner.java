package org.sunlight.common;

import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Runs every module's {@link DemoDataLoader} in order when demo mode is on. */
@Component
@Order(0)
class DemoDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

    private final DemoMode mode;
    private final List<DemoDataLoader> loaders;

    DemoDataRunner(DemoMode mode, List<DemoDataLoader> loaders) {
        this.mode = mode;
        this.loaders = loaders;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.enabled()) {
            return;
        }
        long start = System.nanoTime();
        loaders.stream().sorted(Comparator.comparingInt(DemoDataLoader::order)).forEach(DemoDataLoader::load);
        log.info("Demo data ready in {} ms", (System.nanoTime() - start) / 1_000_000);
    }
}
