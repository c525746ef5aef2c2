const x = 1; // comment const y = 2;
