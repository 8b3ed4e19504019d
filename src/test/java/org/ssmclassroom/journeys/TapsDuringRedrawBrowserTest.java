package org.ssmclassroom.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.testing.BrowserTest;
import org.ssmclassroom.testing.Instructor;
import org.ssmclassroom.workshop.Trainees;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSteering;
import org.ssmclassroom.workshop.Workshops;

/**
 * A tablet tapping its tabs and its team's signals while the instructor renames its table and other tablets join,
 * each of which redraws the tablet: in real Chromium, every tap has its effect.
 */
class TapsDuringRedrawBrowserTest extends BrowserTest {

    private static final int TAPS = 24;
    /** Between two redraws; -Dssm.taps.pauseMillis=200 for a gentler class. */
    private static final int PAUSE_MILLIS = Integer.getInteger("ssm.taps.pauseMillis", 30);

    @Autowired
    WorkshopService workshops;

    @Autowired
    WorkshopSteering steering;

    @Autowired
    Trainees trainees;

    @Test
    void everyTapOnATabletTakesEffectWhileTheInstructorRenamesItsTableAndOthersJoin() throws Exception {
        Instructor.signIn();
        WorkshopId workshop = Workshops.homebody(workshops, 2);
        String code = workshops.snapshot(workshop).workshop().joinCode().value();
        TableId table = workshops.snapshot(workshop).tables().get(0).id();
        Page tablet = tablet(url("/join/" + code), "Mei", "Table 1 (0 seated)", false);
        steering.openExercise(workshop, "ex1", Set.of());
        assertThat(tablet.getByRole(AriaRole.HEADING, named("Team exercise 1 — Challenges you have met in selling")))
                .isVisible();

        AtomicBoolean tapping = new AtomicBoolean(true);
        AtomicInteger redraws = new AtomicInteger();
        Thread instructor = Thread.ofPlatform().start(() -> {
            Instructor.signIn();
            try {
                while (tapping.get()) {
                    int n = redraws.incrementAndGet();
                    if (n % 4 == 0 && n / 4 < 12) { // the other table seats 12 (ssm.class.max-table-members)
                        Workshops.join(
                                workshops,
                                trainees,
                                workshop,
                                org.ssmclassroom.security.DeviceToken.random(),
                                "Guest " + n,
                                1);
                    } else {
                        steering.renameTable(table, "Table 1 · " + n);
                    }
                    Thread.sleep(PAUSE_MILLIS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                SecurityContextHolder.clearContext();
            }
        });

        List<String> lost = new ArrayList<>();
        try {
            for (int tap = 0; tap < TAPS; tap++) {
                if (tap % 2 == 0) {
                    Locator team = tablet.getByRole(AriaRole.TAB, named("Team"));
                    String next = "true".equals(team.getAttribute("aria-selected")) ? "Steps" : "Team";
                    tablet.getByRole(AriaRole.TAB, named(next)).click();
                    if (!took(tablet.getByRole(AriaRole.TAB, named(next)), "aria-selected", "true")) {
                        lost.add("tap " + tap + " on the tab " + next);
                    }
                } else {
                    Locator sent = tablet.locator(".signal-sent");
                    boolean help = sent.count() > 0 && sent.textContent().contains("Needs help");
                    String next = help ? "We need more time" : "We need help";
                    tablet.getByRole(AriaRole.BUTTON, named(next)).click();
                    if (!took(sent, null, help ? "Needs more time" : "Needs help")) {
                        lost.add("tap " + tap + " on " + next);
                    }
                }
            }
        } finally {
            tapping.set(false);
            instructor.join();
        }

        System.out.printf("%d of %d taps lost during %d redraws: %s%n", lost.size(), TAPS, redraws.get(), lost);
        assertThat(redraws.get()).as("the tablet was redrawn while tapped").isGreaterThan(TAPS);
        assertThat(lost).as("taps that had no effect, of %d", TAPS).isEmpty();
        assertThat(tablet.locator(".tablet-where")).containsText("Mei at Table 1 · ");
    }

    /** Whether the tap's effect shows within two seconds: an attribute's value, or (null) a text. */
    private static boolean took(Locator where, String attribute, String value) {
        try {
            LocatorAssertions.HasAttributeOptions wait = new LocatorAssertions.HasAttributeOptions().setTimeout(2000);
            if (attribute != null) {
                assertThat(where).hasAttribute(attribute, value, wait);
            } else {
                assertThat(where).containsText(value, new LocatorAssertions.ContainsTextOptions().setTimeout(2000));
            }
            return true;
        } catch (AssertionError notThere) {
            return false;
        }
    }
}
