package org.ssmclassroom.base;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What a sentence means, as a vector: two small in-process models (BGE small, quantised), one per language,
 * since neither reads the other's language. A model loads on first use, once per JVM. The practice partner, the
 * interview board's mentions and the debrief's coverage suggestions all read meaning here.
 */
public final class Meaning {

    private static final Meaning SHARED = new Meaning();

    /** About 2 KB a vector: some 16 MB at most, a class's boards and the packs' texts many times over. */
    private static final int REMEMBERED = 8000;

    private final ConcurrentHashMap<Boolean, EmbeddingModel> models = new ConcurrentHashMap<>();

    private final Map<String, float[]> seen = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > REMEMBERED;
        }
    });

    private Meaning() {}

    public static Meaning shared() {
        return SHARED;
    }

    /** A unit vector, so the dot product of two is their cosine. */
    public float[] of(String text, Locale language) {
        float[] vector = model(language).embed(text).content().vector();
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < vector.length; i++) {
            vector[i] *= scale;
        }
        return vector;
    }

    /** As {@link #of}, remembered: for texts read again and again, such as board notes and a pack's sentences. */
    public float[] remembered(String text, Locale language) {
        String key = (LocalizedText.isChinese(language) ? "zh:" : "en:") + text;
        float[] known = seen.get(key);
        if (known == null) {
            known = of(text, language);
            seen.put(key, known);
        }
        return known;
    }

    public static double similarity(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    /** The language a piece of writing is read in: Chinese when it has any Chinese character, else English. */
    public static Locale languageOf(String text) {
        return text.codePoints().anyMatch(Character::isIdeographic) ? LocalizedText.CHINESE : Locale.ENGLISH;
    }

    /** The sentences of notes, split at sentence ends in either language and at line breaks; fragments dropped. */
    public static List<String> sentences(List<String> notes) {
        List<String> sentences = new ArrayList<>();
        for (String note : notes) {
            for (String part : note.split("[。；;！!？?\\n]|(?<=[a-z0-9])\\.\\s")) {
                if (part.strip().length() >= 2) {
                    sentences.add(part.strip());
                }
            }
        }
        return sentences;
    }

    private EmbeddingModel model(Locale language) {
        boolean chinese = LocalizedText.isChinese(language);
        Supplier<EmbeddingModel> load =
                chinese ? BgeSmallZhV15QuantizedEmbeddingModel::new : BgeSmallEnV15QuantizedEmbeddingModel::new;
        return models.computeIfAbsent(chinese, c -> load.get());
    }
}
