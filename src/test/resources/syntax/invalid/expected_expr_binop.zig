const x = 1 + ;
