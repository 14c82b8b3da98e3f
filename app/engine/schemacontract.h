// The schema contract: the live schema of the GMA tables read from pg_catalog, the contract's
// pg_dump references (compiled in from resources/contract), both in one normalized form, and their
// differences.
//
// The live schema is introspected into a normalized list of entries per table (columns in order
// with type and nullability, defaults, constraints, indexes, owned sequences, triggers); the
// contract's reference dump is parsed into the same form; see SchemaEntry. Validation compares each
// strategy table with the reference of its app's recorded state (0002, or 0004 for 0003 and 0004:
// the data step changes no schema); campaigns_campaign and django_migrations must match exactly
// too. users_user only has to contain the contract's definitions: a production users_user carries
// more columns and indexes (CONTRACT.md). Schema qualifiers ("public.") are dropped on both sides;
// comments, privileges and ownership are not compared (the reference dump has none).
//
// Thread rule: free functions; introspect() uses the connection passed in, on its own thread;
// the others are pure and safe from any thread.
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace gma {

// One normalized schema fact: kind "table", "column", "default", "constraint", "index",
// "sequence", "trigger"; `definition` as pg_dump prints it, without the "public." qualifier.
struct SchemaEntry
{
    QString table;
    QString kind;
    QString name;
    QString definition; // columns: "#3 bigint NOT NULL"
};

namespace Validation {
// The contract's reference dump for "0002" or "0004" (compiled in), and its normalized entries.
QString referenceDump(const QString &stage);
QList<SchemaEntry> parseDump(const QString &dump);
// The live schema of the contract's tables in the same normalized form, and the query that reads it.
QList<SchemaEntry> introspect(QSqlDatabase &db, QString *error);
QString introspectionSql();
// Differences, one sentence each ("characters_character: missing index ..."). Tables in
// `subsetTables` may carry more than the reference (extra columns, indexes), not less.
QStringList compareSchema(const QList<SchemaEntry> &actual, const QList<SchemaEntry> &expected,
                          const QStringList &subsetTables = {});
// The six GMA tables of the contract: the strategy's GMA tables and django_migrations.
QStringList contractTables();
} // namespace Validation

} // namespace gma
