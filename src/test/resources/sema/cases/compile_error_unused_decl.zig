const x = blk: {
    @compileError("in decl");
};
