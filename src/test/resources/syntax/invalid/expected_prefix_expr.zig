const x = !;
