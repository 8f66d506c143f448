package nl.passendwijzer.content.rechten;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.passendwijzer.content.ContentException;

/**
 * Reads one article file: YAML front matter between {@code ---} lines, then a Markdown body.
 * Every structural problem of the file is collected and reported together, naming the file.
 */
public final class RechtenArtikelParser {
    static final Set<String> KEYS = Set.of("slug", "titel", "doelgroep", "samenvatting", "onderwerpen", "status",
            "bronnen", "laatstGecontroleerd", "gerelateerd");
    private static final Pattern FRONT_MATTER =
            Pattern.compile("\\A\\uFEFF?---\\R(.*?)\\R---[ \\t]*(?:\\R|\\z)(.*)\\z", Pattern.DOTALL);
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private RechtenArtikelParser() {
    }

    /** @throws ContentException naming the file and every problem found in it */
    public static RechtenArtikel parse(SourceFile file) {
        Matcher matcher = FRONT_MATTER.matcher(file.text());
        if (!matcher.matches()) {
            throw new ContentException(file.name() + ": no front matter (the file must start with a '---' line, "
                    + "then YAML, then a closing '---' line)");
        }
        YamlFields fields = YamlFields.parseMapping(matcher.group(1), file.name());
        String markdown = matcher.group(2).strip() + "\n";

        for (String key : fields.keys()) {
            if (!KEYS.contains(key)) {
                fields.problem("unknown key '" + key + "'");
            }
        }
        String slug = fields.requiredString("slug");
        if (!slug.isEmpty() && !SLUG.matcher(slug).matches()) {
            fields.problem("slug '" + slug + "' must be lowercase words joined by '-'");
        }
        String titel = fields.requiredString("titel");
        String doelgroepValue = fields.requiredString("doelgroep");
        Doelgroep doelgroep = Doelgroep.fromWire(doelgroepValue).orElse(null);
        if (doelgroep == null && !doelgroepValue.isEmpty()) {
            fields.problem("unknown doelgroep '" + doelgroepValue + "' (use ouders or jongeren)");
        }
        String samenvatting = fields.requiredString("samenvatting");
        List<String> onderwerpen = fields.stringList("onderwerpen", true);
        String statusValue = fields.requiredString("status");
        ArtikelStatus status = ArtikelStatus.fromWire(statusValue).orElse(null);
        if (status == null && !statusValue.isEmpty()) {
            fields.problem("unknown status '" + statusValue
                    + "' (use geldend, aangekondigd, historisch or te controleren)");
        }
        List<Bron> bronnen = bronnen(fields);
        LocalDate gecontroleerd = fields.requiredDate("laatstGecontroleerd").orElse(null);
        List<String> gerelateerd = fields.stringList("gerelateerd", true);
        if (markdown.isBlank()) {
            fields.problem("the body after the front matter is empty");
        }
        if (!fields.problems().isEmpty()) {
            throw new ContentException(file.name() + ": " + String.join("; ", fields.problems()));
        }
        MarkdownBody body = MarkdownBody.parse(markdown);
        return new RechtenArtikel(slug, titel, doelgroep, samenvatting, onderwerpen, status, bronnen, gecontroleerd,
                gerelateerd, markdown, body.html(), body.plainText(), body.sections(titel), file.name());
    }

    private static List<Bron> bronnen(YamlFields fields) {
        List<Bron> bronnen = new ArrayList<>();
        List<?> raw = fields.requiredList("bronnen");
        for (int i = 0; i < raw.size(); i++) {
            String context = "bronnen[" + (i + 1) + "]";
            YamlFields.nested(raw.get(i), context, fields.problems()).ifPresent(bron -> {
                List<Bron.Kind> kinds = new ArrayList<>();
                for (Bron.Kind kind : Bron.Kind.values()) {
                    if (bron.has(kind.key())) {
                        kinds.add(kind);
                    }
                }
                for (String key : bron.keys()) {
                    if (!key.equals("over") && kinds.stream().noneMatch(k -> k.key().equals(key))) {
                        bron.problem("unknown key '" + context + "." + key + "'");
                    }
                }
                String over = bron.requiredString("over");
                if (kinds.size() != 1) {
                    bron.problem(context + " must have exactly one of seed, wet, url (found " + kinds.size() + ")");
                    return;
                }
                String value = bron.requiredString(kinds.getFirst().key());
                bronnen.add(new Bron(kinds.getFirst(), value, over));
            });
        }
        return bronnen;
    }
}
