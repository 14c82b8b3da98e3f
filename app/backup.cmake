# backup: engine sources, CLI commands and libraries of this feature.
target_sources(gma_engine PRIVATE engine/backup.h engine/backup.cpp)
target_sources(gma-migrator-cli PRIVATE cli/cmd_backup.cpp)
