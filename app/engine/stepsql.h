// The one renderer of a step's SQL: the statements a step sends, in order, exactly as the executor
// sends them (placeholders `?` stand for the values bound per batch). The executor runs these
// texts; sqlmigrate, the preview pane and Preview show them.
// Thread rule: pure functions of a definition; safe from any thread.
#pragma once

#include "migration.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace gma {

struct RenderedStatement
{
    enum class Role {
        Schema,      // a statement of a schema step, inside the step's one transaction
        BatchBound,  // data step, forward: the upper primary-key bound of the next batch
        Batch,       // data step: the statement of one batch (forward: fill, backward: set back)
        BatchCleanup,// data step, backward: forget the records a batch set back
        RecordsRead, // data step, backward: which records there are
        Bookkeeping, // django_migrations
    };
    Role role = Role::Schema;
    QString comment; // what it does, one line, English (SQL comment); empty: same as the one before
    QString sql;     // exactly as sent; empty for an operation that sends nothing (a comment only)
    bool perBatch() const { return role == Role::BatchBound || role == Role::Batch || role == Role::BatchCleanup; }
};

struct StepSql
{
    MigrationKey key;
    bool backwards = false;
    bool data = false;
    QList<RenderedStatement> statements;

    // The statements of one role, in order.
    QStringList sql(RenderedStatement::Role role) const;
    // The whole step as a script for people: comments, statements, and for a schema step the
    // BEGIN/COMMIT around it (what sqlmigrate prints).
    QString script() const;
};

// `now` is the value a schema step's {{now}} defaults are written with.
StepSql renderStep(const MigrationDefinition &def, bool backwards, const QDateTime &now);

// The texts renderStep puts together for a data step (each also in its StepSql).
namespace StepText {
// Forward: the id batch-size rows further on (parameters: lo, batch size).
QString batchBound(const PopulateSpec &spec);
// Forward: fills one primary-key range [lo, hi) and records what it filled (parameters: lo, hi,
// lo, hi again, then table and column name for each field; returns the rows that needed filling and the rows filled).
QString fillBatch(const PopulateSpec &spec);
// Backward: sets back one group of populate_log records, every column at once (parameters: the
// records' ids as a bigint[] literal, then each column name).
QString setBackBatch(const PopulateSpec &spec);
// Backward: forget the records a batch set back (parameter: their ids as a bigint[] literal).
QString forgetRecords();
// Backward: the records of what the data step filled (parameter: the table).
QString readRecords();
} // namespace StepText

} // namespace gma
