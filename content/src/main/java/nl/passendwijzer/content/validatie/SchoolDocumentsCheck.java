package nl.passendwijzer.content.validatie;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.passendwijzer.content.scholen.DocumentKind;
import nl.passendwijzer.content.scholen.GebiedNiveau;
import nl.passendwijzer.content.scholen.School;
import nl.passendwijzer.content.scholen.SchoolDocument;
import nl.passendwijzer.content.scholen.SopFacetten;
import nl.passendwijzer.content.vocabulaire.Groep;
import nl.passendwijzer.content.vocabulaire.Vocabulaire;
import nl.passendwijzer.content.vocabulaire.VocabulaireTerm;

/**
 * Schools and their documents: every school has an SOP and a schoolgids, every SOP facet is a vocabulary id of
 * the right group, and every SOP says what the school cannot offer (grenzen).
 */
public final class SchoolDocumentsCheck implements ContentCheck {
    private final List<School> schools;
    private final List<SchoolDocument> documents;

    public SchoolDocumentsCheck(List<School> schools, List<SchoolDocument> documents) {
        this.schools = List.copyOf(schools);
        this.documents = List.copyOf(documents);
    }

    @Override
    public List<Finding> check(ContentSnapshot content) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Set<DocumentKind>> kinds = documents.stream().collect(Collectors.groupingBy(
                SchoolDocument::schoolId, Collectors.mapping(SchoolDocument::kind,
                                                            Collectors.toCollection(() -> EnumSet.noneOf(DocumentKind.class)))));
        for (School school : schools) {
            Set<DocumentKind> present = kinds.getOrDefault(school.id(), Set.of());
            for (DocumentKind kind : DocumentKind.values()) {
                if (!present.contains(kind)) {
                    findings.add(Finding.error("school " + school.id(), "heeft geen " + kind.name().toLowerCase()));
                }
            }
        }
        content.vocabulaire().ifPresent(vocabulaire -> documents.forEach(d -> d.facetten()
                .ifPresent(f -> checkFacets(d, f, vocabulaire, findings))));
        return findings;
    }

    private static void checkFacets(SchoolDocument d, SopFacetten f, Vocabulaire vocabulaire, List<Finding> findings) {
        String file = d.bronPad();
        checkIds(file, "basisondersteuning", f.basisondersteuning(), Groep.BASISONDERSTEUNING, vocabulaire, findings);
        checkIds(file, "gebied", f.gebieden().stream().map(GebiedNiveau::gebied).toList(), Groep.GEBIED, vocabulaire,
                 findings);
        checkIds(file, "voorziening", f.voorzieningen(), Groep.VOORZIENING, vocabulaire, findings);
        checkIds(file, "teamrol", f.teamrollen(), Groep.ROL, vocabulaire, findings);
        if (f.grenzen().isEmpty()) {
            findings.add(Finding.error(file, "het profiel zegt niet wat de school niet kan bieden (grenzen ontbreken)"));
        }
    }

    private static void checkIds(String file, String what, List<String> ids, Groep groep, Vocabulaire vocabulaire,
                                 List<Finding> findings) {
        Map<String, VocabulaireTerm> known = vocabulaire.byGroep(groep).stream()
                .collect(Collectors.toMap(VocabulaireTerm::id, Function.identity()));
        ids.stream().filter(id -> !known.containsKey(id))
                .forEach(id -> findings.add(Finding.error(file, what + " '" + id + "' staat niet in de woordenlijst")));
    }
}
