test missing {}
