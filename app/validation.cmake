# validation: engine sources, CLI commands and libraries of this feature.

# Checks, report data and the Qt Core writers (HTML, CSV, JSON) live in the engine.
target_sources(gma_engine PRIVATE
  engine/validation.h engine/validation.cpp
  engine/reportdata.h engine/reportdata.cpp
  engine/reportwriter.h engine/reportwriter.cpp
)
# The contract's reference schema dumps (pg_dump of the GMA tables at 0002 and 0004), compiled in
# for the schema check: :/contract/schema-at-0002.sql, :/contract/schema-at-0004.sql.
qt_add_resources(gma_engine contract
  PREFIX /contract
  BASE ${PROJECT_SOURCE_DIR}/resources/contract
  FILES ${PROJECT_SOURCE_DIR}/resources/contract/schema-at-0002.sql
        ${PROJECT_SOURCE_DIR}/resources/contract/schema-at-0004.sql)

# gma_report: the PDF renderer, the only part besides the desktop application that needs Qt Gui.
find_package(Qt6 6.4 REQUIRED COMPONENTS Gui)
qt_add_library(gma_report STATIC
  report/pdfreport.h report/pdfreport.cpp
)
target_include_directories(gma_report PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/report)
target_link_libraries(gma_report PUBLIC gma_engine Qt6::Gui PRIVATE gma_warnings)

# The CLI command; it links gma_report for --report *.pdf.
target_sources(gma-migrator-cli PRIVATE cli/cmd_validate.cpp)
target_link_libraries(gma-migrator-cli PRIVATE gma_report)
