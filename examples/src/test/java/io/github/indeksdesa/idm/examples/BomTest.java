// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The BOM manages our published artifacts and nothing else, and inherits no pins from a parent. */
class BomTest {

    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();
    private static final Pattern DEPENDENCY = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);

    @Test
    void theBomManagesOnlyOurArtifacts() throws IOException {
        String pom = Files.readString(ROOT.resolve("idm-bom/pom.xml"), StandardCharsets.UTF_8)
                .replaceAll("(?s)<!--.*?-->", "");
        assertFalse(pom.contains("<parent>"), "idm-bom must not have a parent");
        assertFalse(pom.contains("<properties>"), "idm-bom must not define properties");
        String managed = pom.substring(pom.indexOf("<dependencyManagement>"), pom.indexOf("</dependencyManagement>"));
        List<String> artifacts = new ArrayList<>();
        Matcher m = DEPENDENCY.matcher(managed);
        while (m.find()) {
            artifacts.add(m.group(1).replaceAll("\\s+", ""));
        }
        List<String> expected = new ArrayList<>();
        for (String module : List.of("idm-core", "idm-json", "idm-tables", "idm-html", "idm-cli")) {
            expected.add("<groupId>io.github.indeksdesa</groupId><artifactId>" + module
                    + "</artifactId><version>${project.version}</version>");
        }
        assertEquals(expected, artifacts);
    }
}
