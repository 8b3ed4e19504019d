package org.ssmclassroom.record;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.ssmclassroom.base.BoardItemId;
import org.ssmclassroom.board.BoardContent;
import org.ssmclassroom.board.BoardDrawing;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.scenario.Origin;
import org.ssmclassroom.scenario.ScenarioPack;
import org.ssmclassroom.scoring.ScoreSheet;

/**
 * One table's report as a PDF: a cover with the workshop, table and members, then per exercise its board as
 * structured content (pain chain and org map drawn), its scores with comments and the model answer. Text is
 * laid out as HTML and embedded with bundled fonts, Chinese included, so it stays selectable and searchable.
 */
final class TableReport {

    private static final String CSS = """
            @page { size: A4; margin: 16mm 14mm; @bottom-right { content: counter(page); font-size: 8pt; } }
            body { font-family: 'dejavu', 'droid'; font-size: 9.5pt; color: #1a2333; line-height: 1.45; }
            h1 { font-size: 20pt; margin: 0 0 4mm; } h2 { font-size: 14pt; margin: 6mm 0 2mm; }
            h3 { font-size: 11pt; margin: 4mm 0 1.5mm; color: #24478f; } h4 { font-size: 10pt; margin: 3mm 0 1mm; }
            .exercise { page-break-before: always; }
            table { border-collapse: collapse; width: 100%; margin-bottom: 2mm; }
            th, td { border: 0.4pt solid #b8c0cc; padding: 1mm 1.5mm; vertical-align: top; text-align: left; }
            th { background: #eef2f8; }
            .label { color: #5a6475; width: 35%; }
            .chain-card { border: 0.6pt solid #24478f; border-radius: 2mm; padding: 1.5mm 2mm; margin: 0 0 1.5mm; }
            .chain-card .who { font-weight: bold; } .leads { color: #24478f; }
            .map ul { margin: 0 0 0 5mm; padding: 0; } .map li { list-style: none; margin: 1mm 0; }
            .node { border: 0.6pt solid #5a6475; border-radius: 1.5mm; padding: 1mm 2mm; display: inline-block; }
            .node.attitude-supporter, .node.attitude-champion { border-color: #1a7f37; }
            .node.attitude-opponent, .node.attitude-enemy { border-color: #b42318; }
            .facts { color: #5a6475; font-size: 8.5pt; }
            .model { background: #f3f6fb; padding: 2mm 3mm; border-radius: 2mm; }
            .muted { color: #5a6475; }
            .plan td.action { width: 34%; } .plan td.due { width: 14%; white-space: nowrap; }
            .authored { color: #5a6475; font-size: 8pt; }
            """;

    /** What goes in: the board of each exercise the table worked on, and its scores. */
    record Content(
            String workshop,
            String date,
            String table,
            List<Member> members,
            List<ExerciseRoles> roles,
            Map<String, BoardContent> boards,
            Map<String, ScoreSheet> sheets) {}

    record Member(String name, String company, String jobTitle) {}

    /** Who played what in one exercise: one text per member, in the order of {@link Content#members}. */
    record ExerciseRoles(String exercise, List<String> byMember) {}

    private final ScenarioPack pack;
    private final Locale locale;
    private final Labels labels;

    private final java.util.function.Predicate<String> modelShown;

    TableReport(ScenarioPack pack, Locale locale, Labels labels) {
        this(pack, locale, labels, exercise -> true);
    }

    /** A report that shows the model answer only of the exercises {@code modelShown} accepts (a trainee's own). */
    TableReport(ScenarioPack pack, Locale locale, Labels labels, java.util.function.Predicate<String> modelShown) {
        this.pack = pack;
        this.locale = locale;
        this.labels = labels;
        this.modelShown = modelShown;
    }

    byte[] pdf(Content content) {
        return pdf(html(content));
    }

    /** An empty report document: the styles and the fonts' names, for the caller to fill. */
    static Document shell() {
        Document document = Document.createShell("");
        document.head().appendElement("meta").attr("charset", "utf-8");
        document.head().appendElement("style").appendText(CSS);
        return document;
    }

