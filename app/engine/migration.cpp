#include "migration.h"

#include <QHashFunctions>
#include <QTimeZone>

namespace gma {

size_t qHash(const MigrationKey &key, size_t seed) noexcept
{
    return qHashMulti(seed, key.app, key.name);
}

QString timestampLiteral(const QDateTime &when)
{
    const QDateTime utc = when.toTimeZone(QTimeZone::utc());
    const QString micro = QStringLiteral("%1").arg(utc.time().msec() * 1000, 6, 10, QLatin1Char('0'));
    return QStringLiteral("'%1.%2+00:00'::timestamptz")
        .arg(utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")), micro);
}

QStringList MigrationDefinition::statements(bool backwards, const QDateTime &now) const
{
    QStringList out;
    const QString literal = timestampLiteral(now);
    for (const SqlOperation &op : operations(backwards)) {
        for (QString statement : op.statements) {
            statement.replace(QStringLiteral("{{now}}"), literal);
            out << statement;
        }
    }
    return out;
}

QStringList MigrationDefinition::descriptions(bool backwards) const
{
    QStringList out;
    if (isData()) {
        out << QStringLiteral("Raw Python operation"); // Django's wording for RunPython
        return out;
    }
    for (const SqlOperation &op : operations(backwards))
        out << op.description;
    return out;
}

} // namespace gma
