var x: u8 = ;
