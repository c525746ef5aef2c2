package dev.zcu.cli;

import dev.zcu.syntax.Ast;
import dev.zcu.syntax.SourceCheck;
import dev.zcu.zir.AstGen;
import dev.zcu.zir.AstGenError;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code zcu ast-check FILE...}: like {@code zig ast-check}, for many files in one process. Each file is read and
 * parsed ({@link Ast#parse}); its first parse error and the notes after it are printed on stderr as
 * {@code path:line:col: error: msg} exactly as the reference zig prints them on a pipe, with the path as given.
 * A file that parses is then checked by {@link AstGen#check}, and its AstGen errors with their notes are
 * printed the same way, in zig's order.
 * Nothing is printed for a clean file. Exit status 1 when any file has an error or cannot be read, else 0.
 * Without FILE, stdin is checked as {@code <stdin>}. Files are checked in parallel and reported in argument order.
 */
@Command(name = "ast-check", description = "Parse and check Zig files like zig ast-check (many files at once).")
public final class AstCheckCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Zig source files (stdin when none)")
    List<String> files = List.of();

    @Override
    public Integer call() {
        PrintStream err = System.err;
        if (files.isEmpty()) {
            byte[] bytes;
            try {
                bytes = readAll(System.in);
            } catch (IOException e) {
                return Fatal.print("unable to read stdin: " + e.getMessage());
            }
            String out = checkSource("<stdin>", bytes);
            err.print(out);
            err.flush();
            return out.isEmpty() ? 0 : 1;
        }
        String[] outputs = SourceCheck.forEachInParallel(files, this::checkFile);
        boolean failed = false;
        StringBuilder sb = new StringBuilder();
        for (String out : outputs) {
            if (!out.isEmpty()) {
                failed = true;
                sb.append(out);
            }
        }
        byte[] text = sb.toString().getBytes(StandardCharsets.UTF_8);
        err.write(text, 0, text.length);
        err.flush();
        return failed ? 1 : 0;
    }

    /** Checks one file: the text to print on stderr, empty when the file is clean. */
    String checkFile(String path) {
        SourceCheck.Loaded loaded = SourceCheck.read(path);
        if (loaded.error() != null) {
            return "error: " + loaded.error() + "\n";
        }
        return checkSource(path, loaded.bytes());
    }

    /**
     * Checks one source: parse errors (the first error and its notes), or else the AstGen errors, as zig ast-check
     * prints them.
     */
    String checkSource(String path, byte[] bytes) {
        Ast ast = Ast.parse(bytes);
        if (!ast.errors().isEmpty()) {
            return SourceCheck.renderParseErrors(path, ast);
        }
        List<AstGenError> errors = AstGen.check(ast);
        if (errors.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (AstGenError e : errors) {
            for (String line : e.render(path)) {
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}
