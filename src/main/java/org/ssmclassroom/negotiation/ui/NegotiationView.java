package org.ssmclassroom.negotiation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ssmclassroom.base.ActionRefused;
import org.ssmclassroom.base.ui.ErrorNotices;
import org.ssmclassroom.base.ui.LiveView;
import org.ssmclassroom.negotiation.ComputerCustomer;
import org.ssmclassroom.negotiation.Negotiation;
import org.ssmclassroom.negotiation.NegotiationService;
import org.ssmclassroom.negotiation.Round;
import org.ssmclassroom.security.CurrentDevice;
import org.ssmclassroom.security.DeviceToken;
import org.ssmclassroom.workshop.WorkshopService;
import org.ssmclassroom.workshop.WorkshopSnapshot;

/**
 * A trainee (or a whole table) negotiates exercise 10 with the computer customer: per issue an option (from the
 * table's board, the case's options, or typed) and, if they like, the trade it hangs on; the customer answers in
 * its persona's voice; at the end the end card. A table's negotiation shows on every tablet of the table.
 */
@Route("negotiation")
@AnonymousAllowed
class NegotiationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final NegotiationService negotiations;
    private final WorkshopService workshops;
    private final Div content = new Div();
    private final Div logBox = new Div();
    private final Div acceptBox = new Div();
    private DeviceToken device;
    private NegotiationService.Setting setting;
    private WorkshopSnapshot workshop;
    private Negotiation.Id shown;
    private final Map<String, ComboBox<String>> options = new LinkedHashMap<>();
    private final Map<String, Select<String>> conditions = new LinkedHashMap<>();
    private TextField criterion;

    NegotiationView(NegotiationService negotiations, WorkshopService workshops) {
        this.negotiations = negotiations;
        this.workshops = workshops;
        addClassNames("page", "negotiation-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        device = CurrentDevice.get();
        Optional<WorkshopService.Seat> seat = workshops.seatOf(device);
        Optional<NegotiationService.Setting> found = negotiations.setting(device);
        if (seat.isEmpty() || found.isEmpty()) {
            event.forwardTo("table");
            return;
        }
        setting = found.get();
        workshop = seat.get().workshop();
        Anchor back = new Anchor("table", getTranslation("negotiation.back"));
        back.getElement().setAttribute("router-link", true);
        back.addClassName("back-link");
        removeAll();
        shown = null;
        add(back, new H1(getTranslation("negotiation.title", setting.persona())));
        if (setting.authored()) {
            // The deck gives the issues and our positions; the customer's priorities, options and lines are authored.
            Span authored = new Span(getTranslation("origin.authored"));
            authored.addClassNames("badge", "badge-authored");
            authored.setTitle(getTranslation("origin.authored.help"));
            authored.getElement().setAttribute("aria-label", getTranslation("origin.authored.help"));
            add(authored);
        }
        add(content);
        render();
        LiveView.follow(
                this,
                null,
                NegotiationService.Change::revision,
                listener -> negotiations.follow(workshop.workshop().id(), listener),
                this::changed);
    }

    private void changed(NegotiationService.Change change) {
        if (shown == null
                || change.negotiation() == null
                || change.negotiation().equals(shown)) {
            render();
        }
    }

    /** A live change redraws the conversation only: what the trainee is choosing stays. */
    private void render() {
        Optional<Negotiation> current = negotiations.current(device);
        if (current.isPresent() && current.get().id().equals(shown)) {
            showRounds(current.get());
            return;
        }
        content.removeAll();
        shown = current.map(Negotiation::id).orElse(null);
        if (current.isPresent()) {
            table(current.get());
            return;
        }
        content.add(new Paragraph(getTranslation("negotiation.intro", setting.persona(), setting.title())));
        Button alone =
                new Button(getTranslation("negotiation.alone"), e -> act(() -> negotiations.start(device, false)));
        alone.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        Button table =
                new Button(getTranslation("negotiation.asTable"), e -> act(() -> negotiations.start(device, true)));
        table.addThemeVariants(ButtonVariant.LARGE);
        Div start = new Div(alone, table);
        start.addClassName("control-row");
        content.add(start);
        negotiations
                .lastEnded(device)
                .ifPresent(last -> negotiations
                        .review(workshop, last)
                        .ifPresent(review ->
                                content.add(new ReviewCard(review, customer(), language(), lastWords(last)))));
    }

    private void table(Negotiation negotiation) {
        String who = negotiation.asATable()
                ? getTranslation("negotiation.withTable")
                : getTranslation("negotiation.aloneNow", negotiation.startedByName());
        content.add(new Paragraph(who), logBox, form(negotiation), acceptBox);
        showRounds(negotiation);
    }

    /** Per issue: the option (a choice or typed) and the trade it hangs on; the criterion; the actions. */
    private Div form(Negotiation negotiation) {
        options.clear();
        conditions.clear();
        Div form = new Div();
        form.addClassName("negotiation-form");
        for (NegotiationService.Issue issue : setting.issues()) {
            ComboBox<String> option = new ComboBox<>(getTranslation("negotiation.option", issue.name()));
            option.setItems(issue.choices());
            option.setAllowCustomValue(true);
            option.addCustomValueSetListener(e -> option.setValue(e.getDetail()));
            option.setHelperText(issue.title());
            option.addClassName("negotiation-option");
            Select<String> condition = new Select<>();
            condition.setLabel(getTranslation("negotiation.condition", issue.name()));
            condition.setEmptySelectionAllowed(true);
            condition.setEmptySelectionCaption(getTranslation("negotiation.noCondition"));
            List<String> choices = new ArrayList<>();
            Map<String, String> labels = new LinkedHashMap<>();
            for (NegotiationService.Issue other : setting.issues()) {
                if (other.id().equals(issue.id())) {
                    continue;
                }
                for (NegotiationService.Option o : other.options()) {
                    String key = other.id() + "=" + o.id();
                    choices.add(key);
                    labels.put(key, getTranslation("negotiation.ifYou", other.name(), o.label()));
                }
            }
            condition.setItems(choices);
            condition.setItemLabelGenerator(
                    key -> key == null ? getTranslation("negotiation.noCondition") : labels.get(key));
            condition.addClassName("negotiation-condition");
            options.put(issue.id(), option);
            conditions.put(issue.id(), condition);
            Div row = new Div(option, condition);
            row.addClassName("negotiation-issue");
            form.add(row);
        }
        criterion = new TextField(getTranslation("negotiation.criterion"));
        criterion.setMaxLength(NegotiationService.TEXT_LIMIT);
        criterion.addClassName("negotiation-criterion");
        Button propose = new Button(getTranslation("negotiation.propose"), e -> propose(negotiation));
        propose.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        Button leave = new Button(
                getTranslation("negotiation.leave"), e -> act(() -> negotiations.leave(device, negotiation.id())));
        leave.addThemeVariants(ButtonVariant.LARGE);
        Div actions = new Div(criterion, propose, leave);
        actions.addClassNames("control-row", "negotiation-actions");
        form.add(actions);
        return form;
    }

    private void propose(Negotiation negotiation) {
        List<NegotiationService.Draft> drafts = new ArrayList<>();
        options.forEach((issue, option) -> {
            String condition = conditions.get(issue).getValue();
            String[] on = condition == null ? new String[] {null, null} : condition.split("=", 2);
            drafts.add(new NegotiationService.Draft(issue, option.getValue(), on[0], on[1]));
        });
        try {
            negotiations.propose(device, negotiation.id(), drafts, criterion.getValue());
        } catch (ActionRefused refused) {
            ErrorNotices.show(refused);
        }
        render();
    }

    private void showRounds(Negotiation negotiation) {
        logBox.removeAll();
        Div log = new Div();
        log.addClassNames("practice-log", "negotiation-log");
        log.getElement().setAttribute("role", "log");
        log.getElement().setAttribute("aria-label", getTranslation("negotiation.log", setting.persona()));
        if (!setting.opening().isEmpty()) {
            log.add(message(setting.persona(), setting.opening(), "chat-answer"));
        }
        for (Round round : negotiation.rounds()) {
            log.add(
                    message(
                            round.proposedBy(),
                            ProposalText.of(this, customer(), language(), round.proposal()),
                            "chat-question"),
                    message(setting.persona(), round.line(), "chat-answer"));
        }
        logBox.add(log);
        log.getElement().executeJs("this.scrollTop = this.scrollHeight");
        acceptBox.removeAll();
        if (!negotiation.lastOffer().isEmpty()) {
            Button accept = new Button(
                    getTranslation("negotiation.acceptOffer"),
                    e -> act(() -> negotiations.acceptOffer(
                            device, negotiation.id(), negotiation.rounds().size())));
            accept.addThemeVariants(ButtonVariant.LARGE, ButtonVariant.SUCCESS);
            acceptBox.add(accept);
        }
    }

    private String lastWords(Negotiation negotiation) {
        return negotiation.rounds().isEmpty()
                ? ""
                : getTranslation(
                        "negotiation.said",
                        setting.persona(),
                        negotiation.rounds().getLast().line());
    }

    private ComputerCustomer customer() {
        return NegotiationService.customer(workshop).orElseThrow();
    }

    private Locale language() {
        return workshop.workshop().language();
    }

    private static Div message(String speaker, String text, String kind) {
        Span who = new Span(speaker);
        who.addClassName("chat-speaker");
        Paragraph said = new Paragraph(text);
        Div message = new Div(who, said);
        message.addClassNames("chat-message", kind);
        return message;
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (ActionRefused refused) {
            ErrorNotices.show(refused);
        }
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("negotiation.title", setting == null ? "" : setting.persona());
    }
}
