const broken: u8 = 300;
export fn ok() void {}
