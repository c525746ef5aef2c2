const Small = error{AQ};
const Big = error{ AQ, BQ };
fn widen(e: Small) Big {
    return e;
}
fn toAny(e: Big) anyerror {
    return e;
}
var g: Small = error.AQ;
export fn run() void {
    _ = toAny(widen(g)) == error.AQ;
}
