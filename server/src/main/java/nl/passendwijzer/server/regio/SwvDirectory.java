package nl.passendwijzer.server.regio;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;

import nl.passendwijzer.content.regio.Pc4;
import nl.passendwijzer.content.regio.Sector;
import nl.passendwijzer.content.regio.SwvCode;
import nl.passendwijzer.server.regio.SwvViews.GeenSwvView;
import nl.passendwijzer.server.regio.SwvViews.InformatiepuntView;
import nl.passendwijzer.server.regio.SwvViews.PostcodeView;
import nl.passendwijzer.server.regio.SwvViews.SwvListItem;
import nl.passendwijzer.server.regio.SwvViews.SwvView;

/**
 * Answers "which samenwerkingsverband is responsible here" from the stored regio-indeling. It never guesses: a PC4 the
 * table does not assign to an SWV gets an explicit answer that points to the landelijk loket.
 */
public final class SwvDirectory {
    private final SwvRepository repository;
    private final LandelijkLoket landelijkLoket;

    public SwvDirectory(SwvRepository repository, LandelijkLoket landelijkLoket) {
        this.repository = repository;
        this.landelijkLoket = landelijkLoket;
    }

    /** The SWV code for a PC4 and sector, when the regio-indeling names one. */
    public Optional<String> swvCode(Pc4 pc4, Sector sector) {
        return repository.findPc4(pc4.value())
                .map(row -> sector == Sector.PO ? row.poSwvBron() : row.voSwvBron())
                .filter(SwvCode::isValid);
    }

    public PostcodeView forPostcode(Pc4 pc4) {
        Optional<SwvRepository.Pc4Regio> row = repository.findPc4(pc4.value());
        if (row.isEmpty()) {
            return new PostcodeView(pc4.value(), null, null, null, new GeenSwvView(
                    "pc4-niet-in-regio-indeling",
                    "Postcodegebied " + pc4.value() + " staat niet in de regio-indeling. Dat gebeurt bij postcodes "
                            + "voor postbussen en bij nieuwe postcodes. Uw vraag komt bij het landelijk loket.",
                    landelijkLoket), SwvViews.BRON);
        }
        SwvRepository.Pc4Regio regio = row.get();
        SwvView po = viewIfCode(regio.poSwvBron());
        SwvView vo = viewIfCode(regio.voSwvBron());
        GeenSwvView geen = po == null && vo == null
                ? new GeenSwvView("geen-swv-in-regio-indeling",
                                  "Voor postcodegebied " + pc4.value() + " wijst de regio-indeling geen "
                                          + "samenwerkingsverband aan (er staat '" + regio.poSwvBron() + "'). "
                                          + "Uw vraag komt bij het landelijk loket.",
                                  landelijkLoket)
                : null;
        return new PostcodeView(pc4.value(), regio.gemeente(), po, vo, geen, SwvViews.BRON);
    }

    public Optional<SwvView> find(String code) {
        return repository.find(code).map(this::view);
    }

    /** The name of every samenwerkingsverband by its code. */
    public Map<String, String> names() {
        return repository.all().stream().collect(Collectors.toUnmodifiableMap(SwvRepository.SwvRecord::code,
                                                                               SwvRepository.SwvRecord::naam));
    }

    public List<SwvListItem> list() {
        return repository.all().stream()
                .map(s -> new SwvListItem(s.code(), s.sector(), s.naam(), s.pc4Aantal(), s.informatiepunt().placeholder()))
                .toList();
    }

    private SwvView viewIfCode(String cell) {
        return SwvCode.isValid(cell) ? find(cell).orElse(null) : null;
    }

    private SwvView view(SwvRepository.SwvRecord swv) {
        return new SwvView(swv.code(), swv.sector(), swv.naam(), swv.naamAfgeleid(), repository.gemeenten(swv.code()),
                           swv.pc4Aantal(), swv.antwoordtermijnWerkdagen(),
                           InformatiepuntView.of(swv.informatiepunt()));
    }
}
