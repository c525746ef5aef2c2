const E = error{ A B };
