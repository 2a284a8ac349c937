package org.sunlight.bench.catalog;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.sunlight.SunlightApplication;
import org.sunlight.catalog.PowerItemContent;
import org.sunlight.catalog.PowerItemVersionPublished;
import org.sunlight.catalog.VersionState;
import org.sunlight.catalog.internal.CatalogStore;
import org.sunlight.catalog.search.CatalogSearch;
import org.sunlight.organization.DepartmentView;
import org.sunlight.organization.OrganizationDirectory;

/**
 * Screenshots of the public catalog pages at desktop and phone width, for a person to look at: starts the
 * application on a throw-away H2 database with a small generated catalog (one item with three versions),
 * runs headless Chromium against it over loopback, writes PNGs to target/screenshots/catalog-public.
 * {@code ./mvnw -Pbench test-compile exec:java -Dbench.main=org.sunlight.bench.catalog.CatalogScreenshots}
 */
public final class CatalogScreenshots {

    /** Command-line style arguments: they outrank application.yml (plain default properties would not). */
    public static void main(String[] args) throws Exception {
        try {
            run();
        } catch (Throwable e) {
            e.printStackTrace(System.out);
            System.exit(1);
        }
        System.exit(0); // nothing may linger in the Maven JVM
    }

    private static void run() throws Exception {
        Path dir = Files.createTempDirectory("sunlight-shots");
        Path out = Path.of("target/screenshots/catalog-public").toAbsolutePath();
        Files.createDirectories(out);
        ConfigurableApplicationContext app = new SpringApplicationBuilder(SunlightApplication.class).run(
                "--spring.datasource.url=jdbc:h2:file:" + dir + "/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--server.port=0", "--server.address=127.0.0.1", "--sunlight.demo.mode=true", "--sunlight.catalog.search.index-dir=memory",
                "--logging.level.root=WARN");
        try {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            CatalogStore store = app.getBean(CatalogStore.class);
            TransactionTemplate tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
            ApplicationEventPublisher events = app;
            List<DepartmentView> departments = app.getBean(OrganizationDirectory.class).departmentsWithin("321000");
            DepartmentView housing = departments.stream().filter(d -> d.name().equals("仪征市住房和城乡建设局")).findFirst().orElseThrow();
            SyntheticCatalog catalog = new SyntheticCatalog(7);
            List<SyntheticCatalog.Item> items = catalog.items(600);
            LocalDate today = LocalDate.now();
            tx.executeWithoutResult(s -> {
                for (SyntheticCatalog.Item it : items) {
                    DepartmentView d = departments.get(it.departmentIndex() % departments.size());
                    long id = store.insertItem("SHOT-" + it.code(), d.id(), null, it.seqNo(), java.time.Instant.now());
                    long v = store.insertVersion(id, 1, VersionState.DRAFT, it.content(), java.time.Instant.now(), "bench");
                    store.setState(v, 0, VersionState.PUBLISHED, today.minusDays(30), java.time.Instant.now(), java.time.Instant.now());
                }
            });
            // one item with a history and an upcoming version
            PowerItemContent v1 = items.stream().filter(i -> i.content().penalty() != null).findFirst().orElseThrow().content();
            PowerItemContent named = rename(v1, "对物业服务企业未按规定移交物业管理用房的处罚");
            PowerItemContent v2 = rename(withConditions(named, "建设单位应当在办理物业承接验收手续时移交物业管理用房\n逾期未移交的依法处理"), named.name());
            PowerItemContent v3 = rename(v2, "对物业服务企业、建设单位未按规定移交物业管理用房的处罚");
            long item = tx.execute(s -> {
                long id = store.insertItem("321081-ZJ-CF-0016", housing.id(), null, 16, java.time.Instant.now());
                publish(store, id, 1, named, today.minusDays(400));
                publish(store, id, 2, v2, today.minusDays(20));
                publish(store, id, 3, v3, today.plusDays(30));
                return id;
            });
            tx.executeWithoutResult(s -> events.publishEvent(new PowerItemVersionPublished(item, 0, "321081-ZJ-CF-0016", housing.id(), 3, today.plusDays(30))));
            app.getBean(CatalogSearch.class).rebuild();

            String base = "http://127.0.0.1:" + port;
            shoot(base + "/public/catalog?lang=zh_CN&q=" + enc("物业"), out.resolve("search-desktop.png"), 1280, 1400);
            shoot(base + "/public/catalog?lang=zh_CN&q=" + enc("物业"), out.resolve("search-phone.png"), 390, 1600);
            shoot(base + "/public/catalog?lang=zh_CN&region=321000", out.resolve("browse-desktop.png"), 1280, 1400);
            shoot(base + "/public/catalog/items/321081-ZJ-CF-0016?lang=zh_CN", out.resolve("item-desktop.png"), 1280, 3600);
            shoot(base + "/public/catalog/items/321081-ZJ-CF-0016?lang=zh_CN", out.resolve("item-phone.png"), 390, 5200);
            shoot(base + "/public/catalog/items/321081-ZJ-CF-0016?lang=en", out.resolve("item-desktop-en.png"), 1280, 3600);
            System.out.println("screenshots in " + out);
        } finally {
            app.close();
        }
    }

    private static void publish(CatalogStore store, long itemId, int no, PowerItemContent content, LocalDate effective) {
        long v = store.insertVersion(itemId, no, VersionState.DRAFT, content, java.time.Instant.now(), "bench");
        store.setState(v, 0, VersionState.PUBLISHED, effective, java.time.Instant.now(), java.time.Instant.now());
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static PowerItemContent rename(PowerItemContent c, String name) {
        return new PowerItemContent(name, c.category(), c.basicCode(), c.implementationCode(), c.businessItemCode(), c.level(), c.hostUnit(),
                c.assistingUnits(), c.legalBases(), c.statutoryLimit(), c.promisedLimit(), c.fees(), c.conditions(), c.materials(),
                c.service(), c.penalty(), c.responsibilities(), c.riskPoints());
    }

    private static PowerItemContent withConditions(PowerItemContent c, String conditions) {
        return new PowerItemContent(c.name(), c.category(), c.basicCode(), c.implementationCode(), c.businessItemCode(), c.level(), c.hostUnit(),
                c.assistingUnits(), c.legalBases(), c.statutoryLimit(), c.promisedLimit(), c.fees(), conditions, c.materials(),
                c.service(), c.penalty(), c.responsibilities(), c.riskPoints());
    }

    private static void shoot(String url, Path file, int width, int height) throws Exception {
        Path profile = Files.createTempDirectory("chromium-profile");
        Process p = new ProcessBuilder("/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "--screenshot=" + file, url)
                .redirectErrorStream(true).redirectOutput(new File("target/screenshots/chromium.log")).start();
        if (!p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("chromium did not finish for " + url);
        }
        System.out.println("  " + file.getFileName() + " ← " + url);
    }
}
