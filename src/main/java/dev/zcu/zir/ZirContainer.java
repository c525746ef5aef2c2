package dev.zcu.zir;

import java.util.List;

/**
 * One container of a file (its root struct, or a {@code struct}/{@code enum}/{@code union}/{@code opaque}
 * expression at any depth), as lowered by {@link Lowering}: Zig's {@code struct_decl} and friends.
 *
 * @param key           stable identity: {@code ""} for the file root; else the key of the declaration that
 *                      holds it, {@code $}, and its position among that declaration's containers
 * @param node          the AST node (0 for the root)
 * @param parentDecl    index in {@link Zir#decls()} of the declaration whose value holds it, -1 for the root
 * @param decls         indices into {@link Zir#decls()} of the declarations it owns, in source order
 * @param fields        field nodes, in source order
 * @param srcHash       hash of its tokens
 * @param namespaceHash hash of the set of its declaration names with their pub-ness
 */
public record ZirContainer(String key, int node, int parentDecl, List<Integer> decls, List<Integer> fields,
                           long srcHash, long namespaceHash) {}
