package nl.passendwijzer.server.routing;

import java.util.List;
import java.util.Optional;

import nl.passendwijzer.content.regio.Pc4;
import nl.passendwijzer.content.regio.RegioIndeling;
import nl.passendwijzer.content.regio.RegioRegel;
import nl.passendwijzer.content.regio.Sector;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/** The routing rules of DESIGN.md, over the whole regio-indeling and at the edges. */
class RouterTest {
    static final RegioIndeling INDELING = RegioIndeling.bundled();
    private final Router router = new Router(RegioTabel.of(INDELING));

    @Test
    void everyPc4AndEverySectorRoutesToTheLawTableCodeOrExplicitlyToTheLandelijkLoket() {
        List<RegioRegel> regels = INDELING.regels();
        assertThat(regels.size(), is(4046));
        int checked = 0;
        for (RegioRegel regel : regels) {
            Pc4 pc4 = new Pc4(regel.pc4());
            for (VraagSector sector : VraagSector.values()) {
                for (Optional<Integer> leeftijd : List.of(Optional.<Integer>empty(), Optional.of(4), Optional.of(11),
                                                          Optional.of(12), Optional.of(17))) {
                    RoutingBesluit besluit = router.route(input(sector, leeftijd, pc4));
                    Optional<String> expected = expectedSwv(regel, sector, leeftijd);
                    assertThat(regel.pc4() + " " + sector + " " + leeftijd, besluit.swvCode(), is(expected));
                    assertThat(besluit.regel(), is(sector == VraagSector.MBO ? RoutingRegel.MBO
                            : expected.isPresent() ? RoutingRegel.POSTCODE : RoutingRegel.POSTCODE_ZONDER_SWV));
                    assertThat(besluit.reden(), is(not("")));
                    assertThat(besluit.regioVersie(), is(INDELING.version()));
                    checked++;
                }
            }
        }
        assertThat(checked, is(4046 * 5 * 5));
    }

    private static Optional<String> expectedSwv(RegioRegel regel, VraagSector sector, Optional<Integer> leeftijd) {
        return switch (sector) {
            case MBO -> Optional.empty();
            case PO -> regel.swv(Sector.PO);
            case VO -> regel.swv(Sector.VO);
            case SO_VSO, WEET_NIET -> regel.swv(leeftijd.map(a -> a < 12 ? Sector.PO : Sector.VO).orElse(Sector.PO));
        };
    }

    @Test
    void amsterdamCentrumInPrimaryEducationGoesToPo2707() {
        RoutingBesluit besluit = router.route(input(VraagSector.PO, Optional.of(6), new Pc4("1011")));
        assertThat(besluit.swvCode(), is(Optional.of("PO2707")));
        assertThat(besluit.regel(), is(RoutingRegel.POSTCODE));
        assertThat(besluit.reden(), containsString("Amsterdam"));
        assertThat(besluit.alternatieven(), is(empty()));
    }

    @Test
    void unknownSectorAndAgeRoutesPoWithTheVoSwvAsAlternative() {
        RoutingBesluit besluit = router.route(input(VraagSector.WEET_NIET, Optional.empty(), new Pc4("1011")));
        assertThat(besluit.swvCode(), is(Optional.of("PO2707")));
        assertThat(besluit.alternatieven(), is(List.of("VO2708")));
        assertThat(besluit.reden(), containsString("leeftijd onbekend"));
    }

    @Test
    void specialEducationFollowsTheAge() {
        assertThat(router.route(input(VraagSector.SO_VSO, Optional.of(14), new Pc4("1011"))).swvCode(),
                   is(Optional.of("VO2708")));
        assertThat(router.route(input(VraagSector.SO_VSO, Optional.of(8), new Pc4("1011"))).swvCode(),
                   is(Optional.of("PO2707")));
    }

    @Test
    void mboGoesToTheLandelijkLoketWithAReasonWhateverTheSchoolOrPostcode() {
        RoutingBesluit besluit = router.route(new RoutingInput(VraagSector.MBO, Optional.of(19), new Pc4("1011"),
                                                               Optional.of(school("ZT0001", "vo", "VO2708")),
                                                               Optional.empty()));
        assertThat(besluit.landelijkLoket(), is(true));
        assertThat(besluit.regel(), is(RoutingRegel.MBO));
        assertThat(besluit.reden(), containsString("mbo"));
    }

