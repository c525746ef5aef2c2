package dev.zcu.syntax;

/**
 * Fully assembled views of AST nodes, Zig's {@code Ast.full}: what AstGen reads instead of decoding
 * {@code lhs}/{@code rhs}/{@code extra_data} itself. Built on demand by the {@code Ast.full*} methods; plain
 * immutable records (their arrays are fresh copies). Token fields are token indices, -1 where Zig has
 * {@code null}; node fields are node indices, 0 where absent.
 */
public final class Full {

    private Full() {
    }

    /** Zig's {@code full.VarDecl}. */
    public record VarDecl(int visibToken, int externExportToken, int libName, int threadlocalToken,
                          int comptimeToken, int mutToken, int typeNode, int alignNode, int addrspaceNode,
                          int sectionNode, int initNode) {
        /** The first token of the declaration. */
        public int firstToken() {
            if (visibToken >= 0) {
                return visibToken;
            }
            if (externExportToken >= 0) {
                return externExportToken;
            }
            if (threadlocalToken >= 0) {
                return threadlocalToken;
            }
            if (comptimeToken >= 0) {
                return comptimeToken;
            }
            return mutToken;
        }
    }

    /** Zig's {@code full.AssignDestructure}. */
    public record AssignDestructure(int comptimeToken, int[] variables, int equalToken, int valueExpr) {
    }

    /**
     * Zig's {@code full.If}. {@code payloadToken} is the first token after the {@code |} (an identifier or a
     * {@code *}); {@code elseToken} is set only when {@code elseExpr != 0}.
     */
    public record If(int payloadToken, int errorToken, int elseToken, int ifToken, int condExpr, int thenExpr,
                     int elseExpr) {
    }

    /** Zig's {@code full.While}. */
    public record While(int inlineToken, int labelToken, int payloadToken, int errorToken, int elseToken,
                        int whileToken, int condExpr, int contExpr, int thenExpr, int elseExpr) {
    }

    /** Zig's {@code full.For}. */
    public record For(int inlineToken, int labelToken, int payloadToken, int elseToken, int forToken, int[] inputs,
                      int thenExpr, int elseExpr) {
    }

    /** Zig's {@code full.ContainerField}. */
    public record ContainerField(int comptimeToken, int mainToken, int typeExpr, int alignExpr, int valueExpr,
                                 boolean tupleLike) {
        public int firstToken() {
            return comptimeToken >= 0 ? comptimeToken : mainToken;
        }
    }

    /**
     * Zig's {@code full.FnProto}. {@code params} holds the typed parameters only; {@link Ast#fnProtoParams}
     * also lists {@code anytype} and {@code ...} ones (Zig's {@code iterate}).
     */
    public record FnProto(int visibToken, int externExportInlineToken, int libName, int nameToken, int lparen,
                          int protoNode, int fnToken, int returnType, int[] params, int alignExpr,
                          int addrspaceExpr, int sectionExpr, int callconvExpr) {
        public int firstToken() {
            if (visibToken >= 0) {
                return visibToken;
            }
            if (externExportInlineToken >= 0) {
                return externExportInlineToken;
            }
            return fnToken;
        }
    }

    /** Zig's {@code full.FnProto.Param}; {@code anytypeEllipsis3} is the {@code anytype} or {@code ...} token. */
    public record Param(int firstDocComment, int nameToken, int comptimeNoalias, int anytypeEllipsis3,
                        int typeExpr) {
    }

    /** Zig's {@code full.StructInit}. */
    public record StructInit(int lbrace, int[] fields, int typeExpr) {
    }

    /** Zig's {@code full.ArrayInit}. */
    public record ArrayInit(int lbrace, int[] elements, int typeExpr) {
    }

    /** Zig's {@code full.ArrayType}. */
    public record ArrayType(int lbracket, int elemCount, int sentinel, int elemType) {
    }

    /** Zig's {@code full.PtrType}. */
    public record PtrType(Size size, int allowzeroToken, int constToken, int volatileToken, int mainToken,
                          int alignNode, int addrspaceNode, int sentinel, int bitRangeStart, int bitRangeEnd,
                          int childType) {
        /** Zig's {@code std.builtin.Type.Pointer.Size}. */
        public enum Size { ONE, MANY, SLICE, C }
    }

    /** Zig's {@code full.Slice}. */
    public record Slice(int sliced, int lbracket, int start, int end, int sentinel) {
    }

    /** Zig's {@code full.ContainerDecl}; {@code enumToken} is set for {@code union(enum)}. */
    public record ContainerDecl(int layoutToken, int mainToken, int enumToken, int[] members, int arg) {
    }

    /** Zig's {@code full.Switch}. */
    public record Switch(int labelToken, int switchToken, int condition, int[] cases) {
    }

    /** Zig's {@code full.SwitchCase}; empty {@code values} means {@code else}. */
    public record SwitchCase(int inlineToken, int payloadToken, int[] values, int arrowToken, int targetExpr) {
    }

    /** Zig's {@code full.Asm}. */
    public record Asm(int volatileToken, int firstClobber, int[] outputs, int[] inputs, int asmToken, int template,
                      int[] items, int rparen) {
    }

    /** Zig's {@code full.Call}. */
    public record Call(int asyncToken, int lparen, int fnExpr, int[] params) {
    }
}
