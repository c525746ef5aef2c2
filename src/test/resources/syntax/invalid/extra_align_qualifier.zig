const P = *align(4) align(8) u8;
