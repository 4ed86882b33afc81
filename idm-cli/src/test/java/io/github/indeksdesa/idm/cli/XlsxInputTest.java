// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bulk table as an XLSX workbook, written here part by part, through verify and summary. */
class XlsxInputTest {

    private static final List<String> HEADER = List.of("KODE_DESA", "NAMA_DESA", "IKS_2024", "IKE_2024",
            "IKL_2024", "NILAI_IDM_2024", "STATUS_IDM_2024", "MAJU", "BERKEMBANG", "A", "B");

    private static String text(String ref, String value) {
        return "<c r=\"" + ref + "\" t=\"s\"><v>" + HEADER.indexOf(value) + "</v></c>";
    }

    private static String number(String ref, String value) {
        return "<c r=\"" + ref + "\"><v>" + value + "</v></c>";
    }

    private static Path workbook(Path dir) throws IOException {
        StringBuilder shared = new StringBuilder("<sst>");
        HEADER.forEach(h -> shared.append("<si><t>").append(h).append("</t></si>"));
        shared.append("</sst>");
        StringBuilder sheet = new StringBuilder("<worksheet><sheetData><row r=\"1\">");
        for (int i = 0; i < 7; i++) {
            sheet.append(text((char) ('A' + i) + "1", HEADER.get(i)));
        }
        // Keladen's published 2024 values (spec §5), the code stored as a number; then a row whose
        // published status does not match its IDM.
        sheet.append("</row><row r=\"2\">").append(number("A2", "6.401022004E9")).append(text("B2", "A"))
                .append(number("C2", "0.7943")).append(number("D2", "0.8333")).append(number("E2", "0.8"))
                .append(number("F2", "0.8092")).append(text("G2", "MAJU"))
                .append("</row><row r=\"3\">").append(number("A3", "6401022005")).append(text("B3", "B"))
                .append(number("C3", "0.7943")).append(number("D3", "0.8333")).append(number("E3", "0.8"))
                .append(number("F3", "0.8092")).append(text("G3", "BERKEMBANG"))
                .append("</row></sheetData></worksheet>");
        return Workbooks.write(dir.resolve("idm-2024.xlsx"), shared.toString(), sheet.toString());
    }

    @Test
    void verifyAndSummaryReadXlsx(@TempDir Path dir) throws IOException {
        Path xlsx = workbook(dir);
        Cli.Result verify = Cli.run("verify", "--format", "ndjson", xlsx.toString());
        assertEquals(1, verify.status(), verify.err());
        List<String> lines = verify.out().lines().toList();
        assertEquals(1, lines.size(), verify.out());
        assertTrue(lines.get(0).contains("\"kodeDesa\":\"6401022005\"") && lines.get(0).contains(
                "\"check\":\"STATUS_NOT_MATCHING_IDM\""), lines.get(0));
        Cli.Result summary = Cli.run("summary", "--format", "csv", xlsx.toString());
        assertEquals(0, summary.status(), summary.err());
        assertTrue(summary.out().contains("2024,provinsi,64,,0,0,1,1,0,2,0.8092,50.00"), summary.out());
    }
}
