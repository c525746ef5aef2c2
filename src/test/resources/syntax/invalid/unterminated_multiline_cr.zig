const s =
    \\line;
