// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.indeksdesa.idm.AgencyLevel;
import io.github.indeksdesa.idm.report.MinistryReport;
import io.github.indeksdesa.idm.verify.MinistryNumbers;
import io.github.indeksdesa.idm.verify.PublishedReport;
import io.github.indeksdesa.idm.verify.PublishedReportRow;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes a report in the ministry API's exact {@code rumusan} shape (spec §6): the same keys in
 * the same order and the same JSON types as the ministry serves: SKOR_MINIMAL a 4-dp string, NILAI
 * an 8-dp string or "0", subtotal and IDM SKOR numbers printed as PHP prints them (14 significant
 * digits: {@code 0.80920634920635}, {@code 1}), PENAMBAHAN as its shortest double, the status row
 * in title case, {@code null} for empty agency columns and {@code false} where the ministry has no
 * text. Compact, one document per call, no trailing newline.
 *
 * <p>Example:
 * <pre>{@code
 * MinistryReport computed = report.rescore(IdmModel.official());   // keeps the published names
 * String json = RumusanWriter.official().toJson(computed);        // as the ministry publishes it
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RumusanWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private RumusanWriter() {
    }

    /**
     * Returns the writer of the ministry's published format (the {@code rumusan} JSON).
     *
     * @return the writer, not null
     */
    public static RumusanWriter official() {
        return new RumusanWriter();
    }

    /**
     * Returns a computed report as the ministry would publish it.
     *
     * @param report the report, not null
     * @return the JSON, not null
     */
    public String toJson(MinistryReport report) {
        return toJson(PublishedReport.of(Objects.requireNonNull(report, "report"), ""));
    }

    /**
     * Returns a published report as JSON, every value as it was published.
     *
     * @param report the report, not null
     * @return the JSON, not null
     */
    public String toJson(PublishedReport report) {
        StringWriter out = new StringWriter(16_384);
        write(report, out);
        return out.toString();
    }

    /**
     * Writes a computed report as the ministry would publish it.
     *
     * @param report the report, not null
     * @param out where to write; flushed, not closed, not null
     * @throws UncheckedIOException if writing fails
     */
    public void write(MinistryReport report, Writer out) {
        write(PublishedReport.of(Objects.requireNonNull(report, "report"), ""), out);
    }

    /**
     * Writes a published report, every value as it was published.
     *
     * @param report the report, not null
     * @param out where to write; flushed, not closed, not null
     * @throws UncheckedIOException if writing fails
     */
    public void write(PublishedReport report, Writer out) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            write(report, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a published report as the ministry's JSON object; {@link IdmModule} uses it too. */
    static void write(PublishedReport report, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("status", 200);
        g.writeBooleanField("error", false);
        g.writeObjectFieldStart("mapData");
        g.writeObjectFieldStart("SUMMARIES");
        g.writeFieldName("SKOR_SAAT_INI");
        g.writeNumber(MinistryNumbers.phpText(report.currentScore()));
        g.writeStringField("STATUS", report.status());
        g.writeStringField("TARGET_STATUS", report.targetStatus());
        g.writeStringField("SKOR_MINIMAL", report.minimumScore());
        g.writeFieldName("PENAMBAHAN");
        g.writeNumber(MinistryNumbers.plainText(report.gap()));
        g.writeNumberField("TAHUN", report.year());
        g.writeEndObject();
        g.writeArrayFieldStart("ROW");
        for (PublishedReportRow row : report.rows()) {
            writeRow(g, row);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("IDENTITAS");
        g.writeStartObject();
        text(g, "nama_provinsi", report.provinceName());
        text(g, "id_prov", report.provinceCode());
        text(g, "id_kabupaten", report.regencyCode());
        text(g, "nama_kab_kota", report.regencyName());
        text(g, "id_kecamatan", report.districtCode());
        text(g, "nama_kecamatan", report.districtName());
        text(g, "id_desa", report.publishedVillageCode());
        text(g, "nama_desa", report.villageName());
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeRow(JsonGenerator g, PublishedReportRow row) throws IOException {
        g.writeStartObject();
        g.writeFieldName("NO");
        if (row.number().isPresent()) {
            g.writeNumber(row.number().getAsInt());
        } else {
            g.writeNull();
        }
        g.writeStringField("INDIKATOR", row.label());
        g.writeFieldName("SKOR");
        switch (row.kind()) {
            case INDICATOR:
                g.writeNumber(row.score().getAsInt());
                break;
            case STATUS:
                g.writeString(row.statusText().orElseThrow());
                break;
            default:
                g.writeNumber(MinistryNumbers.phpText(row.value().getAsDouble()));
                break;
        }
        boolean indicator = row.score().isPresent();
        textOrFalse(g, "KETERANGAN", row.meaning(), indicator);
        textOrFalse(g, "KEGIATAN", row.activity(), indicator);
        text(g, "NILAI", row.gain());
        for (AgencyLevel level : AgencyLevel.values()) {
            text(g, level.name(), row.agencies().get(level));
        }
        g.writeNumberField("ROW_CELL", row.rowCell());
        g.writeEndObject();
    }

    private static void text(JsonGenerator g, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get());
        } else {
            g.writeNullField(name);
        }
    }

    /** Indicator rows without a text carry {@code false}; other rows carry {@code null}. */
    private static void textOrFalse(JsonGenerator g, String name, Optional<String> value, boolean indicator)
            throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get());
        } else if (indicator) {
            g.writeBooleanField(name, false);
        } else {
            g.writeNullField(name);
        }
    }
}
