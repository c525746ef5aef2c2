package dev.zcu.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zcu.sema.AnalUnit;
import dev.zcu.sema.Dependee;
import dev.zcu.sema.NavStatus;
import dev.zcu.sema.ZcuDebugView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The seed's output formats, command by command, on a small hand-built Zcu: two generations of
 * {@code main}/{@code main.Point}, where {@code main.Point} was recreated (type 12 dead, type 14 alive).
 */
class ReplRendererTest {

    /** A fixed Zcu state, written out by hand. */
    static final class View implements ZcuDebugView {
        int generation = 2;

        @Override public int generation() { return generation; }
        @Override public int[] types() { return new int[] {10, 12, 14}; }

        @Override
        public Optional<Integer> typeCreatedGeneration(int ip) {
            return switch (ip) {
                case 10, 12 -> Optional.of(0);
                case 14 -> Optional.of(1);
                default -> Optional.empty();
            };
        }

        @Override
        public String containerTypeName(int ip) {
            return ip == 10 ? "main" : "main.Point";
        }

        @Override
        public NamespaceDecls typeNamespace(int ip) {
            return ip == 10 ? new NamespaceDecls(new int[] {0, 2}, new int[] {1}, new int[] {3}, new int[] {4})
                    : new NamespaceDecls(new int[0], new int[0], new int[0], new int[0]);
        }

        @Override public int[] navs() { return new int[] {0, 1, 2, 4}; }

        @Override
        public Optional<Integer> navCreatedGeneration(int nav) {
            return nav == 0 || nav == 1 || nav == 2 ? Optional.of(0) : nav == 4 ? Optional.of(1) : Optional.empty();
        }

        @Override
        public String navName(int nav) {
            return new String[] {"main", "helper", "Point", "", "test_0"}[nav];
        }

        @Override
        public String navFqn(int nav) {
            return new String[] {"main.main", "main.helper", "main.Point", "", "main.test_0"}[nav];
        }

        @Override
        public NavStatus navStatus(int nav) {
            return nav == 0 ? NavStatus.FULLY_RESOLVED : nav == 2 ? NavStatus.TYPE_RESOLVED : NavStatus.UNRESOLVED;
        }

        @Override
        public Optional<String> navTypeName(int nav) {
            return nav == 0 ? Optional.of("(function)") : nav == 2 ? Optional.of("type") : Optional.empty();
        }

        @Override
        public List<AnalUnit> units() {
            return List.of(AnalUnit.type(10), AnalUnit.navVal(0), AnalUnit.func(20), AnalUnit.navVal(2),
                    AnalUnit.type(14), AnalUnit.memoizedState(AnalUnit.MemoizedStateStage.MAIN));
        }

        @Override
        public Optional<Integer> unitLastUpdateGeneration(AnalUnit unit) {
            return units().contains(unit) ? Optional.of(unit.equals(AnalUnit.type(14)) ? 1 : 0) : Optional.empty();
        }

        @Override
        public List<Dependee> unitDependencies(AnalUnit unit) {
            if (unit.equals(AnalUnit.func(20))) {
                return List.of(new Dependee.SrcHash(5), new Dependee.NavVal(2), new Dependee.NavTy(1),
                        new Dependee.Interned(14), new Dependee.Interned(20),
                        new Dependee.NamespaceName(1, "Point"),
                        new Dependee.MemoizedState(AnalUnit.MemoizedStateStage.VA_LIST));
            }
            return List.of();
        }

        @Override
        public Map<AnalUnit, Optional<AnalUnit>> resolveReferences() {
            Map<AnalUnit, Optional<AnalUnit>> refs = new LinkedHashMap<>();
            refs.put(AnalUnit.type(10), Optional.empty());
            refs.put(AnalUnit.navVal(0), Optional.of(AnalUnit.type(10)));
            refs.put(AnalUnit.func(20), Optional.of(AnalUnit.navVal(0)));
            refs.put(AnalUnit.navVal(2), Optional.of(AnalUnit.func(20)));
            return refs;
        }

