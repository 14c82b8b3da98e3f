# desktop-support: engine sources, CLI commands and libraries of this feature.
# DemoCluster (Qt Core only): the throwaway PostgreSQL cluster behind `gma-migrator --demo`.
target_sources(gma_engine PRIVATE
  engine/democluster.h engine/democluster.cpp
)
