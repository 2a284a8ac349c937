package org.sunlight.catalog.demo;

/**
 * A law, regulation or rule the demo items are based on: its title as cited (with 《》), the word it
 * uses for itself in '违反本…规定' and the authority its penalty articles name.
 */
record Law(String title, String self, String enforcer) {

    static Law of(String title, String self, String enforcer) {
        return new Law(title, self, enforcer);
    }
}
