package dev.zcu.sema;

import dev.zcu.syntax.Ast;
import dev.zcu.syntax.Full;
import dev.zcu.syntax.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runtime calls of generic functions ({@code comptime} and {@code anytype} parameters), Zig's generic
 * instantiation: the comptime arguments and the types of {@code anytype} arguments key a memoised instance (a
 * {@code Key.Func} of its own with the bound parameters in {@link Zcu.FuncInfo#comptimeArgs}), whose body is
 * analysed once as a runtime function; the call's type is the instance's return type.
 */
final class SemaGeneric {

    private SemaGeneric() {}

    /** Types whose values only exist at comptime: an {@code anytype} parameter of such a type is comptime. */
    static boolean isComptimeOnly(InternPool ip, int t) {
        if (t == ip.comptimeIntType || t == ip.comptimeFloatType || t == ip.typeType || t == ip.enumLiteralType
                || t == ip.nullType || t == ip.undefinedType) {
            return true;
        }
        Key k = ip.key(t);
        if (k instanceof Key.Tuple tu) {
            for (int i = 0; i < tu.types().size(); i++) {
                if (tu.values().get(i) == null && isComptimeOnly(ip, tu.types().get(i))) return true;
            }
            return false;
        }
        if (k instanceof Key.Ptr p) return isComptimeOnly(ip, p.child());
        if (k instanceof Key.Optional o) return isComptimeOnly(ip, o.child());
        if (k instanceof Key.Array a) return isComptimeOnly(ip, a.child());
        return false;
    }

    /**
     * A call of a generic function from runtime code; {@code null} when the instance's return type is comptime-only
     * (the caller then evaluates the call at comptime).
     */
    static TypedValue callRuntime(SemaExpr x, SemaExpr.Frame caller, SemaExpr.Scope callerScope, int func, Zcu.FuncInfo info,
                                  List<TypedValue> pre, List<Integer> preNodes, int[] argNodes, int callNode) {
        InternPool ip = x.ip;
        SemaExpr callee = new SemaExpr(x.sema, info.file(), info.namespace());
        Ast fast = callee.ast;
        Full.FnProto proto = Sema.proto(fast, fast.lhs(info.fnNode()));
        List<Full.Param> params = fast.fnProtoParams(proto);
        SemaExpr.Frame tf = new SemaExpr.Frame(true);
        SemaExpr.Scope s = new SemaExpr.Scope(null);
        List<Object> memoKey = new ArrayList<>();
        memoKey.add("instance");
        memoKey.add(func);
        Map<String, TypedValue> bound = new LinkedHashMap<>();
        for (int i = 0; i < params.size(); i++) {
            Full.Param p = params.get(i);
            boolean fromPre = i < pre.size();
            int argNode = fromPre ? preNodes.get(i) : argNodes[i - pre.size()];
            boolean comptimeParam = p.comptimeNoalias() >= 0 && fast.tokenTag(p.comptimeNoalias()) == Token.Tag.KEYWORD_COMPTIME;
            int pt = p.typeExpr() == 0 ? -1 : callee.resolveType(tf, s, p.typeExpr());
            TypedValue arg = fromPre ? pre.get(i) : x.expr(caller, callerScope, argNode, pt);
            if (pt >= 0 && fromPre) {
                arg = x.coerceReceiver(caller, arg, pt, argNode);
            } else if (pt >= 0) {
                arg = x.coerce(caller, arg, pt, argNode,
                        Sema.msg(info.file(), Sema.span(fast, p.typeExpr()), "parameter type declared here"));
            }
            int t = arg.type();
            boolean comptime = comptimeParam || isComptimeOnly(ip, t);
            String pname = p.nameToken() >= 0 ? callee.name(p.nameToken()) : null;
            TypedValue local;
            if (comptime) {
                if (!arg.isComptime()) {
                    if (comptimeParam) {
                        throw x.fail(argNode, "runtime-known argument passed to comptime parameter",
                                Sema.msg(info.file(), Sema.tokenSpan(fast, p.nameToken()), "declared comptime here"));
                    }
                    throw x.fail(argNode, "unable to resolve comptime value");
                }
                local = arg;
                memoKey.add(t);
                memoKey.add(arg.value());
            } else {
                local = TypedValue.runtime(t);
                if (p.typeExpr() == 0) memoKey.add(t);
            }
            if (pname != null) {
                s.locals.put(pname, new SemaExpr.Local(local.type(), local.value(), false));
                bound.put(pname, local);
            }
        }
        int ret = callee.resolveType(tf, s, proto.returnType());
        if (isComptimeOnly(ip, ret)) return null;
        TypedValue memo = x.zcu.memo.get(memoKey);
        int instance;
        if (memo != null && memo.value() instanceof Value.Func fn) {
            instance = fn.index();
        } else {
            instance = ip.intern(new Key.Func(info.nav(), ip.size()));
            x.zcu.funcs.put(instance, new Zcu.FuncInfo(info.nav(), info.namespace(), info.file(), info.fnNode(), Map.copyOf(bound)));
            x.zcu.memo.put(memoKey, new TypedValue(ret, new Value.Func(instance)));
        }
        x.sema.reference(AnalUnit.func(instance), x.file, callNode);
        x.zcu.queueFunc(instance);
        return TypedValue.runtime(ret);
    }
}
