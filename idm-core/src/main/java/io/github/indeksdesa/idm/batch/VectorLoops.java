package io.github.indeksdesa.idm.batch;

import java.lang.reflect.Method;
import java.util.Optional;

/**
 * The provider of the loop on the JDK's Vector API ({@code jdk.incubator.vector}, incubating in Java
 * 17). That loop is compiled apart (source root {@code src/main/vector}) and used only when the
 * module is in the boot layer, that is when the JVM runs with
 * {@code --add-modules jdk.incubator.vector}, and its vectors of 256 bits are backed by the
 * hardware; otherwise the scalar loops of {@link Kernel} run, with the same results. Nothing else
 * in this module refers to the incubating module, so the module descriptor does not name it.
 */
final class VectorLoops {

    /** The module whose presence turns the vector loop on. */
    static final String MODULE = "jdk.incubator.vector";
    private static final String LOOP_CLASS = "io.github.indeksdesa.idm.batch.VectorRowLoop";
    private static final Method FACTORY = factory();

    private VectorLoops() {
    }

    /** Whether the vector loop can run in this JVM. */
    static boolean available() {
        return FACTORY != null;
    }

    /**
     * Returns the vector loop for rows of this many scores with these weights, or null if the JVM
     * lacks the module or the hardware, or the layout does not suit the loop.
     */
    static RowLoop loop(int[] positionWeight) {
        if (FACTORY == null) {
            return null;
        }
        try {
            return (RowLoop) FACTORY.invoke(null, (Object) positionWeight.clone());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the vector loop could not be created", e);
        }
    }

    private static Method factory() {
        Optional<Module> vector = ModuleLayer.boot().findModule(MODULE);
        if (vector.isEmpty()) {
            return null;
        }
        // When this module is named, it reads the incubating module only if asked to.
        VectorLoops.class.getModule().addReads(vector.get());
        try {
            Class<?> loop = Class.forName(LOOP_CLASS, true, VectorLoops.class.getClassLoader());
            Method usable = loop.getDeclaredMethod("usable");
            if (!(Boolean) usable.invoke(null)) {
                return null;
            }
            return loop.getDeclaredMethod("of", int[].class);
        } catch (ReflectiveOperationException | LinkageError e) {
            // A jar built without the vector loop, or a JDK whose incubating API differs: scalar.
            return null;
        }
    }
}
