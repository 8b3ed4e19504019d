package org.ssmclassroom.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Emphasis;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
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

    public MarkdownView(String markdown) {
        addClassName("markdown");
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        children(document, this);
    }

    private static void children(Node parent, HasComponents target) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            Component component = block(node);
            if (component != null) {
                target.add(component);
            }
        }
    }

    private static Component block(Node node) {
        return switch (node) {
            case org.commonmark.node.Heading heading ->
                inline(
                        heading,
                        switch (heading.getLevel()) {
                            case 1 -> new H2();
                            case 2 -> new H3();
                            default -> new H4();
                        });
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

    private static Component container(Node node, String className) {
        Div div = new Div();
        div.addClassName(className);
        children(node, div);
        return div;
    }

    private static Component items(Node list, HasComponents target) {
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
