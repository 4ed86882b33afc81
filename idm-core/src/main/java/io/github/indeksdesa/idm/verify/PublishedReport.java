// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.verify;

import io.github.indeksdesa.idm.Fraction;
import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.InvalidScoreException;
import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.VillageScores;
import io.github.indeksdesa.idm.report.MinistryReport;
import io.github.indeksdesa.idm.report.ReportRow;
import io.github.indeksdesa.idm.report.ReportSummary;
import io.github.indeksdesa.idm.report.RowKind;
import io.github.indeksdesa.idm.report.VillageIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A ministry report ({@code rumusan}) as published: identity (IDENTITAS), the summary
 * (SUMMARIES) and the rows (ROW) with every value exactly as it was printed, so that it can be
 * {@linkplain Verifier verified} against the model or written back unchanged.
 *
 * <p>{@link #of(MinistryReport, String)} gives the report the ministry would publish for a computed
 * report: the same numbers the ministry's PHP prints.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PublishedReport {

    private final String source;
    private final String provinceName;
    private final String provinceCode;
    private final String regencyCode;
    private final String regencyName;
    private final String districtCode;
    private final String districtName;
    private final String villageCode;
    private final String villageName;
    private final int year;
    private final double currentScore;
    private final String status;
    private final String targetStatus;
    private final String minimumScore;
    private final double gap;
    private final List<PublishedReportRow> rows;

    private PublishedReport(Builder b) {
        this.source = Objects.requireNonNull(b.source, "source");
        this.provinceName = b.provinceName;
        this.provinceCode = b.provinceCode;
        this.regencyCode = b.regencyCode;
        this.regencyName = b.regencyName;
        this.districtCode = b.districtCode;
        this.districtName = b.districtName;
        this.villageCode = b.villageCode;
        this.villageName = b.villageName;
        this.year = b.year;
        this.currentScore = b.currentScore;
        this.status = Objects.requireNonNull(b.status, "status");
        this.targetStatus = Objects.requireNonNull(b.targetStatus, "targetStatus");
        this.minimumScore = Objects.requireNonNull(b.minimumScore, "minimumScore");
        this.gap = b.gap;
        this.rows = List.copyOf(b.rows);
    }

    /**
     * Returns a builder.
     *
     * @param source the source the report comes from, e.g. a file name, not null
     * @return the builder, not null
     */
    public static Builder builder(String source) {
        return new Builder(Objects.requireNonNull(source, "source"));
    }

    /**
     * Returns the report the ministry would publish for a computed report: subtotals and IDM as
     * 14-significant-digit doubles, PENAMBAHAN in binary floating point, the status row in title
     * case, identity codes derived from the village code.
     *
     * @param report the computed report, not null
     * @param source the source name to carry, not null
     * @return the published form, not null
     */
    public static PublishedReport of(MinistryReport report, String source) {
        Objects.requireNonNull(report, "report");
        VillageIdentity identity = report.identity();
        VillageCode code = identity.villageCode();
        ReportSummary summary = report.summary();
        Builder b = builder(source)
                .identity(identity.provinceName().orElse(null), code.provinceCode(), code.regencyCode(),
                        identity.regencyName().orElse(null), code.districtCode(),
                        identity.districtName().orElse(null), code.value(), identity.villageName().orElse(null))
                .year(summary.year())
                .currentScore(MinistryNumbers.phpDouble(summary.currentScore()))
                .status(summary.status().officialName())
                .targetStatus(summary.targetStatus().officialName())
                .minimumScore(summary.minimumScore().toPlainString())
                .gap(MinistryNumbers.gap(summary.minimumScore(), summary.currentScore()));
        for (ReportRow row : report.rows()) {
            switch (row.kind()) {
                case INDICATOR:
                    b.row(PublishedReportRow.indicator(row.rowCell(), row.number().getAsInt(), row.label(),
                            row.score().getAsInt(), row.meaning().orElse(null), row.activity().orElse(null),
                            row.gainText().orElseThrow(), row.agencies()));
                    break;
                case STATUS:
                    b.row(PublishedReportRow.status(row.rowCell(), row.label(), row.status().orElseThrow().label()));
                    break;
                default:
                    Fraction value = row.value().orElseThrow();
                    b.row(PublishedReportRow.value(row.kind(), row.rowCell(), row.label(),
                            MinistryNumbers.phpDouble(value)));
                    break;
            }
        }
        return b.build();
    }

    /**
     * Returns the source the report comes from.
     *
     * @return the source, not null
     */
    public String source() {
        return source;
    }

    /**
     * Returns IDENTITAS nama_provinsi.
     *
     * @return the name; empty if not published
     */
    public Optional<String> provinceName() {
        return Optional.ofNullable(provinceName);
    }

    /**
     * Returns IDENTITAS id_prov.
     *
     * @return the code text; empty if not published
     */
    public Optional<String> provinceCode() {
        return Optional.ofNullable(provinceCode);
    }

    /**
     * Returns IDENTITAS id_kabupaten.
     *
     * @return the code text; empty if not published
     */
    public Optional<String> regencyCode() {
        return Optional.ofNullable(regencyCode);
    }

    /**
     * Returns IDENTITAS nama_kab_kota.
     *
     * @return the name; empty if not published
     */
    public Optional<String> regencyName() {
        return Optional.ofNullable(regencyName);
    }

    /**
     * Returns IDENTITAS id_kecamatan.
     *
     * @return the code text; empty if not published
     */
    public Optional<String> districtCode() {
        return Optional.ofNullable(districtCode);
    }

    /**
     * Returns IDENTITAS nama_kecamatan.
     *
     * @return the name; empty if not published
     */
    public Optional<String> districtName() {
        return Optional.ofNullable(districtName);
    }

    /**
     * Returns IDENTITAS id_desa, the village code as published (possibly malformed).
     *
     * @return the code text, "" if not published, not null
     */
    public String villageCode() {
        return villageCode == null ? "" : villageCode;
    }

    /**
     * Returns IDENTITAS id_desa exactly as published, telling an empty text from a JSON null.
     *
     * @return the code text; empty where the ministry wrote null or nothing
     */
    public Optional<String> publishedVillageCode() {
        return Optional.ofNullable(villageCode);
    }

    /**
     * Returns the identity as a core value: the village code with the published names.
     *
     * @return the identity; empty if the published village code is malformed
     */
    public Optional<VillageIdentity> identity() {
        return VillageCode.isValid(villageCode)
                ? Optional.of(VillageIdentity.of(VillageCode.of(villageCode), villageName, districtName, regencyName,
                        provinceName))
                : Optional.empty();
    }

    /**
     * Returns IDENTITAS id_desa parsed: the typed reading beside the published text of
     * {@link #villageCode()}.
     *
     * @return the code; empty if the published text is not a well-formed village code
     */
    public Optional<VillageCode> parsedVillageCode() {
        return VillageCode.isValid(villageCode) ? Optional.of(VillageCode.of(villageCode)) : Optional.empty();
    }

    /**
     * Returns IDENTITAS nama_desa.
     *
     * @return the name; empty if not published
     */
    public Optional<String> villageName() {
        return Optional.ofNullable(villageName);
    }

    /**
     * Returns SUMMARIES.TAHUN, the data year.
     *
     * @return the year
     */
    public int year() {
        return year;
    }

    /**
     * Returns SUMMARIES.SKOR_SAAT_INI, the published IDM.
     *
     * @return the value as published
     */
    public double currentScore() {
        return currentScore;
    }

    /**
     * Returns SUMMARIES.STATUS as published ("MAJU").
     *
     * @return the text, not null
     */
    public String status() {
        return status;
    }

    /**
     * Returns SUMMARIES.STATUS parsed ({@link Status#parse(String)}): the typed reading beside
     * the published text of {@link #status()}.
     *
     * @return the status; empty if the published text names no status
     */
    public Optional<Status> parsedStatus() {
        return parseStatus(status);
    }

    /**
     * Returns SUMMARIES.TARGET_STATUS parsed: the typed reading beside {@link #targetStatus()}.
     *
     * @return the status; empty if the published text names no status
     */
    public Optional<Status> parsedTargetStatus() {
        return parseStatus(targetStatus);
    }

    static Optional<Status> parseStatus(String text) {
        try {
            return Optional.of(Status.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Returns SUMMARIES.TARGET_STATUS as published.
     *
     * @return the text, not null
     */
    public String targetStatus() {
        return targetStatus;
    }

    /**
     * Returns SUMMARIES.SKOR_MINIMAL as published ("0.8156").
     *
     * @return the text, not null
     */
    public String minimumScore() {
        return minimumScore;
    }

    /**
     * Returns SUMMARIES.PENAMBAHAN as published.
     *
     * @return the value
     */
    public double gap() {
        return gap;
    }

    /**
     * Returns the rows (ROW), in published order.
     *
     * @return the rows, unmodifiable, not null
     */
    public List<PublishedReportRow> rows() {
        return rows;
    }

    /**
     * Returns the published scores of the indicator rows, in row order.
     *
     * @return a new array of the scores, not null
     */
    public int[] scores() {
        return rows.stream().filter(r -> r.kind() == RowKind.INDICATOR).mapToInt(r -> r.score().getAsInt()).toArray();
    }

    /**
     * Returns the published scores as a model's typed scores, ready to rescore:
     * {@code report.villageScores(IdmModel.official()).evaluate()}.
     *
     * @param model the model whose indicators the rows follow, not null
     * @return the scores of this report's village and year, not null
     * @throws IllegalStateException if the published village code is malformed; the message names
     *     the source and the text
     * @throws InvalidScoreException if a score is off its ladder
     * @throws IllegalArgumentException if the number of indicator rows is not the model's
     */
    public VillageScores villageScores(IdmModel model) {
        Objects.requireNonNull(model, "model");
        VillageCode code = parsedVillageCode().orElseThrow(() -> new IllegalStateException(source
                + ": IDENTITAS.id_desa: expected a 10-digit village code, found "
                + (villageCode == null ? "null" : "\"" + villageCode + "\"")));
        return VillageScores.of(model, code, year, scores());
    }

    /**
     * Rescores this report with a model and keeps its published identity (names included):
     * the computed report to compare with, or to write in place of, this one.
     *
     * @param model the model, not null
     * @return the computed report, not null
     * @throws IllegalStateException if the published village code is malformed
     * @throws InvalidScoreException if a score is off its ladder
     */
    public MinistryReport rescore(IdmModel model) {
        VillageScores scores = villageScores(model);
        return MinistryReport.of(scores.evaluate(), identity().orElseThrow());
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof PublishedReport)) {
            return false;
        }
        PublishedReport o = (PublishedReport) other;
        return source.equals(o.source) && Objects.equals(provinceName, o.provinceName)
                && Objects.equals(provinceCode, o.provinceCode) && Objects.equals(regencyCode, o.regencyCode)
                && Objects.equals(regencyName, o.regencyName) && Objects.equals(districtCode, o.districtCode)
                && Objects.equals(districtName, o.districtName) && Objects.equals(villageCode, o.villageCode)
                && Objects.equals(villageName, o.villageName) && year == o.year
                && Double.compare(currentScore, o.currentScore) == 0 && status.equals(o.status)
                && targetStatus.equals(o.targetStatus) && minimumScore.equals(o.minimumScore)
                && Double.compare(gap, o.gap) == 0 && rows.equals(o.rows);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, villageCode, year, currentScore, status, rows);
    }

    /**
     * Returns the source, village, year, IDM and status, for debugging.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "PublishedReport[" + source + " " + villageCode + " " + year + " " + currentScore + " " + status + "]";
    }

    /**
     * Builds a {@link PublishedReport}. Not thread-safe.
     */
    public static final class Builder {

        private final String source;
        private String provinceName;
        private String provinceCode;
        private String regencyCode;
        private String regencyName;
        private String districtCode;
        private String districtName;
        private String villageCode;
        private String villageName;
        private int year;
        private double currentScore;
        private String status;
        private String targetStatus;
        private String minimumScore;
        private double gap;
        private final List<PublishedReportRow> rows = new ArrayList<>();

        private Builder(String source) {
            this.source = source;
        }

        /**
         * Sets IDENTITAS, in the ministry's order; a null value was not published.
         *
         * @param provinceName nama_provinsi, or null
         * @param provinceCode id_prov, or null
         * @param regencyCode id_kabupaten, or null
         * @param regencyName nama_kab_kota, or null
         * @param districtCode id_kecamatan, or null
         * @param districtName nama_kecamatan, or null
         * @param villageCode id_desa, or null
         * @param villageName nama_desa, or null
         * @return this builder, not null
         */
        public Builder identity(String provinceName, String provinceCode, String regencyCode, String regencyName,
                String districtCode, String districtName, String villageCode, String villageName) {
            this.provinceName = provinceName;
            this.provinceCode = provinceCode;
            this.regencyCode = regencyCode;
            this.regencyName = regencyName;
            this.districtCode = districtCode;
            this.districtName = districtName;
            this.villageCode = villageCode;
            this.villageName = villageName;
            return this;
        }

        /**
         * Sets SUMMARIES.TAHUN.
         *
         * @param year the year
         * @return this builder, not null
         */
        public Builder year(int year) {
            this.year = year;
            return this;
        }

        /**
         * Sets SUMMARIES.SKOR_SAAT_INI.
         *
         * @param currentScore the published IDM
         * @return this builder, not null
         */
        public Builder currentScore(double currentScore) {
            this.currentScore = currentScore;
            return this;
        }

        /**
         * Sets SUMMARIES.STATUS.
         *
         * @param status the text as published, not null
         * @return this builder, not null
         */
        public Builder status(String status) {
            this.status = Objects.requireNonNull(status, "status");
            return this;
        }

        /**
         * Sets SUMMARIES.TARGET_STATUS.
         *
         * @param targetStatus the text as published, not null
         * @return this builder, not null
         */
        public Builder targetStatus(String targetStatus) {
            this.targetStatus = Objects.requireNonNull(targetStatus, "targetStatus");
            return this;
        }

        /**
         * Sets SUMMARIES.SKOR_MINIMAL.
         *
         * @param minimumScore the text as published, not null
         * @return this builder, not null
         */
        public Builder minimumScore(String minimumScore) {
            this.minimumScore = Objects.requireNonNull(minimumScore, "minimumScore");
            return this;
        }

        /**
         * Sets SUMMARIES.PENAMBAHAN.
         *
         * @param gap the value as published
         * @return this builder, not null
         */
        public Builder gap(double gap) {
            this.gap = gap;
            return this;
        }

        /**
         * Appends a row.
         *
         * @param row the row, not null
         * @return this builder, not null
         */
        public Builder row(PublishedReportRow row) {
            rows.add(Objects.requireNonNull(row, "row"));
            return this;
        }

        /**
         * Builds the report.
         *
         * @return the report, not null
         * @throws NullPointerException if status, target status or minimum score was not set
         */
        public PublishedReport build() {
            return new PublishedReport(this);
        }
    }
}
