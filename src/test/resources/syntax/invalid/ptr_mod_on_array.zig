const A = [4]const u8;
