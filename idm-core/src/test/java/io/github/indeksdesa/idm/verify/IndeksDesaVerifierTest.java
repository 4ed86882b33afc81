// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.id.Dimension;
import io.github.indeksdesa.idm.id.IndeksDesaModel;
import io.github.indeksdesa.idm.id.IndeksDesaResult;
import io.github.indeksdesa.idm.id.IndeksDesaScores;
import io.github.indeksdesa.idm.id.Item;
import io.github.indeksdesa.idm.id.SkorId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class IndeksDesaVerifierTest {

    private static final IndeksDesaModel MODEL = IndeksDesaModel.official();
    private static final IndeksDesaVerifier VERIFIER = IndeksDesaVerifier.official();

    /** Scores each on its item's observed set, so a consistent row has no finding at all. */
    @Provide
    Arbitrary<int[]> observedVectors() {
        List<Arbitrary<Integer>> perItem = new ArrayList<>();
        for (Item item : MODEL.items()) {
            perItem.add(Arbitraries.of(item.observedScores()));
        }
        return Combinators.combine(perItem).as(list -> list.stream().mapToInt(Integer::intValue).toArray());
    }

    private static IndeksDesaResult result(int[] scores) {
        return IndeksDesaScores.of(MODEL, VillageCode.of("3301012001"), 2025, scores).evaluate();
    }

    private static String checks(List<Finding> findings) {
        return findings.stream().map(f -> f.check() + " " + f.field() + " " + f.published() + "→" + f.expected()
                + (f.statusChanged() ? " !" : "")).collect(Collectors.joining("; "));
    }

    @Property(tries = 200)
    void publishedAsComputedHasNoFinding(@ForAll("observedVectors") int[] scores) {
        assertEquals(List.of(), VERIFIER.verify(PublishedIndeksDesaRow.of(result(scores), "t.csv", "line 2")));
    }

    @Property(tries = 100)
    void aChangedStatusIsFoundAndMarked(@ForAll("observedVectors") int[] scores) {
        IndeksDesaResult r = result(scores);
        String other = r.status() == Status.MANDIRI ? "MAJU" : "MANDIRI";
        PublishedIndeksDesaRow row = PublishedIndeksDesaRow.builder("t.csv", "line 2", "3301012001", 2025)
                .itemScores(cells(scores)).status(other).build();
        assertEquals("STATUS_NOT_MATCHING_SCORE status_id " + other + "→" + r.status().officialName() + " !",
                checks(VERIFIER.verify(row)));
    }

    private static List<String> cells(int[] scores) {
        return Arrays.stream(scores).mapToObj(Integer::toString).collect(Collectors.toList());
    }

    /** 438 points, every score observed for its item: items raised from 1 to 5, one to 4. */
    private static int[] vector438() {
        int[] scores = new int[127];
        Arrays.fill(scores, 1);
        int four = 0;
        for (int i = 0; i < 127; i++) {
            if (MODEL.items().get(i).isObserved(4)) {
                four = i;
            }
        }
        int left = 438 - 127;
        for (int i = 0; i < 127 && left >= 4; i++) {
            if (i != four) {
                scores[i] = 5;
                left -= 4;
            }
        }
        scores[four] += left;
        return scores;
    }

    @Example
    void eachCheckOnADimensionTable() {
        // Skor 68.98 = 438 points, BERKEMBANG; sums that add to 438 within their ranges.
        PublishedIndeksDesaRow ok = PublishedIndeksDesaRow.builder("dash.csv", "line 5", "3301012001", 2025)
                .dimension(Dimension.LD, "120").dimension(Dimension.SO, "60").dimension(Dimension.EK, "110")
                .dimension(Dimension.LI, "60").dimension(Dimension.AK, "38").dimension(Dimension.TK, "50")
                .skorId("68.98").status("BERKEMBANG").build();
        assertEquals("", checks(VERIFIER.verify(ok)));
        PublishedIndeksDesaRow bad = PublishedIndeksDesaRow.builder("dash.csv", "line 6", "33010120", 2025)
                .dimension(Dimension.LD, "171").dimension(Dimension.SO, "60").dimension(Dimension.EK, "x")
                .dimension(Dimension.LI, "60").dimension(Dimension.AK, "38").dimension(Dimension.TK, "")
                .skorId("68.97").status("Desa Maju").build();
        assertEquals("MALFORMED_CODE kode_desa 33010120→10 digits; DIMENSION_OUT_OF_RANGE LD 171→34..170; "
                + "NOT_A_NUMBER EK x→a whole number; MISSING_VALUE TK →a whole number; "
                + "SKOR_ID_OFF_GRID skor_id 68.97→100·P/635 to 2 decimals, P = 127..635", checks(VERIFIER.verify(bad)));
        PublishedIndeksDesaRow wrongScore = PublishedIndeksDesaRow.builder("dash.csv", "line 7", "3301012001", 2025)
                .dimension(Dimension.LD, "120").dimension(Dimension.SO, "60").dimension(Dimension.EK, "110")
                .dimension(Dimension.LI, "60").dimension(Dimension.AK, "38").dimension(Dimension.TK, "50")
                .skorId("69.45").status("MAJU").build();
        assertEquals("SKOR_ID_MISMATCH skor_id 69.45→68.98 !; STATUS_NOT_MATCHING_SCORE status_id MAJU→BERKEMBANG !",
                checks(VERIFIER.verify(wrongScore)));
        PublishedIndeksDesaRow onlyScore = PublishedIndeksDesaRow.builder("dash.csv", "line 8", "3301012001", 2025)
                .skorId("69.45").status("BERKEMBANG").build();
        assertEquals("STATUS_NOT_MATCHING_SCORE status_id BERKEMBANG→MAJU !", checks(VERIFIER.verify(onlyScore)));
        PublishedIndeksDesaRow unknown = PublishedIndeksDesaRow.builder("dash.csv", "line 9", "3301012001", 2025)
                .skorId("").status("SEDANG").build();
        assertEquals("MISSING_VALUE skor_id →a score such as 68.98; UNKNOWN_STATUS status_id SEDANG→one of SANGAT "
                + "TERTINGGAL, TERTINGGAL, BERKEMBANG, MAJU, MANDIRI", checks(VERIFIER.verify(unknown)));
    }

    @Example
    void eachCheckOnItemScores() {
        int[] scores = vector438();
        IndeksDesaResult r = result(scores);
        List<String> cells = cells(scores);
        Item onlyOneOrFive = MODEL.items().stream().filter(i -> i.observedScores().equals(List.of(1, 5)))
                .reduce((a, b) -> b).orElseThrow();
        int position = MODEL.position(onlyOneOrFive);
        List<String> unobserved = new ArrayList<>(cells);
        unobserved.set(position, "3");
        PublishedIndeksDesaRow.Builder b = PublishedIndeksDesaRow.builder("skor.csv", "line 3", "3301012001", 2025)
                .itemScores(unobserved);
        r.dimensionPoints().forEach((d, p) -> b.dimension(d, Integer.toString(p)));
        Dimension d = onlyOneOrFive.dimension();
        assertEquals("SCORE_UNOBSERVED " + onlyOneOrFive.code() + " 3→one of [1, 5]; POINTS_MISMATCH " + d + " "
                + r.points(d) + "→" + (r.points(d) + 3 - scores[position]) + "; SKOR_ID_MISMATCH skor_id 68.98→"
                + "69.29", checks(VERIFIER.verify(b.skorId("68.98").build())).replace("69.29",
                        expectedSkor(438 + 3 - scores[position])));
        List<String> outOfRange = new ArrayList<>(cells);
        outOfRange.set(0, "0");
        outOfRange.set(1, "");
        outOfRange.set(2, "5.0");
        PublishedIndeksDesaRow row = PublishedIndeksDesaRow.builder("skor.csv", "line 4", "3301012001", 2025)
                .itemScores(outOfRange).status("BERKEMBANG").build();
        assertEquals("SCORE_OUT_OF_RANGE LD01 0→1..5; MISSING_VALUE LD02 →a whole number; NOT_A_NUMBER LD03 5.0→a "
                + "whole number", checks(VERIFIER.verify(row)));
        assertThrows(IllegalArgumentException.class, () -> VERIFIER.verify(PublishedIndeksDesaRow
                .builder("s", "l", "3301012001", 2025).itemScores(List.of("1", "2")).build()));
        assertEquals(438, r.points());
    }

    private static String expectedSkor(int points) {
        return SkorId.of(points).toPublishedString();
    }
}
