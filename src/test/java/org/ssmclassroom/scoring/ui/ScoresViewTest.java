package org.ssmclassroom.scoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.scoring.ScoringService;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.testing.KaribuTest;
import org.ssmclassroom.workshop.Trainees;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSteering;
import org.ssmclassroom.workshop.Workshops;

/** Release and withdraw are two actions, each doing what its button said when it was tapped. */
class ScoresViewTest extends KaribuTest {

    private static final String RELEASE = "Release to the tables";
    private static final String WITHDRAW = "Take the release back";

    @Autowired
    WorkshopService workshops;

    @Autowired
    WorkshopSteering steering;

    @Autowired
    Trainees trainees;

    @Autowired
    ScoringService scoring;

    private WorkshopId workshop;

    @BeforeEach
    void twoTablesOnTheirOpportunity() {
        signInAsInstructor();
        workshop = Workshops.homebody(workshops, 2);
        Workshops.join(workshops, trainees, workshop, DeviceToken.random(), "Mei", 0);
        Workshops.join(workshops, trainees, workshop, DeviceToken.random(), "Li", 1);
        steering.openExercise(workshop, "ex2", Set.of());
        scoring.mark(workshops.snapshot(workshop).tables().get(0).id(), "ex2", "complete", 4, "", 0);
    }

    private void openScores(String exercise) {
        UI.getCurrent().navigate("workshops/" + workshop.value() + "/scores/" + exercise);
    }

    private static Button button(String text) {
        return _get(Button.class, spec -> spec.withText(text));
    }

    private static boolean shown(Button button) {
        return button.isVisible() && !button.getElement().hasAttribute("hidden");
    }

    private static List<String> notices() {
        return NotificationsKt.getNotifications().stream()
                .map(n -> String.valueOf(n.getElement().getProperty("text")))
                .toList();
    }

    private static List<Notification> errors() {
        return NotificationsKt.getNotifications().stream()
                .filter(n -> n.getThemeNames().contains("error"))
                .toList();
    }

    @Test
    void aDoubleTapOnReleaseReleasesOnceAndTheSecondTapSaysItIsAlreadyReleased() {
        openScores("ex2");
        Button release = button(RELEASE);

        _click(release);
        _click(release);

        assertThat(scoring.released(workshop)).containsExactly("ex2");
        assertThat(shown(button(WITHDRAW))).isTrue();
        assertThat(shown(button(RELEASE))).isFalse();
        assertThat(errors()).isEmpty();
        assertThat(notices()).contains("Already released to the tables.");
    }

    @Test
    void aDoubleTapOnTakeTheReleaseBackLeavesItWithdrawn() {
        scoring.release(workshop, "ex2");
        openScores("ex2");
        Button withdraw = button(WITHDRAW);

        _click(withdraw);
        _click(withdraw);

        assertThat(scoring.released(workshop)).isEmpty();
        assertThat(shown(button(RELEASE))).isTrue();
        assertThat(shown(button(WITHDRAW))).isFalse();
        assertThat(errors()).isEmpty();
        assertThat(notices()).contains("The release is already taken back.");
    }

    @Test
    void releaseTappedOnAScreenThatHasNotYetHeardOfAnotherInstructorsReleaseStillReleases() {
        openScores("ex2");
        Button release = button(RELEASE);
        asInstructor(() -> scoring.release(workshop, "ex2"));
        roundtrip();

        _click(release);

        assertThat(scoring.released(workshop)).containsExactly("ex2");
        assertThat(errors()).isEmpty();
    }

    @Test
    void twoInstructorsTappingReleaseTogetherAlwaysLeaveItReleasedWithoutAnError() throws Exception {
        int rounds = 50;
        CyclicBarrier together = new CyclicBarrier(3);
        List<String> errors = new CopyOnWriteArrayList<>();
        List<Integer> unreleased = new CopyOnWriteArrayList<>();
        List<Thread> instructors = new java.util.ArrayList<>();
        for (String who : List.of("lee", "kim")) {
            instructors.add(Thread.ofPlatform().start(() -> {
                openAnotherBrowserOnThisThread();
                if (who.equals("lee")) {
                    signInAsInstructor();
                } else {
                    signInAsCoInstructor(who);
                }
                try {
                    for (int round = 0; round < rounds; round++) {
                        openScores("ex4");
                        openScores("ex2");
                        Button release = button(RELEASE);
                        together.await(10, TimeUnit.SECONDS);
                        String tap = who + " in round " + round + ": ";
                        try {
                            _click(release);
                        } catch (RuntimeException | AssertionError e) {
                            errors.add(tap + e);
                        }
                        errors().forEach(n -> errors.add(tap + n.getElement().getProperty("text")));
                        together.await(10, TimeUnit.SECONDS);
                        together.await(10, TimeUnit.SECONDS);
                    }
                } catch (Exception e) {
                    errors.add(who + ": " + e);
                } finally {
                    closeThisBrowser();
                }
            }));
        }
        for (int round = 0; round < rounds; round++) {
            together.await(10, TimeUnit.SECONDS);
            together.await(10, TimeUnit.SECONDS);
            if (!scoring.released(workshop).contains("ex2")) {
                unreleased.add(round);
            }
            scoring.withdraw(workshop, "ex2");
            together.await(10, TimeUnit.SECONDS);
        }
        for (Thread instructor : instructors) {
            instructor.join();
        }

        org.assertj.core.api.SoftAssertions.assertSoftly(both -> {
            both.assertThat(unreleased)
                    .as("%d rounds of %d left un-released", unreleased.size(), rounds)
                    .isEmpty();
            both.assertThat(errors).as("%d errors shown", errors.size()).isEmpty();
        });
    }
}
