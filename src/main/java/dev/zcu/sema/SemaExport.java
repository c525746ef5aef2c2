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

    /**
     * An exported function whose signature is generic: zig rejects the first parameter that makes it so — a
     * {@code comptime} one, an {@code anytype} one, or one of a comptime-only type.
     */
    void checkGeneric(Full.FnProto proto, java.util.function.IntUnaryOperator resolveType) {
        for (Full.Param p : ast.fnProtoParams(proto)) {
            int[] span = p.nameToken() >= 0 ? Sema.tokenSpan(ast, p.nameToken()) : Sema.span(ast, p.typeExpr());
            // zig's place is the whole parameter: from `comptime` or the name to the end of the type.
            int last = p.typeExpr() != 0 ? ast.lastToken(p.typeExpr()) : p.anytypeEllipsis3();
            if (p.comptimeNoalias() >= 0 && ast.tokenTag(p.comptimeNoalias()) == dev.zcu.syntax.Token.Tag.KEYWORD_COMPTIME) {
                int c = p.comptimeNoalias();
                throw x.fail(Sema.tokensSpan(ast, c, last, c), "comptime parameters" + CC.substring(1));
            }
            if (p.typeExpr() == 0) {
                int first = p.nameToken() >= 0 ? p.nameToken() : last;
                throw x.fail(Sema.tokensSpan(ast, first, last, first), "generic parameters" + CC.substring(1));
            }
            int t = resolveType.applyAsInt(p.typeExpr());
            if (comptimeOnly(t)) {
                if (p.nameToken() >= 0) span = new int[] {span[0], span[1], Sema.span(ast, p.typeExpr())[2]};
                throw x.fail(span, "parameter of type '" + x.fmt(t) + CC);
            }
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
        if (k instanceof Key.Int i && !externInt(i.bits())) throw x.fail(span, msg, intNote(i.bits(), span));
        if (k instanceof Key.Optional o && !pointerLike(o.child())) {
            throw x.fail(span, msg, Sema.msg(fileOf(), span, "only pointer like optionals are extern compatible"));
        }
        if (k instanceof Key.Array) {
            String where = what.startsWith("return") ? "a return type" : "a parameter type";
            throw x.fail(span, msg, Sema.msg(fileOf(), span, "arrays are not allowed as " + where));
        }
        if (k instanceof Key.Fn) {
            throw x.fail(span, msg, Sema.msg(fileOf(), span, "type has no guaranteed in-memory representation"),
                    Sema.msg(fileOf(), span, "use '*const ' to make a function pointer type"));
        }
        if (type == ip.voidType) {
            throw x.fail(span, msg, Sema.msg(fileOf(), span, "'void' is a zero bit type; for C 'void' use 'anyopaque'"));
        }
        if (comptimeOnly(type)) {
            throw x.fail(span, msg);
        }
        ContainerType ct = ip.container(type);
        if (ct != null && ct.kind == Key.ContainerKind.ENUM) {
            int tag = SemaBuiltins.enumTagType(x, ct);
            int bits = x.bits(tag);
            if (!externInt(bits)) {
                throw x.fail(span, msg, Sema.msg(fileOf(), span, "enum tag type '" + x.fmt(tag) + "' is not extern compatible"),
                        intNote(bits, span), x.declaredHere(type, "enum declared here"));
            }
        }
        boolean externStruct = ct != null && ct.kind == Key.ContainerKind.STRUCT
                && (ct.layout == ContainerType.Layout.EXTERN
                    || ct.layout == ContainerType.Layout.PACKED && ct.backingInt >= 0 && externInt(x.bits(ct.backingInt)));
        if (ct != null && !externStruct && (ct.kind == Key.ContainerKind.UNION || ct.kind == Key.ContainerKind.STRUCT)) {
            String kind = ct.kind == Key.ContainerKind.UNION ? "union" : "struct";
            throw x.fail(span, msg,
                    Sema.msg(fileOf(), span, "only extern " + kind + "s and ABI sized packed " + kind + "s are extern compatible"),
                    x.declaredHere(type, kind + " declared here"));
        }
    }

    /** The types that exist only at comptime, which no exported function can take or return. */
    private boolean comptimeOnly(int t) {
        return t == ip.typeType || t == ip.comptimeIntType || t == ip.comptimeFloatType || t == ip.enumLiteralType
                || t == ip.nullType || t == ip.undefinedType;
    }

    /** zig's extern integers: 0, 8, 16, 32, 64 and 128 bits. */
    private static boolean externInt(int bits) {
        return bits == 0 || bits == 8 || bits == 16 || bits == 32 || bits == 64 || bits == 128;
    }

    private SemaMessage intNote(int bits, int[] span) {
        return Sema.msg(fileOf(), span, Integer.bitCount(bits) == 1
                ? "only integers with 0, 8, 16, 32, 64 and 128 bits are extern compatible"
                : "only integers with 0 or power of two bits are extern compatible");
    }

    /** An optional of this child has a pointer's representation (a non-slice pointer or a function pointer). */
    private boolean pointerLike(int child) {
        return ip.key(child) instanceof Key.Ptr p && p.size() != Key.PtrSize.SLICE;
    }

    private int fileOf() {
        return x.fileIndex();
    }
}
