export fn f() void {
    @setEvalBranchQuota(2000);
    inline for (0..1500) |i| {
        _ = i;
    }
}
