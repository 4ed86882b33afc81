// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every page type passes the Nu HTML Checker and is self-contained. */
class ValidHtmlTest {

    private static Map<String, Path> pages;

    @BeforeAll
    static void write() throws Exception {
        pages = Samples.write(Path.of("target", "html"));
    }

    @Test
    void everyPageTypePassesTheNuHtmlChecker() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        for (Map.Entry<String, Path> page : pages.entrySet()) {
            String report = validator.validate(page.getValue());
            String errors = report.lines().filter(l -> l.contains("error")).reduce("", (a, b) -> a + b + "\n");
            assertEquals("", errors, page.getKey() + " page: the Nu HTML Checker found errors");
        }
    }

    @Test
    void pagesFetchNothing() throws Exception {
        for (Map.Entry<String, Path> page : pages.entrySet()) {
            String html = Files.readString(page.getValue());
            assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"id\">"), page.getKey());
            for (String external : new String[] {"http://", "https://", "@import", "url(", "<link", " src="}) {
                assertFalse(html.contains(external), page.getKey() + " page holds " + external);
            }
        }
    }
}
