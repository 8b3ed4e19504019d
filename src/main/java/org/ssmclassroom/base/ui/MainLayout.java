package org.ssmclassroom.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Objects;
import org.ssmclassroom.base.SignedIn;

/**
 * The frame of every page: a compact header that fits a tablet (app name, navigation, language, sign-out) and
 * the page below it. No drawer: a classroom app has few places and they should all be one tap away.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout, com.vaadin.flow.router.AfterNavigationObserver {

    private final Main content = new Main();
    private String shownPath;

    public MainLayout(AuthenticationContext authentication) {
        addClassName("app-frame");
        Header header = new Header();
        header.addClassName("app-header");
        Anchor home = new Anchor("", getTranslation("app.name"));
        home.addClassName("app-name");
        Nav nav = new Nav();
        nav.addClassName("app-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("nav.label"));
        java.util.Optional<String> instructor = SignedIn.name();
        if (instructor.isPresent()) {
            nav.add(link("nav.workshops", "workshops"), link("nav.library", "library"));
            if (SignedIn.isLead()) {
                nav.add(link("nav.instructors", "instructors"));
            }
        }
        Div tools = new Div(languageSwitch());
        tools.addClassName("app-tools");
        if (instructor.isPresent()) {
            Span user = new Span(instructor.get());
            user.addClassName("app-user");
            Button signOut = new Button(getTranslation("nav.signOut"), e -> authentication.logout());
            signOut.addThemeVariants(ButtonVariant.TERTIARY);
            tools.add(user, signOut);
        }
        header.add(home, nav, tools);
        content.addClassName("app-content");
        add(new ConnectionBanner(), header, content);
    }

    private Anchor link(String key, String route) {
        Anchor link = new Anchor(route, getTranslation(key));
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    private Button languageSwitch() {
        var target = Language.other(getLocale());
        Button button = new Button(
                getTranslation("language.switchTo"),
                e -> e.getSource().getUI().ifPresent(ui -> Language.switchTo(ui, target)));
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.getElement().setAttribute("aria-label", getTranslation("language.switchLabel"));
        button.getElement().setAttribute("lang", Language.CHINESE.equals(target) ? "zh-CN" : "en");
        button.addClickShortcut(Key.KEY_L, com.vaadin.flow.component.KeyModifier.ALT);
        return button;
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.removeAll();
        content.getElement().appendChild(Objects.requireNonNull(view).getElement());
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        content.removeAll();
    }

    /**
     * A page opens at its top: the browser would otherwise keep the scroll of the page a link was tapped on (the
     * tablet's board link, the console's score link), so the new page's title and clock would start off screen.
     */
    @Override
    public void afterNavigation(com.vaadin.flow.router.AfterNavigationEvent event) {
        String path = event.getLocation().getPath();
        if (shownPath != null && !shownPath.equals(path)) {
            getElement().executeJs("window.scrollTo(0, 0)");
        }
        shownPath = path;
    }
}
