package nl.passendwijzer.server.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.passendwijzer.server.intake.Vraag;

/** Request and response bodies of the staff workspace (separate from stored records). */
public final class InboxViews {
    private InboxViews() {
    }

    public record TekstVerzoek(String tekst) {
    }

    public record ToewijzenVerzoek(Long medewerker, Boolean niemand) {
    }

    public record StatusVerzoek(String status) {
    }

    public record DoorsturenVerzoek(String swv, String reden) {
    }

    public record Toegewezen(Long id, String naam) {
    }

    public record Item(long id, String referentie, String status, String swv, String sector, String categorie,
                       boolean urgent, boolean thuiszitten, String ingediendOp, LocalDate antwoordVoor, boolean teLaat,
                       String eersteAntwoordOp, LocalDate zorgplichtBesluitVoor, Toegewezen toegewezen) {
        static Item of(InboxRepository.Item i, LocalDate today) {
            return new Item(i.id(), i.referentie(), i.status().code(), i.swv(), i.sector(), i.categorie(), i.urgent(),
                            i.thuiszitten(), i.ingediendOp().toString(), i.antwoordVoor(),
                            i.eersteAntwoordOp().isEmpty() && !i.status().afgesloten() && i.antwoordVoor().isBefore(today),
                            i.eersteAntwoordOp().map(Instant::toString).orElse(null),
                            i.zorgplichtBesluitVoor().orElse(null),
                            i.toegewezenAan().map(id -> new Toegewezen(id, i.toegewezenNaam().orElse(null))).orElse(null));
        }
    }

    public record Lijst(long totaal, int pagina, int per, List<Item> vragen) {
    }

    public record Contact(String naam, String email, String telefoon, String voorkeurskanaal) {
    }

    public record Routering(String regel, String reden, List<String> alternatieven, String regioVersie) {
    }

    public record Termijnen(LocalDate antwoordVoor, boolean teLaat, String eersteAntwoordOp,
                            LocalDate zorgplichtBesluitVoor, LocalDate zorgplichtUiterlijkVoor, List<Pauze> pauzes) {
    }

    public record Pauze(String van, String tot) {
    }

    public record Bericht(long id, String soort, boolean zichtbaarVoorVrager, String tekst, String auteur, String geplaatstOp) {
    }

    public record Audit(String actie, String actor, String detail, String op) {
    }

    public record Suggestie(String slug, String href) {
    }

    public record Detail(long id, String referentie, String status, String swv, String rol, String leeftijdsband,
                         Integer leeftijd, String sector, String pc4, String huidigeSchoolId, String aangemeldeSchoolId,
                         String categorie, String tekst, boolean urgent, boolean thuiszitten, LocalDate aanmelddatum,
                         String ingediendOp, Contact contact, Routering routering, Termijnen termijnen,
                         Toegewezen toegewezen, List<Bericht> berichten, List<Audit> audit, List<Suggestie> suggesties) {

        static Detail of(Inbox.Detail d, LocalDate today, String toegewezenNaam) {
            Vraag v = d.vraag();
            return new Detail(v.id(), v.referentie(), v.status().code(), v.swvCode().orElse(null), v.rol(),
                              v.leeftijdsband().orElse(null), v.leeftijd().orElse(null), v.sector(), v.pc4().orElse(null),
                              v.huidigeSchoolId().orElse(null), v.aangemeldeSchoolId().orElse(null), v.categorie(),
                              v.tekst().orElse(null), v.urgent(), v.thuiszitten(), v.aanmelddatum().orElse(null),
                              v.ingediendOp().toString(),
                              new Contact(v.naam().orElse(null), v.email().orElse(null), v.telefoon().orElse(null),
                                          v.voorkeurskanaal()),
                              new Routering(v.routering().regel(), v.routering().reden(), v.routering().alternatieven(),
                                            v.routering().regioVersie()),
                              new Termijnen(v.antwoordVoor(), v.eersteAntwoordOp().isEmpty() && !v.status().afgesloten()
                                      && v.antwoordVoor().isBefore(today),
                                            v.eersteAntwoordOp().map(Instant::toString).orElse(null),
                                            v.zorgplichtBesluitVoor().orElse(null), v.zorgplichtUiterlijkVoor().orElse(null),
                                            d.pauzes().stream().map(p -> new Pauze(p.gepauzeerdOp().toString(),
                                                    p.hervatOp().map(Instant::toString).orElse(null))).toList()),
                              d.toegewezenAan().map(id -> new Toegewezen(id, toegewezenNaam)).orElse(null),
                              d.berichten().stream().map(b -> new Bericht(b.id(), b.soort().code(),
                                      b.soort().zichtbaarVoorVrager(), b.tekst(), b.auteur().orElse(null),
                                      b.geplaatstOp().toString())).toList(),
                              d.audit().stream().map(a -> new Audit(a.actie(), a.actor(), a.detail().orElse(null),
                                      a.op().toString())).toList(),
                              v.suggesties().stream().map(s -> new Suggestie(s, "/api/rechten/" + s)).toList());
        }
    }

    public record Aangemaakt(long id) {
    }

    public record StatusAntwoord(String status) {
    }

    public record Sjabloon(String id, String swv, String titel, String tekst, String gewijzigdOp) {
        static Sjabloon of(SjabloonRepository.Sjabloon s) {
            return new Sjabloon(s.id(), s.swv(), s.titel(), s.tekst(), s.gewijzigdOp().toString());
        }
    }

    public record SjabloonVerzoek(String titel, String tekst) {
    }

    public record Instellingen(String swv, String naam, String email, String telefoon, String website,
                               String openingstijden, boolean placeholder, int antwoordtermijnWerkdagen) {
    }
}
