const A = [4 u8;
