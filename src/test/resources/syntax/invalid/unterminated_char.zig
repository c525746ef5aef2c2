const c = 'a;
