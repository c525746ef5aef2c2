package dev.zcu.compile;

import dev.zcu.protocol.ErrorBundle;
import dev.zcu.sema.FileProvider;
import dev.zcu.sema.FileProvider.Import;
import dev.zcu.sema.ReferenceTraces;
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
import java.util.Optional;

/**
 * zcu's {@link Compilation}: the file table of one module (the root file and what it imports), the {@link Zcu},
 * and the update loop of DESIGN.md §3: stat and hash the known files, re-parse and re-lower only the changed
 * ones, hand their new ZIR to the Zcu (which maps old→new tracked declarations and marks dependers outdated),
 * analyse, and collect the errors a clean build would report.
 */
public final class ZcuCompilation implements Compilation, FileProvider {

    private final CompilationOptions options;
    private final Module rootModule;
    private final Optional<Path> libDir;
    private final List<SourceFile> files = new ArrayList<>();
    private final Map<Path, Integer> byPath = new HashMap<>();
    private final Zcu zcu = new Zcu(this);
    private int filesReparsed;

    public ZcuCompilation(CompilationOptions options) {
        this.options = options;
        Path root = options.rootSource();
        Path parent = root.getParent();
        String stem = root.getFileName().toString().replaceFirst("\\.zig$", "");
        Path rootDir = (parent == null ? Path.of("") : parent).toAbsolutePath().normalize();
        // Like zig, a root path that climbs out of the working directory is shown absolute.
        String display = parent == null ? "" : parent.normalize().startsWith("..") ? rootDir.toString() : parent.toString();
        this.rootModule = new Module(stem, rootDir, display);
        this.libDir = ZigLibDir.resolve(options.zigLibDir());
    }

    /**
     * A module of the compilation, Zig's {@code Package.Module}: its name (what {@code no module named ...} says),
     * its root directory, and that directory as messages show it ({@code ""} for the working directory).
     */
    record Module(String name, Path rootDir, String displayRoot) {
        String display(Path rel) {
            return displayRoot.isEmpty() ? rel.toString() : displayRoot + "/" + rel;
        }

        /** The path zig names in {@code unable to load '...'}: the root directory, {@code .} when empty, joined. */
        String loadPath(Path rel) {
            return (displayRoot.isEmpty() ? "." : displayRoot) + "/" + rel;
        }
    }

