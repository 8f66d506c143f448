package nl.passendwijzer.server.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/** References, volgcodes and form tokens: formats, typo detection, forgiving input, timing rules. */
class CodesProperties {

    @Property(tries = 500)
    void everyReferenceParsesBackInAnyCommonSpelling(@ForAll("seeds") long seed) {
        String ref = Referentie.nieuw(new java.util.Random(seed));
        assertThat(Referentie.parse(ref).orElseThrow(), is(ref));
        assertThat(Referentie.parse(ref.toLowerCase().replace("-", " ")).orElseThrow(), is(ref));
        assertThat(Referentie.parse(ref.substring(3).replace('0', 'O').replace('1', 'I')).orElseThrow(), is(ref));
    }

    @Property(tries = 1000)
    void everySingleTypoIsCaught(@ForAll("seeds") long seed, @ForAll @IntRange(min = 0, max = 7) int position,
                                 @ForAll @IntRange(min = 1, max = 31) int shift) {
        String ref = Referentie.nieuw(new java.util.Random(seed));
        String symbols = ref.substring(3).replace("-", "");
        char wrong = Referentie.ALFABET.charAt((Referentie.ALFABET.indexOf(symbols.charAt(position)) + shift) % 32);
        String typo = symbols.substring(0, position) + wrong + symbols.substring(position + 1);
        assertThat(Referentie.parse(typo).isPresent(), is(false));
    }

    @Property(tries = 300)
    void arbitraryTextNeverParsesToSomethingOddAndNeverThrows(@ForAll String input) {
        Referentie.parse(input).ifPresent(r -> assertThat(r.matches("PW-[0-9A-Z]{4}-[0-9A-Z]{4}"), is(true)));
        assertThat(Volgcode.matches(input, Volgcode.hash("ABCD")), is(input.replaceAll("[\\s-]", "").equalsIgnoreCase("ABCD")));
    }

    @Property(tries = 50)
    void volgcodesAreLongRandomAndMatchOnlyThemselves(@ForAll @IntRange(min = 0, max = 10) int ignored) {
        String a = Volgcode.nieuw();
        String b = Volgcode.nieuw();
        assertThat(a.replace("-", "").length(), is(28));
        assertThat(a, is(not(b)));
        assertThat(Volgcode.matches(a.toLowerCase(), Volgcode.hash(a)), is(true));
        assertThat(Volgcode.matches(b, Volgcode.hash(a)), is(false));
        assertThat(Volgcode.matches(a, null), is(false));
    }

    @Property(tries = 20)
    void aFormTokenIsTooFastThenValidThenExpiredAndCannotBeForged(@ForAll @IntRange(min = 1, max = 100) int extra) {
        Instant t0 = Instant.parse("2026-03-02T09:00:00Z");
        FormulierToken issuer = new FormulierToken("geheim", Duration.ofSeconds(3), Clock.fixed(t0, ZoneOffset.UTC));
        String token = issuer.issue();
        assertThat(checkAt(token, t0.plusSeconds(1)), is(FormulierToken.Uitkomst.TE_SNEL));
        assertThat(checkAt(token, t0.plusSeconds(3 + extra)), is(FormulierToken.Uitkomst.GELDIG));
        assertThat(checkAt(token, t0.plus(Duration.ofHours(24)).plusSeconds(extra)), is(FormulierToken.Uitkomst.VERLOPEN));
        String forged = token.replaceFirst("v1\\.\\d+", "v1." + (t0.getEpochSecond() - 100));
        assertThat(checkAt(forged, t0.plusSeconds(10)), is(FormulierToken.Uitkomst.ONGELDIG));
        assertThat(new FormulierToken("ander", Duration.ZERO, Clock.fixed(t0, ZoneOffset.UTC)).check(token),
                   is(FormulierToken.Uitkomst.ONGELDIG));
    }

    private static FormulierToken.Uitkomst checkAt(String token, Instant at) {
        return new FormulierToken("geheim", Duration.ofSeconds(3), Clock.fixed(at, ZoneOffset.UTC)).check(token);
    }

    @Property(tries = 200)
    void theValidatorNeverThrowsAnythingButAProblem(@ForAll("anyValues") String value, @ForAll("fields") String field) {
        VraagValidator validator = new VraagValidator(Clock.systemUTC());
        java.util.Map<String, Object> input = new java.util.HashMap<>();
        input.put(field, value);
        try {
            validator.validate(input);
        } catch (nl.passendwijzer.server.http.ProblemException e) {
            assertThat(e.status().code(), is(400));
        }
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Provide
    Arbitrary<String> anyValues() {
        return Arbitraries.strings().ofMaxLength(6000);
    }

    @Provide
    Arbitrary<String> fields() {
        return Arbitraries.of(VraagValidator.VELDEN).injectDuplicates(0.0).edgeCases(e -> e.add("onbekend"));
    }
}
