package org.ssmclassroom.roleplay;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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
                : pack.flatMap(p -> PracticeService.personaOf(p, persona)).map(p -> PracticePartner.of(p, locale));
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
