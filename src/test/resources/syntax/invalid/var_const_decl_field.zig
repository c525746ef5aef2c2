const S = struct {
    x = 1;
};
