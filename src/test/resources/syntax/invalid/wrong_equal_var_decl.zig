const x == 1;
