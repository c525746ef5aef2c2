const Errors = error{
    OutOfMemory,
    NotFound,
    OutOfMemory,
};
