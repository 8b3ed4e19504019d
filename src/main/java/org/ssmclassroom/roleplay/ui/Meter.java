package org.ssmclassroom.roleplay.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.ssmclassroom.roleplay.Discovery;

/** The discovery meter: a bar weighted as the pack weighs the targets, and the figures beside it. */
final class Meter {

    private Meter() {}

    /** {@code tagged}: the classroom counts questions the observer tagged; practice counts questions asked. */
    static Div of(Component owner, Discovery discovery, boolean tagged) {
        ProgressBar bar = new ProgressBar(0, 100, discovery.percent());
        bar.getElement().setAttribute("aria-label", owner.getTranslation("interview.meter", discovery.percent()));
        Span figure = new Span(text(owner, discovery, tagged));
        figure.addClassName("discovery-figure");
        Div meter = new Div(bar, figure);
        meter.addClassName("discovery-meter");
        return meter;
    }

    static String text(Component owner, Discovery discovery, boolean tagged) {
        return owner.getTranslation(
                tagged ? "interview.meterOf" : "practice.meterOf",
                discovery.percent(),
                discovery.found().size(),
                discovery.targets().size(),
                discovery.questionsAsked());
    }
}
