# backup tests