    @Test
    void europoortPostcodesHaveNoSwvAndGoToTheLandelijkLoket() {
        for (String pc4 : List.of("3197", "3198", "3199")) {
            RoutingBesluit besluit = router.route(input(VraagSector.VO, Optional.of(13), new Pc4(pc4)));
            assertThat(besluit.landelijkLoket(), is(true));
            assertThat(besluit.regel(), is(RoutingRegel.POSTCODE_ZONDER_SWV));
            assertThat(besluit.reden(), containsString("landelijk loket"));
        }
    }

    @Test
    void aPc4MissingFromTheTableGoesToTheLandelijkLoket() {
        RoutingBesluit besluit = router.route(input(VraagSector.PO, Optional.empty(), new Pc4("1000")));
        assertThat(besluit.landelijkLoket(), is(true));
        assertThat(besluit.reden(), containsString("staat niet in de regio-indeling"));
    }

    @Test
    void aRegularSchoolInOneSwvWinsOverTheHomePostcodeWhichBecomesTheAlternative() {
        RoutingBesluit besluit = router.route(new RoutingInput(VraagSector.VO, Optional.of(13), new Pc4("1011"),
                                                               Optional.of(school("ZT0001", "vo", "VO2709")),
                                                               Optional.empty()));
        assertThat(besluit.swvCode(), is(Optional.of("VO2709")));
        assertThat(besluit.regel(), is(RoutingRegel.SCHOOL));
        assertThat(besluit.alternatieven(), is(List.of("VO2708")));
        assertThat(besluit.reden(), containsString("zorgplicht"));
    }

    @Test
    void theRegisteredAtSchoolComesBeforeTheCurrentSchool() {
        RoutingBesluit besluit = router.route(new RoutingInput(VraagSector.PO, Optional.of(7), new Pc4("1011"),
                                                               Optional.of(school("ZT0002", "bao", "PO2705")),
                                                               Optional.of(school("ZT0003", "bao", "PO2707"))));
        assertThat(besluit.swvCode(), is(Optional.of("PO2705")));
        assertThat(besluit.reden(), containsString("aangemelde school"));
    }

    @Test
    void specialSchoolsAndSchoolsInSeveralSwvsFallThroughToThePostcodeWithTheReasonKept() {
        RoutingBesluit vso = router.route(new RoutingInput(VraagSector.SO_VSO, Optional.of(15), new Pc4("1011"),
                                                           Optional.of(school("ZT0004", "vso", "VO2709")),
                                                           Optional.empty()));
        assertThat(vso.swvCode(), is(Optional.of("VO2708")));
        assertThat(vso.regel(), is(RoutingRegel.POSTCODE));
        assertThat(vso.reden(), containsString("speciaal onderwijs"));

        RoutingBesluit several = router.route(new RoutingInput(VraagSector.PO, Optional.of(7), new Pc4("1011"),
                                                               Optional.empty(),
                                                               Optional.of(school("ZT0005", "bao", "PO2705", "PO2707"))));
        assertThat(several.regel(), is(RoutingRegel.POSTCODE));
        assertThat(several.reden(), containsString("meer samenwerkingsverbanden"));
    }

    @Test
    void anUnknownSchoolIdFallsThroughToThePostcode() {
        RoutingBesluit besluit = router.route(new RoutingInput(VraagSector.PO, Optional.of(7), new Pc4("1011"),
                                                               Optional.of(new SchoolOpgave("99ZZ00", Optional.empty())),
                                                               Optional.empty()));
        assertThat(besluit.swvCode(), is(Optional.of("PO2707")));
        assertThat(besluit.reden(), containsString("niet in onze schoollijst"));
    }

    static RoutingInput input(VraagSector sector, Optional<Integer> leeftijd, Pc4 pc4) {
        return new RoutingInput(sector, leeftijd, pc4, Optional.empty(), Optional.empty());
    }

    static SchoolOpgave school(String id, String soort, String... swvs) {
        return new SchoolOpgave(id, Optional.of(new SchoolInfo(id, "School " + id, soort, List.of(swvs))));
    }
}
