# gui tests
gma_add_test(test_demo_cluster test_demo_cluster.cpp)
if(TARGET gma_ui)
  gma_add_test(test_gui_main test_gui_main.cpp LIBS gma_ui)
endif()
