package jp.skilldev.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.script.ScriptEngineManager;
import jp.skilldev.support.Http;
import jp.skilldev.support.IntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The compensating controls for Camunda 7.24 CE listed in STACK-NOTES "Security": each test here
 * fails if its control is removed.
 */
class SecurityControlsTest extends IntegrationTest {

    private static final String OR_QUERY_WITH_EXPRESSION = "{\"orQueries\":[{\"assigneeExpression\":\"${currentUser()}\"}]}";

    @Autowired
    IdentityService identityService;

    @Autowired
    AdminGroupGuard adminGroupGuard;

    @Test
    void engineRestRefusesAnonymousCallers() {
        assertThat(http().get("/engine-rest/task").status()).isEqualTo(401);
    }

    @Test
    void engineRestRefusesApplicants() {
        assertThat(http().as("provider1", "demo").get("/engine-rest/task?maxResults=10").status()).isIn(401, 403);
        assertThat(http().as("worker1", "demo").get("/engine-rest/process-definition?maxResults=10").status()).isIn(401, 403);
    }

    @Test
    void engineRestServesStaff() {
        assertThat(http().as("reviewer", "demo").get("/engine-rest/task?maxResults=10").status()).isEqualTo(200);
    }

    @Test
    void applicantsCannotLogIntoTasklistButStaffCan() throws Exception {
        assertThat(new TasklistSession().login("provider1", "demo").statusCode()).isEqualTo(401);
        HttpResponse<String> staff = new TasklistSession().login("reviewer", "demo");
        assertThat(staff.statusCode()).isEqualTo(200);
        assertThat(staff.body()).contains("tasklist");
    }

    @Test
    void firstRunSetupEndpointIsRefusedAndCreatesNoAdministrator() {
        Http.Response response = http().post("/camunda/api/admin/setup/default/user/create",
                "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"x\",\"lastName\":\"y\",\"email\":\"x@example.jp\"},"
                        + "\"credentials\":{\"password\":\"intruder-pass-1\"}}");

        assertThat(response.status()).isEqualTo(403);
        assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
    }

