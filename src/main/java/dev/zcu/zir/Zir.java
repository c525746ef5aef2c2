package dev.zcu.zir;

import dev.zcu.syntax.Ast;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What incremental compilation tracks of one file, the zcu counterpart of Zig's {@code Zir} for a file:
 * its containers and declarations (with stable keys and source hashes), its imports and the builtins it uses.
 * Immutable; produced by {@link Lowering#lower(Ast)} after parsing, consumed by the Zcu (sema) and compared
 * old against new by {@link ZirMap}.
 */
public record Zir(Ast ast, List<ZirContainer> containers, List<ZirDecl> decls, List<ZirImport> imports,
                  Set<String> builtins) {

    public Zir {
        containers = List.copyOf(containers);
        decls = List.copyOf(decls);
        imports = List.copyOf(imports);
        builtins = Set.copyOf(builtins);
    }

    /** The container whose AST node is {@code node}. */
    public Optional<Integer> containerOfNode(int node) {
        for (int i = 0; i < containers.size(); i++) {
            if (containers.get(i).node() == node) return Optional.of(i);
        }
        return Optional.empty();
    }

    /** The declaration with this key. */
    public Optional<ZirDecl> decl(String key) {
        for (ZirDecl d : decls) {
            if (d.key().equals(key)) return Optional.of(d);
        }
        return Optional.empty();
    }
}
