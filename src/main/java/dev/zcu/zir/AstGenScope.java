package dev.zcu.zir;

import java.util.HashMap;
import java.util.Map;

/**
 * The scope chain AstGen walks while lowering one file, mirroring {@code AstGen.Scope} and {@code GenZir}:
 * blocks ({@link GenZir}), locals ({@link Local}: constants, variables, parameters, captures), defers,
 * container namespaces ({@link Namespace}) and the file's top. Each scope points to its parent; name lookup,
 * shadowing detection, label and loop resolution, and the unused-local checks at scope exit all walk this
 * chain from the innermost scope outwards. Only {@link AstGen} creates and mutates these, for the duration of
 * one {@code check}.
 */
abstract class AstGenScope {
    final AstGenScope parent;

    AstGenScope(AstGenScope parent) {
        this.parent = parent;
    }

    /** The category of a local: these names appear in user-visible messages. */
    enum IdCat {
        FUNCTION_PARAMETER("function parameter"),
        LOCAL_CONSTANT("local constant"),
        LOCAL_VARIABLE("local variable"),
        SWITCH_TAG_CAPTURE("switch tag capture"),
        CAPTURE("capture");

        final String text;

        IdCat(String text) {
            this.text = text;
        }
    }

    /** The kind of result location an expression is lowered with (Zig's {@code ResultInfo.Loc} tags). */
    enum RL { DISCARD, NONE, TY, COERCED_TY, REF, REF_COERCED_TY, PTR, INFERRED_PTR, DESTRUCTURE }

    /** The operator consuming a result (Zig's {@code ResultInfo.Context}). */
    enum Ctx { RETURN, ERROR_HANDLING_EXPR, SHIFT_OP, FN_ARG, CONST_INIT, ASSIGNMENT, NONE }

    /** Destructure component kinds. */
    static final int DS_TYPED_PTR = 0, DS_INFERRED_PTR = 1, DS_DISCARD = 2;

    /** Zig's {@code ResultInfo}: the result location kind, its context, and for a destructure its components. */
    record RI(RL rl, Ctx ctx, int dsNode, int[] dsComponents) {
        static final RI NONE = new RI(RL.NONE, Ctx.NONE, 0, null);
        static final RI DISCARD = new RI(RL.DISCARD, Ctx.NONE, 0, null);
        static final RI REF = new RI(RL.REF, Ctx.NONE, 0, null);
        static final RI TY = new RI(RL.TY, Ctx.NONE, 0, null);
        static final RI COERCED = new RI(RL.COERCED_TY, Ctx.NONE, 0, null);
        static final RI PTR = new RI(RL.PTR, Ctx.NONE, 0, null);
        static final RI INFERRED_PTR = new RI(RL.INFERRED_PTR, Ctx.NONE, 0, null);

        static RI of(RL rl, Ctx ctx) {
            return new RI(rl, ctx, 0, null);
        }

        boolean hasResultType() {
            return rl == RL.TY || rl == RL.COERCED_TY || rl == RL.REF_COERCED_TY || rl == RL.PTR;
        }

        boolean isRef() {
            return rl == RL.REF || rl == RL.REF_COERCED_TY;
        }

        /** Zig's {@code ResultInfo.br}: a coerced type becomes a plain type at a branch point. */
        RI br() {
            return rl == RL.COERCED_TY ? new RI(RL.TY, ctx, dsNode, dsComponents) : this;
        }

        /** The result info of a block whose result pointer is not forwarded (no {@code nodes_need_rl}). */
        RI blockRi() {
            return switch (rl) {
                case PTR -> new RI(RL.TY, ctx, 0, null);
                case INFERRED_PTR -> new RI(RL.NONE, ctx, 0, null);
                default -> this;
            };
        }

        /** Zig's {@code setBreakResultInfo}. */
        RI breakRi() {
            return switch (rl) {
                case COERCED_TY -> new RI(RL.TY, ctx, 0, null);
                case DISCARD -> DISCARD;
                default -> this;
            };
        }

        /** The type-only result info used across a runtime-to-comptime boundary. */
        RI tyOnly() {
            return new RI(hasResultType() ? RL.COERCED_TY : RL.NONE, ctx, 0, null);
        }
    }

    /** A label of a block, loop or switch. */
    static final class Label {
        final int token;
        final boolean isSwitch;
        boolean used;
        boolean usedForContinue;

        Label(int token, boolean isSwitch) {
            this.token = token;
            this.isSwitch = isSwitch;
        }
    }

    /** A block being lowered (Zig's {@code GenZir}). */
    static final class GenZir extends AstGenScope {
        boolean isComptime;
        boolean isTypeof;
        boolean isInline;
        boolean cImport;
        Label label;
        boolean hasBreakBlock;
        boolean hasContinueBlock;
        RI breakRi = RI.NONE;
        RI continueRi = RI.NONE;
        int suspendNode;
        int nosuspendNode;
        int curDeferNode;
        int anyDeferNode;

        GenZir(AstGenScope parent, boolean isComptime) {
            super(parent);
            this.isComptime = isComptime;
        }

        /** Zig's {@code makeSubBlock}. */
        GenZir sub(AstGenScope scope) {
            GenZir g = new GenZir(scope, isComptime);
            g.isTypeof = isTypeof;
            g.cImport = cImport;
            g.suspendNode = suspendNode;
            g.nosuspendNode = nosuspendNode;
            g.anyDeferNode = anyDeferNode;
            return g;
        }

        void setBreakResultInfo(RI ri) {
            breakRi = ri.breakRi();
        }
    }

    /**
     * A local: Zig's {@code LocalVal} ({@code ptr == false}: constants, parameters, captures) or
     * {@code LocalPtr} ({@code ptr == true}: variables, destructured declarations).
     */
    static final class Local extends AstGenScope {
        final String name;
        final int tokenSrc;
        final IdCat idCat;
        final boolean ptr;
        final boolean maybeComptime;
        int used = -1;
        int discarded = -1;
        boolean usedAsLvalue;

        Local(AstGenScope parent, String name, int tokenSrc, IdCat idCat, boolean ptr, boolean maybeComptime) {
            super(parent);
            this.name = name;
            this.tokenSrc = tokenSrc;
            this.idCat = idCat;
            this.ptr = ptr;
            this.maybeComptime = maybeComptime;
        }
    }

    /** A {@code defer} or {@code errdefer} statement in scope. */
    static final class Defer extends AstGenScope {
        Defer(AstGenScope parent) {
            super(parent);
        }
    }

    /** A container's namespace: its declaration names, for lookup and shadowing errors. */
    static final class Namespace extends AstGenScope {
        final Map<String, Integer> decls = new HashMap<>();
        final int node;

        Namespace(AstGenScope parent, int node) {
            super(parent);
            this.node = node;
        }
    }

    /** The outermost scope of a file. */
    static final class Top extends AstGenScope {
        Top() {
            super(null);
        }
    }
}
