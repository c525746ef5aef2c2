package dev.zcu.sema;

import java.util.ArrayList;
import java.util.List;

/**
 * The details of one container type (struct, enum, union, opaque) of the {@link InternPool}: where it was
 * declared (file, container key, AST node), its name, its namespace, and its fields once resolved. A
 * recreated type gets a new {@code ContainerType}; the old one is kept, marked dead, for the debug state.
 * Mutated only by the Zcu's analysis (field resolution), like Zig's {@code LoadedStructType}.
 */
public final class ContainerType {

    public final Key.ContainerKind kind;
    public final String name;
    public final int file;
    public final String containerKey;
    public final int node;
    public final int namespace;
    public final long srcHash;
    /** The tracked instruction of the container's declaration, for {@code src_hash} dependencies. */
    public final int trackedInst;
    public final List<String> fieldNames = new ArrayList<>();
    public final List<Integer> fieldTypes = new ArrayList<>();
    public final List<Integer> fieldNodes = new ArrayList<>();
    /** Default field values (struct) or null entries; for enums, the tag values. */
    public final List<Value> fieldDefaults = new ArrayList<>();
    /**
     * Unions: the tag enum type ({@code union(enum)} generates one, {@code union(E)} names one), -1 if untagged;
     * enums: the explicit integer tag type of {@code enum(T)}, -1 if inferred.
     */
    public int tagType = -1;
    /** An enum with a final {@code _} field: any value of its tag type is a valid tag. */
    public boolean nonExhaustive;
    /** A struct's layout: zig's {@code std.builtin.Type.ContainerLayout}. */
    public enum Layout { AUTO, EXTERN, PACKED }

    /** Set when the fields are resolved (from the declaration's {@code extern}/{@code packed}). */
    public Layout layout = Layout.AUTO;
    /** A packed struct's backing integer type ({@code packed struct(u8)} or inferred from its fields), else -1. */
    public int backingInt = -1;
    public boolean fieldsResolved;
    public boolean fieldsFailed;
    public boolean dead;

    public ContainerType(Key.ContainerKind kind, String name, int file, String containerKey, int node, int namespace,
                         long srcHash, int trackedInst) {
        this.kind = kind;
        this.name = name;
        this.file = file;
        this.containerKey = containerKey;
        this.node = node;
        this.namespace = namespace;
        this.srcHash = srcHash;
        this.trackedInst = trackedInst;
    }

    public int fieldIndex(String fieldName) {
        return fieldNames.indexOf(fieldName);
    }
}
