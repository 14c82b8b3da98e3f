#include "reporttables.h"

#include "format.h"
#include "strategy.h"

#include <QCoreApplication>

namespace gma::ReportTables {

namespace {

ReportCell cell(const QString &text, const QString &note = QString())
{
    ReportCell c;
    c.text = text;
    c.note = note;
    return c;
}

ReportCell number(qint64 value)
{
    ReportCell c = cell(format::count(value, QLocale()));
    c.number = true;
    return c;
}

ReportCell muted(const QString &text)
{
    ReportCell c = cell(text);
    c.tone = ReportCell::Tone::Muted;
    return c;
}

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("gma::ReportTables", "yes")
                 : QCoreApplication::translate("gma::ReportTables", "no");
}

// A word the tool records in English (a run's direction and outcome, a deployment stage's outcome)
// in the reader's language; any other text as it is.
QString recordedWord(const QString &word)
{
    static const char *const words[] = {QT_TRANSLATE_NOOP("gma::ReportTables", "forward"),
                                        QT_TRANSLATE_NOOP("gma::ReportTables", "backward"),
                                        QT_TRANSLATE_NOOP("gma::ReportTables", "success"),
                                        QT_TRANSLATE_NOOP("gma::ReportTables", "failed"),
                                        QT_TRANSLATE_NOOP("gma::ReportTables", "cancelled"),
                                        QT_TRANSLATE_NOOP("gma::ReportTables", "faked"),
                                        QT_TRANSLATE_NOOP("gma::ReportTables", "ok"),
                                        QT_TRANSLATE_NOOP("gma::ReportTables", "warning"),
                                        QT_TRANSLATE_NOOP("gma::ReportTables", "skipped")};
    for (const char *w : words) {
        if (word == QLatin1String(w))
            return QCoreApplication::translate("gma::ReportTables", w);
    }
    return word;
}

} // namespace

QList<QPair<QString, QString>> facts(const ReportData &d)
{
    return {{QCoreApplication::translate("gma::ReportTables", "Database"), d.database},
            {QCoreApplication::translate("gma::ReportTables", "Connection"), d.connection},
            {QCoreApplication::translate("gma::ReportTables", "Encryption"), d.encryption},
            {QCoreApplication::translate("gma::ReportTables", "Server version"),
             QStringLiteral("PostgreSQL ") + d.serverVersion},
            {QCoreApplication::translate("gma::ReportTables", "User"), d.user},
            {QCoreApplication::translate("gma::ReportTables", "Generated"),
             d.generatedBy.isEmpty() ? format::utcTime(d.generatedAt)
                                     : QCoreApplication::translate("gma::ReportTables", "%1 by %2")
                                           .arg(format::utcTime(d.generatedAt), d.generatedBy)},
            {QCoreApplication::translate("gma::ReportTables", "Tool version"),
             QStringLiteral("GMA Migrator ") + d.toolVersion},
            {QCoreApplication::translate("gma::ReportTables", "Migration state"), d.migrationState}};
}

ReportTable apps(const ReportData &d)
{
    ReportTable t;
    t.columns = {{QCoreApplication::translate("gma::ReportTables", "App"), 25},
                 {QCoreApplication::translate("gma::ReportTables", "Latest recorded migration"), 45},
                 {QCoreApplication::translate("gma::ReportTables", "Applied"), 30}};
    for (const AppStateRow &a : d.apps) {
        t.rows << QList<ReportCell>{cell(a.app),
                                    a.latest.isEmpty()
                                        ? muted(QCoreApplication::translate("gma::ReportTables", "none"))
                                        : cell(a.latest),
                                    cell(a.appliedAt.isValid() ? format::utcTime(a.appliedAt) : QString())};
    }
    return t;
}

ReportTable audit(const ReportData &d)
{
    ReportTable t;
    t.title = QCoreApplication::translate("gma::ReportTables", "Audit-field population per model");
    t.columns = {{QCoreApplication::translate("gma::ReportTables", "Model"), 24},
                 {QCoreApplication::translate("gma::ReportTables", "Rows"), 10}};
    for (const QString &c : strategy::auditColumns())
        t.columns << ReportColumn{c + QStringLiteral(" NULL"), 16};
    for (const ModelAudit &m : d.audit) {
        QList<ReportCell> row{cell(m.model, m.table),
                              m.tableExists
                                  ? number(m.rows)
                                  : muted(QCoreApplication::translate("gma::ReportTables", "no table"))};
        for (const AuditFieldStat &f : m.fields) {
            if (!f.present) {
                row << muted(QCoreApplication::translate("gma::ReportTables", "no column"));
                continue;
            }
            ReportCell c = cell(QStringLiteral("%1 (%2%)")
                                    .arg(format::count(f.nulls, QLocale()),
                                         QLocale().toString(100.0 * m.nullShare(f), 'f', 1)));
            c.number = true;
            if (f.nulls > 0)
                c.tone = ReportCell::Tone::Warn;
            row << c;
        }
        t.rows << row;
    }
    return t;
}

