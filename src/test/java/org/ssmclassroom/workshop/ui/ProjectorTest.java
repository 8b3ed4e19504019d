package org.ssmclassroom.workshop.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouteParameters;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.testing.KaribuTest;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSnapshot;
import org.ssmclassroom.workshop.WorkshopSteering;
import org.ssmclassroom.workshop.Workshops;

class ProjectorTest extends KaribuTest {

    @Autowired
    WorkshopService service;

    @Autowired
    WorkshopSteering steering;

    @BeforeEach
    void signIn() {
        signInAsInstructor();
    }

    @Test
    void theOpeningShowsTheCoursesTitleUnderTheClassesName() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        WorkshopId id = Workshops.homebody(service, 2);

        UI.getCurrent().navigate(ProjectorView.class, new RouteParameters("workshopId", String.valueOf(id.value())));

        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withClasses("projector-course"))
                        .getText())
                .isEqualTo("SSM销售方法论 Signature Selling Method");
    }

    @Test
    void theRoomSeesTheExerciseMostTablesAreOnAndItsClockWhenTheFirstTableWasSentAhead() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        WorkshopId id = Workshops.homebody(service, 3);
        steering.openExercise(id, "ex2", Set.of());
        WorkshopSnapshot opened = service.snapshot(id);
        steering.openExercise(id, "ex3", Set.of(opened.tables().getFirst().id()));

        UI.getCurrent().navigate(ProjectorView.class, new RouteParameters("workshopId", String.valueOf(id.value())));

        Method.Exercise ex2 = opened.pack().method().exercise("ex2").orElseThrow();
        assertThat(_get(
                                H2.class,
                                spec -> spec.withText(ex2.label().in(Locale.ENGLISH) + " — "
                                        + ex2.title().in(Locale.ENGLISH)))
                        .isVisible())
                .isTrue();
        assertThat(_get(ClockDisplay.class)
                        .getChildren()
                        .findFirst()
                        .orElseThrow()
                        .getElement()
                        .getAttribute("aria-label"))
                .isEqualTo("Time left at Table 2");
    }
}