    @Test
    void expressionInsideOrQueriesIsRefusedOnEngineRest() {
        Http.Response response = http().as("reviewer", "demo").post("/engine-rest/task?maxResults=10", OR_QUERY_WITH_EXPRESSION);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("/errors/0/rule")).isEqualTo("no-query-expressions");
        assertThat(response.text("/errors/0/field")).isEqualTo("assigneeExpression");
    }

    @Test
    void multipartDeploymentStreamsThroughTheGuardUnread() throws Exception {
        String boundary = "----skilldev" + System.nanoTime();
        String bpmn = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
                + " targetNamespace=\"t\"><process id=\"GuardCheck\" isExecutable=\"true\"><startEvent id=\"s\"/></process></definitions>";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nguard-check\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"guard-check.bpmn\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/engine-rest/deployment/create"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        processEngine.getRepositoryService().createDeploymentQuery().deploymentName("guard-check").list()
                .forEach(d -> processEngine.getRepositoryService().deleteDeployment(d.getId(), true));
    }

    @Test
    void expressionAsQueryParameterIsRefusedOnEngineRest() {
        Http.Response response = http().as("reviewer", "demo")
                .get("/engine-rest/task/count?candidateGroupsExpression=" + URLEncoder.encode("${currentUserGroups()}", StandardCharsets.UTF_8));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("/errors/0/rule")).isEqualTo("no-query-expressions");
    }

    @Test
    void expressionInsideOrQueriesIsRefusedOnTheWebappsEngineApi() throws Exception {
        TasklistSession session = new TasklistSession();
        session.login("reviewer", "demo");

        HttpResponse<String> response = session.postJson(
                "/camunda/api/engine/engine/default/task?firstResult=0&maxResults=15", OR_QUERY_WITH_EXPRESSION);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("no-query-expressions");
    }

    @Test
    void expressionInAFiltersExtendingQueryIsRefused() {
        String filterId = processEngine.getFilterService().createFilterQuery()
                .filterName(StaffDirectory.FILTER_MY_GROUPS).singleResult().getId();

        Http.Response response = http().as("reviewer", "demo")
                .post("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15", OR_QUERY_WITH_EXPRESSION);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("/errors/0/rule")).isEqualTo("no-query-expressions");
    }

    @Test
    void onlyAdministratorsMayCreateTasklistFilters() {
        String filter = "{\"resourceType\":\"Task\",\"name\":\"mine\",\"query\":{\"assigneeExpression\":\"${currentUser()}\"}}";

        assertThat(http().as("reviewer", "demo").post("/engine-rest/filter/create", filter).status()).isEqualTo(403);

        Http.Response created = http().as("admin", "demo").post("/engine-rest/filter/create", filter);
        assertThat(created.status()).isEqualTo(200);
        processEngine.getFilterService().deleteFilter(created.text("/id"));
    }

    @Test
    void sharedTasklistFiltersWorkForStaff() {
        String filterId = processEngine.getFilterService().createFilterQuery()
                .filterName(StaffDirectory.FILTER_MY_GROUPS).singleResult().getId();

        Http.Response response = http().as("reviewer", "demo").post("/engine-rest/filter/" + filterId + "/count", "{}");

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void engineHardeningSettingsAreInForce() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();

        assertThat(configuration.isAuthorizationEnabled()).isTrue();
        assertThat(configuration.isJavaSerializationFormatEnabled()).isFalse();
        assertThat(configuration.isEnableExpressionsInAdhocQueries()).isFalse();
        assertThat(configuration.getQueryMaxResultsLimit()).isBetween(1, 2000);
    }

    @Test
    void queriesBeyondTheResultLimitAreRefused() {
        Http.Response response = http().as("reviewer", "demo").get("/engine-rest/task?maxResults=100000");

        assertThat(response.status()).isEqualTo(400);
    }

    /**
     * Only the engine's own expression languages (FEEL for DMN, JUEL for BPMN expressions) may
     * register as script engines; a general-purpose one (JavaScript, Groovy, Python) would let a
     * deployed script run arbitrary code.
     */
    @Test
    void noGeneralPurposeScriptEngineIsOnTheClasspath() {
        ScriptEngineManager manager = new ScriptEngineManager();

        assertThat(manager.getEngineFactories()).allSatisfy(factory ->
                assertThat(factory.getClass().getName()).matches(
                        "org\\.camunda\\.feel\\..*|org\\.camunda\\.bpm\\.engine\\.impl\\.scripting\\.engine\\.JuelScriptEngineFactory"));
        for (String language : new String[] {"javascript", "js", "graal.js", "groovy", "python", "jython", "ruby", "nashorn"}) {
            assertThat(manager.getEngineByName(language)).as(language).isNull();
        }
    }

    @Test
    void administratorsGroupHasADirectMember() {
        assertThat(identityService.createUserQuery().memberOfGroup(StaffGroups.ADMINS).count()).isPositive();
    }

    @Test
    void startUpIsRefusedWhileTheAdministratorsGroupHasNoDirectMember() {
        identityService.deleteMembership("admin", StaffGroups.ADMINS);
        try {
            assertThatThrownBy(adminGroupGuard::verify).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(StaffGroups.ADMINS);
        } finally {
            identityService.createMembership("admin", StaffGroups.ADMINS);
        }
        adminGroupGuard.verify();
    }

    @Test
    void healthIsPublicAndOtherActuatorEndpointsAreForStaff() {
        Http.Response health = http().get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.text("/status")).isEqualTo("UP");
        assertThat(http().get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(http().get("/actuator/health/liveness").status()).isEqualTo(200);

        assertThat(http().get("/actuator/metrics").status()).isEqualTo(401);
        assertThat(http().as("provider1", "demo").get("/actuator/metrics").status()).isEqualTo(403);
        assertThat(http().as("reviewer", "demo").get("/actuator/metrics").status()).isEqualTo(200);
        assertThat(http().as("admin", "demo").get("/actuator/env").status()).isEqualTo(404);
    }

    @Test
    void outboxListIsForStaffOnly() {
        assertThat(http().get("/api/admin/outbox").status()).isEqualTo(401);
        assertThat(http().as("employer1", "demo").get("/api/admin/outbox").status()).isEqualTo(403);
        assertThat(http().as("reviewer", "demo").get("/api/admin/outbox").status()).isEqualTo(200);
    }

    @Test
    void apiIsStatelessAndNeedsNoCsrfToken() {
        Http.Response response = http().as("provider1", "demo").post("/api/public/deadlines", "{}");

        assertThat(response.status()).isNotEqualTo(403);
        assertThat(http().as("provider1", "demo").get("/api/admin/outbox").status()).isEqualTo(403);
    }

    @Test
    void landingPageIsPublicAndPointsStaffToTasklist() {
        Http.Response page = http().get("/");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("/camunda/app/tasklist/").contains("労働局職員");
    }

    @Test
    void pageSignInIsCsrfProtected() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=provider1&password=demo")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
    }

    /** Logs into Tasklist the way its page does (STACK-NOTES gotcha 13). */
    private final class TasklistSession {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

        HttpResponse<String> login(String username, String password) throws Exception {
            client.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
            return client.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-XSRF-TOKEN", xsrfToken())
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> postJson(String path, String json) throws Exception {
            return client.send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/json")
                    .header("X-XSRF-TOKEN", xsrfToken())
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private String xsrfToken() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue).findFirst().orElseThrow();
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }
}
