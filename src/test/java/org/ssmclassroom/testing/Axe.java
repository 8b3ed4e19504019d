package org.ssmclassroom.testing;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** axe-core run in a real page: the serious and critical accessibility violations it finds, one line each. */
public final class Axe {

    private static final String SCRIPT = load();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Axe() {}

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each serious or critical violation on the page as "rule (impact): target, …". */
    public static List<String> seriousViolations(Page page) {
        if (!(Boolean) page.evaluate("() => typeof window.axe !== 'undefined'")) {
            page.evaluate(SCRIPT);
        }
        String json = (String) page.evaluate(
                "async () => JSON.stringify((await axe.run(document, {resultTypes: ['violations']})).violations)");
        List<String> found = new ArrayList<>();
        for (JsonNode violation : JSON.readTree(json)) {
            String impact = violation.path("impact").asString("");
            if (impact.equals("serious") || impact.equals("critical")) {
                List<String> targets = new ArrayList<>();
                violation
                        .path("nodes")
                        .forEach(node -> targets.add(node.path("target").toString()));
                found.add(violation.path("id").asString("") + " (" + impact + "): " + String.join(", ", targets));
            }
        }
        return found;
    }
}
