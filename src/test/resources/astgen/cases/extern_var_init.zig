extern var x: u32 = 5;
