# Data views: target_sources(gma_ui PRIVATE ...) for ui/audit, ui/history, ui/backups, ui/validation.
