const P = *const const u8;
