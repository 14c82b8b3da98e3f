// The commands and run guards of the command line, one function each, defined in the cmd_*.cpp
// files; cli.cpp lists them in its command and guard tables.
// Thread rule: main thread only, as everything in the command line.
#pragma once

#include "cli.h"

#include <QCoreApplication>
#include <memory>

namespace gma::cli {

// cmd_migrations.cpp
Command showMigrationsCommand();
Command sqlMigrateCommand();
// cmd_preview.cpp
Command previewCommand();
Command preflightCommand();
RunGuard preflightGuard();
// cmd_run.cpp
Command migrateCommand();
Command rollbackCommand();
// cmd_history.cpp
Command auditCommand();
Command historyCommand();
// cmd_validate.cpp
Command validateCommand();
// The application `validate --report *.pdf` needs (a QGuiApplication, offscreen), or nullptr
// when the raw arguments ask for no PDF.
std::unique_ptr<QCoreApplication> makeValidateApplication(int &argc, char **argv);
// cmd_demo.cpp
Command initDemoCommand();
// cmd_backup.cpp
Command backupCommand();
Command backupsCommand();
Command restoreCommand();
RunGuard autoBackupGuard();

} // namespace gma::cli
