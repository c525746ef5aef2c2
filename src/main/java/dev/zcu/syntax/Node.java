package dev.zcu.syntax;

/**
 * The vocabulary of AST nodes, Zig's {@code std.zig.Ast.Node}. Nodes themselves are not objects: the {@link Ast}
 * stores, per node index, a tag (one byte), a main token and two data words {@code lhs}/{@code rhs}, plus a shared
 * {@code extra_data} int array. Each tag below documents, exactly as Zig does, what its main token, lhs and rhs
 * hold; node index 0 is the root and means "none" wherever a child is optional. The offsets of the fixed-size
 * records in {@code extra_data} (Zig's {@code Node.GlobalVarDecl}, {@code Node.FnProto}, ...) are the constants
 * of the nested classes below.
 */
public final class Node {

    private Node() {
    }

    /** Zig's {@code Ast.Node.Tag}, in Zig's order. */
    public enum Tag {
        /** sub_list[lhs...rhs] */
        ROOT,
        /** `usingnamespace lhs;`. rhs unused. main_token is `usingnamespace`. */
        USINGNAMESPACE,
        /** lhs is test name token (must be string literal or identifier), if any. rhs is the body node. */
        TEST_DECL,
        /** lhs is the index into extra_data. rhs is the initialization expression, if any. main_token is `var` or `const`. */
        GLOBAL_VAR_DECL,
        /** `var a: x align(y) = rhs` lhs is the index into extra_data. main_token is `var` or `const`. */
        LOCAL_VAR_DECL,
        /** `var a: lhs = rhs`. lhs and rhs may be unused. Can be local or global. main_token is `var` or `const`. */
        SIMPLE_VAR_DECL,
        /** `var a align(lhs) = rhs`. lhs and rhs may be unused. Can be local or global. main_token is `var` or `const`. */
        ALIGNED_VAR_DECL,
        /** lhs is the identifier token payload if any, rhs is the deferred expression. */
        ERRDEFER,
        /** lhs is unused. rhs is the deferred expression. */
        DEFER,
        /** lhs catch rhs lhs catch |err| rhs main_token is the `catch` keyword. payload is determined by looking at the next token after the `catch` keyword. */
        CATCH,
        /** `lhs.a`. main_token is the dot. rhs is the identifier token index. */
        FIELD_ACCESS,
        /** `lhs.?`. main_token is the dot. rhs is the `?` token index. */
        UNWRAP_OPTIONAL,
        /** `lhs == rhs`. main_token is op. */
        EQUAL_EQUAL,
        /** `lhs != rhs`. main_token is op. */
        BANG_EQUAL,
        /** `lhs &lt; rhs`. main_token is op. */
        LESS_THAN,
        /** `lhs &gt; rhs`. main_token is op. */
        GREATER_THAN,
        /** `lhs &lt;= rhs`. main_token is op. */
        LESS_OR_EQUAL,
        /** `lhs &gt;= rhs`. main_token is op. */
        GREATER_OR_EQUAL,
        /** `lhs *= rhs`. main_token is op. */
        ASSIGN_MUL,
        /** `lhs /= rhs`. main_token is op. */
        ASSIGN_DIV,
        /** `lhs %= rhs`. main_token is op. */
        ASSIGN_MOD,
        /** `lhs += rhs`. main_token is op. */
        ASSIGN_ADD,
        /** `lhs -= rhs`. main_token is op. */
        ASSIGN_SUB,
        /** `lhs &lt;&lt;= rhs`. main_token is op. */
        ASSIGN_SHL,
        /** `lhs &lt;&lt;|= rhs`. main_token is op. */
        ASSIGN_SHL_SAT,
        /** `lhs &gt;&gt;= rhs`. main_token is op. */
        ASSIGN_SHR,
        /** `lhs &= rhs`. main_token is op. */
        ASSIGN_BIT_AND,
        /** `lhs ^= rhs`. main_token is op. */
        ASSIGN_BIT_XOR,
        /** `lhs |= rhs`. main_token is op. */
        ASSIGN_BIT_OR,
        /** `lhs *%= rhs`. main_token is op. */
        ASSIGN_MUL_WRAP,
        /** `lhs +%= rhs`. main_token is op. */
        ASSIGN_ADD_WRAP,
        /** `lhs -%= rhs`. main_token is op. */
        ASSIGN_SUB_WRAP,
        /** `lhs *|= rhs`. main_token is op. */
        ASSIGN_MUL_SAT,
        /** `lhs +|= rhs`. main_token is op. */
        ASSIGN_ADD_SAT,
        /** `lhs -|= rhs`. main_token is op. */
        ASSIGN_SUB_SAT,
        /** `lhs = rhs`. main_token is op. */
        ASSIGN,
        /** `a, b, ... = rhs`. main_token is op. lhs is index into `extra_data` of an lhs elem count followed by an array of that many `Node.Index`, with each node having one of the following types: * `global_var_decl` * `local_var_decl` * `simple_var_decl` * `aligned_var_decl` * Any expression node The first 3 types correspond to a `var` or `const` lhs node (note that their `rhs` is always 0). An expression node corresponds to a standard assignment LHS (which must be evaluated as an lvalue). There may be a preceding `comptime` token, which does not create a corresponding `comptime` node so must be manually detected. */
        ASSIGN_DESTRUCTURE,
        /** `lhs || rhs`. main_token is the `||`. */
        MERGE_ERROR_SETS,
        /** `lhs * rhs`. main_token is the `*`. */
        MUL,
        /** `lhs / rhs`. main_token is the `/`. */
        DIV,
        /** `lhs % rhs`. main_token is the `%`. */
        MOD,
        /** `lhs ** rhs`. main_token is the `**`. */
        ARRAY_MULT,
        /** `lhs *% rhs`. main_token is the `*%`. */
        MUL_WRAP,
        /** `lhs *| rhs`. main_token is the `*|`. */
        MUL_SAT,
        /** `lhs + rhs`. main_token is the `+`. */
        ADD,
        /** `lhs - rhs`. main_token is the `-`. */
        SUB,
        /** `lhs ++ rhs`. main_token is the `++`. */
        ARRAY_CAT,
        /** `lhs +% rhs`. main_token is the `+%`. */
        ADD_WRAP,
        /** `lhs -% rhs`. main_token is the `-%`. */
        SUB_WRAP,
        /** `lhs +| rhs`. main_token is the `+|`. */
        ADD_SAT,
        /** `lhs -| rhs`. main_token is the `-|`. */
        SUB_SAT,
        /** `lhs &lt;&lt; rhs`. main_token is the `&lt;&lt;`. */
        SHL,
        /** `lhs &lt;&lt;| rhs`. main_token is the `&lt;&lt;|`. */
        SHL_SAT,
        /** `lhs &gt;&gt; rhs`. main_token is the `&gt;&gt;`. */
        SHR,
        /** `lhs & rhs`. main_token is the `&`. */
        BIT_AND,
        /** `lhs ^ rhs`. main_token is the `^`. */
        BIT_XOR,
        /** `lhs | rhs`. main_token is the `|`. */
        BIT_OR,
        /** `lhs orelse rhs`. main_token is the `orelse`. */
        ORELSE,
        /** `lhs and rhs`. main_token is the `and`. */
        BOOL_AND,
        /** `lhs or rhs`. main_token is the `or`. */
        BOOL_OR,
        /** `op lhs`. rhs unused. main_token is op. */
        BOOL_NOT,
        /** `op lhs`. rhs unused. main_token is op. */
        NEGATION,
        /** `op lhs`. rhs unused. main_token is op. */
        BIT_NOT,
        /** `op lhs`. rhs unused. main_token is op. */
        NEGATION_WRAP,
        /** `op lhs`. rhs unused. main_token is op. */
        ADDRESS_OF,
        /** `op lhs`. rhs unused. main_token is op. */
        TRY,
        /** `op lhs`. rhs unused. main_token is op. */
        AWAIT,
        /** `?lhs`. rhs unused. main_token is the `?`. */
        OPTIONAL_TYPE,
        /** `[lhs]rhs`. */
        ARRAY_TYPE,
        /** `[lhs:a]b`. `ArrayTypeSentinel[rhs]`. */
        ARRAY_TYPE_SENTINEL,
        /** `[*]align(lhs) rhs`. lhs can be omitted. `*align(lhs) rhs`. lhs can be omitted. `[]rhs`. main_token is the asterisk if a single item pointer or the lbracket if a slice, many-item pointer, or C-pointer main_token might be a ** token, which is shared with a parent/child pointer type and may require special handling. */
        PTR_TYPE_ALIGNED,
        /** `[*:lhs]rhs`. lhs can be omitted. `*rhs`. `[:lhs]rhs`. main_token is the asterisk if a single item pointer or the lbracket if a slice, many-item pointer, or C-pointer main_token might be a ** token, which is shared with a parent/child pointer type and may require special handling. */
        PTR_TYPE_SENTINEL,
        /** lhs is index into ptr_type. rhs is the element type expression. main_token is the asterisk if a single item pointer or the lbracket if a slice, many-item pointer, or C-pointer main_token might be a ** token, which is shared with a parent/child pointer type and may require special handling. */
        PTR_TYPE,
        /** lhs is index into ptr_type_bit_range. rhs is the element type expression. main_token is the asterisk if a single item pointer or the lbracket if a slice, many-item pointer, or C-pointer main_token might be a ** token, which is shared with a parent/child pointer type and may require special handling. */
        PTR_TYPE_BIT_RANGE,
        /** `lhs[rhs..]` main_token is the lbracket. */
        SLICE_OPEN,
        /** `lhs[b..c]`. rhs is index into Slice main_token is the lbracket. */
        SLICE,
        /** `lhs[b..c :d]`. rhs is index into SliceSentinel. Slice end "c" can be omitted. main_token is the lbracket. */
        SLICE_SENTINEL,
        /** `lhs.*`. rhs is unused. */
        DEREF,
        /** `lhs[rhs]`. */
        ARRAY_ACCESS,
        /** `lhs{rhs}`. rhs can be omitted. */
        ARRAY_INIT_ONE,
        /** `lhs{rhs,}`. rhs can *not* be omitted */
        ARRAY_INIT_ONE_COMMA,
        /** `.{lhs, rhs}`. lhs and rhs can be omitted. */
        ARRAY_INIT_DOT_TWO,
        /** Same as `array_init_dot_two` except there is known to be a trailing comma before the final rbrace. */
        ARRAY_INIT_DOT_TWO_COMMA,
        /** `.{a, b}`. `sub_list[lhs..rhs]`. */
        ARRAY_INIT_DOT,
        /** Same as `array_init_dot` except there is known to be a trailing comma before the final rbrace. */
        ARRAY_INIT_DOT_COMMA,
        /** `lhs{a, b}`. `sub_range_list[rhs]`. lhs can be omitted which means `.{a, b}`. */
        ARRAY_INIT,
        /** Same as `array_init` except there is known to be a trailing comma before the final rbrace. */
        ARRAY_INIT_COMMA,
        /** `lhs{.a = rhs}`. rhs can be omitted making it empty. main_token is the lbrace. */
        STRUCT_INIT_ONE,
        /** `lhs{.a = rhs,}`. rhs can *not* be omitted. main_token is the lbrace. */
        STRUCT_INIT_ONE_COMMA,
        /** `.{.a = lhs, .b = rhs}`. lhs and rhs can be omitted. main_token is the lbrace. No trailing comma before the rbrace. */
        STRUCT_INIT_DOT_TWO,
        /** Same as `struct_init_dot_two` except there is known to be a trailing comma before the final rbrace. */
        STRUCT_INIT_DOT_TWO_COMMA,
        /** `.{.a = b, .c = d}`. `sub_list[lhs..rhs]`. main_token is the lbrace. */
        STRUCT_INIT_DOT,
        /** Same as `struct_init_dot` except there is known to be a trailing comma before the final rbrace. */
        STRUCT_INIT_DOT_COMMA,
        /** `lhs{.a = b, .c = d}`. `sub_range_list[rhs]`. lhs can be omitted which means `.{.a = b, .c = d}`. main_token is the lbrace. */
        STRUCT_INIT,
        /** Same as `struct_init` except there is known to be a trailing comma before the final rbrace. */
        STRUCT_INIT_COMMA,
        /** `lhs(rhs)`. rhs can be omitted. main_token is the lparen. */
        CALL_ONE,
        /** `lhs(rhs,)`. rhs can be omitted. main_token is the lparen. */
        CALL_ONE_COMMA,
        /** `async lhs(rhs)`. rhs can be omitted. */
        ASYNC_CALL_ONE,
        /** `async lhs(rhs,)`. */
        ASYNC_CALL_ONE_COMMA,
        /** `lhs(a, b, c)`. `SubRange[rhs]`. main_token is the `(`. */
        CALL,
        /** `lhs(a, b, c,)`. `SubRange[rhs]`. main_token is the `(`. */
        CALL_COMMA,
        /** `async lhs(a, b, c)`. `SubRange[rhs]`. main_token is the `(`. */
        ASYNC_CALL,
        /** `async lhs(a, b, c,)`. `SubRange[rhs]`. main_token is the `(`. */
        ASYNC_CALL_COMMA,
        /** `switch(lhs) {}`. `SubRange[rhs]`. `main_token` is the identifier of a preceding label, if any; otherwise `switch`. */
        SWITCH,
        /** Same as switch except there is known to be a trailing comma before the final rbrace */
        SWITCH_COMMA,
        /** `lhs =&gt; rhs`. If lhs is omitted it means `else`. main_token is the `=&gt;` */
        SWITCH_CASE_ONE,
        /** Same ast `switch_case_one` but the case is inline */
        SWITCH_CASE_INLINE_ONE,
        /** `a, b, c =&gt; rhs`. `SubRange[lhs]`. main_token is the `=&gt;` */
        SWITCH_CASE,
        /** Same ast `switch_case` but the case is inline */
        SWITCH_CASE_INLINE,
        /** `lhs...rhs`. */
        SWITCH_RANGE,
        /** `while (lhs) rhs`. `while (lhs) |x| rhs`. */
        WHILE_SIMPLE,
        /** `while (lhs) : (a) b`. `WhileCont[rhs]`. `while (lhs) : (a) b`. `WhileCont[rhs]`. */
        WHILE_CONT,
        /** `while (lhs) : (a) b else c`. `While[rhs]`. `while (lhs) |x| : (a) b else c`. `While[rhs]`. `while (lhs) |x| : (a) b else |y| c`. `While[rhs]`. The cont expression part `: (a)` may be omitted. */
        WHILE,
        /** `for (lhs) rhs`. */
        FOR_SIMPLE,
        /** `for (lhs[0..inputs]) lhs[inputs + 1] else lhs[inputs + 2]`. `For[rhs]`. */
        FOR,
        /** `lhs..rhs`. rhs can be omitted. */
        FOR_RANGE,
        /** `if (lhs) rhs`. `if (lhs) |a| rhs`. */
        IF_SIMPLE,
        /** `if (lhs) a else b`. `If[rhs]`. `if (lhs) |x| a else b`. `If[rhs]`. `if (lhs) |x| a else |y| b`. `If[rhs]`. */
        IF,
        /** `suspend lhs`. lhs can be omitted. rhs is unused. */
        SUSPEND,
        /** `resume lhs`. rhs is unused. */
        RESUME,
        /** `continue :lhs rhs` both lhs and rhs may be omitted. */
        CONTINUE,
        /** `break :lhs rhs` both lhs and rhs may be omitted. */
        BREAK,
        /** `return lhs`. lhs can be omitted. rhs is unused. */
        RETURN,
        /** `fn (a: lhs) rhs`. lhs can be omitted. anytype and ... parameters are omitted from the AST tree. main_token is the `fn` keyword. extern function declarations use this tag. */
        FN_PROTO_SIMPLE,
        /** `fn (a: b, c: d) rhs`. `sub_range_list[lhs]`. anytype and ... parameters are omitted from the AST tree. main_token is the `fn` keyword. extern function declarations use this tag. */
        FN_PROTO_MULTI,
        /** `fn (a: b) addrspace(e) linksection(f) callconv(g) rhs`. `FnProtoOne[lhs]`. zero or one parameters. anytype and ... parameters are omitted from the AST tree. main_token is the `fn` keyword. extern function declarations use this tag. */
        FN_PROTO_ONE,
        /** `fn (a: b, c: d) addrspace(e) linksection(f) callconv(g) rhs`. `FnProto[lhs]`. anytype and ... parameters are omitted from the AST tree. main_token is the `fn` keyword. extern function declarations use this tag. */
        FN_PROTO,
        /** lhs is the fn_proto. rhs is the function body block. Note that extern function declarations use the fn_proto tags rather than this one. */
        FN_DECL,
        /** `anyframe-&gt;rhs`. main_token is `anyframe`. `lhs` is arrow token index. */
        ANYFRAME_TYPE,
        /** Both lhs and rhs unused. */
        ANYFRAME_LITERAL,
        /** Both lhs and rhs unused. */
        CHAR_LITERAL,
        /** Both lhs and rhs unused. */
        NUMBER_LITERAL,
        /** Both lhs and rhs unused. */
        UNREACHABLE_LITERAL,
        /** Both lhs and rhs unused. Most identifiers will not have explicit AST nodes, however for expressions which could be one of many different kinds of AST nodes, there will be an identifier AST node for it. */
        IDENTIFIER,
        /** lhs is the dot token index, rhs unused, main_token is the identifier. */
        ENUM_LITERAL,
        /** main_token is the string literal token Both lhs and rhs unused. */
        STRING_LITERAL,
        /** main_token is the first token index (redundant with lhs) lhs is the first token index; rhs is the last token index. Could be a series of multiline_string_literal_line tokens, or a single string_literal token. */
        MULTILINE_STRING_LITERAL,
        /** `(lhs)`. main_token is the `(`; rhs is the token index of the `)`. */
        GROUPED_EXPRESSION,
        /** `@a(lhs, rhs)`. lhs and rhs may be omitted. main_token is the builtin token. */
        BUILTIN_CALL_TWO,
        /** Same as builtin_call_two but there is known to be a trailing comma before the rparen. */
        BUILTIN_CALL_TWO_COMMA,
        /** `@a(b, c)`. `sub_list[lhs..rhs]`. main_token is the builtin token. */
        BUILTIN_CALL,
        /** Same as builtin_call but there is known to be a trailing comma before the rparen. */
        BUILTIN_CALL_COMMA,
        /** `error{a, b}`. rhs is the rbrace, lhs is unused. */
        ERROR_SET_DECL,
        /** `struct {}`, `union {}`, `opaque {}`, `enum {}`. `extra_data[lhs..rhs]`. main_token is `struct`, `union`, `opaque`, `enum` keyword. */
        CONTAINER_DECL,
        /** Same as ContainerDecl but there is known to be a trailing comma or semicolon before the rbrace. */
        CONTAINER_DECL_TRAILING,
        /** `struct {lhs, rhs}`, `union {lhs, rhs}`, `opaque {lhs, rhs}`, `enum {lhs, rhs}`. lhs or rhs can be omitted. main_token is `struct`, `union`, `opaque`, `enum` keyword. */
        CONTAINER_DECL_TWO,
        /** Same as ContainerDeclTwo except there is known to be a trailing comma or semicolon before the rbrace. */
        CONTAINER_DECL_TWO_TRAILING,
        /** `struct(lhs)` / `union(lhs)` / `enum(lhs)`. `SubRange[rhs]`. */
        CONTAINER_DECL_ARG,
        /** Same as container_decl_arg but there is known to be a trailing comma or semicolon before the rbrace. */
        CONTAINER_DECL_ARG_TRAILING,
        /** `union(enum) {}`. `sub_list[lhs..rhs]`. Note that tagged unions with explicitly provided enums are represented by `container_decl_arg`. */
        TAGGED_UNION,
        /** Same as tagged_union but there is known to be a trailing comma or semicolon before the rbrace. */
        TAGGED_UNION_TRAILING,
        /** `union(enum) {lhs, rhs}`. lhs or rhs may be omitted. Note that tagged unions with explicitly provided enums are represented by `container_decl_arg`. */
        TAGGED_UNION_TWO,
        /** Same as tagged_union_two but there is known to be a trailing comma or semicolon before the rbrace. */
        TAGGED_UNION_TWO_TRAILING,
        /** `union(enum(lhs)) {}`. `SubRange[rhs]`. */
        TAGGED_UNION_ENUM_TAG,
        /** Same as tagged_union_enum_tag but there is known to be a trailing comma or semicolon before the rbrace. */
        TAGGED_UNION_ENUM_TAG_TRAILING,
        /** `a: lhs = rhs,`. lhs and rhs can be omitted. main_token is the field name identifier. lastToken() does not include the possible trailing comma. */
        CONTAINER_FIELD_INIT,
        /** `a: lhs align(rhs),`. rhs can be omitted. main_token is the field name identifier. lastToken() does not include the possible trailing comma. */
        CONTAINER_FIELD_ALIGN,
        /** `a: lhs align(c) = d,`. `container_field_list[rhs]`. main_token is the field name identifier. lastToken() does not include the possible trailing comma. */
        CONTAINER_FIELD,
        /** `comptime lhs`. rhs unused. */
        COMPTIME,
        /** `nosuspend lhs`. rhs unused. */
        NOSUSPEND,
        /** `{lhs rhs}`. rhs or lhs can be omitted. main_token points at the lbrace. */
        BLOCK_TWO,
        /** Same as block_two but there is known to be a semicolon before the rbrace. */
        BLOCK_TWO_SEMICOLON,
        /** `{}`. `sub_list[lhs..rhs]`. main_token points at the lbrace. */
        BLOCK,
        /** Same as block but there is known to be a semicolon before the rbrace. */
        BLOCK_SEMICOLON,
        /** `asm(lhs)`. rhs is the token index of the rparen. */
        ASM_SIMPLE,
        /** `asm(lhs, a)`. `Asm[rhs]`. */
        ASM,
        /** `[a] "b" (c)`. lhs is 0, rhs is token index of the rparen. `[a] "b" (-&gt; lhs)`. rhs is token index of the rparen. main_token is `a`. */
        ASM_OUTPUT,
        /** `[a] "b" (lhs)`. rhs is token index of the rparen. main_token is `a`. */
        ASM_INPUT,
        /** `error.a`. lhs is token index of `.`. rhs is token index of `a`. */
        ERROR_VALUE,
        /** `lhs!rhs`. main_token is the `!`. */
        ERROR_UNION;
        private static final Tag[] VALUES = values();

