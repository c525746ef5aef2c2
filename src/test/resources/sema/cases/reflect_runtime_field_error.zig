const Config = struct {
    width: u32,
    enabled: bool,
};
var config = Config{ .width = 1, .enabled = true };
export fn sum() u32 {
    var total: u32 = 0;
    inline for (@typeInfo(Config).@"struct".fields) |field| {
        total += @field(config, field.name);
    }
    return total;
}
