const x = 1;
}
