// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.verify;

import io.github.indeksdesa.idm.AgencyLevel;
import io.github.indeksdesa.idm.Fraction;
import io.github.indeksdesa.idm.Index;
import io.github.indeksdesa.idm.IndexRecovery;
import io.github.indeksdesa.idm.IdmModel;
import io.github.indeksdesa.idm.Indicator;
import io.github.indeksdesa.idm.ScoreValidation;
import io.github.indeksdesa.idm.Status;
import io.github.indeksdesa.idm.VillageCode;
import io.github.indeksdesa.idm.VillageScores;
import io.github.indeksdesa.idm.report.MinistryReport;
import io.github.indeksdesa.idm.report.RowKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Checks published IDM data against a model and lists every inconsistency as a {@link Finding}.
 *
 * <p>A published report is recomputed from its indicator scores alone; every other published
 * field (subtotals, IDM, status, target, minimum, gap, NILAI, texts, agencies, labels) is compared
 * with the recomputation: doubles within {@link MinistryNumbers#TOLERANCE}, texts exactly. The
 * check names are listed in {@link Check}.
 *
 * <p>Example:
 * <pre>{@code
 * List<Finding> findings = Verifier.official().verify(report);   // empty: consistent
 * findings.forEach(System.out::println);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Verifier {

    /** The published fields of the three indices without their year ("IKS_" for IKS_2024), by ordinal. */
    private static final String[] PART_FIELD = {"IKS_", "IKE_", "IKL_"};
    private static final Index[] INDICES = Index.values();

    /** Stands in for a malformed published village code; the scores do not depend on the code. */
    private static final VillageCode PLACEHOLDER = VillageCode.of("0000000000");

    private final IdmModel model;

    private Verifier(IdmModel model) {
        this.model = model;
    }

    /**
     * Returns a verifier for a model.
     *
     * @param model the model, not null
     * @return the verifier, not null
     */
    public static Verifier of(IdmModel model) {
        return new Verifier(Objects.requireNonNull(model, "model"));
    }

    /**
     * Returns a verifier for the official model.
     *
     * @return the verifier, not null
     */
    public static Verifier official() {
        return of(IdmModel.official());
    }

    /**
     * Returns the model this verifier checks against.
     *
     * @return the model, not null
     */
    public IdmModel model() {
        return model;
    }

    /**
     * Verifies a published report against the recomputation from its indicator scores.
     *
     * @param report the published report, not null
     * @return every inconsistency, in field order; empty if the report is consistent, not null
     * @throws IllegalArgumentException if the report's rows are not in the model's layout
     */
    public List<Finding> verify(PublishedReport report) {
        Objects.requireNonNull(report, "report");
        List<PublishedReportRow> rows = report.rows();
        if (rows.size() != model.indicatorCount() + 5) {
            throw new IllegalArgumentException("report: expected " + (model.indicatorCount() + 5) + " rows, found "
                    + rows.size());
        }
        ReportChecks checks = new ReportChecks(report);
        String code = report.villageCode();
        boolean validCode = VillageCode.isValid(code);
        if (!validCode) {
            checks.add(Check.MALFORMED_CODE, "mapData.IDENTITAS[0].id_desa", code, "10 digits");
        } else {
            checkPrefix(checks, "id_prov", report.provinceCode(), code.substring(0, 2));
            checkPrefix(checks, "id_kabupaten", report.regencyCode(), code.substring(0, 4));
            checkPrefix(checks, "id_kecamatan", report.districtCode(), code.substring(0, 6));
        }
        int[] scores = report.scores();
        if (scores.length != model.indicatorCount()) {
            throw new IllegalArgumentException("report: expected " + model.indicatorCount() + " indicator rows, found "
                    + scores.length);
        }
        boolean inRange = true;
        boolean[] onLadder = new boolean[scores.length];
        for (int i = 0, r = 0; r < rows.size(); r++) {
            if (rows.get(r).kind() != RowKind.INDICATOR) {
                continue;
            }
            Indicator indicator = model.indicators().get(i);
            int score = scores[i];
            onLadder[i] = indicator.allows(score);
            if (score < IdmModel.MIN_SCORE || score > IdmModel.MAX_SCORE) {
                inRange = false;
                checks.add(Check.SCORE_OUT_OF_RANGE, row(r) + ".SKOR", Integer.toString(score), "0..5");
            } else if (!onLadder[i]) {
                checks.add(Check.SCORE_OFF_LADDER, row(r) + ".SKOR", Integer.toString(score),
                        "one of " + indicator.allowedScores());
            }
            i++;
        }
        if (!inRange) {
            return checks.result();
        }
        VillageScores recomputed = VillageScores.builder(model).villageCode(validCode ? VillageCode.of(code)
                : PLACEHOLDER).year(report.year()).validation(ScoreValidation.RANGE).scores(scores).build();
        PublishedReport expected = PublishedReport.of(MinistryReport.of(recomputed.evaluate()), report.source());
        Status recomputedStatus = recomputed.evaluate().status();
        checks.statusChanged = !parseStatus(report.status()).equals(Optional.of(recomputedStatus));
        compareSummary(checks, report, expected);
        for (int r = 0, i = 0; r < rows.size(); r++) {
            PublishedReportRow published = rows.get(r);
            PublishedReportRow wanted = expected.rows().get(r);
            if (published.kind() != wanted.kind()) {
                throw new IllegalArgumentException("report: row " + r + " is " + published.kind() + ", expected "
                        + wanted.kind());
            }
            checks.text(Check.LABEL_MISMATCH, row(r) + ".INDIKATOR", published.label(), wanted.label());
            if (published.kind() == RowKind.INDICATOR) {
                compareIndicator(checks, r, published, wanted, onLadder[i++]);
            } else if (published.kind() == RowKind.STATUS) {
                checks.text(Check.STATUS_MISMATCH, row(r) + ".SKOR", published.statusText().orElse(""),
                        wanted.statusText().orElse(""));
            } else {
                checks.number(published.kind() == RowKind.IDM ? Check.IDM_MISMATCH : Check.SUBTOTAL_MISMATCH,
                        row(r) + ".SKOR", published.value(), wanted.value().getAsDouble());
            }
        }
        return checks.result();
    }

    /**
     * Verifies a published bulk-table row: the code, every value present and numeric, each part on
     * its grid, the IDM the 4-dp mean of the exact parts, the status that of the IDM.
     *
     * @param row the published row, not null
     * @return every inconsistency; empty if the row is consistent, not null
     */
    public List<Finding> verify(PublishedRow row) {
        Objects.requireNonNull(row, "row");
        int year = row.year();
        List<Finding> pending = new ArrayList<>();
        RowFinding add = (check, field, published, expected) -> pending.add(Finding.of(row.source(),
                row.villageCode(), row.year(), check, field, published, expected, false));
        if (!VillageCode.isValid(row.villageCode())) {
            add.add(Check.MALFORMED_CODE, "KODE_DESA", row.villageCode(), "10 digits");
        }
        BigDecimal[] parts = new BigDecimal[INDICES.length];
        int given = 0;
        for (Index index : INDICES) {
            BigDecimal part = decimal(row.part(index), PART_FIELD[index.ordinal()], year, add);
            parts[index.ordinal()] = part;
            given += part == null ? 0 : 1;
        }
        Optional<BigDecimal> idm = Optional.ofNullable(decimal(row.idm(), "NILAI_IDM_", year, add));
        Optional<Status> status = Optional.empty();
        if (row.status().isEmpty()) {
            add.add(Check.MISSING_VALUE, "STATUS_IDM_" + year, "", "a status");
        } else {
            status = parseStatus(row.status());
            if (status.isEmpty()) {
                add.add(Check.UNKNOWN_STATUS, "STATUS_IDM_" + year, row.status(), "one of SANGAT TERTINGGAL, TERTINGGAL, "
                        + "BERKEMBANG, MAJU, MANDIRI");
            }
        }
        Optional<Fraction> reference = Optional.empty();
        if (given == INDICES.length) {
            IndexRecovery recovery = IndexRecovery.of(model, parts[Index.IKS.ordinal()], parts[Index.IKE.ordinal()],
                    parts[Index.IKL.ordinal()]);
            for (Index index : recovery.offGrid()) {
                add.add(Check.PART_OFF_GRID, index.name() + "_" + year, row.part(index),
                        "a multiple of 1/" + model.maxSum(index) + " within 0.00005");
            }
            BigDecimal mean;
            if (recovery.isOnGrid()) {
                Fraction exact = recovery.valueOrThrow().idm();
                mean = exact.toBigDecimal();
                reference = Optional.of(exact);
            } else {
                mean = Arrays.stream(parts).reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(3), Fraction.DISPLAY_SCALE, RoundingMode.HALF_UP);
            }
            if (idm.isPresent() && idm.get().compareTo(mean) != 0) {
                add.add(Check.IDM_NOT_MEAN, "NILAI_IDM_" + year, row.idm(), mean.toPlainString());
            }
        }
        if (reference.isEmpty() && idm.isPresent()) {
            reference = Optional.of(Fraction.of(idm.get()));
        }
        boolean changed = false;
        if (reference.isPresent() && status.isPresent()) {
            Status expected = model.thresholds().classify(reference.get());
            if (expected != status.get()) {
                changed = true;
                add.add(Check.STATUS_NOT_MATCHING_IDM, "STATUS_IDM_" + year, row.status(), expected.officialName());
            }
        }
        return marked(pending, changed);
    }

    /** The findings, each marked with whether the village's status changes (known only at the end). */
    static List<Finding> marked(List<Finding> findings, boolean statusChanged) {
        if (findings.isEmpty()) {
            return List.of();
        }
        List<Finding> result = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            result.add(f.statusChanged() == statusChanged ? f : Finding.of(f.source(), f.villageCode(), f.year(),
                    f.check(), f.field(), f.published(), f.expected(), statusChanged));
        }
        return List.copyOf(result);
    }

    /** A published value; its field's name (prefix and year) is made only for a finding. */
    private static BigDecimal decimal(String text, String fieldPrefix, int year, RowFinding add) {
        if (text.isEmpty()) {
            add.add(Check.MISSING_VALUE, fieldPrefix + year, "", "a number");
            return null;
        }
        BigDecimal value = MinistryNumbers.unitDecimalOrNull(text);
        if (value == null) {
            add.add(Check.NOT_A_NUMBER, fieldPrefix + year, text, "a number from 0 to 1");
        }
        return value;
    }

    /** Records one finding of a bulk row. */
    @FunctionalInterface
    private interface RowFinding {
        void add(Check check, String field, String published, String expected);
    }

    private static void checkPrefix(ReportChecks checks, String key, Optional<String> published, String expected) {
        checks.text(Check.CODE_MISMATCH, "mapData.IDENTITAS[0]." + key, published.orElse(""), expected);
    }

    private static void compareSummary(ReportChecks checks, PublishedReport report, PublishedReport expected) {
        String s = "mapData.SUMMARIES.";
        checks.number(Check.IDM_MISMATCH, s + "SKOR_SAAT_INI", OptionalDouble.of(report.currentScore()),
                expected.currentScore());
        checks.text(Check.STATUS_MISMATCH, s + "STATUS", report.status(), expected.status());
        checks.text(Check.TARGET_MISMATCH, s + "TARGET_STATUS", report.targetStatus(), expected.targetStatus());
        checks.text(Check.MINIMUM_MISMATCH, s + "SKOR_MINIMAL", report.minimumScore(), expected.minimumScore());
        checks.number(Check.GAP_MISMATCH, s + "PENAMBAHAN", OptionalDouble.of(report.gap()), expected.gap());
    }

    private static void compareIndicator(ReportChecks checks, int r, PublishedReportRow published,
            PublishedReportRow wanted, boolean onLadder) {
        checks.text(Check.GAIN_MISMATCH, row(r) + ".NILAI", published.gain().orElse(""), wanted.gain().orElse(""));
        if (onLadder) {
            checks.text(Check.TEXT_MISMATCH, row(r) + ".KETERANGAN", text(published.meaning()),
                    text(wanted.meaning()));
            checks.text(Check.TEXT_MISMATCH, row(r) + ".KEGIATAN", text(published.activity()),
                    text(wanted.activity()));
        }
        for (AgencyLevel level : AgencyLevel.values()) {
            checks.text(Check.AGENCY_MISMATCH, row(r) + "." + level.name(),
                    published.agencies().get(level).orElse(""), wanted.agencies().get(level).orElse(""));
        }
    }

    /** The text of a KETERANGAN or KEGIATAN; the ministry's {@code false} shows as "false". */
    private static String text(Optional<String> value) {
        return value.orElse("false");
    }

    private static String row(int r) {
        return "mapData.ROW[" + r + "]";
    }

    private static Optional<Status> parseStatus(String text) {
        try {
            return Optional.of(Status.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Collects the findings of one report; statusChanged is known once the scores are recomputed. */
    private static final class ReportChecks {
        private final PublishedReport report;
        private final List<Finding> findings = new ArrayList<>();
        private boolean statusChanged;

        ReportChecks(PublishedReport report) {
            this.report = report;
        }

        void add(Check check, String field, String published, String expected) {
            findings.add(Finding.of(report.source(), report.villageCode(), report.year(), check, field, published,
                    expected, false));
        }

        /** The findings, each marked with whether the status changes (known only at the end). */
        List<Finding> result() {
            return marked(findings, statusChanged);
        }

        void text(Check check, String field, String published, String expected) {
            if (!published.equals(expected)) {
                add(check, field, published, expected);
            }
        }

        void number(Check check, String field, OptionalDouble published, double expected) {
            if (published.isEmpty() || !MinistryNumbers.matches(published.getAsDouble(), expected)) {
                add(check, field, published.isEmpty() ? "" : MinistryNumbers.plainText(published.getAsDouble()),
                        MinistryNumbers.plainText(expected));
            }
        }
    }
}
