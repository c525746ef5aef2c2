const x = return 5;
