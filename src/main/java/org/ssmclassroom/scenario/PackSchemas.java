package org.ssmclassroom.scenario;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The published JSON Schemas of {@code scenarios/schema/}, applied to each pack file. */
final class PackSchemas {

    static final String BASE = "https://ssm-classroom.org/schema/";
    static final List<String> NAMES = List.of(
            "common",
            "pack",
            "course",
            "exercises",
            "templates",
            "vocabularies",
            "models",
            "rubrics",
            "concepts",
            "case");

    private final Map<String, Schema> byFile = new HashMap<>();

    PackSchemas() {
        Map<String, String> sources = new HashMap<>();
        for (String name : NAMES) {
            sources.put(BASE + name + ".schema.json", load("scenarios/schema/" + name + ".schema.json"));
        }
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12, builder -> builder.schemas(sources));
        for (String name : NAMES) {
            byFile.put(name + ".yaml", registry.getSchema(SchemaLocation.of(BASE + name + ".schema.json")));
        }
    }

    /** Validates a parsed file whose schema is named after it ({@code case.yaml} → {@code case.schema.json}). */
    List<PackProblem> validate(String fileName, YamlTree tree) {
        Schema schema = byFile.get(fileName);
        return schema.validate(tree.root()).stream()
                .map(error -> tree.problem(pointerOf(error), describe(error)))
                .distinct()
                .toList();
    }

    private static String pointerOf(Error error) {
        StringBuilder pointer = new StringBuilder();
        NodePath path = error.getInstanceLocation();
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer.append('/').append(path.getElement(i));
        }
        if (error.getProperty() != null && "additionalProperties".equals(error.getKeyword())) {
            pointer.append('/').append(error.getProperty());
        }
        return pointer.toString();
    }

    private static String describe(Error error) {
        String where = readablePath(error.getInstanceLocation());
        String message = error.getMessage();
        String prefix = error.getInstanceLocation().toString() + ": ";
        if (message.startsWith(prefix)) {
            message = message.substring(prefix.length());
        }
        if ("required".equals(error.getKeyword()) && isTranslation(error.getProperty())) {
            message = "missing translation '" + error.getProperty() + "'";
        }
        if ("additionalProperties".equals(error.getKeyword()) && isChinese(error.getProperty())) {
            message += " — an ASCII comma in unquoted Chinese text ends the value in {…}: quote the text,"
                    + " e.g. {zh-CN: \"团队练习, 第一\", en: \"…\"}, or use a Chinese comma (，)";
        }
        return where.isEmpty() ? message : where + ": " + message;
    }

    private static boolean isChinese(String property) {
        return property != null
                && property.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static boolean isTranslation(String property) {
        return "zh-CN".equals(property) || "en".equals(property);
    }

    /** A path such as {@code people[2].reportsTo}, as a pack author reads it. */
    static String readablePath(NodePath path) {
        StringBuilder readable = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            if (element instanceof Integer index) {
                readable.append('[').append(index).append(']');
            } else {
                readable.append(readable.isEmpty() ? "" : ".").append(element);
            }
        }
        return readable.toString();
    }

    private static String load(String resource) {
        try (InputStream in = PackSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema not on the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
