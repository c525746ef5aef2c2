package dev.zcu.debug;

import dev.zcu.debug.ReplCommand.FindNav;
import dev.zcu.debug.ReplCommand.FindType;
import dev.zcu.debug.ReplCommand.Help;
import dev.zcu.debug.ReplCommand.Malformed;
import dev.zcu.debug.ReplCommand.NavInfo;
import dev.zcu.debug.ReplCommand.Quit;
import dev.zcu.debug.ReplCommand.Summary;
import dev.zcu.debug.ReplCommand.TypeInfo;
import dev.zcu.debug.ReplCommand.TypeNamespace;
import dev.zcu.debug.ReplCommand.Unknown;
import dev.zcu.debug.ReplCommand.UnitDependencies;
import dev.zcu.debug.ReplCommand.UnitInfo;
import dev.zcu.debug.ReplCommand.UnitTrace;
import dev.zcu.sema.AnalUnit;
import dev.zcu.sema.Dependee;
import dev.zcu.sema.NavStatus;
import dev.zcu.sema.ZcuDebugView;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place that holds the incremental debug REPL's text: the seed's {@code help_str}, the output of each
 * command of its {@code handleCommand} ({@code Zcu × command → text}), its replies for malformed arguments and
 * unknown commands, the prompt and the waiting notice, plus zcu's own edge messages (line too long, invalid
 * UTF-8, too many connections, idle timeout). Pure functions of a read-only {@link ZcuDebugView}: the
 * CompilerActor calls {@link #respond} between updates; the server writes the result, then {@link #PROMPT}.
 *
 * <p>Every answer ends with the newline the seed appends after the command's own output, so a command whose
 * output ends in a newline (e.g. {@code summary}) is followed by an empty line, as in the seed. u32 values
 * (generations, indices) print unsigned, as Zig prints them.
 */
public final class ReplRenderer {

    private ReplRenderer() {}

    /** Written when a connection opens and after every answer. */
    public static final String PROMPT = "zig> ";

    /** Written at once when a query arrives while an update runs; the answer follows when it is done. */
    public static final String WAITING = "waiting for in-progress update to finish...\n";

    /** Written before the connection closes on {@code quit} (zcu's addition). */
    public static final String BYE = "bye\n";

    /** The seed's {@code help_str}. */
    public static final String HELP = """
            [str] arguments are any string.
            [id] arguments are a numeric ID/index, like an InternPool index.
            [unit] arguments are strings like 'func 1234' where '1234' is the relevant index (in this case an InternPool index).

            MISC
              summary
                Dump some information about the whole ZCU.
              nav_info [id]
                Dump basic info about a NAV.

            SEARCHING
              find_type [str]
                Find types (including dead ones) whose names contain the given substring.
                Starting with '^' or ending with '$' anchors to the start/end of the name.
              find_nav [str]
                Find NAVs (including dead ones) whose names contain the given substring.
                Starting with '^' or ending with '$' anchors to the start/end of the name.

            UNITS
              unit_info [unit]
                Dump basic info about an analysis unit.
              unit_dependencies [unit]
                List all units which an analysis unit depends on.
              unit_trace [unit]
                Dump the current reference trace of an analysis unit.

            TYPES
              type_info [id]
                Dump basic info about a type.
              type_namespace [id]
                List all declarations in the namespace of a type.
            """;

    /** Parses and answers one line: what the server writes back before the next prompt. */
    public static String respond(ZcuDebugView view, String line) {
        return answer(view, ReplCommand.parse(line));
    }

    /** The answer to one command, ending with the seed's trailing newline. */
    public static String answer(ZcuDebugView view, ReplCommand command) {
        StringBuilder w = new StringBuilder(64);
        write(view, command, w);
        return w.append('\n').toString();
    }

    private static void write(ZcuDebugView view, ReplCommand command, StringBuilder w) {
        if (command instanceof Help) {
            w.append(HELP);
        } else if (command instanceof Summary) {
            w.append("last generation: ").append(u32(view.generation() - 1)).append('\n')
                    .append("total container types: ").append(view.types().length).append('\n')
                    .append("total NAVs: ").append(view.navs().length).append('\n')
                    .append("total units: ").append(view.units().size()).append('\n');
        } else if (command instanceof NavInfo n) {
            navInfo(view, n.nav(), w);
        } else if (command instanceof FindType f) {
            int found = 0;
            for (int type : view.types()) {
                String name = view.containerTypeName(type);
                if (f.pattern().matches(name)) {
                    found++;
                    w.append("* type ").append(u32(type)).append(" ('").append(name).append("')\n");
                }
            }
            w.append("Found ").append(found).append(" results\n");
        } else if (command instanceof FindNav f) {
            int found = 0;
            for (int nav : view.navs()) {
                String fqn = view.navFqn(nav);
                if (f.pattern().matches(fqn)) {
                    found++;
                    w.append("* nav ").append(u32(nav)).append(" ('").append(fqn).append("')\n");
                }
            }
            w.append("Found ").append(found).append(" results\n");
        } else if (command instanceof UnitInfo u) {
            unitInfo(view, u.unit(), w);
        } else if (command instanceof UnitDependencies u) {
            unitDependencies(view, u.unit(), w);
        } else if (command instanceof UnitTrace u) {
            unitTrace(view, u.unit(), w);
        } else if (command instanceof TypeInfo t) {
            Optional<Integer> created = view.typeCreatedGeneration(t.ipIndex());
            if (created.isEmpty()) {
                w.append("unknown type");
                return;
            }
            w.append("name: '").append(view.containerTypeName(t.ipIndex())).append("'\n")
                    .append("created on generation: ").append(u32(created.get())).append('\n');
        } else if (command instanceof TypeNamespace t) {
            typeNamespace(view, t.ipIndex(), w);
        } else if (command instanceof Malformed m) {
            w.append(switch (m.problem()) {
                case NAV_INDEX -> "malformed nav index";
                case IP_INDEX -> "malformed ip index";
                case ANAL_UNIT -> "malformed anal unit";
                case BAD_USAGE -> "bad usage";
            });
        } else if (command instanceof Unknown) {
            w.append("command not found; run 'help' for a command list");
        } else if (command instanceof Quit) {
            w.append(BYE, 0, BYE.length() - 1);
        } else {
            throw new AssertionError("unhandled REPL command " + command);
        }
    }

    private static void navInfo(ZcuDebugView view, int nav, StringBuilder w) {
        Optional<Integer> created = view.navCreatedGeneration(nav);
        if (created.isEmpty()) {
            w.append("unknown nav index");
            return;
        }
        NavStatus status = view.navStatus(nav);
        w.append("name: '").append(view.navName(nav)).append("'\n")
                .append("fqn: '").append(view.navFqn(nav)).append("'\n")
                .append("status: ").append(status.zigName()).append('\n')
                .append("created on generation: ").append(u32(created.get())).append('\n');
        if (status != NavStatus.UNRESOLVED) {
            view.navTypeName(nav).ifPresent(type -> w.append("type: ").append(type).append('\n'));
        }
    }

    private static void unitInfo(ZcuDebugView view, AnalUnit unit, StringBuilder w) {
        Optional<Integer> last = view.unitLastUpdateGeneration(unit);
        if (last.isEmpty()) {
            w.append("unknown anal unit");
            return;
        }
        Map<AnalUnit, Optional<AnalUnit>> refs = view.resolveReferences();
        Optional<AnalUnit> ref = refs.get(unit);
        String referencer = ref == null ? "<unreferenced>" : ref.map(AnalUnit::toString).orElse("<analysis root>");
        String hasError = view.hasFailed(unit) ? "true" : view.hasTransitiveFailure(unit) ? "true (transitive)" : "false";
        w.append("last update generation: ").append(u32(last.get())).append('\n')
                .append("current referencer: ").append(referencer).append('\n')
                .append("has error: ").append(hasError).append('\n');
    }

    private static void unitDependencies(ZcuDebugView view, AnalUnit unit, StringBuilder w) {
        if (view.unitLastUpdateGeneration(unit).isEmpty()) {
            w.append("unknown anal unit");
            return;
        }
        List<Dependee> deps = view.unitDependencies(unit);
        for (int i = 0; i < deps.size(); i++) {
            w.append('[').append(i).append("] ");
            Dependee dep = deps.get(i);
            if (dep instanceof Dependee.NavVal n) {
                w.append("nav_val ").append(u32(n.nav()));
            } else if (dep instanceof Dependee.NavTy n) {
                w.append("nav_ty ").append(u32(n.nav()));
            } else if (dep instanceof Dependee.Interned in) {
                w.append(view.isFunc(in.ipIndex()) ? "func " : "type ").append(u32(in.ipIndex()));
            } else if (dep instanceof Dependee.MemoizedState m) {
                w.append("memoized_state ").append(m.stage().zigName());
            } else {
                // src_hash, namespace, namespace_name, embed_file, zon_file: Zig's fmtDependee.
                w.append(view.formatDependee(dep));
            }
            w.append('\n');
        }
    }

    private static void unitTrace(ZcuDebugView view, AnalUnit unit, StringBuilder w) {
        if (view.unitLastUpdateGeneration(unit).isEmpty()) {
            w.append("unknown anal unit");
            return;
        }
        Map<AnalUnit, Optional<AnalUnit>> refs = view.resolveReferences();
        if (!refs.containsKey(unit)) {
            w.append("not referenced");
            return;
        }
        // Bounded: a referencer chain longer than the map would be a cycle (a bug in the Zcu), not a trace.
        AnalUnit cur = unit;
        for (int steps = 0; cur != null && steps <= refs.size(); steps++) {
            w.append("* ").append(cur).append('\n');
            Optional<AnalUnit> next = refs.get(cur);
            cur = next == null ? null : next.orElse(null);
        }
    }

    private static void typeNamespace(ZcuDebugView view, int ipIndex, StringBuilder w) {
        if (view.typeCreatedGeneration(ipIndex).isEmpty()) {
            w.append("unknown type");
            return;
        }
        ZcuDebugView.NamespaceDecls ns = view.typeNamespace(ipIndex);
        list(w, ns.pubNavs().length + " pub decls:", "* nav ", ns.pubNavs());
        list(w, ns.privNavs().length + " non-pub decls:", "* nav ", ns.privNavs());
        list(w, ns.comptimeUnits().length + " comptime decls:", "* comptime ", ns.comptimeUnits());
        list(w, ns.testNavs().length + " tests:", "* nav ", ns.testNavs());
    }

    private static void list(StringBuilder w, String header, String prefix, int[] items) {
        w.append(header).append('\n');
        for (int item : items) w.append(prefix).append(u32(item)).append('\n');
    }

    private static String u32(int value) {
        return Integer.toUnsignedString(value);
    }

    // ---- zcu's own messages at the edge of the REPL (not in the seed) ----

    /** The reply to a line longer than the limit; the line is ignored and the connection stays usable. */
    public static String lineTooLong(int maxLineBytes) {
        return "error: line too long (more than " + maxLineBytes + " bytes); line ignored\n";
    }

    /** The reply to a line that is not valid UTF-8. */
    public static String invalidUtf8() {
        return "error: line is not valid UTF-8; line ignored\n";
    }

    /** Sent to a client refused because the server is full, before it is disconnected. */
    public static String tooManyConnections(int maxConnections) {
        return "error: too many connections to the debug server (limit " + maxConnections
                + "); try again later\n";
    }

    /** Sent before an idle connection is closed. */
    public static String idleTimeout(Duration idle) {
        String span = idle.toMillis() % 1000 == 0 ? idle.toSeconds() + " s" : idle.toMillis() + " ms";
        return "\nerror: connection idle for " + span + "; closing\n";
    }

    /** The answer when rendering failed because of a bug; the REPL and the Zcu stay usable. */
    public static String internalError(Throwable bug) {
        return "error: internal error while answering: " + bug + "\n";
    }

    /** Sent to open connections when the compiler stops. */
    public static final String COMPILER_STOPPED = "\nerror: the compiler has stopped; closing\n";
}
