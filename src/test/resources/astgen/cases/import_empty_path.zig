const x = @import("");
