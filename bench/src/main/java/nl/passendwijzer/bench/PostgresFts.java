package nl.passendwijzer.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import nl.passendwijzer.content.regio.GeoPunt;
import nl.passendwijzer.content.regio.Pc4Centroids;
import nl.passendwijzer.search.DocumentType;
import nl.passendwijzer.search.IndexDocument;

/**
 * The baseline: the same documents in one PostgreSQL table with a weighted {@code tsvector} (title A, headings B,
 * body C) in the {@code dutch} configuration and a GIN index, searched with {@code websearch_to_tsquery}, ranked by
 * {@code ts_rank_cd}, with the same facet filters (OR within a dimension, AND across), distance via a GiST-indexed
 * point plus haversine, {@code ts_headline} snippets for the page shown, and facet counts by GROUP BY over the
 * matches (plain counts, not Lucene's multi-select "sideways" counts, so PostgreSQL does slightly less work).
 */
final class PostgresFts {
    static final List<String> ARRAY_FACETS =
            List.of("sector", "soort", "gebied", "voorziening", "gemeente", "swv", "denominatie");
    private static final int PAGE = 10;
    private static final String HEADLINE_OPTIONS = "MaxFragments=2, MinWords=8, MaxWords=20";

    private final Connection connection;
    private final String table;

    PostgresFts(Connection connection, String table) {
        this.connection = connection;
        this.table = table;
    }

    /**
     * What one search returned; consumed by the harness so nothing is optimised away.
     *
     * @param keys the page's results as relevance keys: school:ID, sectie:SCHOOL_ID or the article id
     */
    record Answer(long total, List<String> keys, int facetValues, int snippetChars) {
    }

