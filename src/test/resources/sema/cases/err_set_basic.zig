const FileError = error{ NotFoundQ, DeniedQ };
const NetError = error{ TimeoutQ, DeniedQ };
const Both = FileError || NetError;
comptime {
    const e: FileError = error.DeniedQ;
    const b: Both = e;
    if (b != error.DeniedQ) @compileError("merge lost DeniedQ");
    if (FileError.NotFoundQ != error.NotFoundQ) @compileError("member access");
    const any: anyerror = error.TimeoutQ;
    if (any == error.DeniedQ) @compileError("compare");
    if (Both != (NetError || FileError)) @compileError("merge not canonical");
}
