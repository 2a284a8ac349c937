package org.sunlight.catalog.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.sunlight.SunlightApplication;
import org.sunlight.catalog.PowerCategory;
import org.sunlight.catalog.demo.GeneratedCatalogs.Plan;
import org.sunlight.catalog.excel.CatalogImporter;
import org.sunlight.catalog.excel.CatalogRow;
import org.sunlight.catalog.excel.CatalogWorkbookWriter;
import org.sunlight.catalog.excel.ImportMode;
import org.sunlight.catalog.excel.ImportOptions;
import org.sunlight.catalog.excel.ImportReport;
import org.sunlight.organization.DepartmentKind;
import org.sunlight.organization.DepartmentView;
import org.sunlight.organization.OrganizationAdmin;
import org.sunlight.organization.OrganizationDirectory;
import org.sunlight.organization.RegionLevel;
import org.sunlight.organization.UnitView;

/**
 * Generates a city- or province-scale catalog from the command line, deterministically.
 *
 * <pre>
 * ./mvnw -Pbench test-compile exec:java -Dbench.main=org.sunlight.catalog.demo.CatalogGenerator \
 *     -Dexec.args='--scale=city --out=target/catalog-city'
 * ./mvnw -Pbench test-compile exec:java -Dbench.main=org.sunlight.catalog.demo.CatalogGenerator \
 *     -Dexec.args='--scale=province --jdbc=jdbc:postgresql://127.0.0.1:5432/sunlight --user=postgres'
 * </pre>
 *
 * Options: {@code --scale=city|province} (5,376 items in 47 departments, or 300,000 in 4,411);
 * {@code --out=DIR} writes one workbook per department (the import format) and {@code plan.csv};
 * {@code --jdbc=URL [--user=U] [--password=P]} instead starts the application on that database (Flyway
 * migrates it), creates the regions, departments and units that are missing and imports every
 * department's list as a system import ({@code --mode=publish}, the default, or {@code draft}), signed
 * off 'IMPORT' by {@code --operator=NAME}; {@code --limit=N} stops after N departments.
 */
public final class CatalogGenerator {

