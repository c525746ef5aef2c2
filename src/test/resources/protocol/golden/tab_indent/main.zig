export fn f() u32 {
	const y: u8 = 300;
	return y;
}
