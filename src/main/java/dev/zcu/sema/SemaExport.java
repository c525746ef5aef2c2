package dev.zcu.sema;

import dev.zcu.syntax.Ast;
import dev.zcu.syntax.Full;
import java.util.List;

/**
 * The C-ABI checks of an exported function's signature, Zig's {@code Sema.validateExternType} for the types this
 * part of zcu introduces or meets most: error sets and error unions, unions and structs without an
 * {@code extern}/{@code packed} layout, slices, and integers whose width is not a power of two. Each is reported
 * as zig reports it: {@code parameter of type 'T' not allowed in function with calling convention 'x86_64_sysv'}
 * (or {@code return type 'T' ...}) with zig's explanatory notes. Other types are accepted as before.
 */
final class SemaExport {

    private static final String CC = "' not allowed in function with calling convention 'x86_64_sysv'";

    private final SemaExpr x;
    private final InternPool ip;
    private final Ast ast;

    SemaExport(SemaExpr x, InternPool ip, Ast ast) {
        this.x = x;
        this.ip = ip;
        this.ast = ast;
    }

    /** Checks the parameters in order, then the return type, of an exported function of type {@code fnType}. */
    void check(Full.FnProto proto, int fnType) {
        if (!(ip.key(fnType) instanceof Key.Fn fn) || fn.generic()) return;
        List<Full.Param> params = ast.fnProtoParams(proto);
        for (int i = 0; i < fn.params().size() && i < params.size(); i++) {
            Full.Param p = params.get(i);
            int[] span = Sema.span(ast, p.typeExpr());
            if (p.nameToken() >= 0) {
                span = new int[] {ast.tokenStart(p.nameToken()), ast.tokenStart(p.nameToken()), span[2]};
            }
            reject(fn.params().get(i), span, "parameter of type '");
        }
        int ret = fn.ret();
        if (ret != ip.voidType && ret != ip.noreturnType) {
            reject(ret, Sema.span(ast, proto.returnType()), "return type '");
        }
    }

    private void reject(int type, int[] span, String what) {
        Key k = ip.key(type);
        String msg = what + x.fmt(type) + CC;
        if (k instanceof Key.ErrorSet || k instanceof Key.InferredErrorSet || k instanceof Key.ErrorUnion) {
            throw x.fail(span, msg);
        }
        if (k instanceof Key.Ptr p && p.size() == Key.PtrSize.SLICE) {
            throw x.fail(span, msg, Sema.msg(fileOf(), span, "slices have no guaranteed in-memory representation"));
        }
        if (k instanceof Key.Int i && i.bits() != 0 && Integer.bitCount(i.bits()) != 1) {
            throw x.fail(span, msg, Sema.msg(fileOf(), span, "only integers with 0 or power of two bits are extern compatible"));
        }
        ContainerType ct = ip.container(type);
        if (ct != null && (ct.kind == Key.ContainerKind.UNION || ct.kind == Key.ContainerKind.STRUCT)) {
            String kind = ct.kind == Key.ContainerKind.UNION ? "union" : "struct";
            throw x.fail(span, msg,
                    Sema.msg(fileOf(), span, "only extern " + kind + "s and ABI sized packed " + kind + "s are extern compatible"),
                    x.declaredHere(type, kind + " declared here"));
        }
    }

    private int fileOf() {
        return x.fileIndex();
    }
}
