package nl.passendwijzer.search;

/**
 * How a distance reads for parents: "1,2 km hemelsbreed", one decimal with a Dutch comma, labelled as straight-line.
 * Written by hand because {@code String.format} parsed its pattern for every hit of every answer.
 */
public final class DistanceLabel {
    private DistanceLabel() {
    }

    /** @param km a distance in kilometres, not negative */
    public static String of(double km) {
        long tenths = Math.round(km * 10);
        return (tenths / 10) + "," + (tenths % 10) + " km hemelsbreed";
    }
}
