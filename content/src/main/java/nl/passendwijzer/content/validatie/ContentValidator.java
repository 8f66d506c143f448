package nl.passendwijzer.content.validatie;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import nl.passendwijzer.content.ContentException;

/** Runs every content check over a snapshot and reports what it finds; used by tests and at start-up. */
public final class ContentValidator {
    private final ContentSnapshot content;
    private final List<ContentCheck> checks;

    public ContentValidator(ContentSnapshot content, List<ContentCheck> checks) {
        this.content = content;
        this.checks = List.copyOf(checks);
    }

    /** The standard checks for rights articles and the vocabulary. */
    public static ContentValidator standard(ContentSnapshot content) {
        return new ContentValidator(content, List.of(
                snapshot -> snapshot.unparsable(),
                new FrontMatterCheck(),
                new TopicPairCheck(),
                new SourcesCheck(),
                new LinksCheck(),
                new ReadabilityCheck(),
                new AddressFormCheck()));
    }

    /** The standard checks over the bundled content. */
    public static ContentValidator forBundledContent() {
        return standard(ContentSnapshot.bundled());
    }

    /** A validator that also runs the given check (e.g. one for school documents). */
    public ContentValidator with(ContentCheck extra) {
        List<ContentCheck> all = new ArrayList<>(checks);
        all.add(extra);
        return new ContentValidator(content, all);
    }

    /** All findings, errors first, then by file. */
    public List<Finding> validate() {
        return checks.stream()
                .flatMap(check -> check.check(content).stream())
                .sorted(Comparator.comparing(Finding::severity).thenComparing(Finding::file))
                .toList();
    }

    /** @throws ContentException listing every error; warnings do not stop start-up */
    public List<Finding> validateOrThrow() {
        List<Finding> findings = validate();
        List<Finding> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            throw new ContentException("Content is invalid (" + errors.size() + " errors):\n"
                    + errors.stream().map(Finding::toString).collect(Collectors.joining("\n")));
        }
        return findings;
    }
}
