const State = enum { start, middle, done };
fn steps() u32 {
    var count: u32 = 0;
    sw: switch (State.start) {
        .start => {
            count += 1;
            continue :sw .middle;
        },
        .middle => {
            count += 10;
            continue :sw .done;
        },
        .done => {},
    }
    return count;
}
comptime {
    if (steps() != 11) @compileError("labelled switch");
}
