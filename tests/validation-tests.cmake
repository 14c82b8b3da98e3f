# validation tests
gma_add_test(test_validation test_validation.cpp)
# Imported Qt targets are directory-scoped: test_report links gma_report, which needs Qt6::Gui here too.
find_package(Qt6 6.4 REQUIRED COMPONENTS Gui)
gma_add_test(test_report test_report.cpp LIBS gma_report)
