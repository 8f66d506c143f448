package nl.passendwijzer.server.zoeken;

import java.util.Optional;

import nl.passendwijzer.server.scholen.SchoolRepository;

/** The name of a hit's school, for section results. */
final class SchoolNames {
    private final SchoolRepository schools;

    SchoolNames(SchoolRepository schools) {
        this.schools = schools;
    }

    Optional<String> name(String schoolId) {
        return schools.find(schoolId).map(SchoolRepository.SchoolRecord::naam);
    }
}
