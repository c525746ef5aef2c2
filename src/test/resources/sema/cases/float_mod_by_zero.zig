var x: f32 = 1.0;
export fn run() f32 {
    return x % 0;
}
