package nl.passendwijzer.server.routing;

import java.util.List;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.passendwijzer.content.regio.Pc4;
import nl.passendwijzer.content.regio.SwvCode;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/** Routing decides something sensible for any input it can be given. */
class RouterProperties {
    private final Router router = new Router(RegioTabel.of(RouterTest.INDELING));

    @Property(tries = 3000)
    void everyInputGetsADecisionWithAReasonAndAValidOrNoSwv(@ForAll("inputs") RoutingInput input) {
        RoutingBesluit besluit = router.route(input);
        assertThat(besluit.reden().isBlank(), is(false));
        besluit.swvCode().ifPresent(code -> assertThat(code, SwvCode.isValid(code), is(true)));
        assertThat(besluit.swvCode().isEmpty(), is(besluit.regel() == RoutingRegel.MBO
                || besluit.regel() == RoutingRegel.POSTCODE_ZONDER_SWV));
        besluit.swvCode().ifPresent(code -> assertThat(besluit.alternatieven().contains(code), is(false)));
        assertThat(router.route(input), is(besluit));
    }

    @Property(tries = 1000)
    void mboNeverReachesAnSwv(@ForAll("inputs") RoutingInput input) {
        RoutingInput mbo = new RoutingInput(VraagSector.MBO, input.leeftijd(), input.pc4(), input.aangemeldeSchool(),
                                            input.huidigeSchool());
        assertThat(router.route(mbo).swvCode(), is(Optional.empty()));
        assertThat(router.route(mbo).regel(), is(not(RoutingRegel.SCHOOL)));
    }

    @Provide
    Arbitrary<RoutingInput> inputs() {
        Arbitrary<VraagSector> sector = Arbitraries.of(VraagSector.class);
        Arbitrary<Optional<Integer>> age = Arbitraries.integers().between(-5, 130).optional();
        Arbitrary<Pc4> pc4 = Arbitraries.integers().between(1000, 9999).map(n -> new Pc4(Integer.toString(n)));
        return Combinators.combine(sector, age, pc4, school().optional(), school().optional()).as(RoutingInput::new);
    }

    private Arbitrary<SchoolOpgave> school() {
        Arbitrary<String> code = Arbitraries.oneOf(
                Arbitraries.of("PO", "VO").flatMap(p -> Arbitraries.integers().between(0, 9999)
                        .map(n -> p + String.format("%04d", n))),
                Arbitraries.strings().ofMaxLength(8));
        Arbitrary<SchoolInfo> info = Combinators.combine(
                Arbitraries.strings().alpha().ofLength(6),
                Arbitraries.of("bao", "sbo", "so", "vso", "vo", "x"),
                code.list().ofMaxSize(3)).as((id, soort, codes) -> new SchoolInfo(id, "School", soort, List.copyOf(codes)));
        return Combinators.combine(Arbitraries.strings().alpha().ofLength(6), info.optional()).as(SchoolOpgave::new);
    }
}
