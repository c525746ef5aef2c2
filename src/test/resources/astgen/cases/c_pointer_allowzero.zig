const P = [*c]allowzero u8;
