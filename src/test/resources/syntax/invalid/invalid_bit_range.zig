const S = []align(1:2:3) u8;