        /** The tag with this ordinal (as stored in the compact node arrays). */
        public static Tag of(int ordinal) {
            return VALUES[ordinal];
        }

        /** Zig's {@code isContainerField}. */
        public boolean isContainerField() {
            return this == CONTAINER_FIELD_INIT || this == CONTAINER_FIELD_ALIGN || this == CONTAINER_FIELD;
        }
    }

    /** {@code extra_data} layout of {@code local_var_decl}: type_node, align_node. */
    public static final class LocalVarDecl {
        public static final int TYPE_NODE = 0, ALIGN_NODE = 1;
        private LocalVarDecl() {
        }
    }

    /** {@code extra_data} layout of {@code array_type_sentinel}: sentinel, elem_type. */
    public static final class ArrayTypeSentinel {
        public static final int SENTINEL = 0, ELEM_TYPE = 1;
        private ArrayTypeSentinel() {
        }
    }

    /** {@code extra_data} layout of {@code ptr_type}: sentinel, align_node, addrspace_node. */
    public static final class PtrType {
        public static final int SENTINEL = 0, ALIGN_NODE = 1, ADDRSPACE_NODE = 2;
        private PtrType() {
        }
    }

    /** {@code extra_data} layout of {@code ptr_type_bit_range}. */
    public static final class PtrTypeBitRange {
        public static final int SENTINEL = 0, ALIGN_NODE = 1, ADDRSPACE_NODE = 2, BIT_RANGE_START = 3,
                BIT_RANGE_END = 4;
        private PtrTypeBitRange() {
        }
    }