    @Override
    public UpdateResult update() {
        long t0 = System.nanoTime();
        filesReparsed = 0;
        int generation = zcu.generation();
        if (files.isEmpty()) {
            int root = addFile(rootModule, rootModule.rootDir().resolve(options.rootSource().getFileName()).normalize(), null);
            zcu.setRootFile(root);
        } else {
            for (SourceFile f : List.copyOf(files)) refresh(f);
            refreshEmbeds();
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
        java.util.Set<List<Object>> unsupported = new java.util.HashSet<>();
        for (SemaMessage m : zcu.errors()) {
            // "zcu does not support ... yet" is said once per place, however many units (instances) reach it.
            if (m.msg().startsWith("zcu does not support") && !unsupported.add(List.of(m.file(), m.spanMain(), m.msg()))) {
                continue;
            }
            all.add(BundleBuilder.convert(m, lookup, referenceTrace(m, lookup)));
        }
        List<SemaMessage> logs = zcu.compileLogs();
        if (!logs.isEmpty()) {
            StringBuilder text = new StringBuilder();
            for (SemaMessage m : logs) text.append(m.msg()).append('\n');
            bundle.setCompileLogText(text.toString());
            // Like zig: "found compile log statement" only when nothing else failed.
            if (all.isEmpty()) {
                SemaMessage first = logs.get(0);
                SemaMessage err = new SemaMessage(first.file(), first.spanStart(), first.spanMain(), first.spanEnd(),
                        "found compile log statement", List.of());
                for (SemaMessage other : logs.subList(1, logs.size())) {
                    err = err.withNote(new SemaMessage(other.file(), other.spanStart(), other.spanMain(), other.spanEnd(),
                            "also here", List.of()));
                }
                all.add(BundleBuilder.convert(err, lookup, List.of()));
            }
        }
        all.forEach(bundle::add);
        return new UpdateResult(generation, bundle.build(), stats(t0), inputs());
    }

    /**
     * Like Zig, every file of the root module reachable through {@code @import} from the root is loaded and checked
     * eagerly (its parse and AstGen errors are reported even if the importing declaration is never analysed); returns
     * those files. Files of other modules ({@code std}) are loaded when analysis first imports them: zig checks them
     * too, but they come from its installation and are checked already.
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
                Import target = importFile(f.index, imp.path());
                if (target.ok() && seen.add(target.file())) work.add(target.file());
            }
        }
        return seen;
    }

    /**
     * The "referenced by:" entries of one error as zig puts them in the bundle: the first
     * {@code -freference-trace} steps of the chain, then how many were left out; none at all with 0. Without the
     * flag, only the first failure gets a trace, of zig's default length.
     */
    private List<ErrorBundle.ReferenceTrace> referenceTrace(SemaMessage m, BundleBuilder.FileLookup lookup) {
        int limit = options.referenceTrace();
        if (limit < 0) {
            if (!zcu.isTraceRoot(m)) return List.of();
            limit = CompilationOptions.ZIG_REFERENCE_TRACE_LEN;
        }
        if (limit == 0) return List.of();
        List<ReferenceTraces.Frame> frames = ReferenceTraces.of(zcu, m);
        List<ErrorBundle.ReferenceTrace> out = new ArrayList<>();
        for (ReferenceTraces.Frame f : frames.subList(0, Math.min(limit, frames.size()))) {
            out.add(ErrorBundle.ReferenceTrace.of(f.name(), BundleBuilder.location(lookup.path(f.file()),
                    lookup.ast(f.file()), f.spanStart(), f.spanMain(), f.spanEnd())));
        }
        if (frames.size() > limit) out.add(ErrorBundle.ReferenceTrace.hidden(frames.size() - limit));
        return out;
    }

    private UpdateStats stats(long t0) {
        return new UpdateStats(filesReparsed, zcu.lastUnitsAnalysed(), zcu.lastUnitsUpToDate(), zcu.lastTypesCreated(),
                System.nanoTime() - t0);
    }

    private List<Path> inputs() {
        List<Path> out = new ArrayList<>();
        for (SourceFile f : files) if (f.virtualBytes == null) out.add(f.path);
        for (EmbeddedFile e : embeds.values()) out.add(e.path);
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

    private int addFile(Module module, Path abs, byte[] virtualBytes) {
        Path rel = module.rootDir().relativize(abs);
        SourceFile f = new SourceFile(abs, module.display(rel), files.size(), module.name());
        f.virtualBytes = virtualBytes;
        files.add(f);
        byPath.put(abs, f.index);
        read(f);
        int index = zcu.addFile(rel.toString().replace('\\', '/'), module.name(), f.zir);
        if (index != f.index) throw new IllegalStateException("file tables out of step");
        return f.index;
    }

    /** Reads and parses a file if its stat changed and its bytes hash differently; true when it changed. */
    private boolean read(SourceFile f) {
        if (f.virtualBytes != null) {
            if (f.ast != null) return false;
            install(f, f.virtualBytes);
            return true;
        }
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
            install(f, bytes);
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

    private void install(SourceFile f, byte[] bytes) {
        f.ast = Ast.parse(bytes);
        f.astgenErrors = f.ast.errors().isEmpty() ? AstGen.check(f.ast) : List.of();
        // zig analyses a file with AstGen errors too (skipping the declarations that contain one); zcu does not yet.
        f.zir = f.ast.errors().isEmpty() && f.astgenErrors.isEmpty() ? Lowering.lower(f.ast) : null;
        filesReparsed++;
    }

    private void refresh(SourceFile f) {
        if (read(f)) zcu.replaceFile(f.index, f.zir);
    }

    private static long hash(byte[] bytes) {
        long h = 0xcbf29ce484222325L;
        for (byte b : bytes) h = (h ^ (b & 0xff)) * 0x100000001b3L;
        return h ^ bytes.length;
    }

    /**
     * Resolves an {@code @import} as zig does: a {@code .zig} path relative to the importing file and inside its
     * module's root directory, or a module name: {@code std} (the lib directory's {@code std/std.zig}),
     * {@code builtin} (the target description, {@link #BUILTIN_RESOURCE}), {@code root} (the root file).
     */
    @Override
    public Import importFile(int from, String operand) {
        SourceFile importer = files.get(from);
        Module module = moduleOf(importer);
        if (operand.endsWith(".zig")) {
            Path abs = importer.path.getParent().resolve(operand).normalize();
            Path rel = module.rootDir().relativize(abs);
            if (rel.startsWith("..")) return Import.failed("import of file outside module path: '" + operand + "'");
            return load(module, abs, "unable to load '" + module.loadPath(rel) + "': FileNotFound");
        }
        switch (operand) {
            case "root":
                return Import.of(0);
            case "std": {
                if (libDir.isEmpty()) return Import.failed("unable to find zig installation directory: FileNotFound");
                Module std = stdModule();
                return load(std, std.rootDir().resolve("std.zig"), "unable to load '" + std.loadPath(Path.of("std.zig"))
                        + "': FileNotFound");
            }
            case "builtin": {
                Integer known = byPath.get(BUILTIN_PATH);
                if (known != null) return Import.of(known);
                return Import.of(addFile(new Module("builtin", BUILTIN_PATH.getParent(), ""), BUILTIN_PATH, builtinSource()));
            }
            default:
                return Import.failed("no module named '" + operand + "' available within module " + module.name());
        }
    }

    /**
     * A file read by {@code @embedFile}: its path, the stat it was last read with, and the hash of its bytes then
     * (0 while missing), so that an update re-reads it only when its stat changed, like a source file.
     */
    private static final class EmbeddedFile {
        final Path path;
        final int index;
        long mtime = Long.MIN_VALUE;
        long size = -1;
        long hash;

        EmbeddedFile(Path path, int index) {
            this.path = path;
            this.index = index;
        }

        /** Reads the file; its bytes, or {@code null} when it cannot be read. */
        byte[] read() {
            try {
                BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
                byte[] bytes = Files.readAllBytes(path);
                mtime = attrs.lastModifiedTime().toMillis();
                size = attrs.size();
                hash = hash(bytes);
                return bytes;
            } catch (IOException e) {
                mtime = Long.MIN_VALUE;
                size = -1;
                hash = 0;
                return null;
            }
        }

        /** Whether the file's stat differs from the last read (it changed, appeared or went away). */
        boolean statChanged() {
            try {
                BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
                return attrs.lastModifiedTime().toMillis() != mtime || attrs.size() != size;
            } catch (IOException e) {
                return size != -1;
            }
        }
    }

    private final Map<Path, EmbeddedFile> embeds = new java.util.LinkedHashMap<>();

    @Override
    public FileProvider.Embed embedFile(int from, String path) {
        SourceFile importer = files.get(from);
        Module module = moduleOf(importer);
        Path abs = importer.path.getParent().resolve(path).normalize();
        if (module.rootDir().relativize(abs).startsWith("..")) {
            return new FileProvider.Embed(-1, null, "embed of file outside package path: '" + path + "'");
        }
        EmbeddedFile e = embeds.computeIfAbsent(abs, p -> new EmbeddedFile(p, embeds.size()));
        byte[] bytes = e.read();
        if (bytes == null) return new FileProvider.Embed(e.index, null, "unable to open '" + path + "': FileNotFound");
        return new FileProvider.Embed(e.index, bytes, null);
    }

    /** Outdates the users of every embedded file whose bytes changed (or that appeared or went away). */
    private void refreshEmbeds() {
        for (EmbeddedFile e : embeds.values()) {
            if (!e.statChanged()) continue;
            long before = e.hash;
            e.read();
            if (e.hash != before) zcu.markDependeeOutdated(new dev.zcu.sema.Dependee.EmbedFile(e.index));
        }
    }

    /** The generated {@code builtin.zig} of zcu's target, recorded from the reference zig by {@code scripts/record-builtin.sh}. */
    static final String BUILTIN_RESOURCE = "/dev/zcu/compile/builtin.zig";
    private static final Path BUILTIN_PATH = Path.of("/zcu-builtin/builtin.zig").toAbsolutePath();

    private static byte[] builtinSource() {
        try (var in = ZcuCompilation.class.getResourceAsStream(BUILTIN_RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + BUILTIN_RESOURCE);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Module stdModule() {
        Path dir = libDir.orElseThrow().resolve("std");
        return new Module("std", dir, dir.toString());
    }

    private Module moduleOf(SourceFile f) {
        return switch (f.moduleName) {
            case "std" -> stdModule();
            case "builtin" -> new Module("builtin", BUILTIN_PATH.getParent(), "");
            default -> rootModule;
        };
    }

    private Import load(Module module, Path abs, String notFound) {
        Integer known = byPath.get(abs);
        int index = known != null ? known : addFile(module, abs, null);
        // a missing file gets an index too: analysis depends on it, and creating it outdates the importers
        return files.get(index).missing ? new Import(index, notFound) : Import.of(index);
    }
}
