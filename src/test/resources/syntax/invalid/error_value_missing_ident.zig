const e = error.;
