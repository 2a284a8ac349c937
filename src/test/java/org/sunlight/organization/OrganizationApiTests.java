package org.sunlight.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.sunlight.IntegrationTest;

/** The JSON API: answers, problem+json refusals naming fields, and who may call what. */
@IntegrationTest
class OrganizationApiTests {

    static final List<String> STAFF_ROLES = List.of("HANDLER", "UNIT_HEAD", "LEADER", "CATALOG_CLERK", "LEGAL_REVIEWER",
            "SUPERVISOR", "SYSTEM_ADMIN", "SECURITY_ADMIN", "AUDIT_ADMIN");
    static final List<String> PUBLIC_ROLES = List.of("CITIZEN", "ORGANISATION");

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganizationAdmin admin;

    @Autowired
    OrganizationDirectory directory;

    OrgFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new OrgFixture(admin);
    }

    static RequestPostProcessor as(String role) {
        return user("api-" + role.toLowerCase()).roles(role);
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body).with(csrf());
    }

    @Test
    void aSystemAdministratorCreatesARegionAndGetsItsVersion() throws Exception {
        String city = fixture.city();
        String county = city.substring(0, 4) + "31";
        mvc.perform(json(post("/api/v1/regions"), """
                        {"code":"%s","name":"接口县","level":"COUNTY","parentCode":"%s"}""".formatted(county, city))
                        .with(as("SYSTEM_ADMIN")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/regions/" + county))
                .andExpect(jsonPath("$.code").value(county))
                .andExpect(jsonPath("$.level").value("COUNTY"))
                .andExpect(jsonPath("$.path", contains(OrgFixture.PROVINCE, city, county)))
                .andExpect(jsonPath("$.version").value(0));
        mvc.perform(get("/api/v1/regions/" + county).with(as("HANDLER")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("接口县"));
    }

    @Test
    void aBadRegionCodeIsA400ProblemNamingTheField() throws Exception {
        String city = fixture.city();
        mvc.perform(json(post("/api/v1/regions"), """
                        {"code":"99999","name":"坏县","level":"COUNTY","parentCode":"%s"}""".formatted(city))
                        .with(as("SYSTEM_ADMIN")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].message").value("县级区划代码应为六位数字且不以 00 结尾，如 321081"));
        mvc.perform(json(post("/api/v1/regions"), """
                        {"code":"971000","name":"孤市","level":"CITY","parentCode":"970000"}""")
                        .with(as("SYSTEM_ADMIN")).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("parentCode"))
                .andExpect(jsonPath("$.errors[0].message").value("Parent region 970000 does not exist"));
        mvc.perform(json(post("/api/v1/regions"), """
                        {"code":"971000","name":"孤市","level":"METROPOLIS","parentCode":"%s"}""".formatted(OrgFixture.PROVINCE))
                        .with(as("SYSTEM_ADMIN")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("level"));
        assertThat(directory.region("971000")).isEmpty();
    }

    @Test
    void anOversizeDepartmentNameIsA400AndNothingIsWritten() throws Exception {
        String county = fixture.county();
        mvc.perform(json(post("/api/v1/departments"), """
                        {"regionCode":"%s","name":"%s","shortName":"简"}""".formatted(county, "局".repeat(101)))
                        .with(as("SYSTEM_ADMIN")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("不能超过 100 个字符"));
        assertThat(directory.departmentsIn(county)).isEmpty();
    }

    @Test
    void aDuplicateDepartmentIsA409NamingTheField() throws Exception {
        String county = fixture.county();
        String body = """
                {"regionCode":"%s","name":"重复局","shortName":"重","kind":"ADMINISTRATIVE"}""".formatted(county);
        mvc.perform(json(post("/api/v1/departments"), body).with(as("SYSTEM_ADMIN")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("ADMINISTRATIVE"));
        mvc.perform(json(post("/api/v1/departments"), body).with(as("SYSTEM_ADMIN")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("本区划已有名为“重复局”的部门"));
        assertThat(directory.departmentsIn(county)).hasSize(1);
    }

    @Test
    void aStaleVersionIsA409AndAMissingVersionA400() throws Exception {
        OrgFixture.Chain chain = fixture.chain();
        mvc.perform(json(patch("/api/v1/units/" + chain.unit()), """
                        {"name":"新科","version":0}""").with(as("SYSTEM_ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(json(put("/api/v1/units/" + chain.unit()), """
                        {"name":"旧科","version":0}""").with(as("SYSTEM_ADMIN")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(json(patch("/api/v1/units/" + chain.unit()), """
                        {"name":"旧科"}""").with(as("SYSTEM_ADMIN")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("version"))
                .andExpect(jsonPath("$.errors[0].message").value("必填"));
        assertThat(directory.unit(chain.unit()).orElseThrow().name()).isEqualTo("新科");
    }

    @Test
    void movesAndPostGrantsWorkThroughTheApi() throws Exception {
        OrgFixture.Chain chain = fixture.chain();
        String target = fixture.county();
        mvc.perform(json(post("/api/v1/departments/" + chain.department() + "/move"), """
                        {"regionCode":"%s","version":0}""".formatted(target)).with(as("SYSTEM_ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.regionCode").value(target));
        mvc.perform(delete("/api/v1/staff/" + chain.staff() + "/posts/" + chain.post()).with(csrf()).with(as("SYSTEM_ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.postIds").isEmpty());
        mvc.perform(put("/api/v1/staff/" + chain.staff() + "/posts/" + chain.post()).with(csrf()).with(as("SYSTEM_ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.postIds", contains((int) chain.post())))
                .andExpect(jsonPath("$.regionCode").value(target));
        mvc.perform(get("/api/v1/posts/" + chain.post() + "/staff").with(as("SUPERVISOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", contains((int) chain.staff())));
    }

    @Test
    void departmentsWithinACityIncludeTheCountiesDepartments() throws Exception {
        mvc.perform(get("/api/v1/regions/321000/departments").param("within", "true").with(as("SUPERVISOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", hasItem("仪征市住房和城乡建设局")))
                .andExpect(jsonPath("$[*].name", hasItem("高邮市住房和城乡建设局")));
        mvc.perform(get("/api/v1/regions/321000/departments").with(as("SUPERVISOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", not(hasItem("仪征市住房和城乡建设局"))));
        mvc.perform(get("/api/v1/regions/321081").with(as("HANDLER")))
                .andExpect(jsonPath("$.path", contains("320000", "321000", "321081")));
    }

    @Test
    void unknownThingsAre404Problems() throws Exception {
        mvc.perform(get("/api/v1/regions/000001").with(as("HANDLER")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/staff/-1").with(as("HANDLER"))).andExpect(status().isNotFound());
    }

    @Test
    void theApiIsDocumentedInOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/regions'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/departments/{id}/move'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/staff/{id}/posts/{postId}'].put").exists());
    }

    /** Every change endpoint × every role: only the system administrator passes, nobody else changes anything. */
    @Test
    void onlyTheSystemAdministratorMayChangeTheOrganisation() throws Exception {
        for (String role : concat(STAFF_ROLES, PUBLIC_ROLES)) {
            OrgFixture.Chain chain = fixture.chain();
            for (Function<OrgFixture.Chain, MockHttpServletRequestBuilder> change : changes()) {
                MockHttpServletRequestBuilder request = change.apply(chain).with(as(role));
                int status = mvc.perform(request).andReturn().getResponse().getStatus();
                String what = role + " " + request.buildRequest(new org.springframework.mock.web.MockServletContext()).getMethod() + " "
                        + request.buildRequest(new org.springframework.mock.web.MockServletContext()).getRequestURI();
                if (role.equals("SYSTEM_ADMIN")) {
                    assertThat(status).as(what).isBetween(200, 299);
                } else {
                    assertThat(status).as(what).isEqualTo(403);
                }
            }
            if (!role.equals("SYSTEM_ADMIN")) {
                assertThat(directory.staff(chain.staff()).orElseThrow().active()).as(role).isTrue();
                assertThat(directory.unitsOf(chain.department())).as(role).hasSize(1);
            }
        }
    }

    /** Reads are for every staff role; citizens and organisations get 403. */
    @Test
    void everyStaffRoleMayReadButThePublicMayNot() throws Exception {
        OrgFixture.Chain chain = fixture.chain();
        List<String> reads = List.of("/api/v1/regions", "/api/v1/regions/" + chain.region(), "/api/v1/regions/" + chain.region() + "/children",
                "/api/v1/regions/" + chain.region() + "/departments", "/api/v1/departments/" + chain.department(),
                "/api/v1/departments?name=x", "/api/v1/departments/" + chain.department() + "/units", "/api/v1/units/" + chain.unit(),
                "/api/v1/units/" + chain.unit() + "/posts", "/api/v1/units/" + chain.unit() + "/staff", "/api/v1/posts/" + chain.post(),
                "/api/v1/posts/" + chain.post() + "/staff", "/api/v1/staff/" + chain.staff(), "/api/v1/staff?name=x");
        for (String url : reads) {
            for (String role : STAFF_ROLES) {
                mvc.perform(get(url).with(as(role))).andExpect(result ->
                        assertThat(result.getResponse().getStatus()).as(role + " GET " + url).isEqualTo(200));
            }
            for (String role : PUBLIC_ROLES) {
                mvc.perform(get(url).with(as(role))).andExpect(result ->
                        assertThat(result.getResponse().getStatus()).as(role + " GET " + url).isEqualTo(403));
            }
        }
        mvc.perform(get("/api/v1/regions").accept(MediaType.APPLICATION_JSON))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).as("anonymous").isIn(401, 302));
    }

    /**
     * One request per change endpoint, in an order that makes each valid for a fresh chain when the
     * system administrator sends them (so "allowed" means 2xx, not merely "not 403"). Later requests
     * find what earlier ones created; for other roles nothing was created and the id is a stand-in.
     */
    private List<Function<OrgFixture.Chain, MockHttpServletRequestBuilder>> changes() {
        return List.of(
                c -> json(post("/api/v1/regions"), """
                        {"code":"%s","name":"新镇","level":"TOWN","parentCode":"%s"}""".formatted(c.region() + "101", c.region())),
                c -> json(patch("/api/v1/regions/" + c.region()), """
                        {"name":"改名县","version":0}"""),
                c -> json(post("/api/v1/regions/" + c.region() + "/move"), """
                        {"parentCode":"%s","version":1}""".formatted(c.region().substring(0, 4) + "00")),
                c -> post("/api/v1/regions/" + c.region() + "101/deactivate").with(csrf()),
                c -> post("/api/v1/regions/" + c.region() + "101/reactivate").with(csrf()),
                c -> json(post("/api/v1/departments"), """
                        {"regionCode":"%s","name":"新局"}""".formatted(c.region())),
                c -> json(patch("/api/v1/departments/" + c.department()), """
                        {"name":"改名局%d","shortName":"改","version":0}""".formatted(c.department())),
                c -> json(post("/api/v1/departments/" + c.department() + "/move"), """
                        {"regionCode":"%s","version":1}""".formatted(c.region())),
                c -> post("/api/v1/departments/" + departmentNamed(c, "新局") + "/deactivate").with(csrf()),
                c -> post("/api/v1/departments/" + departmentNamed(c, "新局") + "/reactivate").with(csrf()),
                c -> json(post("/api/v1/units"), """
                        {"departmentId":%d,"name":"新科"}""".formatted(c.department())),
                c -> json(patch("/api/v1/units/" + c.unit()), """
                        {"name":"改名科","version":0}"""),
                c -> json(post("/api/v1/units/" + c.unit() + "/move"), """
                        {"departmentId":%d,"version":1}""".formatted(c.department())),
                c -> post("/api/v1/units/" + unitNamed(c, "新科") + "/deactivate").with(csrf()),
                c -> post("/api/v1/units/" + unitNamed(c, "新科") + "/reactivate").with(csrf()),
                c -> json(post("/api/v1/posts"), """
                        {"unitId":%d,"name":"新岗"}""".formatted(c.unit())),
                c -> json(patch("/api/v1/posts/" + c.post()), """
                        {"name":"改名岗","version":0}"""),
                c -> json(post("/api/v1/staff"), """
                        {"unitId":%d,"name":"新人"}""".formatted(c.unit())),
                c -> json(patch("/api/v1/staff/" + c.staff()), """
                        {"name":"改名人","version":0}"""),
                c -> json(post("/api/v1/staff/" + c.staff() + "/move"), """
                        {"unitId":%d,"version":1}""".formatted(c.unit())),
                c -> delete("/api/v1/staff/" + c.staff() + "/posts/" + c.post()).with(csrf()),
                c -> put("/api/v1/staff/" + c.staff() + "/posts/" + c.post()).with(csrf()),
                c -> delete("/api/v1/staff/" + c.staff() + "/posts/" + c.post()).with(csrf()),
                c -> json(post("/api/v1/posts/" + c.post() + "/move"), """
                        {"unitId":%d,"version":1}""".formatted(c.unit())),
                c -> post("/api/v1/posts/" + c.post() + "/deactivate").with(csrf()),
                c -> post("/api/v1/posts/" + c.post() + "/reactivate").with(csrf()),
                c -> post("/api/v1/staff/" + c.staff() + "/deactivate").with(csrf()),
                c -> post("/api/v1/staff/" + c.staff() + "/reactivate").with(csrf()));
    }

    private long departmentNamed(OrgFixture.Chain c, String name) {
        return directory.departmentsIn(c.region()).stream().filter(d -> d.name().equals(name)).mapToLong(DepartmentView::id)
                .findFirst().orElse(c.department());
    }

    private long unitNamed(OrgFixture.Chain c, String name) {
        return directory.unitsOf(c.department()).stream().filter(u -> u.name().equals(name)).mapToLong(UnitView::id)
                .findFirst().orElse(c.unit());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
