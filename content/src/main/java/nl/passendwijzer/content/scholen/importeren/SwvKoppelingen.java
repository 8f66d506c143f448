package nl.passendwijzer.content.scholen.importeren;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.passendwijzer.content.scholen.School;

/** Attaches samenwerkingsverbanden to school sites. */
public final class SwvKoppelingen {
    private SwvKoppelingen() {
    }

    /**
     * Each site gets the samenwerkingsverbanden linked to it; a regular site with exactly one gets it as its
     * {@code swvCode}, special schools keep only the list. Sites without a link are kept as they are, and links to
     * unknown sites are reported as skipped.
     */
    public static ImportResult<School> koppel(ImportResult<School> scholen, ImportResult<SwvKoppeling> koppelingen) {
        Map<String, List<String>> perSchool = koppelingen.records().stream().collect(Collectors.groupingBy(
                SwvKoppeling::schoolId, Collectors.mapping(SwvKoppeling::swvCode, Collectors.toList())));
        ImportResult.Builder<School> extra = new ImportResult.Builder<>("koppeling scholen-samenwerkingsverbanden");
        List<School> gekoppeld = new ArrayList<>();
        for (School school : scholen.records()) {
            List<String> codes = perSchool.remove(school.id());
            gekoppeld.add(codes == null ? school : school.metSwvs(codes));
        }
        perSchool.keySet().stream().sorted()
                .forEach(id -> extra.skip(0, "koppeling voor onbekende vestiging " + id));
        ImportReport report = scholen.report().plus(koppelingen.report());
        ImportReport koppelReport = extra.build().report();
        return new ImportResult<>(gekoppeld, new ImportReport(report.bron(), gekoppeld.size(),
                concat(report.overgeslagen(), koppelReport.overgeslagen()), report.mislukt()));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
