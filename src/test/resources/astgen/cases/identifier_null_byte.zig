const @"a\x00b" = 1;
