# gui views tests (the desktop application's data views; only when the GUI is built)
if(TARGET gma_ui)
  gma_add_test(test_gui_views test_gui_views.cpp LIBS gma_ui)
endif()
