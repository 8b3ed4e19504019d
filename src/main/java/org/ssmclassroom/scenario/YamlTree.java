package org.ssmclassroom.scenario;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * A YAML document read into a Jackson tree that remembers where every value stands, so that schema and
 * cross-reference errors can name a line and column. Anchors, aliases and duplicate keys are refused: a pack
 * never needs them, and they are the usual vehicles of YAML bombs and silent overrides.
 */
record YamlTree(String file, JsonNode root, Map<String, Position> positions) {

    record Position(int line, int column) {}

    static final int MAX_DEPTH = 32;

    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .loadSettings(LoadSettings.builder()
                    .setAllowDuplicateKeys(false)
                    .setMaxAliasesForCollections(0)
                    .setCodePointLimit(PackLimits.MAX_FILE_BYTES)
                    .build())
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxDocumentLength(PackLimits.MAX_FILE_BYTES)
                    .build())
            .build();

    /** The position of the value at a JSON pointer, or of its nearest enclosing value. */
    Position positionOf(String pointer) {
        String p = pointer;
        while (true) {
            Position found = positions.get(p);
            if (found != null || p.isEmpty()) {
                return found != null ? found : new Position(1, 1);
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    PackProblem problem(String pointer, String message) {
        Position at = positionOf(pointer);
        return new PackProblem(file, at.line(), at.column(), message);
    }

    /** Parses a document; a syntax error becomes a {@link YamlSyntaxException} with the file position. */
    static YamlTree parse(String file, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), text)) {
            Builder builder = new Builder(file, (YAMLParser) parser);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new YamlSyntaxException(PackProblem.inFile(file, "the file is empty"));
            }
            JsonNode root = builder.value("", 0);
            return new YamlTree(file, root, builder.positions);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            int line = at == null ? 1 : Math.max(1, at.getLineNr());
            int column = at == null ? 1 : Math.max(1, at.getColumnNr());
            throw new YamlSyntaxException(new PackProblem(file, line, column, "YAML syntax: " + firstLine(e)));
        }
    }

    private static String firstLine(JacksonException e) {
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        return message.lines().findFirst().orElse(message).trim();
    }

    static final class YamlSyntaxException extends RuntimeException {
        final transient PackProblem problem;

        YamlSyntaxException(PackProblem problem) {
            super(problem.toString());
            this.problem = problem;
        }
    }

    private static final class Builder {
        private final String file;
        private final YAMLParser parser;
        private final Map<String, Position> positions = new HashMap<>();
        private final JsonNodeFactory nodes = JsonNodeFactory.instance;

        Builder(String file, YAMLParser parser) {
            this.file = file;
            this.parser = parser;
        }

        /** Reads the value at the current token. */
        JsonNode value(String pointer, int depth) {
            TokenStreamLocation at = parser.currentTokenLocation();
            Position here = new Position(at.getLineNr(), at.getColumnNr());
            positions.put(pointer, here);
            if (parser.isCurrentAlias() || parser.getObjectId() != null) {
                throw new YamlSyntaxException(new PackProblem(
                        file,
                        here.line(),
                        here.column(),
                        "YAML anchors and aliases (& and *) are not allowed in scenario packs"));
            }
            if (depth > MAX_DEPTH) {
                throw new YamlSyntaxException(new PackProblem(
                        file, here.line(), here.column(), "nesting deeper than " + MAX_DEPTH + " levels"));
            }
            return switch (parser.currentToken()) {
                case START_OBJECT -> object(pointer, depth);
                case START_ARRAY -> array(pointer, depth);
                case VALUE_STRING -> nodes.stringNode(parser.getString());
                case VALUE_NUMBER_INT -> nodes.numberNode(parser.getBigIntegerValue());
                case VALUE_NUMBER_FLOAT -> nodes.numberNode(parser.getDecimalValue());
                case VALUE_TRUE -> nodes.booleanNode(true);
                case VALUE_FALSE -> nodes.booleanNode(false);
                default -> nodes.nullNode();
            };
        }

        private ObjectNode object(String pointer, int depth) {
            ObjectNode object = nodes.objectNode();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String key = parser.currentName();
                TokenStreamLocation at = parser.currentTokenLocation();
                if (object.has(key)) {
                    throw new YamlSyntaxException(
                            new PackProblem(file, at.getLineNr(), at.getColumnNr(), "duplicate key '" + key + "'"));
                }
                String child = pointer + "/" + escape(key);
                parser.nextToken();
                object.set(key, value(child, depth + 1));
                positions.put(child, new Position(at.getLineNr(), at.getColumnNr()));
            }
            return object;
        }

        private ArrayNode array(String pointer, int depth) {
            ArrayNode array = nodes.arrayNode();
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                array.add(value(pointer + "/" + index++, depth + 1));
            }
            return array;
        }

        private static String escape(String key) {
            return key.replace("~", "~0").replace("/", "~1");
        }
    }
}
