package org.ssmclassroom.testing;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** A class set up through the pages, in English, against a server at {@code base}: for tests of whole servers. */
public final class ClassroomPages {

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    private ClassroomPages() {}

    /** The instructor's console, signed in, on the list of workshops. */
    public static Page signIn(Browser browser, String base, String username, String password) {
        Page page = browser.newPage(1280, 900, "en-GB");
        page.navigate(base + "/");
        page.getByLabel("Username", EXACT).first().fill(username);
        page.getByLabel("Password", EXACT).first().fill(password);
        page.getByRole(AriaRole.BUTTON, named("Sign in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Workshops").setLevel(1)))
                .isVisible();
        return page;
    }

    /** Creates an English workshop of {@code tables} tables from the workshops page; its join code. */
    public static String createWorkshop(Page console, String name, int tables) {
        console.getByLabel("Name", EXACT).first().fill(name);
        console.getByLabel("Number of tables", EXACT).first().fill(String.valueOf(tables));
        console.getByLabel("Language", EXACT).first().click();
        console.getByRole(AriaRole.OPTION, named("English")).click();
        console.getByRole(AriaRole.BUTTON, named("Create workshop")).click();
        Locator code = console.locator(".join-code-inline");
        assertThat(code).containsText("Join code");
        return code.textContent().replace("Join code ", "").strip();
    }

    /** Opens team exercise 2 for every table, from the workshop's console. */
    public static void openExerciseTwo(Page console) {
        console.getByLabel("Exercise", EXACT).first().click();
        console.getByRole(AriaRole.OPTION, named("Team exercise 2 — ")).click();
        console.getByRole(AriaRole.BUTTON, named("Open for these tables")).click();
    }

    /** A tablet (1024×768, English) that joined with the code as {@code name} at table {@code table}. */
    public static Page join(Browser browser, String base, String code, String name, int table) {
        return join(browser.newPage(1024, 768, "en-GB"), base, code, name, table);
    }

    /** The same on a page already made (with cookies of its own, say). */
    public static Page join(Page page, String base, String code, String name, int table) {
        page.navigate(base + "/join/" + code);
        page.getByLabel("Your name", EXACT).first().fill(name);
        page.getByLabel("Your company", EXACT).first().fill("Acme");
        page.getByLabel("Your job title", EXACT).first().fill("Account manager");
        page.getByLabel("Years in sales", EXACT).first().fill("4");
        page.getByLabel("Your table", EXACT).first().click();
        page.getByRole(AriaRole.OPTION, named("Table " + table + " (")).click();
        page.getByRole(AriaRole.BUTTON, named("Join").setExact(true)).click();
        assertThat(page.locator(".tablet-where")).containsText(name);
        return page;
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }
}