        @Override public boolean hasFailed(AnalUnit unit) { return unit.equals(AnalUnit.navVal(2)); }
        @Override public boolean hasTransitiveFailure(AnalUnit unit) { return unit.equals(AnalUnit.func(20)); }

        @Override
        public String formatDependee(Dependee d) {
            if (d instanceof Dependee.SrcHash s) return "inst('main.zig', " + s.trackedInst() + ")";
            if (d instanceof Dependee.NamespaceName n) return "namespace_name('main', '" + n.name() + "')";
            throw new AssertionError("not a formatted dependee: " + d);
        }

        @Override public boolean isFunc(int ip) { return ip == 20; }
    }

    private static final View VIEW = new View();

    private static String ask(String line) {
        return ReplRenderer.respond(VIEW, line);
    }

    @Test
    void help() {
        String help = ask("help");
        assertTrue(help.startsWith("[str] arguments are any string.\n[id] arguments are a numeric ID/index"), help);
        assertTrue(help.endsWith("  type_namespace [id]\n    List all declarations in the namespace of a type.\n\n"));
        assertEquals(help, ask("help me please"));
        assertEquals(32, help.split("\n", -1).length - 1);
    }

    @Test
    void summary() {
        assertEquals("last generation: 1\ntotal container types: 3\ntotal NAVs: 4\ntotal units: 6\n\n",
                ask("summary"));
        assertEquals(ask("summary"), ask("summary ignored argument"));
        View fresh = new View();
        fresh.generation = 0; // before the first update: Zig's u32 arithmetic wraps
        assertTrue(ReplRenderer.respond(fresh, "summary").startsWith("last generation: 4294967295\n"));
    }

    @Test
    void navInfo() {
        assertEquals("name: 'main'\nfqn: 'main.main'\nstatus: fully_resolved\ncreated on generation: 0\n"
                + "type: (function)\n\n", ask("nav_info 0"));
        assertEquals("name: 'Point'\nfqn: 'main.Point'\nstatus: type_resolved\ncreated on generation: 0\n"
                + "type: type\n\n", ask("nav_info 2"));
        assertEquals("name: 'helper'\nfqn: 'main.helper'\nstatus: unresolved\ncreated on generation: 0\n\n",
                ask("nav_info 1"));
        assertEquals("unknown nav index\n", ask("nav_info 3"));
        assertEquals("malformed nav index\n", ask("nav_info"));
        assertEquals("malformed nav index\n", ask("nav_info -1"));
        assertEquals("malformed nav index\n", ask("nav_info 1 2"));
        assertEquals("malformed nav index\n", ask("nav_info 99999999999"));
        assertEquals(ask("nav_info 1"), ask("nav_info +1"));
    }

    @Test
    void findType() {
        assertEquals("* type 10 ('main')\n* type 12 ('main.Point')\n* type 14 ('main.Point')\nFound 3 results\n\n",
                ask("find_type main"));
        assertEquals("* type 12 ('main.Point')\n* type 14 ('main.Point')\nFound 2 results\n\n", ask("find_type Point$"));
        assertEquals("* type 10 ('main')\nFound 1 results\n\n", ask("find_type ^main$"));
        assertEquals("Found 0 results\n\n", ask("find_type ^Point"));
        assertEquals("Found 3 results\n\n", ask("find_type ^").substring(ask("find_type ^").indexOf("Found")));
        assertEquals("bad usage\n", ask("find_type"));
        assertEquals("bad usage\n", ask("find_type   "));
    }

    @Test
    void findNav() {
        assertEquals("* nav 1 ('main.helper')\nFound 1 results\n\n", ask("find_nav help"));
        assertEquals("* nav 0 ('main.main')\n* nav 1 ('main.helper')\n* nav 2 ('main.Point')\n"
                + "* nav 4 ('main.test_0')\nFound 4 results\n\n", ask("find_nav ^main."));
        assertEquals("Found 0 results\n\n", ask("find_nav  help")); // the argument keeps the second space
        assertEquals("bad usage\n", ask("find_nav"));
    }

