// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.Index;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.VillageScores;
import java.io.IOException;

/**
 * The scores-only path of {@link RumusanReader#readScores}: one pass of Jackson's streaming parser
 * that reads the indicator rows' SKOR, SUMMARIES.TAHUN and IDENTITAS.id_desa and skips every other
 * value unread (a string skipped is never decoded into a {@code String}). Keys are matched by
 * {@code nextFieldName} in the parser's buffer where the ministry's order is expected. When the
 * input is not what a valid report has where this path looks (no 55-row ROW array, a SKOR that is
 * not an integer, a malformed code or year, the error envelope, a syntax error), it returns null
 * and the reader falls back to the full read, which names the problem.
 *
 * <p>This class is immutable and thread-safe.
 */
final class RumusanScores {

    private static final SerializedString SKOR = new SerializedString("SKOR");
    private static final SerializedString ID_DESA = new SerializedString("id_desa");

    private final IdmModel model;
    /** Per ROW element: whether it is an indicator row. */
    private final boolean[] indicatorRow;

    RumusanScores(IdmModel model) {
        this.model = model;
        this.indicatorRow = new boolean[model.indicatorCount() + 5];
        int r = 0;
        for (Index index : Index.values()) {
            for (int i = 0; i < model.indicatorCount(index); i++) {
                indicatorRow[r++] = true;
            }
            r++; // the index's subtotal
        }
    }

    /** The scores, or null if the input is not a report where this path reads it. */
    VillageScores read(RumusanStream.Input input) {
        try (JsonParser p = input.open()) {
            return report(p);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private VillageScores report(JsonParser p) throws IOException {
        int[] scores = null;
        int year = -1;
        String code = null;
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            if (!"mapData".equals(p.currentName())) {
                p.nextToken();
                p.skipChildren();
                continue;
            }
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken value = p.nextToken();
                if ("ROW".equals(key)) {
                    scores = rows(p, value);
                    if (scores == null) {
                        return null;
                    }
                } else if ("SUMMARIES".equals(key)) {
                    year = year(p, value);
                } else if ("IDENTITAS".equals(key)) {
                    code = code(p, value);
                } else {
                    p.skipChildren();
                }
            }
        }
        if (p.nextToken() != null || scores == null || year < 1 || year > 9999 || !VillageCode.isValid(code)) {
            return null;
        }
        return VillageScores.of(model, VillageCode.of(code), year, scores);
    }

    /** The SKOR of every indicator row, in row order; null if ROW is not the model's rows. */
    private int[] rows(JsonParser p, JsonToken start) throws IOException {
        if (start != JsonToken.START_ARRAY) {
            return null;
        }
        int[] scores = new int[model.indicatorCount()];
        int s = 0;
        for (boolean indicator : indicatorRow) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            if (!indicator) {
                p.skipChildren();
                continue;
            }
            boolean found = false;
            while (true) {
                boolean skor = p.nextFieldName(SKOR);
                if (!skor && !p.hasToken(JsonToken.FIELD_NAME)) {
                    break;
                }
                JsonToken value = p.nextToken();
                if (skor) {
                    if (found || value != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
                        return null;
                    }
                    scores[s++] = p.getIntValue();
                    found = true;
                } else {
                    p.skipChildren();
                }
            }
            if (!found) {
                return null;
            }
        }
        return p.nextToken() == JsonToken.END_ARRAY ? scores : null;
    }

    private static int year(JsonParser p, JsonToken start) throws IOException {
        int year = -1;
        if (start != JsonToken.START_OBJECT) {
            p.skipChildren();
            return year;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            boolean tahun = "TAHUN".equals(p.currentName());
            JsonToken value = p.nextToken();
            if (tahun && value == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
                year = p.getIntValue();
            } else {
                p.skipChildren();
            }
        }
        return year;
    }

    /** IDENTITAS.id_desa of the array's one object, or null. */
    private static String code(JsonParser p, JsonToken start) throws IOException {
        if (start != JsonToken.START_ARRAY || p.nextToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return null;
        }
        String code = null;
        while (true) {
            boolean id = p.nextFieldName(ID_DESA);
            if (!id && !p.hasToken(JsonToken.FIELD_NAME)) {
                break;
            }
            JsonToken value = p.nextToken();
            if (id && value == JsonToken.VALUE_STRING) {
                code = p.getText();
            } else {
                p.skipChildren();
            }
        }
        return p.nextToken() == JsonToken.END_ARRAY ? code : null;
    }
}
