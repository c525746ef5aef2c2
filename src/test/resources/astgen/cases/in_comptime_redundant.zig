const x = @inComptime();
