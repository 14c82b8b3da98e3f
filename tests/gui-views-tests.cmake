# gui views tests
gma_add_test(test_gui_views test_gui_views.cpp LIBS gma_ui)
