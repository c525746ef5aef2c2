threadlocal const x: u32 = 0;
