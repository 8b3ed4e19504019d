package org.ssmclassroom.workshop.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.ssmclassroom.base.Roles;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.scenario.ui.Badges;
import org.ssmclassroom.scenario.ui.StageCard;
import org.ssmclassroom.workshop.ExerciseClock;
import org.ssmclassroom.workshop.JoinLink;
import org.ssmclassroom.workshop.Trainees;
import org.ssmclassroom.workshop.Workshop;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSnapshot;
import org.ssmclassroom.workshop.WorkshopTable;

/**
 * The projector: readable from the back of the room. The join code in large type with its QR code and link,
 * who has joined per table, and the running exercise's clock with a clear time-up.
 */
@Route(value = "workshops/:workshopId/projector", autoLayout = false)
@RolesAllowed(Roles.INSTRUCTOR)
class ProjectorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkshopService service;
    private final Trainees trainees;
    private final String publicUrl;
    private final Div join = new Div();
    private final Div counts = new Div();
    private final Div exercise = new Div();
    private final Div timeUp = new Div();
    private final Div card = new Div();
    private WorkshopSnapshot shown;
    private String link;

    private final java.util.List<ScreenParts> extensions;
    private java.util.List<ScreenParts.Part> parts = java.util.List.of();

    ProjectorView(
            WorkshopService service,
            Trainees trainees,
            @Value("${ssm.public-url:}") String publicUrl,
            java.util.List<ScreenParts> extensions) {
        this.service = service;
        this.trainees = trainees;
        this.extensions = extensions;
        this.publicUrl = publicUrl;
        addClassName("projector-view");
        getElement().setAttribute("role", "main"); // outside the main layout: the page's one main landmark
        join.addClassName("projector-join");
        counts.addClassName("projector-counts");
        exercise.addClassName("projector-exercise");
        timeUp.addClassName("time-up");
        timeUp.getElement().setAttribute("role", "alert");
        card.addClassName("projector-card");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("workshopId").orElse(-1L);
        WorkshopSnapshot initial = service.snapshot(new WorkshopId(id));
        trainees.recognizeRoom(initial.workshop().id(), org.ssmclassroom.security.CurrentDevice.network());
        link = JoinLink.url(publicUrl, browserUrl(), initial.workshop().joinCode());
        removeAll();
        // The opening: the course's title under the class's name, until the first exercise takes the screen.
        Paragraph course =
                new Paragraph(initial.pack().method().course().title().in(getLocale()));
        course.addClassName("projector-course");
        add(new H1(initial.workshop().name()), course, join, exercise, timeUp, card);
        parts = extensions.stream().flatMap(e -> e.projector(initial).stream()).toList();
        parts.forEach(part -> add(part.component()));
        add(counts);
        Following.installSound(UI.getCurrent());
        Following.follow(this, service, initial, this::render);
    }

    private void render(WorkshopSnapshot snapshot) {
        Locale locale = getLocale();
        // Once the class runs, the join code steps back to a corner and the room's screen goes to the work.
        setClassName(
                "projector-running",
                snapshot.workshop().state() == Workshop.State.RUNNING
                        || snapshot.classExercise().isPresent());
        renderJoin(snapshot);
        counts.removeAll();
        counts.add(new H2(
                getTranslation("projector.joined", snapshot.participants().size())));
        for (WorkshopTable table : snapshot.tables()) {
            Div count = new Div(
                    new Span(table.name()),
                    new Span(String.valueOf(snapshot.members(table.id()).size())));
            count.addClassName("projector-count");
            count.getElement()
                    .setAttribute(
                            "aria-label",
                            getTranslation(
                                    "projector.tableCount",
                                    table.name(),
                                    snapshot.members(table.id()).size()));
            counts.add(count);
        }
        exercise.removeAll();
        Optional<WorkshopTable> leading = snapshot.classTable();
        leading.ifPresent(table -> {
            snapshot.classExercise().ifPresent(e -> {
                H2 heading = new H2(e.label().in(locale) + " — " + e.title().in(locale));
                heading.add(Badges.origin(e.origin(), locale));
                exercise.add(heading);
            });
            ClockDisplay clock = new ClockDisplay(getTranslation("clock.label", table.name()));
            clock.addClassName("clock-large");
            clock.show(table.clock(), service::now, false);
            exercise.add(clock);
        });
        boolean ended =
                leading.map(t -> t.clock().state() == ExerciseClock.State.ENDED).orElse(false);
        timeUp.setText(ended ? getTranslation("clock.timeUp") : "");
        timeUp.setVisible(ended);
        if (ended && justEnded(leading.get())) {
            Following.beep(UI.getCurrent(), 3);
        }
        renderCard(snapshot, locale);
        parts.forEach(part -> part.show(snapshot));
        shown = snapshot;
    }

    /** The concept card or stage card the instructor put on the projector, if any. */
    private void renderCard(WorkshopSnapshot snapshot, Locale locale) {
        card.removeAll();
        org.ssmclassroom.scenario.Method method = snapshot.pack().method();
        Optional<String> projected = Optional.ofNullable(snapshot.workshop().projectedCard());
        projected.flatMap(method::card).ifPresent(c -> {
            Div drawn = new Div();
            ReadingCard.concept(drawn, c, locale);
            card.add(drawn);
        });
        projected
                .flatMap(method::stage)
                .ifPresent(stage -> card.add(
                        new StageCard(method.place(stage), method.course().stageHeadings(), locale)));
        card.setVisible(card.getComponentCount() > 0);
    }

    private boolean justEnded(WorkshopTable table) {
        return shown != null
                && shown.table(table.id())
                        .map(t -> t.clock().state() == ExerciseClock.State.RUNNING)
                        .orElse(false);
    }

    private void renderJoin(WorkshopSnapshot snapshot) {
        join.removeAll();
        if (snapshot.workshop().isClosed()) {
            join.add(new Paragraph(getTranslation("projector.closed")));
            return;
        }
        Span code = new Span(snapshot.workshop().joinCode().display());
        code.addClassName("join-code");
        code.getElement()
                .setAttribute(
                        "aria-label",
                        getTranslation(
                                "projector.code", snapshot.workshop().joinCode().display()));
        Image qr = new Image(JoinLink.qrSvgDataUri(link), getTranslation("projector.qr", link));
        qr.addClassName("join-qr");
        Span url = new Span(link);
        url.addClassName("join-url");
        Div text = new Div(new Paragraph(getTranslation("projector.howToJoin")), code, url);
        if (JoinLink.unreachableFromTablets(link)) {
            Paragraph warning = new Paragraph(getTranslation("projector.localhost"));
            warning.addClassName("join-warning");
            warning.getElement().setAttribute("role", "alert");
            text.add(warning);
        }
        join.add(text, qr);
    }

    private URI browserUrl() {
        var location = UI.getCurrent().getInternals().getActiveViewLocation();
        var request = com.vaadin.flow.server.VaadinRequest.getCurrent();
        if (request instanceof com.vaadin.flow.server.VaadinServletRequest servlet) {
            var http = servlet.getHttpServletRequest();
            return URI.create(http.getScheme() + "://" + http.getServerName() + ":" + http.getServerPort() + "/"
                    + location.getPath());
        }
        return URI.create("http://localhost:8080/");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("projector.title") + " · " + getTranslation("app.name");
    }
}
