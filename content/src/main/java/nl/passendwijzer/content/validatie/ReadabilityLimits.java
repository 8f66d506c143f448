package nl.passendwijzer.content.validatie;

import nl.passendwijzer.content.rechten.Doelgroep;

/** The writing brief's limits per audience: average sentence length and body length in words. */
record ReadabilityLimits(double maxAverageSentenceLength, int minWords, int maxWords) {

    static ReadabilityLimits of(Doelgroep doelgroep) {
        return switch (doelgroep) {
            case OUDERS -> new ReadabilityLimits(15, 250, 600);
            case JONGEREN -> new ReadabilityLimits(10, 150, 350);
        };
    }
}
