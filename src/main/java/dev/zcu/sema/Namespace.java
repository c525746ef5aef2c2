package dev.zcu.sema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The declarations of one container type, Zig's {@code Zcu.Namespace}: pub and non-pub Navs by name, comptime
 * units, tests, and, for types created inside a function (generic instances), the comptime-known locals the
 * type's declarations can see (Zig's captures).
 */
public final class Namespace {

    public final int index;
    public final int file;
    /** The enclosing namespace, -1 for a file root. */
    public final int parent;
    public int ownerType = -1;
    public final Map<String, Integer> pubDecls = new LinkedHashMap<>();
    public final Map<String, Integer> privDecls = new LinkedHashMap<>();
    public final List<Integer> comptimeDecls = new ArrayList<>();
    public final List<Integer> testDecls = new ArrayList<>();
    /** Comptime-known locals visible to the declarations (name → typed value). */
    public final Map<String, TypedValue> captures = new LinkedHashMap<>();

    public Namespace(int index, int file, int parent) {
        this.index = index;
        this.file = file;
        this.parent = parent;
    }

    /** The Nav declared under {@code name}, or -1. */
    public int lookup(String name) {
        Integer n = pubDecls.get(name);
        if (n == null) n = privDecls.get(name);
        return n == null ? -1 : n;
    }
}