    /** {@code extra_data} layout of a SubRange: start, end (indices into extra_data). */
    public static final class SubRange {
        public static final int START = 0, END = 1;
        private SubRange() {
        }
    }

    /** {@code extra_data} layout of {@code if}: then_expr, else_expr. */
    public static final class If {
        public static final int THEN_EXPR = 0, ELSE_EXPR = 1;
        private If() {
        }
    }

    /** {@code extra_data} layout of {@code container_field}: align_expr, value_expr. */
    public static final class ContainerField {
        public static final int ALIGN_EXPR = 0, VALUE_EXPR = 1;
        private ContainerField() {
        }
    }

    /** {@code extra_data} layout of {@code global_var_decl}: type_node, align_node, addrspace_node, section_node. */
    public static final class GlobalVarDecl {
        public static final int TYPE_NODE = 0, ALIGN_NODE = 1, ADDRSPACE_NODE = 2, SECTION_NODE = 3;
        private GlobalVarDecl() {
        }
    }

    /** {@code extra_data} layout of {@code slice}: start, end. */
    public static final class Slice {
        public static final int START = 0, END = 1;
        private Slice() {
        }
    }

    /** {@code extra_data} layout of {@code slice_sentinel}: start, end (may be 0), sentinel. */
    public static final class SliceSentinel {
        public static final int START = 0, END = 1, SENTINEL = 2;
        private SliceSentinel() {
        }
    }

