package nl.passendwijzer.search;

import nl.passendwijzer.search.analysis.DutchAnalysis;

/**
 * The version of analysis and schema an index was built with, stored in its commit user data. It changes with the
 * analysis chain, the Lucene version, the shipped word lists or the schema; opening an index built with another
 * version asks for a rebuild.
 */
public final class AnalyzerVersion {
    private AnalyzerVersion() {
    }

    /** The version of this build. */
    public static String current() {
        return Holder.VERSION;
    }

    static String of(DutchAnalysis analysis) {
        return analysis.version() + "/" + IndexSchema.REVISION;
    }

    private static final class Holder {
        private static final String VERSION =
                of(new DutchAnalysis(nl.passendwijzer.search.analysis.DutchWordLists.load()));
    }
}