    /** Any report document as a PDF, its text embedded with the bundled fonts, Chinese included. */
    static byte[] pdf(Document html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFont(() -> font("DejaVuSans.ttf"), "dejavu", 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(
                    () -> font("DejaVuSans-Bold.ttf"), "dejavu", 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(
                    () -> font("DroidSansFallbackFull.ttf"), "droid", 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withW3cDocument(new W3CDom().fromJsoup(html), "/");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    Document html(Content content) {
        Document document = shell();
        Element body = document.body();
        Element cover = body.appendElement("section").addClass("cover");
        cover.appendElement("h1").text(content.table());
        cover.appendElement("p")
                .text(content.workshop() + " · " + content.date() + " · "
                        + pack.caseData()
                                .map(c -> c.company().name().in(locale))
                                .orElse(pack.id()));
        cover.appendElement("h2").text(labels.get("report.members"));
        Element members = cover.appendElement("table");
        Element head = members.appendElement("tr");
        for (String key : List.of("report.name", "report.company", "report.jobTitle")) {
            head.appendElement("th").text(labels.get(key));
        }
        for (Member member : content.members()) {
            Element row = members.appendElement("tr");
            List.of(member.name(), member.company(), member.jobTitle())
                    .forEach(cell -> row.appendElement("td").text(cell));
        }
        if (!content.roles().isEmpty() && !content.members().isEmpty()) {
            // Roles rotate with every exercise: one row per exercise the table worked on, one column per member.
            cover.appendElement("h2").text(labels.get("report.rolesByExercise"));
            Element roles = cover.appendElement("table").addClass("roles");
            Element names = roles.appendElement("tr");
            names.appendElement("th").text(labels.get("report.exercise"));
            content.members().forEach(m -> names.appendElement("th").text(m.name()));
            for (ExerciseRoles exercise : content.roles()) {
                Element row = roles.appendElement("tr");
                row.appendElement("td").addClass("label").text(exercise.exercise());
                exercise.byMember().forEach(cell -> row.appendElement("td").text(cell));
            }
        }
        for (Method.Exercise exercise : pack.method().agendaExercises()) {
            BoardContent board = content.boards().get(exercise.id());
            ScoreSheet sheet = content.sheets().get(exercise.id());
            if (board != null || (sheet != null && !sheet.marks().isEmpty())) {
                exercise(body.appendElement("section").addClass("exercise"), exercise, board, sheet);
            }
        }
        return document;
    }

    private void exercise(Element section, Method.Exercise exercise, BoardContent board, ScoreSheet sheet) {
        Method.Template template = pack.method().template(exercise.template()).orElse(null);
        labels.mark(
                section.appendElement("h2")
                        .text(exercise.label().in(locale) + " — "
                                + exercise.title().in(locale)),
                Origin.firstMarked(exercise.origin(), template == null ? null : template.origin()));
        if (template != null && board != null) {
            section.appendElement("h3").text(labels.get("report.board"));
            board(section, template, board);
        }
        if (sheet != null) {
            scores(section, sheet);
        }
        model(section, exercise, template);
    }

    private void board(Element parent, Method.Template template, BoardContent board) {
        for (Method.Section section : template.sections()) {
            Element block = parent.appendElement("div");
            labels.mark(block.appendElement("h4").text(section.title().in(locale)), section.origin());
            switch (section.kind()) {
                case LIST -> list(block, section, board);
                case FIELDS -> fields(block, section, board, BoardContent.itemId(section.id(), BoardContent.MAIN));
                default -> cells(block, section, board);
            }
        }
    }

    private void list(Element block, Method.Section section, BoardContent board) {
        List<BoardContent.Item> items = board.itemsOf(section.id());
        if (items.isEmpty()) {
            block.appendElement("p").addClass("muted").text("—");
            return;
        }
        if (section.diagram() != null && section.diagram().kind() == Method.DiagramKind.PAIN_CHAIN) {
            for (BoardDrawing.ChainCard card : BoardDrawing.painChain(section.diagram(), items, board)) {
                Element box = block.appendElement("div").addClass("chain-card");
                box.appendElement("div").addClass("who").text(card.who() + ": " + card.pain());
                card.reasons()
                        .forEach(r -> box.appendElement("div")
                                .addClass(r.leadsTo().isPresent() ? "leads" : "reason")
                                .text("· " + r.text()
                                        + r.leadsTo().map(n -> " → " + n).orElse("")));
            }
            return;
        }
        if (section.diagram() != null && section.diagram().kind() == Method.DiagramKind.ORG_MAP) {
            Element tree = block.appendElement("div").addClass("map").appendElement("ul");
            BoardDrawing.orgMap(pack.method(), section, items, board, locale).forEach(node -> node(tree, node));
            return;
        }
        Element table = block.appendElement("table");
        Element head = table.appendElement("tr");
        section.fields()
                .forEach(
                        f -> labels.mark(head.appendElement("th").text(f.label().in(locale)), choices(f)));
        for (BoardContent.Item item : items) {
            Element row = table.appendElement("tr");
            section.fields()
                    .forEach(f -> row.appendElement("td").text(value(section, f, board.text(item.id(), f.id()))));
        }
    }

    private void node(Element list, BoardDrawing.MapNode person) {
        Element item = list.appendElement("li");
        Element box = item.appendElement("div").addClass("node").addClass("attitude-" + person.attitude());
        box.appendElement("b").text(person.name().isBlank() ? "?" : person.name());
        box.appendText(person.title().isBlank() ? "" : " · " + person.title());
        if (!person.facts().isEmpty()) {
            box.appendElement("div").addClass("facts").text(String.join(" · ", person.facts()));
        }
        if (!person.reports().isEmpty()) {
            Element children = item.appendElement("ul");
            person.reports().forEach(r -> node(children, r));
        }
    }

    private void fields(Element block, Method.Section section, BoardContent board, String item) {
        Element table = block.appendElement("table");
        for (Method.Field field : section.fields()) {
            Element row = table.appendElement("tr");
            labels.mark(
                    row.appendElement("td").addClass("label").text(field.label().in(locale)), choices(field));
            row.appendElement("td").text(value(section, field, board.text(item, field.id())));
        }
    }

    /** A grid's or decision's filled cells, one line each. */
    private void cells(Element block, Method.Section section, BoardContent board) {
        Element table = block.appendElement("table");
        board.values().forEach((key, value) -> {
            if (BoardItemId.inSection(key.item(), section.id()) && !value.text().isBlank()) {
                Element row = table.appendElement("tr");
                row.appendElement("td")
                        .addClass("label")
                        .text(BoardItemId.parse(key.item()).suffix());
                String label = section.fields().stream()
                        .filter(f -> f.id().equals(key.field()))
                        .findFirst()
                        .map(f -> f.label().in(locale) + ": " + value(section, f, value.text()))
                        .orElse(value.text());
                row.appendElement("td").text(label);
            }
        });
    }

    /** A field the pack's authors wrote, or a choice field's list they wrote (or some of its terms): its origin. */
    private Origin choices(Method.Field field) {
        if (Origin.marked(field.origin()) || field.type() != Method.FieldType.CHOICE) {
            return field.origin();
        }
        return pack.method()
                .vocabulary(field.vocabulary())
                .flatMap(v -> Origin.marked(v.origin())
                        ? java.util.Optional.of(v.origin())
                        : v.terms().stream()
                                .map(Method.Term::origin)
                                .filter(Origin::marked)
                                .findFirst())
                .orElse(null);
    }

    private String value(Method.Section section, Method.Field field, String text) {
        if (text.isBlank()) {
            return "";
        }
        if (field.type() == Method.FieldType.YES_NO) {
            return "yes".equals(text) ? "✓" : "";
        }
        return field.type() == Method.FieldType.CHOICE
                ? BoardDrawing.fact(pack.method(), section, field.id(), text, locale)
                : text;
    }

    private void scores(Element section, ScoreSheet sheet) {
        boolean anyScored = sheet.rubric().criteria().stream()
                .anyMatch(c -> sheet.outcome(c.id()) instanceof ScoreSheet.Outcome.Scored);
        // Never scored is not a score of 0.
        labels.mark(
                section.appendElement("h3")
                        .text(
                                anyScored
                                        ? labels.get(
                                                "report.scores",
                                                sheet.points(),
                                                sheet.rubric().total())
                                        : labels.get("report.scores.none")),
                sheet.rubric().origin());
        Element table = section.appendElement("table");
        Element head = table.appendElement("tr");
        for (String key : List.of("report.criterion", "report.points", "report.level", "report.comments")) {
            head.appendElement("th").text(labels.get(key));
        }
        for (Method.Criterion criterion : sheet.rubric().criteria()) {
            Element row = table.appendElement("tr");
            row.appendElement("td").text(criterion.label().in(locale));
            switch (sheet.outcome(criterion.id())) {
                case ScoreSheet.Outcome.Scored scored -> {
                    row.appendElement("td").text(scored.points() + " / " + criterion.points());
                    row.appendElement("td")
                            .text(criterion
                                    .level(scored.points())
                                    .map(l -> l.label().in(locale))
                                    .orElse(""));
                    row.appendElement("td").text(String.join(" | ", scored.comments()));
                }
                case ScoreSheet.Outcome.Disputed disputed -> {
                    row.appendElement("td").text("— / " + criterion.points());
                    row.appendElement("td").attr("colspan", "2").text(labels.get("report.disputed"));
                }
                case ScoreSheet.Outcome.Unscored unscored -> {
                    row.appendElement("td").text("— / " + criterion.points());
                    row.appendElement("td").attr("colspan", "2").text(labels.get("report.unscored"));
                }
            }
        }
    }

    private void model(Element section, Method.Exercise exercise, Method.Template template) {
        if (!modelShown.test(exercise.id())) {
            return;
        }
        List<Method.KeyPoint> points = pack.keyPoints(exercise.id());
        var answer = pack.modelAnswer(exercise.id());
        if (points.isEmpty() && answer.isEmpty()) {
            return;
        }
        Element model = section.appendElement("div").addClass("model");
        labels.mark(
                model.appendElement("h3").text(labels.get("report.model")),
                answer.map(pack::originOf).orElse(null));
        answer.map(a -> a.answer()).ifPresent(text -> model.appendElement("p").text(text.in(locale)));
        Element list = model.appendElement("ul");
        points.forEach(p -> labels.mark(list.appendElement("li").text(p.text().in(locale)), pack.originOf(p)));
        Map<String, Object> board = pack.modelBoard(exercise.id());
        if (template != null && !board.isEmpty()) {
            board(model, template, BoardContent.ofModel(template, board, locale));
        }
    }

    /** The bundled fonts, read from the jar once and kept (5 MB) rather than read again for every report. */
    private static final java.util.concurrent.ConcurrentMap<String, byte[]> FONTS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static InputStream font(String file) {
        return new java.io.ByteArrayInputStream(FONTS.computeIfAbsent(file, name -> {
            try (InputStream stream = TableReport.class.getResourceAsStream("/fonts/" + name)) {
                if (stream == null) {
                    throw new IllegalStateException("the bundled font " + name + " is missing from the jar");
                }
                return stream.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }
}
