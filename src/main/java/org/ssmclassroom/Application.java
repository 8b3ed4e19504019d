package org.ssmclassroom;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.ssmclassroom.scenario.ValidatePackCommand;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/ssm.css")
public class Application implements AppShellConfigurator {

    static final String FAVICON = "icons/favicon.svg";

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", FAVICON, "any");
        // Each view sets its own title; the page has one from the first byte, before the view is drawn.
        settings.setPageTitle("SSM 课堂 · SSM Classroom");
    }

    /**
     * Standard output for a command's results only, in UTF-8: what the libraries log goes to standard error from
     * now on, so a script reading the results is not confused.
     */
    private static java.io.PrintStream commandOutput() {
        java.io.PrintStream results = new java.io.PrintStream(
                new java.io.FileOutputStream(java.io.FileDescriptor.out),
                true,
                java.nio.charset.StandardCharsets.UTF_8);
        System.setOut(System.err);
        return results;
    }

    public static void main(String[] args) throws java.io.IOException {
        if (args.length > 0 && "validate-pack".equals(args[0])) {
            System.exit(ValidatePackCommand.run(args, System.out));
        }
        if (args.length > 0 && "evaluate-practice".equals(args[0])) {
            System.exit(org.ssmclassroom.roleplay.PracticeEvaluation.command(args, commandOutput(), System.err));
        }
        if (args.length > 0 && "practice".equals(args[0])) {
            System.exit(org.ssmclassroom.roleplay.PracticeCommand.run(args, System.in, commandOutput(), System.err));
        }
        SpringApplication.run(Application.class, args);
    }
}
