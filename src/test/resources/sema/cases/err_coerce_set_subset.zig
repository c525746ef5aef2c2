const Wide = error{ AlphaQ, BetaQ, GammaQ };
const Narrow = error{AlphaQ};
var x: Wide = error.AlphaQ;
export fn run() void {
    const y: Narrow = x;
    _ = y;
}