    /** {@code extra_data} layout of {@code while}: cont_expr, then_expr, else_expr. */
    public static final class While {
        public static final int CONT_EXPR = 0, THEN_EXPR = 1, ELSE_EXPR = 2;
        private While() {
        }
    }

    /** {@code extra_data} layout of {@code while_cont}: cont_expr, then_expr. */
    public static final class WhileCont {
        public static final int CONT_EXPR = 0, THEN_EXPR = 1;
        private WhileCont() {
        }
    }

    /**
     * The {@code rhs} of a {@code for} node, Zig's packed {@code Node.For}: bits 0..30 the number of inputs,
     * bit 31 whether there is an else branch.
     */
    public static final class For {
        private For() {
        }

        public static int inputs(int rhs) {
            return rhs & 0x7FFF_FFFF;
        }

        public static boolean hasElse(int rhs) {
            return (rhs >>> 31) != 0;
        }

        public static int pack(int inputs, boolean hasElse) {
            return (inputs & 0x7FFF_FFFF) | (hasElse ? 0x8000_0000 : 0);
        }
    }

    /** {@code extra_data} layout of {@code fn_proto_one}. */
    public static final class FnProtoOne {
        public static final int PARAM = 0, ALIGN_EXPR = 1, ADDRSPACE_EXPR = 2, SECTION_EXPR = 3, CALLCONV_EXPR = 4;
        private FnProtoOne() {
        }
    }

    /** {@code extra_data} layout of {@code fn_proto}. */
    public static final class FnProto {
        public static final int PARAMS_START = 0, PARAMS_END = 1, ALIGN_EXPR = 2, ADDRSPACE_EXPR = 3,
                SECTION_EXPR = 4, CALLCONV_EXPR = 5;
        private FnProto() {
        }
    }

    /** {@code extra_data} layout of {@code asm}: items_start, items_end, rparen (a token index). */
    public static final class Asm {
        public static final int ITEMS_START = 0, ITEMS_END = 1, RPAREN = 2;
        private Asm() {
        }
    }
}
