#include "migration.h"

#include <QCoreApplication>
#include <QHashFunctions>
#include <QRegularExpression>
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

namespace {

// Django's operation descriptions (django.db.migrations.operations: describe()), with the names
// they take: the English pattern and its translatable form.
struct DescriptionForm
{
    const char *pattern;
    const char *text;
};
const DescriptionForm kDescriptionForms[] = {
    {"^Add field (\\S+) to (\\S+)$", QT_TRANSLATE_NOOP("gma::Migration", "Add field %1 to %2")},
    {"^Remove field (\\S+) from (\\S+)$", QT_TRANSLATE_NOOP("gma::Migration", "Remove field %1 from %2")},
    {"^Alter field (\\S+) on (\\S+)$", QT_TRANSLATE_NOOP("gma::Migration", "Alter field %1 on %2")},
    {"^Create model (\\S+)$", QT_TRANSLATE_NOOP("gma::Migration", "Create model %1")},
    {"^Delete model (\\S+)$", QT_TRANSLATE_NOOP("gma::Migration", "Delete model %1")},
    {"^Change Meta options on (\\S+)$", QT_TRANSLATE_NOOP("gma::Migration", "Change Meta options on %1")},
    {"^Create constraint (\\S+) on model (\\S+)$",
     QT_TRANSLATE_NOOP("gma::Migration", "Create constraint %1 on model %2")},
    {"^Remove constraint (\\S+) from model (\\S+)$",
     QT_TRANSLATE_NOOP("gma::Migration", "Remove constraint %1 from model %2")},
    {"^Raw Python operation$", QT_TRANSLATE_NOOP("gma::Migration", "Raw Python operation")},
    {"^Raw SQL operation$", QT_TRANSLATE_NOOP("gma::Migration", "Raw SQL operation")},
};

QString descriptionText(const QString &description)
{
    for (const DescriptionForm &form : kDescriptionForms) {
        const QRegularExpression pattern(QString::fromLatin1(form.pattern));
        const QRegularExpressionMatch m = pattern.match(description);
        if (!m.hasMatch())
            continue;
        QString text = QCoreApplication::translate("gma::Migration", form.text);
        for (int i = 1; i <= pattern.captureCount(); ++i)
            text = text.arg(m.captured(i));
        return text;
    }
    return description;
}

} // namespace

QStringList MigrationDefinition::descriptionTexts(bool backwards) const
{
    QStringList out;
    for (const QString &d : descriptions(backwards))
        out << descriptionText(d);
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
