// Small SQL helpers shared by the engine: identifier quoting, errors as one sentence, running a
// statement with bound values.
// Thread rule: free functions; they use the QSqlDatabase passed in, on its own thread.
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QDateTime>
#include <QVariant>
#include <QVariantList>

struct pg_conn; // libpq's PGconn

namespace gma::sql {

// "name" with embedded quotes doubled.
QString quoteIdent(const QString &identifier);
// 'text' with embedded quotes doubled (an SQL string literal, for statements shown to people).
QString quoteLiteral(const QString &text);
// True for plain lower-case SQL identifiers ([a-z_][a-z0-9_]*), as the definitions use.
bool isPlainIdentifier(const QString &identifier);
// The SQLSTATE of a failed query ("55P03"), or empty.
QString sqlState(const QSqlError &error);
// SQLSTATE 55P03 (lock_timeout) and 57014 (query cancelled: cancel request or statement_timeout).
inline bool isLockTimeoutState(const QString &state) { return state == QLatin1String("55P03"); }
inline bool isCancelState(const QString &state) { return state == QLatin1String("57014"); }
// Whether the session has a transaction open (libpq's transaction status: in a transaction, or in
// a failed one). False after a COMMIT that failed: the server has already ended that transaction.
bool inTransaction(const QSqlDatabase &db);
// libpq's connection under a QPSQL connection (for cancel requests and the transaction status),
// null when there is none.
pg_conn *libpqConnection(const QSqlDatabase &db);
// SQLSTATE 40P01: the server broke a deadlock by cancelling this transaction.
inline bool isDeadlockState(const QString &state) { return state == QLatin1String("40P01"); }
// The server's message without driver noise ("QPSQL: Unable to create query").
QString message(const QSqlError &error);

struct Result
{
    bool ok = false;
    QString error;
    QString sqlState;
    qint64 rowsAffected = -1;
};

// Prepares and runs `statement` with positional bound values.
Result exec(QSqlDatabase &db, const QString &statement, const QVariantList &values = {});
// Runs a query and returns the first column of the first row (invalid QVariant when none).
QVariant scalar(QSqlDatabase &db, const QString &statement, const QVariantList &values = {},
                QString *error = nullptr);
// A read's rows, or the error that stopped it (with its SQLSTATE, for isLockTimeout()).
struct Rows
{
    bool ok = false;
    QList<QVariantList> rows;
    QSqlError error;
};
Rows query(QSqlDatabase &db, const QString &statement, const QVariantList &values = {});
// Runs a query and returns every row as a list of values.
QList<QVariantList> rows(QSqlDatabase &db, const QString &statement, const QVariantList &values = {},
                         QString *error = nullptr);
bool tableExists(QSqlDatabase &db, const QString &schema, const QString &table);
bool columnExists(QSqlDatabase &db, const QString &table, const QString &column); // in public
bool columnExists(QSqlDatabase &db, const QString &schema, const QString &table, const QString &column);

// Reads a result row into fields, in column order: readRow(row, e.id, e.name, e.startedAt).
inline void readValue(const QVariant &v, QString &out) { out = v.toString(); }
inline void readValue(const QVariant &v, int &out) { out = v.toInt(); }
inline void readValue(const QVariant &v, qint64 &out) { out = v.toLongLong(); }
inline void readValue(const QVariant &v, bool &out) { out = v.toBool(); }
inline void readValue(const QVariant &v, double &out) { out = v.toDouble(); }
inline void readValue(const QVariant &v, QDateTime &out) { out = v.toDateTime(); }
template <typename... Fields>
void readRow(const QVariantList &row, Fields &...fields)
{
    int column = 0;
    (readValue(row.value(column++), fields), ...);
}

} // namespace gma::sql