    /** Creates the table, inserts every document (the tsvector is computed on insert), then builds the indexes. */
    long load(Stream<IndexDocument> documents) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + table);
            StringBuilder ddl = new StringBuilder("CREATE TABLE " + table + " (id text PRIMARY KEY, type text NOT NULL, "
                    + "title text NOT NULL, heading text NOT NULL, body text NOT NULL, school_id text, doelgroep text, ");
            ARRAY_FACETS.forEach(f -> ddl.append(f).append(" text[] NOT NULL, "));
            ddl.append("lat double precision, lon double precision, "
                    + "loc point GENERATED ALWAYS AS (point(lon, lat)) STORED, "
                    + "tsv tsvector GENERATED ALWAYS AS ("
                    + "setweight(to_tsvector('dutch'::regconfig, title), 'A') || "
                    + "setweight(to_tsvector('dutch'::regconfig, heading), 'B') || "
                    + "setweight(to_tsvector('dutch'::regconfig, body), 'C')) STORED)");
            s.execute(ddl.toString());
        }
        connection.setAutoCommit(false);
        long count = 0;
        String columns = "id, type, title, heading, body, school_id, doelgroep, " + String.join(", ", ARRAY_FACETS)
                + ", lat, lon";
        String marks = "?, ".repeat(8 + ARRAY_FACETS.size()) + "?";
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")")) {
            for (Iterator<IndexDocument> it = documents.iterator(); it.hasNext(); ) {
                IndexDocument d = it.next();
                int i = 1;
                insert.setString(i++, d.id());
                insert.setString(i++, d.type().name());
                insert.setString(i++, d.title());
                insert.setString(i++, String.join(" / ", d.headingPath()));
                insert.setString(i++, d.body());
                insert.setString(i++, d.parentSchoolId().orElse(null));
                insert.setString(i++, d.doelgroep().map(Enum::name).orElse(null));
                for (String facet : ARRAY_FACETS) {
                    insert.setArray(i++, textArray(d.facets().getOrDefault(facet, List.of())));
                }
                if (d.location().isPresent()) {
                    insert.setDouble(i++, d.location().get().lat());
                    insert.setDouble(i, d.location().get().lon());
                } else {
                    insert.setNull(i++, Types.DOUBLE);
                    insert.setNull(i, Types.DOUBLE);
                }
                insert.addBatch();
                if (++count % 500 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        connection.commit();
        connection.setAutoCommit(true);
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE INDEX " + table + "_tsv ON " + table + " USING gin (tsv)");
            s.execute("CREATE INDEX " + table + "_loc ON " + table + " USING gist (loc)");
            s.execute("VACUUM ANALYZE " + table);
        }
        return count;
    }

    /** Hits (with snippets) of the first page, then the total and the facet counts: two round trips. */
    Answer search(BenchQuery query, Pc4Centroids centroids) throws SQLException {
        Where where = where(query, query.origin(centroids));
        boolean text = !query.text().isBlank();
        Optional<GeoPunt> origin = query.origin(centroids);
        String distance = origin.map(PostgresFts::distanceKm).orElse("NULL");
        String order = origin.isPresent() ? "dist ASC NULLS LAST, rank DESC" : text ? "rank DESC" : "id";
        String hitsSql = "SELECT CASE p.type WHEN 'SCHOOL' THEN 'school:' || p.id WHEN 'ARTIKEL' THEN p.id "
                + "ELSE 'sectie:' || p.school_id END, " + (text ? "ts_headline('dutch', p.body, websearch_to_tsquery('dutch', ?), '"
                + HEADLINE_OPTIONS + "')" : "''") + " FROM (SELECT d.id, d.type, d.school_id, d.body, "
                + (text ? "ts_rank_cd(d.tsv, q)" : "0") + " AS rank, " + distance + " AS dist " + where.from
                + where.sql + " ORDER BY " + order + " LIMIT " + PAGE + ") p ORDER BY " + order;
        List<String> ids = new ArrayList<>();
        int snippetChars = 0;
        try (PreparedStatement hits = connection.prepareStatement(hitsSql)) {
            int i = 1;
            if (text) {
                hits.setString(i++, query.text());
            }
            i = origin.isPresent() ? bindOrigin(hits, i, origin.get()) : i;
            where.bind(hits, i);
            try (ResultSet rs = hits.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                    snippetChars += rs.getString(2).length();
                }
            }
        }
        StringBuilder facetsSql = new StringBuilder("WITH m AS MATERIALIZED (SELECT d.type, "
                + String.join(", ", ARRAY_FACETS.stream().map(f -> "d." + f).toList()) + " " + where.from + where.sql
                + ") SELECT 'total', NULL, count(*) FROM m UNION ALL SELECT 'type', type, count(*) FROM m GROUP BY type");
        ARRAY_FACETS.forEach(f -> facetsSql.append(" UNION ALL SELECT '").append(f).append("', v, count(*) FROM m, unnest(m.")
                .append(f).append(") v GROUP BY v"));
        long total = 0;
        int facetValues = 0;
        try (PreparedStatement facets = connection.prepareStatement(facetsSql.toString())) {
            where.bind(facets, 1);
            try (ResultSet rs = facets.executeQuery()) {
                while (rs.next()) {
                    if ("total".equals(rs.getString(1))) {
                        total = rs.getLong(3);
                    } else {
                        facetValues++;
                    }
                }
            }
        }
        return new Answer(total, ids, facetValues, snippetChars);
    }

    /** Table size (heap + indexes + TOAST) in bytes. */
    long totalBytes() throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_total_relation_size('" + table + "')")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String distanceKm(GeoPunt origin) {
        return "(6371.0 * 2 * asin(sqrt(power(sin(radians(d.lat - ?) / 2), 2) + cos(radians(?)) * cos(radians(d.lat)) "
                + "* power(sin(radians(d.lon - ?) / 2), 2))))";
    }

    private static int bindOrigin(PreparedStatement ps, int i, GeoPunt origin) throws SQLException {
        ps.setDouble(i++, origin.lat());
        ps.setDouble(i++, origin.lat());
        ps.setDouble(i++, origin.lon());
        return i;
    }

    /** FROM and WHERE of a query with their parameters, shared by the hits and the facet statement. */
    private final class Where {
        final String from;
        final String sql;
        final List<Object> params = new ArrayList<>();

        Where(String from, String sql) {
            this.from = from;
            this.sql = sql;
        }

        void bind(PreparedStatement ps, int first) throws SQLException {
            int i = first;
            for (Object p : params) {
                if (p instanceof String[] values) {
                    ps.setArray(i++, connection.createArrayOf("text", values));
                } else if (p instanceof Double d) {
                    ps.setDouble(i++, d);
                } else {
                    ps.setString(i++, (String) p);
                }
            }
        }
    }

    private Where where(BenchQuery query, Optional<GeoPunt> origin) {
        boolean text = !query.text().isBlank();
        StringBuilder sql = new StringBuilder(" WHERE TRUE");
        List<Object> params = new ArrayList<>();
        String from = "FROM " + table + " d" + (text ? ", websearch_to_tsquery('dutch', ?) q" : "");
        if (text) {
            params.add(query.text());
            sql.append(" AND d.tsv @@ q");
        }
        if (!query.types().isEmpty()) {
            sql.append(" AND d.type = ANY(?)");
            params.add(query.types().stream().map(DocumentType::name).toArray(String[]::new));
        }
        for (Map.Entry<String, Set<String>> filter : query.filters().entrySet()) {
            if (!ARRAY_FACETS.contains(filter.getKey())) {
                throw new IllegalArgumentException("unknown facet " + filter.getKey());
            }
            sql.append(" AND d.").append(filter.getKey()).append(" && ?");
            params.add(filter.getValue().toArray(String[]::new));
        }
        if (origin.isPresent() && query.radiusKm().isPresent()) {
            double km = query.radiusKm().get();
            double dLat = km / 111.2;
            double dLon = km / (111.2 * Math.cos(Math.toRadians(origin.get().lat())));
            sql.append(" AND d.loc <@ box(point(?, ?), point(?, ?)) AND ").append(distanceKm(origin.get()))
                    .append(" <= ?");
            params.addAll(List.of(origin.get().lon() - dLon, origin.get().lat() - dLat, origin.get().lon() + dLon,
                                  origin.get().lat() + dLat, origin.get().lat(), origin.get().lat(), origin.get().lon(),
                                  km));
        }
        Where where = new Where(from, sql.toString());
        where.params.addAll(params);
        return where;
    }

    private Array textArray(List<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray(String[]::new));
    }
}
