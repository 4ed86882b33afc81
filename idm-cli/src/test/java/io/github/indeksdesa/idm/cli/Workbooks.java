// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes the smallest XLSX workbook the table readers take: shared strings and a first sheet. */
final class Workbooks {

    private Workbooks() {
    }

    /** Writes {@code xl/sharedStrings.xml} and {@code xl/worksheets/sheet1.xml} into a zip file. */
    static Path write(Path file, String sharedStrings, String sheet) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String[] part : new String[][] {{"xl/sharedStrings.xml", sharedStrings},
                {"xl/worksheets/sheet1.xml", sheet}}) {
                zip.putNextEntry(new ZipEntry(part[0]));
                zip.write(part[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