    @Test
    void unitInfo() {
        assertEquals("last update generation: 0\ncurrent referencer: <analysis root>\nhas error: false\n\n",
                ask("unit_info type 10"));
        assertEquals("last update generation: 0\ncurrent referencer: nav_val 0\nhas error: true (transitive)\n\n",
                ask("unit_info func 20"));
        assertEquals("last update generation: 0\ncurrent referencer: func 20\nhas error: true\n\n",
                ask("unit_info nav_val 2"));
        assertEquals("last update generation: 1\ncurrent referencer: <unreferenced>\nhas error: false\n\n",
                ask("unit_info type 14"));
        assertEquals("last update generation: 0\ncurrent referencer: <unreferenced>\nhas error: false\n\n",
                ask("unit_info memoized_state main"));
        assertEquals("unknown anal unit\n", ask("unit_info nav_ty 0"));
        assertEquals("unknown anal unit\n", ask("unit_info memoized_state panic"));
        assertEquals("malformed anal unit\n", ask("unit_info memoized_state nope"));
        assertEquals("malformed anal unit\n", ask("unit_info nav_val"));
        assertEquals("malformed anal unit\n", ask("unit_info nav_val  1"));
        assertEquals("malformed anal unit\n", ask("unit_info decl 1"));
    }

    @Test
    void unitDependencies() {
        assertEquals("[0] inst('main.zig', 5)\n[1] nav_val 2\n[2] nav_ty 1\n[3] type 14\n[4] func 20\n"
                + "[5] namespace_name('main', 'Point')\n[6] memoized_state va_list\n\n",
                ask("unit_dependencies func 20"));
        assertEquals("\n", ask("unit_dependencies type 10"));
        assertEquals("unknown anal unit\n", ask("unit_dependencies func 21"));
        assertEquals("malformed anal unit\n", ask("unit_dependencies"));
    }

    @Test
    void unitTrace() {
        assertEquals("* nav_val 2\n* func 20\n* nav_val 0\n* type 10\n\n", ask("unit_trace nav_val 2"));
        assertEquals("* type 10\n\n", ask("unit_trace type 10"));
        assertEquals("not referenced\n", ask("unit_trace type 14"));
        assertEquals("unknown anal unit\n", ask("unit_trace comptime 3"));
        assertEquals("malformed anal unit\n", ask("unit_trace comptime x"));
    }

    @Test
    void typeInfoAndNamespace() {
        assertEquals("name: 'main.Point'\ncreated on generation: 1\n\n", ask("type_info 14"));
        assertEquals("name: 'main.Point'\ncreated on generation: 0\n\n", ask("type_info 12"));
        assertEquals("unknown type\n", ask("type_info 11"));
        assertEquals("malformed ip index\n", ask("type_info main"));
        assertEquals("2 pub decls:\n* nav 0\n* nav 2\n1 non-pub decls:\n* nav 1\n1 comptime decls:\n* comptime 3\n"
                + "1 tests:\n* nav 4\n\n", ask("type_namespace 10"));
        assertEquals("0 pub decls:\n0 non-pub decls:\n0 comptime decls:\n0 tests:\n\n", ask("type_namespace 14"));
        assertEquals("unknown type\n", ask("type_namespace 20"));
        assertEquals("malformed ip index\n", ask("type_namespace"));
    }

    @Test
    void unknownCommandsAndTrimming() {
        String notFound = "command not found; run 'help' for a command list\n";
        assertEquals(notFound, ask(""));
        assertEquals(notFound, ask("Summary"));
        assertEquals(notFound, ask("summary\tnow"));
        assertEquals(ask("summary"), ask(" \t\0summary\r\n\0"));
        assertEquals(ask("type_info 14"), ask("type_info 14 \r"));
    }
}
