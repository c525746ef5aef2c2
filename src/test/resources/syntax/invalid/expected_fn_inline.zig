inline const x = 1;
