package org.ssmclassroom.scenario.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ssmclassroom.testing.KaribuTest;

class PackViewTest extends KaribuTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.ssmclassroom.scenario.ScenarioLibrary library;

    @BeforeEach
    void signIn() {
        signInAsInstructor();
    }

    private static void open(String packId) {
        UI.getCurrent().navigate(PackView.class, new RouteParameters("packId", packId));
    }

    /** Opens each tab in turn; a tab that cannot be drawn fails the test with its exception. */
    private static void assertEveryTabOpens(String... caseTabs) {
        assertThat(_find(Tab.class)).extracting(Tab::getLabel).startsWith(caseTabs);
        for (Tab tab : _find(Tab.class)) {
            selectTab(tab.getLabel());
            assertThat(_get(TabSheet.class).getSelectedTab()).isEqualTo(tab);
        }
    }

    /** The README's minimal case pack, as kept in the test resources, with {@code extra} added to its case.yaml. */
    private String importMinimalCase(String extra) {
        java.nio.file.Path root = java.nio.file.Path.of("src/test/resources/packs/minimal-case");
        java.util.Map<String, byte[]> files = new java.util.TreeMap<>();
        try (var walk = java.nio.file.Files.walk(root)) {
            for (var file : walk.filter(java.nio.file.Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), java.nio.file.Files.readAllBytes(file));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        files.merge("case.yaml", extra.getBytes(java.nio.charset.StandardCharsets.UTF_8), (a, b) -> {
            byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, both, a.length, b.length);
            return both;
        });
        var result = library.importZip("minimal-case.zip", org.ssmclassroom.testing.ScenarioZips.zip(files), "lee");
        assertThat(result.problems()).as("the pack is valid").isEmpty();
        return result.pack().orElseThrow().id();
    }

    private static void selectTab(String label) {
        TabSheet sheet = _get(TabSheet.class);
        Tab tab = _find(Tab.class).stream()
                .filter(t -> t.getLabel().equals(label))
                .findFirst()
                .orElseThrow();
        sheet.setSelectedTab(tab);
    }

    @Test
    void casePageShowsTheTabsAnInstructorNeeds() {
        open("homebody");
        assertThat(_get(H1.class).getText()).isEqualTo("Homebody Electronics");
        assertThat(_find(Tab.class))
                .extracting(Tab::getLabel)
                .containsExactly(
                        "Case",
                        "Documents",
                        "People",
                        "Negotiation",
                        "Course: goals and stages",
                        "Agenda and exercises",
                        "Concept cards",
                        "Board templates",
                        "Rubrics",
                        "Vocabularies");
    }

    @Test
    void orgChartShowsEveryoneWithTheirReportingLine() {
        open("homebody");
        selectTab("People");
        ListItem yoshi = _get(
                ListItem.class, spec -> spec.withAttribute("aria-label", "Yoshi Goto, Chief Operating Officer (COO)"));
        assertThat(yoshi.getElement().getParent().getParent().getAttribute("aria-label"))
                .isEqualTo("Wolfgang Overall, Chief Executive Officer (CEO)");
        assertThat(_find(ListItem.class, spec -> spec.withAttribute("role", "treeitem")))
                .hasSize(12);
    }

    @Test
    void painChainCardsShowWhereEachReasonLeads() {
        open("homebody");
        selectTab("People");
        Div ceo = _find(Div.class, spec -> spec.withAttribute("aria-label", "Pain of CEO"))
                .getLast();
        assertThat(ceo.getElement().getTextRecursively())
                .contains("Share price keeps falling", "Profits declining", "→ CFO");
        Div sarah = _find(Div.class, spec -> spec.withAttribute("aria-label", "Pain of VP Sales and Marketing"))
                .getLast();
        assertThat(sarah.getElement().getTextRecursively())
                .as("s.73's potential key decision makers")
                .contains("Market share shrinking", "Poor understanding of customers' buying patterns");
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("pain-chain-arrows")))
                .as("the arrows are our reading, marked on every chain that has them")
                .hasSize(3)
                .allSatisfy(note ->
                        assertThat(note.getElement().getTextRecursively()).contains("our reading", "Authored"));
    }

    @Test
    void agendaListsTheTenExercisesAcrossTwoDays() {
        open("homebody");
        selectTab("Agenda and exercises");
        assertThat(_find(H2.class)).extracting(H2::getText).contains("Day 1", "Day 2");
        assertThat(_find(H4.class))
                .extracting(H4::getText)
                .filteredOn(t -> t.startsWith("Team exercise"))
                .hasSize(10)
                .contains("Team exercise 5 — Draw an organisational relationship map");
        assertThat(_find(H3.class))
                .extracting(H3::getText)
                .contains("SSM training: unit 1 · SSM stage 1: Build relationships (slides 12–35)");
        assertThat(_find(H2.class)).extracting(H2::getText).contains("Teaching aids (slides 135–136)");
        assertThat(_find(Paragraph.class))
                .extracting(Paragraph::getText)
                .anyMatch(t -> t.startsWith("Slide 19, \"业务发展方针练习\" (business initiative exercise), has only"));
    }

    @Test
    void aSurfaceTheDeckDoesNotNameIsMarkedAuthoredAndOneItNamesIsNot() {
        open("homebody");
        selectTab("Agenda and exercises");
        assertThat(badgesOf("Team exercise 1 Challenges you have met in selling"))
                .contains("Whiteboard", "Authored");
        assertThat(badgesOf("Team exercise 7 Draw up a preliminary solution"))
                .contains("Flip chart")
                .doesNotContain("Authored");
    }

    private static String badgesOf(String exercise) {
        Div card = _get(Div.class, spec -> spec.withAttribute("aria-label", exercise));
        return _get(card, Div.class, spec -> spec.withClasses("badges"))
                .getElement()
                .getTextRecursively();
    }

    @Test
    void switchingToChineseShowsThePackInChinese() {
        open("homebody");
        _click(_get(Button.class, spec -> spec.withText("中文")));
        assertThat(_get(H1.class).getText()).isEqualTo("Homebody 电器公司");
        assertThat(_find(Tab.class)).extracting(Tab::getLabel).contains("人物", "日程与练习");
    }

    @Test
    void theReadmesMinimalCasePackOpensOnEveryTab() {
        String id = importMinimalCase("");
        try {
            open(id);
            assertThat(_get(H1.class).getText()).isEqualTo("Minimal case");
            assertEveryTabOpens("Case", "Documents", "People");
            selectTab("Case");
            assertThat(_get(H2.class).getText()).isEqualTo("Example Ltd");
            assertThat(_find(Div.class, spec -> spec.withClasses("case-overview"))
                            .getFirst()
                            .getElement()
                            .getTextRecursively())
                    .contains("Introducing automatic scheduling")
                    .doesNotContain("Key facts");
        } finally {
            library.remove(id);
        }
    }

    /** Each optional part of a case with only what it requires: none of them may take the page down either. */
    @Test
    void aCaseWithOnlyTheRequiredPartsOfEachOptionalSectionOpensOnEveryTab() {
        String id = importMinimalCase("""
                alignment: {quadrant: leader}
                negotiation:
                  issues:
                    - {id: A, title: {zh-CN: "价格", en: "Price"}, background: {zh-CN: "太高", en: "Too high"},
                       ourPosition: {zh-CN: "不降", en: "No discount"}}
                modelAnswers:
                  - exercise: ex4
                    painChain: chain
                    answer: {zh-CN: "总经理的痛来自运营总监", en: "The CEO's pain comes from the COO's"}
                """);
        try {
            open(id);
            assertEveryTabOpens("Case", "Documents", "People", "Negotiation");
            selectTab("Negotiation");
            assertThat(_find(Div.class, spec -> spec.withClasses("issue-card")))
                    .singleElement()
                    .satisfies(card -> assertThat(card.getElement().getTextRecursively())
                            .contains("Price", "Too high", "No discount"));
        } finally {
            library.remove(id);
        }
    }

    @Test
    void unknownPackSaysSo() {
        open("nope");
        assertThat(_get(H1.class).getText()).isEqualTo("No valid pack \"nope\"");
    }

    @Test
    void theLibraryShowsEveryConceptCardWithItsSlideWhereItIsShownAndTheAuthoredMark() {
        open("ssm-method");
        selectTab("Concept cards");
        var method = library.pack("ssm-method").orElseThrow().method();
        assertThat(method.cards()).hasSizeGreaterThan(30);
        for (var card : method.cards()) {
            Div shown = _find(Div.class, spec -> spec.withClasses("concept-card")).stream()
                    .filter(d -> card.title().en().equals(d.getElement().getAttribute("aria-label")))
                    .filter(d -> d.getElement()
                            .getTextRecursively()
                            .contains(card.source().en()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("card " + card.id() + " is not in the library"));
            String text = shown.getElement().getTextRecursively();
            assertThat(text).as(card.id()).contains("Shown beside: ");
            assertThat(text.contains("Authored"))
                    .as(card.id() + " shows the authored mark exactly when it is authored")
                    .isEqualTo(card.origin() == org.ssmclassroom.scenario.Origin.AUTHORED);
        }
        Div goals = _find(Div.class, spec -> spec.withClasses("concept-card")).stream()
                .filter(d -> "SSM sales methodology: course goals"
                        .equals(d.getElement().getAttribute("aria-label")))
                .findFirst()
                .orElseThrow();
        assertThat(goals.getElement().getTextRecursively())
                .contains(
                        "Align your sales process with the customer's buying process", "Sell more!", "Deck, slide 10");
    }

    @Test
    void theLibrarysCourseTabHasTheTenGoalsAndEveryStageOnItsCard() {
        open("ssm-method");
        selectTab("Course: goals and stages");
        var method = library.pack("ssm-method").orElseThrow().method();
        var goals = _get(com.vaadin.flow.component.html.OrderedList.class, spec -> spec.withClasses("course-goals"));
        assertThat(_find(goals, ListItem.class))
                .extracting(ListItem::getText)
                .hasSize(10)
                .contains("Sell more!");
        var cards = _find(StageCard.class);
        assertThat(cards)
                .extracting(c -> c.getElement().getAttribute("aria-label"))
                .containsExactlyElementsOf(method.course().stages().stream()
                        .map(s -> s.title().en())
                        .toList());
        assertThat(cards.getLast().getElement().getTextRecursively())
                .contains(
                        "Implement the solution and evaluate results",
                        "Completion mark:",
                        "h. Agreement with the customer on results and progress");
        assertThat(cards.get(4).getElement().getTextRecursively())
                .as("stage 5's description is ours, and says so")
                .contains("Co-develop the solution with the customer", "Authored");
    }
}
