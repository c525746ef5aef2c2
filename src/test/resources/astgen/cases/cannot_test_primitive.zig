test u8 {}
