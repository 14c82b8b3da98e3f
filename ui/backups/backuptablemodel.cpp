#include "backuptablemodel.h"

#include "backup.h"
#include "format.h"
#include "strategy.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace gma::ui {

void BackupTableModel::setBackups(const QList<BackupRecord> &backups, const QSet<QString> &missing)
{
    m_missing = missing;
    setRecords(backups);
}

QString BackupTableModel::stateSummary(const BackupRecord &record)
{
    // The latest migration per strategy app, from the django_migrations rows stored with it.
    QMap<QString, QString> latest;
    for (const QVariant &v : record.migrationState) {
        const QVariantMap row = v.toMap();
        const QString app = row.value(QStringLiteral("app")).toString();
        if (!strategy::findModel(app))
            continue;
        const QString name = row.value(QStringLiteral("name")).toString().left(4);
        if (name > latest.value(app))
            latest.insert(app, name);
    }
    if (latest.isEmpty())
        return QObject::tr("no GMA migrations");
    QSet<QString> distinct;
    for (const QString &v : std::as_const(latest))
        distinct.insert(v);
    if (distinct.size() == 1 && latest.size() == 3)
        return QObject::tr("all at %1").arg(*distinct.begin());
    QStringList parts;
    for (auto it = latest.cbegin(); it != latest.cend(); ++it)
        parts << it.key() + QLatin1Char(' ') + it.value();
    return parts.join(QStringLiteral(", "));
}

QStringList BackupTableModel::headers() const
{
    return {tr("ID"),           tr("Taken"),           tr("File"),     tr("Format"),  tr("Size"),
            tr("Migration state"), tr("Verified"),     tr("Taken by"), tr("Note")};
}

QVariant BackupTableModel::display(int row, int column) const
{
    const BackupRecord &b = m_records.at(row);
    const QLocale locale;
    const QString file = QFileInfo(b.path).fileName();
    return QVariantList{b.id,
                        locale.toString(b.takenAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                        m_missing.contains(b.path) ? tr("%1 (missing)").arg(file) : file,
                        b.format,
                        format::bytes(b.sizeBytes, locale),
                        stateSummary(b),
                        b.verified ? tr("✔ verified") : tr("not verified"),
                        b.dbUser,
                        BackupNotes::noteText(b.note)}
        .value(column);
}

QVariant BackupTableModel::sortKey(int row, int column) const
{
    const BackupRecord &b = m_records.at(row);
    return QVariantList{b.id, b.takenAt, {}, {}, b.sizeBytes, {}, b.verified}.value(column);
}

QString BackupTableModel::toolTip(int row, int column) const
{
    const BackupRecord &b = m_records.at(row);
    const QLocale locale;
    switch (column) {
    case FileColumn:
        return m_missing.contains(b.path)
                   ? tr("%1\nThe file is no longer there.").arg(QDir::toNativeSeparators(b.path))
                   : QDir::toNativeSeparators(b.path);
    case SizeColumn:
        return tr("%1 bytes · SHA-256 %2").arg(locale.toString(b.sizeBytes), b.sha256);
    case StateColumn: {
        QStringList counts;
        for (auto it = b.rowCounts.cbegin(); it != b.rowCounts.cend(); ++it)
            counts << tr("%1: %2 rows").arg(it.key(), locale.toString(it.value().toLongLong()));
        return tr("PostgreSQL %1\n%2").arg(b.serverVersion, counts.join(QLatin1Char('\n')));
    }
    default:
        return {};
    }
}

RecordTone BackupTableModel::cellTone(int row, int column) const
{
    const BackupRecord &b = m_records.at(row);
    if (column == VerifiedColumn)
        return b.verified ? RecordTone::Good : RecordTone::Warn;
    if (column == FileColumn && m_missing.contains(b.path))
        return RecordTone::Bad;
    return RecordTone::Normal;
}

QVariant BackupTableModel::extra(int row, int, int role) const
{
    return role == Qt::UserRole ? QVariant(m_records.at(row).id) : QVariant();
}

} // namespace gma::ui
