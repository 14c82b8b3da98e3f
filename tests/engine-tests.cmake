# engine tests
gma_add_test(test_planner test_planner.cpp TIMEOUT 120)
gma_add_test(test_state test_state.cpp TIMEOUT 120)
gma_add_test(test_executor test_executor.cpp TIMEOUT 120)
gma_add_test(test_cli test_cli.cpp TIMEOUT 180)
