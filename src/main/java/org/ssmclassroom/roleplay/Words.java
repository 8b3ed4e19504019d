package org.ssmclassroom.roleplay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.ssmclassroom.base.LocalizedText;

/** The words of a sentence as a search engine keeps them: Chinese split into words, English stemmed. */
final class Words {

    private static final Analyzer CHINESE = new SmartChineseAnalyzer();
    private static final Analyzer ENGLISH = new EnglishAnalyzer();

    private Words() {}

    static Set<String> of(String text, Locale locale) {
        Set<String> words = new LinkedHashSet<>();
        Analyzer analyzer = LocalizedText.isChinese(locale) ? CHINESE : ENGLISH;
        try (TokenStream tokens = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                String word = term.toString();
                if (!word.isBlank() && !(word.length() == 1 && !Character.isIdeographic(word.codePointAt(0)))) {
                    words.add(word);
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
