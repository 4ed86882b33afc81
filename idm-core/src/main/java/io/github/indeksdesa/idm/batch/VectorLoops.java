// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.batch;

import java.lang.reflect.Method;
import java.util.Optional;

/**
 * The provider of the loop on the JDK's Vector API ({@code jdk.incubator.vector}, incubating in Java
 * 17). That loop is compiled apart (source root {@code src/main/vector}) and used only when the
 * module is in the boot layer, that is when the JVM runs with
 * {@code --add-modules jdk.incubator.vector}, the optimising compiler (C2) runs, and vectors of
 * at least 256 bits are backed by the hardware; otherwise the scalar loops of {@link Kernel} run, with the same results. Nothing
 * else in this module refers to the incubating module, so the module descriptor does not name it
 * and the module keeps no dependencies. Which loop is used is logged once, at level
 * {@code DEBUG}, by the {@link System.Logger} named after this package.
 */
final class VectorLoops {

    /** The module whose presence turns the vector loop on. */
    static final String MODULE = "jdk.incubator.vector";
    private static final String LOOP_CLASS = "io.github.indeksdesa.idm.batch.VectorRowLoop";
    private static final System.Logger LOG = System.getLogger("io.github.indeksdesa.idm.batch");
    private static final Method FACTORY = factory();

    private VectorLoops() {
    }

    /** Whether the vector loop can run in this JVM. */
    static boolean available() {
        return FACTORY != null;
    }

    /**
     * Returns the vector loop for the official row with these statuses, or null if the JVM lacks
     * the module or the hardware, or the status of N does not rise with N.
     *
     * @param statusOf the status ordinal of every N in 0..65535
     */
    static RowLoop loop(byte[] statusOf) {
        if (FACTORY == null) {
            return null;
        }
        long[] thresholds = new long[5];
        int status = statusOf[0];
        if (status != 0) {
            return null;
        }
        for (int n = 1; n < statusOf.length; n++) {
            int next = statusOf[n];
            if (next < status) {
                return null;
            }
            for (int s = status + 1; s <= next && s < thresholds.length; s++) {
                thresholds[s] = n;
            }
            status = next;
        }
        for (int s = status + 1; s < thresholds.length; s++) {
            // A status no N reaches: its threshold above every N.
            thresholds[s] = statusOf.length;
        }
        try {
            return (RowLoop) FACTORY.invoke(null, (Object) thresholds);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the vector loop could not be created", e);
        }
    }

    private static Method factory() {
        Optional<Module> vector = ModuleLayer.boot().findModule(MODULE);
        if (vector.isEmpty()) {
            LOG.log(System.Logger.Level.DEBUG, "IDM batch scoring: the scalar loop (the JVM runs without "
                    + "--add-modules " + MODULE + ")");
            return null;
        }
        // The Vector API is compiled to vector instructions by C2 only: under C1 alone
        // (-XX:TieredStopAtLevel=1, "emulated-client") or the interpreter it runs about 100 times
        // slower than the scalar loop (docs/benchmarks.md).
        String vm = System.getProperty("java.vm.info", "");
        if (vm.contains("emulated-client") || vm.contains("interpreted")) {
            LOG.log(System.Logger.Level.DEBUG, "IDM batch scoring: the scalar loop (the JVM does not run the "
                    + "optimising compiler: " + vm + ")");
            return null;
        }
        // When this module is named, it reads the incubating module only if asked to.
        VectorLoops.class.getModule().addReads(vector.get());
        try {
            Class<?> loop = Class.forName(LOOP_CLASS, true, VectorLoops.class.getClassLoader());
            Method usable = loop.getDeclaredMethod("usable");
            if (!(Boolean) usable.invoke(null)) {
                LOG.log(System.Logger.Level.DEBUG, "IDM batch scoring: the scalar loop (the hardware has no "
                        + "vectors of 256 bits or more)");
                return null;
            }
            Method factory = loop.getDeclaredMethod("of", long[].class);
            RowLoop sample = (RowLoop) factory.invoke(null, (Object) new long[5]);
            // Both loops run once on a block of zeros: a method of the incubating API that this JDK
            // lacks is resolved only when first called, and is found here rather than while scoring.
            byte[] zeros = new byte[Blocks.BYTES];
            long[] counts = new long[5];
            sample.run(zeros, 0, Blocks.VILLAGES, new short[Blocks.VILLAGES], new byte[Blocks.VILLAGES], 0, counts, true);
            sample.runBlocks(zeros, 0, Blocks.VILLAGES, new short[Blocks.VILLAGES], new byte[Blocks.VILLAGES], 0, counts,
                    true);
            LOG.log(System.Logger.Level.DEBUG, "IDM batch scoring: " + sample.describe());
            return factory;
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            // A jar built without the vector loop, or a JDK whose incubating API differs: scalar.
            LOG.log(System.Logger.Level.DEBUG, "IDM batch scoring: the scalar loop (the vector loop did not load: "
                    + e + ")");
            return null;
        }
    }
}
