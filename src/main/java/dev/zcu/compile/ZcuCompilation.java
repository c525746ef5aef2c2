package dev.zcu.compile;

import dev.zcu.protocol.ErrorBundle;
import dev.zcu.sema.FileProvider;
import dev.zcu.sema.SemaMessage;
import dev.zcu.sema.Zcu;
import dev.zcu.sema.ZcuDebugView;
import dev.zcu.syntax.Ast;
import dev.zcu.zir.AstGen;
import dev.zcu.zir.Lowering;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * zcu's {@link Compilation}: the file table of one module (the root file and what it imports), the {@link Zcu},
 * and the update loop of DESIGN.md §3: stat and hash the known files, re-parse and re-lower only the changed
 * ones, hand their new ZIR to the Zcu (which maps old→new tracked declarations and marks dependers outdated),
 * analyse, and collect the errors a clean build would report.
 */
public final class ZcuCompilation implements Compilation, FileProvider {

    private final CompilationOptions options;
    private final Path rootDir;
    private final String displayRoot;
    private final List<SourceFile> files = new ArrayList<>();
    private final Map<Path, Integer> byPath = new HashMap<>();
    private final Zcu zcu = new Zcu(this);
    private int filesReparsed;

    public ZcuCompilation(CompilationOptions options) {
        this.options = options;
        Path root = options.rootSource();
        Path parent = root.getParent();
        this.displayRoot = parent == null ? "" : parent.toString();
        this.rootDir = (parent == null ? Path.of("") : parent).toAbsolutePath().normalize();
    }

    @Override
    public UpdateResult update() {
        long t0 = System.nanoTime();
        filesReparsed = 0;
        int generation = zcu.generation();
        if (files.isEmpty()) {
            int root = addFile(rootDir.resolve(options.rootSource().getFileName()).normalize());
            zcu.setRootFile(root);
        } else {
            for (SourceFile f : List.copyOf(files)) refresh(f);
        }
        BundleBuilder bundle = new BundleBuilder();
        SourceFile root = files.get(0);
        if (root.missing) {
            bundle.add(ErrorBundle.ErrorMessage.of("unable to load '" + root.displayPath + "': FileNotFound", null));
            return new UpdateResult(generation, bundle.build(), stats(t0), inputs());
        }
        java.util.Set<Integer> reachable = loadImports();
        try {
            zcu.analyse();
        } catch (RuntimeException | StackOverflowError e) {
            bundle.add(ErrorBundle.ErrorMessage.of("zcu internal error: " + e, null));
        }
        BundleBuilder fileErrors = new BundleBuilder();
        // zig reports the files' own errors in the reverse of the order it discovered them (independent of history)
        List<Integer> order = new ArrayList<>(reachable);
        java.util.Collections.reverse(order);
        for (int fi : order) {
            SourceFile f = files.get(fi);
            if (f.ast != null && !f.ast.errors().isEmpty()) fileErrors.addParseErrors(f.displayPath, f.ast);
            fileErrors.addAstGenErrors(f.displayPath, f.astgenErrors);
        }
        List<ErrorBundle.ErrorMessage> all = new ArrayList<>(fileErrors.build().messages());
        BundleBuilder.FileLookup lookup = new BundleBuilder.FileLookup() {
            @Override
            public String path(int file) {
                return files.get(file).displayPath;
            }

            @Override
            public Ast ast(int file) {
                return files.get(file).ast;
            }
        };
        for (SemaMessage m : zcu.errors()) all.add(BundleBuilder.convert(m, lookup, List.of()));
        all.forEach(bundle::add);
        return new UpdateResult(generation, bundle.build(), stats(t0), inputs());
    }

    /**
     * Like Zig, every file reachable through {@code @import} from the root is loaded and checked eagerly (its parse
     * and AstGen errors are reported even if the importing declaration is never analysed); returns those files.
     */
    private java.util.Set<Integer> loadImports() {
        java.util.Set<Integer> seen = new java.util.LinkedHashSet<>();
        java.util.ArrayDeque<Integer> work = new java.util.ArrayDeque<>();
        seen.add(0);
        work.add(0);
        while (!work.isEmpty()) {
            SourceFile f = files.get(work.poll());
            if (f.zir == null) continue;
            for (var imp : f.zir.imports()) {
                if (imp.embed() || !imp.path().endsWith(".zig")) continue;
                OptionalInt target = importFile(f.index, imp.path());
                if (target.isPresent() && seen.add(target.getAsInt())) work.add(target.getAsInt());
            }
        }
        return seen;
    }

    private UpdateStats stats(long t0) {
        return new UpdateStats(filesReparsed, zcu.lastUnitsAnalysed(), zcu.lastUnitsUpToDate(), zcu.lastTypesCreated(),
                System.nanoTime() - t0);
    }

    private List<Path> inputs() {
        List<Path> out = new ArrayList<>();
        for (SourceFile f : files) out.add(f.path);
        return out;
    }

    @Override
    public ZcuDebugView debugView() {
        return zcu;
    }

    /** The Zcu (tests and benchmarks inspect it). */
    public Zcu zcu() {
        return zcu;
    }

    private int addFile(Path abs) {
        Path rel = rootDir.relativize(abs);
        String display = displayRoot.isEmpty() ? rel.toString() : Path.of(displayRoot).resolve(rel).toString();
        SourceFile f = new SourceFile(abs, display, files.size());
        files.add(f);
        byPath.put(abs, f.index);
        read(f);
        int index = zcu.addFile(rel.toString().replace('\\', '/'), "root", f.zir);
        if (index != f.index) throw new IllegalStateException("file tables out of step");
        return f.index;
    }

    /** Reads and parses a file if its stat changed and its bytes hash differently; true when it changed. */
    private boolean read(SourceFile f) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(f.path, BasicFileAttributes.class);
            long mtime = attrs.lastModifiedTime().toMillis();
            if (!f.missing && mtime == f.mtime && attrs.size() == f.size && f.ast != null) return false;
            byte[] bytes = Files.readAllBytes(f.path);
            long hash = hash(bytes);
            f.mtime = mtime;
            f.size = attrs.size();
            if (!f.missing && f.ast != null && hash == f.hash) return false;
            f.missing = false;
            f.hash = hash;
            f.ast = Ast.parse(bytes);
            f.astgenErrors = f.ast.errors().isEmpty() ? AstGen.check(f.ast) : List.of();
            f.zir = f.ast.errors().isEmpty() && f.astgenErrors.isEmpty() ? Lowering.lower(f.ast) : null;
            filesReparsed++;
            return true;
        } catch (IOException e) {
            boolean was = f.missing;
            f.missing = true;
            f.ast = null;
            f.zir = null;
            f.astgenErrors = List.of();
            return !was;
        }
    }

    private void refresh(SourceFile f) {
        if (read(f)) zcu.replaceFile(f.index, f.zir);
    }

    private static long hash(byte[] bytes) {
        long h = 0xcbf29ce484222325L;
        for (byte b : bytes) h = (h ^ (b & 0xff)) * 0x100000001b3L;
        return h ^ bytes.length;
    }

    @Override
    public OptionalInt importFile(int from, String path) {
        Path dir = files.get(from).path.getParent();
        Path abs = dir.resolve(path).normalize();
        Integer known = byPath.get(abs);
        return OptionalInt.of(known != null ? known : addFile(abs));
    }

    @Override
    public boolean exists(int file) {
        return !files.get(file).missing;
    }
}
