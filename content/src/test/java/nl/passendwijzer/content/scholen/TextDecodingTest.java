package nl.passendwijzer.content.scholen;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.NotBlank;
import net.jqwik.api.constraints.StringLength;
import nl.passendwijzer.content.scholen.importeren.TextDecoding;

class TextDecodingTest {

    @Property
    void dutchTextSurvivesUtf8AndWindows1252Alike(
            @ForAll @NotBlank @StringLength(max = 40) @Chars({'a', 'Z', ' ', ';', 'é', 'ë', 'ï', 'ö', 'É', 'ü'})
            String text) {
        assertThat(TextDecoding.decode(text.getBytes(StandardCharsets.UTF_8)).text(), is(text));
        assertThat(TextDecoding.decode(text.getBytes(TextDecoding.WINDOWS_1252)).text(), is(text));
    }

    @Property
    void aUtf8ByteOrderMarkIsDropped(@ForAll @StringLength(max = 20) @Chars({'x', 'ë'}) String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertThat(TextDecoding.decode(withBom).text(), is(text));
    }
}
