package org.ssmclassroom.testing;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What axe-core's {@code label-content-name-mismatch} finds: a button or link whose {@code aria-label} does not
 * contain the text it shows, so a speech-input user who says what they see ("click Board") reaches nothing.
 */
public final class AccessibleNames {

    private AccessibleNames() {}

    /** Each visible button or link under {@code root} whose spoken name leaves out its visible text. */
    public static List<String> mismatched(Component root) {
        List<String> found = new ArrayList<>();
        all(root).filter(c -> c instanceof Button || c instanceof Anchor).forEach(c -> {
            String label = c.getElement().getAttribute("aria-label");
            String shown = c.getElement().getTextRecursively();
            if (label != null && interpretable(shown) && !contained(words(shown), words(label))) {
                found.add("“" + shown.strip() + "” is named “" + label + "”");
            }
        });
        return found;
    }

    /** Symbols such as ✓ are skipped by axe too: only text with a letter or a Chinese character counts. */
    private static boolean interpretable(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    /**
     * Words as axe splits them where the browser cannot segment Chinese: ASCII and general punctuation become
     * spaces, everything else (Chinese full-width marks included) stays part of its word. The strictest reading,
     * so a name that passes here passes in every browser.
     */
    private static List<String> words(String text) {
        String spaced = text.toLowerCase(Locale.ROOT)
                .replaceAll("[\\u2000-\\u206F\\u2E00-\\u2E7F\\\\'!\"#$%&£¢()*+,\\-./:;<=>?@\\[\\]^_`{|}~±]", " ");
        return List.of(spaced.strip().split("\\s+"));
    }

    private static boolean contained(List<String> needle, List<String> haystack) {
        return java.util.Collections.indexOfSubList(haystack, needle) >= 0;
    }

    /** The page's main landmarks: a {@code <main>} or anything with the role; a page should have exactly one. */
    public static long mainLandmarks(Component root) {
        return all(root)
                .filter(c -> !c.getElement().isTextNode())
                .filter(c -> c.getElement().getTag().equals("main")
                        || "main".equals(c.getElement().getAttribute("role")))
                .count();
    }

    /** The names of the page's named regions ({@code <section>} with a label), each once per region. */
    public static List<String> regionNames(Component root) {
        return all(root)
                .filter(c -> !c.getElement().isTextNode())
                .filter(c -> c.getElement().getTag().equals("section"))
                .map(c -> c.getElement().getAttribute("aria-label"))
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    private static Stream<Component> all(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(AccessibleNames::all));
    }
}