ReportTable history(const ReportData &d)
{
    ReportTable t;
    t.title = QCoreApplication::translate("gma::ReportTables", "Run history");
    t.intro = QCoreApplication::translate("gma::ReportTables", "Newest first; times in UTC.");
    t.empty = QCoreApplication::translate("gma::ReportTables", "No runs recorded by the tool.");
    t.columns = {{QCoreApplication::translate("gma::ReportTables", "Started"), 15},
                 {QCoreApplication::translate("gma::ReportTables", "User"), 10},
                 {QCoreApplication::translate("gma::ReportTables", "Direction"), 11},
                 {QCoreApplication::translate("gma::ReportTables", "Migration"), 37},
                 {QCoreApplication::translate("gma::ReportTables", "Duration"), 10},
                 {QCoreApplication::translate("gma::ReportTables", "Rows"), 7},
                 {QCoreApplication::translate("gma::ReportTables", "Outcome"), 10}};
    for (const HistoryEntry &r : d.history) {
        ReportCell migration = cell(r.key.app, r.key.name);
        migration.strong = true;
        ReportCell duration = cell(format::duration(r.durationMs, QLocale()));
        duration.number = true;
        ReportCell outcome =
            cell(r.message.isEmpty() ? recordedWord(r.outcome)
                                     : QStringLiteral("%1: %2").arg(recordedWord(r.outcome), r.message));
        if (r.outcome != QLatin1String("success") && r.outcome != QLatin1String("faked"))
            outcome.tone = ReportCell::Tone::Bad;
        t.rows << QList<ReportCell>{cell(format::utcTime(r.startedAt)),
                                    cell(r.dbUser, r.osUserAtHost()),
                                    cell(recordedWord(r.direction)),
                                    migration,
                                    duration,
                                    number(r.rowsAffected),
                                    outcome};
    }
    return t;
}

ReportTable deployment(const ReportData &d)
{
    const DeploymentRecord &r = d.deployment;
    ReportTable t;
    t.title = QCoreApplication::translate("gma::ReportTables", "Deployment");
    t.intro = QCoreApplication::translate("gma::ReportTables", "%1 Profile %2; times in UTC.")
                  .arg(r.outcome, r.profilePath);
    t.empty = QCoreApplication::translate("gma::ReportTables", "No deployment stage ran.");
    t.columns = {{QCoreApplication::translate("gma::ReportTables", "Stage"), 14},
                 {QCoreApplication::translate("gma::ReportTables", "Started"), 16},
                 {QCoreApplication::translate("gma::ReportTables", "Took"), 10},
                 {QCoreApplication::translate("gma::ReportTables", "Outcome"), 10},
                 {QCoreApplication::translate("gma::ReportTables", "What happened"), 50}};
    for (const DeployStage &s : r.stages) {
        ReportCell name = cell(s.name);
        name.strong = true;
        ReportCell took = cell(format::duration(s.ms, QLocale()));
        took.number = true;
        ReportCell outcome = cell(recordedWord(s.outcomeText()));
        outcome.tone = s.outcome == DeployStage::Outcome::Failed    ? ReportCell::Tone::Bad
                       : s.outcome == DeployStage::Outcome::Warning ? ReportCell::Tone::Warn
                       : s.outcome == DeployStage::Outcome::Skipped ? ReportCell::Tone::Muted
                                                                    : ReportCell::Tone::Normal;
        t.rows << QList<ReportCell>{name, cell(s.started.isValid() ? format::utcTime(s.started) : QString()), took,
                                    outcome, cell(s.detail)};
        for (const HookResult &h : s.hooks) {
            // The command's output, its end when long (the JSON report keeps all of it).
            const QString output = h.output.trimmed();
            ReportCell command = cell(QStringLiteral("$ %1").arg(h.hook.command),
                                      output.size() > 2000 ? QStringLiteral("...") + output.right(2000) : output);
            if (!h.ok)
                command.tone = ReportCell::Tone::Bad;
            ReportCell hookTook = cell(format::duration(h.ms, QLocale()));
            hookTook.number = true;
            t.rows << QList<ReportCell>{
                cell(QString()), cell(QString()), hookTook,
                cell(h.ok ? QCoreApplication::translate("gma::ReportTables", "exit 0")
                     : h.timedOut
                         ? QCoreApplication::translate("gma::ReportTables", "timed out")
                         : QCoreApplication::translate("gma::ReportTables", "exit %1").arg(h.exitCode)),
                command};
        }
    }
    return t;
}

ReportTable backups(const ReportData &d)
{
    ReportTable t;
    t.title = QCoreApplication::translate("gma::ReportTables", "Backups");
    t.empty = QCoreApplication::translate("gma::ReportTables", "No backup in the catalogue.");
    t.columns = {{QStringLiteral("#"), 5},
                 {QCoreApplication::translate("gma::ReportTables", "Taken"), 20},
                 {QCoreApplication::translate("gma::ReportTables", "File"), 33},
                 {QCoreApplication::translate("gma::ReportTables", "Size"), 10},
                 {QCoreApplication::translate("gma::ReportTables", "Verified"), 9},
                 {QCoreApplication::translate("gma::ReportTables", "Row counts"), 23}};
    for (const BackupRecord &b : d.backups) {
        QStringList counts;
        for (auto it = b.rowCounts.begin(); it != b.rowCounts.end(); ++it)
            counts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value().toLongLong());
        ReportCell size = cell(format::bytes(b.sizeBytes, QLocale()));
        size.number = true;
        ReportCell verified = cell(yesNo(b.verified));
        if (!b.verified)
            verified.tone = ReportCell::Tone::Warn;
        t.rows << QList<ReportCell>{
            number(b.id),
            cell(format::utcTime(b.takenAt), b.dbUser),
            cell(b.path, QCoreApplication::translate("gma::ReportTables", "%1 · sha256 %2")
                             .arg(b.format, b.sha256.left(16))),
            size,
            verified,
            cell(counts.join(QLatin1Char('\n')))};
    }
    return t;
}

} // namespace gma::ReportTables
