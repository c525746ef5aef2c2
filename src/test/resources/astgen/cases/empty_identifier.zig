const @"" = 1;
