package nl.passendwijzer.server.scholen;

import java.util.List;
import java.util.Optional;

import nl.passendwijzer.content.vocabulaire.Vocabulaire;
import nl.passendwijzer.content.vocabulaire.VocabulaireTerm;
import nl.passendwijzer.server.regio.SwvDirectory;
import nl.passendwijzer.server.scholen.SchoolRepository.DocumentRecord;
import nl.passendwijzer.server.scholen.SchoolRepository.ProfielRecord;
import nl.passendwijzer.server.scholen.SchoolRepository.SchoolRecord;
import nl.passendwijzer.server.scholen.SchoolRepository.SectieRecord;
import nl.passendwijzer.server.scholen.SchoolViews.DocumentLink;
import nl.passendwijzer.server.scholen.SchoolViews.GebiedView;
import nl.passendwijzer.server.scholen.SchoolViews.GidsView;
import nl.passendwijzer.server.scholen.SchoolViews.SchoolSwv;
import nl.passendwijzer.server.scholen.SchoolViews.SchoolView;
import nl.passendwijzer.server.scholen.SchoolViews.SectieView;
import nl.passendwijzer.server.scholen.SchoolViews.SopView;
import nl.passendwijzer.server.scholen.SchoolViews.TermLabel;

/** Builds the plain-language view of a school from the database and the vocabulary. */
public final class SchoolViewFactory {
    private final SchoolRepository repository;
    private final Vocabulaire vocabulaire;
    private final SwvDirectory swvDirectory;

    public SchoolViewFactory(SchoolRepository repository, Vocabulaire vocabulaire, SwvDirectory swvDirectory) {
        this.repository = repository;
        this.vocabulaire = vocabulaire;
        this.swvDirectory = swvDirectory;
    }

    public Optional<SchoolView> view(String id) {
        return repository.find(id).map(this::view);
    }

    private SchoolView view(SchoolRecord s) {
        List<SchoolSwv> swvs = repository.swvCodes(s.id()).stream()
                .map(swvDirectory::find).flatMap(Optional::stream)
                .map(v -> new SchoolSwv(v.code(), v.naam(), v.informatiepunt()))
                .toList();
        return new SchoolView(s.id(), s.naam(), s.soort(), soortLabel(s.soort(), s.niveaus()), s.niveaus(),
                              s.denominatie(), s.straat(), s.postcode(), s.plaats(), s.gemeente(), s.lat().orElse(null),
                              s.lon().orElse(null), s.website().orElse(null), s.fictief(),
                              s.fictief() ? SchoolViews.FICTIEF_MELDING : null, swvs,
                              repository.newestProfiel(s.id()).map(this::sop).orElse(null),
                              repository.newestDocument(s.id(), "schoolgids").map(this::gids).orElse(null));
    }

    private SopView sop(ProfielRecord p) {
        DocumentLink document = repository.document(p.documentId()).map(SchoolViewFactory::link).orElse(null);
        return new SopView(p.schooljaar(), p.vastgesteldOp().toString(), p.mrAdvies(), labels(p.basisondersteuning()),
                           p.gebieden().stream().map(this::gebied).toList(), labels(p.voorzieningen()),
                           labels(p.teamrollen()), p.grenzen(), document);
    }

    private GidsView gids(DocumentRecord d) {
        DocumentLink link = link(d);
        return new GidsView(d.schooljaar(), link,
                            repository.secties(d.id()).stream().map(s -> sectie(link, s)).toList());
    }

    private GebiedView gebied(ScholenLoader.StoredGebied g) {
        Optional<VocabulaireTerm> term = vocabulaire.byId(g.gebied());
        return new GebiedView(g.gebied(), term.map(VocabulaireTerm::labelOuders).orElse(g.gebied()),
                              term.map(VocabulaireTerm::uitleg).orElse(null), g.niveau(), g.notitie());
    }

    private List<TermLabel> labels(List<String> ids) {
        return ids.stream().map(id -> vocabulaire.byId(id)
                        .map(t -> new TermLabel(id, t.labelOuders(), t.uitleg()))
                        .orElse(new TermLabel(id, id, null)))
                .toList();
    }

    static DocumentLink link(DocumentRecord d) {
        return new DocumentLink(d.id(), d.formaat(), "/api/documenten/" + d.id());
    }

    static SectieView sectie(DocumentLink document, SectieRecord s) {
        String fragment = s.pagina().map(p -> "#page=" + p).or(() -> s.anker().map(a -> "#" + a)).orElse("");
        return new SectieView(s.kopPad(), s.tekst(), s.pagina().orElse(null), s.anker().orElse(null),
                              document.url() + fragment);
    }

    static String soortLabel(String soort, List<String> niveaus) {
        return switch (soort) {
            case "bao" -> "Basisschool";
            case "sbo" -> "Speciaal basisonderwijs (sbo)";
            case "so" -> "Speciaal onderwijs (so)";
            case "vso" -> "Voortgezet speciaal onderwijs (vso)";
            default -> niveaus.isEmpty() ? "Voortgezet onderwijs"
                    : "Voortgezet onderwijs (" + String.join(", ", niveaus) + ")";
        };
    }
}
