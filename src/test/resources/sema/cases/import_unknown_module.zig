const helpers = @import("helpers");
comptime {
    _ = helpers;
}
