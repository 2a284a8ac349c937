package org.sunlight.catalog.demo;

/** Splitting a whole number by weights so that the parts add up exactly (largest remainder method). */
final class Allocation {

    private Allocation() {
    }

    /**
     * Parts of {@code total} proportional to {@code weights}, summing to exactly {@code total}: each part
     * is rounded down, and the units left over go to the largest remainders (ties: the earlier index).
     */
    static int[] largestRemainder(int total, double[] weights) {
        double sum = 0;
        for (double w : weights) {
            if (w < 0) {
                throw new IllegalArgumentException("negative weight");
            }
            sum += w;
        }
        int[] parts = new int[weights.length];
        if (total == 0) {
            return parts;
        }
        if (sum == 0) {
            throw new IllegalArgumentException("no weight to share " + total + " by");
        }
        double[] remainders = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            parts[i] = (int) Math.floor(exact);
            remainders[i] = exact - parts[i];
            given += parts[i];
        }
        for (int left = total - given; left > 0; left--) {
            int best = -1;
            for (int i = 0; i < weights.length; i++) {
                if (weights[i] > 0 && (best < 0 || remainders[i] > remainders[best])) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = -1;
        }
        return parts;
    }
}
