const T = @TypeOf();
