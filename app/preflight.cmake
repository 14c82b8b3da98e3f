# preflight: engine sources, CLI commands and libraries of this feature.
target_sources(gma_engine PRIVATE
  engine/preview.h engine/preview.cpp
  engine/preflight.h engine/preflight.cpp)
target_sources(gma-migrator-cli PRIVATE cli/cmd_preview.cpp)
