package org.ssmclassroom.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Emphasis;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.H6;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * Renders pack Markdown as Vaadin components, never as HTML: text always stays text, so a document cannot
 * inject markup or script. Raw HTML is refused when a pack is loaded; if any slipped through it shows as text.
 */
public class MarkdownView extends Div {

    private static final Parser PARSER =
            Parser.builder().extensions(List.of(TablesExtension.create())).build();

    /** The level a {@code #} heading is shown at: one below the page's own H1. */
    private int top = 2;

    public MarkdownView(String markdown) {
        this(PARSER.parse(markdown == null ? "" : markdown));
    }

    private MarkdownView(Node document) {
        addClassName("markdown");
        children(document, this);
    }

    /**
     * A document shown under a heading of {@code titleLevel} that names it ({@code title}). A leading {@code #}
     * that repeats the title ("角色说明：Yoshi Goto，首席运营官" under "角色说明：Yoshi Goto") is left out and the
     * document's sections come one level below the title; a leading {@code #} that says something else stays,
     * one level below the title. Either way heading levels never skip one.
     */
    public static MarkdownView underTitle(String markdown, String title, int titleLevel) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        boolean titled =
                document.getFirstChild() instanceof org.commonmark.node.Heading heading && heading.getLevel() == 1;
        boolean repeats = titled && repeats(text(document.getFirstChild()), title);
        if (repeats) {
            document.getFirstChild().unlink();
        }
        MarkdownView view = new MarkdownView(new org.commonmark.node.Document());
        view.top = titled && !repeats ? titleLevel + 1 : titleLevel;
        view.children(document, view);
        return view;
    }

    private static boolean repeats(String heading, String title) {
        String h = bare(heading);
        String t = bare(title == null ? "" : title);
        return !h.isEmpty() && !t.isEmpty() && (h.startsWith(t) || t.startsWith(h));
    }

    /** Case, spaces and punctuation aside: "角色说明:Yoshi Goto" and "角色说明：Yoshi Goto" are one title. */
    private static String bare(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s\\p{P}\\p{S}]+", "");
    }

    private static String text(Node node) {
        StringBuilder text = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            text.append(child instanceof org.commonmark.node.Text literal ? literal.getLiteral() : text(child));
        }
        return text.toString();
    }

    private void children(Node parent, HasComponents target) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            Component component = block(node);
            if (component != null) {
                target.add(component);
            }
        }
    }

    private HtmlContainer heading(int markdownLevel) {
        return switch (Math.min(top + markdownLevel - 1, 6)) {
            case 1 -> new H1();
            case 2 -> new H2();
            case 3 -> new H3();
            case 4 -> new H4();
            case 5 -> new H5();
            default -> new H6();
        };
    }

    private Component block(Node node) {
        return switch (node) {
            case org.commonmark.node.Heading heading -> inline(heading, heading(heading.getLevel()));
            case org.commonmark.node.Paragraph paragraph -> inline(paragraph, new Paragraph());
            case org.commonmark.node.BulletList list -> items(list, new UnorderedList());
            case org.commonmark.node.OrderedList list -> items(list, new OrderedList());
            case org.commonmark.node.BlockQuote quote -> container(quote, "markdown-quote");
            case org.commonmark.node.FencedCodeBlock code -> new Pre(code.getLiteral());
            case org.commonmark.node.IndentedCodeBlock code -> new Pre(code.getLiteral());
            case org.commonmark.node.HtmlBlock html -> new Pre(html.getLiteral());
            case org.commonmark.node.ThematicBreak ignored -> new com.vaadin.flow.component.html.Hr();
            case org.commonmark.ext.gfm.tables.TableBlock table -> table(table);
            default -> container(node, "markdown-block");
        };
    }

    private Component container(Node node, String className) {
        Div div = new Div();
        div.addClassName(className);
        children(node, div);
        return div;
    }

    private Component items(Node list, HasComponents target) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            ListItem listItem = new ListItem();
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof org.commonmark.node.Paragraph paragraph) {
                    inline(paragraph, listItem);
                } else {
                    listItem.add(block(child));
                }
            }
            target.add(listItem);
        }
        return (Component) target;
    }

    private static Component table(Node table) {
        NativeTable result = new NativeTable();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            boolean head = section instanceof org.commonmark.ext.gfm.tables.TableHead;
            HasComponents rows = head ? new NativeTableHeader() : new NativeTableBody();
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                NativeTableRow tableRow = new NativeTableRow();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    tableRow.add((Component) inline(cell, head ? new NativeTableHeaderCell() : new NativeTableCell()));
                }
                rows.add(tableRow);
            }
            result.add((Component) rows);
        }
        return result;
    }

    private static <T extends HasComponents> T inline(Node parent, T target) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            target.add(inlineNode(node));
        }
        return target;
    }

    private static Component inlineNode(Node node) {
        return switch (node) {
            case org.commonmark.node.Text text -> new Text(text.getLiteral());
            case org.commonmark.node.Emphasis emphasis -> inline(emphasis, new Emphasis());
            case org.commonmark.node.StrongEmphasis strong -> styled(inline(strong, new Span()), "markdown-strong");
            case org.commonmark.node.Code code -> styled(new Span(code.getLiteral()), "markdown-code");
            case org.commonmark.node.SoftLineBreak ignored -> new Text(" ");
            case org.commonmark.node.HardLineBreak ignored -> new com.vaadin.flow.component.html.Span("\n");
            case org.commonmark.node.HtmlInline html -> new Text(html.getLiteral());
            case org.commonmark.node.Link link -> link(link);
            default -> inline(node, new Span());
        };
    }

    private static Component link(org.commonmark.node.Link link) {
        String href = link.getDestination();
        Span text = inline(link, new Span());
        if (href == null || !(href.startsWith("https://") || href.startsWith("http://"))) {
            return text;
        }
        Anchor anchor = new Anchor(href, text.getElement().getTextRecursively());
        anchor.setTarget("_blank");
        anchor.getElement().setAttribute("rel", "noopener noreferrer");
        return anchor;
    }

    private static Component styled(Component component, String className) {
        component.addClassName(className);
        return component;
    }
}
