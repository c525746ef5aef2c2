const x = ÿ;
