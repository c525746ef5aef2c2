package dev.zcu.zir;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * AstGen's static knowledge of the language: Zig's builtin function table ({@code std.zig.BuiltinFn.list}:
 * name, parameter count, whether it may be an lvalue, whether it is illegal outside a function, whether it
 * may evaluate to an error) and the primitive names ({@code std.zig.primitives}, AstGen's
 * {@code primitive_instrs}). Generated from the reference zig's sources.
 */
final class AstGenBuiltins {
    private AstGenBuiltins() {}

    enum EvalToError { NEVER, ALWAYS, MAYBE }

    /** One builtin: {@code paramCount} is -1 for a variable number of parameters. */
    record Info(String name, String tag, int paramCount, EvalToError evalToError, boolean allowsLvalue,
                boolean illegalOutsideFunction) {}

    private static final Map<String, Info> LIST = new HashMap<>();

    private static void b(String name, String tag, int paramCount, EvalToError e, boolean lvalue, boolean illegal) {
        LIST.put(name, new Info(name, tag, paramCount, e, lvalue, illegal));
    }

    static Info get(String name) {
        return LIST.get(name);
    }

    /** {@code std.zig.primitives.names}. */
    private static final Set<String> PRIMITIVE_NAMES = Set.of("anyerror", "anyframe", "anyopaque", "bool", "c_int",
            "c_long", "c_longdouble", "c_longlong", "c_char", "c_short", "c_uint", "c_ulong", "c_ulonglong",
            "c_ushort", "comptime_float", "comptime_int", "f128", "f16", "f32", "f64", "f80", "false", "isize",
            "noreturn", "null", "true", "type", "undefined", "usize", "void");

    /** AstGen's {@code primitive_instrs} keys: the names with a fixed ZIR ref. */
    private static final Set<String> PRIMITIVE_INSTRS;

    static {
        java.util.HashSet<String> s = new java.util.HashSet<>(PRIMITIVE_NAMES);
        s.addAll(Set.of("i16", "i32", "i64", "i128", "i8", "u16", "u29", "u32", "u64", "u128", "u1", "u8"));
        PRIMITIVE_INSTRS = Set.copyOf(s);
    }

    static boolean isPrimitiveInstr(String name) {
        return PRIMITIVE_INSTRS.contains(name);
    }

