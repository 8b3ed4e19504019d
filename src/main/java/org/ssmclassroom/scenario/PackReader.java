package org.ssmclassroom.scenario;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.ssmclassroom.base.LocalizedText;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and validates one pack: every file against its schema, then the cross-references between files and,
 * for a case, against its method. All problems are collected; a pack with any problem is refused whole.
 */
public final class PackReader {

    static final List<String> METHOD_FILES = List.of(
            "course.yaml",
            "exercises.yaml",
            "templates.yaml",
            "vocabularies.yaml",
            "models.yaml",
            "rubrics.yaml",
            "concepts.yaml");
    static final List<String> CASE_FILES = List.of("case.yaml");
    static final List<String> LANGUAGES = List.of("zh-CN", "en");

    /**
     * Lenient on purpose: the schema already reports unknown properties and values with their positions, so
     * mapping goes on past them and the cross-reference checks still run: every problem is reported at once.
     */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
            .build();

    private final PackSchemas schemas = new PackSchemas();

    /**
     * @param methods the method packs a case pack may name, by id
     */
    public PackResult read(PackFiles files, Function<String, Optional<ScenarioPack>> methods) {
        Problems problems = new Problems();
        Map<String, YamlTree> trees = new HashMap<>();
        YamlTree manifestTree = parse(files, "pack.yaml", problems);
        if (manifestTree == null) {
            return new PackResult.Invalid(files.display(""), problems.list());
        }
        trees.put("pack.yaml", manifestTree);
        PackManifest manifest = problems.isEmpty() ? map(manifestTree, PackManifest.class, problems) : null;
        if (manifest == null) {
            return new PackResult.Invalid(files.display(""), problems.list());
        }
        List<String> required = manifest.kind() == PackManifest.Kind.METHOD ? METHOD_FILES : CASE_FILES;
        for (String name : required) {
            YamlTree tree = parse(files, name, problems);
            if (tree != null) {
                trees.put(name, tree);
            }
        }
        if (trees.size() != required.size() + 1) {
            return new PackResult.Invalid(manifest.id(), problems.list());
        }
        ScenarioPack pack = manifest.kind() == PackManifest.Kind.METHOD
                ? readMethod(manifest, trees, problems)
                : readCase(manifest, trees, files, methods, problems);
        return problems.isEmpty() ? new PackResult.Valid(pack) : new PackResult.Invalid(manifest.id(), problems.list());
    }

    private ScenarioPack readMethod(PackManifest manifest, Map<String, YamlTree> trees, Problems problems) {
        Method.Course course = map(trees.get("course.yaml"), Method.Course.class, problems);
        List<Method.Card> cards = mapList(trees.get("concepts.yaml"), "cards", Method.Card.class, problems);
        Method method = new Method(
                course,
                mapList(trees.get("exercises.yaml"), "exercises", Method.Exercise.class, problems),
                mapList(trees.get("templates.yaml"), "templates", Method.Template.class, problems),
                mapList(trees.get("vocabularies.yaml"), "vocabularies", Method.Vocabulary.class, problems),
                map(trees.get("models.yaml"), Method.Models.class, problems),
                mapList(trees.get("rubrics.yaml"), "rubrics", Method.Rubric.class, problems),
                cards == null
                        ? null
                        : cards.stream().map(card -> card.resolved(course)).toList());
        if (mapped(
                method.course(),
                method.exercises(),
                method.templates(),
                method.vocabularies(),
                method.models(),
                method.rubrics(),
                method.cards())) {
            bestEffort(() -> new MethodChecks(method, trees, problems).run(), problems);
        }
        return new ScenarioPack(manifest, method, null, Map.of());
    }

