const P = *volatile volatile u8;
