// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs an example's main method and returns what it printed. */
final class ExampleRunner {

    interface Main {
        void run(String[] args) throws Exception;
    }

    private ExampleRunner() {
    }

    static synchronized String run(Main main, String... args) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            main.run(args);
        } finally {
            System.setOut(original);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        original.print(printed);
        return printed;
    }
}