    private ScenarioPack readCase(
            PackManifest manifest,
            Map<String, YamlTree> trees,
            PackFiles files,
            Function<String, Optional<ScenarioPack>> methods,
            Problems problems) {
        YamlTree manifestTree = trees.get("pack.yaml");
        if (manifest.method() == null) {
            problems.at(manifestTree, "", "a case pack must name its method pack in 'method'");
            return null;
        }
        Optional<ScenarioPack> methodPack = methods.apply(manifest.method().id());
        if (methodPack.isEmpty()) {
            problems.at(
                    manifestTree,
                    "/method/id",
                    "unknown method pack '" + manifest.method().id() + "'");
            return null;
        }
        int major = majorVersion(methodPack.get().manifest().version());
        if (major != manifest.method().major()) {
            problems.at(
                    manifestTree,
                    "/method/major",
                    "method pack '" + manifest.method().id() + "' is version "
                            + methodPack.get().manifest().version() + ", this case needs major version "
                            + manifest.method().major());
        }
        CaseFile caseFile = map(trees.get("case.yaml"), CaseFile.class, problems);
        if (caseFile == null) {
            return null;
        }
        Map<String, LocalizedText> documents = new LinkedHashMap<>();
        bestEffort(
                () -> {
                    new CaseChecks(caseFile, methodPack.get().method(), trees.get("case.yaml"), problems).run();
                    documents.putAll(readDocuments(caseFile, trees.get("case.yaml"), files, problems));
                },
                problems);
        return new ScenarioPack(manifest, methodPack.get().method(), caseFile, documents);
    }

    private static Map<String, LocalizedText> readDocuments(
            CaseFile caseFile, YamlTree tree, PackFiles files, Problems problems) {
        Map<String, LocalizedText> bodies = new LinkedHashMap<>();
        for (int i = 0; i < caseFile.documents().size(); i++) {
            CaseFile.Document document = caseFile.documents().get(i);
            Map<String, String> texts = new HashMap<>();
            for (String language : LANGUAGES) {
                String path = document.file() + "." + language + ".md";
                Optional<byte[]> bytes = files.read(path);
                if (bytes.isEmpty()) {
                    problems.at(tree, "/documents/" + i + "/file", "missing translation: " + path + " does not exist");
                    continue;
                }
                problems.addAll(MarkdownCheck.check(files.display(path), bytes.get()));
                texts.put(language, new String(bytes.get(), StandardCharsets.UTF_8));
            }
            bodies.put(document.id(), new LocalizedText(texts.get("zh-CN"), texts.get("en")));
        }
        return bodies;
    }

    private static boolean mapped(Object... parts) {
        return java.util.Arrays.stream(parts).allMatch(java.util.Objects::nonNull);
    }

    /**
     * Cross-reference checks also run on files with schema problems, so an author sees every problem at once;
     * a value the schema already reported missing may stop them early, which is then no new problem.
     */
    private static void bestEffort(Runnable checks, Problems problems) {
        try {
            checks.run();
        } catch (NullPointerException e) {
            if (problems.isEmpty()) {
                throw e;
            }
        }
    }

    static int majorVersion(String version) {
        return Integer.parseInt(version.substring(0, version.indexOf('.')));
    }

    /** Parses and schema-checks a file; the tree comes back even with schema problems, for further checks. */
    private YamlTree parse(PackFiles files, String name, Problems problems) {
        Optional<byte[]> bytes = files.read(name);
        if (bytes.isEmpty()) {
            problems.add(PackProblem.inFile(files.display(name), name + " is missing"));
            return null;
        }
        try {
            YamlTree tree = YamlTree.parse(files.display(name), bytes.get());
            problems.addAll(schemas.validate(name, tree));
            return tree;
        } catch (YamlTree.YamlSyntaxException e) {
            problems.add(e.problem);
            return null;
        }
    }

    private static <T> T map(YamlTree tree, Class<T> type, Problems problems) {
        try {
            return MAPPER.treeToValue(tree.root(), type);
        } catch (JacksonException e) {
            if (!problems.mentions(tree.file())) {
                problems.at(tree, pointerOf(e), "cannot be read: " + e.getOriginalMessage());
            }
            return null;
        }
    }

    private static <T> List<T> mapList(YamlTree tree, String property, Class<T> type, Problems problems) {
        var listType = MAPPER.getTypeFactory().constructCollectionType(List.class, type);
        try {
            return MAPPER.treeToValue(tree.root().get(property), listType);
        } catch (JacksonException e) {
            if (!problems.mentions(tree.file())) {
                problems.at(tree, "/" + property + pointerOf(e), "cannot be read: " + e.getOriginalMessage());
            }
            return null;
        }
    }

    private static String pointerOf(JacksonException e) {
        StringBuilder pointer = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            pointer.append('/')
                    .append(
                            reference.getIndex() >= 0
                                    ? String.valueOf(reference.getIndex())
                                    : reference.getPropertyName());
        }
        return pointer.toString();
    }
}