    /** {@code std.zig.primitives.isPrimitive}. */
    static boolean isPrimitive(String name) {
        if (PRIMITIVE_NAMES.contains(name)) return true;
        if (name.length() < 2) return false;
        char first = name.charAt(0);
        if (first != 'i' && first != 'u') return false;
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    static {
        b("@addWithOverflow", "add_with_overflow", 2, EvalToError.NEVER, false, false);
        b("@addrSpaceCast", "addrspace_cast", 1, EvalToError.NEVER, false, false);
        b("@alignCast", "align_cast", 1, EvalToError.NEVER, false, false);
        b("@alignOf", "align_of", 1, EvalToError.NEVER, false, false);
        b("@as", "as", 2, EvalToError.MAYBE, false, false);
        b("@asyncCall", "async_call", 4, EvalToError.NEVER, false, false);
        b("@atomicLoad", "atomic_load", 3, EvalToError.NEVER, false, false);
        b("@atomicRmw", "atomic_rmw", 5, EvalToError.NEVER, false, false);
        b("@atomicStore", "atomic_store", 4, EvalToError.NEVER, false, false);
        b("@bitCast", "bit_cast", 1, EvalToError.NEVER, false, false);
        b("@bitOffsetOf", "bit_offset_of", 2, EvalToError.NEVER, false, false);
        b("@intFromBool", "int_from_bool", 1, EvalToError.NEVER, false, false);
        b("@bitSizeOf", "bit_size_of", 1, EvalToError.NEVER, false, false);
        b("@branchHint", "branch_hint", 1, EvalToError.NEVER, false, true);
        b("@breakpoint", "breakpoint", 0, EvalToError.NEVER, false, true);
        b("@disableInstrumentation", "disable_instrumentation", 0, EvalToError.NEVER, false, true);
        b("@mulAdd", "mul_add", 4, EvalToError.NEVER, false, false);
        b("@byteSwap", "byte_swap", 1, EvalToError.NEVER, false, false);
        b("@bitReverse", "bit_reverse", 1, EvalToError.NEVER, false, false);
        b("@offsetOf", "offset_of", 2, EvalToError.NEVER, false, false);
        b("@call", "call", 3, EvalToError.MAYBE, false, false);
        b("@cDefine", "c_define", 2, EvalToError.NEVER, false, false);
        b("@cImport", "c_import", 1, EvalToError.NEVER, false, false);
        b("@cInclude", "c_include", 1, EvalToError.NEVER, false, false);
        b("@clz", "clz", 1, EvalToError.NEVER, false, false);
        b("@cmpxchgStrong", "cmpxchg_strong", 6, EvalToError.NEVER, false, false);
        b("@cmpxchgWeak", "cmpxchg_weak", 6, EvalToError.NEVER, false, false);
        b("@compileError", "compile_error", 1, EvalToError.NEVER, false, false);
        b("@compileLog", "compile_log", -1, EvalToError.NEVER, false, false);
        b("@constCast", "const_cast", 1, EvalToError.NEVER, false, false);
        b("@ctz", "ctz", 1, EvalToError.NEVER, false, false);
        b("@cUndef", "c_undef", 1, EvalToError.NEVER, false, false);
        b("@cVaArg", "c_va_arg", 2, EvalToError.NEVER, false, true);
        b("@cVaCopy", "c_va_copy", 1, EvalToError.NEVER, false, true);
        b("@cVaEnd", "c_va_end", 1, EvalToError.NEVER, false, true);
        b("@cVaStart", "c_va_start", 0, EvalToError.NEVER, false, true);
        b("@divExact", "div_exact", 2, EvalToError.NEVER, false, false);
        b("@divFloor", "div_floor", 2, EvalToError.NEVER, false, false);
        b("@divTrunc", "div_trunc", 2, EvalToError.NEVER, false, false);
        b("@embedFile", "embed_file", 1, EvalToError.NEVER, false, false);
        b("@intFromEnum", "int_from_enum", 1, EvalToError.NEVER, false, false);
        b("@errorName", "error_name", 1, EvalToError.NEVER, false, false);
        b("@errorReturnTrace", "error_return_trace", 0, EvalToError.NEVER, false, false);
        b("@intFromError", "int_from_error", 1, EvalToError.NEVER, false, false);
        b("@errorCast", "error_cast", 1, EvalToError.MAYBE, false, false);
        b("@export", "export", 2, EvalToError.NEVER, false, false);
        b("@extern", "extern", 2, EvalToError.NEVER, false, false);
        b("@field", "field", 2, EvalToError.MAYBE, true, false);
        b("@fieldParentPtr", "field_parent_ptr", 2, EvalToError.NEVER, false, false);
        b("@FieldType", "FieldType", 2, EvalToError.NEVER, false, false);
        b("@floatCast", "float_cast", 1, EvalToError.NEVER, false, false);
        b("@intFromFloat", "int_from_float", 1, EvalToError.NEVER, false, false);
        b("@frame", "frame", 0, EvalToError.NEVER, false, false);
        b("@Frame", "Frame", 1, EvalToError.NEVER, false, false);
        b("@frameAddress", "frame_address", 0, EvalToError.NEVER, false, true);
        b("@frameSize", "frame_size", 1, EvalToError.NEVER, false, false);
        b("@hasDecl", "has_decl", 2, EvalToError.NEVER, false, false);
        b("@hasField", "has_field", 2, EvalToError.NEVER, false, false);
        b("@import", "import", 1, EvalToError.NEVER, false, false);
        b("@inComptime", "in_comptime", 0, EvalToError.NEVER, false, false);
        b("@intCast", "int_cast", 1, EvalToError.NEVER, false, false);
        b("@enumFromInt", "enum_from_int", 1, EvalToError.NEVER, false, false);
        b("@errorFromInt", "error_from_int", 1, EvalToError.ALWAYS, false, false);
        b("@floatFromInt", "float_from_int", 1, EvalToError.NEVER, false, false);
        b("@ptrFromInt", "ptr_from_int", 1, EvalToError.NEVER, false, false);
        b("@max", "max", -1, EvalToError.NEVER, false, false);
        b("@memcpy", "memcpy", 2, EvalToError.NEVER, false, false);
        b("@memset", "memset", 2, EvalToError.NEVER, false, false);
        b("@min", "min", -1, EvalToError.NEVER, false, false);
        b("@wasmMemorySize", "wasm_memory_size", 1, EvalToError.NEVER, false, false);
        b("@wasmMemoryGrow", "wasm_memory_grow", 2, EvalToError.NEVER, false, false);
        b("@mod", "mod", 2, EvalToError.NEVER, false, false);
        b("@mulWithOverflow", "mul_with_overflow", 2, EvalToError.NEVER, false, false);
        b("@panic", "panic", 1, EvalToError.NEVER, false, false);
        b("@popCount", "pop_count", 1, EvalToError.NEVER, false, false);
        b("@prefetch", "prefetch", 2, EvalToError.NEVER, false, false);
        b("@ptrCast", "ptr_cast", 1, EvalToError.NEVER, false, false);
        b("@intFromPtr", "int_from_ptr", 1, EvalToError.NEVER, false, false);
        b("@rem", "rem", 2, EvalToError.NEVER, false, false);
        b("@returnAddress", "return_address", 0, EvalToError.NEVER, false, true);
        b("@select", "select", 4, EvalToError.NEVER, false, false);
        b("@setEvalBranchQuota", "set_eval_branch_quota", 1, EvalToError.NEVER, false, false);
        b("@setFloatMode", "set_float_mode", 1, EvalToError.NEVER, false, false);
        b("@setRuntimeSafety", "set_runtime_safety", 1, EvalToError.NEVER, false, false);
        b("@shlExact", "shl_exact", 2, EvalToError.NEVER, false, false);
        b("@shlWithOverflow", "shl_with_overflow", 2, EvalToError.NEVER, false, false);
        b("@shrExact", "shr_exact", 2, EvalToError.NEVER, false, false);
        b("@shuffle", "shuffle", 4, EvalToError.NEVER, false, false);
        b("@sizeOf", "size_of", 1, EvalToError.NEVER, false, false);
        b("@splat", "splat", 1, EvalToError.NEVER, false, false);
        b("@reduce", "reduce", 2, EvalToError.NEVER, false, false);
        b("@src", "src", 0, EvalToError.NEVER, false, true);
        b("@sqrt", "sqrt", 1, EvalToError.NEVER, false, false);
        b("@sin", "sin", 1, EvalToError.NEVER, false, false);
        b("@cos", "cos", 1, EvalToError.NEVER, false, false);
        b("@tan", "tan", 1, EvalToError.NEVER, false, false);
        b("@exp", "exp", 1, EvalToError.NEVER, false, false);
        b("@exp2", "exp2", 1, EvalToError.NEVER, false, false);
        b("@log", "log", 1, EvalToError.NEVER, false, false);
        b("@log2", "log2", 1, EvalToError.NEVER, false, false);
        b("@log10", "log10", 1, EvalToError.NEVER, false, false);
        b("@abs", "abs", 1, EvalToError.NEVER, false, false);
        b("@floor", "floor", 1, EvalToError.NEVER, false, false);
        b("@ceil", "ceil", 1, EvalToError.NEVER, false, false);
        b("@trunc", "trunc", 1, EvalToError.NEVER, false, false);
        b("@round", "round", 1, EvalToError.NEVER, false, false);
        b("@subWithOverflow", "sub_with_overflow", 2, EvalToError.NEVER, false, false);
        b("@tagName", "tag_name", 1, EvalToError.NEVER, false, false);
        b("@This", "This", 0, EvalToError.NEVER, false, false);
        b("@trap", "trap", 0, EvalToError.NEVER, false, false);
        b("@truncate", "truncate", 1, EvalToError.NEVER, false, false);
        b("@Type", "Type", 1, EvalToError.NEVER, false, false);
        b("@typeInfo", "type_info", 1, EvalToError.NEVER, false, false);
        b("@typeName", "type_name", 1, EvalToError.NEVER, false, false);
        b("@TypeOf", "TypeOf", -1, EvalToError.NEVER, false, false);
        b("@unionInit", "union_init", 3, EvalToError.NEVER, false, false);
        b("@Vector", "Vector", 2, EvalToError.NEVER, false, false);
        b("@volatileCast", "volatile_cast", 1, EvalToError.NEVER, false, false);
        b("@workItemId", "work_item_id", 1, EvalToError.NEVER, false, true);
        b("@workGroupSize", "work_group_size", 1, EvalToError.NEVER, false, true);
        b("@workGroupId", "work_group_id", 1, EvalToError.NEVER, false, true);
    }
}
