package nl.passendwijzer.content.scholen.importeren;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of an open-data text file into text. DUO files come as UTF-8 (with or without BOM) or as
 * Windows-1252; strict UTF-8 decoding fails on nearly every Windows-1252 text with accents, so it decides.
 */
public final class TextDecoding {
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The decoded text and the charset that was used. */
    public record Decoded(String text, Charset charset) {
    }

    private TextDecoding() {
    }

    public static Decoded decode(byte[] bytes) {
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer).toString();
            return new Decoded(text, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252);
        }
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }
}
