comptime {
    _ = @unionInit(u8, "z", 1);
}
