package org.ssmclassroom.scenario;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** Refuses raw HTML in pack Markdown: documents are rendered as plain components, never as HTML. */
final class MarkdownCheck {

    static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .extensions(List.of(org.commonmark.ext.gfm.tables.TablesExtension.create()))
            .build();

    private MarkdownCheck() {}

    static List<PackProblem> check(String file, byte[] bytes) {
        List<PackProblem> problems = new ArrayList<>();
        Node document = PARSER.parse(new String(bytes, StandardCharsets.UTF_8));
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock html) {
                report(html);
            }

            @Override
            public void visit(HtmlInline html) {
                report(html);
            }

            private void report(Node html) {
                List<SourceSpan> spans = html.getSourceSpans();
                int line = spans.isEmpty() ? 1 : spans.getFirst().getLineIndex() + 1;
                int column = spans.isEmpty() ? 1 : spans.getFirst().getColumnIndex() + 1;
                problems.add(new PackProblem(
                        file, line, column, "raw HTML is not allowed in Markdown documents; use Markdown formatting"));
            }
        });
        return problems;
    }
}
