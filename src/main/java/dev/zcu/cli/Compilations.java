package dev.zcu.cli;

import dev.zcu.compile.Compilation;
import dev.zcu.compile.CompilationOptions;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the command line gets its {@link Compilation}: the front end's {@code Compilation.create}, or, when
 * the system property {@value #FACTORY_PROPERTY} names a class implementing
 * {@code Function<CompilationOptions, Compilation>}, that class (tests use it to drive the CLI, the protocol
 * endpoint and {@code zcu watch} with a scripted compiler).
 */
public final class Compilations {

    /** System property naming a test-only compilation factory class. */
    public static final String FACTORY_PROPERTY = "zcu.compilation-factory";

    private Compilations() {}

    /** A compilation for these options, or the reason there is none (printed as a fatal error). */
    public static Result create(CompilationOptions options) {
        String factory = System.getProperty(FACTORY_PROPERTY);
        if (factory == null || factory.isEmpty()) {
            return new Result(Optional.of(Compilation.create(options)), "");
        }
        try {
            @SuppressWarnings("unchecked")
            Function<CompilationOptions, Compilation> f = (Function<CompilationOptions, Compilation>)
                    Class.forName(factory).getDeclaredConstructor().newInstance();
            return new Result(Optional.of(f.apply(options)), "");
        } catch (ReflectiveOperationException | ClassCastException e) {
            return new Result(Optional.empty(), "unable to create the compilation with " + factory + ": " + e);
        }
    }

    /** A compilation, or the message saying why there is none. */
    public record Result(Optional<Compilation> compilation, String error) {}
}
