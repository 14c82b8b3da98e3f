// Shared by the preview's files (classify.cpp: what one statement locks and does;
// preview.cpp: the impact of a plan; previewlocks.cpp: how long its locks are held): reading table names out of SQL text and noting locks.
// Thread rule: pure functions; safe from any thread.
#pragma once

#include "preview.h"

#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace gma::previewsql {

// "\"gma_migrator\".\"populate_log\"" -> "gma_migrator.populate_log"; "\"items_item\"" -> "items_item".
QString tableName(const QString &quoted);
// A table reference: "name", "schema"."name" or a bare identifier (a regular-expression fragment).
extern const QString kTableRef;
// Case-insensitive, dot matches newlines.
QRegularExpression re(const QString &pattern);
// Tables read by FROM / JOIN clauses, except `target`.
QStringList readTables(const QString &statement, const QString &target);
// Notes that `s` locks `table` in `mode` (its own table or another one), keeping the strongest.
void addLock(StatementImpact &s, const QString &table, LockMode mode);

} // namespace gma::previewsql
