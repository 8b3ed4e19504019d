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
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ssmclassroom.testing.KaribuTest;

class PackViewTest extends KaribuTest {

    @BeforeEach
    void signIn() {
        signInAsInstructor();
    }

    private static void open(String packId) {
        UI.getCurrent().navigate(PackView.class, new RouteParameters("packId", packId));
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
                        "Agenda and exercises",
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
        Div ceo = _find(Div.class, spec -> spec.withAttribute("aria-label", "Pain of Wolfgang Overall"))
                .getLast();
        assertThat(ceo.getElement().getTextRecursively())
                .contains("Share price keeps falling", "Profits declining", "→ Boris Balance");
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
    }

    @Test
    void switchingToChineseShowsThePackInChinese() {
        open("homebody");
        _click(_get(Button.class, spec -> spec.withText("中文")));
        assertThat(_get(H1.class).getText()).isEqualTo("Homebody 电器公司");
        assertThat(_find(Tab.class)).extracting(Tab::getLabel).contains("人物", "日程与练习");
    }

    @Test
    void unknownPackSaysSo() {
        open("nope");
        assertThat(_get(H1.class).getText()).isEqualTo("No valid pack \"nope\"");
    }
}
