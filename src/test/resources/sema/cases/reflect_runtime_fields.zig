const Config = struct {
    width: u32,
    height: u32,
    depth: u8,
};
var config = Config{ .width = 1, .height = 2, .depth = 3 };
export fn sum() u32 {
    var total: u32 = 0;
    inline for (@typeInfo(Config).@"struct".fields) |field| {
        total += @field(config, field.name);
    }
    return total;
}
