const P = *allowzero allowzero u8;
