# Data views: target_sources(gma_ui PRIVATE ...) for ui/audit, ui/history, ui/backups, ui/validation.
target_sources(gma_engine PRIVATE
  ${PROJECT_SOURCE_DIR}/app/engine/auditbrowser.h ${PROJECT_SOURCE_DIR}/app/engine/auditbrowser.cpp
)
target_sources(gma_ui PRIVATE
  audit/dbworker.h audit/dbworker.cpp
  audit/audittablemodel.h audit/audittablemodel.cpp
  audit/auditsummarywidget.h audit/auditsummarywidget.cpp
  audit/auditview.h audit/auditview.cpp
)
target_sources(gma_ui PRIVATE
  history/historyview.h history/historyview.cpp
  backups/backupsview.h backups/backupsview.cpp
  validation/validationview.h validation/validationview.cpp
)
if(TARGET gma_report)
  target_link_libraries(gma_ui PRIVATE gma_report)
  target_compile_definitions(gma_ui PRIVATE GMA_HAVE_PDF_REPORT)
endif()
