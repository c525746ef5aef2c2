package dev.zcu.bench;

import dev.zcu.syntax.Ast;
import dev.zcu.syntax.SourceCheck;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The parse-only part of {@code zcu ast-check} as its own process, for the whole-process benchmark in
 * {@code docs/BENCHMARKS.md}: reads and parses each file on the command line (in parallel, like
 * {@code zcu ast-check}), prints parse errors like zig, exit status 1 if any. No picocli, no AstGen.
 */
public final class ParseCheckMain {

    private ParseCheckMain() {
    }

    public static void main(String[] args) {
        String[] out = SourceCheck.forEachInParallel(List.of(args), path -> {
            SourceCheck.Loaded loaded = SourceCheck.read(path);
            if (loaded.error() != null) {
                return "error: " + loaded.error() + "\n";
            }
            return SourceCheck.renderParseErrors(path, Ast.parse(loaded.bytes()));
        });
        StringBuilder sb = new StringBuilder();
        for (String s : out) {
            sb.append(s);
        }
        byte[] text = sb.toString().getBytes(StandardCharsets.UTF_8);
        System.err.write(text, 0, text.length);
        System.err.flush();
        System.exit(sb.length() == 0 ? 0 : 1);
    }
}
