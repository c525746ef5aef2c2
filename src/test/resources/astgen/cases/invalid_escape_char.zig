const c = '\z';
