package org.ssmclassroom.takeaway.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ssmclassroom.base.ActionRefused;
import org.ssmclassroom.base.ui.ErrorNotices;
import org.ssmclassroom.security.CurrentDevice;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.takeaway.PersonalPlan;
import org.ssmclassroom.takeaway.PersonalPlans;
import org.ssmclassroom.workshop.WorkshopService;

/**
 * The trainee's own action plan (ADR 027): the deck's closing actions, each with the trainee's commitment, a date
 * and the opportunity. Whose plan it is comes from this device's cookie, never from the address, so the page
 * shows the trainee's own plan or none. Each field is saved when it changes.
 */
@Route("plan")
@AnonymousAllowed
class PlanView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PersonalPlans plans;
    private final WorkshopService workshops;
    private DeviceToken device;
    private Locale language = Locale.SIMPLIFIED_CHINESE;
    private final Map<PersonalPlan.Key, Long> versions = new HashMap<>();

    PlanView(PersonalPlans plans, WorkshopService workshops) {
        this.plans = plans;
        this.workshops = workshops;
        addClassNames("page", "plan-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        device = CurrentDevice.get();
        Optional<PersonalPlan> plan = plans.mine(device);
        if (plan.isEmpty()) {
            event.forwardTo("table");
            return;
        }
        workshops
                .seatOf(device)
                .ifPresent(seat -> language = seat.workshop().workshop().language());
        render(plan.get());
    }

    private void render(PersonalPlan plan) {
        removeAll();
        versions.clear();
        Anchor back = new Anchor("table", getTranslation("takeaway.back"));
        back.getElement().setAttribute("router-link", true);
        back.addClassName("back-link");
        PersonalPlan.Wording wording = plan.wording();
        H1 title = new H1(wording.title().in(language));
        Paragraph intro = new Paragraph(getTranslation("takeaway.intro"));
        intro.addClassName("plan-intro");
        Span source = new Span(wording.source() == null ? "" : wording.source().in(language));
        source.addClassName("plan-source");
        Div about = new Div(source);
        about.addClassName("plan-about");
        if (wording.fieldsAuthored()) {
            // The deck gives the actions; the three columns are the pack authors' words, marked as such.
            Span authored = new Span(getTranslation("origin.authored"));
            authored.addClassNames("badge", "badge-authored");
            authored.setTitle(getTranslation("takeaway.authored"));
            authored.getElement().setAttribute("aria-label", getTranslation("takeaway.authored"));
            about.add(authored);
        }
        Checkbox share = new Checkbox(getTranslation("takeaway.share"), plan.shared());
        share.addClassName("plan-share");
        share.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                act(() -> plans.share(device, e.getValue()));
            }
        });
        add(back, title, about, intro, share);
        for (PersonalPlan.Horizon horizon : plan.horizons()) {
            Section section = new Section(new H2(horizon.title().in(language)));
            section.addClassName("plan-horizon");
            horizon.actions().forEach(action -> section.add(action(wording, action)));
            add(section);
        }
    }

    private Div action(PersonalPlan.Wording wording, PersonalPlan.Action action) {
        PersonalPlan.Entry entry = action.entry();
        versions.put(action.key(), entry.version());
        Span label = new Span(action.label().in(language));
        label.addClassName("plan-action-label");
        TextArea commitment = new TextArea(wording.commitment().in(language));
        commitment.setValue(entry.commitment());
        commitment.setMaxLength(PersonalPlan.COMMITMENT_LIMIT);
        commitment.addClassName("plan-commitment");
        DatePicker due = new DatePicker(wording.due().in(language));
        due.setLocale(language);
        due.setValue(entry.due());
        due.addClassName("plan-due");
        TextField opportunity = new TextField(wording.opportunity().in(language));
        opportunity.setValue(entry.opportunity());
        opportunity.setMaxLength(PersonalPlan.OPPORTUNITY_LIMIT);
        opportunity.addClassName("plan-opportunity");
        Runnable save = () -> act(() -> {
            PersonalPlan.Entry saved = plans.write(
                    device,
                    action.key(),
                    commitment.getValue(),
                    due.getValue(),
                    opportunity.getValue(),
                    versions.getOrDefault(action.key(), 0L));
            versions.put(action.key(), saved.version());
        });
        commitment.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save.run();
            }
        });
        due.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save.run();
            }
        });
        opportunity.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save.run();
            }
        });
        Div fields = new Div(commitment, due, opportunity);
        fields.addClassName("plan-fields");
        Div row = new Div(label, fields);
        row.addClassName("plan-action");
        row.getElement().setAttribute("role", "group");
        row.getElement().setAttribute("aria-label", action.label().in(language));
        return row;
    }

    /** A refused write (another tablet of the same trainee wrote first) shows why, and the plan is read again. */
    private void act(Runnable action) {
        try {
            action.run();
        } catch (ActionRefused refused) {
            ErrorNotices.show(refused);
            plans.mine(device).ifPresent(this::render);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("takeaway.title");
    }
}
