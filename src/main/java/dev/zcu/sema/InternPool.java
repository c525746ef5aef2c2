package dev.zcu.sema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Types and functions by index, Zig's {@code InternPool}: {@code intern(a) == intern(b)} exactly when
 * {@code a.equals(b)}. Container types are keyed by a unique id ({@link Key.Container}), so recreating a type
 * gives a new index while the old one stays. Owned and mutated only by the {@link Zcu}.
 */
public final class InternPool {

    private final List<Key> items = new ArrayList<>();
    private final Map<Key, Integer> indices = new HashMap<>();
    private final Map<Integer, ContainerType> containers = new HashMap<>();
    private int nextUid;

    public final int voidType;
    public final int boolType;
    public final int typeType;
    public final int comptimeIntType;
    public final int comptimeFloatType;
    public final int noreturnType;
    public final int usizeType;
    public final int isizeType;
    public final int nullType;
    public final int undefinedType;
    public final int enumLiteralType;
    public final int anyerrorType;
    public final int u8Type;

    public InternPool() {
        voidType = simple("void");
        boolType = simple("bool");
        typeType = simple("type");
        comptimeIntType = simple("comptime_int");
        comptimeFloatType = simple("comptime_float");
        noreturnType = simple("noreturn");
        usizeType = simple("usize");
        isizeType = simple("isize");
        nullType = simple("@TypeOf(null)");
        undefinedType = simple("@TypeOf(undefined)");
        enumLiteralType = simple("@Type(.enum_literal)");
        anyerrorType = intern(new Key.ErrorSet(null));
        u8Type = intern(new Key.Int(false, 8));
    }

    public int simple(String name) {
        return intern(new Key.Simple(name));
    }

    /** The index of {@code key}, adding it if new. */
    public int intern(Key key) {
        Integer i = indices.get(key);
        if (i != null) return i;
        int index = items.size();
        items.add(key);
        indices.put(key, index);
        return index;
    }

    public Key key(int index) {
        return items.get(index);
    }

    public int size() {
        return items.size();
    }

    /** Creates a new container type (never equal to an existing one). */
    public int createContainer(ContainerType info) {
        int index = intern(new Key.Container(info.kind, nextUid++));
        containers.put(index, info);
        return index;
    }

    /** The details of a container type, or {@code null} if {@code index} is none. */
    public ContainerType container(int index) {
        return containers.get(index);
    }

    public boolean isContainer(int index) {
        return index >= 0 && index < items.size() && items.get(index) instanceof Key.Container;
    }

    public boolean isFunc(int index) {
        return index >= 0 && index < items.size() && items.get(index) instanceof Key.Func;
    }
}
