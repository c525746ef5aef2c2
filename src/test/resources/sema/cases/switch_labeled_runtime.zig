var input: u8 = 0;
export fn run() u8 {
    var acc: u8 = 0;
    sw: switch (input) {
        0 => {
            acc += 1;
            continue :sw 1;
        },
        1 => {
            acc += 2;
            continue :sw true;
        },
        else => {},
    }
    return acc;
}
