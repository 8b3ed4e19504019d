package org.ssmclassroom.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.ssmclassroom.base.Roles;
import org.ssmclassroom.security.InstructorAccounts;

/** The lead instructor adds co-instructors' accounts and removes them; each scores under their own name. */
@Route("instructors")
@RolesAllowed(Roles.LEAD)
class InstructorsView extends Div implements HasDynamicTitle {

    private final InstructorAccounts accounts;
    private final Div list = new Div();

    InstructorsView(InstructorAccounts accounts) {
        this.accounts = accounts;
        addClassNames("page", "instructors-view");
        TextField username = new TextField(getTranslation("instructors.username"));
        PasswordField password = new PasswordField(getTranslation("instructors.password"));
        password.setHelperText(getTranslation("instructors.password.help"));
        Button add = new Button(getTranslation("instructors.add"), e -> {
            accounts.add(username.getValue(), password.getValue());
            username.clear();
            password.clear();
            render();
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        Div form = new Div(username, password, add);
        form.addClassName("control-row");
        add(
                new H1(getTranslation("instructors.title")),
                new Paragraph(getTranslation("instructors.help")),
                list,
                new H2(getTranslation("instructors.new")),
                form);
        render();
    }

    private void render() {
        list.removeAll();
        for (InstructorAccounts.Account account : accounts.accounts()) {
            Div row = new Div(new Span(account.username()));
            row.addClassName("instructor-row");
            if (account.lead()) {
                Span lead = new Span(getTranslation("instructors.lead"));
                lead.addClassName("badge");
                row.add(lead);
            } else {
                Button remove = new Button(getTranslation("instructors.remove"), e -> {
                    accounts.remove(account.username());
                    render();
                });
                remove.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
                remove.getElement()
                        .setAttribute("aria-label", getTranslation("instructors.removeNamed", account.username()));
                row.add(remove);
            }
            list.add(row);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("instructors.title") + " · " + getTranslation("app.name");
    }
}
