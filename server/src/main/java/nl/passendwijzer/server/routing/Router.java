package nl.passendwijzer.server.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.passendwijzer.content.regio.RegioRegel;
import nl.passendwijzer.content.regio.Sector;
import nl.passendwijzer.content.regio.SwvCode;

/**
 * Decides which samenwerkingsverband owns a question (DESIGN.md "Routing a question"). Pure: no database, no clock;
 * the same input and table give the same decision, and every input gives a decision.
 * <ol>
 *     <li>mbo: no SWV, the landelijk loket;</li>
 *     <li>a known school (registered-at first, then current) in exactly one SWV: that SWV, because its board carries
 *     the zorgplicht (seed 004 L776, L784); so/vso schools and schools in several SWVs fall through;</li>
 *     <li>home PC4 + sector; so-vso and "weet niet" take the sector from the age (under 12: PO, else VO); without an
 *     age PO, with the VO SWV as alternative;</li>
 *     <li>a PC4 the regio-indeling gives no SWV for (3197-3199 "Europoort", or absent): landelijk loket.</li>
 * </ol>
 */
public final class Router {
    /** Pupils under this age are taken to be in primary education when the sector is not given. */
    public static final int LEEFTIJD_VO = 12;

    private final RegioTabel regio;

    public Router(RegioTabel regio) {
        this.regio = regio;
    }

    public RoutingBesluit route(RoutingInput input) {
        if (input.sector() == VraagSector.MBO) {
            return new RoutingBesluit(Optional.empty(), RoutingRegel.MBO,
                                      "Vragen over het mbo vallen niet onder een samenwerkingsverband passend onderwijs "
                                              + "(die zijn er alleen voor po en vo). Het landelijk loket beantwoordt ze.",
                                      List.of(), regio.versie());
        }
        List<String> schoolNotes = new ArrayList<>();
        Optional<RoutingBesluit> bySchool = input.aangemeldeSchool()
                .flatMap(school -> bySchool(school, "aangemelde school", input, schoolNotes))
                .or(() -> input.huidigeSchool().flatMap(school -> bySchool(school, "huidige school", input, schoolNotes)));
        if (bySchool.isPresent()) {
            return bySchool.get();
        }
        return byPostcode(input, schoolNotes);
    }

    private Optional<RoutingBesluit> bySchool(SchoolOpgave opgave, String rol, RoutingInput input, List<String> notes) {
        if (opgave.info().isEmpty()) {
            notes.add("De " + rol + " (" + opgave.id() + ") staat niet in onze schoollijst.");
            return Optional.empty();
        }
        SchoolInfo school = opgave.info().get();
        List<String> codes = school.swvCodes().stream().filter(SwvCode::isValid).distinct().toList();
        if (school.speciaal()) {
            notes.add("De " + rol + " is een school voor speciaal onderwijs en werkt voor meer samenwerkingsverbanden.");
            return Optional.empty();
        }
        if (codes.size() != 1) {
            notes.add(codes.isEmpty()
                              ? "Van de " + rol + " is het samenwerkingsverband niet bekend."
                              : "De " + rol + " hoort bij meer samenwerkingsverbanden.");
            return Optional.empty();
        }
        String code = codes.getFirst();
        List<String> alternatives = new ArrayList<>();
        SwvCode.sectorOf(code)
                .flatMap(sector -> regio.find(input.pc4()).flatMap(regel -> regel.swv(sector)))
                .filter(home -> !home.equals(code))
                .ifPresent(alternatives::add);
        String reden = "De " + rol + " " + school.naam() + " hoort bij samenwerkingsverband " + code
                + ". Het bestuur van die school heeft de zorgplicht, daarom gaat uw vraag daarheen."
                + (alternatives.isEmpty() ? "" : " Bij uw woonadres hoort " + alternatives.getFirst() + ".");
        return Optional.of(new RoutingBesluit(Optional.of(code), RoutingRegel.SCHOOL, reden, alternatives, regio.versie()));
    }

    private RoutingBesluit byPostcode(RoutingInput input, List<String> notes) {
        String prefix = notes.isEmpty() ? "" : String.join(" ", notes) + " ";
        String pc4 = input.pc4().value();
        Optional<RegioRegel> regel = regio.find(input.pc4());
        if (regel.isEmpty()) {
            return new RoutingBesluit(Optional.empty(), RoutingRegel.POSTCODE_ZONDER_SWV,
                                      prefix + "Postcodegebied " + pc4 + " staat niet in de regio-indeling (bijvoorbeeld "
                                              + "een postbusnummer of een nieuwe postcode). Het landelijk loket "
                                              + "beantwoordt uw vraag.",
                                      List.of(), regio.versie());
        }
        SectorKeuze keuze = sector(input);
        Optional<String> code = regel.get().swv(keuze.sector());
        if (code.isEmpty()) {
            return new RoutingBesluit(Optional.empty(), RoutingRegel.POSTCODE_ZONDER_SWV,
                                      prefix + "Voor postcodegebied " + pc4 + " wijst de regio-indeling geen "
                                              + "samenwerkingsverband " + keuze.sector().name() + " aan. Het landelijk "
                                              + "loket beantwoordt uw vraag.",
                                      List.of(), regio.versie());
        }
        List<String> alternatives = new ArrayList<>();
        if (keuze.alternatief()) {
            regel.get().swv(Sector.VO).ifPresent(alternatives::add);
        }
        String reden = prefix + "Bij postcodegebied " + pc4 + " (" + regel.get().gemeente() + ") hoort voor "
                + keuze.uitleg() + " samenwerkingsverband " + code.get() + "."
                + (alternatives.isEmpty() ? "" : " Gaat het om voortgezet onderwijs, dan is dat " + alternatives.getFirst() + ".");
        return new RoutingBesluit(code, RoutingRegel.POSTCODE, reden, alternatives, regio.versie());
    }

    private record SectorKeuze(Sector sector, String uitleg, boolean alternatief) {
    }

    private static SectorKeuze sector(RoutingInput input) {
        return switch (input.sector()) {
            case PO -> new SectorKeuze(Sector.PO, "het basisonderwijs", false);
            case VO -> new SectorKeuze(Sector.VO, "het voortgezet onderwijs", false);
            case SO_VSO, WEET_NIET, MBO -> input.leeftijd()
                    .map(age -> age < LEEFTIJD_VO
                            ? new SectorKeuze(Sector.PO, "een kind van " + age + " (basisonderwijs)", false)
                            : new SectorKeuze(Sector.VO, "een jongere van " + age + " (voortgezet onderwijs)", false))
                    .orElse(new SectorKeuze(Sector.PO, "het basisonderwijs (leeftijd onbekend)", true));
        };
    }
}