    private CatalogGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        List<Plan> plans = switch (o.getOrDefault("scale", "city")) {
            case "city" -> GeneratedCatalogs.city();
            case "province" -> GeneratedCatalogs.province();
            default -> throw new IllegalArgumentException("--scale=city|province");
        };
        int limit = Integer.parseInt(o.getOrDefault("limit", String.valueOf(plans.size())));
        plans = plans.subList(0, Math.min(limit, plans.size()));
        PrintStream out = System.out;
        out.printf("%d departments, %d items%n", plans.size(), plans.stream().mapToInt(Plan::total).sum());
        if (o.containsKey("out")) {
            writeWorkbooks(plans, Path.of(o.get("out")), out);
        } else if (o.containsKey("jdbc")) {
            ImportMode mode = "draft".equalsIgnoreCase(o.get("mode")) ? ImportMode.DRAFT : ImportMode.PUBLISH;
            importIntoDatabase(plans, o.get("jdbc"), o.getOrDefault("user", ""), o.getOrDefault("password", ""), mode,
                    o.getOrDefault("operator", "generator"), out);
        } else {
            out.println("Give --out=DIR (workbooks) or --jdbc=URL (database); see the class comment.");
        }
    }

    static void writeWorkbooks(List<Plan> plans, Path dir, PrintStream log) throws IOException {
        Files.createDirectories(dir);
        List<String> lines = new ArrayList<>();
        lines.add("file,region,department,items," + String.join(",", GeneratedCatalogs.YANGZHOU.keySet().stream().map(Enum::name).toList()));
        long start = System.nanoTime();
        for (Plan p : plans) {
            String file = String.format("%04d-%s-%s.xlsx", p.index() + 1, p.regionCode(), p.name());
            try (OutputStream os = Files.newOutputStream(dir.resolve(file))) {
                new CatalogWorkbookWriter(p.name(), p.units()).write(GeneratedCatalogs.items(p), os);
            }
            StringBuilder line = new StringBuilder(file + "," + p.regionCode() + "," + p.name() + "," + p.total());
            for (PowerCategory c : GeneratedCatalogs.YANGZHOU.keySet()) {
                line.append(',').append(p.counts().getOrDefault(c, 0));
            }
            lines.add(line.toString());
            if ((p.index() + 1) % 50 == 0) {
                log.printf("%d workbooks …%n", p.index() + 1);
            }
        }
        Files.write(dir.resolve("plan.csv"), lines, StandardCharsets.UTF_8);
        log.printf("wrote %d workbooks to %s in %.1f s%n", plans.size(), dir, (System.nanoTime() - start) / 1e9);
    }

    static void importIntoDatabase(List<Plan> plans, String url, String user, String password, ImportMode mode, String operator,
            PrintStream log) {
        try (ConfigurableApplicationContext context = start(url, user, password)) {
            Organization org = new Organization(context.getBean(OrganizationAdmin.class), context.getBean(OrganizationDirectory.class));
            CatalogImporter importer = context.getBean(CatalogImporter.class);
            long start = System.nanoTime();
            int created = 0;
            for (Plan p : plans) {
                long departmentId = org.department(p);
                List<CatalogRow> rows = GeneratedCatalogs.items(p);
                ImportReport report = importer.importRows(departmentId, rows, ImportOptions.system(operator, mode, false, null));
                if (!report.imported()) {
                    log.printf("%s: refused, %d problems, first: %s%n", p.name(), report.problemTotal(),
                            report.problems().isEmpty() ? "" : report.problems().get(0).cell() + " " + report.problems().get(0).code());
                }
                created += report.created();
                if ((p.index() + 1) % 50 == 0) {
                    log.printf("%d departments, %d items …%n", p.index() + 1, created);
                }
            }
            log.printf("imported %d items into %d departments in %.1f s%n", created, plans.size(), (System.nanoTime() - start) / 1e9);
        }
    }

    /**
     * The application on the given database, without demo data. The web layer is part of the application
     * (security is configured for it), so it starts too, on a random port of the loopback address only.
     */
    public static ConfigurableApplicationContext start(String url, String user, String password) {
        // As arguments, not builder properties: those are defaults that application.yml would override.
        return new SpringApplicationBuilder(SunlightApplication.class)
                .web(WebApplicationType.SERVLET)
                .run("--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password,
                        "--sunlight.demo.mode=false",
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN");
    }

    /** Finds or creates the regions, departments and units the plans need. */
    public static final class Organization {
        private final OrganizationAdmin admin;
        private final OrganizationDirectory directory;
        private final Map<String, Long> departments = new HashMap<>();

        public Organization(OrganizationAdmin admin, OrganizationDirectory directory) {
            this.admin = admin;
            this.directory = directory;
        }

        public long department(Plan p) {
            return departments.computeIfAbsent(p.regionCode() + "/" + p.name(), k -> {
                region(p.regionCode(), p.regionName());
                long id = directory.departmentsIn(p.regionCode()).stream().filter(d -> d.name().equals(p.name()))
                        .map(DepartmentView::id).findFirst()
                        .orElseGet(() -> admin.createDepartment(p.regionCode(), p.name(), null, DepartmentKind.ADMINISTRATIVE).value().id());
                List<String> have = directory.unitsOf(id).stream().map(UnitView::name).toList();
                for (String unit : p.units()) {
                    if (!have.contains(unit)) {
                        admin.createUnit(id, unit);
                    }
                }
                return id;
            });
        }

        private void region(String code, String name) {
            if (directory.region(code).isPresent()) {
                return;
            }
            if (directory.region("320000").isEmpty()) {
                admin.createRegion("320000", "江苏省", RegionLevel.PROVINCE, "");
            }
            if (code.endsWith("00")) {
                admin.createRegion(code, name, RegionLevel.CITY, "320000");
                return;
            }
            String city = code.substring(0, 4) + "00";
            for (String[] c : JiangsuRegions.CITIES) {
                if (c[0].equals(city)) {
                    region(city, c[1]);
                }
            }
            admin.createRegion(code, name, RegionLevel.COUNTY, city);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new LinkedHashMap<>();
        for (String a : args) {
            if (a.startsWith("--")) {
                int eq = a.indexOf('=');
                o.put(eq < 0 ? a.substring(2) : a.substring(2, eq), eq < 0 ? "true" : a.substring(eq + 1));
            }
        }
        return o;
    }
}
