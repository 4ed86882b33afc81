// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/** Classification on the whole N/6300 grid of the official model. */
@StatisticsReport(onFailureOnly = true)
class StatusGridPropertiesTest {

    /** Every official IDM is N / GRID. */
    static final int GRID = 6300;
    /** The last N of each status but MANDIRI (§4), and the first N of the next one. */
    static final int LAST_SANGAT_TERTINGGAL = 3091;
    static final int FIRST_TERTINGGAL = 3092;
    static final int LAST_TERTINGGAL = 3773;
    static final int FIRST_BERKEMBANG = 3774;
    static final int LAST_BERKEMBANG = 4455;
    static final int FIRST_MAJU = 4456;
    static final int LAST_MAJU = 5137;
    static final int FIRST_MANDIRI = 5138;

    /** The official thresholds as plain decimals, the reference the classifier is checked against. */
    private static final List<BigDecimal> REFERENCE_UPPER_BOUNDS = List.of(
            new BigDecimal("0.4907"), new BigDecimal("0.5989"), new BigDecimal("0.7072"), new BigDecimal("0.8155"));

    private static final StatusThresholds OFFICIAL = StatusThresholds.official();

    /** The status of n/6300 by plain BigDecimal arithmetic: the number of bounds n/6300 exceeds. */
    static Status reference(BigDecimal idm) {
        int above = 0;
        for (BigDecimal bound : REFERENCE_UPPER_BOUNDS) {
            if (idm.compareTo(bound) > 0) {
                above++;
            }
        }
        return Status.values()[above];
    }

    @Property(tries = GRID + 1, generation = GenerationMode.EXHAUSTIVE)
    void everyGridValueHasExactlyOneStatusAndMatchesTheReference(@ForAll @IntRange(min = 0, max = GRID) int n) {
        Fraction idm = Fraction.of(n, GRID);
        int holding = 0;
        for (Status status : Status.values()) {
            boolean aboveLower = status.lowerBound().map(b -> idm.compareTo(b) > 0).orElse(true);
            boolean atMostUpper = status.upperBound().map(b -> idm.compareTo(b) <= 0).orElse(true);
            if (aboveLower && atMostUpper) {
                holding++;
            }
        }
        assertEquals(1, holding, "statuses holding " + n + "/" + GRID);

        Status classified = OFFICIAL.classify(idm);
        // n/6300 rarely terminates as a decimal, so the reference compares n with bound·6300.
        int above = 0;
        for (BigDecimal bound : REFERENCE_UPPER_BOUNDS) {
            if (BigDecimal.valueOf(n).compareTo(bound.multiply(BigDecimal.valueOf(GRID))) > 0) {
                above++;
            }
        }
        assertEquals(Status.values()[above], classified, n + "/" + GRID);
        assertEquals(classified, Status.of(idm));
        // §4: the grid never lands between a threshold and its 4-dp rounding.
        BigDecimal display = BigDecimal.valueOf(n).divide(BigDecimal.valueOf(GRID), 4, RoundingMode.HALF_UP);
        assertEquals(reference(display), classified, n + "/" + GRID + " displayed as " + display);
        Statistics.label("status").collect(classified);
        Statistics.label("status").coverage(coverage -> {
            for (Status status : Status.values()) {
                coverage.check(status).count(c -> c > 0);
            }
        });
    }

    @Example
    void edgePairsClassifyAsTheSpecSays() {
        assertEdge(LAST_SANGAT_TERTINGGAL, Status.SANGAT_TERTINGGAL, FIRST_TERTINGGAL, Status.TERTINGGAL);
        assertEdge(LAST_TERTINGGAL, Status.TERTINGGAL, FIRST_BERKEMBANG, Status.BERKEMBANG);
        assertEdge(LAST_BERKEMBANG, Status.BERKEMBANG, FIRST_MAJU, Status.MAJU);
        assertEdge(LAST_MAJU, Status.MAJU, FIRST_MANDIRI, Status.MANDIRI);
    }

    private static void assertEdge(int last, Status lower, int first, Status upper) {
        assertEquals(last + 1, first);
        assertEquals(lower, Status.of(Fraction.of(last, GRID)), last + "/" + GRID);
        assertEquals(upper, Status.of(Fraction.of(first, GRID)), first + "/" + GRID);
        assertEquals(first, IdmModel.official().lowestGridNumerator(upper));
    }

    @Example
    void minimumScoreIsTheDisplayOfTheFirstGridValueOfTheStatus() {
        IdmModel model = IdmModel.official();
        for (Status status : Status.values()) {
            if (status != Status.SANGAT_TERTINGGAL) {
                Fraction first = Fraction.of(model.lowestGridNumerator(status), GRID);
                assertEquals(OFFICIAL.minimumScore(status), first.toBigDecimal(), status.name());
                // One grid unit below is still the status beneath.
                assertEquals(Status.values()[status.ordinal() - 1],
                        Status.of(first.minus(Fraction.of(1, GRID))), status.name());
            }
        }
    }

    @Example
    void edgeOfTertinggalDisplaysAsTheThresholdYetStaysTertinggal() {
        // §4: 3773/6300 = 0.598889 displays as "0.5989" and is TERTINGGAL; 3774/6300 = 0.599048.
        assertEquals("0.5989", Fraction.of(LAST_TERTINGGAL, GRID).toBigDecimal().toPlainString());
        assertEquals("0.5990", Fraction.of(FIRST_BERKEMBANG, GRID).toBigDecimal().toPlainString());
        assertEquals(Status.TERTINGGAL, Status.of(Fraction.of(LAST_TERTINGGAL, GRID)));
    }

    @Example
    void thresholdValuesThemselvesBelongToTheLowerStatus() {
        assertEquals(Status.SANGAT_TERTINGGAL, Status.of(Fraction.parse("0.4907")));
        assertEquals(Status.TERTINGGAL, Status.of(Fraction.parse("0.5989")));
        assertEquals(Status.BERKEMBANG, Status.of(Fraction.parse("0.7072")));
        assertEquals(Status.MAJU, Status.of(Fraction.parse("0.8155")));
        assertEquals(Status.MANDIRI, Status.of(Fraction.parse("0.81550001")));
        // The 2015 handbook's 3-dp cut-offs are not the rule: 0.707143 is BERKEMBANG.
        assertEquals(Status.BERKEMBANG, Status.of(Fraction.of(LAST_BERKEMBANG, GRID)));
    }
}
