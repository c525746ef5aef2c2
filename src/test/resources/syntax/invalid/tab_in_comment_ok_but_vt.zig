const x = 1; // ab
