const x = @import;
