const E = error{ FirstQ, SecondQ };
comptime {
    _ = E.ThirdQ;
}
