#include "sqlutil.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlRecord>

#include <libpq-fe.h>

namespace gma::sql {

// `text` between `quote`s, each `quote` inside doubled.
static QString quoted(const QString &text, QChar quote)
{
    QString out = text;
    out.replace(quote, QString(2, quote));
    return quote + out + quote;
}

QString quoteIdent(const QString &identifier)
{
    return quoted(identifier, QLatin1Char('"'));
}

QString quoteLiteral(const QString &text)
{
    return quoted(text, QLatin1Char('\''));
}

bool isPlainIdentifier(const QString &identifier)
{
    static const QRegularExpression re(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return re.match(identifier).hasMatch();
}

QString sqlState(const QSqlError &error)
{
    return error.nativeErrorCode();
}

QString message(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    // A statement that failed without any error: the driver closed the connection after it was
    // lost (under an earlier statement), and runs nothing on it.
    if (text.isEmpty() && error.type() == QSqlError::NoError)
        text = QStringLiteral("no connection to the server");
    // libpq prefixes server messages with the severity and may append DETAIL/HINT lines.
    static const QRegularExpression severity(QStringLiteral("^(ERROR|FATAL|PANIC):\\s+"));
    text.remove(severity);
    text.replace(QStringLiteral("\n"), QStringLiteral(" "));
    text.remove(QStringLiteral("(PGRES_FATAL_ERROR)"));
    text.remove(QStringLiteral("QPSQL: "));
    text = text.simplified();
    // The session ended under the statement (terminated, the server restarted or gone): one
    // sentence instead of libpq's "server closed the connection unexpectedly / This probably
    // means ..." lines; what the server said first, when it said something, stays. In the tool's
    // language: the session is gone, so no run record of it stores this sentence.
    const QString state = error.nativeErrorCode();
    const int lost = text.indexOf(QLatin1String("server closed the connection unexpectedly"));
    if (lost >= 0 || state.startsWith(QLatin1String("57P0")) || state.startsWith(QLatin1String("08")) ||
        text.contains(QLatin1String("no connection to the server"))) {
        QString said = lost >= 0 ? text.left(lost).trimmed() : QString();
        if (said.isEmpty() && (state.startsWith(QLatin1String("57P0")) || state.startsWith(QLatin1String("08"))))
            said = text.section(QLatin1String(" server closed"), 0, 0).trimmed();
        said.remove(QRegularExpression(QStringLiteral("^(FATAL|ERROR):\\s*")));
        if (said.endsWith(QLatin1Char('.')))
            said.chop(1);
        return said.isEmpty() || said.contains(QLatin1String("no connection to the server"))
                   ? QCoreApplication::translate("gma::sql", "the connection to the server was lost")
                   : QCoreApplication::translate("gma::sql", "the connection to the server was lost (%1)").arg(said);
    }
    return text;
}

// Runs `statement` on `query`: directly without values, else prepared with positional bindings.
static bool run(QSqlQuery &query, const QString &statement, const QVariantList &values)
{
    if (values.isEmpty())
        return query.exec(statement);
    if (!query.prepare(statement))
        return false;
    for (const QVariant &v : values)
        query.addBindValue(v);
    return query.exec();
}

Result exec(QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    Result result;
    QSqlQuery query(db);
    const bool ok = run(query, statement, values);
    result.ok = ok;
    if (!ok) {
        result.error = message(query.lastError());
        result.sqlState = sqlState(query.lastError());
    } else {
        result.rowsAffected = query.isSelect() ? query.size() : query.numRowsAffected();
    }
    return result;
}

Rows query(QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    Rows out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!run(q, statement, values)) {
        out.error = q.lastError();
        return out;
    }
    out.ok = true;
    const int columns = q.record().count();
    while (q.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row << q.value(i);
        out.rows << row;
    }
    return out;
}

QList<QVariantList> rows(QSqlDatabase &db, const QString &statement, const QVariantList &values,
                         QString *error)
{
    Rows r = query(db, statement, values);
    if (error)
        *error = r.ok ? QString() : message(r.error);
    return r.rows;
}

QVariant scalar(QSqlDatabase &db, const QString &statement, const QVariantList &values, QString *error)
{
    const QList<QVariantList> r = rows(db, statement, values, error);
    return r.isEmpty() || r.first().isEmpty() ? QVariant() : r.first().first();
}

pg_conn *libpqConnection(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // Qt registers the driver handle under the struct's name ("pg_conn*"); older builds used the typedef.
    if (!handle.isValid() || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

bool inTransaction(const QSqlDatabase &db)
{
    PGconn *conn = libpqConnection(db);
    if (!conn)
        return db.isOpen(); // not known: as if it were open
    const PGTransactionStatusType status = PQtransactionStatus(conn);
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR || status == PQTRANS_ACTIVE;
}

bool tableExists(QSqlDatabase &db, const QString &schema, const QString &table)
{
    return scalar(db, QStringLiteral("SELECT to_regclass(?) IS NOT NULL"),
                  {quoteIdent(schema) + QLatin1Char('.') + quoteIdent(table)})
        .toBool();
}

bool columnExists(QSqlDatabase &db, const QString &table, const QString &column)
{
    return columnExists(db, QStringLiteral("public"), table, column);
}

bool columnExists(QSqlDatabase &db, const QString &schema, const QString &table, const QString &column)
{
    return scalar(db,
                  QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass(?) "
                                 "AND attname = ? AND NOT attisdropped AND attnum > 0)"),
                  {quoteIdent(schema) + QLatin1Char('.') + quoteIdent(table), column})
        .toBool();
}

} // namespace gma::sql
