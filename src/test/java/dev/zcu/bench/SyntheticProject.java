package dev.zcu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generates a synthetic Zig project without std for the sema and update benchmarks: {@code files} files, each with
 * {@code groups} declaration groups (a comptime constant, a struct with a method, an enum, a generic
 * instantiation, and a function with a loop and a switch calling into the next file), about 22 lines per group.
 * {@code main.zig} exports one function per file that reaches all of that file's functions, so everything is
 * analysed. Usage: {@code SyntheticProject.write(dir, files, groups)}; {@link #main} writes one to a folder.
 */
public final class SyntheticProject {

    private SyntheticProject() {}

    /** Writes the project into {@code dir}; returns the number of lines written. */
    public static long write(Path dir, int files, int groups) throws IOException {
        Files.createDirectories(dir);
        long lines = 0;
        StringBuilder main = new StringBuilder();
        for (int i = 0; i < files; i++) main.append("const m").append(i).append(" = @import(\"f").append(i).append(".zig\");\n");
        for (int i = 0; i < files; i++) {
            main.append("export fn run").append(i).append("(n: u32) u32 {\n    return m").append(i).append(".entry(n);\n}\n");
        }
        Files.writeString(dir.resolve("main.zig"), main);
        lines += main.chars().filter(c -> c == '\n').count();
        for (int i = 0; i < files; i++) {
            String text = file(i, files, groups);
            Files.writeString(dir.resolve("f" + i + ".zig"), text);
            lines += text.chars().filter(c -> c == '\n').count();
        }
        return lines;
    }

    static String file(int i, int files, int groups) {
        StringBuilder sb = new StringBuilder();
        int next = (i + 1) % files;
        sb.append("const next = @import(\"f").append(next).append(".zig\");\n\n");
        sb.append("fn Box(comptime T: type) type {\n    return struct {\n        value: T,\n        pub fn get(self: @This()) T {\n            return self.value;\n        }\n    };\n}\n\n");
        sb.append("pub fn entry(n: u32) u32 {\n    var t: u32 = 0;\n");
        for (int j = 0; j < groups; j++) sb.append("    t +%= fn").append(j).append("(n);\n");
        sb.append("    return t;\n}\n\n");
        for (int j = 0; j < groups; j++) {
            sb.append("pub const c").append(j).append(": u32 = ").append(j * 3 + i).append(" * 2 + 1;\n");
            sb.append("pub const S").append(j).append(" = struct {\n    x: u32,\n    y: u32,\n    pub fn sum(self: S").append(j)
                    .append(") u32 {\n        return self.x +% self.y;\n    }\n};\n");
            sb.append("pub const E").append(j).append(" = enum { a, b, c };\n");
            sb.append("const B").append(j).append(" = Box(u32);\n");
            sb.append("pub fn fn").append(j).append("(n: u32) u32 {\n    var t: u32 = 0;\n    var k: u32 = 0;\n")
                    .append("    while (k < n) : (k += 1) {\n        t +%= k;\n    }\n")
                    .append("    const e: E").append(j).append(" = .b;\n")
                    .append("    const r: u32 = switch (e) {\n        .a => 1,\n        .b => 2,\n        .c => 3,\n    };\n")
                    .append("    const s = S").append(j).append("{ .x = t, .y = c").append(j).append(" };\n")
                    .append("    const b = B").append(j).append("{ .value = r };\n")
                    .append("    return s.sum() +% b.get()").append(j == 0 && i + 1 < files ? " +% next.fn1(n)" : "").append(";\n}\n\n");
        }
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        long lines = write(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        System.out.println(lines + " lines");
    }
}
