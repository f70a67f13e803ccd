package id.kotacerdas.demo;

import java.util.Random;

/** Levels 1-4 drawn around a mean with a seeded random, as the demo's answers, scores and survey use them. */
final class DemoLevels {

    private DemoLevels() {}

    /** A random sequence that is the same on every database: the demo looks alike wherever it is created. */
    static Random seeded(long seed) {
        return new Random(seed);
    }

    static int around(double mean, double spread, Random random) {
        long level = Math.round(mean + random.nextGaussian() * spread);
        return (int) Math.max(1, Math.min(4, level));
    }
}
