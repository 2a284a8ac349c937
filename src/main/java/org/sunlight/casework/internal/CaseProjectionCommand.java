package org.sunlight.casework.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import org.sunlight.casework.CaseProjections;

/**
 * {@code java -jar sunlight.jar --sunlight.casework.rebuild-projections=verify} (or {@code rebuild}): checks or
 * rebuilds the case projections from the event log, prints the report and exits (code 0 when nothing
 * differed or everything was rebuilt, 1 when verify found differences).
 */
@Component
class CaseProjectionCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CaseProjectionCommand.class);

    private final CaseProjections projections;
    private final ConfigurableApplicationContext context;
    private final String mode;

    CaseProjectionCommand(CaseProjections projections, ConfigurableApplicationContext context,
            @Value("${sunlight.casework.rebuild-projections:}") String mode) {
        this.projections = projections;
        this.context = context;
        this.mode = mode;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (mode.isBlank()) {
            return;
        }
        boolean rebuild = mode.equals("rebuild");
        CaseProjections.Report r = rebuild ? projections.rebuild() : projections.verify();
        log.info("Case projections {}: {} cases, {} differing {}", rebuild ? "rebuilt" : "verified", r.cases(), r.differing().size(),
                r.differing().stream().limit(20).toList());
        int code = !rebuild && !r.differing().isEmpty() ? 1 : 0;
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
