package org.ssmclassroom.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.ssmclassroom.base.ui.Language;
import org.ssmclassroom.security.InstructorAccounts;
import org.ssmclassroom.testing.AppTest;
import org.ssmclassroom.testing.KaribuTest;

class SignInTest extends KaribuTest {

    @Autowired
    InstructorAccounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void anonymousVisitorOfTheLibraryIsSentToSignIn() {
        UI.getCurrent().navigate("library");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(LoginView.class);
        assertThat(_get(LoginForm.class).isError()).isFalse();
    }

    @Test
    void failedSignInShowsTheError() {
        UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.of("error", ""));
        assertThat(_get(LoginForm.class).isError()).isTrue();
    }

    @Test
    void signInPageTellsTraineesTheyJoinWithACodeInChinese() {
        UI.getCurrent().navigate("login");
        _click(_get(Button.class, spec -> spec.withText("中文")));
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Language.CHINESE);
        _get(Paragraph.class, spec -> spec.withText("学员无需登录：使用工作坊的加入码即可加入。"));
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withText("用加入码加入工作坊"))
                        .getHref())
                .isEqualTo("join");
    }

    @Test
    void signedInInstructorReachesTheWorkshopsFromTheRoot() {
        signInAsInstructor();
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("workshops");
    }

    @Test
    void configuredInstructorIsStoredWithAHashedPassword() {
        var user = accounts.loadUserByUsername(AppTest.INSTRUCTOR);
        assertThat(user.getPassword()).doesNotContain(AppTest.PASSWORD).startsWith("{bcrypt}");
        assertThat(encoder.matches(AppTest.PASSWORD, user.getPassword())).isTrue();
        // The configured instructor is the first account: the lead.
        assertThat(user.getAuthorities())
                .extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_INSTRUCTOR", "ROLE_LEAD");
    }
}
