package io.github.indeksdesa.idm.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.indeksdesa.idm.AgencyLevel;
import io.github.indeksdesa.idm.Fraction;
import io.github.indeksdesa.idm.report.MinistryReport;
import io.github.indeksdesa.idm.report.ReportRow;
import io.github.indeksdesa.idm.report.ReportSummary;
import io.github.indeksdesa.idm.report.VillageIdentity;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Writes a report in the shape of the ministry API's rumusan JSON: the same keys in the same order
 * and the same types (numbers as PHP prints them with 14 significant digits, SKOR_MINIMAL a 4-dp
 * string, NILAI an 8-dp string or "0", {@code false} where the ministry has no text, null for
 * empty agency columns).
 */
final class RumusanWriter {

    private static final MathContext PHP_PRECISION = new MathContext(14, RoundingMode.HALF_UP);

    private RumusanWriter() {
    }

    static void write(MinistryReport report, JsonGenerator g) throws IOException {
        ReportSummary summary = report.summary();
        g.writeStartObject();
        g.writeNumberField("status", 200);
        g.writeBooleanField("error", false);
        g.writeObjectFieldStart("mapData");
        g.writeObjectFieldStart("SUMMARIES");
        g.writeFieldName("SKOR_SAAT_INI");
        g.writeNumber(php(summary.currentScore()));
        g.writeStringField("STATUS", summary.status().officialName());
        g.writeStringField("TARGET_STATUS", summary.targetStatus().officialName());
        g.writeStringField("SKOR_MINIMAL", summary.minimumScore().toPlainString());
        // The ministry subtracts in binary floating point from the 14-digit IDM.
        double gap = summary.minimumScore().doubleValue() - new BigDecimal(php(summary.currentScore())).doubleValue();
        g.writeFieldName("PENAMBAHAN");
        g.writeNumber(new BigDecimal(Double.toString(gap)).toPlainString());
        g.writeNumberField("TAHUN", summary.year());
        g.writeEndObject();
        g.writeArrayFieldStart("ROW");
        for (ReportRow row : report.rows()) {
            g.writeStartObject();
            if (row.number().isPresent()) {
                g.writeNumberField("NO", row.number().getAsInt());
            } else {
                g.writeNullField("NO");
            }
            g.writeStringField("INDIKATOR", row.label());
            g.writeFieldName("SKOR");
            if (row.score().isPresent()) {
                g.writeNumber(row.score().getAsInt());
            } else if (row.value().isPresent()) {
                g.writeNumber(php(row.value().get()));
            } else {
                g.writeString(row.status().orElseThrow().label());
            }
            boolean indicator = row.indicator().isPresent();
            text(g, "KETERANGAN", indicator, row.meaning());
            text(g, "KEGIATAN", indicator, row.activity());
            if (row.gainText().isPresent()) {
                g.writeStringField("NILAI", row.gainText().get());
            } else {
                g.writeNullField("NILAI");
            }
            for (AgencyLevel level : AgencyLevel.values()) {
                Optional<String> name = row.agencies().get(level);
                if (name.isPresent()) {
                    g.writeStringField(level.name(), name.get());
                } else {
                    g.writeNullField(level.name());
                }
            }
            g.writeNumberField("ROW_CELL", row.rowCell());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("IDENTITAS");
        VillageIdentity id = report.identity();
        g.writeStartObject();
        nullable(g, "nama_provinsi", id.provinceName());
        g.writeStringField("id_prov", id.villageCode().provinceCode());
        g.writeStringField("id_kabupaten", id.villageCode().regencyCode());
        nullable(g, "nama_kab_kota", id.regencyName());
        g.writeStringField("id_kecamatan", id.villageCode().districtCode());
        nullable(g, "nama_kecamatan", id.districtName());
        g.writeStringField("id_desa", id.villageCode().value());
        nullable(g, "nama_desa", id.villageName());
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void text(JsonGenerator g, String name, boolean indicator, Optional<String> value)
            throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get());
        } else if (indicator) {
            g.writeBooleanField(name, false);
        } else {
            g.writeNullField(name);
        }
    }

    private static void nullable(JsonGenerator g, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get());
        } else {
            g.writeNullField(name);
        }
    }

    /** A value as PHP prints a double: 14 significant digits, no trailing zeros, whole numbers bare. */
    static String php(Fraction value) {
        BigDecimal rounded = BigDecimal.valueOf(value.numerator())
                .divide(BigDecimal.valueOf(value.denominator()), PHP_PRECISION).stripTrailingZeros();
        return rounded.scale() <= 0 ? rounded.toBigInteger().toString() : rounded.toPlainString();
    }
}
