package nl.passendwijzer.content.rechten;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** Turns an article's Markdown body into safe HTML, plain text and sections. */
public final class MarkdownBody {
    private static final List<Extension> EXTENSIONS = List.of(HeadingAnchorExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    // Articles are written by people, not trusted as HTML: escape raw HTML and drop javascript: style links.
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();

    private final Node document;

    private MarkdownBody(Node document) {
        this.document = document;
    }

    public static MarkdownBody parse(String markdown) {
        return new MarkdownBody(PARSER.parse(markdown));
    }

    public String html() {
        return RENDERER.render(document);
    }

    /** All text without markup: one line per block, headings included. */
    public String plainText() {
        StringBuilder out = new StringBuilder();
        for (String block : textBlocks(false)) {
            out.append(block).append('\n');
        }
        return out.toString().strip();
    }

    /**
     * The text of each paragraph-level block (a paragraph, a list item's paragraph, a heading if wanted).
     * A block boundary always ends a sentence, which is what sentence counting relies on.
     */
    public List<String> textBlocks(boolean skipHeadings) {
        List<String> blocks = new ArrayList<>();
        collectBlocks(document, skipHeadings, blocks);
        return blocks;
    }

    /** The body split at headings; anchors match the ids the HTML renderer puts on the headings. */
    public List<Sectie> sections(String introHeading) {
        IdGenerator ids = IdGenerator.builder().build();
        List<Sectie> sections = new ArrayList<>();
        String heading = introHeading;
        String anchor = "";
        StringBuilder text = new StringBuilder();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading h) {
                addSection(sections, heading, text, anchor);
                heading = inlineText(h);
                anchor = ids.generateId(heading);
                text.setLength(0);
            } else {
                List<String> blocks = new ArrayList<>();
                collectBlocks(node, true, blocks);
                blocks.forEach(b -> text.append(b).append('\n'));
            }
        }
        addSection(sections, heading, text, anchor);
        return sections;
    }

    private static void addSection(List<Sectie> sections, String heading, StringBuilder text, String anchor) {
        String body = text.toString().strip();
        if (!body.isEmpty() || !anchor.isEmpty()) {
            sections.add(new Sectie(heading, body, anchor));
        }
    }

    private static void collectBlocks(Node node, boolean skipHeadings, List<String> out) {
        if (node instanceof Heading heading) {
            if (!skipHeadings) {
                addIfText(out, inlineText(heading));
            }
            return;
        }
        if (node instanceof Block && hasInlineChildren(node)) {
            addIfText(out, inlineText(node));
            return;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            collectBlocks(child, skipHeadings, out);
        }
    }

    private static void addIfText(List<String> out, String text) {
        String stripped = text.strip();
        if (!stripped.isEmpty()) {
            out.add(stripped);
        }
    }

    private static boolean hasInlineChildren(Node block) {
        Node first = block.getFirstChild();
        return first != null && !(first instanceof Block);
    }

    private static String inlineText(Node node) {
        StringBuilder out = new StringBuilder();
        appendInline(node, out);
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static void appendInline(Node node, StringBuilder out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            switch (child) {
                case Text text -> out.append(text.getLiteral());
                case Code code -> out.append(code.getLiteral());
                case SoftLineBreak ignored -> out.append(' ');
                case HardLineBreak ignored -> out.append(' ');
                default -> appendInline(child, out);
            }
        }
    }
}
