// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The strict reader of the model text format: every error names the source, the line and what was expected. */
class ModelParserTest {

    private static final String SOURCE = "variant.tsv";
    private static final String OFFICIAL_RESOURCE = "permendesa-pdtt-2-2016.tsv";

    /** A valid model, one record a line; tests change single lines. Line numbers are index + 1. */
    private static List<String> valid() {
        List<String> lines = new ArrayList<>(List.of(
                "# a small province variant",
                "format\t1",
                "model\tvariant-1",
                "alias\tvariant",
                "title\tVariant",
                "legal-basis\tPergub 1/2030",
                "source\ttests",
                "years\t2030\t2031",
                "",
                "threshold\tSANGAT_TERTINGGAL\t0.4907",
                "threshold\tTERTINGGAL\t0.5989",
                "threshold\tBERKEMBANG\t0.7072",
                "threshold\tMAJU\t0.8155",
                "indicator\tS1\tIKS\t1\tKesehatan\tSkor Bidan \tMidwife",
                "agencies\tS1\t\t\tDINKES\t\t\t",
                "score\tS1\t1\tTidak ada\tPengadaan Bidan",
                "score\tS1\t5\tAda\t-",
                "indicator\tE1\tIKE\t1\tEkonomi\tSkor Pasar\tMarket",
                "agencies\tE1\t\t\t\tDD\t\t",
                "score\tE1\t0\t\t",
                "score\tE1\t5\tAda\t-",
                "indicator\tL1\tIKL\t1\tEkologi\tSkor Bencana\tDisaster",
                "agencies\tL1\tBNPB\tBPBD\tBPBD\tDD\tCSR\tLainnya",
                "score\tL1\t3\tSedikit\tMitigasi",
                "score\tL1\t5\tBanyak\t-"));
        return lines;
    }

    private static IdmModel parse(List<String> lines) {
        return IdmModel.parse(SOURCE, new StringReader(String.join("\n", lines) + "\n"));
    }

    private static List<String> with(int line, String text) {
        List<String> lines = valid();
        lines.set(line - 1, text);
        return lines;
    }

    private static ModelFormatException fails(List<String> lines) {
        return assertThrows(ModelFormatException.class, () -> parse(lines));
    }

    private static void assertFails(List<String> lines, int line, String message) {
        ModelFormatException e = fails(lines);
        assertEquals(SOURCE, e.sourceName());
        assertEquals(line, e.line());
        assertEquals(SOURCE + (line > 0 ? ":" + line : "") + ": " + message, e.getMessage());
    }

    @Test
    void readsAValidModel() {
        IdmModel model = parse(valid());
        assertEquals("variant-1", model.name());
        assertEquals(List.of("variant"), model.aliases());
        assertEquals("Variant", model.title());
        assertEquals("Pergub 1/2030", model.legalBasis());
        assertEquals("tests", model.source());
        assertEquals(2030, model.firstYear());
        assertEquals(2031, model.lastYear());
        assertEquals(StatusThresholds.official(), model.thresholds());
        assertEquals(3, model.indicatorCount());
        Indicator s1 = model.indicator("S1");
        assertEquals("Skor Bidan ", s1.label());
        assertEquals(List.of(1, 5), s1.allowedScores());
        assertEquals(Optional.of("DINKES"), s1.agencies().get(AgencyLevel.KAB));
        assertEquals(Optional.empty(), s1.agencies().get(AgencyLevel.PUSAT));
        Indicator e1 = model.indicator("E1");
        assertEquals(Optional.empty(), e1.step(0).orElseThrow().meaning());
        assertEquals(Optional.empty(), e1.step(0).orElseThrow().activity());
        assertEquals(Optional.of("Lainnya"), model.indicator("L1").agencies().get(AgencyLevel.LAINNYA));
    }

    @Test
    void acceptsByteOrderMarkAndWindowsLineEnds() {
        List<String> lines = valid();
        lines.set(0, "\uFEFF" + lines.get(0));
        IdmModel model = IdmModel.parse(SOURCE, new StringReader(String.join("\r\n", lines)));
        assertEquals("Skor Bidan ", model.indicator("S1").label());
        assertEquals("Mitigasi", model.indicator("L1").step(3).orElseThrow().activity().orElseThrow());
    }

    @Test
    void theShippedResourceParsesToTheOfficialModel() throws IOException {
        try (InputStream in = IdmModel.class.getResourceAsStream(OFFICIAL_RESOURCE)) {
            IdmModel parsed = IdmModel.parse(OFFICIAL_RESOURCE, new InputStreamReader(in, StandardCharsets.UTF_8));
            IdmModel official = IdmModel.official();
            assertEquals(official.name(), parsed.name());
            assertEquals(official.indicators(), parsed.indicators());
            assertEquals(official.thresholds(), parsed.thresholds());
            assertEquals(official.aliases(), parsed.aliases());
        }
    }

