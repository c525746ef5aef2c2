const Level = enum(u2) { debug, info, warn, err, fatal };
comptime {
    _ = Level.debug;
}
