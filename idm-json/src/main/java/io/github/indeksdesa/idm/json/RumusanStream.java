// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.indeksdesa.idm.AgencyLevel;
import io.github.indeksdesa.idm.Agencies;
import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.Index;
import io.github.indeksdesa.idm.Indicator;
import io.github.indeksdesa.idm.LadderStep;
import io.github.indeksdesa.idm.report.MinistryReport;
import io.github.indeksdesa.idm.report.RowKind;
import io.github.indeksdesa.idm.verify.PublishedReport;
import io.github.indeksdesa.idm.verify.PublishedReportRow;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The fast path of {@link RumusanReader}: one pass of Jackson's streaming parser over a report, no
 * tree, every rule checked as the tokens go by. It accepts exactly the reports the tree path
 * accepts and builds the same {@link PublishedReport}; at the first token that is not what a valid
 * report has there (a syntax error, a missing, unknown or repeated key, a wrong type or value, the
 * error envelope) it gives up and returns null, and the reader then diagnoses the input with the
 * tree path, so that every error keeps its message, its JSON path and its precedence.
 *
 * <p>Texts that equal the model's (labels, ladder texts, agencies) are compared in the parser's
 * buffer and the model's strings are kept, so a typical report allocates only its own values.
 *
 * <p>This class is immutable and thread-safe.
 */
final class RumusanStream {

    /** One factory for every parse: creating parsers from it is cheap, creating factories is not. */
    static final JsonFactory FACTORY = JsonFactory.builder().build();

    private static final int LEVELS = AgencyLevel.values().length;
    /** The keys of a ROW object in the ministry's order; PUSAT .. LAINNYA in {@link AgencyLevel} order. */
    private static final SerializedString[] ROW_KEYS = Stream.of("NO", "INDIKATOR", "SKOR", "KETERANGAN", "KEGIATAN",
            "NILAI", "PUSAT", "PROV", "KAB", "DESA", "CSR", "LAINNYA", "ROW_CELL").map(SerializedString::new)
            .toArray(SerializedString[]::new);
    private static final int ALL_ROW_KEYS = (1 << 13) - 1;
    private static final int ALL_SUMMARY_KEYS = (1 << 6) - 1;
    private static final int ALL_IDENTITY_KEYS = (1 << 8) - 1;

    /** Thrown where the input leaves the valid path; carries nothing, costs nothing. */
    private static final class Mismatch extends Exception {
        private static final long serialVersionUID = 1L;

        Mismatch() {
            super(null, null, false, false);
        }
    }

    private static final Mismatch MISMATCH = new Mismatch();

    /** Per ROW element: its kind, and for indicator rows the indicator and the model's texts. */
    private final RowKind[] kinds;
    private final Indicator[] indicators;
    private final String[] labelPrefixes;
    private final char[][] labels;
    private final Text[][] meanings;
    private final Text[][] activities;
    private final Text[][] agencyTexts;
    private final Agencies[] agencies;

    RumusanStream(IdmModel model) {
        int rows = model.indicatorCount() + 5;
        kinds = new RowKind[rows];
        indicators = new Indicator[rows];
        labelPrefixes = new String[rows];
        labels = new char[rows][];
        meanings = new Text[rows][];
        activities = new Text[rows][];
        agencyTexts = new Text[rows][];
        agencies = new Agencies[rows];
        int r = 0;
        for (Index index : Index.values()) {
            for (Indicator indicator : model.indicators(index)) {
                kinds[r] = RowKind.INDICATOR;
                indicators[r] = indicator;
                labels[r] = indicator.label().toCharArray();
                meanings[r] = new Text[IdmModel.MAX_SCORE + 1];
                activities[r] = new Text[IdmModel.MAX_SCORE + 1];
                for (LadderStep step : indicator.ladder()) {
                    if (step.score() >= 0 && step.score() <= IdmModel.MAX_SCORE) {
                        meanings[r][step.score()] = Text.of(step.meaning().orElse(null));
                        activities[r][step.score()] = Text.of(step.activity().orElse(null));
                    }
                }
                agencies[r] = indicator.agencies();
                agencyTexts[r] = new Text[LEVELS];
                for (Map.Entry<AgencyLevel, String> e : indicator.agencies().asMap().entrySet()) {
                    agencyTexts[r][e.getKey().ordinal()] = Text.of(e.getValue());
                }
                r++;
            }
            kinds[r] = RowKind.SUBTOTAL;
            labelPrefixes[r] = index.name() + " ";
            r++;
        }
        kinds[r] = RowKind.IDM;
        labelPrefixes[r] = "IDM ";
        r++;
        kinds[r] = RowKind.STATUS;
        labelPrefixes[r] = "STATUS IDM ";
    }

