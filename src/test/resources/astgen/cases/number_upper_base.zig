const a = 0X10;
