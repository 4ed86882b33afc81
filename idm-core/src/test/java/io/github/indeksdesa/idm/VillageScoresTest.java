// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class VillageScoresTest {

    private static final IdmModel MODEL = IdmModel.official();
    private static final VillageCode CODE = VillageCode.of("6401022004");
    private static final int YEAR = 2024;
    private static final int FIRST_YEAR = 1;
    private static final int LAST_YEAR = 9999;
    /** Dokter's ladder is {0, 5}: 3 is in range but off the ladder. */
    private static final int OFF_LADDER_DOKTER = 3;

    private static int[] keladen() {
        return WorkedExample.KELADEN.scores();
    }

    @Test
    void ofKeepsScoresInMinistryOrder() {
        VillageScores scores = VillageScores.of(MODEL, CODE, YEAR, keladen());
        assertEquals(MODEL, scores.model());
        assertEquals(CODE, scores.villageCode());
        assertEquals(YEAR, scores.year());
        assertEquals(ScoreValidation.LADDER, scores.validation());
        assertArrayEquals(keladen(), scores.toArray());
        assertEquals(0, scores.score(1));
        assertEquals(0, scores.score("IKS02"));
        assertEquals(0, scores.score(MODEL.indicator("iks02")));
        assertEquals(3, scores.score(49));
        assertEquals(139, scores.sum(Index.IKS));
        assertEquals(50, scores.sum(Index.IKE));
        assertEquals(12, scores.sum(Index.IKL));
        assertTrue(scores.toString().startsWith("6401022004/2024 [5, 0, 5, 2, 4,"), scores.toString());
    }

    @Test
    void isACopyOfItsInput() {
        int[] input = keladen();
        VillageScores scores = VillageScores.of(MODEL, CODE, YEAR, input);
        input[0] = 1;
        assertEquals(5, scores.score(0));
        int[] out = scores.toArray();
        out[0] = 1;
        assertEquals(5, scores.score(0));
        assertNotSame(scores.toArray(), scores.toArray());
    }

    @Test
    void builderByCodeEqualsOfInOrder() {
        VillageScores.Builder builder = VillageScores.builder(MODEL).villageCode("6401022004").year(YEAR);
        int[] scores = keladen();
        for (int i = 0; i < scores.length; i++) {
            builder.score(MODEL.indicators().get(i).code().toLowerCase(java.util.Locale.ROOT), scores[i]);
        }
        assertEquals(VillageScores.of(MODEL, CODE, YEAR, keladen()), builder.build());
        Map<String, Integer> byCode = new LinkedHashMap<>();
        for (int i = 0; i < scores.length; i++) {
            byCode.put(MODEL.indicators().get(i).code(), scores[i]);
        }
        assertEquals(VillageScores.of(MODEL, CODE, YEAR, keladen()),
                VillageScores.builder(MODEL).villageCode(CODE).year(YEAR).scores(byCode).build());
        List<Integer> list = Arrays.stream(scores).boxed().collect(Collectors.toList());
        assertEquals(VillageScores.of(MODEL, CODE, YEAR, keladen()),
                VillageScores.builder(MODEL).villageCode(CODE).year(YEAR).scores(list).build());
    }

    @Test
    void dokterThreeIsRejectedNamingIndicatorValueAndAllowedScores() {
        int[] scores = keladen();
        scores[1] = OFF_LADDER_DOKTER;
        InvalidScoreException e = assertThrows(InvalidScoreException.class,
                () -> VillageScores.of(MODEL, CODE, YEAR, scores));
        assertEquals("IKS02 \"Skor Dokter\": score 3 is not on the indicator's ladder; allowed: {0, 5}", e.getMessage());
        assertEquals("IKS02", e.indicatorCode());
        assertEquals(OFF_LADDER_DOKTER, e.value());
        assertEquals(List.of(0, 5), e.allowed());
        InvalidScoreException byCode = assertThrows(InvalidScoreException.class, () -> VillageScores.builder(MODEL)
                .villageCode(CODE).year(YEAR).scores(keladen()).score("IKS02", OFF_LADDER_DOKTER).build());
        assertEquals(e.getMessage(), byCode.getMessage());
    }

    @Test
    void lenientAcceptsAnyScoreFromZeroToFive() {
        int[] scores = keladen();
        scores[1] = OFF_LADDER_DOKTER;
        VillageScores lenient = VillageScores.builder(MODEL).villageCode(CODE).year(YEAR).lenient().scores(scores).build();
        assertEquals(ScoreValidation.RANGE, lenient.validation());
        assertEquals(OFF_LADDER_DOKTER, lenient.score("IKS02"));
        assertEquals(139 + OFF_LADDER_DOKTER, lenient.sum(Index.IKS));
        // withScore keeps the lenient check: 2 is off Dokter's ladder yet accepted, 6 is still out of range.
        assertEquals(2, lenient.withScore(MODEL.indicator("IKS02"), 2).score("IKS02"));
        assertThrows(InvalidScoreException.class, () -> lenient.withScore(MODEL.indicator("IKS02"), 6));
        assertEquals(ScoreValidation.RANGE, VillageScores.builder(MODEL).validation(ScoreValidation.RANGE).villageCode(CODE)
                .year(YEAR).scores(scores).build().validation());
    }

    @Test
    void outOfRangeScoresAreRejectedInBothModes() {
        for (int bad : new int[] {-1, 6, 127, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            int[] scores = keladen();
            scores[0] = bad;
            InvalidScoreException strict = assertThrows(InvalidScoreException.class,
                    () -> VillageScores.of(MODEL, CODE, YEAR, scores));
            assertEquals("IKS01 \"Skor Akses Sarkes\": score " + bad + " is outside 0..5; allowed: {1, 2, 3, 4, 5}",
                    strict.getMessage());
            InvalidScoreException lenient = assertThrows(InvalidScoreException.class,
                    () -> VillageScores.builder(MODEL).lenient().villageCode(CODE).year(YEAR).scores(scores).build());
            assertEquals("IKS01 \"Skor Akses Sarkes\": score " + bad + " is outside 0..5; allowed: {0, 1, 2, 3, 4, 5}",
                    lenient.getMessage());
        }
    }

    @Test
    void scoresByCodeRejectUnknownCodesAndNameWhatIsMissing() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> VillageScores.builder(MODEL).scores(Map.of("IKS99", 5)));
        assertTrue(unknown.getMessage().contains("\"IKS99\""), unknown.getMessage());
        Map<String, Integer> partial = new LinkedHashMap<>();
        for (Indicator indicator : MODEL.indicators(Index.IKS)) {
            partial.put(indicator.code(), indicator.highestScore());
        }
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> VillageScores.builder(MODEL).villageCode(CODE).year(YEAR).scores(partial).build());
        assertTrue(missing.getMessage().startsWith("15 of 50 scores are missing: IKE01, IKE02,"), missing.getMessage());
    }

    @Test
    void wrongCountIsRejected() {
        for (int count : new int[] {0, 49, 51}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> VillageScores.of(MODEL, CODE, YEAR, new int[count]));
            assertEquals("scores: expected 50 scores (one per indicator of permendesa-pdtt-2-2016, in ministry order), "
                    + "found " + count, e.getMessage());
        }
        assertThrows(IllegalArgumentException.class,
                () -> VillageScores.builder(MODEL).scores(List.of(5, 5)));
    }

    @Test
    void missingScoresAreNamed() {
        IllegalStateException one = assertThrows(IllegalStateException.class, () -> {
            VillageScores.Builder b = VillageScores.builder(MODEL).villageCode(CODE).year(YEAR);
            for (Indicator indicator : MODEL.indicators()) {
                if (!indicator.code().equals("IKE07")) {
                    b.score(indicator, indicator.highestScore());
                }
            }
            b.build();
        });
        assertEquals("1 of 50 scores are missing: IKE07", one.getMessage());
        IllegalStateException all = assertThrows(IllegalStateException.class,
                () -> VillageScores.builder(MODEL).villageCode(CODE).year(YEAR).build());
        assertEquals("50 of 50 scores are missing: IKS01, IKS02, IKS03, IKS04, IKS05, IKS06, IKS07, IKS08, IKS09, "
                + "IKS10, …", all.getMessage());
        assertEquals("village code is missing", assertThrows(IllegalStateException.class,
                () -> VillageScores.builder(MODEL).year(YEAR).scores(keladen()).build()).getMessage());
        assertEquals("year is missing", assertThrows(IllegalStateException.class,
                () -> VillageScores.builder(MODEL).villageCode(CODE).scores(keladen()).build()).getMessage());
    }

    @Test
    void yearMustBeFromOneTo9999() {
        VillageScores.of(MODEL, CODE, FIRST_YEAR, keladen());
        VillageScores.of(MODEL, CODE, LAST_YEAR, keladen());
        for (int bad : new int[] {FIRST_YEAR - 1, LAST_YEAR + 1, -2024}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> VillageScores.builder(MODEL).year(bad));
            assertEquals("year: expected 1..9999, found " + bad, e.getMessage());
            VillageScores scores = VillageScores.of(MODEL, CODE, YEAR, keladen());
            assertThrows(IllegalArgumentException.class, () -> scores.withVillage(CODE, bad));
        }
    }

    @Test
    void unknownIndicatorsAndPositionsAreRejected() {
        VillageScores scores = VillageScores.of(MODEL, CODE, YEAR, keladen());
        assertThrows(IndexOutOfBoundsException.class, () -> scores.score(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> scores.score(50));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> scores.score("IKS36"));
        assertTrue(unknown.getMessage().contains("IKS36"), unknown.getMessage());
        Indicator foreign = IdmModelBuilderTest.indicator("IKS02", Index.IKS, 2);
        assertThrows(IllegalArgumentException.class, () -> scores.score(foreign));
        assertThrows(IllegalArgumentException.class, () -> scores.withScore(foreign, 5));
        assertThrows(IllegalArgumentException.class, () -> VillageScores.builder(MODEL).score("IKS36", 5));
        assertThrows(IllegalArgumentException.class, () -> VillageScores.builder(MODEL).score(foreign, 5));
        assertThrows(IllegalArgumentException.class, () -> VillageScores.builder(MODEL).villageCode("64010220"));
    }

    @Test
    void withScoreAndWithVillageMakeCheckedCopies() {
        VillageScores scores = VillageScores.of(MODEL, CODE, YEAR, keladen());
        Indicator dokter = MODEL.indicator("IKS02");
        VillageScores raised = scores.withScore(dokter, 5);
        assertEquals(5, raised.score(dokter));
        assertEquals(0, scores.score(dokter));
        assertEquals(144, raised.sum(Index.IKS));
        InvalidScoreException e = assertThrows(InvalidScoreException.class,
                () -> scores.withScore(dokter, OFF_LADDER_DOKTER));
        assertEquals(List.of(0, 5), e.allowed());
        VillageScores moved = scores.withVillage(VillageCode.of("1105112002"), 2021);
        assertEquals("1105112002", moved.villageCode().value());
        assertEquals(2021, moved.year());
        assertArrayEquals(scores.toArray(), moved.toArray());
    }

    @Test
    void equality() {
        VillageScores a = VillageScores.of(MODEL, CODE, YEAR, keladen());
        assertEquals(a, VillageScores.of(MODEL, CODE, YEAR, keladen()));
        assertEquals(a.hashCode(), VillageScores.of(MODEL, CODE, YEAR, keladen()).hashCode());
        assertNotEquals(a, a.withVillage(CODE, 2023));
        assertNotEquals(a, a.withVillage(VillageCode.of("6401022005"), YEAR));
        assertNotEquals(a, a.withScore(MODEL.indicator("IKS02"), 5));
        assertNotEquals(a, (Object) "scores");
    }

    @Test
    void nullsAreRejectedByName() {
        VillageScores scores = VillageScores.of(MODEL, CODE, YEAR, keladen());
        VillageScores.Builder b = VillageScores.builder(MODEL);
        assertEquals("model", assertThrows(NullPointerException.class, () -> VillageScores.builder(null)).getMessage());
        assertEquals("model", assertThrows(NullPointerException.class,
                () -> VillageScores.of(null, CODE, YEAR, keladen())).getMessage());
        assertEquals("villageCode", assertThrows(NullPointerException.class,
                () -> VillageScores.of(MODEL, null, YEAR, keladen())).getMessage());
        assertEquals("scores", assertThrows(NullPointerException.class,
                () -> VillageScores.of(MODEL, CODE, YEAR, (int[]) null)).getMessage());
        assertEquals("villageCode", assertThrows(NullPointerException.class, () -> b.villageCode((VillageCode) null))
                .getMessage());
        assertEquals("code", assertThrows(NullPointerException.class, () -> b.villageCode((String) null)).getMessage());
        assertEquals("validation", assertThrows(NullPointerException.class, () -> b.validation(null)).getMessage());
        assertEquals("scores", assertThrows(NullPointerException.class, () -> b.scores((List<Integer>) null))
                .getMessage());
        assertEquals("scoresByCode", assertThrows(NullPointerException.class, () -> b.scores((Map<String, Integer>) null))
                .getMessage());
        Map<String, Integer> nullScore = new HashMap<>();
        nullScore.put("IKS02", null);
        assertEquals("score of IKS02", assertThrows(NullPointerException.class, () -> b.scores(nullScore)).getMessage());
        List<Integer> withNull = Arrays.asList(new Integer[50]);
        assertEquals("score", assertThrows(NullPointerException.class, () -> b.scores(withNull)).getMessage());
        assertEquals("code", assertThrows(NullPointerException.class, () -> b.score((String) null, 5)).getMessage());
        assertEquals("indicator", assertThrows(NullPointerException.class, () -> b.score((Indicator) null, 5))
                .getMessage());
        assertEquals("indicator", assertThrows(NullPointerException.class, () -> scores.score((Indicator) null))
                .getMessage());
        assertEquals("code", assertThrows(NullPointerException.class, () -> scores.score((String) null)).getMessage());
        assertEquals("index", assertThrows(NullPointerException.class, () -> scores.sum(null)).getMessage());
        assertEquals("indicator", assertThrows(NullPointerException.class, () -> scores.withScore(null, 5))
                .getMessage());
        assertEquals("villageCode", assertThrows(NullPointerException.class, () -> scores.withVillage(null, YEAR))
                .getMessage());
    }
}