    @Test
    void aMalformedResourceIsNamedWithItsLine() {
        ModelFormatException e = assertThrows(ModelFormatException.class,
                () -> ModelReader.readResource("broken-model.tsv"));
        assertEquals("broken-model.tsv:4: expected 3 TAB-separated fields 'years<TAB>FIRST<TAB>LAST', found 2",
                e.getMessage());
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> ModelReader.readResource("no-such-model.tsv"));
        assertEquals("model resource no-such-model.tsv is missing from the idm-core jar", missing.getMessage());
    }

    @Test
    void formatMustComeFirstAndBeVersionOne() {
        assertFails(with(2, "model\tx"), 2, "expected 'format<TAB>1' as the first record, found 'model'");
        assertFails(with(2, "format\t2"), 2, "expected a single 'format<TAB>1' line, found version '2'");
        assertFails(with(2, "format\tone"), 2, "format version: expected a whole number, found 'one'");
        assertFails(with(4, "format\t1"), 4, "expected a single 'format<TAB>1' line, found version '1'");
    }

    @Test
    void wrongFieldCountsNameTheExpectedLayout() {
        assertFails(with(3, "model\tvariant-1\textra"), 3,
                "expected 2 TAB-separated fields 'model<TAB>NAME', found 3");
        assertFails(with(8, "years\t2030"), 8, "expected 3 TAB-separated fields 'years<TAB>FIRST<TAB>LAST', found 2");
        assertFails(with(14, "indicator\tS1\tIKS\t1\tKesehatan\tSkor Bidan "), 14, "expected 7 TAB-separated fields "
                + "'indicator<TAB>CODE<TAB>INDEX<TAB>NO<TAB>DIMENSION<TAB>MINISTRY_LABEL<TAB>ENGLISH_NAME', found 6");
        assertFails(with(15, "agencies\tS1\t\t\tDINKES"), 15, "expected 8 TAB-separated fields "
                + "'agencies<TAB>CODE<TAB>PUSAT<TAB>PROV<TAB>KAB<TAB>DESA<TAB>CSR<TAB>LAINNYA', found 5");
        assertFails(with(16, "score\tS1\t1  Tidak ada\tPengadaan Bidan"), 16,
                "expected 5 TAB-separated fields 'score<TAB>CODE<TAB>SCORE<TAB>KETERANGAN<TAB>KEGIATAN', found 4");
        assertFails(with(10, "threshold\tSANGAT_TERTINGGAL 0.4907"), 10,
                "expected 3 TAB-separated fields 'threshold<TAB>STATUS<TAB>UPPER_BOUND', found 2");
    }

    @Test
    void unknownKeywordsListTheKnownOnes() {
        assertFails(with(9, "note\tfree text"), 9, "unknown keyword 'note'; expected one of format, model, alias, "
                + "title, legal-basis, source, years, threshold, indicator, agencies, score");
    }

    @Test
    void modelLineRules() {
        assertFails(with(4, "model\tsecond"), 4, "a second 'model' line; one file holds one model");
        assertFails(with(3, "model\tVariant One"), 3,
                "name: expected lower-case letters, digits, '.' and '-', found \"Variant One\"");
        List<String> noModel = valid();
        noModel.remove(2);
        assertFails(noModel, 3, "expected the 'model<TAB>NAME' line before this one");
        assertFails(with(4, "alias\t "), 4, "alias: expected a name, found a blank text");
    }

    @Test
    void yearsRules() {
        assertFails(with(8, "years\t2031\t2030"), 8, "years: the last year 2030 is before the first year 2031");
        assertFails(with(8, "years\t2030\tnow"), 8, "last year: expected a whole number, found 'now'");
        assertFails(with(8, "# no years"), 0, "no 'years' line: expected 'years<TAB>FIRST<TAB>LAST'");
    }

    @Test
    void thresholdRules() {
        assertFails(with(10, "threshold\tPRATAMA\t0.4907"), 10,
                "unknown status 'PRATAMA'; expected SANGAT_TERTINGGAL, TERTINGGAL, BERKEMBANG or MAJU");
        assertFails(with(13, "threshold\tMANDIRI\t0.8155"), 13,
                "MANDIRI has no upper bound; give the bounds of the four lower statuses");
        assertFails(with(11, "threshold\tSANGAT_TERTINGGAL\t0.5"), 11, "a second threshold for SANGAT_TERTINGGAL");
        assertFails(with(12, "threshold\tBERKEMBANG\t0,7072"), 12,
                "threshold of BERKEMBANG: expected a decimal such as 0.4907, found '0,7072'");
        assertFails(with(12, "# threshold removed"), 0,
                "no threshold for BERKEMBANG: expected 'threshold<TAB>BERKEMBANG<TAB>UPPER_BOUND'");
        assertFails(with(12, "threshold\tBERKEMBANG\t0.5"), 0,
                "thresholds must ascend strictly within (0, 1): the upper bound of BERKEMBANG is 0.5, after 0.5989");
    }

    @Test
    void indicatorRules() {
        assertFails(with(18, "indicator\tS1\tIKS\t2\tKesehatan\tSkor Dokter\tDoctor"), 18, "indicator S1 is defined twice");
        assertFails(with(18, "indicator\tE1\tIKX\t1\tEkonomi\tSkor Pasar\tMarket"), 18,
                "indicator E1: unknown index 'IKX'; expected IKS, IKE or IKL");
        assertFails(with(18, "indicator\tE1\tIKE\tone\tEkonomi\tSkor Pasar\tMarket"), 18,
                "indicator number: expected a whole number, found 'one'");
        assertFails(with(18, "indicator\tE1\tIKE\t0\tEkonomi\tSkor Pasar\tMarket"), 18,
                "E1: number: expected 1 or more, found 0");
        assertFails(with(18, "indicator\tE1\tIKE\t1\t \tSkor Pasar\tMarket"), 18,
                "dimension: expected a text, found an empty field");
        assertFails(with(18, "indicator\tE1\tIKE\t1\tEkonomi\t\tMarket"), 18,
                "ministry label: expected a text, found an empty field");
        assertFails(with(18, "indicator\tE1\tIKE\t1\tEkonomi\tSkor Pasar\t"), 18,
                "English name: expected a text, found an empty field");
        assertFails(with(18, "indicator\tE 1\tIKE\t1\tEkonomi\tSkor Pasar\tMarket"), 18,
                "code: expected letters, digits, '-' or '_', found \"E 1\"");
    }

    @Test
    void agenciesAndScoresNeedTheirIndicatorFirst() {
        assertFails(with(19, "agencies\tE2\t\t\t\tDD\t\t"), 19,
                "'agencies' for unknown indicator 'E2'; its 'indicator' line must come first");
        assertFails(with(20, "score\tE2\t0\t\t"), 20,
                "'score' for unknown indicator 'E2'; its 'indicator' line must come first");
        assertFails(with(19, "agencies\tS1\t\t\t\tDD\t\t"), 19, "a second 'agencies' line for S1");
        assertFails(with(19, "# no agencies"), 0, "indicator E1 has no 'agencies' line");
    }

    @Test
    void scoreRules() {
        assertFails(with(21, "score\tE1\t6\tAda\t-"), 21, "score: expected 0..5, found 6");
        assertFails(with(21, "score\tE1\tlima\tAda\t-"), 21, "score: expected a whole number, found 'lima'");
        assertFails(with(21, "score\tE1\t0\tAda\t-"), 21, "E1: ladder scores must ascend; score 0 comes after 0");
        List<String> noScores = valid();
        noScores.remove(20);
        noScores.remove(19);
        assertFails(noScores, 0, "indicator E1 is missing: ladder (at least one step) (no 'score' line for E1?)");
    }

    @Test
    void invariantsOfTheWholeModelAreReported() {
        assertFails(with(22, "indicator\tL1\tIKL\t2\tEkologi\tSkor Bencana\tDisaster"), 0,
                "model variant-1: indicator L1 \"Skor Bencana\" has number 2 but is indicator 1 of IKL");
        assertFails(with(18, "indicator\tE1\tIKS\t2\tEkonomi\tSkor Pasar\tMarket"), 0,
                "model variant-1: index IKE has no indicator; every index needs at least one");
        List<String> noModel = new ArrayList<>(List.of("format\t1"));
        assertFails(noModel, 0, "no 'model' line: expected 'model<TAB>NAME' before the indicators");
        assertFails(List.of(), 0, "no 'model' line: expected 'model<TAB>NAME' before the indicators");
    }

    @Test
    void failingReaderIsReportedWithTheSource() {
        Reader broken = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk gone");
            }

            @Override
            public void close() {
            }
        };
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> IdmModel.parse(SOURCE, broken));
        assertEquals("cannot read model " + SOURCE, e.getMessage());
        assertEquals("disk gone", e.getCause().getMessage());
    }

    @Test
    void exceptionCarriesTheCause() {
        ModelFormatException e = fails(with(8, "years\t2030\tnow"));
        assertTrue(e.getCause() instanceof NumberFormatException, String.valueOf(e.getCause()));
        assertTrue(e instanceof IllegalArgumentException);
        ModelFormatException noCause = fails(with(4, "model\tsecond"));
        assertSame(null, noCause.getCause());
    }
}
