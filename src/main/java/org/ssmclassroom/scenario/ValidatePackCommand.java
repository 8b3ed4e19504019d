package org.ssmclassroom.scenario;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * {@code validate-pack <folder-or-zip>}: prints every problem compiler-style and exits 1, or a one-line summary
 * and exits 0. A case pack may name a method pack lying beside it or one bundled with the application.
 */
public final class ValidatePackCommand {

    private ValidatePackCommand() {}

    public static int run(String[] args, PrintStream out) {
        if (args.length != 2) {
            out.println("usage: validate-pack <pack-folder-or-zip>");
            return 2;
        }
        Path target = Path.of(args[1]).normalize();
        if (!Files.exists(target)) {
            out.println(target + ":1:1: no such file or folder");
            return 1;
        }
        PackLocations.Found found = PackLocations.candidate(target);
        if (found.rejection() != null) {
            out.println(found.rejection());
            return 1;
        }
        PackReader reader = new PackReader();
        PackCatalog methods = new PackCatalog(reader);
        Path parent = target.toAbsolutePath().getParent();
        PackLocations.inFolder(parent).stream()
                .map(PackLocations.Found::pack)
                .filter(Objects::nonNull)
                .filter(c -> c.isMethod()
                        && !c.files().display("").equals(found.pack().files().display("")))
                .forEach(methods::add);
        PackLocations.bundled().stream().filter(PackCatalog.Candidate::isMethod).forEach(methods::add);
        PackResult result = reader.read(found.pack().files(), methods::validMethod);
        switch (result) {
            case PackResult.Valid valid -> {
                out.println(summary(valid.pack(), target));
                notPlayable(valid.pack()).forEach(out::println);
                InterviewNotes.of(valid.pack()).forEach(out::println);
            }
            case PackResult.Invalid invalid -> invalid.problems().forEach(out::println);
        }
        return result.isValid() ? 0 : 1;
    }

    /** A note for each exercise the case cannot be played on, and what it would need. */
    static List<String> notPlayable(ScenarioPack pack) {
        return pack.method().exercises().stream()
                .filter(e -> !pack.lacksFor(e).isEmpty())
                .map(e -> "  note: exercise " + e.id() + " (" + e.title().en() + ") cannot be played on this case;"
                        + " it needs "
                        + pack.lacksFor(e).stream()
                                .map(need -> switch (need) {
                                    case INTERVIEW -> "an interview (interview: its persona, briefs and targets)";
                                    case NEGOTIATION ->
                                        "a negotiation (negotiation: its scenario and issues, each with background"
                                                + " and our position)";
                                })
                                .collect(java.util.stream.Collectors.joining(" and ")))
                .toList();
    }

    static String summary(ScenarioPack pack, Path target) {
        String what = pack.caseData()
                .map(c -> "case pack: " + c.people().size() + " people, "
                        + c.painChains().size() + " pain chains, "
                        + c.documents().size() + " documents, "
                        + c.allPersonas().size() + " personas")
                .orElseGet(() -> "method pack: " + pack.method().exercises().size() + " exercises, "
                        + pack.method().templates().size() + " templates, "
                        + pack.method().rubrics().size()
                        + " rubrics");
        return target + ": " + pack.id() + " " + pack.manifest().version() + " is a valid " + what;
    }
}