    /** Opens a parser on some input. */
    @FunctionalInterface
    interface Input {
        JsonParser open() throws IOException;
    }

    /**
     * Reads a report in one pass.
     *
     * @param input opens the parser
     * @param source the source name
     * @return the report, or null if the input is anything but a valid report
     */
    PublishedReport read(Input input, String source) {
        try (JsonParser p = input.open()) {
            return report(p, source);
        } catch (Mismatch | IOException e) {
            return null;
        }
    }

    private PublishedReport report(JsonParser p, String source) throws IOException, Mismatch {
        expect(p.nextToken() == JsonToken.START_OBJECT);
        PublishedReport.Builder b = PublishedReport.builder(source);
        int seen = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken value = p.nextToken();
            switch (key) {
                case "status":
                    seen = mark(seen, 0);
                    expectInteger(p, value, 200);
                    break;
                case "error":
                    seen = mark(seen, 1);
                    expect(value == JsonToken.VALUE_FALSE);
                    break;
                case "mapData":
                    seen = mark(seen, 2);
                    mapData(p, value, b);
                    break;
                default:
                    throw MISMATCH;
            }
        }
        expect(seen == 7);
        expect(p.nextToken() == null);
        return b.build();
    }

    private void mapData(JsonParser p, JsonToken start, PublishedReport.Builder b) throws IOException, Mismatch {
        expect(start == JsonToken.START_OBJECT);
        int seen = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken value = p.nextToken();
            switch (key) {
                case "SUMMARIES":
                    seen = mark(seen, 0);
                    summaries(p, value, b);
                    break;
                case "ROW":
                    seen = mark(seen, 1);
                    expect(value == JsonToken.START_ARRAY);
                    for (int r = 0; r < kinds.length; r++) {
                        expect(p.nextToken() == JsonToken.START_OBJECT);
                        b.row(row(p, r));
                    }
                    expect(p.nextToken() == JsonToken.END_ARRAY);
                    break;
                case "IDENTITAS":
                    seen = mark(seen, 2);
                    expect(value == JsonToken.START_ARRAY);
                    identity(p, p.nextToken(), b);
                    expect(p.nextToken() == JsonToken.END_ARRAY);
                    break;
                default:
                    throw MISMATCH;
            }
        }
        expect(seen == 7);
    }

    private static void summaries(JsonParser p, JsonToken start, PublishedReport.Builder b)
            throws IOException, Mismatch {
        expect(start == JsonToken.START_OBJECT);
        int seen = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken value = p.nextToken();
            switch (key) {
                case "SKOR_SAAT_INI":
                    seen = mark(seen, 0);
                    b.currentScore(number(p, value));
                    break;
                case "STATUS":
                    seen = mark(seen, 1);
                    b.status(text(p, value));
                    break;
                case "TARGET_STATUS":
                    seen = mark(seen, 2);
                    b.targetStatus(text(p, value));
                    break;
                case "SKOR_MINIMAL":
                    seen = mark(seen, 3);
                    b.minimumScore(text(p, value));
                    break;
                case "PENAMBAHAN":
                    seen = mark(seen, 4);
                    b.gap(number(p, value));
                    break;
                case "TAHUN":
                    seen = mark(seen, 5);
                    int year = integer(p, value);
                    expect(year >= 1 && year <= 9999);
                    b.year(year);
                    break;
                default:
                    throw MISMATCH;
            }
        }
        expect(seen == ALL_SUMMARY_KEYS);
    }

    private static void identity(JsonParser p, JsonToken start, PublishedReport.Builder b)
            throws IOException, Mismatch {
        expect(start == JsonToken.START_OBJECT);
        String[] values = new String[8];
        int seen = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken value = p.nextToken();
            int i;
            switch (key) {
                case "nama_provinsi": i = 0; break;
                case "id_prov": i = 1; break;
                case "id_kabupaten": i = 2; break;
                case "nama_kab_kota": i = 3; break;
                case "id_kecamatan": i = 4; break;
                case "nama_kecamatan": i = 5; break;
                case "id_desa": i = 6; break;
                case "nama_desa": i = 7; break;
                default: throw MISMATCH;
            }
            seen = mark(seen, i);
            values[i] = value == JsonToken.VALUE_NULL ? null : text(p, value);
        }
        expect(seen == ALL_IDENTITY_KEYS);
        b.identity(values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7]);
    }

    /** Reads the object of ROW element {@code r}, its START_OBJECT already consumed. */
    private PublishedReportRow row(JsonParser p, int r) throws IOException, Mismatch {
        return indicators[r] != null ? indicatorRow(p, r) : otherRow(p, r);
    }

    /**
     * The bit of the next ROW key, or -1 at the end of the object. Keys in the ministry's order are
     * matched in the parser's buffer, with no symbol-table look-up; others are looked up.
     */
    private static int nextRowKey(JsonParser p, int next) throws IOException, Mismatch {
        if (next < ROW_KEYS.length && p.nextFieldName(ROW_KEYS[next])) {
            return next;
        }
        if (next >= ROW_KEYS.length) {
            p.nextToken();
        }
        return p.hasToken(JsonToken.FIELD_NAME) ? rowKey(p.currentName()) : -1;
    }

    private PublishedReportRow indicatorRow(JsonParser p, int r) throws IOException, Mismatch {
        Indicator indicator = indicators[r];
        int rowCell = MinistryReport.FIRST_ROW_CELL + r;
        int seen = 0;
        int score = -1;
        String meaning = null;
        String activity = null;
        String gain = null;
        String[] agencyColumns = null;
        for (int bit = nextRowKey(p, 0); bit >= 0; bit = nextRowKey(p, bit + 1)) {
            JsonToken token = p.nextToken();
            switch (bit) {
                case 0: // NO
                    expectInteger(p, token, indicator.number());
                    break;
                case 1: // INDIKATOR
                    expect(token == JsonToken.VALUE_STRING && sameText(p, labels[r]));
                    break;
                case 2: // SKOR
                    score = integer(p, token);
                    break;
                case 3: // KETERANGAN
                    meaning = textOrFalse(p, token, ladderText(meanings[r], score, seen));
                    break;
                case 4: // KEGIATAN
                    activity = textOrFalse(p, token, ladderText(activities[r], score, seen));
                    break;
                case 5: // NILAI
                    gain = text(p, token);
                    break;
                case 12: // ROW_CELL
                    expectInteger(p, token, rowCell);
                    break;
                default: // PUSAT .. LAINNYA
                    if (token != JsonToken.VALUE_NULL) {
                        int level = bit - 6;
                        if (agencyColumns == null) {
                            agencyColumns = new String[LEVELS];
                        }
                        String agency = textOr(p, token, agencyTexts[r][level]);
                        expect(!agency.isBlank());
                        agencyColumns[level] = agency;
                    }
                    break;
            }
            seen = mark(seen, bit);
        }
        expect(seen == ALL_ROW_KEYS);
        return PublishedReportRow.indicator(rowCell, indicator.number(), indicator.label(), score, meaning, activity,
                gain, agencies(r, agencyColumns));
    }

    /** A subtotal, IDM or status row: a label with the row's prefix, SKOR, and null in every other column. */
    private PublishedReportRow otherRow(JsonParser p, int r) throws IOException, Mismatch {
        RowKind kind = kinds[r];
        int rowCell = MinistryReport.FIRST_ROW_CELL + r;
        int seen = 0;
        double value = 0;
        String label = null;
        String text = null;
        for (int bit = nextRowKey(p, 0); bit >= 0; bit = nextRowKey(p, bit + 1)) {
            JsonToken token = p.nextToken();
            switch (bit) {
                case 1: // INDIKATOR
                    label = text(p, token);
                    expect(label.startsWith(labelPrefixes[r]));
                    break;
                case 2: // SKOR
                    if (kind == RowKind.STATUS) {
                        text = text(p, token);
                    } else {
                        value = number(p, token);
                    }
                    break;
                case 12: // ROW_CELL
                    expectInteger(p, token, rowCell);
                    break;
                default: // NO, KETERANGAN, KEGIATAN, NILAI, PUSAT .. LAINNYA
                    expect(token == JsonToken.VALUE_NULL);
                    break;
            }
            seen = mark(seen, bit);
        }
        expect(seen == ALL_ROW_KEYS);
        return kind == RowKind.STATUS ? PublishedReportRow.status(rowCell, label, text)
                : PublishedReportRow.value(kind, rowCell, label, value);
    }

    /** The model's text for the score read, if SKOR came first (as it does in the ministry's order). */
    private static Text ladderText(Text[] byScore, int score, int seen) {
        return (seen & 4) != 0 && score >= 0 && score < byScore.length ? byScore[score] : null;
    }

    /** The bit of a row key, in the ministry's order; not a row key: the input is not a report. */
    private static int rowKey(String key) throws Mismatch {
        for (int i = 0; i < ROW_KEYS.length; i++) {
            if (ROW_KEYS[i].getValue().equals(key)) {
                return i;
            }
        }
        throw MISMATCH;
    }

    /** The model's agencies object when the columns equal it, else the columns read. */
    private Agencies agencies(int r, String[] columns) {
        if (columns == null) {
            return Agencies.none();
        }
        Text[] model = agencyTexts[r];
        boolean same = true;
        for (int i = 0; i < LEVELS && same; i++) {
            same = model[i] == null ? columns[i] == null : columns[i] == model[i].text;
        }
        if (same) {
            return agencies[r];
        }
        Map<AgencyLevel, String> byLevel = new EnumMap<>(AgencyLevel.class);
        AgencyLevel[] levels = AgencyLevel.values();
        for (int i = 0; i < LEVELS; i++) {
            byLevel.put(levels[i], columns[i]);
        }
        return Agencies.of(byLevel);
    }

    private static int mark(int seen, int bit) throws Mismatch {
        int flag = 1 << bit;
        expect((seen & flag) == 0);
        return seen | flag;
    }

    private static void expect(boolean condition) throws Mismatch {
        if (!condition) {
            throw MISMATCH;
        }
    }

    private static String text(JsonParser p, JsonToken token) throws IOException, Mismatch {
        expect(token == JsonToken.VALUE_STRING);
        return p.getText();
    }

    /** A string, as the model's string {@code known} when it is equal. */
    private static String textOr(JsonParser p, JsonToken token, Text known) throws IOException, Mismatch {
        expect(token == JsonToken.VALUE_STRING);
        return known != null && sameText(p, known.chars) ? known.text : p.getText();
    }

    private static String textOrFalse(JsonParser p, JsonToken token, Text known) throws IOException, Mismatch {
        return token == JsonToken.VALUE_FALSE ? null : textOr(p, token, known);
    }

    /** A text of the model, with its characters for comparing in the parser's buffer. */
    private static final class Text {
        final String text;
        final char[] chars;

        private Text(String text) {
            this.text = text;
            this.chars = text.toCharArray();
        }

        static Text of(String text) {
            return text == null ? null : new Text(text);
        }
    }

    /** Whether the current string token equals a text, compared in the parser's buffer. */
    private static boolean sameText(JsonParser p, char[] text) throws IOException {
        int offset = p.getTextOffset();
        return Arrays.equals(p.getTextCharacters(), offset, offset + p.getTextLength(), text, 0, text.length);
    }

    private static double number(JsonParser p, JsonToken token) throws IOException, Mismatch {
        expect(token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT);
        double value = p.getDoubleValue();
        expect(Double.isFinite(value));
        return value;
    }

    private static int integer(JsonParser p, JsonToken token) throws IOException, Mismatch {
        expect(token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT);
        return p.getIntValue();
    }

    private static void expectInteger(JsonParser p, JsonToken token, int expected) throws IOException, Mismatch {
        expect(integer(p, token) == expected);
    }
}
