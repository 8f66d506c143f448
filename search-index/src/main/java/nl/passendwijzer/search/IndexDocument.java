package nl.passendwijzer.search;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One searchable unit: a school, one section of its SOP or schoolgids, or an article.
 *
 * @param keywords curated words for the document as a whole (an article's topics, the support a school offers with
 *                 its synonyms); short, so a match weighs more than the same word somewhere in a long body
 * @param facets values per facet dimension (see {@link IndexSchema#FACET_DIMENSIONS}); "type" is added from
 *               {@code type} and must not be given
 * @param schoolName the name of the school the document is or belongs to, shown with a section hit
 * @param schooljaar e.g. "2025-2026"; older years rank slightly lower
 * @param fictief demo data that must be labelled as such
 */
public record IndexDocument(String id, DocumentType type, String title, List<String> headingPath, String body,
                            List<String> keywords, Optional<String> parentSchoolId, Optional<String> schoolName,
                            Optional<Integer> page, Optional<String> anchor,
                            String url, Optional<String> schooljaar, Optional<Doelgroep> doelgroep,
                            Map<String, List<String>> facets, Optional<GeoPoint> location, boolean fictief) {
    public IndexDocument {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("An index document needs an id");
        }
        Objects.requireNonNull(type, "type");
        title = Objects.requireNonNullElse(title, "");
        headingPath = List.copyOf(Objects.requireNonNullElse(headingPath, List.of()));
        body = Objects.requireNonNullElse(body, "");
        keywords = List.copyOf(Objects.requireNonNullElse(keywords, List.of()));
        parentSchoolId = Objects.requireNonNullElse(parentSchoolId, Optional.empty());
        schoolName = Objects.requireNonNullElse(schoolName, Optional.empty());
        page = Objects.requireNonNullElse(page, Optional.empty());
        anchor = Objects.requireNonNullElse(anchor, Optional.empty());
        url = Objects.requireNonNullElse(url, "");
        schooljaar = Objects.requireNonNullElse(schooljaar, Optional.empty());
        doelgroep = Objects.requireNonNullElse(doelgroep, Optional.empty());
        facets = Map.copyOf(Objects.requireNonNullElse(facets, Map.of()));
        location = Objects.requireNonNullElse(location, Optional.empty());
        for (String dimension : facets.keySet()) {
            if (!IndexSchema.FACET_DIMENSIONS.contains(dimension) || dimension.equals(IndexSchema.TYPE_FACET)) {
                throw new IllegalArgumentException("Unknown facet dimension for " + id + ": " + dimension);
            }
        }
    }

    public static Builder builder(String id, DocumentType type) {
        return new Builder(id, type);
    }

    /** Builds an {@link IndexDocument} without spelling out every optional part. */
    public static final class Builder {
        private final String id;
        private final DocumentType type;
        private String title = "";
        private List<String> headingPath = List.of();
        private String body = "";
        private List<String> keywords = List.of();
        private Optional<String> parentSchoolId = Optional.empty();
        private Optional<String> schoolName = Optional.empty();
        private Optional<Integer> page = Optional.empty();
        private Optional<String> anchor = Optional.empty();
        private String url = "";
        private Optional<String> schooljaar = Optional.empty();
        private Optional<Doelgroep> doelgroep = Optional.empty();
        private final Map<String, List<String>> facets = new java.util.HashMap<>();
        private Optional<GeoPoint> location = Optional.empty();
        private boolean fictief;

        private Builder(String id, DocumentType type) {
            this.id = id;
            this.type = type;
        }

        public Builder title(String value) { title = value; return this; }
        public Builder headingPath(List<String> value) { headingPath = value; return this; }
        public Builder body(String value) { body = value; return this; }
        public Builder keywords(List<String> value) { keywords = value; return this; }
        public Builder parentSchoolId(String value) { parentSchoolId = Optional.ofNullable(value); return this; }
        public Builder schoolName(String value) { schoolName = Optional.ofNullable(value); return this; }
        public Builder page(int value) { page = Optional.of(value); return this; }
        public Builder anchor(String value) { anchor = Optional.ofNullable(value); return this; }
        public Builder url(String value) { url = value; return this; }
        public Builder schooljaar(String value) { schooljaar = Optional.ofNullable(value); return this; }
        public Builder doelgroep(Doelgroep value) { doelgroep = Optional.ofNullable(value); return this; }
        public Builder facet(String dimension, String... values) { facets.put(dimension, List.of(values)); return this; }
        public Builder location(double lat, double lon) { location = Optional.of(new GeoPoint(lat, lon)); return this; }
        public Builder fictief(boolean value) { fictief = value; return this; }

        public IndexDocument build() {
            return new IndexDocument(id, type, title, headingPath, body, keywords, parentSchoolId, schoolName, page, anchor, url,
                    schooljaar,
                    doelgroep, facets, location, fictief);
        }
    }
}
