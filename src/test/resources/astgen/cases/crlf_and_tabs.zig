fn g() void {
    const a = 1;
	const b = @bogus();
}
comptime { _ = g; }
