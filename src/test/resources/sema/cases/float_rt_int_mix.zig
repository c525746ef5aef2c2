var f: f32 = 1.0;
var i: u8 = 1;
export fn run() bool {
    return f < i;
}
