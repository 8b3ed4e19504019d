package org.ssmclassroom.roleplay;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ssmclassroom.base.LocalizedText;
import org.ssmclassroom.scenario.PackCatalog;
import org.ssmclassroom.scenario.PackLocations;
import org.ssmclassroom.scenario.PackReader;
import org.ssmclassroom.scenario.ScenarioPack;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code practice --case <id> --lang <zh-CN|en> [--persona <id>]}: the practice partner on the command line (the
 * interview's persona unless {@code --persona} names another of the case), for pack authors and automated checks. Reads one trainee question per line (an empty line starts a new conversation) and prints one
 * JSON object per question: {@code {"kind": …, "targets": […], "answer": "…"}}.
 */
public final class PracticeCommand {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PracticeCommand() {}

    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) throws IOException {
        if (List.of(args).contains("--check-samples")) {
            return checkSamples(args, out, err);
        }
        Map<String, String> options = options(args);
        String caseId = options.get("--case");
        String lang = options.getOrDefault("--lang", "zh-CN");
        if (caseId == null || !(lang.equals("zh-CN") || lang.equals("en"))) {
            err.println("usage: practice --case <case-pack-id> --lang <zh-CN|en> [--persona <id>] [--packs <folder>]");
            return 2;
        }
        Optional<ScenarioPack> pack = pack(caseId, options.get("--packs"));
        Locale locale = lang.equals("en") ? Locale.ENGLISH : LocalizedText.CHINESE;
        String persona = options.get("--persona");
        Optional<PracticePartner> partner = persona == null
                ? pack.flatMap(p -> PracticePartner.of(p, locale))
                : pack.flatMap(p -> PracticeService.personaOf(p, persona))
                        .map(p -> PracticePartner.of(p, pack.get().caseData().orElseThrow(), locale));
        if (partner.isEmpty()) {
            err.println(
                    pack.isEmpty()
                            ? "no valid case pack '" + caseId + "' (validate-pack tells why)"
                            : "case pack '" + caseId + "' has no "
                                    + (persona == null ? "interview persona" : "persona '" + persona + "'")
                                    + " with facts and a style");
            return 1;
        }
        PracticePartner.Conversation conversation = partner.get().start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.isBlank()) {
                conversation = partner.get().start();
                continue;
            }
            out.println(JSON.writeValueAsString(conversation.ask(line)));
            out.flush();
        }
        return 0;
    }

    /**
     * {@code practice --case <id> --check-samples}: asks every target's sample question (each in a fresh conversation,
     * in both languages) and prints each one that does not uncover its target, naming the file and field; exit 1 if
     * any. A pack validation without the language models: validate-pack warns only about missing samples.
     */
    static int checkSamples(String[] args, PrintStream out, PrintStream err) {
        List<String> rest = new java.util.ArrayList<>(List.of(args));
        rest.remove("--check-samples");
        Map<String, String> options = options(rest.toArray(String[]::new));
        String caseId = options.get("--case");
        Optional<ScenarioPack> pack = caseId == null ? Optional.empty() : pack(caseId, options.get("--packs"));
        if (pack.isEmpty()) {
            err.println("usage: practice --case <case-pack-id> --check-samples [--packs <folder>]");
            return 2;
        }
        List<String> problems = samplesNotUncovering(pack.get());
        problems.forEach(out::println);
        if (problems.isEmpty()) {
            out.println(caseId + ": every sample question uncovers its target, in zh-CN and en");
        }
        return problems.isEmpty() ? 0 : 1;
    }

    /** Each target's sample question that the partner does not answer with its target, as a problem line. */
    public static List<String> samplesNotUncovering(ScenarioPack pack) {
        List<String> problems = new java.util.ArrayList<>();
        var targets = pack.caseData().orElseThrow().interview().targets();
        for (Locale locale : List.of(LocalizedText.CHINESE, Locale.ENGLISH)) {
            Optional<PracticePartner> partner = PracticePartner.of(pack, locale);
            if (partner.isEmpty()) {
                return problems;
            }
            for (int t = 0; t < targets.size(); t++) {
                var target = targets.get(t);
                if (target.sample() == null || target.sample().question() == null) {
                    continue;
                }
                String question = target.sample().question().in(locale);
                PracticePartner.Reply reply = partner.get().start().ask(question);
                if (!reply.targets().contains(target.id())) {
                    problems.add("case.yaml /interview/targets/" + t + "/sample/question ("
                            + (LocalizedText.isChinese(locale) ? "zh-CN" : "en") + "): \"" + question
                            + "\" does not uncover target '" + target.id() + "' (the partner answers with "
                            + reply.line().id() + " " + reply.targets()
                            + "); reword it, or add it to the asks of a fact that reveals the target");
                }
            }
        }
        return problems;
    }

    /** The case pack by id: from {@code --packs} or ./scenarios when present, else the ones the jar bundles. */
    static Optional<ScenarioPack> pack(String id, String folder) {
        PackCatalog catalog = new PackCatalog(new PackReader());
        catalog.addAll(PackLocations.bundled());
        Path local = Path.of(folder == null ? "scenarios" : folder);
        if (java.nio.file.Files.isDirectory(local)) {
            PackLocations.inFolder(local).stream()
                    .map(PackLocations.Found::pack)
                    .filter(java.util.Objects::nonNull)
                    .forEach(catalog::add);
        }
        return catalog.valid(id).filter(ScenarioPack::isCase);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        return options;
    }
}
