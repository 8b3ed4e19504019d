package org.ssmclassroom.roleplay;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.ssmclassroom.base.LocalizedText;

/**
 * What a sentence means, as a vector: two small in-process models (BGE small, quantised), one per language,
 * since neither reads the other's language. A model loads on first use, once.
 */
final class Meaning {

    private static final Meaning SHARED = new Meaning();

    private final ConcurrentHashMap<Boolean, EmbeddingModel> models = new ConcurrentHashMap<>();

    private Meaning() {}

    static Meaning shared() {
        return SHARED;
    }

    /** A unit vector, so the dot product of two is their cosine. */
    float[] of(String text, Locale locale) {
        float[] vector = model(locale).embed(text).content().vector();
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

    static double similarity(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    private EmbeddingModel model(Locale locale) {
        boolean chinese = LocalizedText.isChinese(locale);
        Supplier<EmbeddingModel> load =
                chinese ? BgeSmallZhV15QuantizedEmbeddingModel::new : BgeSmallEnV15QuantizedEmbeddingModel::new;
        return models.computeIfAbsent(chinese, c -> load.get());
    }
}
