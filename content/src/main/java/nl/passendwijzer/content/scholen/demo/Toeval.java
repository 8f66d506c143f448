package nl.passendwijzer.content.scholen.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Seeded choices for the generator: the same seed always gives the same choices in the same order. */
final class Toeval {
    private final Random random;

    Toeval(long seed) {
        this.random = new Random(seed);
    }

    /** A child source for one school, so one school's text does not shift when another's changes. */
    Toeval kind(long salt) {
        return new Toeval(random.nextLong() ^ (salt * 0x9E3779B97F4A7C15L));
    }

    @SafeVarargs
    final <T> T kies(T... opties) {
        return opties[random.nextInt(opties.length)];
    }

    <T> T kies(List<T> opties) {
        return opties.get(random.nextInt(opties.size()));
    }

    /** Up to {@code n} different elements, in random order. */
    <T> List<T> enkele(List<T> opties, int n) {
        List<T> copy = new ArrayList<>(opties);
        Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(n, copy.size()));
    }

    boolean kans(double p) {
        return random.nextDouble() < p;
    }

    int tussen(int min, int maxInclusief) {
        return min + random.nextInt(maxInclusief - min + 1);
    }

    double getal() {
        return random.nextDouble();
    }
}
