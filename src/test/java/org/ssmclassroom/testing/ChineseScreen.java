package org.ssmclassroom.testing;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * English left on a Chinese screen: every Latin word the page shows that no Chinese text of the packs or the zh
 * bundle uses itself (names such as Homebody, Yoshi Goto, CRM or SAM&TIM are Chinese text's own).
 */
public final class ChineseScreen {

    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'’-]+");
    private static final Pattern ZH_VALUE = Pattern.compile("zh-CN: (?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^\"\\n][^\\n]*))");
    private static final Set<String> CHINESE_TEXTS_USE = chineseTextsUse();

    /** Where a word stands: the tag and class of the element whose own text has it, for the failure message. */
    private static final String WHERE = """
            word => {
              const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              for (let n = walk.nextNode(); n; n = walk.nextNode()) {
                if (n.textContent.includes(word)) {
                  const e = n.parentElement;
                  return e ? e.tagName.toLowerCase() + '.' + e.className : '?';
                }
              }
              return 'a shadow root or an attribute';
            }""";

    private ChineseScreen() {}

    private static Set<String> chineseTextsUse() {
        Set<String> words = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        try (Stream<Path> files = Files.walk(Path.of("scenarios"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (file.toString().endsWith(".zh-CN.md")) {
                    words(text, words);
                } else if (file.toString().endsWith(".yaml")) {
                    Matcher value = ZH_VALUE.matcher(text);
                    while (value.find()) {
                        words(value.group(1) != null ? value.group(1) : value.group(2), words);
                    }
                }
            }
            Files.readAllLines(Path.of("src/main/resources/vaadin-i18n/translations_zh_CN.properties")).stream()
                    .filter(line -> line.contains("="))
                    .forEach(line -> words(line.substring(line.indexOf('=') + 1), words));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static void words(String text, Set<String> into) {
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            into.add(word.group());
        }
    }

    /**
     * The English words on the page that Chinese text never uses; {@code alsoAllowed} are taken out first (what
     * people typed or the app generated: names, the join code).
     */
    public static Set<String> englishOn(Page page, Set<String> alsoAllowed) {
        String shown = ((String) page.evaluate("() => document.body.innerText")).replaceAll("https?://\\S+", " ");
        for (String allowed : alsoAllowed) {
            shown = shown.replace(allowed, " ");
        }
        Set<String> found = new TreeSet<>();
        Matcher word = WORD.matcher(shown);
        while (word.find()) {
            String w = word.group();
            if (!CHINESE_TEXTS_USE.contains(w)) {
                found.add(w + " in " + page.evaluate(WHERE, w));
            }
        }
        return found;
    }
}
