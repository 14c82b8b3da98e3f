# backup tests
gma_add_test(test_backup test_backup.cpp)
