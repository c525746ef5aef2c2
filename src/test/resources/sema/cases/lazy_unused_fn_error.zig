fn broken() void {
    const x: u8 = 300;
    _ = x;
}
export fn ok() void {}
