# preflight tests
gma_add_test(test_preview test_preview.cpp)
gma_add_test(test_preflight test_preflight.cpp)
