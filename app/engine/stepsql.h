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
    RenderedStatement() = default;
    RenderedStatement(Role r, QString c, QString s) : role(r), comment(std::move(c)), sql(std::move(s)) {}
    Role role = Role::Schema;
    QString comment; // what it does, one line, English (SQL comment); empty: same as the one before
    QString sql;     // exactly as sent; empty for an operation that sends nothing (a comment only)
    // The online variant (StepSql::online) only: each statement is its own short transaction,
    // except these.
    bool outsideTransaction = false; // CREATE INDEX CONCURRENTLY: no transaction at all
    bool repeatUntilNoRows = false;  // a batch: sent again, each time its own transaction, until it changes no row
    QString invalidIndex;            // the index it builds: one left INVALID by an interrupted build is dropped first
    // A query (bound values doneArgs) that returns true when the statement's effect is already in
    // the schema (an interrupted online run did it): a rerun skips the statement. Empty: the
    // statement is harmless to repeat.
    QString doneSql;
    QVariantList doneArgs;
    bool perBatch() const { return role == Role::BatchBound || role == Role::Batch || role == Role::BatchCleanup; }
};

struct StepSql
{
    MigrationKey key;
    bool backwards = false;
    bool data = false;
    bool online = false; // the --online variant of a schema step (renderStep's `online`)
    QList<RenderedStatement> statements;

    // The statements of one role, in order.
    QStringList sql(RenderedStatement::Role role) const;
    // The whole step as a script for people: comments, statements, and for a schema step the
    // BEGIN/COMMIT around it (what sqlmigrate prints).
    QString script() const;
};

// `now` is the value a schema step's {{now}} defaults are written with. `online` (schema steps
// only) derives the --online variant from Django's statements: the same end schema, each catalogue
// change its own short transaction, indexes built CONCURRENTLY, foreign keys and NOT NULL proven
// by NOT VALID constraints validated separately, NULL conversions in batches (onlineStatements).
StepSql renderStep(const MigrationDefinition &def, bool backwards, const QDateTime &now, bool online = false);
// The online form of one of Django's schema statements (after {{now}} is replaced), as one or
// more statements; `next` is the statement after it (an INSERT recording NULLs and the UPDATE
// converting them become one batch: *consumedNext is set). Empty for SET CONSTRAINTS, which a
// transaction of its own does not need.
QList<RenderedStatement> onlineStatements(const QString &statement, const QString &next, bool *consumedNext);
// Rows per batch of an online NULL conversion.
constexpr int kOnlineBatchRows = 5000;

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
// Backward, with the columns dropped: forget every record of the table (parameter: the table).
QString forgetTableRecords();
} // namespace StepText

} // namespace gma
