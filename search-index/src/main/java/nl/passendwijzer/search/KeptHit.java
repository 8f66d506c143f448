package nl.passendwijzer.search;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UTFDataFormatException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a page showed of a document, as one byte array while it is kept for later pages ({@link IndexStateCache}).
 *
 * <p>Kept hits are the objects that outlive young collections under load: a popular search from new places adds
 * thousands a second. As records of strings, lists and optionals (some forty objects each) the collector copied them
 * object by object, which made young pauses several times longer than without them; an array is copied in one go.
 * Reading one back costs a few microseconds (some 3 % of a popular search).
 */
final class KeptHit {
    private static final DocumentType[] TYPES = DocumentType.values();
    private static final Doelgroep[] DOELGROEPEN = Doelgroep.values();

    private KeptHit() {
    }

    /** The hit as bytes; empty for a hit with a text too long to keep this way (over 64 kB), which is not kept. */
    static Optional<byte[]> write(PageHits.HitParts hit) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            DocumentMapper.StoredHit stored = hit.stored();
            out.writeUTF(stored.id());
            out.writeByte(stored.type().ordinal());
            out.writeUTF(stored.title());
            out.writeUTF(stored.url());
            writeOptional(out, stored.schoolId());
            writeOptional(out, stored.schoolName());
            out.writeBoolean(stored.page().isPresent());
            out.writeInt(stored.page().orElse(0));
            writeOptional(out, stored.anchor());
            writeStrings(out, stored.headingPath());
            out.writeByte(stored.doelgroep().map(Enum::ordinal).orElse(-1));
            out.writeBoolean(stored.fictief());
            out.writeBoolean(stored.location().isPresent());
            if (stored.location().isPresent()) {
                out.writeDouble(stored.location().get().lat());
                out.writeDouble(stored.location().get().lon());
            }
            writeStrings(out, hit.snippets());
            writeStrings(out, hit.found().fields());
            writeStrings(out, hit.found().terms());
        } catch (UTFDataFormatException tooLong) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(bytes.toByteArray());
    }

    static PageHits.HitParts read(byte[] kept) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(kept))) {
            String id = in.readUTF();
            DocumentType type = TYPES[in.readByte()];
            String title = in.readUTF();
            String url = in.readUTF();
            Optional<String> schoolId = readOptional(in);
            Optional<String> schoolName = readOptional(in);
            boolean paged = in.readBoolean();
            int page = in.readInt();
            Optional<String> anchor = readOptional(in);
            List<String> headingPath = readStrings(in);
            int doelgroep = in.readByte();
            boolean fictief = in.readBoolean();
            Optional<GeoPoint> location = in.readBoolean()
                    ? Optional.of(new GeoPoint(in.readDouble(), in.readDouble()))
                    : Optional.empty();
            DocumentMapper.StoredHit stored = new DocumentMapper.StoredHit(id, type, title, url, schoolId, schoolName,
                    paged ? Optional.of(page) : Optional.empty(), anchor, headingPath,
                    doelgroep < 0 ? Optional.empty() : Optional.of(DOELGROEPEN[doelgroep]), fictief, location);
            List<String> snippets = readStrings(in);
            List<String> fields = readStrings(in);
            Set<String> terms = Set.copyOf(readStrings(in));
            return new PageHits.HitParts(stored, snippets, new MatchedTerms.Found(fields, terms));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeOptional(DataOutputStream out, Optional<String> value) throws IOException {
        out.writeBoolean(value.isPresent());
        if (value.isPresent()) {
            out.writeUTF(value.get());
        }
    }

    private static Optional<String> readOptional(DataInputStream in) throws IOException {
        return in.readBoolean() ? Optional.of(in.readUTF()) : Optional.empty();
    }

    private static void writeStrings(DataOutputStream out, Collection<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            out.writeUTF(value);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int size = in.readInt();
        List<String> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(in.readUTF());
        }
        return List.copyOf(values);
    }
}
